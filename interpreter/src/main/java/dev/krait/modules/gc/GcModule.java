package dev.krait.modules.gc;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.weakref.WeakrefModule;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyComplex;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.Gil;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.util.Map;

/**
 * The {@code gc} module. Krait's objects are freed by the JVM's collector, which also frees
 * reference cycles, so there is no cycle collector of Krait's own to tune: {@code collect()}
 * runs a full JVM collection, then the finalizers of what it found unreachable ({@code __del__},
 * closing suspended generators) and the callbacks of the weak references it cleared, which is
 * what programs that call it rely on ({@code del x; gc.collect()} and the finalizers and
 * callbacks have run). {@code collect(0)} and {@code collect(1)} ask for CPython's young
 * generations only: the JVM collects its young generation on its own, so they force no
 * collection and run the finalizers and callbacks of what it has found so far. Thresholds, the
 * enabled flag and debug flags are kept and reported as set, and have no other effect.
 * {@code get_objects}, {@code get_referrers} and {@code get_referents} cannot be answered from
 * the JVM and raise NotImplementedError (docs/DIFFERENCES.md).
 *
 * <p>CPython counterpart: Modules/gcmodule.c.
 */
@NativeModule.Register("gc")
public final class GcModule implements NativeModule {
    /** The collector settings of one interpreter. */
    static final class State {
        boolean enabled = true;
        long[] thresholds = {700, 10, 10};
        long debug;
        long collections;
        long frozen;
        /** When the last JVM collection ended, and how long it took (System.nanoTime). */
        volatile long lastEnd;
        volatile long lastDuration;
        /** Set while collect() runs (CPython: gcstate->collecting). */
        boolean collecting;
        final PyList callbacks = new PyList();
        final PyList garbage = new PyList();
    }

    private static State state() {
        return ThreadState.current().interpreter.state(State.class, State::new);
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("gc");
        State s = interpreter.state(State.class, State::new);
        m.put("callbacks", s.callbacks);
        m.put("garbage", s.garbage);
        m.put("DEBUG_STATS", PyInt.of(1));
        m.put("DEBUG_COLLECTABLE", PyInt.of(2));
        m.put("DEBUG_UNCOLLECTABLE", PyInt.of(4));
        m.put("DEBUG_SAVEALL", PyInt.of(32));
        m.put("DEBUG_LEAK", PyInt.of(38));
        ModuleBuilder.addFunctions(m, GcModule.class);
        return m;
    }

    // CPython: Modules/gcmodule.c gc_collect_impl, invoke_gc_callback
    @Exposed(value = "collect($module, /, generation=2)", doc = "Run the garbage collector.")
    public static long collect(PyObject generation) {
        long gen = CArgs.asInt(generation);
        if (gen < 0 || gen > 2) {
            throw PyExceptions.valueError("invalid generation");
        }
        State s = state();
        if (s.collecting) {
            // a __del__ or callback run by this collection asked for another: CPython does
            // nothing then (a finalizer calling gc.collect() must not recurse once per object)
            return 0;
        }
        s.collecting = true;
        try {
            notify(s, "start", gen);
            Interpreter interpreter = ThreadState.current().interpreter;
            if (gen == 2) {
                collectJvm(s, interpreter.gil());
            }
            dev.krait.runtime.SafePoints.runFinalizers(interpreter);
            WeakrefModule.afterCollection(interpreter);
            s.collections++;
            notify(s, "stop", gen);
        } finally {
            s.collecting = false;
        }
        return 0;
    }

    /**
     * A full JVM collection and its finalizers (the objects found unreachable are then in the
     * finalizer queue). It touches no Python object, so other threads run meanwhile. A thread
     * that collects in a loop (test_weakref's collect_in_thread) would still stop the others
     * most of the time, since the JVM's collection stops every thread: when others wait for the
     * GIL, a collection that follows the previous one closely first lets them run as long as
     * that one took.
     */
    private static void collectJvm(State s, Gil gil) {
        long wait = s.lastDuration - (System.nanoTime() - s.lastEnd);
        boolean yieldFirst = wait > 0 && gil.othersWaiting();
        Gil.allowThreads(() -> {
            if (yieldFirst) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            long start = System.nanoTime();
            collectAndFinalize();
            s.lastEnd = System.nanoTime();
            s.lastDuration = s.lastEnd - start;
            return null;
        });
    }

    /**
     * A full collection, then a wait until the finalizers of the objects it found unreachable
     * have run: the JVM hands them to its finalizer thread a little after the collection, so
     * a sentinel with a finalizer of its own, unreachable from the start, tells when the batch
     * of this collection has reached it (bounded: a finalizer that blocks must not hang us).
     */
    @SuppressWarnings({"removal", "deprecation"})
    private static void collectAndFinalize() {
        java.util.concurrent.CountDownLatch reached = new java.util.concurrent.CountDownLatch(1);
        plantSentinel(reached);
        System.gc();
        System.runFinalization();
        try {
            reached.await(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.runFinalization();
    }

    /**
     * Makes the sentinel in a frame of its own: one made in the caller's frame could be kept
     * alive by that frame's slots through the collection, and then never reach the latch.
     */
    private static void plantSentinel(java.util.concurrent.CountDownLatch reached) {
        new FinalizerSentinel(reached);
    }

    /** An object whose finalizer opens a latch (see {@link #collectAndFinalize}). */
    private static final class FinalizerSentinel {
        private final java.util.concurrent.CountDownLatch reached;

        FinalizerSentinel(java.util.concurrent.CountDownLatch reached) {
            this.reached = reached;
        }

        @Override
        @SuppressWarnings({"removal", "deprecation"})
        protected void finalize() {
            reached.countDown();
        }
    }

    private static void notify(State s, String phase, long generation) {
        if (s.callbacks.size() == 0) {
            return;
        }
        PyDict info = new PyDict();
        info.setItem(PyStr.of("generation"), PyInt.of(generation));
        info.setItem(PyStr.of("collected"), PyInt.of(0));
        info.setItem(PyStr.of("uncollectable"), PyInt.of(0));
        for (PyObject cb : Iteration.toList(s.callbacks)) {
            Ops.call(cb, PyStr.of(phase), info);
        }
    }

    @Exposed(value = "enable($module, /)", doc = "Enable automatic garbage collection.")
    public static void enable() {
        state().enabled = true;
    }

    @Exposed(value = "disable($module, /)", doc = "Disable automatic garbage collection.")
    public static void disable() {
        state().enabled = false;
    }

    @Exposed(value = "isenabled($module, /)",
            doc = "Returns true if automatic garbage collection is enabled.")
    public static boolean isenabled() {
        return state().enabled;
    }

    @Exposed(value = "get_threshold($module, /)",
            doc = "Return the current collection thresholds.")
    public static PyObject get_threshold() {
        long[] t = state().thresholds;
        return PyTuple.of(PyInt.of(t[0]), PyInt.of(t[1]), PyInt.of(t[2]));
    }

    // CPython: Modules/gcmodule.c gc_set_threshold ("i|ii:set_threshold")
    @Exposed(value = "set_threshold($module, threshold0, threshold1=<unrepresentable>, "
            + "threshold2=<unrepresentable>, /)",
            doc = "Set the collection thresholds (the collection frequency).",
            signature = Exposed.Signature.HIDDEN)
    public static void set_threshold(PyObject t0, PyObject t1, PyObject t2) {
        long[] t = state().thresholds;
        t[0] = CArgs.intFormat(t0);
        if (t1 != null) {
            t[1] = CArgs.intFormat(t1);
        }
        if (t2 != null) {
            t[2] = CArgs.intFormat(t2);
        }
    }

    @Exposed(value = "get_count($module, /)",
            doc = "Return a three-tuple of the current collection counts.")
    public static PyObject get_count() {
        return PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0));
    }

    @Exposed(value = "get_debug($module, /)", doc = "Get the garbage collection debugging flags.")
    public static long get_debug() {
        return state().debug;
    }

    @Exposed(value = "set_debug($module, flags, /)",
            doc = "Set the garbage collection debugging flags.")
    public static void set_debug(PyObject flags) {
        state().debug = CArgs.asInt(flags);
    }

    @Exposed(value = "get_stats($module, /)",
            doc = "Return a list of dictionaries containing per-generation statistics.")
    public static PyObject get_stats() {
        PyList out = new PyList();
        for (int gen = 0; gen < 3; gen++) {
            PyDict d = new PyDict();
            d.setItem(PyStr.of("collections"), PyInt.of(gen == 2 ? state().collections : 0));
            d.setItem(PyStr.of("collected"), PyInt.of(0));
            d.setItem(PyStr.of("uncollectable"), PyInt.of(0));
            out.append(d);
        }
        return out;
    }

    /**
     * CPython tracks containers only: atoms never, and a dict only while it holds a tracked
     * object (Modules/gcmodule.c gc_is_tracked, Objects/dictobject.c MAINTAIN_TRACKING).
     */
    @Exposed(value = "is_tracked($module, obj, /)",
            doc = "Returns true if the object is tracked by the garbage collector.")
    public static boolean is_tracked(PyObject obj) {
        if (obj instanceof PyInt || obj instanceof PyFloat || obj instanceof PyStr
                || obj instanceof PyBytes || obj instanceof PyComplex || obj == PyNone.NONE
                || obj instanceof PyBool) {
            return false;
        }
        if (obj instanceof PyDict d && d.type() == PyDict.TYPE) {
            for (Map.Entry<PyObject, PyObject> e : d.entries()) {
                if (is_tracked(e.getKey()) || is_tracked(e.getValue())) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    @Exposed(value = "is_finalized($module, obj, /)",
            doc = "Returns true if the object has been already finalized by the GC.")
    public static boolean is_finalized(PyObject obj) {
        return dev.krait.objects.Finalization.isFinalized(obj);
    }

    @Exposed(value = "freeze($module, /)", doc = "Freeze all current tracked objects.")
    public static void freeze() {
        state().frozen++;
    }

    @Exposed(value = "unfreeze($module, /)", doc = "Unfreeze all objects in the permanent "
            + "generation.")
    public static void unfreeze() {
        state().frozen = 0;
    }

    @Exposed(value = "get_freeze_count($module, /)",
            doc = "Return the number of objects in the permanent generation.")
    public static long get_freeze_count() {
        return 0;
    }

    @Exposed(value = "get_objects($module, /, generation=None)",
            doc = "Return a list of objects tracked by the collector (excluding the list "
                    + "returned).")
    public static PyObject get_objects(PyObject generation) {
        dev.krait.runtime.Audit.audit("gc.get_objects", generation == null
                || generation == dev.krait.objects.PyNone.NONE ? dev.krait.objects.PyInt.of(-1)
                : generation); // CPython: Modules/gcmodule.c gc_get_objects_impl
        throw PyExceptions.notImplementedError("gc.get_objects() is not available on Krait: "
                + "the JVM's collector does not list live objects");
    }

    @Exposed(value = "get_referrers($module, /, *objs)",
            doc = "Return the list of objects that directly refer to any of objs.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject get_referrers(PyObject[] args, String[] kwnames) {
        dev.krait.runtime.Audit.audit("gc.get_referrers", new dev.krait.objects.PyTuple(args));
        throw PyExceptions.notImplementedError("gc.get_referrers() is not available on Krait: "
                + "the JVM's collector does not list referrers");
    }

    @Exposed(value = "get_referents($module, /, *objs)",
            doc = "Return the list of objects that are directly referred to by objs.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject get_referents(PyObject[] args, String[] kwnames) {
        dev.krait.runtime.Audit.audit("gc.get_referents", new dev.krait.objects.PyTuple(args));
        throw PyExceptions.notImplementedError("gc.get_referents() is not available on Krait");
    }
}
