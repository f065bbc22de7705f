package dev.krait.objects;

/**
 * Python's {@code module}: a namespace ({@code __dict__}) with a name. Attribute reads fall back
 * to the module's {@code __getattr__} (PEP 562), and a missing name gives CPython's
 * "module 'm' has no attribute 'x'".
 *
 * <p>CPython counterpart: Objects/moduleobject.c.
 */
public class PyModule extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin("module", PyModule.class, null);

    public PyModule(String name) {
        this(TYPE, name);
    }

    public PyModule(PyType type, String name) {
        super(type);
        this.dict = new PyDict();
        dict.setItem(PyStr.intern("__name__"), PyStr.of(name));
        dict.setItem(PyStr.intern("__doc__"), PyNone.NONE);
        dict.setItem(PyStr.intern("__package__"), PyNone.NONE);
        dict.setItem(PyStr.intern("__loader__"), PyNone.NONE);
        dict.setItem(PyStr.intern("__spec__"), PyNone.NONE);
    }

    /** The module's {@code __name__}, or "?" when it was removed. */
    public String name() {
        PyObject n = dict.getItem(PyStr.of("__name__"));
        return n instanceof PyStr s ? s.value() : "?";
    }

    /**
     * Sets a global of the module. The key is the interned str, as PyModule_AddObjectRef's is
     * (CPython: Objects/moduleobject.c, through PyUnicode_InternFromString), so that the
     * interned name of an attribute node ({@code math.sqrt}) finds it by identity.
     */
    public void put(String name, PyObject value) {
        dict.setItem(PyStr.intern(name), value);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyModule m = new PyModule(cls, "?");
        m.dict.clearAll();
        return m;
    }

    // CPython: Objects/moduleobject.c module___init__ (Argument Clinic names it "module")
    @Exposed(value = "module($self, name, doc=None)", name = "__init__")
    public void __init__(PyObject name, PyObject doc) {
        dict.setItem(PyStr.of("__name__"), PyStr.requireStr(name, "module.__init__() argument "
                + "'name'"));
        dict.setItem(PyStr.of("__doc__"), doc);
        dict.setItem(PyStr.of("__package__"), PyNone.NONE);
        dict.setItem(PyStr.of("__loader__"), PyNone.NONE);
        dict.setItem(PyStr.of("__spec__"), PyNone.NONE);
    }

    @Exposed("__getattribute__($self, name, /)")
    public PyObject __getattribute__(PyObject name) {
        String n = Attributes.attributeName(name);
        PyObject v = attributeOrNull(n, name);
        if (v == null) {
            throw moduleNoAttribute(n, name);
        }
        return v;
    }

    /**
     * The attribute {@code n} as {@link #__getattribute__} finds it, or null where that raises
     * AttributeError for want of one: for the lookups that only ask whether a module has an
     * attribute (the import system's {@code __path__} test on every {@code from m import x},
     * {@code hasattr}, {@code getattr} with a default), which would otherwise make and drop an
     * exception with its message. CPython: Objects/moduleobject.c _Py_module_getattro_impl
     * with {@code suppress} (3.12; 3.11 clears the error in _PyObject_LookupAttr).
     */
    PyObject attributeOrNull(String n) {
        return attributeOrNull(n, null);
    }

    /** The lookup of both: {@code nameObject} is the name as the caller gave it, or null. */
    PyObject attributeOrNull(String n, PyObject nameObject) {
        PyObject v = Attributes.genericGetAttrOrNull(this, n);
        if (v != null) {
            return v;
        }
        PyObject getattr = dict.getItem(Keys.GETATTR);
        return getattr == null ? null
                : Ops.call(getattr, nameObject != null ? nameObject : PyStr.of(n));
    }

    /** {@code __getattr__} (looked up on every miss) and the other keys, interned once. */
    private static final class Keys {
        static final PyStr GETATTR = PyStr.intern("__getattr__");
        static final PyStr NAME = PyStr.intern("__name__");
        static final PyStr SPEC = PyStr.intern("__spec__");
        static final PyStr ANNOTATIONS = PyStr.intern("__annotations__");
    }

    /**
     * The AttributeError for a missing attribute {@code n}, which says when the module is still
     * being initialised or {@code n} is a submodule being imported (a circular import).
     */
    // CPython: Objects/moduleobject.c module_getattro
    PyException moduleNoAttribute(String n, PyObject nameObject) {
        PyObject nameField = nameObject != null ? nameObject : PyStr.of(n);
        PyObject modName = dict.getItem(Keys.NAME);
        if (!(modName instanceof PyStr mn)) {
            return PyExceptions.attributeError("module has no attribute '" + n + "'",
                    nameField, this);
        }
        PyObject spec = dict.getItem(Keys.SPEC);
        String message;
        if (specIsInitializing(spec)) {
            message = "partially initialized module '" + mn.value() + "' has no attribute '"
                    + n + "' (most likely due to a circular import)";
        } else if (isUninitializedSubmodule(spec, nameField)) {
            message = "cannot access submodule '" + n + "' of module '" + mn.value()
                    + "' (most likely due to a circular import)";
        } else {
            message = "module '" + mn.value() + "' has no attribute '" + n + "'";
        }
        return PyExceptions.attributeError(message, nameField, this);
    }

    /**
     * Whether a module whose {@code __spec__} is {@code spec} is being initialised: the import
     * system sets {@code spec._initializing} while the module's code runs. A failing lookup
     * counts as false.
     */
    // CPython: Objects/moduleobject.c _PyModuleSpec_IsInitializing
    public static boolean specIsInitializing(PyObject spec) {
        if (spec == null || spec == PyNone.NONE) {
            return false;
        }
        try {
            PyObject v = Attributes.lookupAttrOrNull(spec, "_initializing");
            return v != null && Ops.isTrue(v);
        } catch (PyException e) {
            return false;
        }
    }

    /** Whether {@code name} is a submodule of the package being imported right now. */
    // CPython: Objects/moduleobject.c _PyModuleSpec_IsUninitializedSubmodule
    private static boolean isUninitializedSubmodule(PyObject spec, PyObject name) {
        if (spec == null || spec == PyNone.NONE) {
            return false;
        }
        try {
            PyObject v = Attributes.lookupAttrOrNull(spec, "_uninitialized_submodules");
            return v != null && Containers.contains(v, name);
        } catch (PyException e) {
            return false;
        }
    }

    /** The module's namespace as its {@code __dict__} attribute gives it (a subclass may not). */
    private PyDict namespace() {
        PyObject attr = type() == TYPE ? dict : Attributes.getAttr(this, "__dict__");
        if (!(attr instanceof PyDict moduleDict)) {
            throw PyExceptions.typeError("<module>.__dict__ is not a dictionary");
        }
        return moduleDict;
    }

    /**
     * The module's {@code __annotations__}: the namespace's, made empty there on first read (so
     * a module without annotations gets a dict only when asked).
     */
    // CPython: Objects/moduleobject.c module_get_annotations
    @Exposed.Getter("__annotations__")
    public PyObject getAnnotations() {
        PyDict d = namespace();
        PyObject a = d.getItem(Keys.ANNOTATIONS);
        if (a == null) {
            a = new PyDict();
            d.setItem(Keys.ANNOTATIONS, a);
        }
        return a;
    }

    // CPython: Objects/moduleobject.c module_set_annotations
    @Exposed.Setter(value = "__annotations__", deletes = true)
    public void setAnnotations(PyObject value) {
        PyDict d = namespace();
        if (value != null) {
            d.setItem(Keys.ANNOTATIONS, value);
        } else if (d.getItem(Keys.ANNOTATIONS) == null) {
            throw PyExceptions.attributeError("__annotations__");
        } else {
            d.delItem(Keys.ANNOTATIONS);
        }
    }

    @Exposed(value = "__dir__($self, /)", signature = Exposed.Signature.HIDDEN)
    // CPython: Objects/moduleobject.c module_dir (through the __dict__ attribute, which a
    // subclass may override)
    public PyObject __dir__() {
        PyDict moduleDict = namespace();
        PyObject d = moduleDict.getItem(PyStr.of("__dir__"));
        if (d != null) {
            return Ops.call(d);
        }
        return new PyList(moduleDict.keyList());
    }

    /**
     * A module's repr says where it comes from: its spec's name and origin when it has a spec,
     * else what its loader's {@code module_repr} says, else its {@code __file__} or loader. All
     * are read as attributes, as importlib reads them.
     */
    // CPython: Objects/moduleobject.c module_repr, which calls Lib/importlib/_bootstrap.py
    // _module_repr and _module_repr_from_spec
    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        PyObject loader = Attributes.lookupAttrOrNull(this, "__loader__");
        PyObject spec = Attributes.lookupAttrOrNull(this, "__spec__");
        if (spec != null && Ops.isTrue(spec)) {
            return PyStr.of(reprFromSpec(spec));
        }
        PyObject moduleRepr = loader == null ? null
                : Attributes.lookupAttrOrNull(loader, "module_repr");
        if (moduleRepr != null) {
            try {
                return Ops.call(moduleRepr, this);
            } catch (PyException e) {
                if (!e.value.type().isSubtypeOf(PyExceptions.Exception)) {
                    throw e;
                }
            }
        }
        PyObject name = Attributes.lookupAttrOrNull(this, "__name__");
        String shown = name == null ? "'?'" : Ops.repr(name).value();
        PyObject file = Attributes.lookupAttrOrNull(this, "__file__");
        if (file != null) {
            return PyStr.of("<module " + shown + " from " + Ops.repr(file).value() + ">");
        }
        if (loader == null || loader == PyNone.NONE) {
            return PyStr.of("<module " + shown + ">");
        }
        return PyStr.of("<module " + shown + " (" + Ops.repr(loader).value() + ")>");
    }

    // CPython: Lib/importlib/_bootstrap.py _module_repr_from_spec
    private static String reprFromSpec(PyObject spec) {
        PyObject specName = Attributes.getAttr(spec, "name");
        String name = specName == PyNone.NONE ? "'?'" : Ops.repr(specName).value();
        PyObject origin = Attributes.getAttr(spec, "origin");
        if (origin == PyNone.NONE) {
            PyObject loader = Attributes.getAttr(spec, "loader");
            return loader == PyNone.NONE ? "<module " + name + ">"
                    : "<module " + name + " (" + Ops.repr(loader).value() + ")>";
        }
        if (Ops.isTrue(Attributes.getAttr(spec, "has_location"))) {
            return "<module " + name + " from " + Ops.repr(origin).value() + ">";
        }
        return "<module " + Ops.repr(specName).value() + " (" + Ops.str(origin).value() + ")>";
    }

    @Exposed.Getter(value = "__dict__", member = true)
    public PyObject getModuleDict() {
        return dict;
    }
}
