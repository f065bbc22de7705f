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
 *       another thread is waiting for it ({@link #yieldIfWanted}), in the role of CPython's
 *       5 ms switch interval and "drop request";</li>
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
            lock.lock();
            active = true;
        }
    }

    /** Takes the lock for a thread about to run Python code (a new thread's first step). */
    public void acquire() {
        if (active && !lock.isHeldByCurrentThread()) {
            lock.lock();
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
    void yieldIfWanted() {
        if (active && lock.hasQueuedThreads() && lock.isHeldByCurrentThread()) {
            lock.unlock();
            lock.lock();
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
            lock.lock();
        }
    }

    /** {@link #blocking} for the interpreter of the calling thread (any thread, any state). */
    public static <T> T allowThreads(Supplier<T> call) {
        ThreadState ts = ThreadState.current();
        return ts == null ? call.get() : ts.interpreter.gil().blocking(call);
    }
}
