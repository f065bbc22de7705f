package dev.krait.objects;

/**
 * Python's {@code staticmethod}: a descriptor that returns the wrapped callable unchanged.
 *
 * <p>CPython counterpart: Objects/funcobject.c ({@code sm_descr_get}).
 */
public final class PyStaticMethod extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class, null);

    public PyObject callable;

    public PyStaticMethod(PyObject callable) {
        super(TYPE);
        this.callable = callable;
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyStaticMethod m = new PyStaticMethod(PyNone.NONE);
        m.setType(cls);
        if (cls != TYPE) {
            m.dict = new PyDict();
        }
        return m;
    }

    @Exposed("__init__($self, function, /)")
    public void __init__(PyObject function) {
        callable = function;
    }

    @Override
    public PyObject get(PyObject obj, PyType owner) {
        return callable;
    }

    @Exposed("__get__($self, instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
        return callable;
    }

    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        return Ops.call(callable, args, kwnames);
    }

    @Exposed.Getter("__func__")
    public PyObject getFunc() {
        return callable;
    }

    @Exposed.Getter("__wrapped__")
    public PyObject getWrapped() {
        return callable;
    }

    @Exposed.Getter("__isabstractmethod__")
    public PyObject getIsAbstract() {
        PyObject v = Ops.lookupAttrOrNull(callable, "__isabstractmethod__");
        return v == null ? PyBool.FALSE : v;
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<staticmethod(" + Ops.repr(callable) + ")>";
    }
}
