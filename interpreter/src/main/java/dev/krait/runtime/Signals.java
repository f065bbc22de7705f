package dev.krait.runtime;

import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;

/**
 * Signals at safe points, and stop requests ({@link Interpreter#requestStop}), which ride on
 * the same flag. SIGINT (Ctrl-C) as CPython handles it by default: the operating
 * system's signal only sets a flag, and the main Python thread raises {@code KeyboardInterrupt}
 * at its next safe point (a loop's next iteration or a call), never in the middle of an
 * operation. Uncaught, it ends the program with CPython's traceback and status 130. The same
 * flag ({@link #pending}) brings the signal module's Python handlers to run at the main
 * thread's next safe point, as CPython's eval breaker runs them between two bytecodes.
 *
 * <p>The flag is a JVM-wide static because a signal is process-wide; it only says "look": the
 * exception is raised by the thread whose {@link ThreadState} was made the receiver (the one
 * running {@code __main__} for the command line), so other interpreters in the JVM, and other
 * threads, never see it. The handler is installed only by the command line
 * ({@link #installSigintHandler}); an embedding application keeps its own.
 *
 * <p>CPython counterpart: Modules/signalmodule.c {@code signal_handler},
 * {@code PyErr_CheckSignals} and {@code signal_default_int_handler}; Python/ceval.c's eval
 * breaker.
 */
public final class Signals {
    private Signals() {}

    /**
     * Whether a safe point has work: a SIGINT to raise, or a signal whose Python handler must
     * run (CPython's eval breaker). Read at every call and loop iteration, so it must stay one
     * cheap read; {@link #deliver} says what the work is.
     */
    public static volatile boolean pending;

    /** Set by the SIGINT handler; cleared when the receiver raises KeyboardInterrupt. */
    private static volatile boolean sigintPending;

    /** Set when a signal with a Python handler arrived and its handler has not run yet. */
    private static volatile boolean handlersPending;

    /**
     * What runs the Python handlers of arrived signals at a safe point (the signal module's,
     * which knows each interpreter's handlers and main thread); null before it is imported.
     */
    private static volatile java.util.function.Consumer<ThreadState> handlerRunner;

    private static volatile ThreadState receiver;

    /**
     * Set while an interpreter that was asked to stop ({@link Interpreter#requestStop}) may
     * still run Python code on some thread: keeps {@link #pending} set, so that its threads'
     * safe points come to {@link #deliver}, which unwinds them.
     */
    private static volatile boolean stopping;

    /** The interpreters asked to stop whose threads have not all ended yet. */
    private static final java.util.Set<Interpreter> STOPPING =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Says that {@code interpreter} was asked to stop: its threads' safe points unwind them. */
    static void stopRequested(Interpreter interpreter) {
        STOPPING.add(interpreter);
        stopping = true;
        pending = true;
    }

    /**
     * Forgets the stopped interpreters that no thread runs any more; once none is left, the
     * safe points of the interpreters that go on stop coming to {@link #deliver} for nothing.
     */
    private static void forgetEndedStops() {
        STOPPING.removeIf(interpreter -> !ThreadState.runsPython(interpreter));
        if (!STOPPING.isEmpty()) {
            return;
        }
        stopping = false;
        pending = sigintPending || handlersPending;
        // a stop or a signal that came meanwhile keeps the flag set
        if (!STOPPING.isEmpty()) {
            stopping = true;
            pending = true;
        } else if (sigintPending || handlersPending) {
            pending = true;
        }
    }

    /**
     * Routes SIGINT to Krait: from now on Ctrl-C sets the flag. Returns false where the JVM
     * does not let us handle the signal (then Ctrl-C ends the JVM as before).
     */
    public static boolean installSigintHandler() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> {
                sigintPending = true;
                pending = true;
                synchronized (SIGINT_ARRIVAL) {
                    SIGINT_ARRIVAL.notifyAll();
                    if (sigintWaiter != null) {
                        sigintWaiter.interrupt();
                        sigintWaiterInterrupted = true;
                    }
                }
            });
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** What {@link #awaitSigint} waits on; notified by the SIGINT handler. */
    private static final Object SIGINT_ARRIVAL = new Object();

    /** The receiving thread while it blocks in {@link #beginSigintWait}'s wait, or null. */
    private static Thread sigintWaiter;
    private static boolean sigintWaiterInterrupted;

    /**
     * Makes a SIGINT interrupt the current thread's blocking wait (a lock's acquire) until
     * {@link #endSigintWait}: what the receiving thread does before the signal module is
     * imported, as CPython's SIGINT interrupts such a wait. Returns false, registering nothing,
     * when a SIGINT is already pending.
     */
    public static boolean beginSigintWait() {
        synchronized (SIGINT_ARRIVAL) {
            if (sigintPending) {
                return false;
            }
            sigintWaiter = Thread.currentThread();
            sigintWaiterInterrupted = false;
            return true;
        }
    }

    /** Ends {@link #beginSigintWait}, clearing the interrupt the signal may have left. */
    public static void endSigintWait() {
        synchronized (SIGINT_ARRIVAL) {
            sigintWaiter = null;
            if (sigintWaiterInterrupted) {
                Thread.interrupted();
                sigintWaiterInterrupted = false;
            }
        }
    }

    /** Whether {@code ts} is the thread that raises KeyboardInterrupt for a SIGINT. */
    public static boolean receives(ThreadState ts) {
        return ts != null && ts == receiver;
    }

    /**
     * Waits up to {@code nanos} (forever when negative) or until a SIGINT is pending; returns
     * whether one is. A blocking call of the receiving thread made before the signal module
     * was imported waits with this, so that Ctrl-C interrupts it as it interrupts CPython's
     * (whose SIGINT handler is installed at start-up, _signal imported or not); the caller
     * then raises the KeyboardInterrupt through {@link #deliver}.
     */
    // CPython: Python/pylifecycle.c init_signals installs signal_handler for SIGINT
    public static boolean awaitSigint(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        synchronized (SIGINT_ARRIVAL) {
            while (!sigintPending) {
                if (nanos < 0) {
                    SIGINT_ARRIVAL.wait();
                    continue;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                SIGINT_ARRIVAL.wait(left / 1_000_000L, (int) (left % 1_000_000L));
            }
            return true;
        }
    }

    /**
     * Gives SIGTERM and SIGHUP back their default action, as a CPython process has them: the
     * process ends by the signal (a parent's subprocess sees returncode -15 or -1), where the
     * JVM's own handlers would run its shutdown and exit with status 143 or 129. Like CPython,
     * nothing is flushed and no atexit function runs. Only the process's own entry point does
     * this; an embedding JVM keeps its handlers.
     */
    // CPython: Python/pylifecycle.c leaves them at SIG_DFL (it installs only SIGINT's handler
    // and ignores SIGPIPE, SIGXFSZ)
    public static void restoreDefaultTermination() {
        for (String name : new String[] {"TERM", "HUP"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name),
                        sun.misc.SignalHandler.SIG_DFL);
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // the JVM keeps this one (e.g. under -Xrs): its own handling stays
            }
        }
    }

    /**
     * Ignores SIGPIPE and SIGXFSZ in the process, as CPython does at start-up: a write to a
     * closed pipe or past the file size limit fails with EPIPE or EFBIG instead of killing the
     * process (the JVM's own handlers for them did that already), and, what only the real
     * disposition gives, children inherit the two signals ignored, as CPython's do unless
     * {@code subprocess}'s {@code restore_signals} puts their defaults back. Only a process's
     * own entry point does this (the command line, the test suite's worker).
     */
    // CPython: Python/pylifecycle.c init_signals (PyOS_setsig(SIGPIPE / SIGXFSZ, SIG_IGN))
    public static void ignorePipeAndFileSize() {
        for (String name : new String[] {"PIPE", "XFSZ"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name),
                        sun.misc.SignalHandler.SIG_IGN);
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // the JVM keeps this one: its handler ignores the signal too
            }
        }
    }

    /**
     * Acts as if SIGINT had arrived and met its default Python handler (which raises
     * KeyboardInterrupt in the receiver): {@code _thread.interrupt_main} before the signal
     * module is imported.
     */
    public static void simulateSigint() {
        sigintPending = true;
        pending = true;
    }

    /** Makes {@code ts} the thread that raises KeyboardInterrupt for a pending SIGINT. */
    public static void setReceiver(ThreadState ts) {
        receiver = ts;
    }

    /** Installs what runs the Python signal handlers at safe points (the signal module). */
    public static void setHandlerRunner(java.util.function.Consumer<ThreadState> runner) {
        handlerRunner = runner;
    }

    /**
     * Says that a signal with a Python handler arrived: the next safe point of the thread that
     * runs handlers calls them (CPython: Modules/signalmodule.c trip_signal's
     * _PyEval_SignalReceived).
     */
    public static void handlersTripped() {
        handlersPending = true;
        pending = true;
    }

    /**
     * Says that the Python handlers of the signals that arrived so far are being run; call it
     * before taking the arrived signals, so that one arriving meanwhile sets the flags again.
     */
    public static void handlersTaken() {
        handlersPending = false;
        pending = sigintPending || stopping;
    }

    /**
     * Called at a safe point when {@link #pending} is set: a thread of an interpreter asked to
     * stop throws {@link InterpreterStopped}; on the receiving thread, a SIGINT raises
     * KeyboardInterrupt; on the thread that runs signal handlers, the Python handlers of
     * arrived signals run (their exception propagates). Other threads do nothing: the
     * receiver will.
     */
    public static void deliver() {
        ThreadState ts = ThreadState.current();
        if (ts == null) {
            return;
        }
        if (stopping) {
            if (ts.interpreter.stopRequested()) {
                throw new InterpreterStopped();
            }
            forgetEndedStops();
        }
        if (sigintPending && ts == receiver) {
            sigintPending = false;
            pending = handlersPending || stopping;
            throw keyboardInterrupt();
        }
        java.util.function.Consumer<ThreadState> runner = handlerRunner;
        if (handlersPending && runner != null) {
            runner.accept(ts);
        }
    }

    private static PyException keyboardInterrupt() {
        // CPython: signal.default_int_handler raises KeyboardInterrupt with no arguments
        return ((dev.krait.objects.PyBaseException) dev.krait.objects.Ops.call(
                PyExceptions.KeyboardInterrupt)).raise();
    }
}
