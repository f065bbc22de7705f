package dev.krait.modules.signal;

import java.util.concurrent.atomic.AtomicIntegerArray;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The process's side of signals. The operating system delivers a signal to the JVM, whose
 * dispatcher thread calls the handler registered here; that handler only records the signal
 * as tripped and wakes whoever waits ({@code time.sleep}, {@code signal.pause}), as CPython's
 * C-level handler only sets a flag. The Python handler runs later on the interpreter's main
 * thread, at a safe point ({@link SignalState#runPending}). Like the signal dispositions it
 * mirrors, this is one per process, hence static.
 *
 * <p>The JVM keeps some signals for itself (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGQUIT and
 * others): for those {@link #install} fails and {@code signal.signal} raises OSError(EINVAL).
 *
 * <p>CPython counterpart: Modules/signalmodule.c {@code signal_handler}, {@code trip_signal}.
 */
final class SignalDispatch {
    private SignalDispatch() {}

    static final int NSIG = 65;

    /** Per signal number, 1 when it arrived and its Python handler has not run yet. */
    private static final AtomicIntegerArray TRIPPED = new AtomicIntegerArray(NSIG);
    /** What waiters block on; notified at each arrival. */
    private static final Object ARRIVAL = new Object();
    private static volatile boolean anyTripped;
    /** signal.set_wakeup_fd's descriptor (-1: none): each arrival writes its number there. */
    private static volatile int wakeupFd = -1;

    /** Sets the wake-up descriptor and returns the previous one. */
    static synchronized int setWakeupFd(int fd) {
        int old = wakeupFd;
        wakeupFd = fd;
        return old;
    }

    /** Marks {@code signum} tripped and wakes the waiters. */
    // CPython: Modules/signalmodule.c trip_signal (the wake-up byte is the signal number)
    static void trip(int signum) {
        TRIPPED.set(signum, 1);
        anyTripped = true;
        dev.krait.runtime.Signals.handlersTripped();
        int fd = wakeupFd;
        if (fd >= 0) {
            try {
                dev.krait.modules.posix.PosixCalls.write(fd, new byte[] {(byte) signum}, 0, 1);
            } catch (RuntimeException e) {
                // CPython reports a full or closed wake-up fd later, never in the handler
            }
        }
        synchronized (ARRIVAL) {
            ARRIVAL.notifyAll();
        }
        synchronized (WAITER_LOCK) {
            if (waiter != null) {
                waiter.interrupt();
                waiterInterrupted = true;
            }
        }
    }

    /** The main thread while it blocks in a wait that a signal interrupts (a lock's acquire). */
    private static final Object WAITER_LOCK = new Object();
    private static Thread waiter;
    private static boolean waiterInterrupted;

    /**
     * Makes the arrival of a signal interrupt the current thread until {@link #endWait};
     * returns false, registering nothing, when a signal has already arrived.
     */
    static boolean beginWait() {
        synchronized (WAITER_LOCK) {
            if (anyTripped) {
                return false;
            }
            waiter = Thread.currentThread();
            waiterInterrupted = false;
            return true;
        }
    }

    /** Ends {@link #beginWait}, clearing the interrupt a signal may have left. */
    static void endWait() {
        synchronized (WAITER_LOCK) {
            waiter = null;
            if (waiterInterrupted) {
                Thread.interrupted();
                waiterInterrupted = false;
            }
        }
    }

    static boolean anyTripped() {
        return anyTripped;
    }

    /** Clears and returns whether {@code signum} had tripped. */
    static boolean take(int signum) {
        return TRIPPED.getAndSet(signum, 0) == 1;
    }

    static void clearAnyFlag() {
        anyTripped = false;
    }

    /**
     * Waits until a signal arrives or {@code nanos} pass (forever when negative); returns
     * whether one arrived.
     */
    static boolean await(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        synchronized (ARRIVAL) {
            while (!anyTripped) {
                if (nanos < 0) {
                    ARRIVAL.wait();
                    continue;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                ARRIVAL.wait(left / 1_000_000L, (int) (left % 1_000_000L));
            }
            return true;
        }
    }

    /** The JVM's name of a signal number ("INT" for 2), or null when it has none. */
    static String jvmName(int signum) {
        String name = SignalNames.name(signum);
        return name == null ? null : name.substring(3);
    }

    /**
     * Sets the process's disposition of {@code signum}: 0 default, 1 ignore, 2 a Python
     * handler (trip). Returns false when the JVM will not let the signal be handled.
     */
    static boolean install(int signum, int kind) {
        String name = jvmName(signum);
        if (name == null) {
            return false;
        }
        SignalHandler h = switch (kind) {
            case 0 -> SignalHandler.SIG_DFL;
            case 1 -> SignalHandler.SIG_IGN;
            default -> sig -> trip(sig.getNumber());
        };
        try {
            Signal.handle(new Signal(name), h);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
