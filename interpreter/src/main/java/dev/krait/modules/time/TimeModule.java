package dev.krait.modules.time;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.sys.PyStructSequence;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code time} module: the module object, its constants, {@code struct_time} and the time
 * zone attributes, computed as CPython computes them on glibc (from the local time of
 * January 1st and July 1st of the current year). The functions are in {@link TimeFunctions}.
 *
 * <p>CPython counterpart: Modules/timemodule.c {@code time_exec}, {@code init_timezone}.
 */
@NativeModule.Register("time")
public final class TimeModule implements NativeModule {
    /** {@code time.struct_time}: nine items and tm_zone, tm_gmtoff as attributes. */
    static final PyType STRUCT_TIME = PyStructSequence.newType("time", "struct_time", 9, true,
            "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
            "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff");

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("time");
        m.put("__doc__", PyStr.of("This module provides various functions to manipulate time "
                + "values."));
        ModuleBuilder.addFunctions(m, TimeFunctions.class);
        m.put("struct_time", STRUCT_TIME);
        m.put("_STRUCT_TM_ITEMS", PyInt.of(11));
        m.put("CLOCK_REALTIME", PyInt.of(TimeCalls.CLOCK_REALTIME));
        m.put("CLOCK_MONOTONIC", PyInt.of(TimeCalls.CLOCK_MONOTONIC));
        m.put("CLOCK_PROCESS_CPUTIME_ID", PyInt.of(TimeCalls.CLOCK_PROCESS_CPUTIME_ID));
        m.put("CLOCK_THREAD_CPUTIME_ID", PyInt.of(TimeCalls.CLOCK_THREAD_CPUTIME_ID));
        m.put("CLOCK_MONOTONIC_RAW", PyInt.of(4));
        m.put("CLOCK_BOOTTIME", PyInt.of(7));
        m.put("CLOCK_TAI", PyInt.of(11));
        initTimezone(m);
        return m;
    }

    // CPython: Modules/timemodule.c init_timezone (the glibc branch, which calls no tzset: the
    // first localtime_r reads TZ, and time.tzset() calls tzset before this). Binding tzset at
    // import cost every start-up a C signature of its own (importlib's zipimport imports time).
    static void initTimezone(PyModule m) {
        final long year = (365L * 24 + 6) * 3600;
        long t = (System.currentTimeMillis() / 1000 / year) * year;
        TimeCalls.Tm jan = TimeCalls.breakDown(t, true);
        TimeCalls.Tm jul = TimeCalls.breakDown(t + year / 2, true);
        long janzone = -jan.gmtoff();
        long julyzone = -jul.gmtoff();
        String janname = jan.zone() == null ? "   " : jan.zone();
        String julyname = jul.zone() == null ? "   " : jul.zone();
        if (janzone < julyzone) {
            // DST is reversed in the southern hemisphere
            put(m, julyzone, janzone, janzone != julyzone, julyname, janname);
        } else {
            put(m, janzone, julyzone, janzone != julyzone, janname, julyname);
        }
    }

    private static void put(PyModule m, long timezone, long altzone, boolean daylight,
            String std, String dst) {
        m.put("timezone", PyInt.of(timezone));
        m.put("altzone", PyInt.of(altzone));
        m.put("daylight", PyInt.of(daylight ? 1 : 0));
        m.put("tzname", PyTuple.of(PyStr.of(std), PyStr.of(dst)));
    }

    static PyObject structTime(TimeCalls.Tm tm) {
        int[] f = tm.fields();
        return PyStructSequence.make(STRUCT_TIME, PyInt.of(f[5] + 1900L), PyInt.of(f[4] + 1),
                PyInt.of(f[3]), PyInt.of(f[2]), PyInt.of(f[1]), PyInt.of(f[0]),
                PyInt.of((f[6] + 6) % 7), PyInt.of(f[7] + 1), PyInt.of(f[8]),
                tm.zone() == null ? dev.krait.objects.PyNone.NONE : PyStr.of(tm.zone()),
                PyInt.of(tm.gmtoff()));
    }
}
