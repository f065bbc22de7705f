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

    // CPython: Objects/funcobject.c sm_init and functools_wraps
    @Exposed("__init__($self, function, /)")
    public void __init__(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("staticmethod() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyExceptions.typeError("staticmethod expected 1 argument, got " + args.length);
        }
        callable = args[0];
        copyWrappedAttributes(this, callable);
    }

    /** Copies what functools.wraps would from the wrapped function into the wrapper's dict. */
    static void copyWrappedAttributes(PyObject wrapper, PyObject wrapped) {
        for (String attr : new String[] {"__module__", "__name__", "__qualname__", "__doc__",
                "__annotations__"}) {
            PyObject v = Attributes.lookupAttrOrNull(wrapped, attr);
            if (v != null) {
                wrapper.getDict().setItem(PyStr.intern(attr), v);
            }
        }
    }

    /** The instance dictionary, made on first use (every staticmethod object may carry one). */
    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Exposed.Getter("__dict__")
    public PyObject getInstanceDict() {
        return getDict();
    }

    // CPython: Objects/funcobject.c, the __dict__ getset is PyObject_GenericSetDict
    @Exposed.Setter(value = "__dict__", deletes = true)
    public void setInstanceDict(PyObject value) {
        setDictFromPython(value);
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
        PyObject v = Attributes.lookupAttrOrNull(callable, "__isabstractmethod__");
        return v == null ? PyBool.FALSE : v;
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<staticmethod(" + Ops.repr(callable) + ")>";
    }
}
