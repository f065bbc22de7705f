package dev.krait.objects;

import java.math.BigInteger;

/**
 * Python's {@code int}: arbitrary precision, held as a Java {@code long} while the value fits and
 * as a {@link BigInteger} beyond, so that everyday arithmetic never touches BigInteger. Small
 * values are cached, as CPython caches -5..256.
 *
 * <p>Arithmetic special methods return {@code NotImplemented} for operands that are not ints, so
 * that {@code Ops} tries the other operand's reflected method, as CPython's binary_op1 does.
 *
 * <p>CPython counterpart: Objects/longobject.c.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyInt.class, null);

    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PyInt(TYPE, CACHE_LOW + i, null);
        }
    }

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The value when {@link #big} is null. */
    final long value;
    /** The value when it does not fit in a long; null otherwise. */
    final BigInteger big;

    PyInt(PyType type, long value, BigInteger big) {
        super(type);
        this.value = value;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(TYPE, v, null);
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(TYPE, 0, v);
    }

    /** An instance of a subclass of int ({@code int.__new__(MyInt, 5)}). */
    public static PyInt ofType(PyType cls, PyInt v) {
        if (cls == TYPE) {
            return v;
        }
        return new PyInt(cls, v.value, v.big);
    }

    /** Whether the value fits in a Java long. */
    public final boolean isSmall() {
        return big == null;
    }

    /** The value, which the caller knows fits ({@link #isSmall()}). */
    public final long longValue() {
        return value;
    }

    public final BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The value as a Java int, or OverflowError with {@code message}. */
    public final int intValueExact(String message) {
        if (big != null || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw PyExceptions.overflowError(message);
        }
        return (int) value;
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    public final double doubleValue() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyExceptions.overflowError("int too large to convert to float");
        }
        return d;
    }

    // ---- arithmetic on Java values (used by Ops' fast paths too) -----------------------------

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return of(lo);
            }
        }
        return of(a.bigValue().multiply(b.bigValue()));
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyExceptions.zeroDivisionError("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            long x = a.value;
            long y = b.value;
            if (x == (int) x && y == (int) y && x != Integer.MIN_VALUE) {
                // a 32-bit division is several times faster than a 64-bit one on x86
                return of(Math.floorDiv((int) x, (int) y));
            }
            return of(Math.floorDiv(x, y));
        }
        BigInteger x = a.bigValue();
        BigInteger y = b.bigValue();
        if (x.signum() != -y.signum()) {
            // Operands of one sign (or a zero dividend): the truncated quotient is the floor, and
            // BigInteger.divide skips the remainder that divideAndRemainder would un-normalize.
            return of(x.divide(y));
        }
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            q = q.subtract(BigInteger.ONE);
        }
        return of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            // CPython: Objects/longobject.c long_rem (divmod and // name both operations)
            throw PyExceptions.zeroDivisionError("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            if (b.value == -1) {
                return of(0);
            }
            long x = a.value;
            long y = b.value;
            if (x == (int) x && y == (int) y) {
                // a 32-bit division is several times faster than a 64-bit one on x86
                return of(Math.floorMod((int) x, (int) y));
            }
            return of(Math.floorMod(x, y));
        }
        BigInteger r = a.bigValue().mod(b.bigValue().abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b.bigValue());
        }
        return of(r);
    }

    public static PyObject trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyExceptions.zeroDivisionError("division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.value) < (1L << 53)
                && Math.abs(b.value) < (1L << 53)) {
            return new PyFloat((double) a.value / (double) b.value);
        }
        return new PyFloat(IntMath.trueDivide(a.bigValue(), b.bigValue()));
    }

    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            if (a.signum() == 0) {
                throw PyExceptions.zeroDivisionError(
                        "0.0 cannot be raised to a negative power");
            }
            // CPython: Objects/longobject.c long_pow hands negative exponents to float_pow
            return FloatMath.pow(a.doubleValue(), b.doubleValue());
        }
        if (b.big != null) {
            if (a.big == null && (a.value == 0 || a.value == 1)) {
                return a;
            }
            if (a.big == null && a.value == -1) {
                return of(b.big.testBit(0) ? -1 : 1);
            }
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        if (a.big == null) {
            long base = a.value;
            long exp = b.value;
            long result = 1;
            boolean overflow = false;
            long bb = base;
            long e = exp;
            while (e > 0) {
                if ((e & 1) != 0) {
                    long hi = Math.multiplyHigh(result, bb);
                    long lo = result * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                e >>= 1;
                if (e > 0) {
                    long hi = Math.multiplyHigh(bb, bb);
                    long lo = bb * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    bb = lo;
                }
            }
            if (!overflow) {
                return of(result);
            }
        }
        if (b.value > Integer.MAX_VALUE) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        return of(a.bigValue().pow((int) b.value));
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.bigValue().compareTo(b.bigValue());
    }

    /** The int value of an int-like operand, or null: the operand check of every binary op. */
    static PyInt asInt(PyObject o) {
        return o instanceof PyInt i ? i : null;
    }

    // ---- Python methods ----------------------------------------------------------------------

    @Exposed(value = "__new__($type, x=0, /, base=10)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return IntConstructor.construct(cls, args, kwnames);
    }

    @Exposed("__add__($self, value, /)")
    public PyObject __add__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : add(this, b);
    }

    @Exposed("__radd__($self, value, /)")
    public PyObject __radd__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : add(b, this);
    }

    @Exposed("__sub__($self, value, /)")
    public PyObject __sub__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : sub(this, b);
    }

    @Exposed("__rsub__($self, value, /)")
    public PyObject __rsub__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : sub(b, this);
    }

    @Exposed("__mul__($self, value, /)")
    public PyObject __mul__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : mul(this, b);
    }

    @Exposed("__rmul__($self, value, /)")
    public PyObject __rmul__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : mul(b, this);
    }

    @Exposed("__floordiv__($self, value, /)")
    public PyObject __floordiv__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : floorDiv(this, b);
    }

    @Exposed("__rfloordiv__($self, value, /)")
    public PyObject __rfloordiv__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : floorDiv(b, this);
    }

    @Exposed("__truediv__($self, value, /)")
    public PyObject __truediv__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : trueDiv(this, b);
    }

    @Exposed("__rtruediv__($self, value, /)")
    public PyObject __rtruediv__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : trueDiv(b, this);
    }

    @Exposed("__mod__($self, value, /)")
    public PyObject __mod__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : mod(this, b);
    }

    @Exposed("__rmod__($self, value, /)")
    public PyObject __rmod__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : mod(b, this);
    }

    @Exposed("__divmod__($self, value, /)")
    public PyObject __divmod__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED
                : PyTuple.of(floorDiv(this, b), mod(this, b));
    }

    @Exposed("__rdivmod__($self, value, /)")
    public PyObject __rdivmod__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED
                : PyTuple.of(floorDiv(b, this), mod(b, this));
    }

    @Exposed("__pow__($self, value, mod=None, /)")
    public PyObject __pow__(PyObject other, PyObject modulus) {
        PyInt b = asInt(other);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (modulus == null || modulus == PyNone.NONE) {
            return pow(this, b);
        }
        PyInt m = asInt(modulus);
        if (m == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return IntMath.modPow(this, b, m);
    }

    @Exposed("__rpow__($self, value, mod=None, /)")
    public PyObject __rpow__(PyObject other, PyObject modulus) {
        PyInt a = asInt(other);
        if (a == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return a.__pow__(this, modulus);
    }

    @Exposed("__neg__($self, /)")
    public PyObject __neg__() {
        if (big == null && value != Long.MIN_VALUE) {
            return of(-value);
        }
        return of(bigValue().negate());
    }

    @Exposed("__pos__($self, /)")
    public PyObject __pos__() {
        return type == TYPE ? this : new PyInt(TYPE, value, big);
    }

    @Exposed("__abs__($self, /)")
    public PyObject __abs__() {
        return signum() < 0 ? __neg__() : __pos__();
    }

    @Exposed("__invert__($self, /)")
    public PyObject __invert__() {
        if (big == null) {
            return of(~value);
        }
        return of(big.not());
    }

    @Exposed("__lshift__($self, value, /)")
    public PyObject __lshift__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : IntMath.shiftLeft(this, b);
    }

    @Exposed("__rlshift__($self, value, /)")
    public PyObject __rlshift__(PyObject other) {
        PyInt a = asInt(other);
        return a == null ? PyNotImplemented.NOT_IMPLEMENTED : IntMath.shiftLeft(a, this);
    }

    @Exposed("__rshift__($self, value, /)")
    public PyObject __rshift__(PyObject other) {
        PyInt b = asInt(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : IntMath.shiftRight(this, b);
    }

    @Exposed("__rrshift__($self, value, /)")
    public PyObject __rrshift__(PyObject other) {
        PyInt a = asInt(other);
        return a == null ? PyNotImplemented.NOT_IMPLEMENTED : IntMath.shiftRight(a, this);
    }

    @Exposed("__and__($self, value, /)")
    public PyObject __and__(PyObject other) {
        PyInt b = asInt(other);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return big == null && b.big == null ? of(value & b.value) : of(bigValue().and(b.bigValue()));
    }

    @Exposed("__rand__($self, value, /)")
    public PyObject __rand__(PyObject other) {
        return __and__(other);
    }

    @Exposed("__or__($self, value, /)")
    public PyObject __or__(PyObject other) {
        PyInt b = asInt(other);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return big == null && b.big == null ? of(value | b.value) : of(bigValue().or(b.bigValue()));
    }

    @Exposed("__ror__($self, value, /)")
    public PyObject __ror__(PyObject other) {
        return __or__(other);
    }

    @Exposed("__xor__($self, value, /)")
    public PyObject __xor__(PyObject other) {
        PyInt b = asInt(other);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return big == null && b.big == null ? of(value ^ b.value) : of(bigValue().xor(b.bigValue()));
    }

    @Exposed("__rxor__($self, value, /)")
    public PyObject __rxor__(PyObject other) {
        return __xor__(other);
    }

    private PyObject compareResult(PyObject other, int op) {
        PyInt b = asInt(other);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        int c = compare(this, b);
        return PyBool.of(switch (op) {
            case 0 -> c < 0;
            case 1 -> c <= 0;
            case 2 -> c == 0;
            case 3 -> c != 0;
            case 4 -> c > 0;
            default -> c >= 0;
        });
    }

    @Exposed("__lt__($self, value, /)")
    public PyObject __lt__(PyObject other) {
        return compareResult(other, 0);
    }

    @Exposed("__le__($self, value, /)")
    public PyObject __le__(PyObject other) {
        return compareResult(other, 1);
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        return compareResult(other, 2);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject other) {
        return compareResult(other, 3);
    }

    @Exposed("__gt__($self, value, /)")
    public PyObject __gt__(PyObject other) {
        return compareResult(other, 4);
    }

    @Exposed("__ge__($self, value, /)")
    public PyObject __ge__(PyObject other) {
        return compareResult(other, 5);
    }

    @Exposed("__hash__($self, /)")
    public long __hash__() {
        return IntMath.hash(this);
    }

    @Exposed("__bool__($self, /)")
    public boolean __bool__() {
        return signum() != 0;
    }

    @Exposed("__index__($self, /)")
    public PyObject __index__() {
        return __pos__();
    }

    @Exposed("__int__($self, /)")
    public PyObject __int__() {
        return __pos__();
    }

    @Exposed("__float__($self, /)")
    public PyObject __float__() {
        return new PyFloat(doubleValue());
    }

    @Exposed(value = "__trunc__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __trunc__() {
        return __pos__();
    }

    @Exposed(value = "__floor__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __floor__() {
        return __pos__();
    }

    @Exposed(value = "__ceil__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __ceil__() {
        return __pos__();
    }

    @Exposed("__round__($self, ndigits=<unrepresentable>, /)")
    public PyObject __round__(PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) {
            return __pos__();
        }
        return IntMath.round(this, Numbers.index(ndigits));
    }

    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        // digits and a sign: no surrogates, so joins and concatenations need not scan for them
        return PyStr.ofNoSurrogates(IntMath.toDecimalString(this));
    }

    @Exposed("__format__($self, format_spec, /)")
    public PyObject __format__(PyObject spec) {
        return IntMath.format(this, spec);
    }

    @Exposed("__getnewargs__($self, /)")
    public PyObject __getnewargs__() {
        return PyTuple.of(__pos__());
    }

    @Exposed("bit_length($self, /)")
    public long bit_length() {
        return big == null ? 64 - Long.numberOfLeadingZeros(Math.abs(value == Long.MIN_VALUE
                ? Long.MAX_VALUE : value)) + (value == Long.MIN_VALUE ? 1 : 0)
                : big.abs().bitLength();
    }

    @Exposed("bit_count($self, /)")
    public long bit_count() {
        return big == null ? (value == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(value)))
                : big.abs().bitCount();
    }

    // CPython: Objects/longobject.c int_to_bytes_impl, _PyLong_AsByteArray
    @Exposed("to_bytes($self, /, length=1, byteorder='big', *, signed=False)")
    public PyObject to_bytes(PyObject length, PyObject byteorder, PyObject signed) {
        boolean little = IntMath.littleEndian(byteorder, "to_bytes");
        long n = StrLayout.ssize(length);
        if (n < 0) {
            throw PyExceptions.valueError("length argument must be non-negative");
        }
        boolean isSigned = Ops.isTrue(signed);
        return new PyBytes(IntMath.toBytes(bigValue(), n, little, isSigned));
    }

    // CPython: Objects/longobject.c int_from_bytes_impl
    @Exposed(value = "from_bytes($type, /, bytes, byteorder='big', *, signed=False)",
            kind = Exposed.Kind.CLASS)
    public static PyObject from_bytes(PyType cls, PyObject bytes, PyObject byteorder,
            PyObject signed) {
        boolean little = IntMath.littleEndian(byteorder, "from_bytes");
        byte[] b = IntMath.bytesOf(bytes);
        PyInt v = of(IntMath.fromBytes(b, little, Ops.isTrue(signed)));
        return cls == TYPE ? v : Ops.call(cls, v);
    }

    @Exposed(value = "conjugate($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject conjugate() {
        return __pos__();
    }

    @Exposed("as_integer_ratio($self, /)")
    public PyObject as_integer_ratio() {
        return PyTuple.of(__pos__(), of(1));
    }

    @Exposed.Getter
    public PyObject real() {
        return __pos__();
    }

    @Exposed.Getter
    public PyObject imag() {
        return of(0);
    }

    @Exposed.Getter
    public PyObject numerator() {
        return __pos__();
    }

    @Exposed.Getter
    public PyObject denominator() {
        return of(1);
    }

    @Override
    public String toString() {
        return big == null ? Long.toString(value) : big.toString();
    }
}
