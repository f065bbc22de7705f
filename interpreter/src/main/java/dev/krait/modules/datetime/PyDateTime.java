package dev.krait.modules.datetime;

import dev.krait.objects.CArgs;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code datetime.datetime}: a date and a time of day with an optional tzinfo and the PEP 495
 * fold. It extends {@link PyDate} in Java as in Python. Arithmetic adds timedelta fields and
 * normalises with {@link DateMath}, allocating only the result; comparisons and subtraction
 * follow CPython's naive/aware rules. The constructors and the local-time conversions are in
 * {@link DateTimeConstructors}.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c {@code datetime_*}.
 */
public class PyDateTime extends PyDate {
    public static final PyType TYPE = PyType.builtin("datetime", PyDateTime.class, PyDate.TYPE,
            DateTimeConstructors.class).withModule("datetime");

    final int hour;
    final int minute;
    final int second;
    final int microsecond;
    final PyObject tzinfo;
    final int fold;

    PyDateTime(PyType type, int year, int month, int day, int hour, int minute, int second,
            int microsecond, PyObject tzinfo, int fold) {
        super(type, year, month, day);
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.microsecond = microsecond;
        this.tzinfo = tzinfo;
        this.fold = fold;
    }

    /**
     * A checked datetime of class {@code cls}, through a call of the class for subclasses
     * (fold passed by keyword only when set). CPython: new_datetime_subclass_fold_ex
     */
    static PyObject ofClass(PyObject cls, int y, int m, int d, int hh, int mm, int ss, int us,
            PyObject tz, int fold) {
        if (cls == TYPE) {
            DateMath.checkDate(y, m, d);
            DateMath.checkTime(hh, mm, ss, us, fold);
            return new PyDateTime(TYPE, y, m, d, hh, mm, ss, us, tz, fold);
        }
        PyObject[] args = {PyInt.of(y), PyInt.of(m), PyInt.of(d), PyInt.of(hh), PyInt.of(mm),
            PyInt.of(ss), PyInt.of(us), tz, PyInt.of(fold)};
        return Ops.call(cls, fold == 0 ? java.util.Arrays.copyOf(args, 8) : args,
                fold == 0 ? null : new String[] {"fold"});
    }

    /** The tzinfo of fromisoformat's results. CPython: tzinfo_from_isoformat_results */
    static PyObject isoTzinfo(int rv, int seconds, int micros) {
        if (rv != 1) {
            return PyNone.NONE;
        }
        if (seconds == 0) {
            return PyTimeZone.UTC;
        }
        return PyTimeZone.of(PyTimeDelta.of(0, seconds, micros), null);
    }

    // ---- attributes ----------------------------------------------------------------------------

    @Exposed.Getter("hour")
    public long getHour() {
        return hour;
    }

    @Exposed.Getter("minute")
    public long getMinute() {
        return minute;
    }

    @Exposed.Getter("second")
    public long getSecond() {
        return second;
    }

    @Exposed.Getter("microsecond")
    public long getMicrosecond() {
        return microsecond;
    }

    @Exposed.Getter("tzinfo")
    public PyObject getTzinfo() {
        return tzinfo;
    }

    @Exposed.Getter("fold")
    public long getFold() {
        return fold;
    }

    /** This datetime with another fold (same class, no constructor call). */
    PyDateTime withFold(int newFold) {
        return new PyDateTime(type(), year, month, day, hour, minute, second, microsecond,
                tzinfo, newFold);
    }

    /** This datetime with another tzinfo (same class, no constructor call). */
    PyDateTime withTzinfo(PyObject tz) {
        return new PyDateTime(type(), year, month, day, hour, minute, second, microsecond, tz,
                fold);
    }

    // ---- parts and tzinfo queries --------------------------------------------------------------

    @Exposed(value = "date($self, /)", doc = "Return date object with same year, month and day.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject date() {
        return new PyDate(PyDate.TYPE, year, month, day);
    }

    @Exposed(value = "time($self, /)", doc = "Return time object with same time but with "
            + "tzinfo=None.", signature = Exposed.Signature.HIDDEN)
    public PyObject time() {
        return new PyTime(PyTime.TYPE, hour, minute, second, microsecond, PyNone.NONE, fold);
    }

    @Exposed(value = "timetz($self, /)", doc = "Return time object with same time and tzinfo.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject timetz() {
        return new PyTime(PyTime.TYPE, hour, minute, second, microsecond, tzinfo, fold);
    }

    PyTimeDelta offset() {
        return Formats.callOffset(tzinfo, "utcoffset", this);
    }

    @Exposed(value = "utcoffset($self, /)", doc = "Return self.tzinfo.utcoffset(self).",
            signature = Exposed.Signature.HIDDEN)
    public PyObject utcoffset() {
        PyTimeDelta d = offset();
        return d == null ? PyNone.NONE : d;
    }

    @Exposed(value = "dst($self, /)", doc = "Return self.tzinfo.dst(self).",
            signature = Exposed.Signature.HIDDEN)
    public PyObject dst() {
        PyTimeDelta d = Formats.callOffset(tzinfo, "dst", this);
        return d == null ? PyNone.NONE : d;
    }

    @Exposed(value = "tzname($self, /)", doc = "Return self.tzinfo.tzname(self).",
            signature = Exposed.Signature.HIDDEN)
    public PyObject tzname() {
        return Formats.callTzname(tzinfo, this);
    }

    // ---- formatting ----------------------------------------------------------------------------

    // CPython: Modules/_datetimemodule.c datetime_repr
    @Override
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        StringBuilder sb = new StringBuilder(DateArgs.typeName(this)).append('(').append(year)
                .append(", ").append(month).append(", ").append(day).append(", ").append(hour)
                .append(", ").append(minute);
        if (microsecond != 0) {
            sb.append(", ").append(second).append(", ").append(microsecond);
        } else if (second != 0) {
            sb.append(", ").append(second);
        }
        if (fold != 0) {
            sb.append(", fold=1");
        }
        if (tzinfo != PyNone.NONE) {
            sb.append(", tzinfo=").append(Ops.repr(tzinfo).value());
        }
        return sb.append(')').toString();
    }

    // CPython: Modules/_datetimemodule.c datetime_str
    @Override
    @Exposed("__str__($self, /)")
    public PyObject __str__() {
        return Ops.callMethod(this, "isoformat", PyStr.of(" "));
    }

    // CPython: Modules/_datetimemodule.c datetime_isoformat
    @Exposed(value = "isoformat($self, /, sep='T', timespec='auto')",
            doc = "[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]]"
                    + "[+HH:MM].\nsep is used to separate the year from the time, and defaults "
                    + "to 'T'.\nThe optional argument timespec specifies the number of "
                    + "additional terms\nof the time to include. Valid options are 'auto', "
                    + "'hours', 'minutes',\n'seconds', 'milliseconds' and 'microseconds'.\n",
            signature = Exposed.Signature.HIDDEN)
    public String isoformat(PyObject sep, PyObject timespec) {
        if (!(sep instanceof PyStr s) || s.length() != 1) {
            throw PyExceptions.typeError("isoformat() argument 1 must be a unicode character, "
                    + "not " + DateArgs.typeName(sep));
        }
        StringBuilder sb = new StringBuilder(32);
        appendDate(sb, '-').appendCodePoint(s.codePointAt(0));
        Formats.appendTime(sb, hour, minute, second, microsecond, timespec, 2);
        PyTimeDelta off = offset();
        if (off != null) {
            Formats.appendOffset(sb, off, ":");
        }
        return sb.toString();
    }

    @Override
    @Exposed(value = "ctime($self, /)", doc = "Return ctime() style string.",
            signature = Exposed.Signature.HIDDEN)
    public String ctime() {
        return ctime(hour, minute, second);
    }

    // CPython: Modules/_datetimemodule.c datetime_timetuple
    @Override
    @Exposed(value = "timetuple($self, /)", doc = "Return time tuple, compatible with "
            + "time.localtime().", signature = Exposed.Signature.HIDDEN)
    public PyObject timetuple() {
        int dstflag = -1;
        if (tzinfo != PyNone.NONE) {
            PyTimeDelta d = Formats.callOffset(tzinfo, "dst", this);
            if (d != null) {
                dstflag = d.__bool__() ? 1 : 0;
            }
        }
        return LocalTime.structTime(year, month, day, hour, minute, second, dstflag);
    }

    // CPython: Modules/_datetimemodule.c datetime_utctimetuple
    @Exposed(value = "utctimetuple($self, /)", doc = "Return UTC time tuple, compatible with "
            + "time.localtime().", signature = Exposed.Signature.HIDDEN)
    public PyObject utctimetuple() {
        PyDateTime utc = this;
        if (tzinfo != PyNone.NONE) {
            PyTimeDelta off = offset();
            if (off != null) {
                utc = plusFields(off, -1, PyNone.NONE);
            }
        }
        return LocalTime.structTime(utc.year, utc.month, utc.day, utc.hour, utc.minute,
                utc.second, 0);
    }

    // CPython: Modules/_datetimemodule.c datetime_timestamp
    @Exposed(value = "timestamp($self, /)", doc = "Return POSIX timestamp as float.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject timestamp() {
        if (tzinfo != PyNone.NONE) {
            PyObject delta = __sub__(DateTimeConstructors.epoch());
            return ((PyTimeDelta) delta).total_seconds();
        }
        long seconds = LocalTime.localToSeconds(year, month, day, hour, minute, second, fold);
        return new PyFloat((double) (seconds - LocalTime.EPOCH) + microsecond / 1e6);
    }

    // CPython: Modules/_datetimemodule.c datetime_replace
    @Exposed(value = "replace($self, /, year=<unrepresentable>, month=<unrepresentable>, "
            + "day=<unrepresentable>, hour=<unrepresentable>, minute=<unrepresentable>, "
            + "second=<unrepresentable>, microsecond=<unrepresentable>, "
            + "tzinfo=<unrepresentable>, *, fold=<unrepresentable>)",
            doc = "Return datetime with new specified fields.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject replace(PyObject y, PyObject mo, PyObject d, PyObject h, PyObject mi,
            PyObject s, PyObject us, PyObject tz, PyObject f) {
        int ny = DateArgs.intOr(y, year);
        int nmo = DateArgs.intOr(mo, month);
        int nd = DateArgs.intOr(d, day);
        int nh = DateArgs.intOr(h, hour);
        int nmi = DateArgs.intOr(mi, minute);
        int ns = DateArgs.intOr(s, second);
        int nus = DateArgs.intOr(us, microsecond);
        PyObject ntz = tz == null ? tzinfo : tz;
        int nf = DateArgs.intOr(f, fold);
        DateMath.checkDate(ny, nmo, nd);
        DateMath.checkTime(nh, nmi, ns, nus, nf);
        Formats.checkTzinfo(ntz);
        return new PyDateTime(type(), ny, nmo, nd, nh, nmi, ns, nus, ntz, nf);
    }

    // CPython: Modules/_datetimemodule.c datetime_astimezone
    @Exposed(value = "astimezone($self, /, tz=None)",
            doc = "tz -> convert to local time in new timezone tz\n",
            signature = Exposed.Signature.HIDDEN)
    public PyObject astimezone(PyObject tz) {
        Formats.checkTzinfo(tz);
        PyObject selfTz = tzinfo == PyNone.NONE ? DateTimeConstructors.localZoneOf(this)
                : tzinfo;
        if (selfTz == tz) {
            return this;
        }
        PyTimeDelta off = Formats.callOffset(selfTz, "utcoffset", this);
        if (off == null) {
            selfTz = DateTimeConstructors.localZoneOf(this);
            if (selfTz == tz) {
                return this;
            }
            off = Formats.callOffset(selfTz, "utcoffset", this);
        }
        PyDateTime result = plus(off, -1);
        result = result.withTzinfo(PyTimeZone.UTC);
        if (tz == PyNone.NONE) {
            tz = DateTimeConstructors.localZoneAt(result);
        }
        result = result.withTzinfo(tz);
        return Ops.callMethod(tz, "fromutc", result);
    }

    // ---- pickling and hashing ------------------------------------------------------------------

    // CPython: Modules/_datetimemodule.c datetime_getstate
    private PyObject state(long proto) {
        byte[] b = {(byte) (year >> 8), (byte) year,
            (byte) (month | (fold != 0 && proto > 3 ? 128 : 0)), (byte) day, (byte) hour,
            (byte) minute, (byte) second, (byte) (microsecond >> 16),
            (byte) (microsecond >> 8), (byte) microsecond};
        PyBytes bytes = PyBytes.of(b);
        return tzinfo == PyNone.NONE ? PyTuple.of(bytes) : PyTuple.of(bytes, tzinfo);
    }

    @Exposed(value = "__reduce_ex__($self, proto, /)",
            doc = "__reduce_ex__(proto) -> (cls, state)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce_ex__(PyObject proto) {
        return PyTuple.of(type(), state(CArgs.intFormat(proto)));
    }

    @Override
    @Exposed(value = "__reduce__($self, /)", doc = "__reduce__() -> (cls, state)",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(type(), state(2));
    }

    // CPython: Modules/_datetimemodule.c datetime_hash
    @Override
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        PyDateTime self0 = fold == 0 ? this : withFold(0);
        PyTimeDelta off = self0.offset();
        if (off == null) {
            // CPython: Modules/_datetimemodule.c datetime_hash -- a naive one hashes its
            // packed bytes (fold 0), so it follows PYTHONHASHSEED
            return Ops.hash(PyBytes.of(new byte[] {(byte) (year >> 8), (byte) year,
                (byte) month, (byte) day, (byte) hour, (byte) minute, (byte) second,
                (byte) (microsecond >> 16), (byte) (microsecond >> 8), (byte) microsecond}));
        }
        return Ops.hash(PyTimeDelta.of(DateMath.toOrdinal(year, month, day),
                hour * 3600L + minute * 60 + second, microsecond).__sub__(off));
    }

    // ---- comparison ----------------------------------------------------------------------------

    private int compareFields(PyDateTime o) {
        int c = compareDate(o);
        if (c != 0) {
            return c;
        }
        long a = ((hour * 60L + minute) * 60 + second) * 1000000 + microsecond;
        long b = ((o.hour * 60L + o.minute) * 60 + o.second) * 1000000 + o.microsecond;
        return Long.compare(a, b);
    }

    /** The utcoffset with the fold flipped differs: PEP 495's exception to equality. */
    private static boolean foldChangesOffset(PyDateTime dt, PyTimeDelta offset) {
        PyTimeDelta flipped = dt.withFold(1 - dt.fold).offset();
        if (flipped == offset) {
            return false;
        }
        return flipped == null || offset == null || flipped.compareTo(offset) != 0;
    }

    // CPython: Modules/_datetimemodule.c datetime_richcompare
    @Override
    PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyDateTime o)) {
            if (other instanceof PyDate) {
                if (op == CompareOp.EQ) {
                    return PyBool.FALSE;
                }
                if (op == CompareOp.NE) {
                    return PyBool.TRUE;
                }
                throw PyExceptions.typeError("can't compare " + DateArgs.typeName(this) + " to "
                        + DateArgs.typeName(other));
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (tzinfo == o.tzinfo) {
            return PyBool.of(Formats.test(compareFields(o), op));
        }
        PyTimeDelta off1 = offset();
        PyTimeDelta off2 = o.offset();
        boolean eqOp = op == CompareOp.EQ || op == CompareOp.NE;
        if (off1 == off2 || (off1 != null && off2 != null && off1.compareTo(off2) == 0)) {
            int diff = compareFields(o);
            if (eqOp && diff == 0 && (foldChangesOffset(this, off1)
                    || foldChangesOffset(o, off2))) {
                diff = 1;
            }
            return PyBool.of(Formats.test(diff, op));
        }
        if (off1 != null && off2 != null) {
            PyTimeDelta delta = (PyTimeDelta) __sub__(o);
            int diff = delta.days != 0 ? Integer.signum(delta.days)
                    : (delta.seconds | delta.microseconds) != 0 ? 1 : 0;
            if (eqOp && diff == 0 && (foldChangesOffset(this, off1)
                    || foldChangesOffset(o, off2))) {
                diff = 1;
            }
            return PyBool.of(Formats.test(diff, op));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        throw PyExceptions.typeError("can't compare offset-naive and offset-aware datetimes");
    }

    // ---- arithmetic ----------------------------------------------------------------------------

    /** self + factor * delta as a new datetime of type(self) with {@code tz}, no checks. */
    private PyDateTime plusFields(PyTimeDelta delta, int factor, PyObject tz) {
        long[] f = {year, month, (long) day + (long) delta.days * factor, hour, minute,
            (long) second + (long) delta.seconds * factor,
            (long) microsecond + (long) delta.microseconds * factor};
        DateMath.normalizeDateTime(f);
        return new PyDateTime(type(), (int) f[0], (int) f[1], (int) f[2], (int) f[3],
                (int) f[4], (int) f[5], (int) f[6], tz, 0);
    }

    /**
     * self + factor * delta, of self's class (through its constructor for subclasses).
     * CPython: Modules/_datetimemodule.c add_datetime_timedelta
     */
    PyDateTime plus(PyTimeDelta delta, int factor) {
        PyDateTime r = plusFields(delta, factor, tzinfo);
        if (type() == TYPE) {
            return r;
        }
        PyObject made = ofClass(type(), r.year, r.month, r.day, r.hour, r.minute, r.second,
                r.microsecond, tzinfo, 0);
        if (!(made instanceof PyDateTime dt)) {
            throw PyExceptions.typeError("subclass constructor returned a "
                    + DateArgs.typeName(made) + ", not a datetime");
        }
        return dt;
    }

    // CPython: Modules/_datetimemodule.c datetime_add
    @Override
    @Exposed("__add__($self, value, /)")
    public PyObject __add__(PyObject other) {
        if (other instanceof PyTimeDelta d) {
            return plus(d, 1);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Override
    @Exposed("__radd__($self, value, /)")
    public PyObject __radd__(PyObject other) {
        return __add__(other);
    }

    // CPython: Modules/_datetimemodule.c datetime_subtract
    @Override
    @Exposed("__sub__($self, value, /)")
    public PyObject __sub__(PyObject other) {
        if (other instanceof PyDateTime o) {
            PyTimeDelta off1 = null;
            PyTimeDelta off2 = null;
            if (tzinfo != o.tzinfo) {
                off1 = offset();
                off2 = o.offset();
                if ((off1 != null) != (off2 != null)) {
                    throw PyExceptions.typeError("can't subtract offset-naive and offset-aware "
                            + "datetimes");
                }
            }
            long days = (long) DateMath.toOrdinal(year, month, day)
                    - DateMath.toOrdinal(o.year, o.month, o.day);
            long secs = (hour - o.hour) * 3600L + (minute - o.minute) * 60L + (second - o.second);
            long us = (long) microsecond - o.microsecond;
            if (off1 != null && off1 != off2 && off1.compareTo(off2) != 0) {
                days -= (long) off1.days - off2.days;
                secs -= (long) off1.seconds - off2.seconds;
                us -= (long) off1.microseconds - off2.microseconds;
            }
            return PyTimeDelta.of(days, secs, us);
        }
        if (other instanceof PyTimeDelta d) {
            return plus(d, -1);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Override
    @Exposed("__rsub__($self, value, /)")
    public PyObject __rsub__(PyObject other) {
        if (other instanceof PyDateTime o) {
            return o.__sub__(this);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }
}
