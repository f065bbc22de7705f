package dev.krait.modules.faulthandler;

import dev.krait.objects.Numbers;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyObject;
import java.math.BigInteger;

/**
 * A timeout in seconds (int or float) as whole microseconds, rounded away from zero, with
 * CPython's errors for NaN and for values beyond its 64-bit nanosecond clock (worded
 * differently for floats and for ints, as in CPython 3.11.7).
 *
 * <p>CPython counterpart: Python/pytime.c {@code _PyTime_FromSecondsObject} and
 * {@code _PyTime_AsMicroseconds} with {@code _PyTime_ROUND_TIMEOUT}.
 */
final class Timeouts {
    private Timeouts() {}

    /** PY_TIMEOUT_MAX in microseconds (LLONG_MAX / 1000 on Linux). */
    private static final long TIMEOUT_MAX = Long.MAX_VALUE / 1000;

    static long microseconds(PyObject timeout) {
        long ns;
        if (timeout instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw PyExceptions.valueError("Invalid value NaN (not a number)");
            }
            double scaled = d * 1e9;
            scaled = scaled >= 0 ? Math.ceil(scaled) : Math.floor(scaled);
            if (!(scaled >= -9.223372036854776E18 && scaled < 9.223372036854776E18)) {
                // CPython 3.11.7 reports a float out of range so
                throw PyExceptions.overflowError("timestamp out of range for platform time_t");
            }
            ns = (long) scaled;
        } else {
            BigInteger seconds = Numbers.index(timeout).bigValue();
            BigInteger n = seconds.multiply(BigInteger.valueOf(1_000_000_000L));
            if (n.bitLength() > 63) {
                throw tooLarge();
            }
            ns = n.longValue();
        }
        long us = ns >= 0 ? (ns + 999) / 1000 : -((-ns + 999) / 1000);
        if (us > TIMEOUT_MAX) {
            throw PyExceptions.overflowError("timeout value is too large");
        }
        return us;
    }

    private static dev.krait.objects.PyException tooLarge() {
        return PyExceptions.overflowError("timestamp too large to convert to C _PyTime_t");
    }
}
