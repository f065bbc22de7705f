package dev.krait.runtime;

import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyObject;

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
        // frame.clear() must know which frames are still running
        dev.krait.objects.PyFrame.currentFrame = () -> {
            ThreadState ts = current();
            return ts == null ? null : ts.frame;
        };
        // object.__reduce_ex__ imports copyreg in the running interpreter
        dev.krait.objects.ObjectReduce.importer = name -> current().interpreter.importer()
                .importModule(name);
        // async generators read this thread's sys.set_asyncgen_hooks on first use
        dev.krait.objects.PyAsyncGenerator.hooks = () -> {
            ThreadState ts = current();
            return ts == null ? null
                    : new dev.krait.objects.PyObject[] {ts.asyncgenFirstiter,
                        ts.asyncgenFinalizer};
        };
        // an instance of a class with __del__ is queued, once unreachable, on the interpreter
        // of the thread that made it
        dev.krait.objects.Finalization.install(() -> {
            ThreadState ts = current();
            return ts == null ? null : ts.interpreter.finalizerQueue();
        });
        dev.krait.objects.Finalization.installRunner(Finalizers::finalize);
        // native recursion (repr, comparison, calls through __call__) counts against the
        // same limit as Python frames, as in CPython 3.11
        dev.krait.objects.Recursion.install(new dev.krait.objects.Recursion.Counter() {
            @Override
            public void enter(String where) {
                ThreadState ts = current();
                if (ts != null) {
                    ts.enterRecursiveCall(where);
                }
            }

            @Override
            public void leave() {
                ThreadState ts = current();
                if (ts != null) {
                    ts.depth--;
                }
            }
        });
        dev.krait.text.IntStrLimit.source = () -> {
            ThreadState ts = current();
            return ts == null ? dev.krait.text.IntStrLimit.DEFAULT
                    : ts.interpreter.intMaxStrDigits();
        };
    }

    public final Interpreter interpreter;
    /** The frame being executed, or null outside any Python code. */
    public PyFrame frame;
    /** Python frames on this thread's stack, checked against the recursion limit. */
    public int depth;
    /**
     * The deepest {@link #depth} this thread's Java stack surely holds, whatever the recursion
     * limit: past it a recursion ends in RecursionError at once rather than in a Java stack
     * overflow after filling the whole stack (slow, and the JVM cannot always recover from
     * one: a class whose initialisation it cuts short stays unusable).
     */
    private int depthCap = Integer.MAX_VALUE;

    /**
     * The Java stack that one level of {@link #depth} may take: a Python call costs about
     * 1–2 KB of interpreted Java frames (measured: plain calls, __getattr__, operators,
     * generators), so this leaves a wide margin for deeper native paths.
     */
    static final long STACK_BYTES_PER_LEVEL = 8 << 10;
    /** {@code sys.settrace}'s function for this thread, or null. */
    public PyObject traceFunction;
    /**
     * {@code sys.setprofile}'s function for this thread, or null; set it through
     * {@link #setProfileFunction}, which tells the call sites to look for builtin calls.
     */
    public PyObject profileFunction;
    /** Set while a trace or profile function runs: its own code is not traced. */
    boolean inTraceFunction;
    /** Whether a {@code sys.call_tracing} call runs ({@link Tracing#callTracing}). */
    boolean inCallTracing;
    /** {@code sys.set_coroutine_origin_tracking_depth}: frames a new coroutine records. */
    public int coroutineOriginDepth;
    /** The exception being handled by an except clause (sys.exc_info()), or null. */
    public PyBaseException handled;
    /**
     * How many exception handlers (except and finally clauses, {@code __exit__} calls) are
     * running on this thread: a generator that suspends inside one of its own keeps the
     * exception it handles as its own (CPython's {@code gi_exc_state}), not the caller's.
     */
    public int handlerDepth;
    /**
     * What {@link #handled} was when the running generator was last resumed: the caller's
     * exception, which sys.exc_info() shows in the generator until it handles its own. An
     * except clause in a generator that began on top of it ends by going back to the caller's
     * exception of the current resume, not of the resume it began in (CPython keeps a
     * separate exc_info per generator, gi_exc_state, chained to its caller's).
     */
    public PyBaseException handledBase;
    /** Calls and loop iterations left before the next visit to {@link SafePoints}. */
    private int ticks = TICK_INTERVAL;
    /** The current {@code contextvars.Context} of this thread, or null before first use. */
    public dev.krait.objects.PyObject context;
    /**
     * What to do when this thread's Python code ends (the {@code _thread._set_sentinel} locks
     * that {@code Thread.join} waits on), or null.
     */
    public java.util.List<Runnable> exitHooks;
    /** {@code sys.set_asyncgen_hooks}: called with each async generator first iterated. */
    public dev.krait.objects.PyObject asyncgenFirstiter;
    /** {@code sys.set_asyncgen_hooks}: the finalizer async generators record. */
    public dev.krait.objects.PyObject asyncgenFinalizer;
    /** {@code _asyncio._set_running_loop}: this thread's running event loop, or null. */
    public dev.krait.objects.PyObject asyncioRunningLoop;
    /** Set while {@link SafePoints} runs, so that callbacks it runs do not re-enter it. */
    boolean inSafePoint;

    /**
     * How many ticks (Python calls, loop iterations) pass between two safe points: small
     * enough that a thread in a busy loop hands the GIL over within a fraction of a
     * millisecond, large enough that the check costs nothing measurable.
     */
    public static final int TICK_INTERVAL = 200;

    /**
     * Ends an except clause: {@code saved} and {@code savedBase} are {@link #handled} and
     * {@link #handledBase} as the clause began.
     */
    public void restoreHandled(PyBaseException saved, PyBaseException savedBase) {
        handled = saved == savedBase ? handledBase : saved;
    }

    /**
     * The states of the threads running Python code now, of every interpreter: a
     * {@link KraitThread}'s from its start to its end, a foreign thread's from its
     * {@link #attach}.
     */
    static final java.util.Set<ThreadState> LIVE =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The Java thread this state runs on (null before it starts). */
    volatile Thread thread;
    /** Its POSIX thread ({@code pthread_self()}, 0 before it starts). */
    volatile long pthread;

    private static final class PthreadSelf {
        static final java.lang.invoke.MethodHandle H = java.lang.foreign.Linker.nativeLinker()
                .downcallHandle(java.lang.foreign.Linker.nativeLinker().defaultLookup()
                        .find("pthread_self").orElseThrow(), java.lang.foreign.FunctionDescriptor
                        .of(java.lang.foreign.ValueLayout.JAVA_LONG));
    }

    /**
     * Binds pthread_self (its holder's initialisation) ahead of the first Python thread's start,
     * for the {@code krait} command's start-up bindings ({@code modules.posix.StartupBindings}).
     */
    public static void bindPthreadSelf() {
        java.util.Objects.requireNonNull(PthreadSelf.H);
    }

    /** The calling thread's {@code pthread_self()}. */
    static long pthreadSelf() {
        try {
            return (long) PthreadSelf.H.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * The POSIX thread of the thread that {@code _thread.get_ident()} calls {@code ident} in
     * {@code interpreter} (what {@code signal.pthread_kill} and
     * {@code time.pthread_getcpuclockid} pass to the C library), or 0 when no such thread runs
     * Python code.
     */
    public static long pthreadOf(Interpreter interpreter, long ident) {
        ThreadState ts = live(interpreter).get(ident);
        return ts == null ? 0 : ts.pthread;
    }

    /**
     * The states of {@code interpreter}'s threads that run Python code now, keyed by the
     * identifier {@code _thread.get_ident()} gives them.
     */
    // CPython: Python/pystate.c _PyThread_CurrentFrames (the walk over the thread states)
    public static java.util.Map<Long, ThreadState> live(Interpreter interpreter) {
        java.util.Map<Long, ThreadState> all = new java.util.TreeMap<>();
        for (ThreadState ts : LIVE) {
            Thread t = ts.thread;
            if (t != null && !t.isAlive()) {
                LIVE.remove(ts);
            } else if (ts.interpreter == interpreter && t != null) {
                all.put(t.threadId(), ts);
            }
        }
        return all;
    }

    /**
     * Whether some thread runs {@code interpreter}'s Python code now (a stopped interpreter is
     * forgotten once none does); allocates nothing, as it runs at safe points.
     */
    static boolean runsPython(Interpreter interpreter) {
        for (ThreadState ts : LIVE) {
            Thread t = ts.thread;
            if (ts.interpreter == interpreter && t != null && t.isAlive()) {
                return true;
            }
        }
        return false;
    }

    public ThreadState(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** Caps the depth for a thread whose Java stack is {@code stackBytes} long. */
    void capDepthForStack(long stackBytes) {
        depthCap = (int) Math.min(Integer.MAX_VALUE, stackBytes / STACK_BYTES_PER_LEVEL);
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
            state.capDepthForStack(k.stackBytes);
        } else {
            FOREIGN.set(state);
            state.thread = Thread.currentThread();
            state.pthread = pthreadSelf();
            LIVE.add(state);
        }
    }

    /**
     * Enters a Python frame: links it to its caller and checks the recursion limit
     * (CPython: Python/ceval.c _Py_EnterRecursiveCallTstate, "maximum recursion depth
     * exceeded").
     */
    public void push(PyFrame f) {
        if (Signals.pending) {
            Signals.deliver();
        }
        if (--ticks < 0) {
            ticks = TICK_INTERVAL;
            SafePoints.run(this);
        }
        if (++depth > interpreter.recursionLimit() || depth > depthCap) {
            depth--;
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
        f.depth = depth;
        f.back = frame;
        frame = f;
        if (traceFunction != null || profileFunction != null) {
            try {
                Tracing.call(this, f);
            } catch (RuntimeException | Error e) {
                // the frame never runs: its caller's finally does not pop it
                pop(f);
                throw e;
            }
        }
    }

    /**
     * Installs (or, with null, removes) this thread's profile function. Once any thread has
     * had one, the evaluator's calls of builtins look for it ({@link Tracing#profilingSeen}).
     */
    // CPython: Python/ceval.c _PyEval_SetProfile
    public void setProfileFunction(PyObject function) {
        profileFunction = function;
        if (function != null) {
            Tracing.profilingSeen = true;
        }
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

    /**
     * Enters a recursive step of native code that has no frame of its own (the JSON scanner and
     * encoder, repr of nested containers), counted against the same recursion limit as Python
     * calls; {@code where} completes the message, as in CPython's
     * {@code _Py_EnterRecursiveCall(" while decoding a JSON array ...")}. Pair with
     * {@link #leaveRecursiveCall}.
     */
    public void enterRecursiveCall(String where) {
        if (++depth > interpreter.recursionLimit() || depth > depthCap) {
            depth--;
            throw Errors.recursionError("maximum recursion depth exceeded" + where);
        }
    }

    /**
     * The RecursionError for a Java StackOverflowError caught while {@code f} runs. The code cut
     * short between the overflow and here may have skipped the finally blocks that pop frames
     * and leave recursive steps, so the frame chain and the depth are set back to {@code f}'s.
     */
    public PyException stackOverflow(PyFrame f) {
        frame = f;
        depth = f.depth;
        return Errors.recursionError("maximum recursion depth exceeded");
    }

    /** Leaves the step entered by the matching {@link #enterRecursiveCall}. */
    public void leaveRecursiveCall() {
        depth--;
    }

    /** Leaves the frame entered by the matching {@link #push}. */
    public void pop(PyFrame f) {
        frame = f.back;
        depth--;
    }

    /** Starts handling {@code e} (sys.exc_info()); returns what to give {@link #endHandler}. */
    public PyBaseException beginHandler(PyBaseException e) {
        PyBaseException saved = handled;
        handled = e;
        handlerDepth++;
        return saved;
    }

    /** Ends the handler {@link #beginHandler} started, restoring the exception it replaced. */
    public void endHandler(PyBaseException saved) {
        handled = saved;
        handlerDepth--;
    }

    /**
     * Ends a handler that may have begun in an earlier resume of the running generator: what it
     * replaced was then the caller's exception ({@code savedBase}), and it goes back to the
     * caller's exception of this resume ({@link #restoreHandled}).
     */
    public void endHandler(PyBaseException saved, PyBaseException savedBase) {
        restoreHandled(saved, savedBase);
        handlerDepth--;
    }
}
