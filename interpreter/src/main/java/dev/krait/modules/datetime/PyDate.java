package dev.krait.modules.datetime;

import dev.krait.objects.CArgs;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code datetime.date}: a day of the proleptic Gregorian calendar, three small ints. The Java
 * class is also the base of {@link PyDateTime}, as {@code datetime} subclasses {@code date} in
 * Python, so every {@code PyDate_Check} of CPython is an {@code instanceof PyDate} here.
 * Constructors for subclasses call the class (so that a user's {@code __new__} runs), as
 * CPython's {@code new_date_subclass_ex} does.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c {@code date_*}.
 */
public class PyDate extends PyObject {
    public static final PyType TYPE = PyType.builtin("date", PyDate.class, null)
            .withModule("datetime");

    private static final String[] DATE_KWS = {"year", "month", "day"};

    final int year;
    final int month;
    final int day;

    PyDate(PyType type, int year, int month, int day) {
        super(type);
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /** A date of class {@code cls}: direct for date itself, else through a call of the class. */
    static PyObject ofClass(PyObject cls, int year, int month, int day) {
        if (cls == TYPE) {
            DateMath.checkDate(year, month, day);
            return new PyDate(TYPE, year, month, day);
        }
        return Ops.call(cls, PyInt.of(year), PyInt.of(month), PyInt.of(day));
    }

    // CPython: Modules/_datetimemodule.c date_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (args.length == 1 && kwnames == null) {
            byte[] state = Pickles.state(args[0], 4, 2, "date");
            if (state != null && (state[2] & 0xff) >= 1 && (state[2] & 0xff) <= 12) {
                return new PyDate(cls, (state[0] & 0xff) << 8 | (state[1] & 0xff), state[2],
                        state[3]);
            }
        }
        PyObject[] a = DateArgs.bind(null, args, kwnames, DATE_KWS, 3, 3);
        int y = CArgs.intFormat(a[0]);
        int m = CArgs.intFormat(a[1]);
        int d = CArgs.intFormat(a[2]);
        DateMath.checkDate(y, m, d);
        return new PyDate(cls, y, m, d);
    }

    // ---- alternative constructors ------------------------------------------------------------

    // CPython: Modules/_datetimemodule.c date_today
    @Exposed(value = "today($type, /)", kind = Exposed.Kind.CLASS,
            doc = "Current date or datetime:  same as self.__class__.fromtimestamp(time.time()).",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject today(PyType cls) {
        PyObject time = LocalTime.timeModule();
        PyObject now = Ops.callMethod(time, "time");
        return Ops.callMethod(cls, "fromtimestamp", now);
    }

    // CPython: Modules/_datetimemodule.c date_fromtimestamp
    @Exposed(value = "fromtimestamp($type, timestamp, /)", kind = Exposed.Kind.CLASS,
            doc = "Create a date from a POSIX timestamp.\n\nThe timestamp is a number, e.g. "
                    + "created via time.time(), that is interpreted\nas local time.")
    public static PyObject fromtimestamp(PyType cls, PyObject timestamp) {
        long t = LocalTime.toTimeT(timestamp);
        int[] f = LocalTime.localtime(t);
        return ofClass(cls, f[0], f[1], f[2]);
    }

    // CPython: Modules/_datetimemodule.c date_fromordinal
    @Exposed(value = "fromordinal($type, ordinal, /)", kind = Exposed.Kind.CLASS,
            doc = "int -> date corresponding to a proleptic Gregorian ordinal.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject fromordinal(PyType cls, PyObject ordinal) {
        int n = CArgs.intFormat(ordinal);
        if (n < 1) {
            throw PyExceptions.valueError("ordinal must be >= 1");
        }
        if (n > DateMath.MAXORDINAL) {
            throw PyExceptions.valueError("year " + (DateMath.MAXYEAR + 1)
                    + " is out of range");
        }
        int ymd = DateMath.fromOrdinal(n);
        return ofClass(cls, DateMath.packedYear(ymd), DateMath.packedMonth(ymd),
                DateMath.packedDay(ymd));
    }

    // CPython: Modules/_datetimemodule.c date_fromisoformat
    @Exposed(value = "fromisoformat($type, date_string, /)", kind = Exposed.Kind.CLASS,
            doc = "str -> Construct a date from a string in ISO 8601 format.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject fromisoformat(PyType cls, PyObject string) {
        if (!(string instanceof PyStr s)) {
            throw PyExceptions.typeError("fromisoformat: argument must be str");
        }
        int[] ymd = IsoParser.parseDate(s.value());
        if (ymd == null) {
            throw PyExceptions.valueError("Invalid isoformat string: "
                    + Ops.repr(string).value());
        }
        return ofClass(cls, ymd[0], ymd[1], ymd[2]);
    }

    // CPython: Modules/_datetimemodule.c date_fromisocalendar
    @Exposed(value = "fromisocalendar($type, /, year, week, day)", kind = Exposed.Kind.CLASS,
            doc = "int, int, int -> Construct a date from the ISO year, week number and "
                    + "weekday.\n\nThis is the inverse of the date.isocalendar() function",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject fromisocalendar(PyType cls, PyObject y, PyObject w, PyObject d) {
        int year;
        int week;
        int day;
        try {
            year = CArgs.intFormat(y);
            week = CArgs.intFormat(w);
            day = CArgs.intFormat(d);
        } catch (dev.krait.objects.PyException e) {
            if (e.matches(PyExceptions.OverflowError)) {
                throw PyExceptions.valueError("ISO calendar component out of range");
            }
            throw e;
        }
        if (year < DateMath.MINYEAR || year > DateMath.MAXYEAR) {
            throw PyExceptions.valueError("Year is out of range: " + year);
        }
        int ymd = IsoParser.isoToYmd(year, week, day);
        return ofClass(cls, DateMath.packedYear(ymd), DateMath.packedMonth(ymd),
                DateMath.packedDay(ymd));
    }

    // ---- attributes --------------------------------------------------------------------------

    @Exposed.Getter("year")
    public long getYear() {
        return year;
    }

    @Exposed.Getter("month")
    public long getMonth() {
        return month;
    }

    @Exposed.Getter("day")
    public long getDay() {
        return day;
    }

    // ---- queries -------------------------------------------------------------------------------

    @Exposed(value = "toordinal($self, /)",
            doc = "Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1.",
            signature = Exposed.Signature.HIDDEN)
    public long toordinal() {
        return DateMath.toOrdinal(year, month, day);
    }

    @Exposed(value = "weekday($self, /)",
            doc = "Return the day of the week represented by the date.\nMonday == 0 ... "
                    + "Sunday == 6", signature = Exposed.Signature.HIDDEN)
    public long weekday() {
        return DateMath.weekday(year, month, day);
    }

    @Exposed(value = "isoweekday($self, /)",
            doc = "Return the day of the week represented by the date.\nMonday == 1 ... "
                    + "Sunday == 7", signature = Exposed.Signature.HIDDEN)
    public long isoweekday() {
        return DateMath.weekday(year, month, day) + 1;
    }

    // CPython: Modules/_datetimemodule.c date_isocalendar
    @Exposed(value = "isocalendar($self, /)",
            doc = "Return a named tuple containing ISO year, week number, and weekday.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject isocalendar() {
        int[] c = DateMath.isoCalendar(year, month, day);
        return PyIsoCalendarDate.of(c[0], c[1], c[2]);
    }

    // CPython: Modules/_datetimemodule.c date_isoformat
    @Exposed(value = "isoformat($self, /)", doc = "Return string in ISO 8601 format, YYYY-MM-DD.",
            signature = Exposed.Signature.HIDDEN)
    public String isoformat() {
        return appendDate(new StringBuilder(10), '-').toString();
    }

    final StringBuilder appendDate(StringBuilder sb, char sep) {
        Formats.pad(sb, year, 4).append(sep);
        Formats.pad2(sb, month).append(sep);
        return Formats.pad2(sb, day);
    }

    // CPython: Modules/_datetimemodule.c date_str
    @Exposed("__str__($self, /)")
    public PyObject __str__() {
        return Ops.callMethod(this, "isoformat");
    }

    // CPython: Modules/_datetimemodule.c date_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return DateArgs.typeName(this) + "(" + year + ", " + month + ", " + day + ")";
    }

    // CPython: Modules/_datetimemodule.c date_ctime (format_ctime)
    @Exposed(value = "ctime($self, /)", doc = "Return ctime() style string.",
            signature = Exposed.Signature.HIDDEN)
    public String ctime() {
        return ctime(0, 0, 0);
    }

    final String ctime(int h, int m, int s) {
        StringBuilder sb = new StringBuilder(24);
        sb.append(DateMath.DAY_NAMES[DateMath.weekday(year, month, day)]).append(' ')
                .append(DateMath.MONTH_NAMES[month]).append(' ');
        if (day < 10) {
            sb.append(' ');
        }
        sb.append(day).append(' ');
        Formats.pad2(sb, h).append(':');
        Formats.pad2(sb, m).append(':');
        Formats.pad2(sb, s).append(' ');
        return Formats.pad(sb, year, 4).toString();
    }

    // CPython: Modules/_datetimemodule.c date_strftime
    @Exposed(value = "strftime($self, /, format)",
            doc = "format -> strftime() style string.", signature = Exposed.Signature.HIDDEN)
    public PyObject strftime(PyObject format) {
        PyStr f = Strftime.checkFormat(format, "strftime");
        PyObject tuple = Ops.callMethod(this, "timetuple");
        return Strftime.wrap(this, f, tuple, this);
    }

    // CPython: Modules/_datetimemodule.c date_format
    @Exposed(value = "__format__($self, format, /)", doc = "Formats self with strftime.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __format__(PyObject format) {
        PyStr f = Strftime.checkFormat(format, "__format__");
        if (f.length() == 0) {
            return Ops.str(this);
        }
        return Ops.callMethod(this, "strftime", f);
    }

    // CPython: Modules/_datetimemodule.c date_timetuple
    @Exposed(value = "timetuple($self, /)", doc = "Return time tuple, compatible with "
            + "time.localtime().", signature = Exposed.Signature.HIDDEN)
    public PyObject timetuple() {
        return LocalTime.structTime(year, month, day, 0, 0, 0, -1);
    }

    // CPython: Modules/_datetimemodule.c date_replace
    @Exposed(value = "replace($self, /, year=<unrepresentable>, month=<unrepresentable>, "
            + "day=<unrepresentable>)",
            doc = "Return date with new specified fields.", signature = Exposed.Signature.HIDDEN)
    public PyObject replace(PyObject y, PyObject m, PyObject d) {
        int ny = DateArgs.intOr(y, year);
        int nm = DateArgs.intOr(m, month);
        int nd = DateArgs.intOr(d, day);
        DateMath.checkDate(ny, nm, nd);
        return new PyDate(type(), ny, nm, nd);
    }

    // CPython: Modules/_datetimemodule.c date_reduce (date_getstate)
    @Exposed(value = "__reduce__($self, /)", doc = "__reduce__() -> (cls, state)",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        byte[] b = {(byte) (year >> 8), (byte) year, (byte) month, (byte) day};
        return PyTuple.of(type(), PyTuple.of(PyBytes.of(b)));
    }

    @Exposed("__hash__($self, /)")
    // CPython: Modules/_datetimemodule.c date_hash -- the hash of its packed bytes, so it
    // follows PYTHONHASHSEED as a bytes object's does
    public long __hash__() {
        return Ops.hash(PyBytes.of(new byte[] {(byte) (year >> 8), (byte) year, (byte) month,
            (byte) day}));
    }

    // ---- comparison ----------------------------------------------------------------------------

    final int compareDate(PyDate o) {
        if (year != o.year) {
            return year < o.year ? -1 : 1;
        }
        if (month != o.month) {
            return month < o.month ? -1 : 1;
        }
        return Integer.compare(day, o.day);
    }

    // CPython: Modules/_datetimemodule.c date_richcompare
    PyObject compare(PyObject other, CompareOp op) {
        if (other instanceof PyDate o) {
            return PyBool.of(Formats.test(compareDate(o), op));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
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

    // ---- arithmetic ----------------------------------------------------------------------------

    /** self + days, of self's class. CPython: Modules/_datetimemodule.c add_date_timedelta */
    private PyObject plusDays(long days) {
        long ordinal = DateMath.toOrdinal(year, month, day) + days;
        if (ordinal < 1 || ordinal > DateMath.MAXORDINAL) {
            throw PyExceptions.overflowError("date value out of range");
        }
        int ymd = DateMath.fromOrdinal((int) ordinal);
        return ofClass(type(), DateMath.packedYear(ymd), DateMath.packedMonth(ymd),
                DateMath.packedDay(ymd));
    }

    // CPython: Modules/_datetimemodule.c date_add
    @Exposed("__add__($self, value, /)")
    public PyObject __add__(PyObject other) {
        if (other instanceof PyDateTime) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (other instanceof PyTimeDelta d) {
            return plusDays(d.days);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__radd__($self, value, /)")
    public PyObject __radd__(PyObject other) {
        return __add__(other);
    }

    // CPython: Modules/_datetimemodule.c date_subtract
    @Exposed("__sub__($self, value, /)")
    public PyObject __sub__(PyObject other) {
        if (other instanceof PyDateTime) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (other instanceof PyDate o) {
            return PyTimeDelta.of((long) DateMath.toOrdinal(year, month, day)
                    - DateMath.toOrdinal(o.year, o.month, o.day), 0, 0);
        }
        if (other instanceof PyTimeDelta d) {
            return plusDays(-(long) d.days);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__rsub__($self, value, /)")
    public PyObject __rsub__(PyObject other) {
        if (other instanceof PyDate o && !(other instanceof PyDateTime)) {
            return o.__sub__(this);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }
}
