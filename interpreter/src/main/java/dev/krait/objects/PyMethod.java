package dev.krait.objects;

/**
 * Python's {@code method}: a function bound to the object it was looked up on. Calling it
 * prepends the object to the arguments.
 *
 * <p>CPython counterpart: Objects/classobject.c.
 */
public final class PyMethod extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtinFinal("method", PyMethod.class, null);

    public final PyObject function;
    public final PyObject self;

    public PyMethod(PyObject function, PyObject self) {
        super(TYPE);
        this.function = function;
        this.self = self;
    }

    @Exposed(value = "__new__($type, function, instance, /)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject function, PyObject instance) {
        if (!Ops.isCallable(function)) {
            throw PyExceptions.typeError("first argument must be callable");
        }
        if (instance == PyNone.NONE) {
            throw PyExceptions.typeError("instance must not be None");
        }
        return new PyMethod(function, instance);
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        if (function instanceof PyFunction f) {
            return f.callWithSelf(self, args, kwnames);
        }
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Ops.call(function, all, kwnames);
    }

    /**
     * {@code method.__call__}: in the type's dict as CPython's tp_call slot wrapper is, so
     * that {@code collections.abc.Callable}'s check, which looks for {@code __call__} along
     * the MRO, counts bound methods. CPython: Objects/classobject.c method_call.
     */
    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        return call(args, kwnames);
    }

    /** A bound method pickles as {@code getattr(self, name)}. */
    // CPython: Objects/classobject.c method___reduce___impl
    @Exposed("__reduce__($self, /)")
    public PyObject __reduce__() {
        PyObject name = Attributes.getAttr(function, "__name__");
        if (name.type() == PyStr.TYPE) {
            name = PyStr.intern(((PyStr) name).value()); // CPython's names are interned
        }
        return PyTuple.of(ObjectReduce.builtin("getattr"), PyTuple.of(self, name));
    }

    @Exposed.Getter("__func__")
    public PyObject getFunc() {
        return function;
    }

    @Exposed.Getter("__self__")
    public PyObject getSelf() {
        return self;
    }

    @Exposed.Getter("__name__")
    public PyObject getName() {
        return Attributes.getAttr(function, "__name__");
    }

    @Exposed.Getter("__qualname__")
    public PyObject getQualname() {
        return Attributes.getAttr(function, "__qualname__");
    }

    @Exposed.Getter("__doc__")
    public PyObject getDoc() {
        return Attributes.getAttr(function, "__doc__");
    }

    @Exposed("__getattribute__($self, name, /)")
    public PyObject __getattribute__(PyObject name) {
        String n = Attributes.attributeName(name);
        PyObject v = Attributes.genericGetAttrOrNull(this, n);
        if (v != null) {
            return v;
        }
        return Attributes.getAttr(function, n);
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PyMethod m)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(m.self == self && Ops.eqBool(m.function, function));
    }

    @Exposed("__hash__($self, /)")
    public long __hash__() {
        return Ops.identityHash(self) ^ Ops.hash(function);
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        // CPython: Objects/classobject.c method_repr (__qualname__, else __name__, else '?')
        PyObject q = Attributes.lookupAttrOrNull(function, "__qualname__");
        if (q == null) {
            q = Attributes.lookupAttrOrNull(function, "__name__");
        }
        String name = q instanceof PyStr ? q.toString() : "?";
        return "<bound method " + name + " of " + Ops.repr(self) + ">";
    }
}
