package dev.krait.objects;

/**
 * The instance layout of {@code AttributeError}: the attribute's name and the object that
 * lacked it, which keywords or the failed lookup set (for the "Did you mean" suggestion).
 *
 * <p>CPython counterpart: Objects/exceptions.c {@code PyAttributeErrorObject}.
 */
public final class PyAttributeError extends PyBaseException {
    /** The attribute name and the object; null is None to Python. */
    public PyObject name;
    public PyObject obj;

    PyAttributeError(PyType type) {
        super(type);
    }

    // CPython: Objects/exceptions.c AttributeError_init ("|$OO:AttributeError")
    @Exposed(value = "__init__($self, /, *args, **kwargs)", name = "__init__")
    public PyObject initAttributeError(PyObject[] args, String[] kwnames) {
        PyObject[] kw = ArgParser.keywords("AttributeError", args, kwnames, "name", "obj");
        initialise(positional(args, kwnames));
        name = kw[0];
        obj = kw[1];
        return PyNone.NONE;
    }

    @Exposed.Getter(value = "name", member = true, doc = "attribute name")
    public PyObject getAttributeName() {
        return name;
    }

    @Exposed.Setter("name")
    public void setAttributeName(PyObject v) {
        name = v;
    }

    @Exposed.Getter(value = "obj", member = true, doc = "object")
    public PyObject getObj() {
        return obj;
    }

    @Exposed.Setter("obj")
    public void setObj(PyObject v) {
        obj = v;
    }
}
