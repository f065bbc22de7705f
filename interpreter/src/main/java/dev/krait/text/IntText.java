package dev.krait.text;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Python ints to and from text: {@code int(str, base)} with its literal rules (signs, base
 * prefixes, PEP 515 underscores, Unicode digits and spaces) and {@code str(int)} with the limit
 * on decimal digits that guards against quadratic conversions
 * ({@code sys.set_int_max_str_digits}); callers pass the current limit (0: none).
 * (CPython: Objects/longobject.c {@code PyLong_FromUnicodeObject}, {@code PyLong_FromString},
 * {@code long_to_decimal_string_internal}, {@code PyLong_AsDouble})
 */
public final class IntText {
    private IntText() {}

    /** CPython's {@code _PY_LONG_MAX_STR_DIGITS_THRESHOLD}: below it the limit is not checked. */
    private static final int THRESHOLD = 640;

    /** log10(2), to bound the number of decimal digits of an int from its bit length. */
    private static final double LOG10_2 = 0.30102999566398119521;

    /** {@code str(int)}: decimal digits with a '-' for negative values, within the limit. */
    public static String toDecimal(BigInteger value, int maxStrDigits) {
        int bits = value.bitLength();
        if (maxStrDigits > 0 && bits > 2000) {
            // The fewest digits a number of this bit length can have.
            long fewest = (long) Math.floor((bits - 1) * LOG10_2) + 1;
            if (fewest > maxStrDigits) {
                throw tooManyDigitsToStr(maxStrDigits);
            }
        }
        String text = bits <= SCHOOLBOOK_BITS ? schoolbookDecimal(value) : value.toString();
        int digits = text.length() - (value.signum() < 0 ? 1 : 0);
        if (maxStrDigits > 0 && digits > THRESHOLD && digits > maxStrDigits) {
            throw tooManyDigitsToStr(maxStrDigits);
        }
        return text;
    }

    /**
     * Up to this many bits, {@link #schoolbookDecimal} beats BigInteger.toString, whose
     * recursive split by powers of ten (from 20 words up) allocates at every level: a 240-digit
     * int took 2.8 times CPython's time through it.
     */
    private static final int SCHOOLBOOK_BITS = 2048;

    /**
     * The decimal digits of {@code value}, by dividing its 32-bit words by 10^9 in place, nine
     * digits a pass, as CPython's long_to_decimal_string_internal converts to base 10^9.
     */
    static String schoolbookDecimal(BigInteger value) {
        byte[] bytes = value.abs().toByteArray(); // big-endian, maybe a leading zero byte
        int n = (bytes.length + 3) / 4;
        int[] words = new int[n]; // most significant first
        for (int i = 0; i < bytes.length; i++) {
            int fromEnd = bytes.length - 1 - i;
            words[n - 1 - fromEnd / 4] |= (bytes[i] & 0xff) << (8 * (fromEnd % 4));
        }
        int[] chunks = new int[n * 32 / 29 + 2]; // base-10^9 digits, least significant first
        int count = 0;
        int start = 0;
        while (start < n && words[start] == 0) {
            start++;
        }
        while (start < n) {
            long rem = 0;
            for (int i = start; i < n; i++) {
                long cur = (rem << 32) | (words[i] & 0xffffffffL);
                long q = cur / 1_000_000_000L;
                rem = cur - q * 1_000_000_000L;
                words[i] = (int) q;
            }
            chunks[count++] = (int) rem;
            while (start < n && words[start] == 0) {
                start++;
            }
        }
        StringBuilder sb = new StringBuilder(count * 9 + 1);
        if (value.signum() < 0) {
            sb.append('-');
        }
        sb.append(count == 0 ? 0 : chunks[count - 1]);
        for (int i = count - 2; i >= 0; i--) {
            String part = Integer.toString(chunks[i]);
            for (int pad = part.length(); pad < 9; pad++) {
                sb.append('0');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    private static TextFormatError tooManyDigitsToStr(int limit) {
        return TextFormatError.valueError("Exceeds the limit (" + limit
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to"
                + " increase the limit");
    }

    /**
     * {@code bin()}, {@code oct()}, {@code hex()}: the value in base 2, 8 or 16 with its prefix
     * after any '-' ({@code -0x1f}). These bases have no digit limit.
     * (CPython: Objects/longobject.c {@code _PyLong_Format})
     */
    public static String toBase(BigInteger value, int base) {
        String prefix = switch (base) {
            case 2 -> "0b";
            case 8 -> "0o";
            case 16 -> "0x";
            default -> throw new IllegalArgumentException("base " + base);
        };
        String digits = value.abs().toString(base);
        return (value.signum() < 0 ? "-" : "") + prefix + digits;
    }

    /** {@link #toBase(BigInteger, int)} for a long. */
    public static String toBase(long value, int base) {
        if (value == Long.MIN_VALUE) {
            return toBase(BigInteger.valueOf(value), base);
        }
        String prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
        String digits = Long.toString(Math.abs(value), base);
        return (value < 0 ? "-" : "") + prefix + digits;
    }

    /**
     * {@code float(int)}: the nearest double, ties to even, or OverflowError "int too large to
     * convert to float". (CPython: Objects/longobject.c {@code PyLong_AsDouble})
     */
    public static double toDouble(BigInteger value) {
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            throw TextFormatError.overflowError("int too large to convert to float");
        }
        return d;
    }

    /**
     * {@code int(text, base)} for a str: a {@link Long} when the value fits in a long, else a
     * {@link BigInteger}. Raises ValueError with CPython's messages for a bad base, a bad literal
     * (showing the repr of {@code text}, cut at 200 characters) or too many digits.
     */
    public static Number parse(String text, int base, int maxStrDigits) {
        if ((base != 0 && base < 2) || base > 36) {
            throw TextFormatError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String ascii = FloatText.toAsciiDigitsAndSpaces(text);
        Number result = parseAscii(ascii, base, maxStrDigits);
        if (result == null) {
            String repr = Repr.strRepr(text);
            if (repr.codePointCount(0, repr.length()) > 200) {
                repr = repr.substring(0, repr.offsetByCodePoints(0, 200));
            }
            throw TextFormatError.valueError("invalid literal for int() with base " + base + ": "
                    + repr);
        }
        return result;
    }

    /**
     * The value of an ASCII literal, or null when it is not a valid literal in {@code base}.
     * (CPython: Objects/longobject.c {@code PyLong_FromString})
     */
    private static Number parseAscii(String s, int base, int maxStrDigits) {
        int n = s.length();
        int pos = 0;
        while (pos < n && isSpace(s.charAt(pos))) {
            pos++;
        }
        boolean negative = false;
        if (pos < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
            negative = s.charAt(pos) == '-';
            pos++;
        }
        boolean errorIfNonzero = false;
        char c1 = pos + 1 < n ? s.charAt(pos + 1) : 0;
        if (base == 0) {
            if (pos >= n || s.charAt(pos) != '0') {
                base = 10;
            } else if (c1 == 'x' || c1 == 'X') {
                base = 16;
            } else if (c1 == 'o' || c1 == 'O') {
                base = 8;
            } else if (c1 == 'b' || c1 == 'B') {
                base = 2;
            } else {
                // A C-style octal literal is invalid, except that it may still be zero.
                errorIfNonzero = true;
                base = 10;
            }
        }
        if (pos < n && s.charAt(pos) == '0'
                && ((base == 16 && (c1 == 'x' || c1 == 'X'))
                        || (base == 8 && (c1 == 'o' || c1 == 'O'))
                        || (base == 2 && (c1 == 'b' || c1 == 'B')))) {
            pos += 2;
            if (pos < n && s.charAt(pos) == '_') {
                pos++; // one underscore may follow the prefix
            }
        }
        if (pos < n && s.charAt(pos) == '_') {
            return null;
        }
        // One pass that only validates and counts, so that a literal over the digit limit fails
        // before any copy (CPython checks the count before converting: gh-95778).
        int start = pos;
        long span = digitSpan(s, start, base);
        if (span < 0) {
            return null;
        }
        int end = (int) (span >>> 32);
        int count = (int) span;
        pos = end;
        if ((base & (base - 1)) != 0 && count > THRESHOLD && maxStrDigits > 0
                && count > maxStrDigits) {
            throw TextFormatError.valueError("Exceeds the limit (" + maxStrDigits
                    + " digits) for integer string conversion: value has " + count
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (pos == start) {
            return null;
        }
        while (pos < n && isSpace(s.charAt(pos))) {
            pos++;
        }
        if (pos != n) {
            return null;
        }
        CharSequence digits = s.subSequence(start, end);
        if (count != end - start) {
            StringBuilder withoutUnderscores = new StringBuilder(count);
            for (int i = start; i < end; i++) {
                if (s.charAt(i) != '_') {
                    withoutUnderscores.append(s.charAt(i));
                }
            }
            digits = withoutUnderscores;
        }
        Number value = valueOf(digits, base, negative);
        if (errorIfNonzero && !(value instanceof Long l && l == 0)) {
            return null;
        }
        return value;
    }

    /** The digits' value: with long arithmetic while it cannot overflow, else BigInteger. */
    private static Number valueOf(CharSequence digits, int base, boolean negative) {
        int count = digits.length();
        // 12 digits of base 36 stay below 2^63; so do 18 of base 10.
        if (count <= 12 || (base <= 10 && count <= 18)) {
            long v = 0;
            for (int i = 0; i < count; i++) {
                v = v * base + digitValue(digits.charAt(i));
            }
            return negative ? -v : v;
        }
        BigInteger big = base == 10 ? decimalMagnitude(digits)
                : new BigInteger(digits.toString(), base);
        if (negative) {
            big = big.negate();
        }
        return big.bitLength() < 64 ? (Number) big.longValue() : big;
    }

    /** Powers of ten that fit an int, by exponent. */
    private static final int[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000,
        10_000_000, 100_000_000, 1_000_000_000};

    /**
     * The value of a run of ASCII decimal digits: nine digits at a time multiplied into a
     * little-endian array of 32-bit words. {@code new BigInteger(String)} does the same work
     * through a substring and {@code Integer.parseInt} per nine digits, twice as long for a few
     * hundred digits (CPython: Objects/longobject.c PyLong_FromString's inner loop, by
     * powers of its digit base).
     */
    static BigInteger decimalMagnitude(CharSequence digits) {
        int n = digits.length();
        // log2(10) = 3.3219...: bits per digit, rounded up to whole words, plus one
        int[] words = new int[(int) (n * 3.3219280948873626 / 32) + 2];
        int used = 0;
        int pos = 0;
        int chunk = n % 9 == 0 ? 9 : n % 9;
        while (pos < n) {
            int value = 0;
            for (int k = 0; k < chunk; k++) {
                value = value * 10 + (digits.charAt(pos + k) - '0');
            }
            pos += chunk;
            long multiplier = POW10[chunk];
            long carry = value;
            for (int w = 0; w < used; w++) {
                long product = (words[w] & 0xFFFF_FFFFL) * multiplier + carry;
                words[w] = (int) product;
                carry = product >>> 32;
            }
            if (carry != 0) {
                words[used++] = (int) carry;
            }
            chunk = 9;
        }
        byte[] magnitude = new byte[used * 4];
        for (int w = 0; w < used; w++) {
            int v = words[w];
            int at = (used - 1 - w) * 4;
            magnitude[at] = (byte) (v >>> 24);
            magnitude[at + 1] = (byte) (v >>> 16);
            magnitude[at + 2] = (byte) (v >>> 8);
            magnitude[at + 3] = (byte) v;
        }
        return new BigInteger(1, magnitude);
    }

    /**
     * The end of the run of digits and single underscores from {@code start} and the number of
     * digits in it, packed as {@code end << 32 | count}; -1 when the run has "__" or ends with
     * "_". Long runs are scanned as bytes: the scan must be quick even before the JIT has
     * compiled it, because it is what refuses a literal over the digit limit.
     */
    private static long digitSpan(String s, int start, int base) {
        int n = s.length();
        int pos = start;
        int count = 0;
        int prev = 0;
        if (n - start > 256) {
            byte[] ascii = s.getBytes(StandardCharsets.ISO_8859_1);
            while (pos < n) {
                int c = ascii[pos];
                if (c == '_') {
                    if (prev == '_') {
                        return -1;
                    }
                } else if (c >= 0 && DIGIT_VALUES[c] < base) {
                    count++;
                } else {
                    break;
                }
                prev = c;
                pos++;
            }
        } else {
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == '_') {
                    if (prev == '_') {
                        return -1;
                    }
                } else if (digitValue(c) < base) {
                    count++;
                } else {
                    break;
                }
                prev = c;
                pos++;
            }
        }
        return prev == '_' ? -1 : (long) pos << 32 | count;
    }

    /** {@link #digitValue} of each ASCII character. */
    private static final byte[] DIGIT_VALUES = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            DIGIT_VALUES[c] = (byte) digitValue(c);
        }
    }

    /** A character's value as a digit in bases up to 36; 37 for any other character. */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 37;
    }

    /** C's isspace in the C locale, which CPython's {@code Py_ISSPACE} is. */
    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
