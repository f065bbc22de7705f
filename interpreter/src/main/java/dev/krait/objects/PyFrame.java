package dev.krait.objects;

/**
 * Python's {@code frame}: the state of one running code object — its fast locals (an array the
 * compiler indexes, CPython's {@code f_localsplus}), its cells, its globals and builtins, and the
 * line it is at. Module and class bodies keep their names in a mapping ({@code locals}) instead.
 * Frames link to their caller through {@code back}, which {@code sys._getframe} and tracebacks
 * walk.
 *
 * <p>CPython counterpart: Objects/frameobject.c and Include/internal/pycore_frame.h.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("frame", PyFrame.class, null);

    public final PyCode code;
    public final PyDict globals;
    /**
     * The builtins mapping: a dict, or whatever other object the globals' {@code __builtins__}
     * is (read through {@code __getitem__}, as CPython reads a non-dict's).
     */
    public final PyObject builtins;
    /** The names mapping of a module or class body (or exec with locals); null in functions. */
    public PyObject locals;
    /** Fast locals, indexed as {@code co_varnames}. */
    public final PyObject[] fast;
    /** Cells: the code's cellvars, then its freevars (shared with the enclosing function). */
    public final PyCell[] cells;
    /** The calling frame, or null at the bottom. */
    public PyFrame back;
    /**
     * The local trace function ({@code f_trace}), or null: see {@code runtime.Tracing}. It stays
     * here, not in {@link Extras}, because every statement tests it.
     */
    public PyObject trace;
    /** The line being executed, kept by the statements as they start. */
    public int lineno;
    /**
     * The thread's recursion depth while this frame runs (set each time it is entered): where
     * the count goes back to when a Java stack overflow is caught in this frame's code.
     */
    public int depth;
    /** The value a {@code return} statement leaves for the function's caller. */
    public PyObject returnValue;
    /** What few frames need (tracing, a generator, {@code f_locals}), or null: see below. */
    private Extras extras;

    public static final int TRACE_NONE = 0, TRACE_CALL = 1, TRACE_LINE = 2, TRACE_RETURN = 3,
            TRACE_EXCEPTION = 4, TRACE_LINE_FIXED = 5;

    /**
     * The state of a frame that most frames never need, made on first use: a call allocates a
     * frame per call, and these fields, kept in the frame itself, made it some 40% larger
     * (docs/PERFORMANCE.md, "Lighter frames"). CPython 3.11 likewise keeps {@code f_trace_lines},
     * {@code f_trace_opcodes} and its frame's {@code f_locals} dict in the {@code PyFrameObject}
     * made on demand, apart from the {@code _PyInterpreterFrame} of every call
     * (Include/internal/pycore_frame.h).
     */
    public static final class Extras {
        /** {@code f_trace_lines}: whether {@link #trace} gets {@code line} events. */
        public boolean traceLines = true;
        /** {@code f_trace_opcodes}: kept for programs that set it; Krait has no opcode events. */
        boolean traceOpcodes;
        /**
         * The line of the last {@code line} event's position while tracing (0 before the
         * first): as CPython reports a line only when execution moves to another line or jumps
         * back.
         */
        public int traceLine;
        /**
         * The trace event being reported for this frame ({@code TRACE_*}), which decides whether
         * {@code f_lineno} may be set, as CPython's {@code tstate->tracing_what} does.
         */
        public int traceEvent;
        /** A jump the {@code f_lineno} setter accepted, for the statements to carry out. */
        public Object pendingJump;
        /** A generator or coroutine this frame belongs to, or null. */
        public PyObject generator;
        /** The evaluator's state for a suspended body (a generator's), opaque here. */
        public Object executionState;
        /** The dict {@code locals()} returns in a function, kept as CPython keeps f_locals. */
        PyDict localsDict;
    }

    /**
     * Whether Python code may hold this frame ({@code sys._getframe}, {@code f_back}, a
     * traceback, a trace function, {@code gi_frame}): CPython then has a frame object that takes
     * the locals over when the frame ends, so they stay readable.
     */
    private boolean exposed;

    /** Marks this frame as reachable from Python code (see {@link #clearLocals}); returns it. */
    public PyFrame expose() {
        exposed = true;
        return this;
    }

    /**
     * Drops the fast locals of a generator's body that has ended, unless Python code may still
     * read them through the frame.
     */
    // CPython: Python/frame.c _PyFrame_Clear (take_ownership when a frame object exists)
    public void clearLocals() {
        if (!exposed) {
            java.util.Arrays.fill(fast, null);
        }
    }

    public PyFrame(PyCode code, PyDict globals, PyObject builtins, PyObject locals, int nfast,
            PyCell[] cells) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.fast = nfast == 0 ? EMPTY : new PyObject[nfast];
        this.cells = cells;
        this.lineno = code.firstlineno;
    }

    /** This frame's {@link Extras}, made now if it has none. */
    public Extras extras() {
        Extras e = extras;
        if (e == null) {
            e = new Extras();
            extras = e;
        }
        return e;
    }

    /** A jump the tracer asked for that the statements have still to carry out, or null. */
    public Object pendingJump() {
        Extras e = extras;
        return e == null ? null : e.pendingJump;
    }

    /** The generator, coroutine or async generator this frame belongs to, or null. */
    public PyObject generator() {
        Extras e = extras;
        return e == null ? null : e.generator;
    }

    /**
     * Makes this frame the one {@code generator} (a generator, coroutine or async generator)
     * runs, with the evaluator's {@code executionState} for it; returns the generator.
     */
    public PyObject runBy(PyObject generator, Object executionState) {
        Extras e = extras();
        e.generator = generator;
        e.executionState = executionState;
        return generator;
    }

    /** The evaluator's state of a generator's frame (set by {@link #runBy}), or null. */
    public Object executionState() {
        Extras e = extras;
        return e == null ? null : e.executionState;
    }

    /** Whether this frame's tracer gets {@code line} events ({@code f_trace_lines}). */
    public boolean traceLines() {
        Extras e = extras;
        return e == null || e.traceLines;
    }

    private static final PyObject[] EMPTY = new PyObject[0];

    @Exposed.Getter
    public PyObject f_code() {
        return code;
    }

    @Exposed.Getter
    public PyObject f_globals() {
        return globals;
    }

    @Exposed.Getter
    public PyObject f_builtins() {
        return builtins;
    }

    @Exposed.Getter
    public PyObject f_back() {
        return back == null ? PyNone.NONE : back.expose();
    }

    @Exposed.Getter
    public long f_lineno() {
        return lineno;
    }

    /**
     * Setting {@code f_lineno} in a trace function: a jump, checked as CPython checks it; the
     * code's body decides where it lands and whether its blocks allow it.
     */
    // CPython: Objects/frameobject.c frame_setlineno
    @Exposed.Setter(value = "f_lineno", deletes = true)
    public void setLineno(PyObject value) {
        if (value == null) {
            throw PyExceptions.attributeError("cannot delete attribute");
        }
        if (value.type() != PyInt.TYPE) {
            throw PyExceptions.valueError("lineno must be an integer");
        }
        switch (extras == null ? TRACE_NONE : extras.traceEvent) {
            case TRACE_LINE:
                break;
            case TRACE_CALL:
                throw PyExceptions.valueError(
                        "can't jump from the 'call' trace event of a new frame");
            case TRACE_LINE_FIXED:
                // Krait restarts statements, not instructions: see docs/DIFFERENCES.md
                throw PyExceptions.valueError("Krait can only jump from the 'line' trace event "
                        + "of a statement's start");
            default:
                throw PyExceptions.valueError("can only jump from a 'line' trace event");
        }
        if (trace == null) {
            throw PyExceptions.valueError("f_lineno can only be set by a trace function");
        }
        java.math.BigInteger big = ((PyInt) value).bigValue();
        if (big.bitLength() > 31) {
            throw PyExceptions.valueError("lineno out of range");
        }
        int line = big.intValue();
        if (line < code.firstlineno) {
            throw PyExceptions.valueError("line " + line + " comes before the current code block");
        }
        String error = code.invoker().jump(this, line);
        if (error != null) {
            throw PyExceptions.valueError(error);
        }
    }

    @Exposed.Getter("f_trace")
    public PyObject getTrace() {
        return trace == null ? PyNone.NONE : trace;
    }

    /** CPython: Objects/frameobject.c frame_settrace; {@code del frame.f_trace} sets no tracer. */
    @Exposed.Setter(value = "f_trace", deletes = true)
    public void setTrace(PyObject value) {
        trace = value == PyNone.NONE ? null : value;
    }

    @Exposed.Getter("f_trace_lines")
    public boolean getTraceLines() {
        return traceLines();
    }

    @Exposed.Setter("f_trace_lines")
    public void setTraceLines(PyObject value) {
        if (!(value instanceof PyBool)) {
            throw PyExceptions.typeError("attribute value type must be bool");
        }
        extras().traceLines = value == PyBool.TRUE;
    }

    @Exposed.Getter("f_trace_opcodes")
    public boolean getTraceOpcodes() {
        return extras != null && extras.traceOpcodes;
    }

    @Exposed.Setter("f_trace_opcodes")
    public void setTraceOpcodes(PyObject value) {
        if (!(value instanceof PyBool)) {
            throw PyExceptions.typeError("attribute value type must be bool");
        }
        extras().traceOpcodes = value == PyBool.TRUE;
    }

    /**
     * {@code f_lasti}: Krait keeps the frame's line, not its instruction, so this is the offset
     * of the code's first position on that line (-1 when there is none): offsets and lines stay
     * consistent with {@code co_positions()} and {@code co_lines()}, as inspect expects.
     */
    @Exposed.Getter
    public long f_lasti() {
        int i = code.firstPositionOnLine(lineno);
        return i < 0 ? -1 : 2L * i;
    }

    /** {@code f_locals}: the names mapping, or a fresh dict of a function's bound locals. */
    @Exposed.Getter
    public PyObject f_locals() {
        if (locals != null) {
            return locals;
        }
        return localsSnapshot();
    }

    /**
     * The bound fast locals and cells as a dict: CPython's PyFrame_FastToLocals. As in CPython
     * the frame keeps one dict, refreshed on each call: names bound now are set, unbound ones
     * removed, and keys that are no variable of the code (what {@code exec()} stored in it)
     * stay, so {@code exec("v = 3"); locals()["v"]} works in a function as in CPython.
     */
    public PyDict localsSnapshot() {
        Extras e = extras();
        PyDict d = e.localsDict;
        if (d == null) {
            d = new PyDict();
            e.localsDict = d;
        }
        String[] names = code.varnames;
        for (int i = 0; i < names.length && i < fast.length; i++) {
            sync(d, names[i], fast[i]);
        }
        if (cells != null) {
            int i = 0;
            for (String n : code.cellvars) {
                sync(d, n, cells[i++].get());
            }
            for (String n : code.freevars) {
                sync(d, n, freeCellsCleared ? null : cells[i].get());
                i++;
            }
        }
        return d;
    }

    private static void sync(PyDict d, String name, PyObject value) {
        PyStr key = PyStr.of(name);
        if (value != null) {
            d.setItem(key, value);
        } else {
            d.delItem(key);
        }
    }

    /** Whether {@link #clear} dropped the frame's locals: its free variables show as unbound. */
    private boolean freeCellsCleared;

    /**
     * The frame the running thread executes (the top of its stack), given by the runtime, which
     * keeps the stack: {@link #clear} asks whether a frame is still on it.
     */
    public static java.util.function.Supplier<PyFrame> currentFrame = () -> null;

    /**
     * {@code frame.clear()}: drops the local variables of a frame that has finished, so that a
     * traceback kept around does not keep them alive ({@code traceback.clear_frames}, which
     * unittest's {@code assertRaises} calls, relies on it). A frame still executing — on the
     * running thread's stack, or its generator running — cannot be cleared; a suspended
     * generator's frame is cleared by closing the generator, as CPython finalises it (an
     * asynchronous generator's frame is left as it is: closing one takes an event loop).
     */
    // CPython: Objects/frameobject.c frame_clear
    @Exposed(value = "clear($self, /)", doc = "F.clear(): clear most references held by the "
            + "frame", signature = Exposed.Signature.HIDDEN)
    public PyObject clear() {
        for (PyFrame f = currentFrame.get(); f != null; f = f.back) {
            if (f == this) {
                throw PyExceptions.runtimeError("cannot clear an executing frame");
            }
        }
        PyObject generator = generator();
        if (generator instanceof PyGenerator gen) {
            if (gen.gi_running()) {
                throw PyExceptions.runtimeError("cannot clear an executing frame");
            }
            Finalization.finalizeNow(gen);
        }
        if (generator == null || generator instanceof PyGenerator) {
            java.util.Arrays.fill(fast, null);
            // CPython clears the whole locals array, cells included (the closures that share
            // a cell keep it), and the frame's trace function (frame_tp_clear). The free
            // variables' cells may be the function's closure array itself (FunctionBody shares
            // it): those are left in place, and no longer shown.
            if (cells != null) {
                for (int i = 0; i < code.cellvars.length; i++) {
                    cells[i] = new PyCell(null);
                }
                freeCellsCleared = true;
            }
            trace = null;
            if (extras != null) {
                extras.localsDict = null;
            }
        }
        return PyNone.NONE;
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<frame at " + Ops.addressOf(this) + ", file '" + code.filename + "', line "
                + lineno + ", code " + code.name + ">";
    }
}
