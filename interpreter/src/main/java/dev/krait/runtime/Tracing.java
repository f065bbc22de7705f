package dev.krait.runtime;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBuiltinFunction;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyMethodDescriptor;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.util.Arrays;

/**
 * {@code sys.settrace} and {@code sys.setprofile}: the events the evaluator reports to a
 * thread's trace and profile functions -- {@code call} when a frame starts or a generator
 * resumes, {@code line} as a frame with a local trace function ({@code f_trace}) moves onto
 * another line or jumps back to a loop's header, {@code exception} where an exception is raised
 * in a frame or arrives in it from a call, and {@code return} as a frame ends (with None when an
 * exception leaves it). The functions are not traced themselves; one that raises is removed and
 * its error propagates.
 *
 * <p>A profile function also hears of the evaluator's calls of builtin functions and methods:
 * {@code c_call} before, then {@code c_return} or {@code c_exception}, each with the builtin
 * function (a method descriptor called with its instance is bound first, so the profiler sees
 * {@code [].append}, as CPython's {@code trace_call_function} does). Calls that builtins make
 * themselves ({@code map}, {@code sorted}'s key) report nothing, as in CPython.
 *
 * <p>The hooks cost the evaluator a null check each (on the thread at a frame's start, on the
 * frame before a statement and at a loop's back edge) while no tracing is on, and a call of
 * anything but a Python function one read of a static flag ({@link #profilingSeen}) while no
 * thread has ever had a profile function. Krait reports statements, not bytecode: no
 * {@code line} events for the inner lines of one statement, no {@code opcode} events
 * (docs/DIFFERENCES.md). Each event records its kind in
 * the frame ({@link PyFrame#traceEvent}) while the trace function runs, for {@code f_lineno}'s
 * setter, which accepts jumps only from a {@code line} event the statements can restart from.
 *
 * <p>CPython counterpart: Python/sysmodule.c {@code trace_trampoline},
 * {@code profile_trampoline}; Python/ceval.c {@code call_trace_protected},
 * {@code maybe_call_line_trace}, {@code call_exc_trace}.
 */
public final class Tracing {
    private static final PyStr CALL = PyStr.intern("call");
    private static final PyStr LINE = PyStr.intern("line");
    private static final PyStr RETURN = PyStr.intern("return");
    private static final PyStr EXCEPTION = PyStr.intern("exception");
    private static final PyStr C_CALL = PyStr.intern("c_call");
    private static final PyStr C_RETURN = PyStr.intern("c_return");
    private static final PyStr C_EXCEPTION = PyStr.intern("c_exception");

    /**
     * Whether any thread has ever had a profile function: until then a call site need not ask
     * its thread for one (a static read instead of a thread lookup on every builtin call). It
     * is never cleared, which costs a program that once profiled that lookup from then on.
     */
    public static boolean profilingSeen;

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

        /** The evaluator calls builtin {@code function} ({@code c_call}). */
        void profileBuiltinCall(PyObject function);

        /** That call returned or raised ({@code c_return}, {@code c_exception}). */
        void profileBuiltinReturn(PyObject function);
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
            PyObject local = invoke(ts, trace, f, CALL, PyNone.NONE, PyFrame.TRACE_CALL);
            if (local != PyNone.NONE) {
                f.trace = local;
            }
        }
    }

    /**
     * Before a statement, where the executor can restart if the tracer sets {@code f_lineno}:
     * the {@code line} event, unless the frame is still on that line -- CPython reports a line
     * when execution moves onto it from another line.
     */
    // CPython: Python/ceval.c maybe_call_line_trace
    public static void statement(PyFrame f, int line) {
        PyFrame.Extras x = f.extras();
        if (line != x.traceLine) {
            x.traceLine = line;
            lineEvent(f, line, PyFrame.TRACE_LINE);
        }
    }

    /**
     * Before a clause header or other code inside a statement (an {@code except} test, a
     * {@code with} statement's exit): the {@code line} event, as {@link #statement}, but a jump
     * from here is refused (Krait jumps between statements).
     */
    public static void line(PyFrame f, int line) {
        PyFrame.Extras x = f.extras();
        if (line != x.traceLine) {
            x.traceLine = line;
            lineEvent(f, line, PyFrame.TRACE_LINE_FIXED);
        }
    }

    /**
     * A loop's backward jump onto its header {@code line}: the {@code line} event even if the
     * frame is on that line already, as CPython reports every backward jump. The loop checks
     * for a jump the tracer set.
     */
    public static void backEdge(PyFrame f, int line) {
        f.extras().traceLine = line;
        lineEvent(f, line, PyFrame.TRACE_LINE);
    }

    /**
     * The {@code line} event even if the frame is on that line already, where a jump cannot
     * restart (refused): a generator's loop jumping back to its header (the loops of a
     * generator run as resumable steps), or code reached after instructions of no line.
     */
    public static void lineAgain(PyFrame f, int line) {
        f.extras().traceLine = line;
        lineEvent(f, line, PyFrame.TRACE_LINE_FIXED);
    }

    private static void lineEvent(PyFrame f, int line, int event) {
        ThreadState ts = ThreadState.current();
        f.lineno = line;
        // as in CPython, a frame's f_trace is only called while tracing is on for the thread
        if (ts.inTraceFunction || !f.traceLines() || ts.traceFunction == null) {
            return;
        }
        PyObject next;
        try {
            next = invoke(ts, f.trace, f, LINE, PyNone.NONE, event);
        } catch (PyException e) {
            // raised at the line's first instruction in CPython: the frame is in the traceback
            if (e.value.tracebackFrame != f) {
                e.value.addTraceback(f, line, -1, line, -1);
            }
            throw e;
        }
        if (next != PyNone.NONE) {
            f.trace = next;
        }
    }

    /**
     * An exception is raised in a frame with a local trace function, or reaches it from a call:
     * the {@code exception} event with {@code (type, value, traceback)}, reported once per frame
     * it passes (a bare {@code raise} of the exception being handled reports nothing, as
     * CPython's RERAISE does not). If the trace function raises, its exception replaces this one.
     */
    // CPython: Python/ceval.c call_exc_trace (from the 'error' label)
    public static void exception(PyFrame f, PyBaseException e) {
        ThreadState ts = ThreadState.current();
        if (ts.inTraceFunction || f.trace == null || ts.traceFunction == null) {
            return;
        }
        invoke(ts, f.trace, f, EXCEPTION, PyTuple.of(e.type(), e, e.getTraceback()),
                PyFrame.TRACE_EXCEPTION);
    }

    /**
     * The next item of a {@code for} loop's iterator {@code it}, in frame {@code f} that has a
     * local trace function: a StopIteration that ends the loop is reported as an
     * {@code exception} event on the loop's header {@code line}, as CPython's FOR_ITER does
     * (a generator that returns a value, an iterator written in Python). pdb and bdb stop there
     * after stepping out of a generator ("Internal StopIteration").
     */
    // CPython: Python/ceval.c FOR_ITER (call_exc_trace when StopIteration is set)
    public static PyObject loopNext(PyFrame f, PyObject it, int line) {
        return dev.krait.objects.Iteration.next(it, stop -> stopped(f, stop, line));
    }

    /**
     * A loop's iterator or a {@code yield from}'s delegate ended with {@code stop}: the
     * {@code exception} event on {@code line}, in a traced frame.
     */
    // CPython: Python/ceval.c FOR_ITER and SEND (call_exc_trace for StopIteration)
    public static void stopped(PyFrame f, PyBaseException stop, int line) {
        if (f.trace == null) {
            return;
        }
        f.lineno = line;
        exception(f, stop);
    }

    /** A function's frame returns {@code value}: the {@code return} event. */
    public static void functionReturn(PyFrame f, PyObject value) {
        ThreadState ts = ThreadState.current();
        if (ts.inTraceFunction) {
            return;
        }
        if (f.trace != null && ts.traceFunction != null) {
            invoke(ts, f.trace, f, RETURN, value, PyFrame.TRACE_RETURN);
        }
        if (ts.profileFunction != null) {
            invokeProfile(ts, f, RETURN, value);
        }
    }

    /**
     * An exception leaves a function's frame: the {@code return} event with None (the
     * {@code exception} event was reported where the exception was raised or arrived in the
     * frame; it is reported here for an exception no node of the frame recorded).
     */
    public static void functionRaise(PyFrame f, PyBaseException e) {
        ThreadState ts = ThreadState.current();
        if (ts.inTraceFunction) {
            return;
        }
        if (e.tracebackFrame != f) {
            exception(f, e);
        }
        functionReturn(f, PyNone.NONE);
    }

    private static PyObject invoke(ThreadState ts, PyObject function, PyFrame f, PyStr event,
            PyObject arg, int what) {
        ts.inTraceFunction = true;
        PyFrame.Extras x = f.extras();
        int outer = x.traceEvent;
        x.traceEvent = what;
        try {
            return Ops.call(function, f.expose(), event, arg);
        } catch (PyException e) {
            // CPython: an error in the trace function turns tracing off for the thread
            ts.traceFunction = null;
            f.trace = null;
            x.pendingJump = null;
            throw e;
        } finally {
            ts.inTraceFunction = false;
            x.traceEvent = outer;
        }
    }

    private static void invokeProfile(ThreadState ts, PyFrame f, PyStr event, PyObject arg) {
        ts.inTraceFunction = true;
        try {
            if (ts.profileFunction instanceof Profiler p) {
                if (event == CALL) {
                    p.profileCall(f);
                } else if (event == RETURN) {
                    p.profileReturn(f);
                } else if (event == C_CALL) {
                    p.profileBuiltinCall(arg);
                } else {
                    p.profileBuiltinReturn(arg);
                }
                return;
            }
            Ops.call(ts.profileFunction, f.expose(), event, arg);
        } catch (PyException e) {
            ts.profileFunction = null;
            throw e;
        } finally {
            ts.inTraceFunction = false;
        }
    }

    /**
     * The evaluator's call of {@code callable} in frame {@code f} (not a Python function's, which
     * reports its own frame), once {@link #profilingSeen}: a builtin function, or a method
     * descriptor with its instance as the first argument, is reported to the thread's profile
     * function if it has one.
     */
    // CPython: Python/ceval.c trace_call_function (the CALL instruction while tracing)
    public static PyObject callProfiled(PyFrame f, PyObject callable, PyObject[] args,
            String[] kwnames) {
        ThreadState ts = ThreadState.current();
        if (ts.profileFunction != null && !ts.inTraceFunction) {
            PyType t = callable.type();
            if (t == PyBuiltinFunction.TYPE) {
                return callReported(ts, f, callable, args, kwnames);
            }
            int nargs = args.length - (kwnames == null ? 0 : kwnames.length);
            if (t == PyMethodDescriptor.TYPE && nargs > 0) {
                // the profiler is given a bound method, as CPython makes one for it
                PyObject bound = ((PyMethodDescriptor) callable).get(args[0], args[0].type());
                return callReported(ts, f, bound, Arrays.copyOfRange(args, 1, args.length),
                        kwnames);
            }
        }
        return Ops.call(callable, args, kwnames);
    }

    /**
     * {@code obj.name(args)} where {@code name} is the method descriptor {@code descr} of a
     * builtin type, once {@link #profilingSeen}: as {@link #callProfiled} with the instance
     * first (a slot wrapper binds to a {@code method-wrapper}, which CPython does not report).
     */
    // CPython: Python/ceval.c trace_call_function (LOAD_METHOD's unbound method)
    public static PyObject callMethodProfiled(PyFrame f, PyMethodDescriptor descr,
            PyObject self, PyObject[] args, String[] kwnames) {
        ThreadState ts = ThreadState.current();
        if (ts.profileFunction != null && !ts.inTraceFunction
                && descr.type() != PyMethodDescriptor.WRAPPER_TYPE) {
            return callReported(ts, f, descr.get(self, self.type()), args, kwnames);
        }
        return descr.callWithSelf(self, args, kwnames);
    }

    /**
     * Calls builtin {@code function} between the {@code c_call} event and the {@code c_return}
     * or {@code c_exception} one, each told to the profile function set at the time (a call
     * that sets or clears it changes who hears of its end). A profile function that raises at
     * {@code c_call} prevents the call; at the end, its exception replaces the call's outcome.
     */
    // CPython: Python/ceval.c C_TRACE
    private static PyObject callReported(ThreadState ts, PyFrame f, PyObject function,
            PyObject[] args, String[] kwnames) {
        invokeProfile(ts, f, C_CALL, function);
        PyObject result;
        try {
            result = Ops.call(function, args, kwnames);
        } catch (PyException e) {
            if (ts.profileFunction != null && !ts.inTraceFunction) {
                invokeProfile(ts, f, C_EXCEPTION, function);
            }
            throw e;
        }
        if (ts.profileFunction != null && !ts.inTraceFunction) {
            invokeProfile(ts, f, C_RETURN, function);
        }
        return result;
    }

    /**
     * {@code sys.call_tracing(func, args)}: calls {@code func(*args)}, then restores the
     * thread's tracing state. Called from a trace function (pdb's {@code debug} command), the
     * call is not traced by the running trace function, as in CPython 3.11, but a trace
     * function it sets with {@code sys.settrace} traces what it calls next
     * ({@link #traceFunctionSet}): a debugger debugging code recursively.
     */
    // CPython: Python/ceval.c _PyEval_CallTracing (tstate->tracing = 0 for the call)
    public static PyObject callTracing(PyObject func, PyObject[] args) {
        ThreadState ts = ThreadState.current();
        boolean savedInTrace = ts.inTraceFunction;
        boolean savedInCall = ts.inCallTracing;
        ts.inCallTracing = true;
        try {
            return Ops.call(func, args);
        } finally {
            ts.inTraceFunction = savedInTrace;
            ts.inCallTracing = savedInCall;
        }
    }

    /** After {@code sys.settrace}: inside {@link #callTracing}, the new function traces. */
    public static void traceFunctionSet(ThreadState ts) {
        if (ts.inCallTracing) {
            ts.inTraceFunction = false;
        }
    }
}
