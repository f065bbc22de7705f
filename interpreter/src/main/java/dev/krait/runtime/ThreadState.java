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
        // str.encode/bytes.decode reach codecs beyond UTF-8/Latin-1/ASCII through _codecs
        dev.krait.objects.StrCodecs.codecsModule = () ->
                current().interpreter.importer().importModule("_codecs");
        // object.__reduce_ex__ imports copyreg in the running interpreter
        dev.krait.objects.ObjectReduce.importer = name -> current().interpreter.importer()
                .importModule(name);
        // frame.clear() refuses a frame that is still on the running thread's stack
        dev.krait.objects.PyFrame.currentFrame = () -> {
            ThreadState ts = current();
            return ts == null ? null : ts.frame;
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
    /** Calls and loop iterations left before the next visit to {@link SafePoints}. */
    private int ticks = TICK_INTERVAL;
    /** The current {@code contextvars.Context} of this thread, or null before first use. */
    public dev.krait.objects.PyObject context;
    /**
     * What to do when this thread's Python code ends (the {@code _thread._set_sentinel} locks
     * that {@code Thread.join} waits on), or null.
     */
    public java.util.List<Runnable> exitHooks;
    /** Set while {@link SafePoints} runs, so that callbacks it runs do not re-enter it. */
    boolean inSafePoint;

    /**
     * How many ticks (Python calls, loop iterations) pass between two safe points: small
     * enough that a thread in a busy loop hands the GIL over within a fraction of a
     * millisecond, large enough that the check costs nothing measurable.
     */
    public static final int TICK_INTERVAL = 200;

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
        if (--ticks < 0) {
            ticks = TICK_INTERVAL;
            SafePoints.run(this);
        }
        if (++depth > interpreter.recursionLimit()) {
            depth--;
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
        f.back = frame;
        frame = f;
    }

    /**
     * One step of a loop: a place where the thread may hand the GIL over or run weakref
     * callbacks (CPython checks its eval breaker on every backward jump).
     */
    public static void tick() {
        ThreadState ts = current();
        if (ts != null && --ts.ticks < 0) {
            ts.ticks = TICK_INTERVAL;
            SafePoints.run(ts);
        }
    }

    /** Leaves the frame entered by the matching {@link #push}. */
    public void pop(PyFrame f) {
        frame = f.back;
        depth--;
    }
}
