package dev.krait.unicode;

import java.util.Arrays;

/**
 * The decimal, digit and numeric values of characters, as CPython 3.11's
 * {@code unicodedata.decimal}, {@code digit} and {@code numeric} give them (numeric includes
 * the Unihan numeric values, so CJK numerals count). Sorted code points with their values, found
 * by binary search; read on first use.
 * CPython counterpart: {@code Objects/unicodectype.c} _PyUnicode_ToDecimalDigit,
 * _PyUnicode_ToDigit, _PyUnicode_ToNumeric.
 */
final class NumericValues {
    private NumericValues() {}

    /** The three value lists, read when first needed. */
    static final class Data {
        private Data() {}

        static final int[] DECIMAL_KEYS;
        static final byte[] DECIMALS;
        static final int[] DIGIT_KEYS;
        static final byte[] DIGITS;
        static final int[] NUMERIC_KEYS;
        static final double[] NUMERICS;

        static {
            try (TableInput in = TableInput.open("numeric")) {
                DECIMAL_KEYS = new int[in.i32()];
                DECIMALS = new byte[DECIMAL_KEYS.length];
                for (int i = 0; i < DECIMAL_KEYS.length; i++) {
                    DECIMAL_KEYS[i] = in.i32();
                    DECIMALS[i] = (byte) in.u8();
                }
                DIGIT_KEYS = new int[in.i32()];
                DIGITS = new byte[DIGIT_KEYS.length];
                for (int i = 0; i < DIGIT_KEYS.length; i++) {
                    DIGIT_KEYS[i] = in.i32();
                    DIGITS[i] = (byte) in.u8();
                }
                NUMERIC_KEYS = new int[in.i32()];
                NUMERICS = new double[NUMERIC_KEYS.length];
                for (int i = 0; i < NUMERIC_KEYS.length; i++) {
                    NUMERIC_KEYS[i] = in.i32();
                    NUMERICS[i] = in.f64();
                }
            }
        }
    }

    /** The decimal digit value of {@code cp}, or -1. */
    static int decimal(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        }
        int at = Arrays.binarySearch(Data.DECIMAL_KEYS, cp);
        return at < 0 ? -1 : Data.DECIMALS[at];
    }

    /** The digit value of {@code cp}, or -1. */
    static int digit(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        }
        int at = Arrays.binarySearch(Data.DIGIT_KEYS, cp);
        return at < 0 ? -1 : Data.DIGITS[at];
    }

    /** The numeric value of {@code cp}, or NaN. */
    static double numeric(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9' ? cp - '0' : Double.NaN;
        }
        int at = Arrays.binarySearch(Data.NUMERIC_KEYS, cp);
        return at < 0 ? Double.NaN : Data.NUMERICS[at];
    }
}
