package dev.krait.modules.queue;

import dev.krait.modules.itertools.GenericAliases;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import dev.krait.runtime.Gil;
import dev.krait.runtime.Signals;
import dev.krait.runtime.Pytime;
import java.util.ArrayDeque;

/**
 * {@code _queue.SimpleQueue}: an unbounded FIFO queue whose {@code put} never blocks and whose
 * {@code get} may wait, with the GIL released, for another thread's {@code put}. CPython wakes a
 * waiting getter through a lock that {@code put} releases; here the items live in a deque
 * guarded by its own monitor, which a getter waits on and {@code put} notifies — the deque is
 * touched only under that monitor, so a getter can take its item before it has the GIL back.
 * It is reentrant in CPython's sense: {@code put} takes no lock a signal handler or a
 * finalizer could already hold for long.
 *
 * <p>CPython counterpart: Modules/_queuemodule.c {@code simplequeueobject}.
 */
public final class PySimpleQueue extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin("SimpleQueue", PySimpleQueue.class, null)
            .withModule("_queue");

    /** How long a waiting getter sleeps before it looks for a pending Ctrl-C. */
    private static final long POLL_NANOS = 100_000_000L;

    private final ArrayDeque<PyObject> items = new ArrayDeque<>();

    PySimpleQueue(PyType type) {
        super(type);
    }

    // CPython: Modules/_queuemodule.c simplequeue_new_impl
    @Exposed(value = "__new__($type, /)", kind = Exposed.Kind.STATIC,
            doc = "Simple, unbounded, reentrant FIFO queue.")
    public static PyObject __new__(PyType cls) {
        return new PySimpleQueue(cls);
    }

    // CPython: Modules/_queuemodule.c _queue_SimpleQueue_put_impl
    @Exposed(value = "put($self, /, item, block=True, timeout=None)",
            doc = "Put the item on the queue.\n\nThe optional 'block' and 'timeout' arguments "
                    + "are ignored, as this method\nnever blocks.  They are provided for "
                    + "compatibility with the Queue class.")
    public void put(PyObject item, PyObject block, PyObject timeout) {
        if (block != null) {
            Ops.isTrue(block);
        }
        synchronized (items) {
            items.addLast(item);
            items.notify();
        }
    }

    @Exposed(value = "put_nowait($self, /, item)",
            doc = "Put an item into the queue without blocking.\n\nThis is exactly equivalent "
                    + "to `put(item)` and is only provided\nfor compatibility with the Queue "
                    + "class.")
    public void put_nowait(PyObject item) {
        put(item, null, null);
    }

    // CPython: Modules/_queuemodule.c _queue_SimpleQueue_get_impl
    @Exposed(value = "get($self, /, block=True, timeout=None)",
            doc = "Remove and return an item from the queue.\n\nIf optional args 'block' is "
                    + "true and 'timeout' is None (the default),\nblock if necessary until an "
                    + "item is available. If 'timeout' is\na non-negative number, it blocks at "
                    + "most 'timeout' seconds and raises\nthe Empty exception if no item was "
                    + "available within that time.\nOtherwise ('block' is false), return an "
                    + "item if one is immediately\navailable, else raise the Empty exception "
                    + "('timeout' is ignored\nin that case).")
    public PyObject get(PyObject block, PyObject timeout) {
        long nanos;
        if (block != null && !Ops.isTrue(block)) {
            nanos = 0;
        } else if (timeout != null && timeout != PyNone.NONE) {
            nanos = timeoutNanos(timeout);
        } else {
            nanos = -1;
        }
        synchronized (items) {
            if (!items.isEmpty()) {
                return items.pollFirst();
            }
        }
        if (nanos == 0) {
            throw emptyError();
        }
        long deadline = nanos > 0 ? System.nanoTime() + nanos : 0;
        for (;;) {
            long slice = nanos < 0 ? POLL_NANOS
                    : Math.min(POLL_NANOS, deadline - System.nanoTime());
            if (slice <= 0) {
                throw emptyError();
            }
            PyObject item = Gil.allowThreads(() -> waitFor(slice));
            if (item != null) {
                return item;
            }
            if (Signals.pending) {
                Signals.deliver();
            }
        }
    }

    /** Waits up to {@code nanos} for an item and takes it; null if none came. */
    private PyObject waitFor(long nanos) {
        synchronized (items) {
            long end = System.nanoTime() + nanos;
            try {
                while (items.isEmpty()) {
                    long left = end - System.nanoTime();
                    if (left <= 0) {
                        return null;
                    }
                    items.wait(left / 1_000_000, (int) (left % 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            return items.pollFirst();
        }
    }

    /** The timeout in nanoseconds, with CPython's errors. */
    // CPython: Python/pytime.c _PyTime_FromSecondsObject (with _PyTime_ROUND_CEILING)
    private static long timeoutNanos(PyObject timeout) {
        long ns = Pytime.fromSecondsObject(timeout, Pytime.Round.CEILING);
        if (ns < 0) {
            throw PyExceptions.valueError("'timeout' must be a non-negative number");
        }
        if (Pytime.asMicroseconds(ns, Pytime.Round.CEILING) > Pytime.TIMEOUT_MAX_US) {
            throw PyExceptions.overflowError("timeout value is too large");
        }
        return Math.max(1, ns);
    }

    private static RuntimeException emptyError() {
        return ((PyBaseException) Ops.call(QueueModule.empty())).raise();
    }

    // CPython: Modules/_queuemodule.c _queue_SimpleQueue_get_nowait_impl
    @Exposed(value = "get_nowait($self, /)",
            doc = "Remove and return an item from the queue without blocking.\n\nOnly get an "
                    + "item if one is immediately available. Otherwise\nraise the Empty "
                    + "exception.")
    public PyObject get_nowait() {
        return get(dev.krait.objects.PyBool.FALSE, PyNone.NONE);
    }

    @Exposed(value = "empty($self, /)",
            doc = "Return True if the queue is empty, False otherwise (not reliable!).")
    public boolean empty() {
        synchronized (items) {
            return items.isEmpty();
        }
    }

    @Exposed(value = "qsize($self, /)",
            doc = "Return the approximate size of the queue (not reliable!).")
    public long qsize() {
        synchronized (items) {
            return items.size();
        }
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            doc = "See PEP 585")
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return GenericAliases.of(cls, item);
    }
}
