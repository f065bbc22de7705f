package dev.krait.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Rounding and exact conversions of Python numbers: {@code round(float)},
 * {@code round(float, n)} correctly rounded through the exact decimal value (as CPython does
 * through dtoa), {@code round(int, -n)}, {@code float.as_integer_ratio()} and {@code int(float)}.
 * (CPython: Objects/floatobject.c {@code float___round___impl}, {@code double_round},
 * {@code float_as_integer_ratio_impl}; Objects/longobject.c {@code PyLong_FromDouble},
 * {@code long_round})
 */
public final class NumberRounding {
    private NumberRounding() {}

    /** dtoa's bounds beyond which rounding to {@code n} digits is the identity, or zero. */
    private static final int NDIGITS_MAX = (int) ((53 - -1021) * 0.30103);
    private static final int NDIGITS_MIN = -(int) ((1024 + 1) * 0.30103);

    /**
     * {@code round(x)}: the nearest integral double, halves to even. The caller turns it into an
     * int with {@link #toBigInteger}, which raises for inf and nan.
     */
    public static double roundHalfEven(double x) {
        return Math.rint(x);
    }

    /**
     * {@code round(x, ndigits)}: {@code x} rounded to {@code ndigits} decimal places (negative:
     * to tens, hundreds...), the decimal result correctly rounded back to a double;
     * OverflowError "rounded value too large to represent" when that overflows.
     * {@code ndigits} is the caller's int clipped to a long, as CPython clips to ssize_t.
     */
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        if (ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        if (x == 0) {
            return x;
        }
        if (ndigits >= 0 && ndigits <= ScaledRounding.MAX_POWER) {
            // Both the rounded integer and the power of ten are exact doubles: one division
            // rounds their quotient correctly.
            long q = ScaledRounding.scaledRound(x, (int) ndigits);
            if (q >= 0 && q <= 1L << 53) {
                double r = q / (double) ScaledRounding.pow10((int) ndigits);
                return x < 0 ? -r : r;
            }
        }
        BigDecimal rounded = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) {
            return x < 0 ? -0.0 : 0.0;
        }
        double result = rounded.doubleValue();
        if (Double.isInfinite(result)) {
            throw TextFormatError.overflowError("rounded value too large to represent");
        }
        return result;
    }

    /**
     * {@code int(x)} for a finite double: truncated toward zero. OverflowError "cannot convert
     * float infinity to integer", ValueError "cannot convert float NaN to integer".
     * (CPython: Objects/longobject.c {@code PyLong_FromDouble})
     */
    public static BigInteger toBigInteger(double x) {
        if (Double.isInfinite(x)) {
            throw TextFormatError.overflowError("cannot convert float infinity to integer");
        }
        if (Double.isNaN(x)) {
            throw TextFormatError.valueError("cannot convert float NaN to integer");
        }
        if (Math.abs(x) < 9.2e18) {
            return BigInteger.valueOf((long) x);
        }
        return new BigDecimal(x).toBigInteger();
    }

    /**
     * {@code x.as_integer_ratio()}: numerator and denominator in lowest terms, the denominator a
     * positive power of two. OverflowError for infinities, ValueError for nan.
     */
    public static BigInteger[] asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw TextFormatError.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw TextFormatError.valueError("cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & 0xfffffffffffffL;
        int exponent;
        if (biased == 0) {
            exponent = -1074;
        } else {
            mantissa |= 1L << 52;
            exponent = biased - 1075;
        }
        int zeros = Long.numberOfTrailingZeros(mantissa);
        mantissa >>= zeros;
        exponent += zeros;
        BigInteger numerator = BigInteger.valueOf(bits < 0 ? -mantissa : mantissa);
        if (exponent >= 0) {
            return new BigInteger[] {numerator.shiftLeft(exponent), BigInteger.ONE};
        }
        return new BigInteger[] {numerator, BigInteger.ONE.shiftLeft(-exponent)};
    }

    /**
     * {@code round(value, ndigits)} for an int and a negative {@code ndigits}: the nearest
     * multiple of {@code 10**-ndigits}, halves to even; {@code value} itself for
     * {@code ndigits >= 0}. (CPython: Objects/longobject.c {@code long_round},
     * {@code _PyLong_DivmodNear})
     */
    public static BigInteger roundInt(BigInteger value, long ndigits) {
        if (ndigits >= 0 || value.signum() == 0) {
            return value;
        }
        // 10**k > 2*|value| once k exceeds its digit count: the answer is then 0.
        long digits = (long) Math.floor(value.abs().bitLength() * 0.30103) + 1;
        if (-ndigits > digits) {
            return BigInteger.ZERO;
        }
        BigInteger pow = BigInteger.TEN.pow((int) -ndigits);
        BigInteger[] qr = value.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        // Make the remainder non-negative, as floor division does.
        if (r.signum() < 0) {
            r = r.add(pow);
            q = q.subtract(BigInteger.ONE);
        }
        int cmp = r.shiftLeft(1).compareTo(pow);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return q.multiply(pow);
    }
}
