package dev.krait.nodes;

import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyCell;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyFunction;
import dev.krait.objects.PyGenerator;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.Tracing;

/**
 * The executable body of a code object, and how it runs: a call binds the arguments into a new
 * frame's slots, makes the cells the code shares with nested functions, and walks the body; a
 * generator function instead returns a generator that will walk it on demand. Module and class
 * bodies run in a frame whose names live in a mapping.
 *
 * <p>CPython counterpart: Python/ceval.c {@code _PyEval_Vector} and {@code _PyEval_EvalFrame}.
 */
public final class FunctionBody implements PyCode.Invoker {
    private final PyCode code;
    private final StmtNode[] body;
    private final int nfast;
    /** For each cellvar, the fast slot of the parameter it starts from, or -1. */
    private final int[] cellFromParam;
    private final int ncells;
    private final boolean generator;
    private final boolean coroutine;
    /** A synchronous generator expression, run without a continuation. */
    private final boolean genexpr;
    /**
     * A generator function whose yields all stand where {@link GeneratorSteps} can resume them:
     * it runs without a continuation; null otherwise.
     */
    private final GeneratorSteps.Plan steps;
    /** Whether a call with exactly argcount positional arguments can be copied straight in. */
    private final boolean simpleArgs;

    public FunctionBody(PyCode code, StmtNode[] body, int nfast, int[] cellFromParam) {
        this(code, body, nfast, cellFromParam, -1);
    }

    /**
     * {@code yields} is how many yield, yield from and await nodes the body holds (-1: not
     * known, which keeps a generator on its continuation).
     */
    public FunctionBody(PyCode code, StmtNode[] body, int nfast, int[] cellFromParam,
            int yields) {
        this.code = code;
        this.body = body;
        TryStarNode.markEndsCode(body);
        this.nfast = nfast;
        this.cellFromParam = cellFromParam;
        this.ncells = code.cellvars.length + code.freevars.length;
        this.generator = (code.flags & (PyCode.CO_GENERATOR | PyCode.CO_COROUTINE
                | PyCode.CO_ASYNC_GENERATOR)) != 0;
        this.coroutine = (code.flags & PyCode.CO_COROUTINE) != 0;
        this.genexpr = (code.flags & PyCode.CO_GENERATOR) != 0
                && (code.flags & (PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) == 0
                && ComprehensionNodes.Steps.fits(body);
        this.steps = generator && !genexpr && yields >= 0
                && (code.flags & (PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) == 0
                ? GeneratorSteps.Plan.of(body, yields) : null;
        this.simpleArgs = (code.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0
                && code.kwonlyargcount == 0;
    }

    @Override
    public PyObject call(PyFunction fn, PyObject[] args, String[] kwnames) {
        PyFrame frame = newFrame(fn);
        if (simpleArgs && kwnames == null && args.length == code.argcount) {
            System.arraycopy(args, 0, frame.fast, 0, args.length);
        } else {
            ArgumentBinder.bind(fn, code, frame.fast, args, kwnames);
        }
        return start(fn, frame);
    }

    @Override
    public PyObject callWithSelf(PyFunction fn, PyObject self, PyObject[] args,
            String[] kwnames) {
        PyFrame frame = newFrame(fn);
        PyObject[] fast = frame.fast;
        if (simpleArgs && kwnames == null && args.length + 1 == code.argcount) {
            fast[0] = self;
            System.arraycopy(args, 0, fast, 1, args.length);
        } else {
            ArgumentBinder.bind(fn, code, fast, self, args, kwnames);
        }
        return start(fn, frame);
    }

    /**
     * A new frame for a call of {@code fn} (whose code is this body's), its parameters not yet
     * bound: the caller binds them into {@link PyFrame#fast} and then calls {@link #start}.
     */
    PyFrame newFrame(PyFunction fn) {
        PyCell[] cells = null;
        if (ncells != 0) {
            // A body with free variables only uses its closure as it is: the frame's cells are
            // never replaced once made (only the cells' contents change), so it can share it.
            PyCell[] closure = fn.closure;
            cells = cellFromParam.length == 0 && closure != null && closure.length == ncells
                    ? closure : new PyCell[ncells];
        }
        // CPython: _PyFunction_Vectorcall -- code that is not a function's (a module's, called
        // through types.FunctionType) has the globals for its names
        PyObject locals = (code.flags & PyCode.CO_OPTIMIZED) == 0 ? fn.globals : null;
        return new PyFrame(fn.code, fn.globals, fn.builtins, locals, nfast, cells);
    }

    /** Whether a call that binds exactly the positional parameters needs nothing else. */
    boolean isSimple() {
        return simpleArgs;
    }

    /** The number of fast slots a frame of this body has. */
    int slots() {
        return nfast;
    }

    /**
     * Runs a frame made by {@link #newFrame} whose parameters are bound: makes its cells, and
     * runs the body, or returns the generator or coroutine that will run it.
     */
    PyObject start(PyFunction fn, PyFrame frame) {
        PyCell[] cells = frame.cells;
        if (cells != null && cells != fn.closure) {
            int ncellvars = cellFromParam.length;
            for (int i = 0; i < ncellvars; i++) {
                int p = cellFromParam[i];
                cells[i] = new PyCell(p >= 0 ? frame.fast[p] : null);
            }
            PyCell[] closure = fn.closure;
            for (int i = ncellvars; i < ncells; i++) {
                cells[i] = closure[i - ncellvars];
            }
        }
        if (!generator) {
            return run(frame);
        }
        if (genexpr) {
            ComprehensionNodes.Steps steps = new ComprehensionNodes.Steps(body, frame);
            return frame.runBy(new PyGenerator(steps, frame, fn.name, fn.qualname, false), steps);
        }
        if (steps != null) {
            GeneratorSteps g = new GeneratorSteps(steps, frame);
            return frame.runBy(new PyGenerator(g, frame, fn.name, fn.qualname, coroutine), g);
        }
        GeneratorBody g = new GeneratorBody(body, frame);
        if ((code.flags & PyCode.CO_ASYNC_GENERATOR) != 0) {
            g.asyncGenerator = true;
            return frame.runBy(new dev.krait.objects.PyAsyncGenerator(g, frame, fn.name,
                    fn.qualname), g);
        }
        return frame.runBy(new PyGenerator(g, frame, fn.name, fn.qualname, coroutine), g);
    }

    private PyObject run(PyFrame frame) {
        ThreadState ts = ThreadState.current();
        ts.push(frame);
        try {
            int r;
            try {
                r = StmtNode.execBlock(body, frame);
            } catch (PyException e) {
                if (frame.trace != null || ts.profileFunction != null) {
                    Tracing.functionRaise(frame, e.value);
                }
                throw e;
            } catch (StackOverflowError e) {
                // the Java stack ran out before the recursion limit (a limit set high)
                throw ts.stackOverflow(frame);
            }
            PyObject result = r == StmtNode.RETURN ? frame.returnValue : PyNone.NONE;
            if (frame.trace != null || ts.profileFunction != null) {
                Tracing.functionReturn(frame, result);
            }
            return result;
        } finally {
            ts.pop(frame);
        }
    }

    /** The analysis of where a tracer's jumps may go, made on the first jump. */
    private Jumps jumps;

    @Override
    public String jump(PyFrame frame, int line) {
        Object state = frame.executionState();
        if (state instanceof GeneratorSteps || state instanceof ComprehensionNodes.Steps) {
            // these generators run as resumable steps, not through the statement executor
            return "Krait cannot jump in this generator's frame";
        }
        Jumps j = jumps;
        if (j == null) {
            j = Jumps.of(body);
            jumps = j;
        }
        return j.jump(frame, line);
    }

    /**
     * Runs a module or class body in {@code frame}, whose {@code locals} is its namespace; a
     * module compiled with top-level await ({@code CO_COROUTINE}) returns the coroutine that
     * will run it.
     */
    @Override
    public PyObject runBody(PyFrame frame) {
        if (coroutine) {
            GeneratorBody g = new GeneratorBody(body, frame);
            return frame.runBy(new PyGenerator(g, frame, code.name, code.qualname, true), g);
        }
        return run(frame);
    }

    /** A class body's frame: the namespace mapping plus the function's closure cells. */
    public PyObject runClassBody(PyFunction fn, PyObject namespace) {
        PyCell[] cells = ncells == 0 ? null : new PyCell[ncells];
        if (cells != null) {
            int ncellvars = cellFromParam.length;
            for (int i = 0; i < ncellvars; i++) {
                cells[i] = new PyCell(null);
            }
            for (int i = ncellvars; i < ncells; i++) {
                cells[i] = fn.closure[i - ncellvars];
            }
        }
        PyFrame frame = new PyFrame(code, fn.globals, fn.builtins, namespace, nfast, cells);
        run(frame);
        // The __class__ cell, if the body made one, is handed to type() as __classcell__.
        for (int i = 0; i < code.cellvars.length; i++) {
            if (code.cellvars[i].equals("__class__")) {
                return cells[i];
            }
        }
        return null;
    }

    /** The generator side of a body: runs in a continuation so that yield can suspend it. */
    static final class GeneratorBody implements PyGenerator.Resumable {
        private final StmtNode[] body;
        final PyFrame frame;
        private Object continuation;
        PyObject sent;
        PyBaseException thrown;
        PyObject yielded;
        PyObject returnValue;
        PyObject delegate;
        private Throwable failure;
        /** The exception this body handles while suspended in its handlers, or null. */
        private PyBaseException handled;
        /** How many of this body's exception handlers it is suspended in. */
        private int handlerDepth;
        /** Yields of an async generator are marked, to tell them from its awaits. */
        boolean asyncGenerator;

        GeneratorBody(StmtNode[] body, PyFrame frame) {
            this.body = body;
            this.frame = frame;
        }

        /**
         * Set when a send was passed straight to the generator this body delegates to and that
         * generator finished ({@link #DELEGATE_DONE}) or raised: the delegation loop, resumed,
         * takes it from here.
         */
        Object delegateOutcome;
        static final Object DELEGATE_DONE = new Object();

        @Override
        public PyObject resume(PyObject sentValue, PyBaseException thrownValue) {
            ThreadState ts = ThreadState.current();
            PyBaseException callerHandled = ts.handled;
            int callerDepth = ts.handlerDepth;
            PyBaseException callerBase = ts.handledBase;
            ts.handledBase = callerHandled;
            if (handlerDepth > 0) {
                ts.handled = handled;
                ts.handlerDepth = callerDepth + handlerDepth;
            }
            ts.push(frame);
            try {
                PyObject r = resumeInFrame(sentValue, thrownValue);
                // As CPython, a yield ends the frame's run for tracers and profilers: the
                // 'return' event (with the value yielded, or the generator's return value).
                if (frame.trace != null || ts.profileFunction != null) {
                    Tracing.functionReturn(frame, r != null ? r : returnValue);
                }
                return r;
            } catch (PyException e) {
                if (frame.trace != null || ts.profileFunction != null) {
                    Tracing.functionRaise(frame, e.value);
                }
                throw e;
            } finally {
                ts.pop(frame);
                // CPython: the generator's own exc_state is set only inside its handlers
                handlerDepth = ts.handlerDepth - callerDepth;
                handled = handlerDepth > 0 ? ts.handled : null;
                ts.handled = callerHandled;
                ts.handlerDepth = callerDepth;
                ts.handledBase = callerBase;
            }
        }

        private PyObject resumeInFrame(PyObject sentValue, PyBaseException thrownValue) {
            if (thrownValue == null && delegate instanceof PyGenerator inner) {
                // Suspended in a yield from / await of a generator: pass the value straight
                // down instead of switching into this body's continuation and out again,
                // so a chain of delegating generators costs one switch per item, not one
                // per level (CPython also sends down gi_yieldfrom without running the
                // outer frames' code).
                try {
                    PyObject r = inner.sendOrNull(sentValue, null);
                    if (r != null) {
                        return r;
                    }
                    delegateOutcome = DELEGATE_DONE;
                } catch (PyException e) {
                    delegateOutcome = e;
                }
            }
            return runUntilYield(sentValue, thrownValue);
        }

        private PyObject runUntilYield(PyObject sentValue, PyBaseException thrownValue) {
            if (continuation == null) {
                continuation = dev.krait.runtime.Continuations.create(this::runBody);
            }
            this.sent = sentValue;
            this.thrown = thrownValue;
            this.yielded = null;
            dev.krait.runtime.Continuations.run(continuation);
            if (failure != null) {
                Throwable f = failure;
                failure = null;
                if (f instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) f;
            }
            if (dev.krait.runtime.Continuations.isDone(continuation)) {
                return null;
            }
            return yielded;
        }

        private void runBody() {
            try {
                if (thrown != null) {
                    PyBaseException t = thrown;
                    thrown = null;
                    t.tracebackFrame = null;
                    // The generator's prologue has the def's line and no columns: no markers.
                    t.addTraceback(frame, frame.code.firstlineno, -1, frame.code.firstlineno,
                            -1);
                    throw t.raise();
                }
                int r = StmtNode.execBlock(body, frame);
                returnValue = r == StmtNode.RETURN ? frame.returnValue : PyNone.NONE;
            } catch (PyException | Error e) {
                failure = e;
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        /** Whether this body was suspended inside one of its own exception handlers. */
        boolean inOwnHandler() {
            return handlerDepth > 0;
        }

        /** Called by a yield node inside the body: hands out a value and waits. */
        PyObject yieldValue(PyObject value) {
            suspendWith(asyncGenerator ? new dev.krait.objects.PyAsyncGenerator.YieldedValue(value)
                    : value);
            PyBaseException t = thrown;
            if (t != null) {
                thrown = null;
                t.tracebackFrame = null;
                // chained only to what the generator itself handles (CPython chains it to the
                // generator's exc_state, _PyErr_ChainStackItem), never to the caller's
                t.thrownIn = handlerDepth == 0;
                throw t.raise();
            }
            return sent;
        }

        /** Suspends with {@code value}; a thrown exception is left in {@link #thrown}. */
        void suspendWith(PyObject value) {
            yielded = value;
            dev.krait.runtime.Continuations.suspend();
        }

        @Override
        public PyObject returnValue() {
            return returnValue;
        }

        @Override
        public PyObject delegate() {
            return delegate;
        }
    }
}
