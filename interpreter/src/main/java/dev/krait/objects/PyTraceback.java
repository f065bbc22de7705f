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

    /**
     * The {@code tb_lasti} a program gave {@code TracebackType()}; {@link #COMPUTED_LASTI} for
     * a traceback the interpreter made, whose offset comes from its span.
     */
    private final int lasti;

    private static final int COMPUTED_LASTI = Integer.MIN_VALUE;

    public PyTraceback(PyFrame frame, PyTraceback next, int lineno, int colOffset, int endLineno,
            int endColOffset) {
        this(frame, next, lineno, colOffset, endLineno, endColOffset, COMPUTED_LASTI);
    }

    private PyTraceback(PyFrame frame, PyTraceback next, int lineno, int colOffset,
            int endLineno, int endColOffset, int lasti) {
        super(TYPE);
        this.frame = frame;
        if (frame != null) {
            frame.expose();
        }
        this.next = next;
        this.lineno = lineno;
        if (frame != null && !frame.code.hasDebugRanges()) {
            // code compiled under -X no_debug_ranges knows lines only
            colOffset = -1;
            endLineno = lineno;
            endColOffset = -1;
        }
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        this.lasti = lasti;
    }

    /**
     * {@code types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)}, as libraries that
     * rewrite tracebacks (template engines, test runners) build them. The columns shown under the
     * line are those of the code's position at {@code tb_lasti}, when it has one.
     */
    // CPython: Python/traceback.c tb_new_impl
    @Exposed(value = "__new__($type, tb_next, tb_frame, tb_lasti, tb_lineno)",
            kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject tbNext, PyObject tbFrame,
            PyObject tbLasti, PyObject tbLineno) {
        if (!(tbFrame instanceof PyFrame frame)) {
            throw PyExceptions.typeError("TracebackType() argument 'tb_frame' must be frame, not "
                    + tbFrame.type().getName());
        }
        int lasti = CArgs.asInt(tbLasti);
        int line = CArgs.asInt(tbLineno);
        PyTraceback next = null;
        if (tbNext instanceof PyTraceback t) {
            next = t;
        } else if (tbNext != PyNone.NONE) {
            throw PyExceptions.typeError("expected traceback object or None, got '"
                    + tbNext.type().getName() + "'");
        }
        int[] span = lasti >= 0 ? frame.code.position(lasti / 2) : null;
        return span == null ? new PyTraceback(frame, next, line, -1, -1, -1, lasti)
                : new PyTraceback(frame, next, line, span[1], span[2], span[3], lasti);
    }

    // CPython: Python/traceback.c tb_dir -- only the four attributes
    @Exposed(value = "__dir__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __dir__() {
        return new PyList(java.util.List.of(PyStr.of("tb_frame"), PyStr.of("tb_next"),
                PyStr.of("tb_lasti"), PyStr.of("tb_lineno")));
    }

    @Exposed.Getter(member = true)
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
    @Exposed.Getter(member = true)
    public long tb_lasti() {
        if (lasti != COMPUTED_LASTI) {
            return lasti;
        }
        return frame.code.positionIndex(lineno, colOffset, endLineno, endColOffset) * 2L;
    }
}
