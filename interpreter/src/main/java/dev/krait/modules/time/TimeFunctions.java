package dev.krait.modules.time;

import dev.krait.modules.signal.SignalState;
import dev.krait.modules.sys.PySimpleNamespace;
import dev.krait.objects.Attributes;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Pytime;
import dev.krait.runtime.ThreadState;

/**
 * The functions of the {@code time} module: clocks ({@code time}, {@code monotonic},
 * {@code perf_counter}, {@code process_time}, {@code thread_time} and their {@code _ns}
 * forms), {@code sleep}, and the conversions {@code gmtime}, {@code localtime},
 * {@code mktime}, {@code strftime}, {@code strptime} (CPython's pure {@code _strptime}),
 * {@code asctime}, {@code ctime}.
 *
 * <p>CPython counterpart: Modules/timemodule.c.
 */
public final class TimeFunctions {
    private TimeFunctions() {}

    private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
        "Aug", "Sep", "Oct", "Nov", "Dec"};

    private static long nanos(int clock) {
        return TimeCalls.clockNanos(clock);
    }

    private static double seconds(long ns) {
        // CPython: Python/pytime.c _PyTime_AsSecondsDouble
        return ns % 1_000_000_000L == 0 ? (double) (ns / 1_000_000_000L) : ns / 1e9;
    }

    @Exposed(value = "time($module, /)", signature = Exposed.Signature.HIDDEN)
    public static double time() {
        return seconds(nanos(TimeCalls.CLOCK_REALTIME));
    }

    @Exposed(value = "time_ns($module, /)", signature = Exposed.Signature.HIDDEN)
    public static long time_ns() {
        return nanos(TimeCalls.CLOCK_REALTIME);
    }

    @Exposed(value = "monotonic($module, /)", signature = Exposed.Signature.HIDDEN)
    public static double monotonic() {
        return seconds(nanos(TimeCalls.CLOCK_MONOTONIC));
    }

    @Exposed(value = "monotonic_ns($module, /)", signature = Exposed.Signature.HIDDEN)
    public static long monotonic_ns() {
        return nanos(TimeCalls.CLOCK_MONOTONIC);
    }

    @Exposed(value = "perf_counter($module, /)", signature = Exposed.Signature.HIDDEN)
    public static double perf_counter() {
        return seconds(nanos(TimeCalls.CLOCK_MONOTONIC));
    }

    @Exposed(value = "perf_counter_ns($module, /)", signature = Exposed.Signature.HIDDEN)
    public static long perf_counter_ns() {
        return nanos(TimeCalls.CLOCK_MONOTONIC);
    }

    @Exposed(value = "process_time($module, /)", signature = Exposed.Signature.HIDDEN)
    public static double process_time() {
        return seconds(nanos(TimeCalls.CLOCK_PROCESS_CPUTIME_ID));
    }

    @Exposed(value = "process_time_ns($module, /)", signature = Exposed.Signature.HIDDEN)
    public static long process_time_ns() {
        return nanos(TimeCalls.CLOCK_PROCESS_CPUTIME_ID);
    }

    @Exposed(value = "thread_time($module, /)", signature = Exposed.Signature.HIDDEN)
    public static double thread_time() {
        return seconds(nanos(TimeCalls.CLOCK_THREAD_CPUTIME_ID));
    }

    @Exposed(value = "thread_time_ns($module, /)", signature = Exposed.Signature.HIDDEN)
    public static long thread_time_ns() {
        return nanos(TimeCalls.CLOCK_THREAD_CPUTIME_ID);
    }

    @Exposed(value = "clock_gettime($module, clk_id, /)", signature = Exposed.Signature.HIDDEN)
    public static double clock_gettime(PyObject clock) {
        return seconds(known(nanos(CArgs.intFormat(clock))));
    }

    @Exposed(value = "clock_gettime_ns($module, clk_id, /)", signature = Exposed.Signature.HIDDEN)
    public static long clock_gettime_ns(PyObject clock) {
        return known(nanos(CArgs.intFormat(clock)));
    }

    // CPython: Modules/timemodule.c time_clock_getres
    @Exposed(value = "clock_getres($module, clk_id, /)", signature = Exposed.Signature.HIDDEN)
    public static double clock_getres(PyObject clock) {
        return seconds(known(TimeCalls.clockResolutionNanos(CArgs.intFormat(clock))));
    }

    // CPython: Modules/timemodule.c time_clock_settime
    @Exposed(value = "clock_settime($module, clk_id, time, /)",
            signature = Exposed.Signature.HIDDEN)
    public static void clock_settime(PyObject clock, PyObject time) {
        int id = CArgs.intFormat(clock);
        TimeCalls.clockSet(id, Pytime.fromSecondsObject(time, Pytime.Round.FLOOR));
    }

    // CPython: Modules/timemodule.c time_clock_settime_ns, _PyTime_FromNanosecondsObject
    @Exposed(value = "clock_settime_ns($module, clk_id, time, /)",
            signature = Exposed.Signature.HIDDEN)
    public static void clock_settime_ns(PyObject clock, PyObject time) {
        int id = CArgs.intFormat(clock);
        TimeCalls.clockSet(id, Pytime.fromNanosecondsObject(time));
    }

    /**
     * The clock of a thread's CPU time; {@code thread_id} is what {@code threading.get_ident()}
     * gave, and a number that names no thread running Python code fails with ESRCH (CPython
     * hands any number to the C library as a pthread_t).
     */
    // CPython: Modules/timemodule.c time_pthread_getcpuclockid
    @Exposed(value = "pthread_getcpuclockid($module, thread_id, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long pthread_getcpuclockid(PyObject threadId) {
        long ident = CArgs.unsignedLongMask(threadId);
        long pthread = ThreadState.pthreadOf(ThreadState.current().interpreter, ident);
        if (pthread == 0) {
            throw dev.krait.modules.io.IoErrors.osError(3, null);
        }
        return TimeCalls.threadCpuClock(pthread);
    }

    /**
     * A clock call's nanoseconds, or CPython's OSError (errno EINVAL) when the kernel did not
     * know the clock (TimeCalls answers Long.MIN_VALUE then).
     */
    private static long known(long ns) {
        if (ns == Long.MIN_VALUE) {
            throw dev.krait.modules.io.IoErrors.osError(22, null);
        }
        return ns;
    }

    // CPython: Modules/timemodule.c time_sleep, pysleep
    @Exposed(value = "sleep($module, secs, /)", signature = Exposed.Signature.HIDDEN)
    public static void sleep(PyObject secs) {
        long ns = Pytime.fromSecondsObject(secs, Pytime.Round.TIMEOUT);
        if (ns < 0) {
            throw PyExceptions.valueError("sleep length must be non-negative");
        }
        // A signal's Python handler runs during the sleep; unless it raises, the sleep goes on
        // for the time left (PEP 475).
        long deadline = System.nanoTime() + ns;
        try {
            long left = ns;
            while (left > 0) {
                SignalState.sleepInterruptibly(left);
                left = deadline - System.nanoTime();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Seconds as a time_t, floor-rounded; None or missing means now. */
    // CPython: Python/pytime.c _PyTime_ObjectToTime_t (_PyTime_ROUND_FLOOR)
    private static long timeT(PyObject secs) {
        if (secs == null || secs == PyNone.NONE) {
            return Math.floorDiv(nanos(TimeCalls.CLOCK_REALTIME), 1_000_000_000L);
        }
        return Pytime.objectToTimeT(secs, Pytime.Round.FLOOR);
    }

    /**
     * localtime_r or gmtime_r of a time_t: OSError (EOVERFLOW) when its year does not fit in
     * the C int of struct tm.
     */
    // CPython: Modules/timemodule.c _PyTime_localtime / _PyTime_gmtime
    private static TimeCalls.Tm brokenDown(long seconds, boolean local) {
        TimeCalls.Tm tm = TimeCalls.breakDown(seconds, local);
        if (tm == null) {
            int eoverflow = 75;
            throw dev.krait.modules.io.IoErrors.osError(eoverflow,
                    dev.krait.modules.posix.ProcessCalls.strerror(eoverflow), null);
        }
        return tm;
    }

    @Exposed(value = "gmtime($module, seconds=None, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject gmtime(PyObject seconds) {
        TimeCalls.Tm tm = brokenDown(timeT(seconds), false);
        return TimeModule.structTime(tm);
    }

    @Exposed(value = "localtime($module, seconds=None, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject localtime(PyObject seconds) {
        TimeCalls.Tm tm = brokenDown(timeT(seconds), true);
        return TimeModule.structTime(tm);
    }

    // CPython: Modules/timemodule.c gettmarg
    private static TimeCalls.Tm tmArg(PyObject t, String fn) {
        if (!(t instanceof PyTuple tuple)) {
            throw PyExceptions.typeError("Tuple or struct_time argument required");
        }
        if (tuple.size() != 9) {
            throw PyExceptions.typeError(fn + "(): illegal time tuple argument");
        }
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) {
            v[i] = CArgs.intFormat(tuple.get(i));
        }
        // tm_year counts from 1900 in a C int: the lowest years do not fit
        if (v[0] < Integer.MIN_VALUE + 1900) {
            throw PyExceptions.overflowError("year out of range");
        }
        int[] f = new int[9];
        f[5] = v[0] - 1900;
        f[4] = v[1] - 1;
        f[3] = v[2];
        f[2] = v[3];
        f[1] = v[4];
        f[0] = v[5];
        f[6] = (v[6] + 1) % 7;
        f[7] = v[7] - 1;
        f[8] = v[8];
        String zone = null;
        long gmtoff = 0;
        if (t.type() == TimeModule.STRUCT_TIME) {
            PyObject z = Attributes.getAttr(t, "tm_zone");
            if (z != PyNone.NONE) {
                zone = Ops.str(z).value();
            }
            PyObject g = Attributes.getAttr(t, "tm_gmtoff");
            if (g != PyNone.NONE) {
                gmtoff = CArgs.asLong(g);
            }
        }
        return new TimeCalls.Tm(f, gmtoff, zone);
    }

    // CPython: Modules/timemodule.c checktm
    private static void checkTm(int[] f) {
        if (f[4] == -1) {
            f[4] = 0;
        } else if (f[4] < 0 || f[4] > 11) {
            throw PyExceptions.valueError("month out of range");
        }
        if (f[3] == 0) {
            f[3] = 1;
        } else if (f[3] < 0 || f[3] > 31) {
            throw PyExceptions.valueError("day of month out of range");
        }
        if (f[2] < 0 || f[2] > 23) {
            throw PyExceptions.valueError("hour out of range");
        }
        if (f[1] < 0 || f[1] > 59) {
            throw PyExceptions.valueError("minute out of range");
        }
        if (f[0] < 0 || f[0] > 61) {
            throw PyExceptions.valueError("seconds out of range");
        }
        if (f[6] < 0) {
            throw PyExceptions.valueError("day of week out of range");
        }
        if (f[7] == -1) {
            f[7] = 0;
        } else if (f[7] < 0 || f[7] > 365) {
            throw PyExceptions.valueError("day of year out of range");
        }
    }

    private static TimeCalls.Tm nowOr(PyObject t, String fn) {
        if (t == null) {
            return TimeCalls.breakDown(timeT(null), true);
        }
        TimeCalls.Tm tm = tmArg(t, fn);
        checkTm(tm.fields());
        return tm;
    }

    // CPython: Modules/timemodule.c time_strftime
    @Exposed(value = "strftime($module, format, tuple=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject strftime(PyObject format, PyObject t) {
        if (!(format instanceof PyStr fs)) {
            throw PyExceptions.typeError("strftime() argument 1 must be str, not "
                    + format.type().getName());
        }
        TimeCalls.Tm tm = nowOr(t, "strftime");
        int[] f = tm.fields();
        f[8] = Math.max(-1, Math.min(1, f[8]));
        byte[] fmt = StrCodecs.encode(fs, StrCodecs.Codec.UTF8, "surrogateescape");
        for (byte b : fmt) {
            if (b == 0) {
                throw PyExceptions.valueError("embedded null character");
            }
        }
        if (fmt.length == 0) {
            return PyStr.of("");
        }
        byte[] out = TimeCalls.strftime(fmt, tm, Math.max(1024, 256 * fmt.length));
        if (out == null) {
            return PyStr.of("");
        }
        return StrCodecs.decode(out, 0, out.length, StrCodecs.Codec.UTF8, "surrogateescape");
    }

    @Exposed(value = "strptime($module, string, format='%a %b %d %H:%M:%S %Y', /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject strptime(PyObject string, PyObject format) {
        PyObject mod = ThreadState.current().interpreter.importer().importModule("_strptime");
        return Ops.call(Attributes.getAttr(mod, "_strptime_time"), string, format);
    }

    // CPython: Modules/timemodule.c _asctime
    private static String asctimeText(int[] f) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", DAYS[f[6]], MONTHS[f[4]], f[3],
                f[2], f[1], f[0], 1900L + f[5]);
    }

    @Exposed(value = "asctime($module, tuple=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static String asctime(PyObject t) {
        return asctimeText(nowOr(t, "asctime").fields());
    }

    @Exposed(value = "ctime($module, seconds=None, /)", signature = Exposed.Signature.HIDDEN)
    public static String ctime(PyObject seconds) {
        TimeCalls.Tm tm = brokenDown(timeT(seconds), true);
        return asctimeText(tm.fields());
    }

    // CPython: Modules/timemodule.c time_mktime
    @Exposed(value = "mktime($module, tuple, /)", signature = Exposed.Signature.HIDDEN)
    public static double mktime(PyObject t) {
        TimeCalls.Tm tm = tmArg(t, "mktime");
        int[] wday = new int[1];
        long r = TimeCalls.mktime(tm, wday);
        if (r == -1 && wday[0] == -1) {
            throw PyExceptions.overflowError("mktime argument out of range");
        }
        return r;
    }

    @Exposed(value = "tzset($module, /)", signature = Exposed.Signature.HIDDEN)
    public static void tzset() {
        // CPython: Modules/timemodule.c time_tzset
        TimeCalls.tzset();
        PyObject m = ThreadState.current().interpreter.modules().getItem(PyStr.of("time"));
        if (m instanceof dev.krait.objects.PyModule pm) {
            TimeModule.initTimezone(pm);
        }
    }

    // CPython: Modules/timemodule.c time_get_clock_info
    @Exposed(value = "get_clock_info($module, name, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject get_clock_info(PyObject name) {
        String n = name instanceof PyStr s ? s.value() : "";
        String impl;
        boolean monotonic = true;
        boolean adjustable = false;
        int clock;
        switch (n) {
            case "time" -> {
                impl = "clock_gettime(CLOCK_REALTIME)";
                monotonic = false;
                adjustable = true;
                clock = TimeCalls.CLOCK_REALTIME;
            }
            case "monotonic", "perf_counter" -> {
                impl = "clock_gettime(CLOCK_MONOTONIC)";
                clock = TimeCalls.CLOCK_MONOTONIC;
            }
            case "process_time" -> {
                impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
                clock = TimeCalls.CLOCK_PROCESS_CPUTIME_ID;
            }
            case "thread_time" -> {
                impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
                clock = TimeCalls.CLOCK_THREAD_CPUTIME_ID;
            }
            default -> throw PyExceptions.valueError("unknown clock");
        }
        PySimpleNamespace ns = new PySimpleNamespace(PySimpleNamespace.TYPE);
        ns.getDict().setItem(PyStr.of("implementation"), PyStr.of(impl));
        ns.getDict().setItem(PyStr.of("monotonic"), PyBool.of(monotonic));
        ns.getDict().setItem(PyStr.of("adjustable"), PyBool.of(adjustable));
        ns.getDict().setItem(PyStr.of("resolution"),
                new PyFloat(TimeCalls.clockResolutionNanos(clock) / 1e9));
        return ns;
    }
}
