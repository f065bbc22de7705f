package dev.krait.modules;

import dev.krait.objects.Exposed;
import dev.krait.objects.MethodBinder;
import dev.krait.objects.PyBuiltinFunction;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Builds a native module's functions from a Java class: each public static method annotated
 * {@link Exposed} becomes a {@code builtin_function_or_method} of the module, bound with its
 * CPython text signature, exactly as a builtin type's methods are. A native module is then one
 * class of functions plus a few lines that add its constants.
 *
 * <p>CPython counterpart: Objects/moduleobject.c {@code PyModule_AddFunctions} over a
 * {@code PyMethodDef} table.
 */
public final class ModuleBuilder {
    private ModuleBuilder() {}

    /** Adds the {@link Exposed} static methods of {@code functions} to {@code module}. */
    public static void addFunctions(PyModule module, Class<?> functions) {
        String moduleName = module.name();
        Method[] methods = functions.getDeclaredMethods();
        // getDeclaredMethods has no defined order; sort so that the module's dict is stable.
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method m : methods) {
            Exposed e = m.getAnnotation(Exposed.class);
            if (e == null || !Modifier.isStatic(m.getModifiers())
                    || !Modifier.isPublic(m.getModifiers())) {
                continue;
            }
            String name = e.name().isEmpty() ? m.getName() : e.name();
            module.put(name, function(m, e, name, moduleName).inModule(module));
        }
    }

    /** One module function from its Java method. */
    public static PyBuiltinFunction function(Method m, Exposed e, String name,
            String moduleName) {
        // CPython names a module function "sys.exit()" in its messages, but "len()" in builtins
        String owner = moduleName.equals("builtins") ? null : moduleName;
        MethodBinder binder = MethodBinder.of(m, owner, name, e.value(), false,
                MethodHandles.publicLookup());
        String doc = e.doc();
        if (doc.isEmpty() && moduleName.equals("builtins")) {
            String builtinDoc = dev.krait.objects.BuiltinDocs.function(name);
            doc = builtinDoc == null ? doc : builtinDoc;
        }
        return PyBuiltinFunction.moduleFunction(binder, moduleName, doc);
    }
}
