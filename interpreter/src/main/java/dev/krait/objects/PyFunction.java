package dev.krait.objects;

/**
 * Python's {@code function}: a code object with the globals it runs in, its defaults and its
 * closure. Calling it asks the code's {@link PyCode.Invoker} to bind the arguments and run the
 * body, so this package never depends on the evaluator.
 *
 * <p>CPython counterpart: Objects/funcobject.c.
 */
public final class PyFunction extends PyObject implements Descriptor, Weakrefable {
    public static final PyType TYPE = PyType.builtinFinal("function", PyFunction.class, null);

    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public String name;
    public String qualname;
    /** Positional defaults ({@code __defaults__}), or null. */
    public PyObject[] defaults;
    /** Keyword-only defaults ({@code __kwdefaults__}), or null. */
    public PyDict kwdefaults;
    /** The cells of the free variables ({@code __closure__}), or null. */
    public PyCell[] closure;
    public PyObject doc;
    public PyObject module;
    public PyDict annotations;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins, PyObject[] defaults,
            PyDict kwdefaults, PyCell[] closure) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = code.qualname;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.doc = code.docstring == null ? PyNone.NONE : code.docstring;
        PyObject m = globals.getItem(Keys.NAME);
        this.module = m == null ? PyNone.NONE : m;
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        return code.invoker().call(this, args, kwnames);
    }

    /** Calls this function as a method of {@code self}: {@code self} is the first argument. */
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        return code.invoker().callWithSelf(this, self, args, kwnames);
    }

    @Override
    public PyObject get(PyObject obj, PyType owner) {
        return obj == null ? this : new PyMethod(this, obj);
    }

    @Exposed("__get__($self, instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
        return instance == PyNone.NONE ? this : new PyMethod(this, instance);
    }

    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        return call(args, kwnames);
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<function " + qualname + " at " + Ops.addressOf(this) + ">";
    }

    /**
     * The str objects {@code __name__} and {@code __qualname__} last returned or were given,
     * so that reading one twice gives the same object, as CPython's function keeps its name
     * object ({@code functools.wraps} copies it, and tests check that with {@code is}); a
     * stale one (the Java field changed) is made again.
     */
    private PyStr nameObject;
    private PyStr qualnameObject;

    @Exposed.Getter("__name__")
    public PyStr getName() {
        PyStr n = nameObject;
        if (n == null || n.value() != name) {
            n = PyStr.of(name);
            nameObject = n;
        }
        return n;
    }

    @Exposed.Setter("__name__")
    public void setName(PyObject v) {
        if (!(v instanceof PyStr s)) {
            // CPython: Objects/funcobject.c func_set_name / func_set_qualname
            throw PyExceptions.typeError("__name__ must be set to a string object");
        }
        name = s.value();
        nameObject = s;
    }

    @Exposed.Getter("__qualname__")
    public PyStr getQualnameObject() {
        PyStr n = qualnameObject;
        if (n == null || n.value() != qualname) {
            n = PyStr.of(qualname);
            qualnameObject = n;
        }
        return n;
    }

    /** The qualified name, as a Java string. */
    public String getQualname() {
        return qualname;
    }

    @Exposed.Setter("__qualname__")
    public void setQualname(PyObject v) {
        if (!(v instanceof PyStr s)) {
            // CPython: Objects/funcobject.c func_set_name / func_set_qualname
            throw PyExceptions.typeError("__qualname__ must be set to a string object");
        }
        qualname = s.value();
        qualnameObject = s;
    }

    @Exposed.Getter("__doc__")
    public PyObject getDoc() {
        return doc;
    }

    @Exposed.Setter("__doc__")
    public void setDoc(PyObject v) {
        doc = v;
    }

    @Exposed.Getter("__module__")
    public PyObject getModule() {
        return module;
    }

    @Exposed.Setter("__module__")
    public void setModule(PyObject v) {
        module = v;
    }

    @Exposed.Getter("__code__")
    public PyObject getCode() {
        return code;
    }

    @Exposed.Setter("__code__")
    public void setCode(PyObject v) {
        if (!(v instanceof PyCode c)) {
            throw PyExceptions.typeError("__code__ must be set to a code object");
        }
        code = c;
    }

    @Exposed.Getter(value = "__globals__", member = true)
    public PyObject getGlobals() {
        return globals;
    }

    @Exposed.Getter(value = "__builtins__", member = true)
    public PyObject getBuiltins() {
        return builtins;
    }

    @Exposed.Getter("__defaults__")
    public PyObject getDefaults() {
        return defaults == null ? PyNone.NONE : PyTuple.of(defaults.clone());
    }

    @Exposed.Setter("__defaults__")
    public void setDefaults(PyObject v) {
        if (v == PyNone.NONE) {
            defaults = null;
        } else if (v instanceof PyTuple t) {
            defaults = t.items().clone();
        } else {
            throw PyExceptions.typeError("__defaults__ must be set to a tuple object");
        }
    }

    @Exposed.Getter("__kwdefaults__")
    public PyObject getKwdefaults() {
        return kwdefaults == null ? PyNone.NONE : kwdefaults;
    }

    @Exposed.Setter("__kwdefaults__")
    public void setKwdefaults(PyObject v) {
        if (v == PyNone.NONE) {
            kwdefaults = null;
        } else if (v instanceof PyDict d) {
            kwdefaults = d;
        } else {
            throw PyExceptions.typeError("__kwdefaults__ must be set to a dict object");
        }
    }

    @Exposed.Getter(value = "__closure__", member = true)
    public PyObject getClosure() {
        return closure == null || closure.length == 0 ? PyNone.NONE
                : PyTuple.of((PyObject[]) closure.clone());
    }

    @Exposed.Getter("__annotations__")
    public PyObject getAnnotations() {
        if (annotations == null) {
            annotations = new PyDict();
        }
        return annotations;
    }

    @Exposed.Setter("__annotations__")
    public void setAnnotations(PyObject v) {
        if (v == PyNone.NONE) {
            annotations = null;
        } else if (v instanceof PyDict d) {
            annotations = d;
        } else {
            throw PyExceptions.typeError("__annotations__ must be set to a dict object");
        }
    }

    @Exposed.Getter("__dict__")
    public PyObject getFunctionDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /**
     * {@code __name__}, interned once (each function made looks it up in its globals, and a str
     * made per lookup would be hashed each time); in a holder, so that it is made on the first
     * function, after the str type's own set-up.
     */
    private static final class Keys {
        static final PyStr NAME = PyStr.intern("__name__");
    }
}
