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

    @Exposed.Setter("tb_next")
    public void set_tb_next(PyObject value) {
        next = value == PyNone.NONE ? null : (PyTraceback) value;
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
