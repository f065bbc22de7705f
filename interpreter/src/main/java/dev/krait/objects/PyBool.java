package dev.krait.objects;

/**
 * Python's {@code bool}: a subclass of int with exactly two instances.
 *
 * <p>CPython counterpart: Objects/boolobject.c.
 */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtinFinal("bool", PyBool.class, PyInt.TYPE);
    public static final PyBool TRUE = new PyBool(true);
    public static final PyBool FALSE = new PyBool(false);

    private PyBool(boolean v) {
        super(TYPE, v ? 1 : 0, null);
    }

    public static PyBool of(boolean v) {
        return v ? TRUE : FALSE;
    }

    // CPython: Objects/boolobject.c bool_new (PyArg_UnpackTuple's messages)
    @Exposed(value = "__new__($type, x=False, /)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("bool() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyExceptions.typeError("bool expected at most 1 argument, got " + args.length);
        }
        return args.length == 0 ? FALSE : of(Ops.isTrue(args[0]));
    }

    @Override
    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        return PyStr.of(this == TRUE ? "True" : "False");
    }

    @Override
    @Exposed("__and__($self, value, /)")
    public PyObject __and__(PyObject other) {
        if (other instanceof PyBool b) {
            return of(this == TRUE && b == TRUE);
        }
        return super.__and__(other);
    }

    @Override
    @Exposed("__rand__($self, value, /)")
    public PyObject __rand__(PyObject other) {
        return __and__(other);
    }

    @Override
    @Exposed("__or__($self, value, /)")
    public PyObject __or__(PyObject other) {
        if (other instanceof PyBool b) {
            return of(this == TRUE || b == TRUE);
        }
        return super.__or__(other);
    }

    @Override
    @Exposed("__ror__($self, value, /)")
    public PyObject __ror__(PyObject other) {
        return __or__(other);
    }

    @Override
    @Exposed("__xor__($self, value, /)")
    public PyObject __xor__(PyObject other) {
        if (other instanceof PyBool b) {
            return of(this != b);
        }
        return super.__xor__(other);
    }

    @Override
    @Exposed("__rxor__($self, value, /)")
    public PyObject __rxor__(PyObject other) {
        return __xor__(other);
    }

    @Override
    public String toString() {
        return this == TRUE ? "True" : "False";
    }
}
