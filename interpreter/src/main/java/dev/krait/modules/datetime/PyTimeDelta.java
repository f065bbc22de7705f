package dev.krait.modules.datetime;

import dev.krait.objects.ArgParser;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.math.BigInteger;

/**
 * {@code datetime.timedelta}: a duration kept, as CPython keeps it, normalised to days (of
 * magnitude at most 999,999,999), seconds in [0, 86400) and microseconds in [0, 10**6). Sums
 * and differences work on the three fields; products and quotients go through the total
 * microseconds, which can pass a Java long, so they use Python ints.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c {@code delta_*}.
 */
public class PyTimeDelta extends PyObject {
    public static final PyType TYPE = PyType.builtin("timedelta", PyTimeDelta.class, null)
            .withModule("datetime");

    private static final PyInt US_PER_SECOND = PyInt.of(1000000);
    private static final long US_PER_DAY = 86400L * 1000000;

    final int days;
    final int seconds;
    final int microseconds;

    PyTimeDelta(PyType type, int days, int seconds, int microseconds) {
        super(type);
        this.days = days;
        this.seconds = seconds;
        this.microseconds = microseconds;
    }

    /**
     * A timedelta of the given fields, normalised; OverflowError past the days limit.
     * CPython: Modules/_datetimemodule.c new_delta_ex with normalize
     */
    static PyTimeDelta of(long d, long s, long us) {
        return ofType(TYPE, d, s, us);
    }

    static PyTimeDelta ofType(PyType type, long d, long s, long us) {
        if (us < 0 || us >= 1000000) {
            long carry = Math.floorDiv(us, 1000000);
            us -= carry * 1000000;
            s += carry;
        }
        if (s < 0 || s >= 86400) {
            long carry = Math.floorDiv(s, 86400);
            s -= carry * 86400;
            d += carry;
        }
        checkDays(d);
        return new PyTimeDelta(type, (int) d, (int) s, (int) us);
    }

    private static void checkDays(long d) {
        if (d < -DateMath.MAX_DELTA_DAYS || d > DateMath.MAX_DELTA_DAYS) {
            if (d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
                throw PyExceptions.overflowError("Python int too large to convert to C int");
            }
            throw PyExceptions.overflowError("days=" + d + "; must have magnitude <= "
                    + DateMath.MAX_DELTA_DAYS);
        }
    }

    /** The total in microseconds as a Python int. CPython: delta_to_microseconds */
    PyInt toMicroseconds() {
        if (days > -100000000 && days < 100000000) {
            return PyInt.of(days * US_PER_DAY + seconds * 1000000L + microseconds);
        }
        return PyInt.of(BigInteger.valueOf(days).multiply(BigInteger.valueOf(US_PER_DAY))
                .add(BigInteger.valueOf(seconds * 1000000L + microseconds)));
    }

    /** The timedelta of a total in microseconds. CPython: microseconds_to_delta_ex */
    static PyTimeDelta fromMicroseconds(PyInt us, PyType type) {
        if (us.isSmall()) {
            long v = us.longValue();
            long d = Math.floorDiv(v, US_PER_DAY);
            long rest = v - d * US_PER_DAY;
            return ofType(type, d, rest / 1000000, rest % 1000000);
        }
        BigInteger[] qr = us.bigValue().divideAndRemainder(BigInteger.valueOf(US_PER_DAY));
        BigInteger d = qr[0];
        long rest = qr[1].longValue();
        if (rest < 0) {
            rest += US_PER_DAY;
            d = d.subtract(BigInteger.ONE);
        }
        if (d.bitLength() > 31) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return ofType(type, d.longValue(), rest / 1000000, rest % 1000000);
    }

    // CPython: Modules/_datetimemodule.c delta_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.bind("__new__", args, kwnames, "days", "seconds",
                "microseconds", "milliseconds", "minutes", "hours", "weeks");
        if (allSmallInts(a)) {
            try {
                long us = 0;
                for (int i = 0; i < 7; i++) {
                    if (a[i] != null) {
                        us = Math.addExact(us, Math.multiplyExact(((PyInt) a[i]).longValue(),
                                FACTORS[i]));
                    }
                }
                return fromMicroseconds(PyInt.of(us), cls);
            } catch (ArithmeticException e) {
                // past a long: the general path below
            }
        }
        Accumulator acc = new Accumulator();
        acc.add("microseconds", a[2], 1);
        acc.add("milliseconds", a[3], 1000);
        acc.add("seconds", a[1], 1000000);
        acc.add("minutes", a[4], 60000000);
        acc.add("hours", a[5], 3600000000L);
        acc.add("days", a[0], US_PER_DAY);
        acc.add("weeks", a[6], 7 * US_PER_DAY);
        return fromMicroseconds(acc.total(), cls);
    }

    /** Microseconds per unit of each constructor parameter, in parameter order. */
    private static final long[] FACTORS = {US_PER_DAY, 1000000, 1, 1000, 60000000, 3600000000L,
        7 * US_PER_DAY};

    private static boolean allSmallInts(PyObject[] a) {
        for (PyObject o : a) {
            if (o != null && !(o instanceof PyInt i && i.isSmall())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The running total of a constructor's components: whole microseconds exactly, the
     * fractions that floats leave in a double, rounded half to even at the end.
     * CPython: Modules/_datetimemodule.c accum
     */
    private static final class Accumulator {
        PyInt sum = PyInt.of(0);
        double leftover;

        void add(String tag, PyObject num, long factor) {
            if (num == null) {
                return;
            }
            PyInt f = PyInt.of(factor);
            if (num instanceof PyInt i) {
                sum = PyInt.add(sum, PyInt.mul(PyInt.of(i.bigValue()), f));
                return;
            }
            if (num instanceof PyFloat fl) {
                double d = fl.value;
                double intpart = d < 0 ? Math.ceil(d) : Math.floor(d);
                double frac = d - intpart;
                if (Double.isInfinite(d)) {
                    frac = 0.0;
                }
                sum = PyInt.add(sum, PyInt.mul(fromDouble(intpart), f));
                if (frac == 0.0) {
                    return;
                }
                double scaled = (double) factor * frac;
                double whole = scaled < 0 ? Math.ceil(scaled) : Math.floor(scaled);
                sum = PyInt.add(sum, fromDouble(whole));
                leftover += scaled - whole;
                return;
            }
            throw PyExceptions.typeError("unsupported type for timedelta " + tag
                    + " component: " + DateArgs.typeName(num));
        }

        PyInt total() {
            if (leftover == 0.0) {
                return sum;
            }
            double whole = cRound(leftover);
            if (Math.abs(whole - leftover) == 0.5) {
                // exactly halfway: round the total half to even
                int odd = sum.bigValue().testBit(0) ? 1 : 0;
                whole = 2.0 * cRound((leftover + odd) * 0.5) - odd;
            }
            return PyInt.add(sum, PyInt.of((long) whole));
        }
    }

    /** C's round(): halfway cases away from zero. */
    private static double cRound(double x) {
        return x < 0 ? -Math.floor(-x + 0.5) : Math.floor(x + 0.5);
    }

    private static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PyExceptions.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyExceptions.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }

    // ---- attributes and conversions ----------------------------------------------------------

    // CPython: Modules/_datetimemodule.c delta_members -- struct members (member_descriptor)
    @Exposed.Getter(value = "days", doc = "Number of days.", member = true)
    public long getDays() {
        return days;
    }

    @Exposed.Getter(value = "seconds", doc = "Number of seconds (>= 0 and less than 1 day).",
            member = true)
    public long getSeconds() {
        return seconds;
    }

    @Exposed.Getter(value = "microseconds",
            doc = "Number of microseconds (>= 0 and less than 1 second).", member = true)
    public long getMicroseconds() {
        return microseconds;
    }

    // CPython: Modules/_datetimemodule.c delta_total_seconds
    @Exposed(value = "total_seconds($self, /)",
            doc = "Total seconds in the duration.", signature = Exposed.Signature.HIDDEN)
    public PyObject total_seconds() {
        return PyInt.trueDiv(toMicroseconds(), US_PER_SECOND);
    }

    @Exposed("__bool__($self, /)")
    public boolean __bool__() {
        return days != 0 || seconds != 0 || microseconds != 0;
    }

    // CPython: Modules/_datetimemodule.c delta_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        StringBuilder sb = new StringBuilder(DateArgs.typeName(this)).append('(');
        String sep = "";
        if (days != 0) {
            sb.append("days=").append(days);
            sep = ", ";
        }
        if (seconds != 0) {
            sb.append(sep).append("seconds=").append(seconds);
            sep = ", ";
        }
        if (microseconds != 0) {
            sb.append(sep).append("microseconds=").append(microseconds);
            sep = ", ";
        }
        if (sep.isEmpty()) {
            sb.append('0');
        }
        return sb.append(')').toString();
    }

    // CPython: Modules/_datetimemodule.c delta_str
    @Exposed("__str__($self, /)")
    public String __str__() {
        StringBuilder sb = new StringBuilder();
        if (days != 0) {
            sb.append(days).append(days == 1 || days == -1 ? " day, " : " days, ");
        }
        int h = seconds / 3600;
        int m = seconds / 60 % 60;
        int s = seconds % 60;
        sb.append(h).append(':');
        Formats.pad2(sb, m).append(':');
        Formats.pad2(sb, s);
        if (microseconds != 0) {
            sb.append('.');
            Formats.pad(sb, microseconds, 6);
        }
        return sb.toString();
    }

    @Exposed("__hash__($self, /)")
    // CPython: Modules/_datetimemodule.c delta_hash -- the hash of its state tuple
    public long __hash__() {
        return Ops.hash(PyTuple.of(PyInt.of(days), PyInt.of(seconds), PyInt.of(microseconds)));
    }

    // CPython: Modules/_datetimemodule.c delta_reduce
    @Exposed(value = "__reduce__($self, /)", doc = "__reduce__() -> (cls, state)",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(type(), PyTuple.of(PyInt.of(days), PyInt.of(seconds),
                PyInt.of(microseconds)));
    }

    // ---- comparison ------------------------------------------------------------------------

    int compareTo(PyTimeDelta o) {
        if (days != o.days) {
            return days < o.days ? -1 : 1;
        }
        if (seconds != o.seconds) {
            return seconds < o.seconds ? -1 : 1;
        }
        return Integer.compare(microseconds, o.microseconds);
    }

    private PyObject compare(PyObject other, CompareOp op) {
        if (other instanceof PyTimeDelta o) {
            return PyBool.of(Formats.test(compareTo(o), op));
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

    // ---- arithmetic ------------------------------------------------------------------------

    // CPython: Modules/_datetimemodule.c delta_add
    @Exposed("__add__($self, value, /)")
    public PyObject __add__(PyObject other) {
        if (other instanceof PyTimeDelta o) {
            return of((long) days + o.days, (long) seconds + o.seconds,
                    (long) microseconds + o.microseconds);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__radd__($self, value, /)")
    public PyObject __radd__(PyObject other) {
        return __add__(other);
    }

    // CPython: Modules/_datetimemodule.c delta_subtract
    @Exposed("__sub__($self, value, /)")
    public PyObject __sub__(PyObject other) {
        if (other instanceof PyTimeDelta o) {
            return of((long) days - o.days, (long) seconds - o.seconds,
                    (long) microseconds - o.microseconds);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__rsub__($self, value, /)")
    public PyObject __rsub__(PyObject other) {
        if (other instanceof PyTimeDelta o) {
            return o.__sub__(this);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__neg__($self, /)")
    public PyObject __neg__() {
        return of(-(long) days, -(long) seconds, -(long) microseconds);
    }

    @Exposed("__pos__($self, /)")
    public PyObject __pos__() {
        return new PyTimeDelta(TYPE, days, seconds, microseconds);
    }

    @Exposed("__abs__($self, /)")
    public PyObject __abs__() {
        return days < 0 ? __neg__() : __pos__();
    }

    // CPython: Modules/_datetimemodule.c delta_multiply
    @Exposed("__mul__($self, value, /)")
    public PyObject __mul__(PyObject other) {
        if (other instanceof PyInt i) {
            return fromMicroseconds(PyInt.mul(toMicroseconds(), PyInt.of(i.bigValue())), TYPE);
        }
        if (other instanceof PyFloat f) {
            return scaleByFloat(f, false);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__rmul__($self, value, /)")
    public PyObject __rmul__(PyObject other) {
        return __mul__(other);
    }

    /** CPython: Modules/_datetimemodule.c multiply_truedivide_timedelta_float */
    private PyObject scaleByFloat(PyFloat f, boolean divide) {
        PyObject ratio = Ops.callMethod(f, "as_integer_ratio");
        if (!(ratio instanceof PyTuple t)) {
            throw PyExceptions.typeError("unexpected return type from as_integer_ratio(): "
                    + "expected tuple, got '" + DateArgs.typeName(ratio) + "'");
        }
        if (t.size() != 2) {
            throw PyExceptions.valueError("as_integer_ratio() must return a 2-tuple");
        }
        if (!(t.get(divide ? 1 : 0) instanceof PyInt num)
                || !(t.get(divide ? 0 : 1) instanceof PyInt den)) {
            throw PyExceptions.typeError("as_integer_ratio() must return a pair of ints");
        }
        return fromMicroseconds(divideNearest(PyInt.mul(toMicroseconds(), num), den), TYPE);
    }

    /** Round-half-to-even division. CPython: Objects/longobject.c _PyLong_DivmodNear */
    static PyInt divideNearest(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyExceptions.zeroDivisionError("integer division or modulo by zero");
        }
        BigInteger bb = b.bigValue();
        BigInteger[] qr = a.bigValue().divideAndRemainder(bb);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() != 0 && r.signum() != bb.signum()) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(bb);
        }
        int c = r.shiftLeft(1).compareTo(bb);
        boolean greater = bb.signum() > 0 ? c > 0 : c < 0;
        if (greater || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q);
    }

    // CPython: Modules/_datetimemodule.c delta_truedivide
    @Exposed("__truediv__($self, value, /)")
    public PyObject __truediv__(PyObject other) {
        if (other instanceof PyTimeDelta o) {
            return PyInt.trueDiv(toMicroseconds(), o.toMicroseconds());
        }
        if (other instanceof PyFloat f) {
            return scaleByFloat(f, true);
        }
        if (other instanceof PyInt i) {
            return fromMicroseconds(divideNearest(toMicroseconds(), PyInt.of(i.bigValue())),
                    TYPE);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__rtruediv__($self, value, /)")
    public PyObject __rtruediv__(PyObject other) {
        if (other instanceof PyTimeDelta o) {
            return o.__truediv__(this);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    // CPython: Modules/_datetimemodule.c delta_divide
    @Exposed("__floordiv__($self, value, /)")
    public PyObject __floordiv__(PyObject other) {
        if (other instanceof PyTimeDelta o) {
            return PyInt.floorDiv(toMicroseconds(), o.toMicroseconds());
        }
        if (other instanceof PyInt i) {
            return fromMicroseconds(PyInt.floorDiv(toMicroseconds(), PyInt.of(i.bigValue())),
                    TYPE);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__rfloordiv__($self, value, /)")
    public PyObject __rfloordiv__(PyObject other) {
        if (other instanceof PyTimeDelta o) {
            return o.__floordiv__(this);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    // CPython: Modules/_datetimemodule.c delta_remainder
    @Exposed("__mod__($self, value, /)")
    public PyObject __mod__(PyObject other) {
        if (other instanceof PyTimeDelta o) {
            return fromMicroseconds(PyInt.mod(toMicroseconds(), o.toMicroseconds()), TYPE);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__rmod__($self, value, /)")
    public PyObject __rmod__(PyObject other) {
        if (other instanceof PyTimeDelta o) {
            return o.__mod__(this);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    // CPython: Modules/_datetimemodule.c delta_divmod
    @Exposed("__divmod__($self, value, /)")
    public PyObject __divmod__(PyObject other) {
        if (other instanceof PyTimeDelta o) {
            PyInt a = toMicroseconds();
            PyInt b = o.toMicroseconds();
            PyInt q = PyInt.floorDiv(a, b);
            return PyTuple.of(q, fromMicroseconds(PyInt.sub(a, PyInt.mul(q, b)), TYPE));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__rdivmod__($self, value, /)")
    public PyObject __rdivmod__(PyObject other) {
        if (other instanceof PyTimeDelta o) {
            return o.__divmod__(this);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }
}
