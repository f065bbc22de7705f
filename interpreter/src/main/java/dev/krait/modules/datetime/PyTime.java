package dev.krait.modules.datetime;

import dev.krait.objects.CArgs;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code datetime.time}: a time of day with an optional tzinfo and the PEP 495 fold. Its
 * tzinfo is asked with None as the argument, since a time alone has no date to resolve DST.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c {@code time_*}.
 */
public class PyTime extends PyObject {
    public static final PyType TYPE = PyType.builtin("time", PyTime.class, null)
            .withModule("datetime");

    private static final String[] TIME_KWS = {"hour", "minute", "second", "microsecond",
        "tzinfo", "fold"};

    final int hour;
    final int minute;
    final int second;
    final int microsecond;
    final PyObject tzinfo;
    final int fold;

    PyTime(PyType type, int hour, int minute, int second, int microsecond, PyObject tzinfo,
            int fold) {
        super(type);
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.microsecond = microsecond;
        this.tzinfo = tzinfo;
        this.fold = fold;
    }

    /** A checked time of class {@code cls}, through a call of the class for subclasses. */
    static PyObject ofClass(PyObject cls, int h, int m, int s, int us, PyObject tz, int fold) {
        if (cls == TYPE) {
            DateMath.checkTime(h, m, s, us, fold);
            return new PyTime(TYPE, h, m, s, us, tz, fold);
        }
        PyObject[] args = {PyInt.of(h), PyInt.of(m), PyInt.of(s), PyInt.of(us), tz,
            PyInt.of(fold)};
        return Ops.call(cls, fold == 0 ? java.util.Arrays.copyOf(args, 5) : args,
                fold == 0 ? null : new String[] {"fold"});
    }

    // CPython: Modules/_datetimemodule.c time_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if ((args.length == 1 || args.length == 2) && kwnames == null) {
            byte[] st = Pickles.state(args[0], 6, 0, "time");
            if (st != null && (st[0] & 0x7f) < 24) {
                PyObject tz = PyNone.NONE;
                if (args.length == 2) {
                    tz = args[1];
                    if (tz != PyNone.NONE && !PyTzInfo.check(tz)) {
                        throw PyExceptions.typeError("bad tzinfo state arg");
                    }
                }
                int h = st[0] & 0xff;
                return new PyTime(cls, h & 0x7f, st[1], st[2], (st[3] & 0xff) << 16
                        | (st[4] & 0xff) << 8 | (st[5] & 0xff), tz, h > 127 ? 1 : 0);
            }
        }
        PyObject[] a = DateArgs.bind(null, args, kwnames, TIME_KWS, 0, 5);
        int h = DateArgs.intOr(a[0], 0);
        int m = DateArgs.intOr(a[1], 0);
        int s = DateArgs.intOr(a[2], 0);
        int us = DateArgs.intOr(a[3], 0);
        PyObject tz = a[4] == null ? PyNone.NONE : a[4];
        int fold = DateArgs.intOr(a[5], 0);
        DateMath.checkTime(h, m, s, us, fold);
        Formats.checkTzinfo(tz);
        return new PyTime(cls, h, m, s, us, tz, fold);
    }

    // CPython: Modules/_datetimemodule.c time_fromisoformat
    @Exposed(value = "fromisoformat($type, time_string, /)", kind = Exposed.Kind.CLASS,
            doc = "string -> time from a string in ISO 8601 format",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject fromisoformat(PyType cls, PyObject string) {
        if (!(string instanceof PyStr s)) {
            throw PyExceptions.typeError("fromisoformat: argument must be str");
        }
        int[] f = IsoParser.parseTime(s.value());
        if (f == null) {
            throw PyExceptions.valueError("Invalid isoformat string: "
                    + Ops.repr(string).value());
        }
        PyObject tz = PyDateTime.isoTzinfo(f[6], f[4], f[5]);
        return ofClass(cls, f[0], f[1], f[2], f[3], tz, 0);
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

    // ---- tzinfo queries ------------------------------------------------------------------------

    @Exposed(value = "utcoffset($self, /)",
            doc = "Return self.tzinfo.utcoffset(self).", signature = Exposed.Signature.HIDDEN)
    public PyObject utcoffset() {
        PyTimeDelta d = Formats.callOffset(tzinfo, "utcoffset", PyNone.NONE);
        return d == null ? PyNone.NONE : d;
    }

    @Exposed(value = "dst($self, /)", doc = "Return self.tzinfo.dst(self).",
            signature = Exposed.Signature.HIDDEN)
    public PyObject dst() {
        PyTimeDelta d = Formats.callOffset(tzinfo, "dst", PyNone.NONE);
        return d == null ? PyNone.NONE : d;
    }

    @Exposed(value = "tzname($self, /)", doc = "Return self.tzinfo.tzname(self).",
            signature = Exposed.Signature.HIDDEN)
    public PyObject tzname() {
        return Formats.callTzname(tzinfo, PyNone.NONE);
    }

    // ---- formatting ----------------------------------------------------------------------------

    // CPython: Modules/_datetimemodule.c time_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        StringBuilder sb = new StringBuilder(DateArgs.typeName(this)).append('(').append(hour)
                .append(", ").append(minute);
        if (microsecond != 0) {
            sb.append(", ").append(second).append(", ").append(microsecond);
        } else if (second != 0) {
            sb.append(", ").append(second);
        }
        if (tzinfo != PyNone.NONE) {
            sb.append(", tzinfo=").append(Ops.repr(tzinfo).value());
        }
        if (fold != 0) {
            sb.append(", fold=1");
        }
        return sb.append(')').toString();
    }

    @Exposed("__str__($self, /)")
    public PyObject __str__() {
        return Ops.callMethod(this, "isoformat");
    }

    // CPython: Modules/_datetimemodule.c time_isoformat
    @Exposed(value = "isoformat($self, /, timespec=<unrepresentable>)",
            doc = "Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\n\n"
                    + "The optional argument timespec specifies the number of additional terms\n"
                    + "of the time to include. Valid options are 'auto', 'hours', 'minutes',\n"
                    + "'seconds', 'milliseconds' and 'microseconds'.\n",
            signature = Exposed.Signature.HIDDEN)
    public String isoformat(PyObject timespec) {
        StringBuilder sb = new StringBuilder(15);
        Formats.appendTime(sb, hour, minute, second, microsecond, timespec, 1);
        PyTimeDelta off = Formats.callOffset(tzinfo, "utcoffset", PyNone.NONE);
        if (off != null) {
            Formats.appendOffset(sb, off, ":");
        }
        return sb.toString();
    }

    // CPython: Modules/_datetimemodule.c time_strftime
    @Exposed(value = "strftime($self, /, format)", doc = "format -> strftime() style string.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject strftime(PyObject format) {
        PyStr f = Strftime.checkFormat(format, "strftime");
        PyObject tuple = PyTuple.of(PyInt.of(1900), PyInt.of(1), PyInt.of(1), PyInt.of(hour),
                PyInt.of(minute), PyInt.of(second), PyInt.of(0), PyInt.of(1), PyInt.of(-1));
        return Strftime.wrap(this, f, tuple, PyNone.NONE);
    }

    @Exposed(value = "__format__($self, format, /)", doc = "Formats self with strftime.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __format__(PyObject format) {
        PyStr f = Strftime.checkFormat(format, "__format__");
        if (f.length() == 0) {
            return Ops.str(this);
        }
        return Ops.callMethod(this, "strftime", f);
    }

    // CPython: Modules/_datetimemodule.c time_replace
    @Exposed(value = "replace($self, /, hour=<unrepresentable>, minute=<unrepresentable>, "
            + "second=<unrepresentable>, microsecond=<unrepresentable>, "
            + "tzinfo=<unrepresentable>, *, fold=<unrepresentable>)",
            doc = "Return time with new specified fields.", signature = Exposed.Signature.HIDDEN)
    public PyObject replace(PyObject h, PyObject m, PyObject s, PyObject us, PyObject tz,
            PyObject f) {
        int nh = DateArgs.intOr(h, hour);
        int nm = DateArgs.intOr(m, minute);
        int ns = DateArgs.intOr(s, second);
        int nus = DateArgs.intOr(us, microsecond);
        PyObject ntz = tz == null ? tzinfo : tz;
        int nf = DateArgs.intOr(f, fold);
        DateMath.checkTime(nh, nm, ns, nus, nf);
        Formats.checkTzinfo(ntz);
        return new PyTime(type(), nh, nm, ns, nus, ntz, nf);
    }

    // ---- pickling and hashing ------------------------------------------------------------------

    // CPython: Modules/_datetimemodule.c time_getstate
    private PyObject state(long proto) {
        byte[] b = {(byte) (hour | (fold != 0 && proto > 3 ? 128 : 0)), (byte) minute,
            (byte) second, (byte) (microsecond >> 16), (byte) (microsecond >> 8),
            (byte) microsecond};
        PyBytes bytes = PyBytes.of(b);
        return tzinfo == PyNone.NONE ? PyTuple.of(bytes) : PyTuple.of(bytes, tzinfo);
    }

    @Exposed(value = "__reduce_ex__($self, proto, /)", doc = "__reduce_ex__(proto) -> (cls, state)",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce_ex__(PyObject proto) {
        return PyTuple.of(type(), state(CArgs.intFormat(proto)));
    }

    @Exposed(value = "__reduce__($self, /)", doc = "__reduce__() -> (cls, state)",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(type(), state(2));
    }

    // CPython: Modules/_datetimemodule.c time_hash
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        PyTimeDelta off = Formats.callOffset(tzinfo, "utcoffset", PyNone.NONE);
        if (off == null) {
            // CPython: Modules/_datetimemodule.c time_hash -- a naive one hashes its packed
            // bytes (fold 0), so it follows PYTHONHASHSEED
            return Ops.hash(PyBytes.of(new byte[] {(byte) hour, (byte) minute, (byte) second,
                (byte) (microsecond >> 16), (byte) (microsecond >> 8), (byte) microsecond}));
        }
        return PyTimeDelta.of(0, hour * 3600L + minute * 60 + second, microsecond)
                .__sub__(off).hashCode();
    }

    // ---- comparison ----------------------------------------------------------------------------

    private int compareFields(PyTime o) {
        long a = ((hour * 60L + minute) * 60 + second) * 1000000 + microsecond;
        long b = ((o.hour * 60L + o.minute) * 60 + o.second) * 1000000 + o.microsecond;
        return Long.compare(a, b);
    }

    // CPython: Modules/_datetimemodule.c time_richcompare
    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyTime o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (tzinfo == o.tzinfo) {
            return PyBool.of(Formats.test(compareFields(o), op));
        }
        PyTimeDelta off1 = Formats.callOffset(tzinfo, "utcoffset", PyNone.NONE);
        PyTimeDelta off2 = Formats.callOffset(o.tzinfo, "utcoffset", PyNone.NONE);
        if (off1 == off2 || (off1 != null && off2 != null && off1.compareTo(off2) == 0)) {
            return PyBool.of(Formats.test(compareFields(o), op));
        }
        if (off1 != null && off2 != null) {
            long s1 = hour * 3600L + minute * 60 + second - off1.days * 86400L - off1.seconds;
            long s2 = o.hour * 3600L + o.minute * 60 + o.second - off2.days * 86400L
                    - off2.seconds;
            long diff = s1 - s2;
            if (diff == 0) {
                diff = microsecond - o.microsecond - off1.microseconds + off2.microseconds;
            }
            return PyBool.of(Formats.test(Long.signum(diff), op));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        throw PyExceptions.typeError("can't compare offset-naive and offset-aware times");
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject o) {
        return compare(o, CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject o) {
        return compare(o, CompareOp.NE);
    }

    @Exposed("__lt__($self, value, /)")
    public PyObject __lt__(PyObject o) {
        return compare(o, CompareOp.LT);
    }

    @Exposed("__le__($self, value, /)")
    public PyObject __le__(PyObject o) {
        return compare(o, CompareOp.LE);
    }

    @Exposed("__gt__($self, value, /)")
    public PyObject __gt__(PyObject o) {
        return compare(o, CompareOp.GT);
    }

    @Exposed("__ge__($self, value, /)")
    public PyObject __ge__(PyObject o) {
        return compare(o, CompareOp.GE);
    }
}
