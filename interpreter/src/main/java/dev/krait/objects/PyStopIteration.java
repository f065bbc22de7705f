package dev.krait.objects;

/**
 * The instance layout of {@code StopIteration}: the exception with the value a generator
 * returned.
 *
 * <p>CPython counterpart: Objects/exceptions.c {@code PyStopIterationObject}.
 */
public final class PyStopIteration extends PyBaseException {
    /** The generator's return value; null (None to Python) until __init__ runs. */
    public PyObject value;

    PyStopIteration(PyType type) {
        super(type);
    }

    // CPython: Objects/exceptions.c StopIteration_init
    @Override
    void initialise(PyTuple args) {
        this.args = args;
        value = args.size() > 0 ? args.get(0) : PyNone.NONE;
    }

    @Exposed(value = "__init__($self, /, *args, **kwargs)", name = "__init__")
    public PyObject initStopIteration(PyObject[] args, String[] kwnames) {
        rejectKeywords(kwnames);
        initialise(positional(args, kwnames));
        return PyNone.NONE;
    }

    @Exposed.Getter(value = "value", member = true, doc = "generator return value")
    public PyObject getValue() {
        return value;
    }

    @Exposed.Setter("value")
    public void setValue(PyObject v) {
        value = v;
    }
}
