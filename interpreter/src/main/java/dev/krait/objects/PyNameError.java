package dev.krait.objects;

/**
 * The instance layout of {@code NameError} and {@code UnboundLocalError}: the name that was not
 * found, which only a keyword (or the interpreter) sets.
 *
 * <p>CPython counterpart: Objects/exceptions.c {@code PyNameErrorObject}.
 */
public final class PyNameError extends PyBaseException {
    /** The missing name; null is None to Python. */
    public PyObject name;

    PyNameError(PyType type) {
        super(type);
    }

    /** A NameError of type {@code t} with message {@code message} about {@code name}. */
    public static PyException of(PyType t, String message, String name) {
        PyNameError e = (PyNameError) PyExceptions.instantiate(t);
        e.initialise(PyTuple.of(PyStr.of(message)));
        e.name = PyStr.of(name);
        return e.raise();
    }

    // CPython: Objects/exceptions.c NameError_init ("|$O:NameError")
    @Exposed(value = "__init__($self, /, *args, **kwargs)", name = "__init__")
    public PyObject initNameError(PyObject[] args, String[] kwnames) {
        PyObject[] kw = ArgParser.keywords("NameError", args, kwnames, "name");
        initialise(positional(args, kwnames));
        name = kw[0];
        return PyNone.NONE;
    }

    @Exposed.Getter(value = "name", member = true, doc = "name")
    public PyObject getMissingName() {
        return name;
    }

    @Exposed.Setter("name")
    public void setMissingName(PyObject v) {
        name = v;
    }
}
