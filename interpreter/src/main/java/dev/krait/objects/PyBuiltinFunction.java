package dev.krait.objects;

/**
 * CPython's {@code builtin_function_or_method}: a function written in Java, either free (a module
 * function such as {@code len}) or bound to the object it was looked up on ({@code [].append}).
 *
 * <p>CPython counterpart: Objects/methodobject.c.
 */
public final class PyBuiltinFunction extends PyObject implements Weakrefable {
    public static final PyType TYPE =
            PyType.builtinFinal("builtin_function_or_method", PyBuiltinFunction.class, null);
    /**
     * CPython's {@code method-wrapper}: a slot wrapper bound to an instance
     * ({@code (1).__add__}); it behaves as a bound builtin method under another type name.
     */
    public static final PyType METHOD_WRAPPER =
            PyType.builtinFinal("method-wrapper", PyBuiltinFunction.class, null,
                    MethodWrapperMembers.class);

    final MethodBinder binder;
    /** The bound object, the defining module, or null. */
    final PyObject self;
    final String doc;
    /** A type's {@code __new__}: self is the type, the first argument the class to create. */
    final boolean isNew;
    /** The module name for module functions ({@code __module__}). */
    String module;
    /** The module object a module function belongs to: its {@code __self__}, as CPython's. */
    private PyModule definingModule;
    /**
     * A method-wrapper's class that defines the slot (its {@code __objclass__}); a builtin static
     * method's class ({@code str} for {@code str.maketrans}), which CPython keeps as the
     * function's {@code m_self} without passing it or showing it as {@code __self__}; else null.
     */
    PyType objclass;

    public PyBuiltinFunction(MethodBinder binder, PyObject self, String doc, boolean isNew) {
        this(TYPE, binder, self, doc, isNew);
    }

    PyBuiltinFunction(PyType type, MethodBinder binder, PyObject self, String doc,
            boolean isNew) {
        super(type);
        this.binder = binder;
        this.self = self;
        this.doc = doc;
        this.isNew = isNew;
    }

    /** A module-level builtin function ({@code len}, {@code sys.exit}). */
    public static PyBuiltinFunction moduleFunction(MethodBinder binder, String module,
            String doc) {
        PyBuiltinFunction f = new PyBuiltinFunction(binder, null, doc, false);
        f.module = module;
        return f;
    }

    /** Records the module object this module function belongs to; returns this function. */
    public PyBuiltinFunction inModule(PyModule m) {
        definingModule = m;
        return this;
    }

    public String name() {
        return binder.name();
    }

    public PyObject boundSelf() {
        return self;
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        if (isNew) {
            return callNew(args, kwnames);
        }
        return binder.call(self, args, kwnames);
    }

    private PyObject callNew(PyObject[] args, String[] kwnames) {
        PyType owner = (PyType) self;
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw PyExceptions.typeError(owner.getName() + ".__new__(): not enough arguments");
        }
        if (!(args[0] instanceof PyType cls)) {
            throw PyExceptions.typeError(owner.getName() + ".__new__(X): X is not a type object ("
                    + args[0].type().getName() + ")");
        }
        if (!cls.isSubtypeOf(owner)) {
            throw PyExceptions.typeError(owner.getName() + ".__new__(" + cls.getName() + "): "
                    + cls.getName() + " is not a subtype of " + owner.getName());
        }
        // CPython: Objects/typeobject.c tp_new_wrapper -- the nearest base whose __new__ is not
        // written in Python must use this very __new__ (int.__new__(bool) is not safe)
        PyType staticBase = cls;
        while (staticBase != null && staticBase.lookup("__new__") instanceof PyFunction) {
            staticBase = staticBase.getBase();
        }
        if (staticBase != null && staticBase != owner
                && staticBase.lookup("__new__") instanceof PyBuiltinFunction found
                && found.binder != binder) {
            throw PyExceptions.typeError(owner.tpName() + ".__new__(" + cls.tpName()
                    + ") is not safe, use " + staticBase.tpName() + ".__new__()");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return callNewFor(cls, rest, kwnames);
    }

    /**
     * Calls a type's {@code __new__} with the class already separated (type.__call__); an
     * instance made for a program's class gets its {@code __del__} (see
     * {@link Finalization#watchInstance}).
     */
    public PyObject callNewFor(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject obj = binder.call(cls, args, kwnames);
        return cls.isBuiltin() ? obj : Finalization.watchInstance(obj);
    }

    public boolean isNew() {
        return isNew;
    }

    @Exposed.Getter
    public String __name__() {
        return binder.name();
    }

    /**
     * What CPython holds as the function's {@code m_self}: the bound object, or the class of a
     * static method; null for a module function.
     */
    private PyObject owningObject() {
        return self != null || type() == METHOD_WRAPPER ? self : objclass;
    }

    /**
     * What CPython holds as the function's {@code m_self}: the bound object, a static
     * method's class, or a module function's module (null if it has none).
     */
    public PyObject methodSelf() {
        PyObject owner = owningObject();
        return owner != null ? owner : definingModule;
    }

    /**
     * The Java method this function calls, shared by every bound copy of one method (CPython's
     * {@code m_ml}): a profiler's key for the builtin.
     */
    public Object definition() {
        return binder;
    }

    /** The module name of a module function ({@code __module__}), or null. */
    public String moduleName() {
        return module;
    }

    // CPython: Objects/methodobject.c meth_get__qualname__
    @Exposed.Getter
    public String __qualname__() {
        PyObject owner = owningObject();
        if (owner instanceof PyType t) {
            return t.getName() + "." + binder.name();
        }
        if (owner != null && !(owner instanceof PyModule)) {
            return owner.type().getName() + "." + binder.name();
        }
        return binder.name();
    }

    @Exposed.Getter("__self__")
    public PyObject getSelf() {
        // CPython: a module function's m_self is its module (len.__self__ is builtins)
        return self != null ? self : definingModule != null ? definingModule : PyNone.NONE;
    }

    @Exposed.Getter("__module__")
    public PyObject getModule() {
        return module == null ? PyNone.NONE : PyStr.of(module);
    }

    @Exposed.Getter("__doc__")
    public PyObject getDoc() {
        if (isNew) {
            return PyStr.of(DocSignature.NEW_DOC);
        }
        if (doc.isEmpty()) {
            // CPython's docstring: a slot wrapper's is its slotdef's ("Implement
            // next(self)."), a method's its own
            String text = type() == METHOD_WRAPPER ? BuiltinDocs.slot(binder.name())
                    : BuiltinDocs.method(binder.qualifiedName());
            return text == null ? PyNone.NONE : PyStr.of(text);
        }
        return PyStr.of(doc);
    }

    /**
     * CPython's: a constructor's is every {@code __new__}'s, a method-wrapper's its slot's, any
     * other the function's own ({@link MethodBinder#textSignature}).
     */
    // CPython: Objects/methodobject.c meth_get__text_signature__, Objects/descrobject.c
    // wrapper_get_text_signature
    @Exposed.Getter
    public PyObject __text_signature__() {
        String text = isNew ? DocSignature.NEW_SIGNATURE
                : type() == METHOD_WRAPPER ? BuiltinDocs.slotSignature(binder.name())
                : binder.textSignature();
        return text == null ? PyNone.NONE : PyStr.of(text);
    }

    /**
     * Two bound builtins are equal when they bind the same object to the same Java method
     * ({@code l.append == l.append}); any other comparison is not implemented.
     */
    // CPython: Objects/methodobject.c meth_richcompare, Objects/descrobject.c wrapper_richcompare
    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PyBuiltinFunction f) || f.type() != type()) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(sameCallable(f));
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject other) {
        if (!(other instanceof PyBuiltinFunction f) || f.type() != type()) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(!sameCallable(f));
    }

    private boolean sameCallable(PyBuiltinFunction f) {
        return f.self == self && f.binder == binder && f.definingModule == definingModule;
    }

    /** Hashes the bound object by identity (never by its value: lists are unhashable). */
    // CPython: Objects/methodobject.c meth_hash
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        long h = (self == null ? 0 : Ops.identityHash(self)) ^ System.identityHashCode(binder);
        return h == -1 ? -2 : h;
    }

    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        return call(args, kwnames);
    }

    /**
     * A module-level function pickles as its name (a global); a bound one as
     * {@code getattr(self, name)}.
     */
    // CPython: Objects/methodobject.c meth_reduce, Objects/descrobject.c wrapper_reduce
    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        PyObject owner = owningObject();
        if (type() != METHOD_WRAPPER && (owner == null || owner instanceof PyModule)) {
            return PyStr.of(binder.name());
        }
        return PyTuple.of(ObjectReduce.builtin("getattr"),
                PyTuple.of(owner, PyStr.of(binder.name())));
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        if (type() == METHOD_WRAPPER) {
            return "<method-wrapper '" + binder.name() + "' of " + self.type().getName()
                    + " object at " + Ops.addressOf(self) + ">";
        }
        PyObject owner = owningObject();
        if (owner == null || owner instanceof PyModule) {
            return "<built-in function " + binder.name() + ">";
        }
        if (owner instanceof PyType t) {
            return "<built-in method " + binder.name() + " of type object at "
                    + Ops.addressOf(t) + ">";
        }
        return "<built-in method " + binder.name() + " of " + self.type().getName()
                + " object at " + Ops.addressOf(self) + ">";
    }

    /** Attributes only method-wrapper objects have. */
    public static final class MethodWrapperMembers {
        private MethodWrapperMembers() {}

        @Exposed.Getter("__objclass__")
        public static PyObject objclass(PyObject self) {
            PyType owner = ((PyBuiltinFunction) self).objclass;
            return owner == null ? self.type() : owner;
        }
    }
}
