package dev.krait.modules.audioop;

/**
 * Reading and writing one sample of a fragment, and the C arithmetic every audioop function
 * shares. A fragment is a byte array of little-endian signed samples of {@code width} bytes (the
 * byte order of the x86 and ARM machines CPython's {@code GETINTX} reads natively).
 *
 * <p>Two views of a sample exist, as in CPython: the raw value ({@code GETRAWSAMPLE}, in the
 * width's own range) and the value scaled to 32 bits ({@code GETSAMPLE32}, the raw value shifted
 * left so that its sign bit is bit 31), which the codecs and {@code lin2lin} work on.
 *
 * <p>CPython counterpart: Modules/audioop.c (the GETINT and SETINT macros, {@code fbound}).
 */
final class Samples {
    /** The largest and smallest sample of each width (index 1 to 4). */
    static final int[] MAXVALS = {0, 0x7F, 0x7FFF, 0x7FFFFF, 0x7FFFFFFF};
    static final int[] MINVALS = {0, -0x80, -0x8000, -0x800000, Integer.MIN_VALUE};

    private Samples() {
    }

    /** The signed sample of {@code width} bytes at byte {@code i}. */
    // CPython: Modules/audioop.c GETRAWSAMPLE
    static int get(byte[] b, int i, int width) {
        switch (width) {
            case 1:
                return b[i];
            case 2:
                return (b[i] & 0xFF) | (b[i + 1] << 8);
            case 3:
                return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8) | (b[i + 2] << 16);
            default:
                return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8) | ((b[i + 2] & 0xFF) << 16)
                        | (b[i + 3] << 24);
        }
    }

    /** The unsigned bits of the sample at byte {@code i} (what {@code bias} adds to). */
    static int getUnsigned(byte[] b, int i, int width) {
        int v = get(b, i, width);
        return width == 4 ? v : v & (int) ((1L << (8 * width)) - 1);
    }

    /** Stores the low {@code width} bytes of {@code v} at byte {@code i}, truncating. */
    // CPython: Modules/audioop.c SETRAWSAMPLE
    static void set(byte[] b, int i, int width, int v) {
        b[i] = (byte) v;
        if (width > 1) {
            b[i + 1] = (byte) (v >> 8);
            if (width > 2) {
                b[i + 2] = (byte) (v >> 16);
                if (width > 3) {
                    b[i + 3] = (byte) (v >> 24);
                }
            }
        }
    }

    /** The sample at byte {@code i} scaled to 32 bits. */
    // CPython: Modules/audioop.c GETSAMPLE32
    static int get32(byte[] b, int i, int width) {
        return get(b, i, width) << (32 - 8 * width);
    }

    /** Stores a 32-bit-scaled sample as a sample of {@code width} bytes (its high bytes). */
    // CPython: Modules/audioop.c SETSAMPLE32
    static void set32(byte[] b, int i, int width, int v) {
        set(b, i, width, v >> (32 - 8 * width));
    }

    /**
     * A double clamped to the sample range of {@code width}-byte samples and rounded towards
     * minus infinity; values below the minimum + 1 go to the minimum, as in CPython.
     */
    // CPython: Modules/audioop.c fbound (called with the width's minval and maxval)
    static int fbound(double val, int width) {
        double maxval = MAXVALS[width];
        double minval = MINVALS[width];
        if (val > maxval) {
            val = maxval;
        } else if (val < minval + 1.0) {
            val = minval;
        }
        return cInt(Math.floor(val));
    }

    /**
     * C's {@code (int)} cast of a double as the x86-64 instruction performs it: toward zero, and
     * the "integer indefinite" value {@code INT_MIN} for NaN and out-of-range values (Java's cast
     * saturates instead), so that a NaN factor gives CPython's samples.
     */
    static int cInt(double v) {
        if (v != v || v >= 2147483648.0 || v <= -2147483649.0) {
            return Integer.MIN_VALUE;
        }
        return (int) v;
    }

    /**
     * C's {@code (unsigned int)} cast of a non-negative double, as a Java long: toward zero; the
     * x86-64 conversion goes through a 64-bit signed integer and keeps its low 32 bits.
     */
    static long cUnsigned(double v) {
        long l = v != v || v >= 9.223372036854775807E18 || v < -9.223372036854775808E18
                ? Long.MIN_VALUE : (long) v;
        return l & 0xFFFFFFFFL;
    }
}
