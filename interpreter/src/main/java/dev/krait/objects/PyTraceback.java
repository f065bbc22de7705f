package dev.krait.objects;

/**
 * Python's {@code traceback} object: one entry of an exception's path, naming the frame and the
 * source span of the operation that was running in it when the exception passed through. The
 * span (CPython: the positions of the instruction at {@code tb_lasti}) is what 3.11 underlines
 * with {@code ^^^^} when it prints the traceback.
 *
 * <p>CPython counterpart: Python/traceback.c.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("traceback", PyTraceback.class, null);

    public final PyFrame frame;
    public PyTraceback next;
    public final int lineno;
    public final int colOffset;
    public final int endLineno;
    public final int endColOffset;

    public PyTraceback(PyFrame frame, PyTraceback next, int lineno, int colOffset, int endLineno,
            int endColOffset) {
        super(TYPE);
        this.frame = frame;
        this.next = next;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    @Exposed.Getter
    public PyObject tb_frame() {
        return frame;
    }

    @Exposed.Getter
    public PyObject tb_next() {
        return next == null ? PyNone.NONE : next;
    }

    /** Another traceback or None, never one that would make the chain a loop. */
    // CPython: Python/traceback.c tb_next_set
    @Exposed.Setter("tb_next")
    public void set_tb_next(PyObject value) {
        if (value == PyNone.NONE) {
            next = null;
            return;
        }
        if (!(value instanceof PyTraceback tb)) {
            throw PyExceptions.typeError("expected traceback object, got '"
                    + value.type().getName() + "'");
        }
        for (PyTraceback t = tb; t != null; t = t.next) {
            if (t == this) {
                throw PyExceptions.valueError("traceback loop detected");
            }
        }
        next = tb;
    }

    @Exposed.Getter
    public long tb_lineno() {
        return lineno;
    }

    /** Krait's stand-in for the instruction offset: the frame's code maps it back to positions. */
    @Exposed.Getter
    public long tb_lasti() {
        return frame.code.positionIndex(lineno, colOffset, endLineno, endColOffset) * 2L;
    }
}
