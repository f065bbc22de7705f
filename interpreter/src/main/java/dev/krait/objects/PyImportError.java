package dev.krait.objects;

/**
 * The instance layout of {@code ImportError} and {@code ModuleNotFoundError}: the message, and
 * the module's name and path, which only keywords set.
 *
 * <p>CPython counterpart: Objects/exceptions.c {@code PyImportErrorObject}.
 */
public final class PyImportError extends PyBaseException {
    /** The message (the one argument), the module name and path; null is None to Python. */
    public PyObject msg;
    public PyObject name;
    public PyObject path;

    PyImportError(PyType type) {
        super(type);
    }

    /** An ImportError of type {@code t} with message {@code message} and the module's name. */
    public static PyImportError of(PyType t, String message, PyObject name, PyObject path) {
        PyImportError e = (PyImportError) PyExceptions.instantiate(t);
        e.initialise(PyTuple.of(PyStr.of(message)));
        e.name = name;
        e.path = path;
        return e;
    }

    @Override
    void initialise(PyTuple args) {
        this.args = args;
        msg = args.size() == 1 ? args.get(0) : null;
    }

    // CPython: Objects/exceptions.c ImportError_init ("|$OO:ImportError")
    @Exposed(value = "__init__($self, /, *args, **kwargs)", name = "__init__")
    public PyObject initImportError(PyObject[] args, String[] kwnames) {
        PyObject[] kw = ArgParser.keywords("ImportError", args, kwnames, "name", "path");
        initialise(positional(args, kwnames));
        name = kw[0];
        path = kw[1];
        return PyNone.NONE;
    }

    // CPython: Objects/exceptions.c ImportError_str
    @Exposed(value = "__str__($self, /)", name = "__str__")
    public PyObject importErrorStr() {
        return msg != null && msg.type() == PyStr.TYPE ? msg : argsStr();
    }

    /** The instance dict with name and path added, so that unpickling restores them. */
    // CPython: Objects/exceptions.c ImportError_getstate, ImportError_reduce
    @Exposed(value = "__reduce__($self, /)", name = "__reduce__",
            signature = Exposed.Signature.HIDDEN)
    public PyObject importErrorReduce() {
        PyDict state = instanceState();
        if (name != null || path != null) {
            state = state == null ? new PyDict() : (PyDict) state.copy();
            if (name != null) {
                state.setItem(PyStr.of("name"), name);
            }
            if (path != null) {
                state.setItem(PyStr.of("path"), path);
            }
        }
        return state == null ? PyTuple.of(type, args) : PyTuple.of(type, args, state);
    }

    @Exposed.Getter(value = "msg", member = true, doc = "exception message")
    public PyObject getMsg() {
        return msg;
    }

    @Exposed.Setter("msg")
    public void setMsg(PyObject v) {
        msg = v;
    }

    @Exposed.Getter(value = "name", member = true, doc = "module name")
    public PyObject getModuleName() {
        return name;
    }

    @Exposed.Setter("name")
    public void setModuleName(PyObject v) {
        name = v;
    }

    @Exposed.Getter(value = "path", member = true, doc = "module path")
    public PyObject getPath() {
        return path;
    }

    @Exposed.Setter("path")
    public void setPath(PyObject v) {
        path = v;
    }
}
