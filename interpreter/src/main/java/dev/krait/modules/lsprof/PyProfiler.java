package dev.krait.modules.lsprof;

import dev.krait.modules.sys.PyStructSequence;
import dev.krait.objects.CArgs;
import dev.krait.objects.PyBuiltinFunction;
import dev.krait.objects.Exposed;
import dev.krait.objects.FloatMath;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.Tracing;
import dev.krait.runtime.Pytime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _lsprof.Profiler}: a deterministic profiler. Enabled, it is the thread's profile
 * function ({@link Tracing.Profiler}); each {@code call} pushes a context holding the start time,
 * each {@code return} pops it and charges the elapsed time to the function's entry: all of it to
 * the total time (unless the function is already running further up, so recursion is not
 * counted twice), and what its callees did not use to its inline time. With subcalls on, the
 * same numbers are kept per (caller, callee) pair, which {@code pstats} prints as callers and
 * callees. Python functions are identified by their code object; builtin functions (with
 * {@code builtins} on) by their definition, shared by every bound copy of a method, and named
 * by a string such as {@code <built-in method builtins.max>} or
 * {@code <method 'append' of 'list' objects>}.
 *
 * <p>Times are {@link System#nanoTime} nanoseconds (CPython's perf counter), or a Python timer's
 * values: floats of seconds, or, with a {@code timeunit}, ints scaled by it.
 *
 * <p>CPython counterpart: Modules/_lsprof.c.
 */
public class PyProfiler extends PyObject implements Tracing.Profiler {
    public static final PyType TYPE = PyType.builtin("Profiler", PyProfiler.class, null)
            .withModule("_lsprof");

    static {
        TYPE.setTypeAttribute("__doc__", PyStr.of("Profiler(timer=None, timeunit=None, "
                + "subcalls=True, builtins=True)\n\n    Builds a profiler object using the "
                + "specified timer function.\n    The default timer is a fast built-in one based "
                + "on real time.\n    For custom timer functions returning integers, timeunit "
                + "can\n    be a float specifying a scale (i.e. how long each integer unit\n    "
                + "is, in seconds).\n"));
    }

    /** The statistics of one function: {@code ProfilerEntry}, or a caller's {@code SubEntry}. */
    private static final class Stats {
        /** The code object, or a builtin's name string. */
        final PyObject code;
        long tt;
        long it;
        long callcount;
        long recursivecallcount;
        long recursionLevel;
        /** Per callee (subcalls); null in sub-entries and until a first callee. */
        Map<Stats, Stats> calls;

        Stats(PyObject code) {
            this.code = code;
        }
    }

    /** One running call: {@code ProfilerContext}. */
    private static final class Context {
        final Stats entry;
        final Context previous;
        long t0;
        long subt;

        Context(Stats entry, Context previous) {
            this.entry = entry;
            this.previous = previous;
        }
    }

    /**
     * Entries by code object or builtin definition (their identity), and in the order
     * functions were first called.
     */
    private final IdentityHashMap<Object, Stats> entries = new IdentityHashMap<>();
    private final List<Stats> order = new ArrayList<>();
    private Context current;
    private boolean subcalls = true;
    /** Whether builtin functions are entries of their own ({@code c_call} events). */
    private boolean builtins = true;
    private PyObject externalTimer;
    private double externalTimerUnit;

    protected PyProfiler(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyProfiler(cls);
    }

    // CPython: Modules/_lsprof.c profiler_init
    @Exposed("__init__($self, /, timer=<unrepresentable>, timeunit=0.0, subcalls=1, "
            + "builtins=1)")
    public void __init__(PyObject timer, PyObject timeunit, PyObject subcallsArg,
            PyObject builtinsArg) {
        double unit = FloatMath.asDouble(timeunit);
        int sub = CArgs.intFormat(subcallsArg);
        int builtin = CArgs.intFormat(builtinsArg);
        setFlags(sub, builtin);
        externalTimerUnit = unit;
        externalTimer = timer;
    }

    /** A negative value leaves a flag as it was. */
    private void setFlags(int sub, int builtin) {
        if (sub >= 0) {
            subcalls = sub != 0;
        }
        if (builtin >= 0) {
            builtins = builtin != 0;
        }
    }

    // CPython: Modules/_lsprof.c profiler_enable
    @Exposed(value = "enable($self, /, subcalls=-1, builtins=-1)", doc = "enable(subcalls=True"
            + ", builtins=True)\n\nStart collecting profiling information.\nIf 'subcalls' is "
            + "True, also records for each function\nstatistics separated according to its "
            + "current caller.\nIf 'builtins' is True, records the time spent in\nbuilt-in "
            + "functions separately from their caller.\n")
    public void enable(PyObject subcallsArg, PyObject builtinsArg) {
        setFlags(CArgs.intFormat(subcallsArg), CArgs.intFormat(builtinsArg));
        ThreadState.current().setProfileFunction(this);
    }

    // CPython: Modules/_lsprof.c profiler_disable
    @Exposed(value = "disable($self, /)", doc = "disable()\n\nStop collecting profiling "
            + "information.\n")
    public void disable() {
        // as in CPython, whichever profile function the thread has goes
        ThreadState.current().setProfileFunction(null);
        flushUnmatched();
    }

    // CPython: Modules/_lsprof.c profiler_clear
    @Exposed(value = "clear($self, /)", doc = "clear()\n\nClear all profiling information "
            + "collected so far.\n")
    public void clear() {
        entries.clear();
        order.clear();
        current = null;
    }

    /** The calls still running when profiling stops are charged up to now. */
    // CPython: Modules/_lsprof.c flush_unmatched
    private void flushUnmatched() {
        while (current != null) {
            stop(current);
        }
    }

    // ---- the events --------------------------------------------------------------------------

    @Override
    public void profileCall(PyFrame f) {
        enterCall(f.code, f.code);
    }

    @Override
    public void profileReturn(PyFrame f) {
        leaveCall(f.code);
    }

    // CPython: Modules/_lsprof.c profiler_callback (PyTrace_C_CALL)
    @Override
    public void profileBuiltinCall(PyObject function) {
        if (builtins && function instanceof PyBuiltinFunction b) {
            enterCall(b.definition(), b);
        }
    }

    // CPython: Modules/_lsprof.c profiler_callback (PyTrace_C_RETURN, PyTrace_C_EXCEPTION)
    @Override
    public void profileBuiltinReturn(PyObject function) {
        if (builtins && function instanceof PyBuiltinFunction b) {
            leaveCall(b.definition());
        }
    }

    /**
     * What a builtin's entry shows for its code: the repr of the method its bound object's
     * type has under its name ({@code <method 'append' of 'list' objects>}), else
     * {@code <built-in method MODULE.NAME>} -- a module function's {@code m_self} is its module,
     * whose type has no such method.
     */
    // CPython: Modules/_lsprof.c normalizeUserObj
    private static PyObject label(PyBuiltinFunction b) {
        PyObject self = b.methodSelf();
        if (self != null) {
            PyObject method = self.type().lookup(b.name());
            if (method != null) {
                return Ops.repr(method);
            }
        }
        String module = b.moduleName();
        return PyStr.of(module != null ? "<built-in method " + module + "." + b.name() + ">"
                : "<built-in method " + b.name() + ">");
    }

    // CPython: Modules/_lsprof.c ptrace_enter_call, initContext
    private void enterCall(Object key, PyObject function) {
        Stats entry = entries.get(key);
        if (entry == null) {
            entry = new Stats(function instanceof PyBuiltinFunction b ? label(b) : function);
            entries.put(key, entry);
            order.add(entry);
        }
        Context c = new Context(entry, current);
        current = c;
        entry.recursionLevel++;
        if (subcalls && c.previous != null) {
            Stats caller = c.previous.entry;
            if (caller.calls == null) {
                caller.calls = new LinkedHashMap<>();
            }
            Stats sub = caller.calls.get(entry);
            if (sub == null) {
                sub = new Stats(entry.code);
                caller.calls.put(entry, sub);
            }
            sub.recursionLevel++;
        }
        c.t0 = timer();
    }

    // CPython: Modules/_lsprof.c ptrace_leave_call
    private void leaveCall(Object key) {
        Context c = current;
        if (c == null) {
            return;
        }
        if (entries.containsKey(key)) {
            stop(c);
        } else {
            current = c.previous;
        }
    }

    // CPython: Modules/_lsprof.c Stop
    private void stop(Context c) {
        Stats entry = c.entry;
        long tt = timer() - c.t0;
        long it = tt - c.subt;
        if (c.previous != null) {
            c.previous.subt += tt;
        }
        current = c.previous;
        if (--entry.recursionLevel == 0) {
            entry.tt += tt;
        } else {
            entry.recursivecallcount++;
        }
        entry.it += it;
        entry.callcount++;
        if (subcalls && c.previous != null && c.previous.entry.calls != null) {
            Stats sub = c.previous.entry.calls.get(entry);
            if (sub != null) {
                if (--sub.recursionLevel == 0) {
                    sub.tt += tt;
                } else {
                    sub.recursivecallcount++;
                }
                sub.it += it;
                sub.callcount++;
            }
        }
    }

    // ---- the timer ---------------------------------------------------------------------------

    // CPython: Modules/_lsprof.c call_timer, CallExternalTimer
    private long timer() {
        if (externalTimer == null) {
            return System.nanoTime();
        }
        try {
            PyObject o = Ops.call(externalTimer);
            if (externalTimerUnit > 0.0) {
                // an int count of units, scaled in getstats()
                return Pytime.fromNanosecondsObject(o);
            }
            return Pytime.fromSecondsObject(o, Pytime.Round.FLOOR);
        } catch (PyException e) {
            Errors.writeUnraisable(externalTimer, e.value);
            return 0;
        }
    }

    // ---- the results -------------------------------------------------------------------------

    // CPython: Modules/_lsprof.c _lsprof_Profiler_getstats_impl
    @Exposed(value = "getstats($self, /)", doc = "list of profiler_entry objects.\n\n"
            + "getstats() -> list of profiler_entry objects\n\nReturn all information collected "
            + "by the profiler.\nEach profiler_entry is a tuple-like object with the\nfollowing "
            + "attributes:\n\n    code          code object\n    callcount     how many times "
            + "this was called\n    reccallcount  how many times called recursively\n    "
            + "totaltime     total time in this entry\n    inlinetime    inline time in this "
            + "entry (not in subcalls)\n    calls         details of the calls\n\nThe calls "
            + "attribute is either None or a list of\nprofiler_subentry objects:\n\n    code   "
            + "       called code object\n    callcount     how many times this is called\n    "
            + "reccallcount  how many times this is called recursively\n    totaltime     total"
            + " time spent in this call\n    inlinetime    inline time (not in further subcalls)")
    public PyObject getstats() {
        double factor = externalTimer == null || externalTimerUnit == 0.0 ? 1e-9
                : externalTimerUnit;
        List<PyObject> out = new ArrayList<>();
        for (Stats entry : order) {
            if (entry.callcount == 0) {
                continue;
            }
            PyObject calls = PyNone.NONE;
            if (entry.calls != null) {
                List<PyObject> sub = new ArrayList<>();
                for (Stats s : entry.calls.values()) {
                    sub.add(PyStructSequence.make(LsprofModule.PROFILER_SUBENTRY, s.code,
                            PyInt.of(s.callcount), PyInt.of(s.recursivecallcount),
                            new PyFloat(factor * s.tt), new PyFloat(factor * s.it)));
                }
                calls = new PyList(sub);
            }
            out.add(PyStructSequence.make(LsprofModule.PROFILER_ENTRY, entry.code,
                    PyInt.of(entry.callcount), PyInt.of(entry.recursivecallcount),
                    new PyFloat(factor * entry.tt), new PyFloat(factor * entry.it), calls));
        }
        return new PyList(out);
    }
}
