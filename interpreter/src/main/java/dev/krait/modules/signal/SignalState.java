package dev.krait.modules.signal;

import dev.krait.objects.Ops;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;

/**
 * One interpreter's signal handlers: what {@code signal.getsignal} answers for each number,
 * and the thread allowed to set them and run them: the interpreter's main thread (the one that
 * runs {@code __main__}, whichever thread imports {@code _signal}), as in CPython. {@link
 * #runPending} is the safe
 * point: it runs the Python handlers of the signals that arrived, on that thread.
 *
 * <p>CPython counterpart: Modules/signalmodule.c {@code signal_state_t},
 * {@code _PyErr_CheckSignalsTstate}.
 */
public final class SignalState {
    final PyObject[] handlers = new PyObject[SignalDispatch.NSIG];
    /** The interpreter whose main thread runs the handlers; null until _signal is imported. */
    private Interpreter interp;
    PyObject defaultIntHandler;

    private SignalState() {}

    static SignalState of(Interpreter interp) {
        return interp.state(SignalState.class, SignalState::new);
    }

    /** The state of the current thread's interpreter, or null when it never imported _signal. */
    static SignalState current() {
        ThreadState ts = ThreadState.current();
        if (ts == null) {
            return null;
        }
        SignalState s = of(ts.interpreter);
        return s.interp == null ? null : s;
    }

    /** The interval timers (bit 1 << ITIMER_*) this interpreter's program armed. */
    private int armedTimers;

    /** Says that the program armed interval timer {@code which} ({@code alarm} is ITIMER_REAL). */
    synchronized void armed(int which) {
        armedTimers |= 1 << which;
    }

    /**
     * What an interpreter asked to stop ({@link Interpreter#requestStop}) gives back of the
     * process, which the JVM outlives, so that the program that runs next gets its own signals:
     * the timers its program armed are disarmed (their signals would come to the next program),
     * and the arrivals its handlers had not taken yet are dropped, as its process would have
     * dropped them. Its main thread takes no signal from here on ({@link #runPending}).
     */
    private void releaseOnStop() {
        int timers;
        synchronized (this) {
            timers = armedTimers;
            armedTimers = 0;
        }
        for (int which = Itimers.ITIMER_REAL; which <= Itimers.ITIMER_PROF; which++) {
            if ((timers & 1 << which) != 0) {
                Itimers.disarm(which);
            }
        }
        for (int i = 1; i < handlers.length; i++) {
            if (handlers[i] != null && !(handlers[i] instanceof PyInt)) {
                SignalDispatch.take(i);
            }
        }
    }

    void initialise(Interpreter interpreter, PyObject intHandler) {
        interp = interpreter;
        interpreter.addStopHook(this::releaseOnStop);
        // the evaluator's safe points run the handlers on this thread (once set, for every
        // interpreter: each runs its own handlers on its own main thread)
        dev.krait.runtime.Signals.setHandlerRunner(SignalState::runAtSafePoint);
        defaultIntHandler = intHandler;
        for (int i = 1; i < handlers.length; i++) {
            handlers[i] = PyInt.of(0);
        }
        handlers[2] = intHandler;
        handlers[13] = PyInt.of(1);
        handlers[25] = PyInt.of(1);
    }

    boolean onMainThread() {
        return Thread.currentThread() == interp.mainThread();
    }

    /**
     * Runs, on the main thread, the Python handlers of the signals that arrived, lowest number
     * first, each called with the signal number and the current frame (a handler's exception
     * propagates, the rest wait for the next safe point).
     */
    // CPython: Modules/signalmodule.c _PyErr_CheckSignalsTstate
    void runPending() {
        if (!onMainThread() || interp.stopRequested()) {
            // a stopped interpreter's thread leaves the signals to the program that runs next
            return;
        }
        // before the flags are cleared: a signal arriving from here on sets them again
        dev.krait.runtime.Signals.handlersTaken();
        if (!SignalDispatch.anyTripped()) {
            return;
        }
        SignalDispatch.clearAnyFlag();
        for (int i = 1; i < SignalDispatch.NSIG; i++) {
            if (!SignalDispatch.take(i)) {
                continue;
            }
            PyObject h = handlers[i];
            if (h == null || h instanceof PyInt) {
                continue;
            }
            ThreadState ts = ThreadState.current();
            PyObject frame = ts == null || ts.frame == null ? PyNone.NONE : ts.frame;
            Ops.call(h, PyInt.of(i), frame);
        }
    }

    /** A safe point of the evaluator on {@code ts}: runs the pending handlers on the main
     *  thread of its interpreter. */
    private static void runAtSafePoint(ThreadState ts) {
        SignalState s = of(ts.interpreter);
        if (s.interp != null) {
            s.runPending();
        }
    }

    /**
     * The safe point that blocking calls of other modules ({@code time.sleep},
     * {@code os.kill} to this process) use: runs the pending handlers of the current
     * interpreter, if it has any.
     */
    public static void checkSignals() {
        SignalState s = current();
        if (s != null) {
            s.runPending();
        }
    }

    /**
     * Waits up to {@code nanos} for a signal (forever when negative) and runs its handlers;
     * returns whether one arrived. A handler's exception propagates.
     */
    public static boolean sleepInterruptibly(long nanos) throws InterruptedException {
        SignalState s = current();
        boolean onMain = s != null && s.onMainThread();
        // before _signal is imported only SIGINT has a handler (the runtime's), and only the
        // thread that receives it must wake for it
        boolean sigintOnly = s == null
                && dev.krait.runtime.Signals.receives(ThreadState.current());
        // other Python threads run while this one waits (CPython: Py_BEGIN_ALLOW_THREADS);
        // the handlers run after, with the GIL held again
        boolean arrived = dev.krait.runtime.Gil.allowThreads(() -> {
            try {
                if (onMain) {
                    return SignalDispatch.await(nanos);
                }
                if (sigintOnly) {
                    return dev.krait.runtime.Signals.awaitSigint(nanos);
                }
                if (nanos >= 0) {
                    Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
                } else {
                    Thread.sleep(Long.MAX_VALUE);
                }
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (arrived) {
            if (s != null) {
                s.runPending();
            } else {
                // the pending SIGINT: KeyboardInterrupt on this thread
                dev.krait.runtime.Signals.deliver();
            }
        }
        return arrived;
    }

    /** A blocking wait of at most {@code nanos} (forever when negative) for something. */
    @FunctionalInterface
    public interface BlockingWait {
        boolean await(long nanos) throws InterruptedException;
    }

    private enum WaitEnd { DONE, TIMED_OUT, SIGNALLED }

    /**
     * Runs {@code wait} with the GIL released; on the main thread a signal's arrival interrupts
     * it, its Python handlers run (an exception of theirs propagates, e.g. KeyboardInterrupt),
     * and the wait goes on for what is left of {@code nanos}. Returns what the wait returned,
     * false when the time ran out. Other threads wait without interruption.
     */
    // CPython: Modules/_threadmodule.c acquire_timed (the PY_LOCK_INTR retry loop)
    public static boolean awaitRunningHandlers(long nanos, BlockingWait wait) {
        SignalState s = current();
        if (s == null && dev.krait.runtime.Signals.receives(ThreadState.current())) {
            return awaitUntilSigint(nanos, wait);
        }
        if (s == null || !s.onMainThread()) {
            return dev.krait.runtime.Gil.allowThreads(() -> {
                try {
                    return wait.await(nanos);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
        }
        long deadline = System.nanoTime() + nanos;
        long left = nanos;
        while (true) {
            final long slice = left;
            WaitEnd end = dev.krait.runtime.Gil.allowThreads(() -> {
                if (!SignalDispatch.beginWait()) {
                    return WaitEnd.SIGNALLED;
                }
                try {
                    return wait.await(slice) ? WaitEnd.DONE : WaitEnd.TIMED_OUT;
                } catch (InterruptedException e) {
                    return WaitEnd.SIGNALLED;
                } finally {
                    SignalDispatch.endWait();
                }
            });
            if (end != WaitEnd.SIGNALLED) {
                // CPython's CALL looks at the eval breaker as the call returns: what arrived
                // without interrupting the wait (interrupt_main) acts now, with what the wait
                // took already taken (threading's clean-ups count on that, bpo-45274)
                if (dev.krait.runtime.Signals.pending) {
                    dev.krait.runtime.Signals.deliver();
                }
                return end == WaitEnd.DONE;
            }
            if (s.interp.stopRequested()) {
                // the interrupt was the stop request's: the wait must not begin again
                throw new dev.krait.runtime.InterpreterStopped();
            }
            s.runPending();
            if (nanos >= 0) {
                left = deadline - System.nanoTime();
                if (left <= 0) {
                    // one last try without waiting, as acquire_timed's final attempt
                    left = 0;
                }
            }
        }
    }

    /**
     * {@link #awaitRunningHandlers} before _signal is imported, on the thread that receives
     * SIGINT: the runtime's SIGINT handler interrupts the wait, which then ends with
     * KeyboardInterrupt (or a stop request's unwinding) instead of going on to its end.
     */
    private static boolean awaitUntilSigint(long nanos, BlockingWait wait) {
        WaitEnd end = dev.krait.runtime.Gil.allowThreads(() -> {
            if (!dev.krait.runtime.Signals.beginSigintWait()) {
                return WaitEnd.SIGNALLED;
            }
            try {
                return wait.await(nanos) ? WaitEnd.DONE : WaitEnd.TIMED_OUT;
            } catch (InterruptedException e) {
                return WaitEnd.SIGNALLED;
            } finally {
                dev.krait.runtime.Signals.endSigintWait();
            }
        });
        if (dev.krait.runtime.Signals.pending) {
            dev.krait.runtime.Signals.deliver();
        }
        if (end == WaitEnd.SIGNALLED) {
            // interrupted by something that is not a SIGINT (nor a stop): keep the interrupt
            Thread.currentThread().interrupt();
        }
        return end == WaitEnd.DONE;
    }

    /**
     * {@code _thread.interrupt_main(signum)}: simulates the arrival of {@code signum} as its
     * Python handler sees it -- the handler runs on the main thread at its next safe point
     * (at once when the caller is the main thread), while a signal ignored or left to its
     * default action does nothing. Returns false when {@code signum} is out of range.
     */
    // CPython: Modules/signalmodule.c PyErr_SetInterruptEx
    public static boolean interruptMain(Interpreter interp, int signum) {
        if (signum < 1 || signum >= SignalDispatch.NSIG) {
            return false;
        }
        SignalState s = of(interp);
        if (s.interp == null) {
            // _signal never imported: the handlers are those CPython starts with, where only
            // SIGINT's is a Python function (default_int_handler)
            if (signum == 2) {
                dev.krait.runtime.Signals.simulateSigint();
            }
        } else {
            PyObject h = s.handlers[signum];
            if (h != null && !(h instanceof PyInt)) {
                SignalDispatch.tripQuietly(signum);
            }
        }
        // CPython's eval breaker looks as the call returns: on the main thread the handler
        // runs before the next statement
        if (dev.krait.runtime.Signals.pending) {
            dev.krait.runtime.Signals.deliver();
        }
        return true;
    }

    /** Per signal, whether another module's JVM-level handler (faulthandler's) is installed. */
    private static final java.util.concurrent.atomic.AtomicIntegerArray NATIVE_INSTALLED =
            new java.util.concurrent.atomic.AtomicIntegerArray(SignalDispatch.NSIG);
    /** Per signal, how many times that handler has finished. */
    private static final java.util.concurrent.atomic.AtomicIntegerArray NATIVE_RUNS =
            new java.util.concurrent.atomic.AtomicIntegerArray(SignalDispatch.NSIG);
    private static final Object NATIVE_LOCK = new Object();

    /** Says that a JVM-level handler of {@code signum} is installed (or removed). */
    public static void nativeHandler(int signum, boolean installed) {
        if (signum > 0 && signum < SignalDispatch.NSIG) {
            NATIVE_INSTALLED.set(signum, installed ? 1 : 0);
        }
    }

    /** How many times the JVM-level handler of {@code signum} has run (0 for none). */
    public static int nativeRuns(int signum) {
        return signum > 0 && signum < SignalDispatch.NSIG ? NATIVE_RUNS.get(signum) : 0;
    }

    /** Called by a JVM-level handler when it has done its work. */
    public static void nativeHandlerRan(int signum) {
        NATIVE_RUNS.incrementAndGet(signum);
        synchronized (NATIVE_LOCK) {
            NATIVE_LOCK.notifyAll();
        }
    }

    /**
     * After {@code os.kill} to this process: waits (up to 2 s) until the JVM-level handler of
     * {@code signum}, if one is installed, has run once more than {@code runsBefore} times, as
     * CPython's C handler has run when kill returns.
     */
    public static void awaitNativeHandler(int signum, int runsBefore) {
        if (signum <= 0 || signum >= SignalDispatch.NSIG || NATIVE_INSTALLED.get(signum) == 0) {
            return;
        }
        // generous: the wait ends as soon as the handler has run, and a loaded machine can
        // take long to start the JVM's handler thread
        long deadline = System.nanoTime() + 2_000_000_000L;
        synchronized (NATIVE_LOCK) {
            while (NATIVE_RUNS.get(signum) <= runsBefore) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    NATIVE_LOCK.wait(left / 1_000_000L + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The JVM's name of a signal number ("USR1" for 10), or null (faulthandler.register). */
    public static String jvmName(int signum) {
        return SignalDispatch.jvmName(signum);
    }

    /**
     * After {@code os.kill} sent {@code signum} to this process: POSIX delivers a signal sent
     * to oneself before kill returns, so wait (briefly) for the JVM's dispatcher to pass it on
     * when a Python handler is waiting for it, then run the handlers.
     */
    public static void afterSelfKill(int signum) {
        SignalState s = current();
        if (s == null || signum <= 0 || signum >= SignalDispatch.NSIG) {
            return;
        }
        if (SignalDispatch.isHeld(signum)) {
            // blocked by the main thread: the signal is pending when kill returns
            awaitHeld(signum);
            return;
        }
        if (s.handlers[signum] instanceof PyInt || s.handlers[signum] == null) {
            return;
        }
        // SIGINT under its default handler is the command line's (runtime.Signals), which
        // sets the safe-point flag only: wait for either
        long deadline = System.nanoTime() + 200_000_000L;
        try {
            while (!SignalDispatch.anyTripped() && !sigintArrived(s, signum)
                    && System.nanoTime() < deadline) {
                SignalDispatch.await(Math.min(deadline - System.nanoTime(), 10_000_000L));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (dev.krait.runtime.Signals.pending && s.onMainThread()) {
            // the KeyboardInterrupt (or handler) comes as the call returns, as CPython's
            // eval breaker raises it before the next bytecode
            dev.krait.runtime.Signals.deliver();
        }
        s.runPending();
    }

    private static boolean sigintArrived(SignalState s, int signum) {
        return signum == 2 && s.handlers[2] == s.defaultIntHandler
                && dev.krait.runtime.Signals.pending;
    }

    /** Waits (briefly) until the held signal {@code signum} has reached the JVM's dispatcher. */
    static void awaitHeld(int signum) {
        long deadline = System.nanoTime() + 200_000_000L;
        try {
            while ((SignalDispatch.heldPending() & SignalDispatch.bit(signum)) == 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                SignalDispatch.awaitArrivalAfter(SignalDispatch.arrivals(), Math.min(left,
                        10_000_000L));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
