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

    final PyType owner;
    final MethodBinder binder;
    final String doc;
    final boolean classMethod;

    PyMethodDescriptor(PyType owner, MethodBinder binder, String doc, boolean classMethod) {
        super(TYPE);
        this.owner = owner;
        this.binder = binder;
        this.doc = doc;
        this.classMethod = classMethod;
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
        return new PyBuiltinFunction(binder, obj, doc, false);
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
        return doc.isEmpty() ? PyNone.NONE : PyStr.of(doc);
    }

    @Exposed.Getter
    public PyObject __text_signature__() {
        return PyStr.of(binder.signature().text().substring(binder.signature().text()
                .indexOf('(')));
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        String n = binder.name();
        if (classMethod) {
            return "<method '" + n + "' of '" + owner.getName() + "' objects>";
        }
        if (n.startsWith("__") && n.endsWith("__")) {
            return "<slot wrapper '" + n + "' of '" + owner.getName() + "' objects>";
        }
        return "<method '" + n + "' of '" + owner.getName() + "' objects>";
    }
}
