package dev.krait.modules.builtins;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.PyBaseObject;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyClassMethod;
import dev.krait.objects.PyComplex;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyEllipsis;
import dev.krait.objects.PyEnumerate;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFilter;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyMap;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyProperty;
import dev.krait.objects.PyRange;
import dev.krait.objects.PyReversed;
import dev.krait.objects.PySlice;
import dev.krait.objects.PyStaticMethod;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.PyZip;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.Interpreter;

/**
 * The {@code builtins} module: the namespace every module's code falls back to. It holds the
 * builtin functions (written in the classes of this package, grouped by what they work on), the
 * builtin types, the constants and every builtin exception type. Each interpreter fills its own
 * module, so a program that rebinds {@code builtins.print} changes only its interpreter.
 *
 * <p>Types added by later work ({@code bytes}, {@code set}, {@code open}, ...) join here when
 * they exist; a name that is missing raises NameError rather than reaching a stand-in.
 *
 * <p>CPython counterpart: Python/bltinmodule.c {@code _PyBuiltin_Init}.
 */
@NativeModule.Register("builtins")
public final class BuiltinsModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = interp.builtinsModule();
        m.put("__doc__", PyStr.of("Built-in functions, exceptions, and other objects.\n\n"
                + "Noteworthy: None is the `nil' object; Ellipsis represents `...' in slices."));
        m.put("__package__", PyStr.of(""));
        for (Class<?> functions : new Class<?>[] {NumberFunctions.class,
            IterationFunctions.class, NamespaceFunctions.class, CodeFunctions.class,
            ConsoleFunctions.class, AsyncFunctions.class, HookFunctions.class}) {
            ModuleBuilder.addFunctions(m, functions);
        }
        m.put("None", PyNone.NONE);
        m.put("Ellipsis", PyEllipsis.ELLIPSIS);
        m.put("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        m.put("False", PyBool.FALSE);
        m.put("True", PyBool.TRUE);
        m.put("__debug__", PyBool.TRUE);
        for (PyType t : new PyType[] {PyBool.TYPE, PyByteArray.TYPE, PyBytes.TYPE,
            PyClassMethod.TYPE, PyComplex.TYPE,
            PyDict.TYPE, PyEnumerate.TYPE, PyFilter.TYPE, PyFloat.TYPE, PyProperty.TYPE,
            PyInt.TYPE, PyList.TYPE, PyMap.TYPE, PyBaseObject.TYPE, PyRange.TYPE,
            PyReversed.TYPE, PySlice.TYPE, PyStaticMethod.TYPE, PyStr.TYPE, PySuper.TYPE,
            PyTuple.TYPE, PyType.TYPE, PyZip.TYPE, dev.krait.objects.PyBytes.TYPE,
            dev.krait.objects.PyByteArray.TYPE, dev.krait.objects.PySet.TYPE,
            dev.krait.objects.PyFrozenSet.TYPE, dev.krait.objects.PyMemoryView.TYPE}) {
            m.put(t.getName(), t);
        }
        for (PyType e : PyExceptions.ALL) {
            m.put(e.getName(), e);
        }
        // builtins.open is io.open, which is _io.open (CPython: Lib/io.py, site.py)
        m.put("open", ModuleBuilder.function(dev.krait.modules.io.IoModule.class, "open", "io"));
        m.put("EnvironmentError", PyExceptions.OSError);
        m.put("IOError", PyExceptions.OSError);
        // exit, quit, help, copyright, credits and license are site.py's (see MainRunner)
        return m;
    }
}
