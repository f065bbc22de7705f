package dev.krait.objects;

/**
 * Python's {@code property}: a data descriptor calling fget/fset/fdel.
 *
 * <p>CPython counterpart: Objects/descrobject.c ({@code property_*}).
 */
public class PyProperty extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("property", PyProperty.class, null);

    PyObject fget = PyNone.NONE;
    PyObject fset = PyNone.NONE;
    PyObject fdel = PyNone.NONE;
    PyObject doc = PyNone.NONE;
    String name;

    public PyProperty(PyType type) {
        super(type);
        if (type != TYPE) {
            dict = new PyDict();
        }
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyProperty(cls);
    }

    @Exposed("__init__($self, fget=None, fset=None, fdel=None, doc=None)")
    public void __init__(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        if (doc == PyNone.NONE && fget != PyNone.NONE) {
            PyObject d = Ops.lookupAttrOrNull(fget, "__doc__");
            doc = d == null ? PyNone.NONE : d;
        }
        this.doc = doc;
    }

    @Override
    public PyObject get(PyObject obj, PyType owner) {
        if (obj == null) {
            return this;
        }
        if (fget == PyNone.NONE) {
            throw PyExceptions.attributeError(name == null ? "unreadable attribute"
                    : "property '" + name + "' of '" + obj.type().getName()
                    + "' object has no getter");
        }
        return Ops.call(fget, obj);
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        if (fset == PyNone.NONE) {
            throw PyExceptions.attributeError(name == null ? "can't set attribute"
                    : "property '" + name + "' of '" + obj.type().getName()
                    + "' object has no setter");
        }
        Ops.call(fset, obj, value);
    }

    @Override
    public void delete(PyObject obj) {
        if (fdel == PyNone.NONE) {
            throw PyExceptions.attributeError(name == null ? "can't delete attribute"
                    : "property '" + name + "' of '" + obj.type().getName()
                    + "' object has no deleter");
        }
        Ops.call(fdel, obj);
    }

    @Exposed("__get__($self, instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
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

    @Exposed("__set_name__($self, owner, name, /)")
    public void __set_name__(PyObject owner, PyObject name) {
        this.name = name.toString();
    }

    private PyObject copyWith(PyObject g, PyObject s, PyObject d) {
        PyObject p = Ops.call(type, g, s, d, doc == null ? PyNone.NONE : doc);
        if (p instanceof PyProperty pp) {
            pp.name = name;
        }
        return p;
    }

    @Exposed("getter($self, fget, /)")
    public PyObject getter(PyObject f) {
        return copyWith(f, fset, fdel);
    }

    @Exposed("setter($self, fset, /)")
    public PyObject setter(PyObject f) {
        return copyWith(fget, f, fdel);
    }

    @Exposed("deleter($self, fdel, /)")
    public PyObject deleter(PyObject f) {
        return copyWith(fget, fset, f);
    }

    @Exposed.Getter("fget")
    public PyObject getFget() {
        return fget;
    }

    @Exposed.Getter("fset")
    public PyObject getFset() {
        return fset;
    }

    @Exposed.Getter("fdel")
    public PyObject getFdel() {
        return fdel;
    }

    @Exposed.Getter("__doc__")
    public PyObject getDoc() {
        return doc;
    }

    @Exposed.Setter("__doc__")
    public void setDoc(PyObject v) {
        doc = v;
    }

    @Exposed.Getter("__isabstractmethod__")
    public boolean getIsAbstract() {
        for (PyObject f : new PyObject[] {fget, fset, fdel}) {
            PyObject v = Ops.lookupAttrOrNull(f, "__isabstractmethod__");
            if (v != null && Ops.isTrue(v)) {
                return true;
            }
        }
        return false;
    }
}
