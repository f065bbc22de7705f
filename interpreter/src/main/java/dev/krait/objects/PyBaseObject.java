package dev.krait.objects;

/**
 * Python's {@code object}: the root type, and the Java class of every instance of a class that
 * has no builtin base other than {@code object} ({@code class Point: ...}). Such instances carry a
 * {@code __dict__} and, for {@code __slots__}, an array of slot values.
 *
 * <p>The methods here are the defaults every class inherits: generic attribute access
 * ({@code __getattribute__}, {@code __setattr__}, {@code __delattr__}), identity equality and
 * hashing, the default {@code __repr__}/{@code __str__}/{@code __format__}, and
 * {@code __init_subclass__}/{@code __subclasshook__}.
 *
 * <p>CPython counterpart: Objects/typeobject.c ({@code object_*} functions).
 */
public class PyBaseObject extends PyObject {
    public static final PyType TYPE = PyType.OBJECT;

    public PyBaseObject(PyType type) {
        super(type);
        if (type.instancesHaveDict) {
            this.dict = PyDict.forInstance(type);
        }
        if (type.slotNames.length > 0) {
            this.slots = new PyObject[type.slotNames.length];
        }
    }

    // CPython: Objects/typeobject.c object_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (args.length > 0) {
            PyObject init = cls.lookupInit();
            PyObject nw = cls.lookupNew();
            if (nw != PyType.OBJECT.lookupNew()) {
                throw PyExceptions.typeError("object.__new__() takes exactly one argument (the "
                        + "type to instantiate)");
            }
            if (init == PyType.OBJECT.lookupInit()) {
                throw PyExceptions.typeError(cls.getName() + "() takes no arguments");
            }
        }
        if (cls.isAbstract) {
            throw PyExceptions.typeError(TypeFactory.abstractMessage(cls));
        }
        if (cls.javaClass() != PyBaseObject.class) {
            // CPython: Objects/typeobject.c tp_new_wrapper names both by tp_name
            throw PyExceptions.typeError("object.__new__(" + cls.tpName() + ") is not safe, use "
                    + TypeFactory.solidBase(cls).tpName() + ".__new__()");
        }
        return Finalization.newInstance(cls);
    }

    // CPython: Objects/typeobject.c object_init
    @Exposed("__init__($self, /, *args, **kwargs)")
    public static PyObject __init__(PyObject self, PyObject[] args, String[] kwnames) {
        if (args.length > 0) {
            PyType cls = self.type();
            PyObject init = cls.lookupInit();
            PyObject nw = cls.lookupNew();
            if (init != PyType.OBJECT.lookupInit()) {
                throw PyExceptions.typeError("object.__init__() takes exactly one argument (the "
                        + "instance to initialize)");
            }
            if (nw == PyType.OBJECT.lookupNew()) {
                throw PyExceptions.typeError(cls.getName() + ".__init__() takes exactly one "
                        + "argument (the instance to initialize)");
            }
        }
        return PyNone.NONE;
    }

    @Exposed("__getattribute__($self, name, /)")
    public static PyObject __getattribute__(PyObject self, PyObject name) {
        return Attributes.genericGetAttr(self, Attributes.attributeName(name));
    }

    @Exposed("__setattr__($self, name, value, /)")
    public static void __setattr__(PyObject self, PyObject name, PyObject value) {
        hackcheck(self, "__setattr__");
        Attributes.genericSetAttr(self, Attributes.attributeName(name), value);
    }

    @Exposed("__delattr__($self, name, /)")
    public static void __delattr__(PyObject self, PyObject name) {
        hackcheck(self, "__delattr__");
        Attributes.genericDelAttr(self, Attributes.attributeName(name));
    }

    /**
     * Refuses {@code object.__setattr__(cls, ...)}: it would jump over type's own
     * {@code __setattr__}, which keeps the class's caches right.
     */
    // CPython: Objects/typeobject.c hackcheck
    private static void hackcheck(PyObject self, String what) {
        if (self instanceof PyType) {
            throw PyExceptions.typeError("can't apply this " + what + " to "
                    + self.type().getName() + " object");
        }
    }

    @Exposed("__eq__($self, value, /)")
    public static PyObject __eq__(PyObject self, PyObject other) {
        return self == other ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__ne__($self, value, /)")
    public static PyObject __ne__(PyObject self, PyObject other) {
        PyObject eq = Ops.callSpecial(self, "__eq__", other);
        if (eq == PyNotImplemented.NOT_IMPLEMENTED) {
            return eq;
        }
        return PyBool.of(!Ops.isTrue(eq));
    }

    @Exposed("__lt__($self, value, /)")
    public static PyObject __lt__(PyObject self, PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__le__($self, value, /)")
    public static PyObject __le__(PyObject self, PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__gt__($self, value, /)")
    public static PyObject __gt__(PyObject self, PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__ge__($self, value, /)")
    public static PyObject __ge__(PyObject self, PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__hash__($self, /)")
    public static long __hash__(PyObject self) {
        return Ops.identityHash(self);
    }

    @Exposed("__repr__($self, /)")
    public static String __repr__(PyObject self) {
        PyType t = self.type();
        String module = t.moduleName();
        String name = t.getQualname();
        if (!module.equals("builtins")) {
            name = module + "." + name;
        }
        return "<" + name + " object at " + Ops.addressOf(self) + ">";
    }

    @Exposed("__str__($self, /)")
    public static PyObject __str__(PyObject self) {
        return Ops.repr(self);
    }

    @Exposed("__format__($self, format_spec, /)")
    public static PyObject __format__(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyExceptions.typeError("__format__() argument must be str, not "
                    + spec.type().getName());
        }
        if (s.length() > 0) {
            throw PyExceptions.typeError("unsupported format string passed to "
                    + self.type().getName() + ".__format__");
        }
        return Ops.str(self);
    }

    // CPython: Objects/typeobject.c object___dir___impl: the names of the __dict__ and
    // __class__ attributes, which a class may hide (__slots__ = ['__class__', '__dict__'])
    @Exposed("__dir__($self, /)")
    public static PyObject __dir__(PyObject self) {
        if (self instanceof PyType) {
            return Attributes.defaultDir(self);
        }
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        if (Attributes.lookupAttrOrNull(self, "__dict__") instanceof PyDict d) {
            for (PyObject k : d.keyList()) {
                names.add(k.toString());
            }
        }
        if (Attributes.lookupAttrOrNull(self, "__class__") instanceof PyType cls) {
            for (PyType m : cls.getMro()) {
                for (PyObject k : m.getTypeDict().keyList()) {
                    names.add(k.toString());
                }
            }
        }
        java.util.List<PyObject> out = new java.util.ArrayList<>(names.size());
        for (String n : names) {
            out.add(PyStr.of(n));
        }
        return new PyList(out);
    }

    @Exposed("__sizeof__($self, /)")
    public static long __sizeof__(PyObject self) {
        return 16;
    }

    @Exposed("__reduce_ex__($self, protocol, /)")
    public static PyObject __reduce_ex__(PyObject self, PyObject protocol) {
        return ObjectReduce.reduceEx(self, cLong(protocol));
    }

    @Exposed("__reduce__($self, /)")
    public static PyObject __reduce__(PyObject self) {
        return ObjectReduce.commonReduce(self, 0);
    }

    // CPython: Objects/typeobject.c object___getstate___impl
    @Exposed("__getstate__($self, /)")
    public static PyObject __getstate__(PyObject self) {
        return ObjectReduce.defaultState(self, false);
    }

    /** An {@code int} argument as Argument Clinic converts it (no floats). */
    private static long cLong(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Numbers.index(o);
        if (!i.isSmall() || i.longValue() != (int) i.longValue()) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return i.longValue();
    }

    /**
     * Does nothing; takes the raw call so that its errors name the class it is bound to, as a
     * builtin method bound to a class does ("C.__init_subclass__() takes no keyword arguments").
     */
    // CPython: Objects/typeobject.c object_init_subclass (METH_NOARGS)
    @Exposed(value = "__init_subclass__($type, /)", kind = Exposed.Kind.CLASS,
            signature = Exposed.Signature.HIDDEN)
    public static void __init_subclass__(PyType cls, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (nkw > 0) {
            throw PyExceptions.typeError(cls.getQualname()
                    + ".__init_subclass__() takes no keyword arguments");
        }
        if (args.length > 0) {
            throw PyExceptions.typeError(cls.getQualname()
                    + ".__init_subclass__() takes no arguments (" + args.length + " given)");
        }
    }

    @Exposed(value = "__subclasshook__($type, *args)", kind = Exposed.Kind.CLASS,
            signature = Exposed.Signature.HIDDEN)
    public static PyObject __subclasshook__(PyType cls, PyObject[] args, String[] kwnames) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed.Getter("__class__")
    public static PyObject get__class__(PyObject self) {
        return self.type();
    }

    // CPython: Objects/typeobject.c object_set_class
    @Exposed.Setter("__class__")
    public static void set__class__(PyObject self, PyObject value) {
        if (!(value instanceof PyType t)) {
            throw PyExceptions.typeError("__class__ must be set to a class, not '"
                    + value.type().getName() + "' object");
        }
        dev.krait.runtime.Audit.audit("object.__setattr__", self, PyStr.of("__class__"), t);
        PyType old = self.type();
        boolean modules = t.isSubtypeOf(PyModule.TYPE) && old.isSubtypeOf(PyModule.TYPE);
        if (!modules && (t.isBuiltin() || old.isBuiltin())) {
            throw PyExceptions.typeError("__class__ assignment only supported for mutable types "
                    + "or ModuleType subclasses");
        }
        TypeFactory.checkCompatible(old, t, "__class__");
        self.setType(t);
    }
}
