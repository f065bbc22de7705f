package dev.krait.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a double as David Gay's {@code _Py_dg_dtoa} gives them to CPython: a
 * digit string without trailing zeros and the position of the decimal point, {@code value =
 * 0.DIGITS * 10^decpt}. Three of dtoa's modes matter to Python: mode 0, the shortest digits that
 * read back as the same double (repr); mode 2, {@code n} significant digits (the 'e' and 'g'
 * formats); mode 3, {@code n} digits after the decimal point (the 'f' format and
 * {@code round()}). Modes 2 and 3 round the exact binary value correctly, ties to even.
 *
 * <p>Our own route to the same digits: Java's {@code Double.toString} for the shortest form (it is
 * Ryu-like and shortest since JDK 19, with one quirk handled below) and {@link BigDecimal}, exact
 * for every double, for the correctly rounded modes.
 *
 * @param digits the significant digits, no trailing zeros; empty when mode 3 rounded a nonzero
 *     value to nothing (then {@code decpt} is {@code -ndigits}, as in dtoa); "0" for zero
 * @param decpt where the decimal point goes, counted from the left of {@code digits}
 * @param negative the sign bit of the double (set for -0.0 too)
 */
public record DecimalDigits(String digits, int decpt, boolean negative) {

    /**
     * dtoa mode 0: the shortest digit string that reads back as {@code x}, the one closest to
     * {@code x} when there are several. {@code x} must be finite.
     * (CPython: Python/dtoa.c {@code _Py_dg_dtoa} mode 0)
     */
    public static DecimalDigits shortest(double x) {
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        if (x == 0) {
            return new DecimalDigits("0", 1, negative);
        }
        double abs = Math.abs(x);
        String java = Double.toString(abs);
        String mantissa = java;
        int exponent = 0;
        int e = java.indexOf('E');
        if (e >= 0) {
            mantissa = java.substring(0, e);
            exponent = Integer.parseInt(java.substring(e + 1));
        }
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int decpt = dot + exponent;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            decpt--;
        }
        int end = digits.length();
        while (end > lead + 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(lead, end);
        // Only a subnormal's interval is wide enough to hold a one-digit decimal beside
        // Java's two-digit one: for a normal double the one-digit decimal is the two-digit one
        // with a zero, which the zeros stripped above already made one digit.
        if (digits.length() == 2 && abs < Double.MIN_NORMAL) {
            String one = oneDigit(abs, digits, decpt);
            if (one != null) {
                if (one.length() > 1) { // rounding up to 10 moved the decimal point
                    one = "1";
                    decpt++;
                }
                digits = one;
            }
        }
        return new DecimalDigits(digits, decpt, negative);
    }

    /**
     * The one-digit shortest form of {@code x}, if there is one, when Java gave two digits
     * {@code 0.d1d2 * 10^decpt}. Java's {@code Double.toString} keeps two digits where one would
     * do (it prints {@code 4.9E-324} for {@code 5e-324}); dtoa takes the shortest decimal that
     * reads back as {@code x}, the closest to {@code x} if there are several.
     */
    private static String oneDigit(double x, String digits, int decpt) {
        int d = digits.charAt(0) - '0';
        String best = null;
        BigDecimal bestDistance = null;
        BigDecimal exact = new BigDecimal(x);
        for (int candidate = d; candidate <= d + 1; candidate++) {
            String text = candidate + "E" + (decpt - 1);
            if (Double.parseDouble(text) != x) {
                continue;
            }
            BigDecimal distance = new BigDecimal(text).subtract(exact).abs();
            if (best == null || distance.compareTo(bestDistance) < 0) {
                best = Integer.toString(candidate);
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * dtoa mode 2: {@code x} correctly rounded to {@code ndigits >= 1} significant digits, ties
     * to even. {@code x} must be finite. (CPython: Python/dtoa.c {@code _Py_dg_dtoa} mode 2)
     */
    public static DecimalDigits significant(double x, int ndigits) {
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        if (x == 0) {
            return new DecimalDigits("0", 1, negative);
        }
        DecimalDigits fast = significantFast(Math.abs(x), ndigits, negative);
        if (fast != null) {
            return fast;
        }
        BigDecimal rounded = new BigDecimal(Math.abs(x))
                .round(new MathContext(ndigits, RoundingMode.HALF_EVEN));
        return of(rounded, negative);
    }

    /**
     * dtoa mode 3: {@code x} correctly rounded to {@code ndigits} digits after the decimal point
     * ({@code ndigits} may be negative: to tens, hundreds...), ties to even. A nonzero value
     * that rounds to zero gives no digits and {@code decpt = -ndigits}, as dtoa does.
     * (CPython: Python/dtoa.c {@code _Py_dg_dtoa} mode 3)
     */
    public static DecimalDigits fixed(double x, int ndigits) {
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        if (x == 0) {
            return new DecimalDigits("0", 1, negative);
        }
        if (ndigits >= 0 && ndigits <= ScaledRounding.MAX_POWER) {
            long q = ScaledRounding.scaledRound(x, ndigits);
            if (q == 0) {
                return new DecimalDigits("", -ndigits, negative);
            }
            if (q > 0) {
                return of(q, ndigits, negative);
            }
        }
        BigDecimal rounded = new BigDecimal(Math.abs(x)).setScale(ndigits, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) {
            return new DecimalDigits("", -ndigits, negative);
        }
        return of(rounded, negative);
    }

    /**
     * Mode 2 by {@link ScaledRounding}: scale by the power of ten that leaves {@code ndigits}
     * digits before the point, correcting a misjudged magnitude (or a carry to one more digit)
     * by a second try; null where the fast path does not reach.
     */
    private static DecimalDigits significantFast(double abs, int ndigits, boolean negative) {
        if (ndigits > 17) {
            return null;
        }
        int k = (int) Math.floor(Math.log10(abs)); // about floor(log10(abs)); checked below
        for (int attempt = 0; attempt < 3; attempt++) {
            int n = ndigits - 1 - k;
            if (n < 0 || n > ScaledRounding.MAX_POWER) {
                return null;
            }
            long q = ScaledRounding.scaledRound(abs, n);
            if (q < 0) {
                return null;
            }
            if (q >= ScaledRounding.pow10(ndigits)) {
                k++;
            } else if (q < ScaledRounding.pow10(ndigits - 1)) {
                k--;
            } else {
                return of(q, n, negative);
            }
        }
        return null;
    }

    /** The digits of {@code q * 10^-scale}, {@code q > 0}, without trailing zeros. */
    private static DecimalDigits of(long q, int scale, boolean negative) {
        String digits = Long.toString(q);
        int decpt = digits.length() - scale;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return new DecimalDigits(end == digits.length() ? digits : digits.substring(0, end),
                decpt, negative);
    }

    private static DecimalDigits of(BigDecimal positive, boolean negative) {
        BigDecimal stripped = positive.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        long decpt = (long) digits.length() - stripped.scale();
        return new DecimalDigits(digits, (int) decpt, negative);
    }
}
