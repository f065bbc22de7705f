package dev.krait.modules.datetime;

import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.Pytime;

/**
 * The bridge between datetimes and POSIX timestamps: timestamp conversion with CPython's
 * rounding rules, and local time through Krait's {@code time} module (which calls the C
 * library's {@code localtime_r}), including the search that maps a naive local time back to
 * a timestamp across DST transitions.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c {@code local}, {@code local_to_seconds},
 * {@code utc_to_seconds}, {@code local_timezone_from_timestamp}; Python/pytime.c
 * {@code _PyTime_ObjectToTime_t}, {@code _PyTime_ObjectToTimeval}.
 */
final class LocalTime {
    private LocalTime() {}

    /** Seconds from 0001-01-01 to 1970-01-01. */
    static final long EPOCH = 719163L * 24 * 60 * 60;
    static final long MAX_FOLD_SECONDS = 24 * 3600;

    static PyObject timeModule() {
        return ThreadState.current().interpreter.importer().importModule("time");
    }

    /** Seconds of a timestamp, rounded toward minus infinity. */
    // CPython: Modules/_datetimemodule.c date_fromtimestamp (_PyTime_ROUND_FLOOR)
    static long toTimeT(PyObject obj) {
        return Pytime.objectToTimeT(obj, Pytime.Round.FLOOR);
    }

    /** {seconds, microseconds} of a timestamp, microseconds rounded half to even. */
    // CPython: Modules/_datetimemodule.c datetime_from_timestamp (_PyTime_ROUND_HALF_EVEN)
    static long[] toTimeval(PyObject obj) {
        return Pytime.objectToTimeval(obj, Pytime.Round.HALF_EVEN);
    }

    /** {year, month, day, hour, minute, second} of {@code time.localtime(t)}. */
    static int[] localtime(long t) {
        return fields(Ops.callMethod(timeModule(), "localtime", PyInt.of(t)));
    }

    /** {year, month, day, hour, minute, second} of {@code time.gmtime(t)}. */
    static int[] gmtime(long t) {
        return fields(Ops.callMethod(timeModule(), "gmtime", PyInt.of(t)));
    }

    private static int[] fields(PyObject tm) {
        int[] f = new int[6];
        for (int i = 0; i < 6; i++) {
            f[i] = (int) ((PyInt) ((PyTuple) tm).get(i)).longValue();
        }
        return f;
    }

    /** {@code time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))}. */
    static PyObject structTime(int y, int m, int d, int hh, int mm, int ss, int dst) {
        PyObject cls = Attributes.getAttr(timeModule(), "struct_time");
        int yday = DateMath.daysBeforeMonth(y, m) + d;
        return Ops.call(cls, PyTuple.of(PyInt.of(y), PyInt.of(m), PyInt.of(d), PyInt.of(hh),
                PyInt.of(mm), PyInt.of(ss), PyInt.of(DateMath.weekday(y, m, d)), PyInt.of(yday),
                PyInt.of(dst)));
    }

    /** CPython: Modules/_datetimemodule.c utc_to_seconds */
    static long utcToSeconds(int y, int m, int d, int hh, int mm, int ss) {
        if (y < DateMath.MINYEAR || y > DateMath.MAXYEAR) {
            throw PyExceptions.valueError("year " + y + " is out of range");
        }
        long ordinal = DateMath.toOrdinal(y, m, d);
        return ((ordinal * 24 + hh) * 60 + mm) * 60 + ss;
    }

    /** Local wall-clock seconds of a UTC instant. CPython: Modules/_datetimemodule.c local */
    static long local(long u) {
        int[] f = localtime(u - EPOCH);
        return utcToSeconds(f[0], f[1], f[2], f[3], f[4], f[5]);
    }

    /**
     * The UTC instant (seconds since 0001-01-01) of a naive local time: solves
     * {@code t = local(u)}, choosing by {@code fold} between two solutions and across a gap.
     * CPython: Modules/_datetimemodule.c local_to_seconds
     */
    static long localToSeconds(int y, int m, int d, int hh, int mm, int ss, int fold) {
        long t = utcToSeconds(y, m, d, hh, mm, ss);
        long a = local(t) - t;
        long u1 = t - a;
        long t1 = local(u1);
        long b;
        if (t1 == t) {
            long u2 = fold != 0 ? u1 + MAX_FOLD_SECONDS : u1 - MAX_FOLD_SECONDS;
            b = local(u2) - u2;
            if (a == b) {
                return u1;
            }
        } else {
            b = t1 - u1;
        }
        long u2 = t - b;
        long t2 = local(u2);
        if (t2 == t) {
            return u2;
        }
        if (t1 == t) {
            return u1;
        }
        return fold != 0 ? Math.min(u1, u2) : Math.max(u1, u2);
    }

    /**
     * The fixed-offset zone local time has at a timestamp.
     * CPython: Modules/_datetimemodule.c local_timezone_from_timestamp
     */
    static PyTimeZone timezoneAt(long timestamp) {
        PyObject tm = Ops.callMethod(timeModule(), "localtime", PyInt.of(timestamp));
        PyObject zone = Attributes.getAttr(tm, "tm_zone");
        long gmtoff = ((PyInt) Attributes.getAttr(tm, "tm_gmtoff")).longValue();
        PyTimeDelta delta = PyTimeDelta.of(0, gmtoff, 0);
        return PyTimeZone.of(delta, zone instanceof PyStr s ? s : null);
    }
}
