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
            arrivals++;
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

    /** How many signals have arrived (tripped or held) since the JVM started. */
    private static long arrivals;

    static long arrivals() {
        synchronized (ARRIVAL) {
            return arrivals;
        }
    }

    /**
     * Waits until a signal arrives after the {@code seen}-th ({@link #arrivals}) or
     * {@code nanos} pass.
     */
    static void awaitArrivalAfter(long seen, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        synchronized (ARRIVAL) {
            while (arrivals == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                ARRIVAL.wait(left / 1_000_000L, (int) (left % 1_000_000L));
            }
        }
    }

    // ---- signals the main thread blocks ------------------------------------------------------
    //
    // A signal sent to the process goes to any thread that does not block it, and the JVM's
    // threads block none of those Python programs use: blocking one in the main thread
    // (pthread_sigmask) cannot keep it pending in the kernel as it does in CPython, where the
    // main thread is the only one. So while the main thread blocks a signal, the JVM's handler
    // of it is replaced by one that holds each arrival back (HELD_PENDING) instead of running
    // it; sigpending and sigwait see the held ones, and unblocking gives them to the handler
    // that was replaced, as the kernel delivers a pending signal on unblock.

    /** The signals held back (bit n - 1 for signal n). */
    private static long held;
    /** The held signals that arrived and are not delivered yet. */
    private static final java.util.concurrent.atomic.AtomicLong HELD_PENDING =
            new java.util.concurrent.atomic.AtomicLong();
    /** Per held signal, the JVM handler that holding it replaced. */
    private static final SignalHandler[] SAVED = new SignalHandler[NSIG];
    private static final SignalHandler HOLD = sig -> {
        HELD_PENDING.getAndUpdate(p -> p | bit(sig.getNumber()));
        synchronized (ARRIVAL) {
            arrivals++;
            ARRIVAL.notifyAll();
        }
    };

    static long bit(int signum) {
        return 1L << (signum - 1);
    }

    static synchronized boolean isHeld(int signum) {
        return (held & bit(signum)) != 0;
    }

    /** The held signals that arrived and wait for delivery. */
    static long heldPending() {
        return HELD_PENDING.get();
    }

    /**
     * Starts holding back {@code signum}'s arrivals; false when the JVM keeps the signal for
     * itself (the program's block then covers what is sent to the main thread only).
     */
    static synchronized boolean hold(int signum) {
        if ((held & bit(signum)) != 0) {
            return true;
        }
        String name = jvmName(signum);
        if (name == null) {
            return false;
        }
        try {
            SAVED[signum] = Signal.handle(new Signal(name), HOLD);
        } catch (IllegalArgumentException e) {
            return false;
        }
        held |= bit(signum);
        return true;
    }

    /**
     * Stops holding the signals of {@code bits}: puts their handlers back and delivers what
     * arrived meanwhile to them, lowest number first -- a Python handler's signal trips, a
     * default action is taken by raising the signal again (the calling thread no longer
     * blocks it), an ignored one is dropped.
     */
    static void release(long asked) {
        long arrived;
        SignalHandler[] handlers = new SignalHandler[NSIG];
        synchronized (SignalDispatch.class) {
            long bits = asked & held;
            for (int n = 1; n < NSIG; n++) {
                if ((bits & bit(n)) != 0) {
                    handlers[n] = SAVED[n];
                    Signal.handle(new Signal(jvmName(n)), SAVED[n]);
                    SAVED[n] = null;
                }
            }
            held &= ~bits;
            arrived = HELD_PENDING.getAndUpdate(p -> p & ~bits) & bits;
        }
        for (int n = 1; n < NSIG; n++) {
            if ((arrived & bit(n)) == 0 || handlers[n] == SignalHandler.SIG_IGN) {
                continue;
            }
            if (handlers[n] == SignalHandler.SIG_DFL || handlers[n] == null) {
                dev.krait.modules.posix.ProcessCalls.raise(n);
            } else {
                handlers[n].handle(new Signal(jvmName(n)));
            }
        }
    }

    /** Takes the lowest held signal of {@code bits} that arrived; 0 when none did. */
    static int takeHeld(long bits) {
        while (true) {
            long p = HELD_PENDING.get();
            long mine = p & bits;
            if (mine == 0) {
                return 0;
            }
            long lowest = Long.lowestOneBit(mine);
            if (HELD_PENDING.compareAndSet(p, p & ~lowest)) {
                return Long.numberOfTrailingZeros(lowest) + 1;
            }
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
        synchronized (SignalDispatch.class) {
            if ((held & bit(signum)) != 0) {
                // held: the handler takes over when the hold ends
                SAVED[signum] = h;
                return true;
            }
        }
        try {
            Signal.handle(new Signal(name), h);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
