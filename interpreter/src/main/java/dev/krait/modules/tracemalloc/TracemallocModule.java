package dev.krait.modules.tracemalloc;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The {@code _tracemalloc} module that Lib/tracemalloc.py builds on: starting and stopping the
 * {@link Tracer}, and its traces as the tuples CPython's functions return. Only the default
 * domain (0) has traces: Krait has no C extensions to track memory of their own.
 *
 * <p>CPython counterpart: Modules/_tracemalloc.c (its clinic functions).
 */
@NativeModule.Register("_tracemalloc")
public final class TracemallocModule implements NativeModule {

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_tracemalloc");
        m.put("__doc__", PyStr.of("Debug module to trace memory blocks allocated by Python."));
        ModuleBuilder.addFunctions(m, TracemallocModule.class);
        return m;
    }

    /**
     * Starts tracing as the interpreter starts ({@code -X tracemalloc=N}, PYTHONTRACEMALLOC),
     * before the program's first line; the launcher has checked {@code nframe}'s range.
     */
    // CPython: Python/pylifecycle.c init_interp_main, _PyTraceMalloc_Init
    public static void startAtStartUp(int nframe) {
        Tracer.start(nframe);
    }

    /** The largest traceback limit {@code start()} accepts. */
    public static int maxNframe() {
        return Tracer.MAX_NFRAME;
    }

    /** The message of the ValueError for a limit out of range. */
    public static String nframeRangeMessage() {
        return "the number of frames must be in range [1; " + Tracer.MAX_NFRAME + "]";
    }

    @Exposed(value = "is_tracing($module, /)",
            doc = "Return True if the tracemalloc module is tracing Python memory allocations.")
    public static boolean is_tracing() {
        return Tracer.isTracing();
    }

    @Exposed(value = "clear_traces($module, /)",
            doc = "Clear traces of memory blocks allocated by Python.")
    public static void clear_traces() {
        if (Tracer.isTracing()) {
            Tracer.clear();
        }
    }

    // CPython: Modules/_tracemalloc.c tracemalloc_start (the nframe check)
    @Exposed(value = "start($module, nframe=1, /)", doc = "Start tracing Python memory "
            + "allocations.\n\nAlso set the maximum number of frames stored in the traceback "
            + "of a\ntrace to nframe.")
    public static void start(PyObject nframe) {
        int n = CArgs.asInt(nframe);
        if (n < 1 || n > Tracer.MAX_NFRAME) {
            throw PyExceptions.valueError(nframeRangeMessage());
        }
        Tracer.start(n);
    }

    @Exposed(value = "stop($module, /)", doc = "Stop tracing Python memory allocations.\n\n"
            + "Also clear traces of memory blocks allocated by Python.")
    public static void stop() {
        Tracer.stop();
    }

    @Exposed(value = "get_traceback_limit($module, /)", doc = "Get the maximum number of frames "
            + "stored in the traceback of a trace.\n\nBy default, a trace of an allocated memory "
            + "block only stores\nthe most recent frame: the limit is 1.")
    public static long get_traceback_limit() {
        return Tracer.tracebackLimit();
    }

    @Exposed(value = "get_tracemalloc_memory($module, /)", doc = "Get the memory usage in bytes "
            + "of the tracemalloc module.\n\nThis memory is used internally to trace memory "
            + "allocations.")
    public static long get_tracemalloc_memory() {
        Tracer.update();
        return Tracer.footprint();
    }

    @Exposed(value = "get_traced_memory($module, /)", doc = "Get the current size and peak size "
            + "of memory blocks traced by tracemalloc.\n\nReturns a tuple: (current: int, peak: "
            + "int).")
    public static PyObject get_traced_memory() {
        Tracer.update();
        long current = Tracer.currentSize();
        long peak = Tracer.peakSize();
        return Tracer.untraced(() -> PyTuple.of(PyInt.of(current), PyInt.of(peak)));
    }

    @Exposed(value = "reset_peak($module, /)", doc = "Set the peak size of memory blocks traced "
            + "by tracemalloc to the current size.\n\nDo nothing if the tracemalloc module is "
            + "not tracing memory allocations.\n")
    public static void reset_peak() {
        Tracer.update();
        Tracer.resetPeak();
    }

    /**
     * The live traces as (domain, size, traceback, total_nframe) tuples; the traces of one
     * traceback share one tuple of frames (CPython interns them the same way in this call).
     */
    // CPython: Modules/_tracemalloc.c _tracemalloc__get_traces_impl, trace_to_pyobject
    @Exposed(value = "_get_traces($module, /)", doc = "Get traces of all memory blocks allocated "
            + "by Python.\n\nReturn a list of (size: int, traceback: tuple) tuples.\ntraceback "
            + "is a tuple of (filename: str, lineno: int) tuples.\n\nReturn an empty list if the "
            + "tracemalloc module is disabled.")
    public static PyObject _get_traces() {
        return Tracer.untraced(() -> {
            PyList out = new PyList();
            Map<Traceback, PyTuple> frames = new IdentityHashMap<>();
            PyInt domain = PyInt.of(0);
            for (Tracer.Trace t : Tracer.traces()) {
                PyTuple tb = frames.computeIfAbsent(t.traceback, Traceback::toPython);
                out.append(PyTuple.of(domain, PyInt.of(t.size), tb,
                        PyInt.of(t.traceback.totalNframe)));
            }
            return out;
        });
    }

    // CPython: Modules/_tracemalloc.c _tracemalloc__get_object_traceback
    @Exposed(value = "_get_object_traceback($module, obj, /)", doc = "Get the traceback where "
            + "the Python object obj was allocated.\n\nReturn a tuple of (filename: str, lineno: "
            + "int) tuples.\nReturn None if the tracemalloc module is disabled or did not\ntrace "
            + "the allocation of the object.")
    public static PyObject _get_object_traceback(PyObject obj) {
        Traceback tb = Tracer.tracebackOf(obj);
        return tb == null ? PyNone.NONE : Tracer.untraced(tb::toPython);
    }
}
