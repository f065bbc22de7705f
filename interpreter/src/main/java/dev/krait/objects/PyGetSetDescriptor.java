package dev.krait.objects;

/**
 * An attribute of a builtin type computed by Java getter (and setter) methods, such as
 * {@code int.real} or {@code function.__name__}: CPython's {@code getset_descriptor}, a data
 * descriptor.
 *
 * <p>CPython counterpart: Objects/descrobject.c {@code getset_get}/{@code getset_set}.
 */
public final class PyGetSetDescriptor extends PyObject implements Descriptor {
    public static final PyType TYPE =
            PyType.builtinFinal("getset_descriptor", PyGetSetDescriptor.class, null);

    private final PyType owner;
    private final String name;
    private final Getter getter;
    private final Setter setter;
    private final String doc;
    /** Whether deletion calls the setter with null (the setter then decides). */
    private final boolean setterDeletes;

    /** Reads the attribute: the Java value, which {@link #toPython} converts. */
    @FunctionalInterface
    interface Getter {
        Object get(PyObject obj) throws Throwable;
    }

    /** Writes the attribute. */
    @FunctionalInterface
    interface Setter {
        void set(PyObject obj, PyObject value) throws Throwable;
    }

    PyGetSetDescriptor(PyType owner, String name, Getter getter, Setter setter, String doc) {
        this(owner, name, getter, setter, doc, false);
    }

    PyGetSetDescriptor(PyType owner, String name, Getter getter, Setter setter, String doc,
            boolean setterDeletes) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
        this.doc = doc;
        this.setterDeletes = setterDeletes;
    }

    /** The same attribute on another type sharing the Java class (see PyMethodDescriptor). */
    PyGetSetDescriptor withOwner(PyType newOwner, String newDoc) {
        return new PyGetSetDescriptor(newOwner, name, getter, setter, newDoc, setterDeletes);
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        checkOwner(obj);
        try {
            return toPython(getter.get(obj));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private void checkOwner(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner) && !(owner.javaClass() != PyBaseObject.class
                && owner.javaClass().isInstance(obj) && owner.isBuiltin())) {
            throw PyExceptions.typeError("descriptor '" + name + "' for '" + owner.getName()
                    + "' objects doesn't apply to a '" + obj.type().getName() + "' object");
        }
    }

    static PyObject toPython(Object v) {
        if (v instanceof PyObject p) {
            return p;
        } else if (v == null) {
            return PyNone.NONE;
        } else if (v instanceof String s) {
            return PyStr.of(s);
        } else if (v instanceof Boolean b) {
            return PyBool.of(b);
        } else if (v instanceof Long l) {
            return PyInt.of(l);
        } else if (v instanceof Integer i) {
            return PyInt.of(i);
        } else if (v instanceof Double d) {
            return new PyFloat(d);
        }
        throw new IllegalStateException("getter returned " + v.getClass());
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        checkOwner(obj);
        if (setter == null) {
            // CPython: Objects/descrobject.c descr_setcheck, by tp_name
            throw PyExceptions.attributeError("attribute '" + name + "' of '" + owner.tpName()
                    + "' objects is not writable");
        }
        try {
            setter.set(obj, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void delete(PyObject obj) {
        checkOwner(obj);
        if (setter == null) {
            // CPython: Objects/descrobject.c descr_setcheck, by tp_name
            throw PyExceptions.attributeError("attribute '" + name + "' of '" + owner.tpName()
                    + "' objects is not writable");
        }
        if (!setterDeletes) {
            throw PyExceptions.typeError("can't delete " + name + " attribute");
        }
        try {
            setter.set(obj, null);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Exposed("__get__($self, instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject ownerArg) {
        return get(instance == PyNone.NONE ? null : instance, null);
    }

    @Exposed("__set__($self, instance, value, /)")
    public void __set__(PyObject instance, PyObject value) {
        set(instance, value);
    }

    @Exposed("__delete__($self, instance, /)")
    public void __delete__(PyObject instance) {
        delete(instance);
    }

    @Exposed.Getter
    public String __name__() {
        return name;
    }

    @Exposed.Getter
    public String __qualname__() {
        return owner.getQualname() + "." + name;
    }

    @Exposed.Getter
    public PyObject __objclass__() {
        return owner;
    }

    @Exposed.Getter("__doc__")
    public PyObject getDoc() {
        return doc.isEmpty() ? PyNone.NONE : PyStr.of(doc);
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<attribute '" + name + "' of '" + owner.tpName() + "' objects>";
    }
}
