package dev.krait.objects;

/**
 * The instance layout of {@code SystemExit}: the exception that ends the interpreter, with
 * its exit code.
 *
 * <p>CPython counterpart: Objects/exceptions.c {@code PySystemExitObject}.
 */
public final class PySystemExit extends PyBaseException {
    /** The exit code or message; null (None to Python) when none was given. */
    public PyObject code;

    PySystemExit(PyType type) {
        super(type);
    }

    // CPython: Objects/exceptions.c SystemExit_init -- no argument leaves code as it was, one is
    // the code, several are the code as a tuple
    @Override
    void initialise(PyTuple args) {
        this.args = args;
        if (args.size() == 1) {
            code = args.get(0);
        } else if (args.size() > 1) {
            code = args;
        }
    }

    @Exposed(value = "__init__($self, /, *args, **kwargs)", name = "__init__")
    public PyObject initSystemExit(PyObject[] args, String[] kwnames) {
        rejectKeywords(kwnames);
        initialise(positional(args, kwnames));
        return PyNone.NONE;
    }

    @Exposed.Getter(value = "code", member = true, doc = "exception code")
    public PyObject getCode() {
        return code;
    }

    @Exposed.Setter("code")
    public void setCode(PyObject v) {
        code = v;
    }
}
