package dev.krait.modules;

import dev.krait.objects.Exposed;
import dev.krait.objects.ExposedTable;
import dev.krait.objects.MethodBinder;
import dev.krait.objects.PyBuiltinFunction;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;

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
        ExposedTable table = ExposedTable.of(functions);
        // The table is in the order of Java names, so that the module's dict is stable.
        for (ExposedTable.Member m : table.members()) {
            if (m.role() != ExposedTable.Role.METHOD || !m.isStatic()) {
                continue;
            }
            module.put(m.pythonName(), function(table, m, moduleName).inModule(module));
        }
    }

    /** The module function of {@code functions}' static method {@code javaName}. */
    public static PyBuiltinFunction function(Class<?> functions, String javaName,
            String moduleName) {
        ExposedTable table = ExposedTable.of(functions);
        return function(table, table.member(javaName, ExposedTable.Role.METHOD), moduleName);
    }

    /** One module function from its table's member. */
    public static PyBuiltinFunction function(ExposedTable table, ExposedTable.Member m,
            String moduleName) {
        String name = m.pythonName();
        // CPython names a module function "sys.exit()" in its messages, but "len()" in builtins
        String owner = moduleName.equals("builtins") ? null : moduleName;
        MethodBinder binder = MethodBinder.of(table, m, owner, name, false);
        String doc = m.doc();
        if (doc.isEmpty() && moduleName.equals("builtins")) {
            String builtinDoc = dev.krait.objects.BuiltinDocs.function(name);
            doc = builtinDoc == null ? doc : builtinDoc;
        }
        return PyBuiltinFunction.moduleFunction(binder, moduleName, doc);
    }
}
