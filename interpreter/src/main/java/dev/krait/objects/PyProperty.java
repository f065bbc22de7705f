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
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyProperty(cls);
    }

    /** Whether {@code __doc__} came from the getter (then a copy takes the new getter's). */
    boolean getterDoc;

    private static final String[] PARAMS = {"fget", "fset", "fdel", "doc"};

    /**
     * Binds its arguments itself so that its errors name {@code property()}, as Argument
     * Clinic's parser for property_init does.
     */
    // CPython: Objects/descrobject.c property_init_impl
    @Exposed(value = "__init__($self, fget=None, fset=None, fdel=None, doc=None)",
            signature = Exposed.Signature.CLASS)
    public void __init__(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > 4) {
            throw PyExceptions.typeError("property() takes at most 4 arguments (" + args.length
                    + " given)");
        }
        PyObject[] values = new PyObject[4];
        System.arraycopy(args, 0, values, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int at = java.util.Arrays.asList(PARAMS).indexOf(kwnames[k]);
            if (at < 0) {
                throw PyExceptions.typeError("'" + kwnames[k] + "' is an invalid keyword "
                        + "argument for property()");
            }
            if (at < npos) {
                throw PyExceptions.typeError("argument for property() given by name ('"
                        + kwnames[k] + "') and position (" + (at + 1) + ")");
            }
            values[at] = args[npos + k];
        }
        for (int i = 0; i < 4; i++) {
            if (values[i] == null) {
                values[i] = PyNone.NONE;
            }
        }
        this.fget = values[0];
        this.fset = values[1];
        this.fdel = values[2];
        this.doc = values[3];
        this.name = null;
        this.getterDoc = false;
        if (doc == PyNone.NONE && fget != PyNone.NONE) {
            PyObject d = Attributes.lookupAttrOrNull(fget, "__doc__");
            if (d != null) {
                if (type == TYPE) {
                    doc = d;
                } else {
                    // A subclass's own __doc__ would shadow the property's: keep it per instance.
                    Attributes.setAttr(this, "__doc__", d);
                }
                getterDoc = true;
            }
        }
    }

    /** "property 'x' of 'C' object has no getter", as 3.11 words it with what it knows. */
    private PyException missing(PyObject obj, String what) {
        String qualname = Ops.repr(PyStr.of(obj.type().getQualname())).toString();
        if (name != null) {
            return PyExceptions.attributeError("property " + Ops.repr(PyStr.of(name)) + " of "
                    + qualname + " object has no " + what);
        }
        return PyExceptions.attributeError("property of " + qualname + " object has no " + what);
    }

    // CPython: Objects/descrobject.c property_descr_get
    @Override
    public PyObject get(PyObject obj, PyType owner) {
        if (obj == null) {
            return this;
        }
        if (fget == PyNone.NONE) {
            throw missing(obj, "getter");
        }
        return Ops.call(fget, obj);
    }

    @Override
    public boolean isData() {
        return true;
    }

    // CPython: Objects/descrobject.c property_descr_set
    @Override
    public void set(PyObject obj, PyObject value) {
        if (fset == PyNone.NONE) {
            throw missing(obj, "setter");
        }
        Ops.call(fset, obj, value);
    }

    @Override
    public void delete(PyObject obj) {
        if (fdel == PyNone.NONE) {
            throw missing(obj, "deleter");
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

    /** Takes its two arguments by hand, as CPython's METH_VARARGS function words the error. */
    // CPython: Objects/descrobject.c property_set_name
    @Exposed(value = "__set_name__($self, *args)", signature = Exposed.Signature.HIDDEN)
    public void __set_name__(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("property.__set_name__() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyExceptions.typeError("__set_name__() takes 2 positional arguments but "
                    + args.length + " were given");
        }
        PyObject n = args[1];
        this.name = n instanceof PyStr str ? str.value() : Ops.str(n).toString();
    }

    // CPython: Objects/descrobject.c property_copy (arguments given as None keep the old ones)
    private PyObject copyWith(PyObject g, PyObject s, PyObject d) {
        g = g == PyNone.NONE ? fget : g;
        s = s == PyNone.NONE ? fset : s;
        d = d == PyNone.NONE ? fdel : d;
        PyObject newDoc = getterDoc && g != PyNone.NONE ? PyNone.NONE : doc;
        PyObject p = Ops.call(type, g, s, d, newDoc);
        if (p instanceof PyProperty pp) {
            pp.name = name;
        }
        return p;
    }

    @Exposed(value = "getter($self, fget, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject getter(PyObject f) {
        return copyWith(f, fset, fdel);
    }

    @Exposed(value = "setter($self, fset, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject setter(PyObject f) {
        return copyWith(fget, f, fdel);
    }

    @Exposed(value = "deleter($self, fdel, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject deleter(PyObject f) {
        return copyWith(fget, fset, f);
    }

    @Exposed.Getter(value = "fget", member = true)
    public PyObject getFget() {
        return fget;
    }

    @Exposed.Getter(value = "fset", member = true)
    public PyObject getFset() {
        return fset;
    }

    @Exposed.Getter(value = "fdel", member = true)
    public PyObject getFdel() {
        return fdel;
    }

    // CPython: Objects/descrobject.c property_members, a T_OBJECT member: deleting it leaves
    // NULL, which reads as None
    @Exposed.Getter(value = "__doc__", member = true)
    public PyObject getDoc() {
        return doc;
    }

    @Exposed.Setter(value = "__doc__", deletes = true)
    public void setDoc(PyObject v) {
        doc = v == null ? PyNone.NONE : v;
    }

    @Exposed.Getter("__isabstractmethod__")
    public boolean getIsAbstract() {
        for (PyObject f : new PyObject[] {fget, fset, fdel}) {
            PyObject v = Attributes.lookupAttrOrNull(f, "__isabstractmethod__");
            if (v != null && Ops.isTrue(v)) {
                return true;
            }
        }
        return false;
    }
}
