package dev.krait.objects;

/**
 * A builtin type's method as found in its dictionary ({@code list.append}): CPython's
 * {@code method_descriptor}, or {@code classmethod_descriptor} for class methods such as
 * {@code dict.fromkeys}. Bound to an instance it becomes a builtin method; called through the
 * class, it takes the instance as first argument and checks its type.
 *
 * <p>CPython counterpart: Objects/descrobject.c.
 */
public final class PyMethodDescriptor extends PyObject implements Descriptor {
    public static final PyType TYPE =
            PyType.builtinFinal("method_descriptor", PyMethodDescriptor.class, null);
    /** CPython's {@code classmethod_descriptor} ({@code dict.fromkeys}, {@code type.__prepare__}). */
    public static final PyType CLASSMETHOD_TYPE =
            PyType.builtinFinal("classmethod_descriptor", PyMethodDescriptor.class, null);
    /** CPython's {@code wrapper_descriptor}: a special method that fills a type slot. */
    public static final PyType WRAPPER_TYPE =
            PyType.builtinFinal("wrapper_descriptor", PyMethodDescriptor.class, null);

    /**
     * The special methods CPython implements as type slots (Objects/typeobject.c slotdefs):
     * on builtin types they are slot wrappers, the rest are plain method descriptors.
     */
    private static final java.util.Set<String> SLOTS = java.util.Set.of(
            "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__",
            "__hash__", "__call__", "__str__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__",
            "__ge__", "__iter__", "__next__", "__get__", "__set__", "__delete__", "__init__",
            "__del__", "__await__", "__aiter__", "__anext__", "__add__", "__radd__", "__sub__",
            "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__divmod__",
            "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__",
            "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__",
            "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__",
            "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__",
            "__irshift__", "__iand__", "__ixor__", "__ior__", "__floordiv__", "__rfloordiv__",
            "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__", "__index__",
            "__matmul__", "__rmatmul__", "__imatmul__", "__len__", "__getitem__",
            "__setitem__", "__delitem__", "__contains__");

    /** Whether {@code name} on builtin {@code owner} is a slot wrapper. */
    private static boolean isSlotWrapper(PyType owner, String name) {
        if (!SLOTS.contains(name)) {
            return false;
        }
        // list and dict define these in their method tables as well, which wins in CPython,
        // and so do set and frozenset with __contains__ (Objects/setobject.c set_methods).
        String o = owner.getName();
        boolean listOrDict = o.equals("list") || o.equals("dict");
        boolean containsMethod = o.equals("dict") || o.equals("set") || o.equals("frozenset");
        return !(listOrDict && name.equals("__getitem__")
                || containsMethod && name.equals("__contains__"));
    }

    final PyType owner;
    final MethodBinder binder;
    final String doc;
    final boolean classMethod;

    PyMethodDescriptor(PyType owner, MethodBinder binder, String doc, boolean classMethod) {
        super(classMethod ? CLASSMETHOD_TYPE
                : isSlotWrapper(owner, binder.name()) ? WRAPPER_TYPE : TYPE);
        this.owner = owner;
        this.binder = binder;
        this.doc = doc;
        this.classMethod = classMethod;
    }

    /**
     * The same method as another type's, documented for it: a type that shares its Java class
     * with this one's owner ({@code coroutine} with {@code generator}) but has methods of its
     * own in CPython.
     */
    PyMethodDescriptor withOwner(PyType newOwner, String newDoc) {
        return new PyMethodDescriptor(newOwner, binder, newDoc == null ? "" : newDoc,
                classMethod);
    }

    public String name() {
        return binder.name();
    }

    public PyType owner() {
        return owner;
    }

    /** Calls the method on {@code self} without making a bound method first. */
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        if (classMethod) {
            return binder.call(self instanceof PyType t ? t : self.type(), args, kwnames);
        }
        checkSelf(self);
        return binder.call(self, args, kwnames);
    }

    private void checkSelf(PyObject self) {
        // Types sharing one Java layout share method tables (generator and coroutine).
        if (!self.type().isSubtypeOf(owner) && !(owner.javaClass() != PyBaseObject.class
                && owner.javaClass().isInstance(self) && owner.isBuiltin())) {
            throw PyExceptions.typeError("descriptor '" + binder.name() + "' for '"
                    + owner.getName() + "' objects doesn't apply to a '" + self.type().getName()
                    + "' object");
        }
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (classMethod) {
            return new PyBuiltinFunction(binder, type != null ? type : obj.type(), doc, false);
        }
        if (obj == null) {
            return this;
        }
        checkSelf(obj);
        PyBuiltinFunction bound = new PyBuiltinFunction(type() == WRAPPER_TYPE
                ? PyBuiltinFunction.METHOD_WRAPPER : PyBuiltinFunction.TYPE, binder, obj, doc,
                false);
        bound.objclass = owner;
        return bound;
    }

    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        return call(args, kwnames);
    }

    /** {@code list.append(lst, x)}: the first argument is the instance. */
    public PyObject call(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw PyExceptions.typeError("unbound method " + owner.getName() + "." + binder.name()
                    + "() needs an argument");
        }
        PyObject self = args[0];
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return callWithSelf(self, rest, kwnames);
    }

    @Exposed("__get__($self, instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject ownerArg) {
        return get(instance == PyNone.NONE ? null : instance,
                ownerArg instanceof PyType t ? t : null);
    }

    @Exposed.Getter
    public String __name__() {
        return binder.name();
    }

    @Exposed.Getter
    public String __qualname__() {
        return owner.getName() + "." + binder.name();
    }

    @Exposed.Getter
    public PyObject __objclass__() {
        return owner;
    }

    @Exposed.Getter("__doc__")
    public PyObject getDoc() {
        if (doc.isEmpty()) {
            // CPython's docstring: a slot wrapper's is its slotdef's ("Implement
            // next(self)."), a method's its own
            String text = type() == WRAPPER_TYPE ? BuiltinDocs.slot(binder.name())
                    : BuiltinDocs.method(binder.qualifiedName());
            return text == null ? PyNone.NONE : PyStr.of(text);
        }
        return PyStr.of(doc);
    }

    /** CPython's: a slot wrapper's is its slot's, a method's its own. */
    // CPython: Objects/descrobject.c method_get_text_signature, wrapperdescr_get_text_signature
    @Exposed.Getter
    public PyObject __text_signature__() {
        String text = type() == WRAPPER_TYPE ? BuiltinDocs.slotSignature(binder.name())
                : binder.textSignature();
        return text == null ? PyNone.NONE : PyStr.of(text);
    }

    /** The class's {@code __text_signature__} when this is its constructor and gives it one. */
    String classSignature() {
        return binder.classSignature(owner.getName());
    }

    /**
     * A method or slot wrapper pickles as {@code getattr(owner, name)}; a class method
     * descriptor has no reduction of its own in CPython, so it refuses as {@code object}'s does.
     */
    // CPython: Objects/descrobject.c descr_reduce
    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        if (classMethod) {
            return ObjectReduce.commonReduce(this, 0);
        }
        return PyTuple.of(ObjectReduce.builtin("getattr"),
                PyTuple.of(owner, PyStr.of(binder.name())));
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        String n = binder.name();
        if (classMethod) {
            return "<method '" + n + "' of '" + owner.tpName() + "' objects>";
        }
        if (type() == WRAPPER_TYPE) {
            return "<slot wrapper '" + n + "' of '" + owner.tpName() + "' objects>";
        }
        return "<method '" + n + "' of '" + owner.tpName() + "' objects>";
    }
}
