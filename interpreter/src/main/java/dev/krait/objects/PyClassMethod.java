package dev.krait.objects;

/**
 * Python's {@code classmethod}: a descriptor that binds the wrapped callable to the class.
 *
 * <p>CPython counterpart: Objects/funcobject.c ({@code cm_descr_get}).
 */
public final class PyClassMethod extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("classmethod", PyClassMethod.class, null);

    public PyObject callable;

    public PyClassMethod(PyObject callable) {
        super(TYPE);
        this.callable = callable;
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyClassMethod m = new PyClassMethod(PyNone.NONE);
        m.setType(cls);
        if (cls != TYPE) {
            m.dict = new PyDict();
        }
        return m;
    }

    // CPython: Objects/funcobject.c cm_init and functools_wraps
    @Exposed("__init__($self, function, /)")
    public void __init__(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("classmethod() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyExceptions.typeError("classmethod expected 1 argument, got " + args.length);
        }
        callable = args[0];
        PyStaticMethod.copyWrappedAttributes(this, callable);
    }

    /** The instance dictionary, made on first use (every classmethod object may carry one). */
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
        PyType cls = owner != null ? owner : obj.type();
        PyObject getter = callable.type().lookup("__get__");
        if (getter != null && !(callable instanceof PyFunction)) {
            return Ops.callDescriptor(getter, callable, cls, cls.type());
        }
        return new PyMethod(callable, cls);
    }

    @Exposed("__get__($self, instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
        return get(instance == PyNone.NONE ? null : instance,
                owner instanceof PyType t ? t : null);
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
        return "<classmethod(" + Ops.repr(callable) + ")>";
    }
}
