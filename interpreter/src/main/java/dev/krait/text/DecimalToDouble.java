package dev.krait.text;

import java.math.BigInteger;

/**
 * Decimal text to the nearest double, for the plain forms that JSON numbers, {@code float(str)}
 * and float literals reach it in: {@code [sign] digits [. digits] [e|E [sign] digits]}. Correctly
 * rounded, like David Gay's strtod that CPython uses (Python/dtoa.c {@code _Py_dg_strtod}).
 *
 * <p>Why not {@code Double.parseDouble} alone: it allocates a digit buffer for every number,
 * and for the 16- and 17-digit numbers that {@code repr} of most floats gives it goes to
 * {@code FDBigInteger} arithmetic; worse, C2 spends more CPU compiling its 17 kB
 * {@code doubleValue} (three or four times in one run) than parsing takes: a quarter of C2's
 * time in {@code benchmarks/programs/json_roundtrip.py}. Here a number of at most 19
 * significant digits takes one of two paths that allocate nothing:
 *
 * <ul>
 *   <li>Clinger's: at most 15 digits (exact in a double) and a power of ten up to 10^22 (also
 *       exact): one multiplication or division, correctly rounded by IEEE arithmetic.</li>
 *   <li>Eisel and Lemire's (Lemire, "Number Parsing at a Gigabyte per Second", 2021): the
 *       digits times a 128-bit approximation of the power of ten, truncated from below; when the
 *       product's bits leave the rounding in doubt the method says so instead of guessing.</li>
 * </ul>
 *
 * Anything else (more digits, a rounding in doubt, subnormal or overflowing results, a text of
 * another form) goes to {@code Double.parseDouble}, which is correct for all of them.
 */
public final class DecimalToDouble {
    private DecimalToDouble() {}

    /** Powers of ten that a double holds exactly. */
    private static final double[] EXACT_POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /** The largest exponent an exponent part is read up to; beyond it the slow path decides. */
    private static final int EXPONENT_LIMIT = 100_000;

    /**
     * The double nearest to the decimal text {@code s[start, end)}. The text must be one that
     * {@code Double.parseDouble} accepts (the caller has checked its syntax); only its plain
     * decimal form takes the fast paths.
     */
    public static double parse(String s, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long digits = 0; // the significant digits, at most 19: below 2^64 as an unsigned long
        int count = 0;
        int scale = 0;
        boolean anyDigit = false;
        for (; i < end; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                break;
            }
            anyDigit = true;
            if (count > 0 || d != 0) {
                if (count == 19) {
                    return slow(s, start, end);
                }
                digits = digits * 10 + d;
                count++;
            }
        }
        if (i < end && s.charAt(i) == '.') {
            for (i++; i < end; i++) {
                int d = s.charAt(i) - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                anyDigit = true;
                if (count > 0 || d != 0) {
                    if (count == 19) {
                        return slow(s, start, end);
                    }
                    digits = digits * 10 + d;
                    count++;
                }
                scale--;
            }
        }
        if (!anyDigit) {
            return slow(s, start, end);
        }
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean minus = false;
            if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                minus = s.charAt(i) == '-';
                i++;
            }
            if (i == end) {
                return slow(s, start, end);
            }
            int exponent = 0;
            for (; i < end; i++) {
                int d = s.charAt(i) - '0';
                if (d < 0 || d > 9 || exponent > EXPONENT_LIMIT) {
                    return slow(s, start, end);
                }
                exponent = exponent * 10 + d;
            }
            scale += minus ? -exponent : exponent;
        }
        if (i != end) {
            return slow(s, start, end);
        }
        if (digits == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (count <= 15 && scale >= -22 && scale <= 22) {
            double value = scale >= 0 ? digits * EXACT_POWERS_OF_TEN[scale]
                    : digits / EXACT_POWERS_OF_TEN[-scale];
            return negative ? -value : value;
        }
        long bits = eiselLemire(digits, scale);
        if (bits < 0) {
            return slow(s, start, end);
        }
        double value = Double.longBitsToDouble(bits);
        return negative ? -value : value;
    }

    private static double slow(String s, int start, int end) {
        return Double.parseDouble(s.substring(start, end));
    }

    /**
     * The bits of the positive double nearest to {@code digits * 10^power} ({@code digits} a
     * non-zero unsigned long), or -1 when this method cannot be sure of the rounding or the
     * result is subnormal, infinite or outside the table's range.
     */
    static long eiselLemire(long digits, int power) {
        if (power < Power.MIN || power > Power.MAX) {
            return -1;
        }
        // Normalise the digits so that their top bit is set.
        int shift = Long.numberOfLeadingZeros(digits);
        long m = digits << shift;
        // floor(power * log2(10)) is (217706 * power) >> 16 over this range; with the 64 bits
        // of m, the 1023 of the bias and the normalisation it is the result's biased exponent,
        // one more when the product below fills its top bit.
        long exponent = ((217706L * power) >> 16) + 64 + 1023 - shift;
        Power row = Power.of(power);
        long powerHigh = row.high();
        long high = Math.unsignedMultiplyHigh(m, powerHigh);
        long low = m * powerHigh;
        // The table's value is truncated, so the true product lies in [product, product + m)
        // in units of the low word: when that range can carry into the bits kept, the low
        // half of the power decides.
        if ((high & 0x1FF) == 0x1FF && Long.compareUnsigned(low + m, m) < 0) {
            long powerLow = row.low();
            long crossHigh = Math.unsignedMultiplyHigh(m, powerLow);
            long crossLow = m * powerLow;
            long mergedLow = low + crossHigh;
            long mergedHigh = Long.compareUnsigned(mergedLow, low) < 0 ? high + 1 : high;
            if ((mergedHigh & 0x1FF) == 0x1FF && mergedLow == -1L
                    && Long.compareUnsigned(crossLow + m, m) < 0) {
                return -1;
            }
            high = mergedHigh;
            low = mergedLow;
        }
        // Keep 54 bits: the 53 of the result and one to round with.
        int top = (int) (high >>> 63);
        long mantissa = high >>> (top + 9);
        exponent -= 1 ^ top;
        // Exactly half way between two doubles, as far as these bits tell: undecided.
        if (low == 0 && (high & 0x1FF) == 0 && (mantissa & 3) == 1) {
            return -1;
        }
        mantissa += mantissa & 1;
        mantissa >>>= 1;
        if ((mantissa >>> 53) != 0) {
            mantissa >>>= 1;
            exponent++;
        }
        if (exponent <= 0 || exponent >= 0x7FF) {
            return -1;
        }
        return (exponent << 52) | (mantissa & 0x000F_FFFF_FFFF_FFFFL);
    }

    /**
     * 10^q for q in [MIN, MAX] as a 128-bit number with its top bit set, truncated: its two
     * halves. Each row is computed when first needed (exactly, with BigInteger), since a
     * program meets few powers of ten and most never parse a float of more than 15 digits.
     */
    private record Power(long high, long low) {
        static final int MIN = -342;
        static final int MAX = 308;
        /** Rows computed so far; a row's fields are final, so a racing reader sees it whole. */
        private static final Power[] ROWS = new Power[MAX - MIN + 1];
        private static final BigInteger FIVE = BigInteger.valueOf(5);

        static Power of(int q) {
            Power row = ROWS[q - MIN];
            if (row == null) {
                row = compute(q);
                ROWS[q - MIN] = row;
            }
            return row;
        }

        private static Power compute(int q) {
            BigInteger mantissa;
            if (q >= 0) {
                // 10^q is 5^q times a power of two, so the two share their normalised mantissa.
                BigInteger power = FIVE.pow(q);
                mantissa = power.shiftLeft(128).shiftRight(power.bitLength());
            } else {
                // 2^k / 5^-q with k = bitLength(5^-q) + 127 lies strictly between 2^127 and
                // 2^128 (5^-q is no power of two); its floor is the truncated mantissa.
                BigInteger power = FIVE.pow(-q);
                mantissa = BigInteger.ONE.shiftLeft(power.bitLength() + 127).divide(power);
            }
            return new Power(mantissa.shiftRight(64).longValue(), mantissa.longValue());
        }
    }
}
