package dev.krait.objects;

/**
 * Python's {@code cell}: a variable shared between a function and the functions nested in it
 * (CPython's cellvars and freevars). Each is a box holding one reference; an empty cell raises
 * NameError (or "cannot access free variable") on read.
 *
 * <p>CPython counterpart: Objects/cellobject.c.
 */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("cell", PyCell.class, null);

    private PyObject contents;

    public PyCell(PyObject contents) {
        super(TYPE);
        this.contents = contents;
    }

    // CPython: Objects/cellobject.c cell_new (cell() is empty; no keywords)
    @Exposed(value = "__new__($type, contents=<unrepresentable>, /)",
            kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject contents) {
        return new PyCell(contents);
    }

    /** The value, or null when the cell is empty. */
    public PyObject get() {
        return contents;
    }

    public void set(PyObject value) {
        contents = value;
    }

    @Exposed.Getter
    public PyObject cell_contents() {
        if (contents == null) {
            throw PyExceptions.valueError("Cell is empty");
        }
        return contents;
    }

    @Exposed.Setter("cell_contents")
    public void set_cell_contents(PyObject value) {
        contents = value;
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        if (contents == null) {
            return "<cell at " + Ops.addressOf(this) + ": empty>";
        }
        return "<cell at " + Ops.addressOf(this) + ": " + contents.type().getName()
                + " object at " + Ops.addressOf(contents) + ">";
    }
}
