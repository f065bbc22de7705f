package dev.krait.objects;

/**
 * {@code NotImplemented}: what a binary special method returns to let the other operand try.
 *
 * <p>CPython counterpart: Objects/object.c {@code _Py_NotImplementedStruct}.
 */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE =
            PyType.builtinFinal("NotImplementedType", PyNotImplemented.class, null);
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
        super(TYPE);
    }

    @Exposed(value = "__new__($type, /)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls) {
        return NOT_IMPLEMENTED;
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "NotImplemented";
    }

    // CPython: Objects/object.c notimplemented_bool
    @Exposed("__bool__($self, /)")
    public boolean __bool__() {
        dev.krait.runtime.WarningsMachinery.warn(PyStr.of("NotImplemented should not be used in "
                + "a boolean context"), PyExceptions.DeprecationWarning, 1, null);
        return true;
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public String __reduce__() {
        return "NotImplemented";
    }
}
