package dev.krait.runtime;

import dev.krait.objects.Attributes;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The locks that keep one interpreter's threads from seeing each other's half-imported modules:
 * a re-entrant lock per module name, held by the thread that finds and runs the module, and the
 * global import lock ({@code _imp.acquire_lock}) that importlib holds while it asks a finder.
 *
 * <p>A thread that imports a module which another thread is initialising (it is in
 * {@code sys.modules} with {@code __spec__._initializing} set) waits for that module's lock, so
 * it sees the module complete. Circular imports across threads would wait for ever (thread 1
 * holds A and waits for B, thread 2 holds B and waits for A): before it waits, a thread follows
 * the chain of owners and the locks they wait for, and when the chain comes back to itself it
 * does not wait — CPython's deadlock avoidance, under which the importer takes the module
 * partially initialised, as a circular import in one thread does.
 *
 * <p>The state of every lock (owner, count, who waits for what) is guarded by this object's
 * monitor, which is only ever held briefly; a thread that must wait gives the GIL up first.
 * A lock lives while something holds it: the registry keeps it weakly, so the locks of modules
 * imported long ago do not pile up.
 *
 * <p>CPython counterpart: Lib/importlib/_bootstrap.py {@code _ModuleLock},
 * {@code _get_module_lock}, {@code _blocking_on}, {@code _lock_unlock_module}; Python/import.c
 * {@code import_ensure_initialized} and the global import lock ({@code _PyImport_AcquireLock}).
 */
public final class ModuleLocks {
    private final Interpreter interp;
    /** Each module name's lock, kept weakly (guarded by {@code this}). */
    private final Map<String, Entry> locks = new HashMap<>();
    private final ReferenceQueue<PyModuleLock> dead = new ReferenceQueue<>();
    /** For each thread waiting for a module lock, that lock: CPython's {@code _blocking_on}. */
    private final Map<Thread, PyModuleLock> blockingOn = new HashMap<>();
    /** The global import lock. */
    private final ReentrantLock importLock = new ReentrantLock();

    ModuleLocks(Interpreter interp) {
        this.interp = interp;
    }

    /** A registry entry: the lock, weakly, with its name so that a dead entry can be removed. */
    private static final class Entry extends WeakReference<PyModuleLock> {
        final String name;

        Entry(PyModuleLock lock, String name, ReferenceQueue<PyModuleLock> queue) {
            super(lock, queue);
            this.name = name;
        }
    }

    /** The lock of module {@code name}, made when nothing holds one. */
    // CPython: Lib/importlib/_bootstrap.py _get_module_lock
    public synchronized PyModuleLock get(String name) {
        for (Object r; (r = dead.poll()) != null; ) {
            Entry e = (Entry) r;
            locks.remove(e.name, e);
        }
        Entry e = locks.get(name);
        PyModuleLock lock = e == null ? null : e.get();
        if (lock == null) {
            lock = new PyModuleLock(this, name);
            locks.put(name, new Entry(lock, name, dead));
        }
        return lock;
    }

    /** The names that have a lock still alive ({@code _bootstrap._module_locks}). */
    synchronized Set<String> names() {
        Set<String> live = new HashSet<>();
        for (Map.Entry<String, Entry> e : locks.entrySet()) {
            if (e.getValue().get() != null) {
                live.add(e.getKey());
            }
        }
        return live;
    }

    /**
     * Takes the lock of module {@code name} for the calling thread, waiting while another thread
     * holds it; raises {@code _DeadlockError} when waiting would never end.
     */
    PyModuleLock acquire(String name) {
        PyModuleLock lock = get(name);
        if (!tryAcquire(lock)) {
            throw deadlockError(lock);
        }
        return lock;
    }

    /**
     * Waits until no other thread is initialising module {@code name}: takes its lock and gives
     * it back at once, going on without it when waiting would deadlock (a circular import
     * across threads, which then sees the module partially initialised).
     */
    // CPython: Lib/importlib/_bootstrap.py _lock_unlock_module
    void lockUnlock(String name) {
        PyModuleLock lock = get(name);
        if (tryAcquire(lock)) {
            release(lock);
        }
    }

    /**
     * Whether a thread might have to wait for another's import: only once the interpreter runs
     * a second thread, so a program with one thread never looks at a module's spec again.
     */
    boolean mayContend() {
        return interp.gil().isActive();
    }

    /**
     * Whether {@code module} is being initialised: its {@code __spec__._initializing} is true.
     * A lookup that fails counts as false.
     */
    static boolean isInitializing(PyObject module) {
        PyObject spec;
        try {
            spec = Attributes.lookupAttrOrNull(module, "__spec__");
        } catch (PyException e) {
            return false;
        }
        return PyModule.specIsInitializing(spec);
    }

    /**
     * Takes {@code lock} for the calling thread (again, when it holds it already); false, without
     * taking it, when waiting for it would deadlock.
     */
    // CPython: Lib/importlib/_bootstrap.py _ModuleLock.acquire
    boolean tryAcquire(PyModuleLock lock) {
        Thread me = Thread.currentThread();
        synchronized (this) {
            if (lock.count == 0 || lock.owner == me) {
                lock.owner = me;
                lock.count++;
                return true;
            }
        }
        return interp.gil().blocking(() -> waitFor(lock, me));
    }

    /** The waiting part of {@link #tryAcquire}, with the GIL released. */
    private synchronized boolean waitFor(PyModuleLock lock, Thread me) {
        blockingOn.put(me, lock);
        lock.waiters++;
        try {
            while (true) {
                if (lock.count == 0 || lock.owner == me) {
                    lock.owner = me;
                    lock.count++;
                    return true;
                }
                if (hasDeadlock(lock, me)) {
                    return false;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    if (interp.stopRequested()) {
                        throw new InterpreterStopped();
                    }
                }
            }
        } finally {
            lock.waiters--;
            blockingOn.remove(me);
        }
    }

    /**
     * Whether the owner of {@code lock} waits, through a chain of owners and the locks they wait
     * for, for a lock that {@code me} holds. CPython: _ModuleLock.has_deadlock.
     */
    private boolean hasDeadlock(PyModuleLock lock, Thread me) {
        Thread owner = lock.owner;
        Set<Thread> seen = new HashSet<>();
        while (true) {
            PyModuleLock waitedFor = blockingOn.get(owner);
            if (waitedFor == null) {
                return false;
            }
            owner = waitedFor.owner;
            if (owner == me) {
                return true;
            }
            if (!seen.add(owner)) {
                return false;
            }
        }
    }

    /** Gives {@code lock} back once; RuntimeError when the calling thread does not hold it. */
    // CPython: Lib/importlib/_bootstrap.py _ModuleLock.release
    void release(PyModuleLock lock) {
        synchronized (this) {
            if (lock.owner == Thread.currentThread() && lock.count > 0) {
                if (--lock.count == 0) {
                    lock.owner = null;
                    if (lock.waiters > 0) {
                        notifyAll();
                    }
                }
                return;
            }
        }
        throw PyExceptions.of(PyExceptions.RuntimeError, "cannot release un-acquired lock");
    }

    /**
     * {@code _DeadlockError('deadlock detected by ...')}, importlib's class for it (set up for
     * the purpose when need be: a deadlock is rare, and its class is importlib's).
     */
    PyException deadlockError(PyModuleLock lock) {
        PyObject cls = Attributes.getAttr(interp.importer().importlibBootstrap(),
                "_DeadlockError");
        return ((PyBaseException) Ops.call(cls, PyStr.of("deadlock detected by "
                + lock.__repr__()))).raise();
    }

    // ---- the global import lock ----------------------------------------------------------------

    /**
     * Takes the global import lock ({@code _imp.acquire_lock}), giving the GIL up while another
     * thread holds it (a thread that waited holding the GIL would stop the holder for good).
     */
    // CPython: Python/import.c _PyImport_AcquireLock
    public void acquireImportLock() {
        if (!importLock.tryLock()) {
            interp.gil().blocking(() -> {
                importLock.lock();
                return null;
            });
        }
    }

    /** Gives the global import lock back; false when the calling thread does not hold it. */
    public boolean releaseImportLock() {
        if (!importLock.isHeldByCurrentThread()) {
            return false;
        }
        importLock.unlock();
        return true;
    }

    /** {@code _imp.lock_held()}: whether any thread holds the global import lock. */
    public boolean importLockHeld() {
        return importLock.isLocked();
    }
}
