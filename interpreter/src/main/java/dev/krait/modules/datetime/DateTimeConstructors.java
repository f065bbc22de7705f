package dev.krait.modules.datetime;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;
import java.time.Instant;

/**
 * The ways to make a {@code datetime} ({@code __new__} with its pickle branch, {@code now},
 * timestamps, {@code combine}, {@code strptime}, {@code fromisoformat}) and the local-time
 * zone helpers {@code astimezone} needs, kept apart from {@link PyDateTime}'s instance
 * methods. Listed as a method class of {@code PyDateTime.TYPE}.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c {@code datetime_new},
 * {@code datetime_from_timet_and_us}, {@code datetime_best_possible}, {@code datetime_combine},
 * {@code datetime_strptime}, {@code local_timezone}, {@code local_timezone_from_local}.
 */
public final class DateTimeConstructors {
    private DateTimeConstructors() {}

    private static final String[] DATETIME_KWS = {"year", "month", "day", "hour", "minute",
        "second", "microsecond", "tzinfo", "fold"};

    /** 1970-01-01 00:00 UTC, for aware timestamps. */
    private static final PyDateTime EPOCH = new PyDateTime(PyDateTime.TYPE, 1970, 1, 1, 0, 0, 0,
            0, PyTimeZone.UTC, 0);

    static PyDateTime epoch() {
        return EPOCH;
    }

    // CPython: Modules/_datetimemodule.c datetime_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if ((args.length == 1 || args.length == 2) && kwnames == null) {
            byte[] st = Pickles.state(args[0], 10, 2, "datetime");
            if (st != null && (st[2] & 0x7f) >= 1 && (st[2] & 0x7f) <= 12) {
                PyObject tz = args.length == 2 ? args[1] : PyNone.NONE;
                if (tz != PyNone.NONE && !PyTzInfo.check(tz)) {
                    throw PyExceptions.typeError("bad tzinfo state arg");
                }
                int m = st[2] & 0xff;
                return new PyDateTime(cls, (st[0] & 0xff) << 8 | (st[1] & 0xff), m & 0x7f,
                        st[3], st[4], st[5], st[6], (st[7] & 0xff) << 16 | (st[8] & 0xff) << 8
                        | (st[9] & 0xff), tz, m > 127 ? 1 : 0);
            }
        }
        PyObject[] a = DateArgs.bind(null, args, kwnames, DATETIME_KWS, 3, 8);
        int y = CArgs.intFormat(a[0]);
        int mo = CArgs.intFormat(a[1]);
        int d = CArgs.intFormat(a[2]);
        int h = DateArgs.intOr(a[3], 0);
        int mi = DateArgs.intOr(a[4], 0);
        int s = DateArgs.intOr(a[5], 0);
        int us = DateArgs.intOr(a[6], 0);
        PyObject tz = a[7] == null ? PyNone.NONE : a[7];
        int fold = DateArgs.intOr(a[8], 0);
        DateMath.checkDate(y, mo, d);
        DateMath.checkTime(h, mi, s, us, fold);
        Formats.checkTzinfo(tz);
        return new PyDateTime(cls, y, mo, d, h, mi, s, us, tz, fold);
    }

    /**
     * The datetime of a timestamp in local time ({@code tz} None) or UTC, with the fold of a
     * repeated local time detected by probing a day back.
     * CPython: Modules/_datetimemodule.c datetime_from_timet_and_us
     */
    private static PyObject fromTimeT(PyObject cls, boolean local, long timet, int us,
            PyObject tz) {
        int[] f = local ? LocalTime.localtime(timet) : LocalTime.gmtime(timet);
        int second = Math.min(59, f[5]);
        int fold = 0;
        if (tz == PyNone.NONE && local) {
            long result = LocalTime.utcToSeconds(f[0], f[1], f[2], f[3], f[4], second);
            long probe = LocalTime.local(LocalTime.EPOCH + timet - LocalTime.MAX_FOLD_SECONDS);
            long transition = result - probe - LocalTime.MAX_FOLD_SECONDS;
            if (transition < 0) {
                probe = LocalTime.local(LocalTime.EPOCH + timet + transition);
                if (probe == result) {
                    fold = 1;
                }
            }
        }
        return PyDateTime.ofClass(cls, f[0], f[1], f[2], f[3], f[4], second, us, tz, fold);
    }

    // CPython: Modules/_datetimemodule.c datetime_datetime_now_impl
    @Exposed(value = "now($type, /, tz=None)", kind = Exposed.Kind.CLASS,
            doc = "Returns new datetime object representing current time local to tz.\n\n"
                    + "  tz\n    Timezone object.\n\nIf no tz is specified, uses local "
                    + "timezone.")
    public static PyObject now(PyType cls, PyObject tz) {
        Formats.checkTzinfo(tz);
        Instant now = Instant.now();
        PyObject self = fromTimeT(cls, tz == PyNone.NONE, now.getEpochSecond(),
                now.getNano() / 1000, tz);
        if (tz != PyNone.NONE) {
            self = Ops.callMethod(tz, "fromutc", self);
        }
        return self;
    }

    @Exposed(value = "utcnow($type, /)", kind = Exposed.Kind.CLASS,
            doc = "Return a new datetime representing UTC day and time.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject utcnow(PyType cls) {
        Instant now = Instant.now();
        return fromTimeT(cls, false, now.getEpochSecond(), now.getNano() / 1000, PyNone.NONE);
    }

    // CPython: Modules/_datetimemodule.c datetime_fromtimestamp
    @Exposed(value = "fromtimestamp($type, /, timestamp, tz=None)", kind = Exposed.Kind.CLASS,
            doc = "timestamp[, tz] -> tz's local time from POSIX timestamp.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject fromtimestamp(PyType cls, PyObject timestamp, PyObject tz) {
        Formats.checkTzinfo(tz);
        long[] tv = LocalTime.toTimeval(timestamp);
        PyObject self = fromTimeT(cls, tz == PyNone.NONE, tv[0], (int) tv[1], tz);
        if (tz != PyNone.NONE) {
            self = Ops.callMethod(tz, "fromutc", self);
        }
        return self;
    }

    @Exposed(value = "utcfromtimestamp($type, timestamp, /)", kind = Exposed.Kind.CLASS,
            doc = "Construct a naive UTC datetime from a POSIX timestamp.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject utcfromtimestamp(PyType cls, PyObject timestamp) {
        long[] tv = LocalTime.toTimeval(timestamp);
        return fromTimeT(cls, false, tv[0], (int) tv[1], PyNone.NONE);
    }

    // CPython: Modules/_datetimemodule.c datetime_strptime
    @Exposed(value = "strptime($type, date_string, format, /)", kind = Exposed.Kind.CLASS,
            doc = "string, format -> new datetime parsed from a string (like time.strptime()).",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject strptime(PyType cls, PyObject string, PyObject format) {
        if (!(string instanceof PyStr)) {
            throw PyExceptions.typeError("strptime() argument 1 must be str, not "
                    + DateArgs.typeName(string));
        }
        if (!(format instanceof PyStr)) {
            throw PyExceptions.typeError("strptime() argument 2 must be str, not "
                    + DateArgs.typeName(format));
        }
        PyObject module = ThreadState.current().interpreter.importer().importModule("_strptime");
        return Ops.callMethod(module, "_strptime_datetime", cls, string, format);
    }

    // CPython: Modules/_datetimemodule.c datetime_combine
    @Exposed(value = "combine($type, /, date, time, tzinfo=<unrepresentable>)",
            kind = Exposed.Kind.CLASS,
            doc = "date, time -> datetime with same date and time fields",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject combine(PyType cls, PyObject date, PyObject time, PyObject tzinfo) {
        if (!(date instanceof PyDate d)) {
            throw PyExceptions.typeError("combine() argument 1 must be datetime.date, not "
                    + DateArgs.typeName(date));
        }
        if (!(time instanceof PyTime t)) {
            throw PyExceptions.typeError("combine() argument 2 must be datetime.time, not "
                    + DateArgs.typeName(time));
        }
        PyObject tz = tzinfo == null ? t.tzinfo : tzinfo;
        if (cls == PyDateTime.TYPE) {
            Formats.checkTzinfo(tz);
        }
        return PyDateTime.ofClass(cls, d.year, d.month, d.day, t.hour, t.minute, t.second,
                t.microsecond, tz, t.fold);
    }

    // CPython: Modules/_datetimemodule.c datetime_fromisoformat
    @Exposed(value = "fromisoformat($type, date_string, /)", kind = Exposed.Kind.CLASS,
            doc = "string -> datetime from a string in most ISO 8601 formats",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject fromisoformat(PyType cls, PyObject string) {
        if (!(string instanceof PyStr s)) {
            throw PyExceptions.typeError("fromisoformat: argument must be str");
        }
        int[] f = IsoParser.parseDateTime(s.value());
        if (f == null) {
            throw PyExceptions.valueError("Invalid isoformat string: "
                    + Ops.repr(string).value());
        }
        PyObject tz = PyDateTime.isoTzinfo(f[9], f[7], f[8]);
        return PyDateTime.ofClass(cls, f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz, 0);
    }

    /** The local zone at a naive local datetime. CPython: local_timezone_from_local */
    static PyTimeZone localZoneOf(PyDateTime dt) {
        long seconds = LocalTime.localToSeconds(dt.year, dt.month, dt.day, dt.hour, dt.minute,
                dt.second, dt.fold);
        return LocalTime.timezoneAt(seconds - LocalTime.EPOCH);
    }

    /** The local zone at an aware UTC datetime. CPython: local_timezone */
    static PyTimeZone localZoneAt(PyDateTime utc) {
        PyTimeDelta delta = (PyTimeDelta) utc.__sub__(EPOCH);
        long seconds = Math.floorDiv(delta.days * 86400L + delta.seconds, 1L);
        return LocalTime.timezoneAt(seconds);
    }
}
