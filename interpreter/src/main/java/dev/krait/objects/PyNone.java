package dev.krait.objects;

/**
 * {@code None}, the one instance of {@code NoneType}.
 *
 * <p>CPython counterpart: Objects/object.c {@code _Py_NoneStruct}.
 */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("NoneType", PyNone.class, null);
    public static final PyNone NONE = new PyNone();

    private PyNone() {
        super(TYPE);
    }

    @Exposed(value = "__new__($type, /)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls) {
        return NONE;
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "None";
    }

    @Exposed("__bool__($self, /)")
    public boolean __bool__() {
        return false;
    }

    @Override
    public String toString() {
        return "None";
    }
}
