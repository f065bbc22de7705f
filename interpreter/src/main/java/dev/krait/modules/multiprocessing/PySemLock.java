package dev.krait.modules.multiprocessing;

import static dev.krait.modules.multiprocessing.SemaphoreCalls.EAGAIN;
import static dev.krait.modules.multiprocessing.SemaphoreCalls.EINTR;
import static dev.krait.modules.multiprocessing.SemaphoreCalls.ETIMEDOUT;

import dev.krait.modules.fcntl.CCalls;
import dev.krait.modules.posix.Libc;
import dev.krait.modules.signal.SignalState;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.FloatMath;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.time.Instant;

/**
 * {@code _multiprocessing.SemLock}: a POSIX named semaphore that {@code multiprocessing}'s
 * {@code Lock}, {@code RLock}, {@code Semaphore}, {@code BoundedSemaphore}, {@code Condition}
 * and {@code Event} are built on, shared with child processes by its name. A lock is a
 * semaphore of maximum value 1; a recursive lock also counts its owner's acquisitions here, in
 * the process, without touching the semaphore.
 *
 * <p>Waiting happens with the interpreter lock released, in slices of {@link #SLICE_NANOS}: a
 * thread blocked in {@code sem_timedwait} cannot be interrupted from Java, so between slices it
 * checks whether a signal arrived, and its Python handler runs as it would in CPython.
 *
 * <p>CPython counterpart: Modules/_multiprocessing/semaphore.c (the Unix half).
 */
public final class PySemLock extends PyObject {
    public static final PyType TYPE = PyType.builtin("SemLock", PySemLock.class, null)
            .withModule("_multiprocessing");

    static final int RECURSIVE_MUTEX = 0;
    static final int SEMAPHORE = 1;
    /** How long one native wait lasts before the waiter looks for signals. */
    private static final long SLICE_NANOS = 50_000_000L;

    private final SemHandle handle;
    private final int kind;
    private final int maxvalue;
    /** The name to share the semaphore by, or null once it is unlinked. */
    private final String name;
    /** Acquisitions minus releases in this process. */
    private int count;
    /** The thread that last acquired it ({@code get_ident()}'s number). */
    private long lastTid;

    PySemLock(PyType type, SemHandle handle, int kind, int maxvalue, String name) {
        super(type);
        this.handle = handle;
        this.kind = kind;
        this.maxvalue = maxvalue;
        this.name = name;
    }

    // CPython: Modules/_multiprocessing/semaphore.c _multiprocessing_SemLock_impl
    @Exposed(value = "__new__($type, kind, value, maxvalue, name, unlink)",
            kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject kind, PyObject value, PyObject maxvalue,
            PyObject name, PyObject unlink) {
        int k = CArgs.asInt(kind);
        int v = CArgs.asInt(value);
        int max = CArgs.asInt(maxvalue);
        byte[] n = cString("SemLock", "argument 'name'", "str", name);
        boolean unlinkNow = CArgs.asInt(unlink) != 0;
        if (k != RECURSIVE_MUTEX && k != SEMAPHORE) {
            throw PyExceptions.valueError("unrecognized kind");
        }
        SemHandle h;
        try {
            h = SemHandle.create(n, v);
        } catch (Libc.Failure f) {
            throw CCalls.osError(f);
        }
        if (unlinkNow) {
            try {
                SemaphoreCalls.unlink(n);
            } catch (Libc.Failure f) {
                h.close();
                throw CCalls.osError(f);
            }
        }
        return new PySemLock(cls, h, k, max, unlinkNow ? null : ((PyStr) name).value());
    }

    // CPython: Modules/_multiprocessing/semaphore.c _multiprocessing_SemLock__rebuild_impl
    @Exposed(value = "_rebuild($type, handle, kind, maxvalue, name, /)",
            kind = Exposed.Kind.CLASS)
    public static PyObject _rebuild(PyType cls, PyObject handle, PyObject kind,
            PyObject maxvalue, PyObject name) {
        long address = pointer(handle);
        int k = CArgs.intFormat(kind);
        int max = CArgs.intFormat(maxvalue);
        if (name == PyNone.NONE) {
            // A handle without a name only makes sense in a forked child, which a JVM never
            // is; one this process opened may still be shared, anything else is refused.
            SemHandle h = SemHandle.live(address);
            if (h == null) {
                throw CCalls.osError(new Libc.Failure(SemaphoreCalls.EINVAL));
            }
            return new PySemLock(cls, h, k, max, null);
        }
        byte[] n = cString("_rebuild", "argument 4", "str or None", name);
        try {
            return new PySemLock(cls, SemHandle.open(n), k, max, ((PyStr) name).value());
        } catch (Libc.Failure f) {
            throw CCalls.osError(f);
        }
    }

    /** Whether the calling thread holds the lock. */
    private boolean isMine() {
        return count > 0 && lastTid == Thread.currentThread().threadId();
    }

    // CPython: Modules/_multiprocessing/semaphore.c _multiprocessing_SemLock_acquire_impl
    @Exposed(value = "acquire($self, /, block=True, timeout=None)",
            doc = "Acquire the semaphore/lock.")
    public boolean acquire(PyObject block, PyObject timeout) {
        boolean blocking = CArgs.asInt(block) != 0;
        if (kind == RECURSIVE_MUTEX && isMine()) {
            count++;
            return true;
        }
        long waitNanos = -1;
        if (timeout != PyNone.NONE) {
            double seconds = FloatMath.asDouble(timeout);
            waitNanos = seconds > 0 ? (long) Math.min(seconds * 1e9, Long.MAX_VALUE / 2) : 0;
        }
        long sem = handle.address();
        int err;
        while ((err = SemaphoreCalls.tryWait(sem)) == EINTR) {
            SignalState.checkSignals();
        }
        if (err == EAGAIN && blocking) {
            err = await(sem, waitNanos);
        }
        if (err == EAGAIN || err == ETIMEDOUT) {
            return false;
        }
        if (err != 0) {
            throw CCalls.osError(new Libc.Failure(err));
        }
        count++;
        lastTid = Thread.currentThread().threadId();
        return true;
    }

    /**
     * Waits for the semaphore at most {@code nanos} (-1: for ever) with the interpreter lock
     * released, running the handlers of signals that arrive meanwhile; 0 when it was taken,
     * else errno (ETIMEDOUT when the time ran out).
     */
    private static int await(long sem, long nanos) {
        int[] failure = {0};
        boolean taken = SignalState.awaitRunningHandlers(nanos, n -> {
            long end = n < 0 ? Long.MAX_VALUE : System.nanoTime() + n;
            while (true) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                long slice = n < 0 ? SLICE_NANOS
                        : Math.min(SLICE_NANOS, Math.max(0, end - System.nanoTime()));
                Instant now = Instant.now();
                long deadline = now.getEpochSecond() * 1_000_000_000L + now.getNano() + slice;
                int e = SemaphoreCalls.timedWait(sem, deadline);
                if (e == 0) {
                    return true;
                }
                if (e == ETIMEDOUT && n >= 0 && System.nanoTime() >= end) {
                    return false;
                }
                if (e != ETIMEDOUT && e != EINTR) {
                    failure[0] = e;
                    return false;
                }
            }
        });
        return taken ? 0 : failure[0] != 0 ? failure[0] : ETIMEDOUT;
    }

    // CPython: Modules/_multiprocessing/semaphore.c _multiprocessing_SemLock_release_impl
    @Exposed(value = "release($self, /)", doc = "Release the semaphore/lock.")
    public void release() {
        long sem = handle.address();
        try {
            if (kind == RECURSIVE_MUTEX) {
                if (!isMine()) {
                    throw PyExceptions.of(PyExceptions.AssertionError,
                            "attempt to release recursive lock not owned by thread");
                }
                if (count > 1) {
                    count--;
                    return;
                }
            } else if (SemaphoreCalls.getValue(sem) >= maxvalue) {
                // Not a guarantee: another process may post between the check and the post.
                throw PyExceptions.valueError("semaphore or lock released too many times");
            }
            SemaphoreCalls.post(sem);
        } catch (Libc.Failure f) {
            throw CCalls.osError(f);
        }
        count--;
    }

    @Exposed(value = "__enter__($self, /)", doc = "Enter the semaphore/lock.")
    public boolean __enter__() {
        return acquire(PyBool.TRUE, PyNone.NONE);
    }

    @Exposed(value = "__exit__($self, exc_type=None, exc_value=None, exc_tb=None, /)",
            doc = "Exit the semaphore/lock.")
    public void __exit__(PyObject excType, PyObject excValue, PyObject excTb) {
        release();
    }

    @Exposed(value = "_count($self, /)",
            doc = "Num of `acquire()`s minus num of `release()`s for this process.")
    public long _count() {
        return count;
    }

    @Exposed(value = "_is_mine($self, /)", doc = "Whether the lock is owned by this thread.")
    public boolean _is_mine() {
        return isMine();
    }

    @Exposed(value = "_get_value($self, /)", doc = "Get the value of the semaphore.")
    public long _get_value() {
        try {
            // Some systems count waiters as a negative value.
            return Math.max(0, SemaphoreCalls.getValue(handle.address()));
        } catch (Libc.Failure f) {
            throw CCalls.osError(f);
        }
    }

    @Exposed(value = "_is_zero($self, /)", doc = "Return whether semaphore has value zero.")
    public boolean _is_zero() {
        try {
            return SemaphoreCalls.getValue(handle.address()) == 0;
        } catch (Libc.Failure f) {
            throw CCalls.osError(f);
        }
    }

    @Exposed(value = "_after_fork($self, /)",
            doc = "Rezero the net acquisition count after fork().")
    public void _after_fork() {
        count = 0;
    }

    /** The semaphore's address, as CPython's {@code sem_t*} member shows it. */
    @Exposed.Getter(value = "handle", member = true)
    public long getHandle() {
        return handle.address();
    }

    @Exposed.Getter(value = "kind", member = true)
    public long getKind() {
        return kind;
    }

    @Exposed.Getter(value = "maxvalue", member = true)
    public long getMaxvalue() {
        return maxvalue;
    }

    @Exposed.Getter(value = "name", member = true)
    public PyObject getName() {
        return name == null ? PyNone.NONE : PyStr.of(name);
    }

    /** Argument Clinic's {@code str} converter: the UTF-8 of a str without NUL characters. */
    // CPython: Python/getargs.c convertsimple ('s', 'z'), _PyArg_BadArgument
    static byte[] cString(String function, String where, String expected, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError(function + "() " + where + " must be " + expected
                    + ", not " + (o == PyNone.NONE ? "None" : o.type().getName()));
        }
        return CArgs.cStringBytes(s);
    }

    /** The {@code "k"} format of a pointer: any int, reduced to its low 64 bits. */
    // CPython: Python/getargs.c convertsimple ('k'), PyLong_AsUnsignedLongMask
    private static long pointer(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyExceptions.typeError("_rebuild() argument 1 must be int, not "
                    + (o == PyNone.NONE ? "None" : o.type().getName()));
        }
        return i.isSmall() ? i.longValue() : i.bigValue().longValue();
    }
}
