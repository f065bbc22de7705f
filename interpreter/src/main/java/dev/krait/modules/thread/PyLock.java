package dev.krait.modules.thread;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import dev.krait.modules.signal.SignalState;
import dev.krait.runtime.Pytime;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code _thread.lock} ({@code LockType}): a lock that any thread may release, not only the one
 * that acquired it — the primitive that {@code threading}'s conditions, events and joins are
 * made of. A thread waiting for it gives the GIL up meanwhile.
 *
 * <p>CPython counterpart: Modules/_threadmodule.c {@code lockobject}.
 */
public final class PyLock extends dev.krait.objects.PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtinFinal("lock", PyLock.class, null)
            .withModule("_thread");

    /** CPython's {@code PY_TIMEOUT_MAX} in seconds, on 64-bit Linux. */
    static final double TIMEOUT_MAX = 9223372036.0;

    private final Semaphore permit = new Semaphore(1);

    PyLock() {
        super(TYPE);
    }

    /**
     * The timeout in nanoseconds that {@code acquire(blocking, timeout)} asks for: -1 to wait
     * for ever, 0 not to wait. CPython: Modules/_threadmodule.c lock_acquire_parse_args.
     */
    static long timeoutNanos(PyObject blocking, PyObject timeout) {
        // CPython: format "|iO"
        boolean block = blocking == null || CArgs.intFormat(blocking) != 0;
        final long unset = -1_000_000_000L;
        // CPython: _PyTime_FromSecondsObject with _PyTime_ROUND_TIMEOUT
        long nanos = timeout == null ? unset
                : Pytime.fromSecondsObject(timeout, Pytime.Round.TIMEOUT);
        if (!block && nanos != unset) {
            throw PyExceptions.valueError("can't specify a timeout for a non-blocking call");
        }
        if (nanos < 0 && nanos != unset) {
            throw PyExceptions.valueError("timeout value must be positive");
        }
        if (!block) {
            return 0;
        }
        if (nanos == unset) {
            return -1;
        }
        // PY_TIMEOUT_MAX bounds the wait in microseconds (rounded up), not the timestamp
        if (Pytime.asMicroseconds(nanos, Pytime.Round.TIMEOUT) > Pytime.TIMEOUT_MAX_US) {
            throw PyExceptions.of(PyExceptions.OverflowError, "timeout value is too large");
        }
        return nanos;
    }

    /**
     * Takes {@code permit}, waiting at most {@code nanos} (-1: for ever) with the GIL released.
     * CPython: Modules/_threadmodule.c acquire_timed.
     */
    static boolean acquire(Semaphore permit, long nanos) {
        if (permit.tryAcquire()) {
            return true;
        }
        if (nanos == 0) {
            return false;
        }
        // On the main thread a signal interrupts the wait and its handler runs, as in CPython.
        return SignalState.awaitRunningHandlers(nanos, n -> {
            if (n < 0) {
                permit.acquire();
                return true;
            }
            return permit.tryAcquire(n, TimeUnit.NANOSECONDS);
        });
    }

    // CPython: Modules/_threadmodule.c lock_PyThread_acquire_lock
    @Exposed("acquire($self, /, blocking=True, timeout=-1)")
    public boolean acquire(PyObject blocking, PyObject timeout) {
        return acquire(permit, timeoutNanos(blocking, timeout));
    }

    @Exposed("acquire_lock($self, /, blocking=True, timeout=-1)")
    public boolean acquire_lock(PyObject blocking, PyObject timeout) {
        return acquire(blocking, timeout);
    }

    @Exposed("__enter__($self, /)")
    public boolean __enter__() {
        return acquire(permit, -1);
    }

    // CPython: Modules/_threadmodule.c lock_PyThread_release_lock
    @Exposed("release($self, /)")
    public void release() {
        if (permit.availablePermits() > 0) {
            throw PyExceptions.of(PyExceptions.RuntimeError, "release unlocked lock");
        }
        permit.release();
    }

    @Exposed("release_lock($self, /)")
    public void release_lock() {
        release();
    }

    @Exposed("__exit__($self, *args)")
    public void __exit__(PyObject[] args, String[] kwnames) {
        release();
    }

    @Exposed("locked($self, /)")
    public boolean locked() {
        return permit.availablePermits() == 0;
    }

    @Exposed("locked_lock($self, /)")
    public boolean locked_lock() {
        return locked();
    }

    @Exposed("_at_fork_reinit($self, /)")
    public void _at_fork_reinit() {
        permit.drainPermits();
        permit.release();
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<" + (locked() ? "locked" : "unlocked") + " _thread.lock object at "
                + Ops.addressOf(this) + ">";
    }
}
