package dev.krait.runtime;

import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;

/**
 * SIGINT (Ctrl-C) as CPython handles it by default: the operating system's signal only sets a
 * flag, and the main Python thread raises {@code KeyboardInterrupt} at its next safe point (a
 * loop's next iteration or a call), never in the middle of an operation. Uncaught, it ends the
 * program with CPython's traceback and status 130.
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

    /** Set by the signal handler; read at every safe point, so it must stay cheap. */
    public static volatile boolean sigintPending;

    private static volatile ThreadState receiver;

    /**
     * Routes SIGINT to Krait: from now on Ctrl-C sets the flag. Returns false where the JVM
     * does not let us handle the signal (then Ctrl-C ends the JVM as before).
     */
    public static boolean installSigintHandler() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> {
                sigintPending = true;
            });
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Makes {@code ts} the thread that raises KeyboardInterrupt for a pending SIGINT. */
    public static void setReceiver(ThreadState ts) {
        receiver = ts;
    }

    /**
     * Called at a safe point when {@link #sigintPending} is set: on the receiving thread, clears
     * the flag and raises KeyboardInterrupt; elsewhere does nothing (the receiver will).
     */
    public static void deliver() {
        ThreadState ts = ThreadState.current();
        if (ts == null || ts != receiver) {
            return;
        }
        sigintPending = false;
        throw keyboardInterrupt();
    }

    private static PyException keyboardInterrupt() {
        // CPython: signal.default_int_handler raises KeyboardInterrupt with no arguments
        return ((dev.krait.objects.PyBaseException) dev.krait.objects.Ops.call(
                PyExceptions.KeyboardInterrupt)).raise();
    }
}
