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
    /** The builtins mapping its frames get ({@link PyFrame#builtins}). */
    public final PyObject builtins;
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

    public PyFunction(PyCode code, PyDict globals, PyObject builtins, PyObject[] defaults,
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

    /**
     * {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None)}: the
     * closure must hold exactly one cell per free variable of the code. Globals without
     * {@code __builtins__} give the function the builtins of the frame that makes it (bpo-42990).
     */
    // CPython: Objects/funcobject.c func_new_impl, Objects/frameobject.c
    // _PyEval_BuiltinsFromGlobals
    @Exposed(value = "__new__($type, code, globals, name=None, argdefs=None, closure=None)",
            kind = Exposed.Kind.STATIC, signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject code, PyObject globals, PyObject name,
            PyObject argdefs, PyObject closure) {
        if (!(code instanceof PyCode c)) {
            throw PyExceptions.typeError("function() argument 'code' must be code, not "
                    + code.type().getName());
        }
        if (!(globals instanceof PyDict g)) {
            throw PyExceptions.typeError("function() argument 'globals' must be dict, not "
                    + globals.type().getName());
        }
        if (name != PyNone.NONE && !(name instanceof PyStr)) {
            throw PyExceptions.typeError("arg 3 (name) must be None or string");
        }
        if (argdefs != PyNone.NONE && !(argdefs instanceof PyTuple)) {
            throw PyExceptions.typeError("arg 4 (defaults) must be None or tuple");
        }
        int nfree = c.freevars.length;
        if (!(closure instanceof PyTuple)) {
            if (nfree > 0 && closure == PyNone.NONE) {
                throw PyExceptions.typeError("arg 5 (closure) must be tuple");
            } else if (closure != PyNone.NONE) {
                throw PyExceptions.typeError("arg 5 (closure) must be None or tuple");
            }
        }
        int nclosure = closure instanceof PyTuple t ? t.size() : 0;
        if (nclosure != nfree) {
            throw PyExceptions.valueError(c.name + " requires closure of length " + nfree
                    + ", not " + nclosure);
        }
        PyCell[] cells = nclosure == 0 ? null : new PyCell[nclosure];
        for (int i = 0; i < nclosure; i++) {
            PyObject o = ((PyTuple) closure).get(i);
            if (!(o instanceof PyCell cell)) {
                throw PyExceptions.typeError("arg 5 (closure) expected cell, found "
                        + o.type().getName());
            }
            cells[i] = cell;
        }
        // CPython: Python/ceval.c _PyEval_BuiltinsFromGlobals -- a module's dict, else the
        // object itself, whatever it is
        PyObject b = g.getItem(Keys.BUILTINS);
        PyObject builtins;
        if (b instanceof PyModule m) {
            builtins = m.getDict();
        } else if (b != null) {
            builtins = b;
        } else {
            PyFrame caller = PyFrame.currentFrame.get();
            builtins = caller != null ? caller.builtins : new PyDict();
        }
        PyFunction f = new PyFunction(c, g, builtins,
                argdefs instanceof PyTuple t ? t.items().clone() : null, null, cells);
        if (name instanceof PyStr s) {
            f.setName(s);
        }
        return f;
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

    @Exposed.Setter(value = "__name__", deletes = true)
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

    @Exposed.Setter(value = "__qualname__", deletes = true)
    public void setQualname(PyObject v) {
        if (!(v instanceof PyStr s)) {
            // CPython: Objects/funcobject.c func_set_name / func_set_qualname
            throw PyExceptions.typeError("__qualname__ must be set to a string object");
        }
        qualname = s.value();
        qualnameObject = s;
    }

    // CPython: Objects/funcobject.c func_memberlist -- __doc__ and __module__ are T_OBJECT
    // members: del empties them, and an empty one reads as None
    @Exposed.Getter(value = "__doc__", member = true)
    public PyObject getDoc() {
        return doc;
    }

    @Exposed.Setter(value = "__doc__", deletes = true)
    public void setDoc(PyObject v) {
        doc = v == null ? PyNone.NONE : v;
    }

    @Exposed.Getter(value = "__module__", member = true)
    public PyObject getModule() {
        return module;
    }

    @Exposed.Setter(value = "__module__", deletes = true)
    public void setModule(PyObject v) {
        module = v == null ? PyNone.NONE : v;
    }

    @Exposed.Getter("__code__")
    public PyObject getCode() {
        return code;
    }

    /** Only a code object with as many free variables as this function has cells will do. */
    // CPython: Objects/funcobject.c func_set_code
    @Exposed.Setter(value = "__code__", deletes = true)
    public void setCode(PyObject v) {
        if (!(v instanceof PyCode c)) {
            throw PyExceptions.typeError("__code__ must be set to a code object");
        }
        int nclosure = closure == null ? 0 : closure.length;
        if (c.freevars.length != nclosure) {
            throw PyExceptions.valueError(name + "() requires a code object with " + nclosure
                    + " free vars, not " + c.freevars.length);
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

    @Exposed.Setter(value = "__defaults__", deletes = true)
    public void setDefaults(PyObject v) {
        // CPython: Objects/funcobject.c func_set_defaults -- del and None both clear them
        if (v == null || v == PyNone.NONE) {
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

    @Exposed.Setter(value = "__kwdefaults__", deletes = true)
    public void setKwdefaults(PyObject v) {
        if (v == null || v == PyNone.NONE) {
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

    @Exposed.Setter(value = "__annotations__", deletes = true)
    public void setAnnotations(PyObject v) {
        if (v == null || v == PyNone.NONE) {
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

    // CPython: Objects/object.c PyObject_GenericSetDict
    @Exposed.Setter(value = "__dict__", deletes = true)
    public void setFunctionDict(PyObject v) {
        setDictFromPython(v);
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
        static final PyStr BUILTINS = PyStr.intern("__builtins__");
    }
}
