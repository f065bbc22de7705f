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
 * <p>Signals the main thread blocks ({@code pthread_sigmask}) are held back here: the kernel
 * gives a process signal to any thread that does not block it, and the JVM's other threads
 * block none, so while the main thread blocks a signal its JVM handler is swapped for one that
 * only records the arrival; unblocking puts the handler back and delivers what arrived (the
 * Python handler runs before {@code pthread_sigmask} returns), and {@code sigwait} takes a
 * recorded arrival instead. The JVM's own signals are never swapped nor really blocked, so
 * its handling of them (null checks, thread dumps) goes on; the section on held signals below
 * says why nothing CPython would keep is lost.
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
    /**
     * Set with {@link #anyTripped} by a real signal, not by {@code interrupt_main}: a wait the
     * main thread begins after such a signal ends at once, as the C call it stands for would
     * have been interrupted (the signal came between the safe point and the wait).
     */
    private static volatile boolean interrupting;
    /** signal.set_wakeup_fd's descriptor (-1: none): each arrival writes its number there. */
    private static volatile int wakeupFd = -1;

    /** Sets the wake-up descriptor and returns the previous one. */
    static synchronized int setWakeupFd(int fd) {
        int old = wakeupFd;
        wakeupFd = fd;
        return old;
    }

    /**
     * Marks {@code signum} tripped and wakes the waiters: a blocking call of the main thread
     * ends early as the C call a real signal interrupts (EINTR) does.
     */
    static void trip(int signum) {
        tripQuietly(signum);
        interrupting = true;
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

    /**
     * Marks {@code signum} tripped for the next safe point without waking anyone:
     * {@code _thread.interrupt_main}, which sends no real signal, so a lock's acquire or a
     * sleep of the main thread goes on (ending the wait early would let {@code Thread.join}'s
     * clean-up race the ending thread for its lock).
     */
    // CPython: Modules/signalmodule.c trip_signal (the wake-up byte is the signal number)
    static void tripQuietly(int signum) {
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
            if (interrupting) {
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
        interrupting = false;
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
    // CPython's main thread is usually the process's only thread, so a signal it blocks stays
    // pending in the kernel until it unblocks it or takes it with sigwait. A JVM has many
    // threads, and the kernel gives a signal sent to the process to any thread that does not
    // block it; the JVM's threads block none of the signals Python programs use, so blocking
    // one on the main thread alone would not keep it pending: another thread would take it and
    // the JVM's dispatcher would run its handler at once.
    //
    // So a signal the main thread blocks is both blocked in the main thread's real mask (what
    // is sent to that thread alone, by pthread_kill or raise, stays pending in the kernel) and
    // held back at the JVM level: its JVM handler is swapped for HOLD, which records each
    // arrival in HELD_PENDING instead of acting on it. sigpending and sigwait see the held
    // arrivals as well as the kernel's; unblocking puts the swapped handler back and gives it
    // what arrived meanwhile, as the kernel delivers a pending signal on unblock. The JVM's own
    // signal handling is untouched: the signals it needs (SIGSEGV for null checks, SIGQUIT for
    // thread dumps, SIGBUS, SIGFPE, SIGILL, SIGUSR2) cannot be swapped (Signal.handle refuses
    // them) and MaskFunctions never blocks them for real, and every other JVM thread keeps its
    // mask, so the JVM's signal handling keeps running while the main thread blocks. Standard
    // signals do not queue in the kernel either, so one bit a signal loses nothing CPython
    // would keep. A hold ends with the thread that made it: a main thread that ended without
    // unblocking (a program that finished in a JVM that runs the next) gives the handlers
    // back, its held arrivals dropped as its process would have dropped them by exiting.

    /** The signals held back (bit n - 1 for signal n). */
    private static long held;
    /** The thread whose mask the holds stand for (the main thread that blocked them). */
    private static Thread holder;
    /** The held signals that arrived and are not delivered yet. */
    private static final java.util.concurrent.atomic.AtomicLong HELD_PENDING =
            new java.util.concurrent.atomic.AtomicLong();
    /** Per held signal, the JVM handler that holding it replaced. */
    private static final SignalHandler[] SAVED = new SignalHandler[NSIG];
    /**
     * Per signal, the handler a release put back: what a HOLD that the JVM's dispatcher had
     * already picked before the release passes its signal to.
     */
    private static final SignalHandler[] RESTORED = new SignalHandler[NSIG];
    private static final SignalHandler HOLD = SignalDispatch::holdArrival;

    /** Records an arrival of a held signal, or passes it on when the hold ended meanwhile. */
    private static void holdArrival(Signal sig) {
        int n = sig.getNumber();
        SignalHandler passOn;
        synchronized (SignalDispatch.class) {
            endHoldsOfEndedThread();
            if ((held & bit(n)) != 0) {
                HELD_PENDING.getAndUpdate(p -> p | bit(n));
                passOn = null;
            } else {
                passOn = RESTORED[n];
            }
        }
        if (passOn != null) {
            deliver(n, passOn);
            return;
        }
        synchronized (ARRIVAL) {
            arrivals++;
            ARRIVAL.notifyAll();
        }
    }

    static long bit(int signum) {
        return 1L << (signum - 1);
    }

    static synchronized boolean isHeld(int signum) {
        endHoldsOfEndedThread();
        return (held & bit(signum)) != 0;
    }

    /** The held signals that arrived and wait for delivery. */
    static long heldPending() {
        return HELD_PENDING.get();
    }

    /**
     * Starts holding back {@code signum}'s arrivals for the current thread; false when the JVM
     * keeps the signal for itself (the program's block then covers what is sent to the main
     * thread only).
     */
    static synchronized boolean hold(int signum) {
        endHoldsOfEndedThread();
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
        holder = Thread.currentThread();
        return true;
    }

    /** Ends the holds of a main thread that ended with signals blocked (see above). */
    private static void endHoldsOfEndedThread() {
        if (holder == null || holder.isAlive()) {
            return;
        }
        putBack(held);
        HELD_PENDING.set(0);
    }

    /** Puts back the JVM handlers of the held signals of {@code bits}; returns them. */
    private static SignalHandler[] putBack(long bits) {
        SignalHandler[] handlers = new SignalHandler[NSIG];
        for (int n = 1; n < NSIG; n++) {
            if ((bits & bit(n)) != 0) {
                handlers[n] = SAVED[n];
                RESTORED[n] = SAVED[n];
                Signal.handle(new Signal(jvmName(n)), SAVED[n]);
                SAVED[n] = null;
            }
        }
        held &= ~bits;
        if (held == 0) {
            holder = null;
        }
        return handlers;
    }

    /**
     * Stops holding the signals of {@code asked}: puts their handlers back and delivers what
     * arrived meanwhile to them, lowest number first.
     */
    static void release(long asked) {
        long arrived;
        SignalHandler[] handlers;
        synchronized (SignalDispatch.class) {
            long bits = asked & held;
            handlers = putBack(bits);
            arrived = HELD_PENDING.getAndUpdate(p -> p & ~bits) & bits;
        }
        for (int n = 1; n < NSIG; n++) {
            if ((arrived & bit(n)) != 0) {
                deliver(n, handlers[n]);
            }
        }
    }

    /**
     * Gives a signal that arrived while held to the handler that now has it: a Python
     * handler's signal trips, an ignored one is dropped, and a default action (or a handler in
     * the JVM's native code, which Java cannot call) is taken by raising the signal again on
     * the calling thread, which no longer blocks it.
     */
    private static void deliver(int signum, SignalHandler handler) {
        if (handler == SignalHandler.SIG_IGN) {
            return;
        }
        if (handler != null && handler != SignalHandler.SIG_DFL) {
            try {
                handler.handle(new Signal(jvmName(signum)));
                return;
            } catch (UnsupportedOperationException nativeHandler) {
                // the JVM's own handler in native code: the kernel reaches it
            }
        }
        dev.krait.modules.posix.ProcessCalls.raise(signum);
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
            endHoldsOfEndedThread();
            if ((held & bit(signum)) != 0) {
                // held: the handler takes over when the hold ends
                SAVED[signum] = h;
                return true;
            }
            try {
                SignalHandler old = Signal.handle(new Signal(name), h);
                if (old == SignalHandler.SIG_IGN && kind != 1 && isShutdownSignal(signum)) {
                    // refused: the JVM leaves SIGHUP, SIGINT and SIGTERM alone while they
                    // are ignored (a process started in the background keeps them ignored),
                    // so after signal.signal(SIGINT, SIG_IGN) no handler would ever come
                    // back; CPython's would. The default is put back through the C library
                    // first, then the JVM installs the handler.
                    resetToDefault(signum);
                    Signal.handle(new Signal(name), h);
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
            RESTORED[signum] = h;
            return true;
        }
    }

    /** The signals the JVM uses for its shutdown hooks (HotSpot's SHUTDOWN1-3_SIGNAL). */
    private static boolean isShutdownSignal(int signum) {
        return signum == 1 || signum == 2 || signum == 15;
    }

    private static final class CSignal {
        static final java.lang.invoke.MethodHandle H = dev.krait.modules.posix.Libc.plainCall(
                "signal", java.lang.foreign.FunctionDescriptor.of(
                        dev.krait.modules.posix.Libc.PTR, dev.krait.modules.posix.Libc.INT,
                        dev.krait.modules.posix.Libc.PTR));
    }

    /** signal(signum, SIG_DFL) through the C library, past the JVM. */
    private static void resetToDefault(int signum) {
        try {
            // SIG_DFL is the null handler
            java.lang.foreign.MemorySegment ignored = (java.lang.foreign.MemorySegment)
                    CSignal.H.invokeExact(signum, java.lang.foreign.MemorySegment.NULL);
        } catch (Throwable t) {
            throw dev.krait.modules.posix.Libc.internal(t);
        }
    }
}
