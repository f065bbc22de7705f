package dev.krait.modules.struct;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _struct} module: the functions of {@code struct}, each compiling its format through
 * the interpreter's cache and delegating to {@link PyStruct}, plus {@code Struct} and
 * {@code error}.
 *
 * <p>CPython counterpart: Modules/_struct.c (the module functions and _structmodule_exec).
 */
@NativeModule.Register("_struct")
public final class StructModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_struct");
        ModuleBuilder.addFunctions(m, StructModule.class);
        m.put("Struct", PyStruct.TYPE);
        m.put("error", StructState.current().error);
        m.put("__doc__", PyStr.of("Functions to convert between Python values and C structs.\n"
                + "Python bytes objects are used to hold the data representing the C struct\n"
                + "and also as format strings (explained below) to describe the layout of "
                + "data\nin the C struct.\n"));
        return m;
    }

    private static PyStruct compiled(PyObject format) {
        StructState st = StructState.current();
        String text = StructState.formatText(format);
        return PyStruct.of(st.format(text), text, st);
    }

    private static PyObject[] rest(PyObject[] args, String fn) {
        if (args.length == 0) {
            throw PyExceptions.typeError("missing format argument");
        }
        return args;
    }

    @Exposed("_clearcache($module, /)")
    public static void _clearcache() {
        StructState.current().clear();
    }

    @Exposed("calcsize($module, format, /)")
    public static long calcsize(PyObject format) {
        return compiled(format).getSize();
    }

    @Exposed(value = "pack($module, format, /, *args)", signature = Exposed.Signature.HIDDEN)
    public static PyObject pack(PyObject[] args, String[] kwnames) {
        rest(args, "pack");
        return compiled(args[0]).packValues(args, 1, "pack");
    }

    @Exposed(value = "pack_into($module, format, buffer, offset, /, *args)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject pack_into(PyObject[] args, String[] kwnames) {
        rest(args, "pack_into");
        return compiled(args[0]).packInto(args, 1);
    }

    @Exposed("unpack($module, format, buffer, /)")
    public static PyObject unpack(PyObject format, PyObject buffer) {
        return compiled(format).unpack(buffer);
    }

    @Exposed("unpack_from($module, format, /, buffer, offset=0)")
    public static PyObject unpack_from(PyObject format, PyObject buffer, PyObject offset) {
        return compiled(format).unpack_from(buffer, offset);
    }

    @Exposed("iter_unpack($module, format, buffer, /)")
    public static PyObject iter_unpack(PyObject format, PyObject buffer) {
        return compiled(format).iter_unpack(buffer);
    }
}
