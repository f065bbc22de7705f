package dev.krait.modules.faulthandler;

import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.runtime.Pytime;

/**
 * A timeout in seconds (int or float) as whole microseconds, rounded away from zero, with
 * CPython's errors ({@link Pytime}) and its PY_TIMEOUT_MAX.
 *
 * <p>CPython counterpart: Python/pytime.c {@code _PyTime_FromSecondsObject} and
 * {@code _PyTime_AsMicroseconds} with {@code _PyTime_ROUND_TIMEOUT}.
 */
final class Timeouts {
    private Timeouts() {}

    /** PY_TIMEOUT_MAX in microseconds (LLONG_MAX / 1000 on Linux). */
    private static final long TIMEOUT_MAX = Long.MAX_VALUE / 1000;

    static long microseconds(PyObject timeout) {
        long ns = Pytime.fromSecondsObject(timeout, Pytime.Round.TIMEOUT);
        long us = Pytime.asMicroseconds(ns, Pytime.Round.TIMEOUT);
        if (us > TIMEOUT_MAX) {
            throw PyExceptions.overflowError("timeout value is too large");
        }
        return us;
    }
}
