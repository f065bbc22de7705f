package dev.krait.runtime;

import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyFrame;

/**
 * What one thread running Python code needs at hand: the frame it is executing (the top of the
 * stack that {@code sys._getframe} and tracebacks walk), the depth of Python calls for
 * RecursionError, the exception being handled ({@code sys.exc_info()}), and its interpreter.
 *
 * <p>Threads that Krait starts are {@link KraitThread}s, which carry their state in a field;
 * other threads (an embedding program's) get one through a thread-local.
 *
 * <p>CPython counterpart: Include/cpython/pystate.h {@code PyThreadState}.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> FOREIGN = new ThreadLocal<>();

    static {
        // int/str conversions in dev.krait.objects read the running interpreter's limit
        dev.krait.objects.TypeFactory.callerModule = () -> {
            ThreadState ts = current();
            dev.krait.objects.PyFrame f = ts == null ? null : ts.frame;
            return f == null ? null : f.globals.getItem(dev.krait.objects.PyStr.of("__name__"));
        };
        dev.krait.objects.IntStrLimit.source = () -> {
            ThreadState ts = current();
            return ts == null ? dev.krait.objects.IntStrLimit.DEFAULT
                    : ts.interpreter.intMaxStrDigits();
        };
    }

    public final Interpreter interpreter;
    /** The frame being executed, or null outside any Python code. */
    public PyFrame frame;
    /** Python frames on this thread's stack, checked against the recursion limit. */
    public int depth;
    /** The exception being handled by an except clause (sys.exc_info()), or null. */
    public PyBaseException handled;

    public ThreadState(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** This thread's state; null when the thread has never entered an interpreter. */
    public static ThreadState current() {
        if (Thread.currentThread() instanceof KraitThread k) {
            return k.state;
        }
        return FOREIGN.get();
    }

    /** Makes {@code state} the current thread's (for threads Krait did not start). */
    public static void attach(ThreadState state) {
        if (Thread.currentThread() instanceof KraitThread k) {
            k.state = state;
        } else {
            FOREIGN.set(state);
        }
    }

    /**
     * Enters a Python frame: links it to its caller and checks the recursion limit
     * (CPython: Python/ceval.c _Py_EnterRecursiveCallTstate, "maximum recursion depth
     * exceeded").
     */
    public void push(PyFrame f) {
        if (Signals.sigintPending) {
            Signals.deliver();
        }
        if (++depth > interpreter.recursionLimit()) {
            depth--;
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
        f.back = frame;
        frame = f;
    }

    /** Leaves the frame entered by the matching {@link #push}. */
    public void pop(PyFrame f) {
        frame = f.back;
        depth--;
    }
}
