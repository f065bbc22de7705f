package dev.krait.modules.datetime;

import dev.krait.objects.CompareOp;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * Small shared pieces of the datetime types: zero-padded numbers, the comparison outcome of a
 * three-way result, and the calls into a tzinfo ({@code utcoffset}, {@code dst},
 * {@code tzname}) with CPython's checks on what they return.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c {@code call_tzinfo_method},
 * {@code call_tzname}, {@code format_utcoffset}, {@code diff_to_bool}.
 */
final class Formats {
    private Formats() {}

    static StringBuilder pad2(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        return sb.append(v);
    }

    static StringBuilder pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }

    /** CPython: Modules/_datetimemodule.c diff_to_bool */
    static boolean test(int cmp, CompareOp op) {
        return switch (op) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }

    /**
     * {@code tzinfo.<name>(arg)}, checked to be None or a timedelta strictly within a day;
     * null for None. CPython: Modules/_datetimemodule.c call_tzinfo_method
     */
    static PyTimeDelta callOffset(PyObject tzinfo, String name, PyObject arg) {
        if (tzinfo == PyNone.NONE) {
            return null;
        }
        PyObject offset = Ops.callMethod(tzinfo, name, arg);
        if (offset == PyNone.NONE) {
            return null;
        }
        if (offset instanceof PyTimeDelta d) {
            if (!withinADay(d)) {
                throw PyExceptions.valueError("offset must be a timedelta strictly between "
                        + "-timedelta(hours=24) and timedelta(hours=24).");
            }
            return d;
        }
        throw PyExceptions.typeError("tzinfo." + name + "() must return None or timedelta, "
                + "not '" + DateArgs.typeName(offset) + "'");
    }

    static boolean withinADay(PyTimeDelta d) {
        return !((d.days == -1 && d.seconds == 0 && d.microseconds < 1) || d.days < -1
                || d.days >= 1);
    }

    /** CPython: Modules/_datetimemodule.c call_tzname */
    static PyObject callTzname(PyObject tzinfo, PyObject arg) {
        if (tzinfo == PyNone.NONE) {
            return PyNone.NONE;
        }
        PyObject r = Ops.callMethod(tzinfo, "tzname", arg);
        if (r == PyNone.NONE || r instanceof PyStr) {
            return r;
        }
        throw PyExceptions.typeError("tzinfo.tzname() must return None or a string, not '"
                + DateArgs.typeName(r) + "'");
    }

    /** "+HH:MM[:SS[.ffffff]]" of an offset. CPython: format_utcoffset */
    static void appendOffset(StringBuilder sb, PyTimeDelta offset, String sep) {
        long total = offset.days * 86400L + offset.seconds;
        int us = offset.microseconds;
        char sign = '+';
        if (offset.days < 0) {
            sign = '-';
            total = -total;
            if (us != 0) {
                total--;
                us = 1000000 - us;
            }
        }
        int seconds = (int) (total % 60);
        int minutes = (int) (total / 60 % 60);
        int hours = (int) (total / 3600);
        sb.append(sign);
        pad2(sb, hours).append(sep);
        pad2(sb, minutes);
        if (us != 0 || seconds != 0) {
            sb.append(sep);
            pad2(sb, seconds);
            if (us != 0) {
                sb.append('.');
                pad(sb, us, 6);
            }
        }
    }

    /** Checks a tzinfo argument. CPython: Modules/_datetimemodule.c check_tzinfo_subclass */
    static void checkTzinfo(PyObject tzinfo) {
        if (tzinfo != PyNone.NONE && !(tzinfo instanceof PyTzInfo)) {
            throw PyExceptions.typeError("tzinfo argument must be None or of a tzinfo "
                    + "subclass, not type '" + DateArgs.typeName(tzinfo) + "'");
        }
    }

    /**
     * "HH:MM:SS[.ffffff]" as {@code isoformat(timespec=...)} writes it; {@code timespec} null
     * means "auto". CPython: Modules/_datetimemodule.c time_isoformat, datetime_isoformat
     */
    static void appendTime(StringBuilder sb, int h, int m, int s, int us, PyObject timespec,
            int argIndex) {
        String spec = "auto";
        if (timespec != null) {
            if (!(timespec instanceof PyStr str)) {
                throw PyExceptions.typeError("isoformat() argument " + argIndex
                        + " must be str, not " + DateArgs.typeName(timespec));
            }
            spec = str.value();
        }
        if (spec.equals("auto")) {
            spec = us == 0 ? "seconds" : "microseconds";
        }
        switch (spec) {
            case "hours" -> pad2(sb, h);
            case "minutes" -> pad2(pad2(sb, h).append(':'), m);
            case "seconds" -> pad2(pad2(pad2(sb, h).append(':'), m).append(':'), s);
            case "milliseconds" -> pad(pad2(pad2(pad2(sb, h).append(':'), m).append(':'), s)
                    .append('.'), us / 1000, 3);
            case "microseconds" -> pad(pad2(pad2(pad2(sb, h).append(':'), m).append(':'), s)
                    .append('.'), us, 6);
            default -> throw PyExceptions.valueError("Unknown timespec value");
        }
    }
}
