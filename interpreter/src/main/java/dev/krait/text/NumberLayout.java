package dev.krait.text;

/**
 * Lays a number's text out in a field the way {@code format()} does for int, float and complex:
 * {@code <lpad><sign><prefix><spad><grouped digits><point><remainder><rpad>}, where at most one of
 * the three paddings is used (by the alignment) and zero padding ({@code '='} with fill '0')
 * becomes leading zeros that are grouped like digits.
 * (CPython: Python/formatter_unicode.c {@code calc_number_widths} and {@code fill_number},
 * Objects/unicodeobject.c {@code _PyUnicode_InsertThousandsGrouping})
 */
final class NumberLayout {
    private NumberLayout() {}

    /** Results longer than this are refused as CPython refuses what it cannot allocate. */
    static final long MAX_LENGTH = Integer.MAX_VALUE - 64;

    /**
     * Appends {@code text[start, end)} — digits, then optionally a '.', then a remainder of
     * {@code remainder} characters (fraction, exponent, '%', or the character of 'c') — with
     * {@code prefix} ("0x"...) after the sign, laid out per the given spec fields.
     */
    static void append(StringBuilder out, String text, int start, int end, int remainder,
            boolean hasDecimal, String prefix, boolean negative, char specSign, int fill,
            char align, long width, int groupSize, char separator, boolean upper) {
        int nDigits = end - start - remainder - (hasDecimal ? 1 : 0);
        char sign = 0;
        if (specSign == '+') {
            sign = negative ? '-' : '+';
        } else if (specSign == ' ') {
            sign = negative ? '-' : ' ';
        } else if (negative) {
            sign = '-';
        }
        long nonDigits = (sign != 0 ? 1 : 0) + prefix.length() + (hasDecimal ? 1 : 0) + remainder;
        long minWidth = (fill == '0' && align == '=') ? width - nonDigits : 0;
        long grouped = nDigits == 0 ? 0
                : group(null, text, start, nDigits, minWidth, groupSize, separator);
        long padding = width - (nonDigits + grouped);
        long left = 0;
        long inner = 0;
        long right = 0;
        if (padding > 0) {
            switch (align) {
                case '<' -> right = padding;
                case '^' -> {
                    left = padding / 2;
                    right = padding - left;
                }
                case '=' -> inner = padding;
                default -> left = padding;
            }
        }
        if (out.length() + nonDigits + grouped + Math.max(padding, 0) > MAX_LENGTH) {
            throw TextFormatError.memoryError();
        }
        pad(out, fill, left);
        if (sign != 0) {
            out.append(sign);
        }
        out.append(upper ? prefix.toUpperCase() : prefix);
        pad(out, fill, inner);
        if (nDigits != 0) {
            int at = out.length();
            group(out, text, start, nDigits, minWidth, groupSize, separator);
            if (upper) {
                for (int i = at; i < out.length(); i++) {
                    out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
                }
            }
        }
        int pos = start + nDigits;
        if (hasDecimal) {
            out.append('.');
            pos++;
        }
        out.append(text, pos, pos + remainder);
        pad(out, fill, right);
    }

    /**
     * Writes (when {@code out} is not null) {@code nDigits} digits of {@code text} from
     * {@code start} with a separator between groups of {@code groupSize} (0: no groups), and
     * leading zeros, grouped too, up to {@code minWidth}; returns the length written.
     */
    static long group(StringBuilder out, String text, int start, int nDigits, long minWidth,
            int groupSize, char separator) {
        minWidth = Math.max(0, minWidth);
        long count = 0;
        long remaining = nDigits;
        boolean useSeparator = false;
        boolean done = false;
        // Chunks are made from the right, as CPython does, then written from the left.
        long[] chunks = new long[8];
        int chunkCount = 0;
        if (groupSize > 0) {
            while (true) {
                long len = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
                long chars = Math.max(0, Math.min(remaining, len));
                count += (useSeparator ? 1 : 0) + len;
                if (chunkCount == chunks.length) {
                    chunks = java.util.Arrays.copyOf(chunks, chunkCount * 2);
                }
                chunks[chunkCount++] = len;
                useSeparator = true;
                remaining -= chars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    done = true;
                    break;
                }
                minWidth -= 1;
                if (count > MAX_LENGTH) {
                    throw TextFormatError.memoryError();
                }
            }
        }
        if (!done) {
            long len = Math.max(Math.max(remaining, minWidth), 1);
            count += (useSeparator ? 1 : 0) + len;
            if (chunkCount == chunks.length) {
                chunks = java.util.Arrays.copyOf(chunks, chunkCount + 1);
            }
            chunks[chunkCount++] = len;
        }
        if (out == null) {
            return count;
        }
        // Digits fill the chunks from the right; what a chunk lacks is zeros on its left.
        long digitsLeft = nDigits;
        long[] digitsIn = new long[chunkCount];
        for (int i = 0; i < chunkCount; i++) {
            long take = Math.min(digitsLeft, chunks[i]);
            digitsIn[i] = take;
            digitsLeft -= take;
        }
        int pos = start;
        for (int i = chunkCount - 1; i >= 0; i--) {
            pad(out, '0', chunks[i] - digitsIn[i]);
            out.append(text, pos, pos + (int) digitsIn[i]);
            pos += (int) digitsIn[i];
            if (i > 0) {
                out.append(separator);
            }
        }
        return count;
    }

    /** Appends {@code count} copies of the code point {@code fill}. */
    static void pad(StringBuilder out, int fill, long count) {
        if (count <= 0) {
            return;
        }
        if (Character.isBmpCodePoint(fill)) {
            for (long i = 0; i < count; i++) {
                out.append((char) fill);
            }
        } else {
            for (long i = 0; i < count; i++) {
                out.appendCodePoint(fill);
            }
        }
    }
}
