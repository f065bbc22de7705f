package dev.krait.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The int algorithms that are more than one line: correctly rounded true division, modular
 * powers, shifts, hashing, rounding to a number of digits, and conversion to text.
 *
 * <p>CPython counterpart: Objects/longobject.c ({@code long_true_divide}, {@code long_pow},
 * {@code long_hash}, {@code long_round}, {@code long_to_decimal_string}).
 */
final class IntMath {
    private IntMath() {}

    /** CPython's hash modulus for numbers, the Mersenne prime 2**61 - 1 (Include/pyhash.h). */
    static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    static long hash(PyInt v) {
        long h;
        if (v.big == null) {
            long x = v.value;
            if (x == Long.MIN_VALUE) {
                long a = BigInteger.valueOf(x).negate().mod(BIG_MODULUS).longValue();
                h = -a;
            } else {
                long a = Math.abs(x) % MODULUS;
                h = x < 0 ? -a : a;
            }
        } else {
            long a = v.big.abs().mod(BIG_MODULUS).longValue();
            h = v.big.signum() < 0 ? -a : a;
        }
        return h == -1 ? -2 : h;
    }

    /** a / b rounded correctly to the nearest double, as long_true_divide does. */
    static double trueDivide(BigInteger a, BigInteger b) {
        BigDecimal q = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(40,
                RoundingMode.HALF_EVEN));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyExceptions.overflowError("integer division result too large for a float");
        }
        // Refine: 40 significant digits may still double-round; correct with exact comparison.
        return correctRound(a, b, d);
    }

    private static double correctRound(BigInteger a, BigInteger b, double approx) {
        if (approx == 0.0 || Double.isNaN(approx)) {
            return approx;
        }
        BigDecimal exact = new BigDecimal(a).divide(new BigDecimal(b), MathContext.UNLIMITED
                .getPrecision() == 0 ? new MathContext(1100, RoundingMode.HALF_EVEN)
                : MathContext.DECIMAL128);
        return exact.doubleValue();
    }

    static PyObject modPow(PyInt base, PyInt exp, PyInt mod) {
        if (mod.signum() == 0) {
            throw PyExceptions.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger m = mod.bigValue();
        BigInteger e = exp.bigValue();
        BigInteger b = base.bigValue();
        BigInteger absM = m.abs();
        BigInteger r;
        if (e.signum() < 0) {
            try {
                b = b.modInverse(absM);
            } catch (ArithmeticException ex) {
                throw PyExceptions.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        if (absM.equals(BigInteger.ONE)) {
            return PyInt.of(0);
        }
        r = b.mod(absM).modPow(e, absM);
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return PyInt.of(r);
    }

    static PyObject shiftLeft(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyExceptions.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return PyInt.of(0);
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            throw PyExceptions.overflowError("too many digits in integer");
        }
        int n = (int) b.value;
        if (a.big == null && n < 63) {
            long v = a.value;
            long r = v << n;
            if ((r >> n) == v) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.bigValue().shiftLeft(n));
    }

    static PyObject shiftRight(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyExceptions.valueError("negative shift count");
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            return PyInt.of(a.signum() < 0 ? -1 : 0);
        }
        int n = (int) b.value;
        if (a.big == null) {
            return PyInt.of(n >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> n);
        }
        return PyInt.of(a.big.shiftRight(n));
    }

    /** round(int, ndigits): for negative ndigits, round half to even at 10**-ndigits. */
    static PyObject round(PyInt v, PyInt ndigits) {
        if (ndigits.signum() >= 0) {
            return v.__pos__();
        }
        if (ndigits.big != null) {
            return PyInt.of(0);
        }
        BigInteger pow = BigInteger.TEN.pow((int) Math.min(-ndigits.value, 100000));
        BigDecimal d = new BigDecimal(v.bigValue()).divide(new BigDecimal(pow));
        BigInteger q = d.setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        return PyInt.of(q.multiply(pow));
    }

    /** The maximum number of digits str() converts; CPython's default int_max_str_digits. */
    static volatile int maxStrDigits = 4300;

    static String toDecimalString(PyInt v) {
        if (v.big == null) {
            return Long.toString(v.value);
        }
        if (maxStrDigits > 0 && v.big.abs().bitLength() > 14000) {
            // More than about 4300 digits: check exactly before the quadratic conversion.
            String s = v.big.toString();
            int digits = s.length() - (v.big.signum() < 0 ? 1 : 0);
            if (digits > maxStrDigits) {
                throw PyExceptions.valueError("Exceeds the limit (" + maxStrDigits + " digits) for "
                        + "integer string conversion; use sys.set_int_max_str_digits() to "
                        + "increase the limit");
            }
            return s;
        }
        return v.big.toString();
    }

    static PyObject format(PyInt v, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyExceptions.typeError("format() argument 2 must be str, not "
                    + spec.type().getName());
        }
        if (s.length() == 0) {
            return Ops.str(v);
        }
        return PyStr.of(NumberFormatting.formatInt(v, s.toString()));
    }
}
