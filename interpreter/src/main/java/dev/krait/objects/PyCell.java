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

    static {
        // CPython: a static type with tp_richcompare and no tp_hash gets __hash__ = None
        TYPE.setTypeAttribute("__hash__", PyNone.NONE);
    }

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

    /** {@code del cell.cell_contents} empties the cell. */
    // CPython: Objects/cellobject.c cell_set_contents
    @Exposed.Setter(value = "cell_contents", deletes = true)
    public void set_cell_contents(PyObject value) {
        contents = value;
    }

    /**
     * Cells compare by their contents; an empty cell is less than a full one and equal to
     * another empty one.
     */
    // CPython: Objects/cellobject.c cell_richcompare
    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyCell c)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject a = contents;
        PyObject b = c.contents;
        if (a != null && b != null) {
            return Ops.richCompare(a, b, op);
        }
        return PyBool.of(op.test(Boolean.compare(b == null, a == null)));
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject o) {
        return compare(o, CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject o) {
        return compare(o, CompareOp.NE);
    }

    @Exposed("__lt__($self, value, /)")
    public PyObject __lt__(PyObject o) {
        return compare(o, CompareOp.LT);
    }

    @Exposed("__le__($self, value, /)")
    public PyObject __le__(PyObject o) {
        return compare(o, CompareOp.LE);
    }

    @Exposed("__gt__($self, value, /)")
    public PyObject __gt__(PyObject o) {
        return compare(o, CompareOp.GT);
    }

    @Exposed("__ge__($self, value, /)")
    public PyObject __ge__(PyObject o) {
        return compare(o, CompareOp.GE);
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
