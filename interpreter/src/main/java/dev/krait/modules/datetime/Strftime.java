package dev.krait.modules.datetime;

import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * {@code strftime} for the datetime types: the directives only a datetime knows
 * ({@code %z}, {@code %Z}, {@code %f}) are replaced first, then {@code time.strftime} formats
 * the rest from the object's time tuple, exactly as CPython's wrapper does.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c {@code wrap_strftime},
 * {@code make_Zreplacement}, {@code make_freplacement}.
 */
final class Strftime {
    private Strftime() {}

    /** The "U" format: a str argument, or TypeError naming the method. */
    static PyStr checkFormat(PyObject format, String method) {
        if (format instanceof PyStr s) {
            return s;
        }
        throw PyExceptions.typeError(method + "() argument 1 must be str, not "
                + DateArgs.typeName(format));
    }

    /**
     * Formats {@code timetuple} with {@code format}; {@code object} supplies the tzinfo and
     * microseconds, {@code tzinfoArg} is what the tzinfo's methods are called with.
     */
    static PyObject wrap(PyObject object, PyStr format, PyObject timetuple, PyObject tzinfoArg) {
        String in = format.value();
        StringBuilder out = new StringBuilder(in.length() + 8);
        String z = null;
        String zName = null;
        String f = null;
        int n = in.length();
        for (int i = 0; i < n; i++) {
            char ch = in.charAt(i);
            if (ch != '%' || i + 1 == n) {
                out.append(ch);
                continue;
            }
            char d = in.charAt(++i);
            if (d == 'z') {
                if (z == null) {
                    z = offsetReplacement(object, tzinfoArg);
                }
                out.append(z);
            } else if (d == 'Z') {
                if (zName == null) {
                    zName = nameReplacement(object, tzinfoArg);
                }
                out.append(zName);
            } else if (d == 'f') {
                if (f == null) {
                    StringBuilder sb = new StringBuilder(6);
                    f = Formats.pad(sb, microsecond(object), 6).toString();
                }
                out.append(f);
            } else {
                out.append('%').append(d);
            }
        }
        return Ops.callMethod(LocalTime.timeModule(), "strftime", PyStr.of(out.toString()),
                timetuple);
    }

    private static PyObject tzinfo(PyObject object) {
        if (object instanceof PyDateTime dt) {
            return dt.tzinfo;
        }
        if (object instanceof PyTime t) {
            return t.tzinfo;
        }
        return null;
    }

    private static int microsecond(PyObject object) {
        if (object instanceof PyDateTime dt) {
            return dt.microsecond;
        }
        if (object instanceof PyTime t) {
            return t.microsecond;
        }
        return 0;
    }

    private static String offsetReplacement(PyObject object, PyObject tzinfoArg) {
        PyObject tz = tzinfo(object);
        if (tz == null || tz == PyNone.NONE) {
            return "";
        }
        PyTimeDelta offset = Formats.callOffset(tz, "utcoffset", tzinfoArg);
        if (offset == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        Formats.appendOffset(sb, offset, "");
        return sb.toString();
    }

    // CPython: Modules/_datetimemodule.c make_Zreplacement
    private static String nameReplacement(PyObject object, PyObject tzinfoArg) {
        PyObject tz = tzinfo(object);
        if (tz == null || tz == PyNone.NONE) {
            return "";
        }
        PyObject name = Formats.callTzname(tz, tzinfoArg);
        if (name == PyNone.NONE) {
            return "";
        }
        PyObject r = Ops.callMethod(name, "replace", PyStr.of("%"), PyStr.of("%%"));
        if (!(r instanceof PyStr s)) {
            throw PyExceptions.typeError("tzname.replace() did not return a string");
        }
        return s.value();
    }
}
