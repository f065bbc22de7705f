package dev.krait.runtime;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;

/**
 * {@code sys.settrace} and {@code sys.setprofile}: the events the evaluator reports to a
 * thread's trace and profile functions -- {@code call} when a frame starts or a generator
 * resumes, {@code line} before each statement of a frame with a local trace function
 * ({@code f_trace}), {@code return} and {@code exception} as a function's frame ends. The
 * functions are not traced themselves; one that raises is removed and its error propagates.
 *
 * <p>The hooks cost the evaluator a null check each (on the thread at a frame's start, on the
 * frame before a statement) while no tracing is on. Differences from CPython, which reports
 * per bytecode: a loop header gets no new {@code line} event on each iteration, two statements
 * on one line report the line twice, {@code exception} is reported once as the exception leaves
 * the frame (not where it is raised, and not for exceptions caught in the frame), and the
 * profiler sees no {@code c_call} events (docs/DIFFERENCES.md).
 *
 * <p>CPython counterpart: Python/sysmodule.c {@code trace_trampoline},
 * {@code profile_trampoline}; Python/ceval.c {@code call_trace_protected}.
 */
public final class Tracing {
    private static final PyStr CALL = PyStr.intern("call");
    private static final PyStr LINE = PyStr.intern("line");
    private static final PyStr RETURN = PyStr.intern("return");
    private static final PyStr EXCEPTION = PyStr.intern("exception");

    private Tracing() {}

    /**
     * A profiler written in Java ({@code _lsprof.Profiler}, behind {@code cProfile}): installed
     * as a thread's profile function, it is told of each {@code call} and {@code return}
     * without a Python call, as CPython's C profilers are ({@code PyEval_SetProfile}), and
     * {@code sys.getprofile()} returns it, as CPython's returns the profiler object.
     */
    public interface Profiler {
        /** A frame starts or a generator resumes. */
        void profileCall(PyFrame f);

        /** A frame returns, raises out, or a generator yields. */
        void profileReturn(PyFrame f);
    }

    /** A frame starts (or a generator resumes): the {@code call} event. */
    static void call(ThreadState ts, PyFrame f) {
        if (ts.inTraceFunction) {
            return;
        }
        if (ts.profileFunction != null) {
            invokeProfile(ts, f, CALL, PyNone.NONE);
        }
        PyObject trace = ts.traceFunction;
        if (trace != null) {
            PyObject local = invoke(ts, trace, f, CALL, PyNone.NONE);
            if (local != PyNone.NONE) {
                f.trace = local;
            }
        }
    }

    /** Before a statement of a frame with a local trace function: the {@code line} event. */
    public static void line(PyFrame f, int line) {
        ThreadState ts = ThreadState.current();
        // as in CPython, a frame's f_trace is only called while tracing is on for the thread
        if (ts.inTraceFunction || !f.traceLines || ts.traceFunction == null) {
            return;
        }
        f.lineno = line;
        PyObject next = invoke(ts, f.trace, f, LINE, PyNone.NONE);
        if (next != PyNone.NONE) {
            f.trace = next;
        }
    }

    /** A function's frame returns {@code value}: the {@code return} event. */
    public static void functionReturn(PyFrame f, PyObject value) {
        ThreadState ts = ThreadState.current();
        if (ts.inTraceFunction) {
            return;
        }
        if (f.trace != null && ts.traceFunction != null) {
            invoke(ts, f.trace, f, RETURN, value);
        }
        if (ts.profileFunction != null) {
            invokeProfile(ts, f, RETURN, value);
        }
    }

    /**
     * An exception leaves a function's frame: the {@code exception} event with
     * {@code (type, value, traceback)}, then {@code return} with None.
     */
    public static void functionRaise(PyFrame f, PyBaseException e) {
        ThreadState ts = ThreadState.current();
        if (ts.inTraceFunction) {
            return;
        }
        if (f.trace != null && ts.traceFunction != null) {
            invoke(ts, f.trace, f, EXCEPTION, PyTuple.of(e.type(), e, e.getTraceback()));
        }
        functionReturn(f, PyNone.NONE);
    }

    private static PyObject invoke(ThreadState ts, PyObject function, PyFrame f, PyStr event,
            PyObject arg) {
        ts.inTraceFunction = true;
        try {
            return Ops.call(function, f, event, arg);
        } catch (PyException e) {
            // CPython: an error in the trace function turns tracing off for the thread
            ts.traceFunction = null;
            f.trace = null;
            throw e;
        } finally {
            ts.inTraceFunction = false;
        }
    }

    private static void invokeProfile(ThreadState ts, PyFrame f, PyStr event, PyObject arg) {
        ts.inTraceFunction = true;
        try {
            if (ts.profileFunction instanceof Profiler p) {
                if (event == CALL) {
                    p.profileCall(f);
                } else {
                    p.profileReturn(f);
                }
                return;
            }
            Ops.call(ts.profileFunction, f, event, arg);
        } catch (PyException e) {
            ts.profileFunction = null;
            throw e;
        } finally {
            ts.inTraceFunction = false;
        }
    }
}
