package dev.krait.text;

/**
 * The fast path under {@link DecimalDigits} and {@link NumberRounding}: a double times a power of
 * ten, rounded half to even to an integer, exactly, in 128-bit integer arithmetic. A double is
 * {@code m * 2^e} with {@code m < 2^53}; {@code m * 10^n} fits in 128 bits for {@code n <= 18},
 * and the shift by {@code -e} with a look at the bits shifted out decides the rounding, as dtoa
 * does with its big integers. Where the answer would not fit in a long it says so, and the
 * caller falls back on {@link java.math.BigDecimal}.
 */
final class ScaledRounding {
    private ScaledRounding() {}

    /** The largest power of ten handled. */
    static final int MAX_POWER = 18;

    private static final long[] POW10 = new long[MAX_POWER + 1];

    static {
        POW10[0] = 1;
        for (int i = 1; i <= MAX_POWER; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    static long pow10(int n) {
        return POW10[n];
    }

    /**
     * {@code |x| * 10^n} rounded half to even, for a finite {@code x} and
     * {@code 0 <= n <= MAX_POWER}; -1 when the result does not fit in a long.
     */
    static long scaledRound(double x, int n) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & 0xfffffffffffffL;
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        long p = POW10[n];
        if (m == 0) {
            return 0;
        }
        if (e >= 0) {
            // An integer: exact, if it fits.
            if (e > 10) {
                return -1;
            }
            long v = m << e;
            return v > Long.MAX_VALUE / p ? -1 : v * p;
        }
        long hi = Math.unsignedMultiplyHigh(m, p);
        long lo = m * p;
        int s = -e;
        if (s >= 118) {
            return 0; // the product is below 2^117, under half of 2^s
        }
        long q;
        long remHi;
        long remLo;
        long halfHi;
        long halfLo;
        if (s < 64) {
            if ((hi >>> s) != 0) {
                return -1;
            }
            q = (lo >>> s) | (hi << (64 - s));
            remHi = 0;
            remLo = lo & ((1L << s) - 1);
            halfHi = 0;
            halfLo = 1L << (s - 1);
        } else {
            q = hi >>> (s - 64);
            remHi = s == 64 ? 0 : hi & ((1L << (s - 64)) - 1);
            remLo = lo;
            halfHi = s == 64 ? 0 : 1L << (s - 65);
            halfLo = s == 64 ? Long.MIN_VALUE : 0;
        }
        if (q < 0) {
            return -1;
        }
        int cmp = remHi != halfHi ? Long.compareUnsigned(remHi, halfHi)
                : Long.compareUnsigned(remLo, halfLo);
        if (cmp > 0 || (cmp == 0 && (q & 1) != 0)) {
            q++;
        }
        return q < 0 ? -1 : q;
    }
}
