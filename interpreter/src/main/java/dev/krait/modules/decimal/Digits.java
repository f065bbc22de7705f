package dev.krait.modules.decimal;

import java.math.BigInteger;

/**
 * Decimal digit arithmetic on coefficients: digit counts and powers of ten. Coefficients are
 * non-negative {@link BigInteger}s; the powers below 10**128 are computed once (immutable, so
 * shared by every interpreter).
 *
 * <p>CPython counterpart: libmpdec's {@code mpd_digits}, {@code mpd_pow10} tables.
 */
final class Digits {
    private Digits() {}

    private static final BigInteger[] POW10 = new BigInteger[128];

    /**
     * The most digits an intermediate may have: libmpdec fails such allocations with
     * MPD_Malloc_error (MemoryError), and operations retry exact results at a lower
     * precision first, as libmpdec does.
     */
    static final long LIMIT = 100_000_000;

    static {
        POW10[0] = BigInteger.ONE;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1].multiply(BigInteger.TEN);
        }
    }

    /** 10**n for n >= 0. */
    static BigInteger pow10(long n) {
        if (n < POW10.length) {
            return POW10[(int) n];
        }
        if (n > LIMIT) {
            throw Signals.noMemory();
        }
        return BigInteger.TEN.pow((int) n);
    }

    /** The number of decimal digits of {@code c} (1 for zero). */
    static long count(BigInteger c) {
        int bits = c.bitLength();
        if (bits < 64) {
            long v = c.longValue();
            int n = 1;
            while (n < 19 && v >= POW10[n].longValue()) {
                n++;
            }
            return n;
        }
        // log10(2) * bits is within one of the digit count; settle with one comparison.
        long guess = (long) ((bits - 1) * 0.30102999566398119521) + 1;
        return c.compareTo(pow10(guess)) >= 0 ? guess + 1 : guess;
    }

    /** c * 10**n for n >= 0. */
    static BigInteger shiftLeft(BigInteger c, long n) {
        return n == 0 || c.signum() == 0 ? c : c.multiply(pow10(n));
    }

    /** Whether the last digit of c is 0 or 5 (ROUND_05UP's test). */
    static boolean endsIn0or5(BigInteger c) {
        int d = c.mod(BigInteger.TEN).intValue();
        return d == 0 || d == 5;
    }
}
