package dev.krait.runtime;

import dev.krait.objects.Numbers;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;

/**
 * CPython's time conversions (Python/pytime.c): a timestamp or timeout given in Python as a
 * float or an int of seconds (or milliseconds) becomes a count of nanoseconds in a signed 64-bit
 * integer (CPython's {@code _PyTime_t}), rounded as the caller asks, and a count of nanoseconds
 * becomes seconds, a {@code timeval} or a {@code timespec}. Every native module that takes a
 * time (time.sleep, lock and queue timeouts, select, poll, epoll, socket timeouts, setitimer,
 * faulthandler, datetime's timestamps) converts through here, so that each gets CPython's
 * rounding and its errors: ValueError for NaN, TypeError for what is neither a float nor has
 * {@code __index__}, and OverflowError worded as CPython 3.11.7 words it ("timestamp too large
 * to convert to C _PyTime_t" for an int, "timestamp out of range for platform time_t" for a
 * float or a time_t).
 */
public final class Pytime {
    private Pytime() {}

    /** CPython's {@code _PyTime_round_t}, in its order (the values _testcapi takes). */
    public enum Round {
        /** Toward minus infinity. */
        FLOOR,
        /** Toward plus infinity. */
        CEILING,
        /** To the nearest, ties to even. */
        HALF_EVEN,
        /** Away from zero. */
        UP;

        /** {@code _PyTime_ROUND_TIMEOUT}: a timeout never becomes shorter, nor zero. */
        public static final Round TIMEOUT = UP;

        /** The mode numbered {@code n}; ValueError for another number. */
        public static Round of(long n) {
            if (n < 0 || n >= values().length) {
                throw PyExceptions.valueError("invalid rounding");
            }
            return values()[(int) n];
        }
    }

    /**
     * CPython's {@code PY_TIMEOUT_MAX} in microseconds on 64-bit Linux (LLONG_MAX / 1000): the
     * longest wait a lock, a queue or faulthandler accepts (Include/pythread.h).
     */
    public static final long TIMEOUT_MAX_US = Long.MAX_VALUE / 1000;

    static final long SEC_TO_NS = 1_000_000_000L;
    static final long MS_TO_NS = 1_000_000L;
    static final long US_TO_NS = 1_000L;
    static final long SEC_TO_US = 1_000_000L;

    // ---- from Python objects -------------------------------------------------------------------

    /** {@code _PyTime_FromSecondsObject}: seconds (float or int) as nanoseconds. */
    public static long fromSecondsObject(PyObject obj, Round round) {
        return fromObject(obj, round, SEC_TO_NS);
    }

    /**
     * {@link #fromSecondsObject}, its TypeError replaced by {@code typeErrorMessage}, as the
     * callers in Modules/selectmodule.c do.
     */
    public static long fromSecondsObject(PyObject obj, Round round, String typeErrorMessage) {
        return fromObject(obj, round, SEC_TO_NS, typeErrorMessage);
    }

    /**
     * {@code _PyTime_FromMillisecondsObject}: milliseconds (float or int) as nanoseconds, its
     * TypeError replaced by {@code typeErrorMessage} (select.poll's).
     */
    public static long fromMillisecondsObject(PyObject obj, Round round,
            String typeErrorMessage) {
        return fromObject(obj, round, MS_TO_NS, typeErrorMessage);
    }

    private static long fromObject(PyObject obj, Round round, long unitToNs,
            String typeErrorMessage) {
        try {
            return fromObject(obj, round, unitToNs);
        } catch (PyException e) {
            if (e.matches(PyExceptions.TypeError)) {
                throw PyExceptions.typeError(typeErrorMessage);
            }
            throw e;
        }
    }

    // CPython: pytime_from_object, pytime_from_double
    private static long fromObject(PyObject obj, Round round, long unitToNs) {
        if (obj instanceof PyFloat f) {
            double d = notNaN(f.value) * (double) unitToNs;
            d = round(d, round);
            if (!fitsLong(d)) {
                // 3.11.7 words a float out of range so (3.11.2's pytime_overflow said _PyTime_t)
                throw timeTOverflow();
            }
            return (long) d;
        }
        long units = asLongLong(obj);
        long ns = units * unitToNs;
        if (Math.multiplyHigh(units, unitToNs) != (ns >> 63)) {
            throw pyTimeOverflow();
        }
        return ns;
    }

    /**
     * {@code _PyTime_FromNanosecondsObject}: an int (exactly: no __index__) of nanoseconds.
     */
    public static long fromNanosecondsObject(PyObject obj) {
        if (!(obj instanceof PyInt i)) {
            throw PyExceptions.typeError("expect int, got " + obj.type().getName());
        }
        if (!i.isSmall()) {
            throw pyTimeOverflow();
        }
        return i.longValue();
    }

    /** {@code _PyTime_ObjectToTime_t}: seconds (float or int) as a whole time_t. */
    public static long objectToTimeT(PyObject obj, Round round) {
        if (obj instanceof PyFloat f) {
            double d = round(notNaN(f.value), round);
            if (!fitsLong(d)) {
                throw timeTOverflow();
            }
            return (long) d;
        }
        return asTimeT(obj);
    }

    /** {@code _PyTime_ObjectToTimeval}: seconds as {seconds, microseconds (0..999999)}. */
    public static long[] objectToTimeval(PyObject obj, Round round) {
        return objectToDenominator(obj, SEC_TO_US, round);
    }

    /** {@code _PyTime_ObjectToTimespec}: seconds as {seconds, nanoseconds (0..999999999)}. */
    public static long[] objectToTimespec(PyObject obj, Round round) {
        return objectToDenominator(obj, SEC_TO_NS, round);
    }

    // CPython: pytime_object_to_denominator, pytime_double_to_denominator
    private static long[] objectToDenominator(PyObject obj, long denominator, Round round) {
        if (!(obj instanceof PyFloat f)) {
            return new long[] {asTimeT(obj), 0};
        }
        double d = notNaN(f.value);
        double intpart = d < 0 ? Math.ceil(d) : Math.floor(d);
        double floatpart = round((d - intpart) * denominator, round);
        if (floatpart >= denominator) {
            floatpart -= denominator;
            intpart += 1.0;
        } else if (floatpart < 0) {
            floatpart += denominator;
            intpart -= 1.0;
        }
        if (!fitsLong(intpart)) {
            throw timeTOverflow();
        }
        return new long[] {(long) intpart, (long) floatpart};
    }

    /** {@code _PyLong_AsTime_t}: an int (through __index__) as a time_t. */
    public static long asTimeT(PyObject obj) {
        PyInt i = Numbers.index(obj);
        if (!i.isSmall()) {
            throw timeTOverflow();
        }
        return i.longValue();
    }

    // ---- to seconds and C structures ---------------------------------------------------------------

    /** {@code _PyTime_AsSecondsDouble}. */
    public static double asSecondsDouble(long ns) {
        if (ns % SEC_TO_NS == 0) {
            // whole seconds divide exactly: 1e-9 has no exact double
            return (double) (ns / SEC_TO_NS);
        }
        return (double) ns / 1e9;
    }

    /** {@code _PyTime_AsMilliseconds}. */
    public static long asMilliseconds(long ns, Round round) {
        return divide(ns, MS_TO_NS, round);
    }

    /** {@code _PyTime_AsMicroseconds}. */
    public static long asMicroseconds(long ns, Round round) {
        return divide(ns, US_TO_NS, round);
    }

    /**
     * {@code _PyTime_AsTimeval}: {seconds, microseconds (0..999999)}. The seconds of any 64-bit
     * count of nanoseconds fit in a 64-bit time_t, so this never overflows, and
     * {@code _PyTime_AsTimeval_clamp} gives the same.
     */
    public static long[] asTimeval(long ns, Round round) {
        long us = divide(ns, US_TO_NS, round);
        return new long[] {Math.floorDiv(us, SEC_TO_US), Math.floorMod(us, SEC_TO_US)};
    }

    /** {@code _PyTime_AsTimespec} (never overflows, as {@link #asTimeval}). */
    public static long[] asTimespec(long ns) {
        return new long[] {Math.floorDiv(ns, SEC_TO_NS), Math.floorMod(ns, SEC_TO_NS)};
    }

    /** {@code pytime_divide}: {@code t / k} rounded as asked. */
    public static long divide(long t, long k, Round round) {
        return switch (round) {
            case HALF_EVEN -> {
                long x = t / k;
                long r = Math.abs(t % k);
                if (r > k / 2 || (r == k / 2 && (Math.abs(x) & 1) != 0)) {
                    x += t >= 0 ? 1 : -1;
                }
                yield x;
            }
            case CEILING -> t >= 0 ? divideAway(t, k) : t / k;
            case FLOOR -> t >= 0 ? t / k : divideAway(t, k);
            case UP -> divideAway(t, k);
        };
    }

    // CPython: pytime_divide_round_up (away from zero, without overflowing at the extremes)
    private static long divideAway(long t, long k) {
        long q = t / k;
        if (t % k != 0) {
            q += t >= 0 ? 1 : -1;
        }
        return q;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** {@code pytime_round}. */
    static double round(double d, Round round) {
        return switch (round) {
            case HALF_EVEN -> Math.rint(d);
            case CEILING -> Math.ceil(d);
            case FLOOR -> Math.floor(d);
            case UP -> d >= 0.0 ? Math.ceil(d) : Math.floor(d);
        };
    }

    private static double notNaN(double d) {
        if (Double.isNaN(d)) {
            throw PyExceptions.valueError("Invalid value NaN (not a number)");
        }
        return d;
    }

    /** Whether a whole double lies in a long's range ({@code _Py_InIntegralTypeRange}). */
    private static boolean fitsLong(double d) {
        return d >= -0x1p63 && d < 0x1p63;
    }

    /** {@code PyLong_AsLongLong} through __index__, CPython's message on overflow. */
    private static long asLongLong(PyObject obj) {
        PyInt i = Numbers.index(obj);
        if (!i.isSmall()) {
            throw pyTimeOverflow();
        }
        return i.longValue();
    }

    /** {@code pytime_overflow}. */
    public static PyException pyTimeOverflow() {
        return PyExceptions.overflowError("timestamp too large to convert to C _PyTime_t");
    }

    /** {@code pytime_time_t_overflow}. */
    public static PyException timeTOverflow() {
        return PyExceptions.overflowError("timestamp out of range for platform time_t");
    }
}
