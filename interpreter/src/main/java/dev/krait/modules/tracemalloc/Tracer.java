package dev.krait.modules.tracemalloc;

import dev.krait.modules.sys.ObjectSizes;
import dev.krait.objects.AllocationHook;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyObject;
import dev.krait.objects.WeakIdentityKey;
import dev.krait.runtime.ThreadState;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The traces of the objects made while tracing, for the whole process as in CPython: one
 * {@link Trace} an object, found by the object's identity, with its interned
 * {@link Traceback} and its estimated size (keyed weakly by identity, {@link WeakIdentityKey},
 * as ids are), and the traced memory's current and peak sizes.
 *
 * <p>Two things differ from CPython's allocator hook, both because the JVM owns the memory:
 * <ul>
 *   <li>An object is reported before its own constructor has run, so its size cannot be read
 *       then. A new trace waits in {@link #pending} and is measured ("settled") a little later:
 *       when a tracemalloc function is called, or when many traces wait (all but the newest few,
 *       whose constructors may still be running). The size is measured once, from
 *       {@link ObjectSizes#estimate}; a list or dict that grows later is not measured again
 *       (CPython traces each reallocation of its item array).
 *   <li>Nothing is freed until the JVM's collector finds the object unreachable: each trace is
 *       keyed by a weak reference, and the traces whose objects were collected are taken off (and their
 *       size from the current size) when the reference queue is polled, which every function
 *       of the module does first (docs/DIFFERENCES.md).
 * </ul>
 *
 * <p>CPython counterpart: Modules/_tracemalloc.c ({@code tracemalloc_traces},
 * {@code tracemalloc_tracebacks}, {@code tracemalloc_add_trace}, {@code tracemalloc_remove_trace}).
 */
final class Tracer {
    private Tracer() {}

    /** The most frames a traceback may keep (CPython: MAX_NFRAME, a 16-bit count). */
    static final int MAX_NFRAME = 0xFFFF;

    /** How many traces may wait to be measured before the older ones are. */
    private static final int PENDING_LIMIT = 4096;
    /** The newest waiting traces a measurement leaves, as their objects may be unfinished. */
    private static final int PENDING_KEEP = 64;
    /** An estimate of one trace's Java footprint (its table entry, weak key and fields). */
    private static final long TRACE_FOOTPRINT = 112;

    /** One traced object, found in {@link #table} by its weak identity key. */
    static final class Trace {
        /** The object, weakly: tracing keeps nothing alive. */
        final WeakIdentityKey key;
        /** The order of the allocations, which {@link #traces} keeps. */
        final long serial;
        final Traceback traceback;
        /** The estimated size, or -1 until settled. */
        long size = -1;

        Trace(PyObject o, Traceback tb, ReferenceQueue<PyObject> queue) {
            this.key = new WeakIdentityKey(o, queue);
            this.serial = ++allocations;
            this.traceback = tb;
        }
    }

    private static boolean tracing;
    private static int maxNframe = 1;
    private static final Map<WeakIdentityKey, Trace> table = new HashMap<>();
    private static long allocations;
    private static final List<Trace> pending = new ArrayList<>();
    private static final Map<Traceback, Traceback> tracebacks = new HashMap<>();
    private static ReferenceQueue<PyObject> queue = new ReferenceQueue<>();
    private static long current;
    private static long peak;
    /**
     * The thread that is making Python objects for the module itself (result tuples), which
     * are not traced (CPython: set_reentrant).
     */
    private static Thread busy;

    static synchronized boolean isTracing() {
        return tracing;
    }

    static synchronized int tracebackLimit() {
        return maxNframe;
    }

    // CPython: Modules/_tracemalloc.c tracemalloc_start
    static synchronized void start(int nframe) {
        if (tracing) {
            return;
        }
        maxNframe = nframe;
        tracing = true;
        AllocationHook.install(Tracer::allocated);
    }

    // CPython: Modules/_tracemalloc.c tracemalloc_stop
    static synchronized void stop() {
        if (!tracing) {
            return;
        }
        tracing = false;
        AllocationHook.install(null);
        clear();
        tracebacks.clear();
    }

    // CPython: Modules/_tracemalloc.c tracemalloc_clear_traces
    static synchronized void clear() {
        table.clear();
        pending.clear();
        // a fresh queue: references of dropped traces must not be counted as frees
        queue = new ReferenceQueue<>();
        current = 0;
        peak = 0;
    }

    /** The listener of {@link AllocationHook}: one new object. */
    // CPython: Modules/_tracemalloc.c tracemalloc_alloc, tracemalloc_add_trace
    private static void allocated(PyObject o) {
        if (o instanceof PyFrame || busy == Thread.currentThread()) {
            // CPython 3.11 keeps a call's frame on the thread's data stack, not in a block
            // that tracemalloc sees (Python/pystate.c _PyThreadState_PushFrame)
            return;
        }
        ThreadState ts = ThreadState.current();
        PyFrame top = ts == null ? null : ts.frame;
        synchronized (Tracer.class) {
            if (!tracing) {
                return;
            }
            Traceback tb = intern(Traceback.of(top, maxNframe));
            Trace t = new Trace(o, tb, queue);
            table.put(t.key, t);
            pending.add(t);
            if (pending.size() >= PENDING_LIMIT) {
                settle(pending.size() - PENDING_KEEP);
            }
        }
    }

    private static Traceback intern(Traceback tb) {
        Traceback known = tracebacks.putIfAbsent(tb, tb);
        return known == null ? tb : known;
    }

    /**
     * Brings the traces up to date before they are read: frees first (the objects the
     * collector has found unreachable), then the sizes of all waiting traces.
     */
    static synchronized void update() {
        if (tracing) {
            settle(pending.size());
        }
    }

    /** Polls the frees, then measures the oldest {@code n} waiting traces. */
    private static void settle(int n) {
        Thread was = busy;
        busy = Thread.currentThread();
        try {
            Reference<? extends PyObject> r;
            while ((r = queue.poll()) != null) {
                Trace t = table.remove(r);
                if (t != null && t.size > 0) {
                    current -= t.size;
                }
            }
            List<Trace> measured = pending.subList(0, n);
            for (Trace t : measured) {
                PyObject o = t.key.get();
                if (o == null) {
                    table.remove(t.key);
                    continue;
                }
                t.size = measure(o);
                current += t.size;
                if (current > peak) {
                    peak = current;
                }
            }
            measured.clear();
        } finally {
            busy = was;
        }
    }

    private static long measure(PyObject o) {
        try {
            return ObjectSizes.estimate(o);
        } catch (RuntimeException e) {
            // an object whose constructor has not finished yet (its fields are still null)
            return 16;
        }
    }

    static synchronized long currentSize() {
        return tracing ? current : 0;
    }

    static synchronized long peakSize() {
        return tracing ? peak : 0;
    }

    // CPython: Modules/_tracemalloc.c _tracemalloc_reset_peak_impl
    static synchronized void resetPeak() {
        if (tracing) {
            peak = current;
        }
    }

    /** An estimate of the Java memory the traces and tracebacks take. */
    static synchronized long footprint() {
        long size = 16L + TRACE_FOOTPRINT * table.size() + 8L * pending.size();
        for (Traceback tb : tracebacks.keySet()) {
            size += tb.footprint() + 48;
        }
        return size;
    }

    /** The traceback of {@code o}'s allocation, or null when it was not traced. */
    static synchronized Traceback tracebackOf(PyObject o) {
        if (!tracing) {
            return null;
        }
        Trace t = table.get(WeakIdentityKey.probe(o));
        return t == null ? null : t.traceback;
    }

    /**
     * The settled traces of live objects, for {@code _get_traces}, oldest first (CPython lists
     * them in its hash table's order, which depends on addresses: any order is CPython's).
     */
    static synchronized List<Trace> traces() {
        List<Trace> out = new ArrayList<>(table.size());
        if (!tracing) {
            return out;
        }
        settle(pending.size());
        for (Trace t : table.values()) {
            if (t.size >= 0 && t.key.get() != null) {
                out.add(t);
            }
        }
        out.sort(java.util.Comparator.comparingLong(t -> t.serial));
        return out;
    }

    /** Runs {@code work} (which makes Python objects for the module) without tracing it. */
    static <T> T untraced(java.util.function.Supplier<T> work) {
        synchronized (Tracer.class) {
            Thread was = busy;
            busy = Thread.currentThread();
            try {
                return work.get();
            } finally {
                busy = was;
            }
        }
    }
}
