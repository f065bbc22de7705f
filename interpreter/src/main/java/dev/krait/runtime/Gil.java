package dev.krait.runtime;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The global interpreter lock: one per {@link Interpreter}, held by the thread that runs that
 * interpreter's Python code, so that Python objects ({@code dict}, {@code list}, type caches,
 * frames) are only ever touched by one thread at a time, as under CPython's GIL. Java code
 * below the evaluator needs no locking of its own.
 *
 * <p>The lock costs nothing until a program starts its first thread: {@link #activate} (called
 * by {@code _thread.start_new_thread}) gives it to the starting thread, and from then on every
 * Python thread holds it while it runs. A holder lets go of it
 * <ul>
 *   <li>around blocking calls ({@link #blocking}: lock acquisition, {@code join}, sleeping,
 *       waiting on I/O), as CPython's {@code Py_BEGIN_ALLOW_THREADS} does;</li>
 *   <li>at safe points, every {@link ThreadState#TICK_INTERVAL} calls or loop iterations, when
 *       another thread is waiting for it and the holder has had it for the switch interval
 *       ({@link #yieldIfWanted}; 5 ms unless {@code sys.setswitchinterval} says otherwise), as
 *       CPython's "drop request" after its switch interval;</li>
 *   <li>when its Python code ends.</li>
 * </ul>
 * The lock is fair: a waiting thread gets it before the releasing thread can take it back, so
 * a busy loop cannot starve the others.
 *
 * <p>CPython counterpart: Python/ceval_gil.c ({@code take_gil}, {@code drop_gil}) and the
 * {@code Py_BEGIN_ALLOW_THREADS} / {@code Py_END_ALLOW_THREADS} macros.
 */
public final class Gil {
    private final ReentrantLock lock = new ReentrantLock(true);
    /** Set once, when the interpreter's second thread starts; never cleared. */
    private volatile boolean active;
    /** {@code sys.getswitchinterval()} in microseconds, CPython's unit; 5 ms at first. */
    private volatile long intervalMicros = 5000;
    /** When the holder took the lock ({@link System#nanoTime}); read only by the holder. */
    private long heldSince;

    /** {@code sys.getswitchinterval()}: seconds. */
    public double switchInterval() {
        return intervalMicros * 1e-6;
    }

    /**
     * {@code sys.setswitchinterval(seconds)}, kept in whole microseconds as CPython keeps it
     * (so a shorter interval reads back as 0.0, and works as one microsecond).
     */
    // CPython: Python/ceval_gil.c _PyEval_SetSwitchInterval
    public void setSwitchInterval(double seconds) {
        intervalMicros = (long) (seconds * 1e6);
    }

    /**
     * The thread that finalizes the interpreter at exit, from the moment it begins (null
     * before): any other thread that comes to take the lock from then on never runs again.
     */
    private volatile Thread finalizer;

    /** Set when the interpreter is asked to stop: no thread runs its Python code again. */
    private volatile boolean stopped;

    /**
     * Makes every thread that comes to take the lock from now on, or that waits parked for good
     * ({@link #beginFinalizing}), throw {@link InterpreterStopped} (see
     * {@link Interpreter#requestStop}).
     */
    void stop() {
        stopped = true;
    }

    private void take() {
        lock.lock();
        if (stopped) {
            lock.unlock();
            throw new InterpreterStopped();
        }
        Thread f = finalizer;
        if (f != null && f != Thread.currentThread()) {
            lock.unlock();
            stopForGood();
        }
        heldSince = System.nanoTime();
    }

    /**
     * Says that the calling thread, which holds the lock, has begun finalizing the interpreter
     * (flushing and closing what the program left open). The daemon threads still running may
     * touch the same objects (a file one of them is writing), so, as in CPython, none runs
     * Python code again: each stops as it next takes the lock, for good (the JVM's exit ends
     * it, or, in a JVM that goes on, it stays parked).
     */
    // CPython: Python/pylifecycle.c Py_FinalizeEx (_PyRuntimeState_SetFinalizing) and
    // Python/ceval_gil.c take_gil (tstate_must_exit: PyThread_exit_thread)
    public void beginFinalizing() {
        finalizer = Thread.currentThread();
    }

    private void stopForGood() {
        while (!stopped) {
            // a stop request interrupts the thread, which ends the park
            java.util.concurrent.locks.LockSupport.park();
        }
        throw new InterpreterStopped();
    }

    /** Whether the interpreter runs more than one thread (and so the lock is in use). */
    public boolean isActive() {
        return active;
    }

    /**
     * Turns the lock on, giving it to the calling thread, which must be the interpreter's only
     * running Python thread (the one about to start a second).
     */
    public synchronized void activate() {
        if (!active) {
            take();
            active = true;
        }
    }

    /** Takes the lock for a thread about to run Python code (a new thread's first step). */
    public void acquire() {
        if (active && !lock.isHeldByCurrentThread()) {
            take();
        }
    }

    /** Gives the lock up for good on this thread (its Python code has ended). */
    public void release() {
        if (active) {
            while (lock.isHeldByCurrentThread()) {
                lock.unlock();
            }
        }
    }

    /** Whether other threads wait for the lock. */
    public boolean othersWaiting() {
        return active && lock.hasQueuedThreads();
    }

    /**
     * Lets a waiting thread run: gives the lock up and queues for it again. Called at safe
     * points, where no Java invariant of the evaluator is half-done.
     */
    // CPython: Python/ceval_gil.c take_gil -- a waiter asks for the lock once it has waited
    // the interval; here the holder, which knows when it took the lock, checks that itself
    void yieldIfWanted() {
        if (active && lock.hasQueuedThreads() && lock.isHeldByCurrentThread()
                && System.nanoTime() - heldSince >= Math.max(1, intervalMicros) * 1000) {
            lock.unlock();
            take();
        }
    }

    /**
     * Runs {@code call}, which may block and touches no Python object, with the lock released,
     * so that other threads run meanwhile; the lock is taken back before returning (or
     * throwing).
     */
    public <T> T blocking(Supplier<T> call) {
        if (!active || !lock.isHeldByCurrentThread()) {
            return call.get();
        }
        lock.unlock();
        try {
            return call.get();
        } finally {
            take();
        }
    }

    /** {@link #blocking} for the interpreter of the calling thread (any thread, any state). */
    public static <T> T allowThreads(Supplier<T> call) {
        ThreadState ts = ThreadState.current();
        return ts == null ? call.get() : ts.interpreter.gil().blocking(call);
    }
}
