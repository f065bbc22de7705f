package dev.krait.modules.thread;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import java.util.concurrent.Semaphore;

/**
 * {@code _thread.RLock}: a lock its owner may take again, released by as many releases; only
 * the owner may release it. {@code threading.Condition} saves and restores its state around a
 * wait through {@code _release_save} and {@code _acquire_restore}.
 *
 * <p>CPython counterpart: Modules/_threadmodule.c {@code rlockobject}.
 */
public final class PyRLock extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin("RLock", PyRLock.class, null)
            .withModule("_thread");

    private final Semaphore permit = new Semaphore(1);
    /** The owning thread's ident, 0 when unowned. Read and written under the GIL. */
    private long owner;
    private long count;

    PyRLock(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, /, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyRLock(cls);
    }

    // CPython: Modules/_threadmodule.c rlock_acquire
    @Exposed("acquire($self, /, blocking=True, timeout=-1)")
    public boolean acquire(PyObject blocking, PyObject timeout) {
        long nanos = PyLock.timeoutNanos(blocking, timeout);
        long me = ThreadModule.identOf(Thread.currentThread());
        if (count > 0 && owner == me) {
            if (count == Long.MAX_VALUE) {
                throw PyExceptions.of(PyExceptions.OverflowError,
                        "Internal lock count overflowed");
            }
            count++;
            return true;
        }
        if (!PyLock.acquire(permit, nanos)) {
            return false;
        }
        owner = me;
        count = 1;
        return true;
    }

    @Exposed("__enter__($self, /)")
    public boolean __enter__() {
        return acquire(null, null);
    }

    // CPython: Modules/_threadmodule.c rlock_release
    @Exposed("release($self, /)")
    public void release() {
        long me = ThreadModule.identOf(Thread.currentThread());
        if (count == 0 || owner != me) {
            throw PyExceptions.of(PyExceptions.RuntimeError, "cannot release un-acquired lock");
        }
        if (--count == 0) {
            owner = 0;
            permit.release();
        }
    }

    @Exposed("__exit__($self, *args)")
    public void __exit__(PyObject[] args, String[] kwnames) {
        release();
    }

    // CPython: Modules/_threadmodule.c rlock_acquire_restore
    @Exposed("_acquire_restore($self, state, /)")
    public void _acquire_restore(PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() != 2) {
            throw PyExceptions.typeError("_acquire_restore() argument 1 must be tuple");
        }
        // CPython: format "(kk)"
        long c = CArgs.unsignedLongMask(t.get(0));
        long o = CArgs.unsignedLongMask(t.get(1));
        PyLock.acquire(permit, -1);
        owner = o;
        count = c;
    }

    // CPython: Modules/_threadmodule.c rlock_release_save
    @Exposed("_release_save($self, /)")
    public PyObject _release_save() {
        if (count == 0) {
            throw PyExceptions.of(PyExceptions.RuntimeError, "cannot release un-acquired lock");
        }
        PyObject state = PyTuple.of(PyInt.of(count), PyInt.of(owner));
        count = 0;
        owner = 0;
        permit.release();
        return state;
    }

    @Exposed("_recursion_count($self, /)")
    public long _recursion_count() {
        return owner == ThreadModule.identOf(Thread.currentThread()) ? count : 0;
    }

    @Exposed("_is_owned($self, /)")
    public boolean _is_owned() {
        return count > 0 && owner == ThreadModule.identOf(Thread.currentThread());
    }

    @Exposed("_at_fork_reinit($self, /)")
    public void _at_fork_reinit() {
        permit.drainPermits();
        permit.release();
        owner = 0;
        count = 0;
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<" + (count > 0 ? "locked" : "unlocked") + " " + type().moduleName() + "."
                + type().getName() + " object owner=" + owner + " count=" + count + " at "
                + Ops.addressOf(this) + ">";
    }
}
