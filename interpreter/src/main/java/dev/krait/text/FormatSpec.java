package dev.krait.text;

import dev.krait.unicode.UnicodeData;

/**
 * A parsed format spec of the mini-language that {@code format()}, f-strings and
 * {@code str.format} share:
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 * Parsing depends on the type being formatted only through its default type and alignment (and
 * its name in messages), so each built-in formatter parses for itself, as CPython does.
 * (CPython: Python/formatter_unicode.c {@code parse_internal_render_format_spec})
 */
public final class FormatSpec {
    /** The fill code point, ' ' unless given. */
    public final int fill;
    /** One of {@code < > = ^}. */
    public final char align;
    /** '+', '-', ' ', or 0 when not given. */
    public final char sign;
    /** The 'z' option: no negative zero. */
    public final boolean noNegativeZero;
    /** The '#' option. */
    public final boolean alternate;
    /** The minimum width, -1 when not given. */
    public final long width;
    /** ',' or '_' for grouping in threes, '4' for '_' in fours (b, o, x, X), or 0. */
    public final char grouping;
    /** The precision, -1 when not given. */
    public final long precision;
    /** The presentation type code point, or 0 for none. */
    public final int type;

    private FormatSpec(int fill, char align, char sign, boolean noNegativeZero, boolean alternate,
            long width, char grouping, long precision, int type) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegativeZero = noNegativeZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    /**
     * Parses {@code spec} for an object of the type named {@code typeName} whose default
     * presentation type is {@code defaultType} (0 for none) and default alignment
     * {@code defaultAlign}. Raises {@link TextFormatError} (ValueError) with CPython's message.
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign,
            String typeName) {
        int[] cps = codePoints(spec);
        int end = cps.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillGiven = false;
        boolean alignGiven = false;
        if (end - pos >= 2 && isAlign(cps[pos + 1])) {
            align = (char) cps[pos + 1];
            fill = cps[pos];
            fillGiven = true;
            alignGiven = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cps[pos])) {
            align = (char) cps[pos];
            alignGiven = true;
            pos++;
        }
        char sign = 0;
        if (pos < end && (cps[pos] == ' ' || cps[pos] == '+' || cps[pos] == '-')) {
            sign = (char) cps[pos++];
        }
        boolean noNegativeZero = false;
        if (pos < end && cps[pos] == 'z') {
            noNegativeZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < end && cps[pos] == '#') {
            alternate = true;
            pos++;
        }
        // A leading 0 means zero padding after the sign, unless a fill was given.
        if (!fillGiven && pos < end && cps[pos] == '0') {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int start = pos;
        long width = -1;
        long number = 0;
        while (pos < end && (cps[pos] >= '0' && cps[pos] <= '9' || cps[pos] > 127)) {
            int digit = UnicodeData.decimal(cps[pos]);
            if (digit < 0) {
                break;
            }
            number = accumulate(number, digit);
            pos++;
        }
        if (pos > start) {
            width = number;
        }
        char grouping = 0;
        if (pos < end && cps[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && cps[pos] == '_') {
            if (grouping != 0) {
                throw bothSeparators();
            }
            grouping = '_';
            pos++;
        }
        if (pos < end && cps[pos] == ',' && grouping == '_') {
            throw bothSeparators();
        }
        long precision = -1;
        if (pos < end && cps[pos] == '.') {
            pos++;
            start = pos;
            number = 0;
            while (pos < end && (cps[pos] >= '0' && cps[pos] <= '9' || cps[pos] > 127)) {
                int digit = UnicodeData.decimal(cps[pos]);
                if (digit < 0) {
                    break;
                }
                number = accumulate(number, digit);
                pos++;
            }
            if (pos == start) {
                throw TextFormatError.valueError("Format specifier missing precision");
            }
            precision = number;
        }
        if (end - pos > 1) {
            throw TextFormatError.valueError("Invalid format specifier '" + spec
                    + "' for object of type '" + typeName + "'");
        }
        int type = defaultType;
        if (end - pos == 1) {
            type = cps[pos];
        }
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping != '_') {
                        throw invalidSeparator(grouping, type);
                    }
                    grouping = '4';
                }
                default -> throw invalidSeparator(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, noNegativeZero, alternate, width, grouping,
                precision, type);
    }

    /** The spec's code points (specs are short; no stream machinery on this path). */
    private static int[] codePoints(String spec) {
        int n = spec.length();
        int[] cps = new int[n];
        int count = 0;
        for (int i = 0; i < n; ) {
            int cp = spec.codePointAt(i);
            i += Character.charCount(cp);
            cps[count++] = cp;
        }
        return count == n ? cps : java.util.Arrays.copyOf(cps, count);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * {@code accumulator * 10 + digit}, or ValueError past the largest ssize_t. Any Unicode
     * decimal digit counts as a digit in widths and precisions, as in CPython.
     * (CPython: Python/formatter_unicode.c {@code get_integer})
     */
    private static long accumulate(long accumulator, int digit) {
        if (accumulator > (Long.MAX_VALUE - digit) / 10) {
            throw TextFormatError.valueError("Too many decimal digits in format string");
        }
        return accumulator * 10 + digit;
    }

    private static TextFormatError bothSeparators() {
        return TextFormatError.valueError("Cannot specify both ',' and '_'.");
    }

    private static TextFormatError invalidSeparator(char separator, int type) {
        String shown = (type > 32 && type < 128) ? String.valueOf((char) type)
                : "\\x" + Integer.toHexString(type);
        return TextFormatError.valueError("Cannot specify '" + separator + "' with '" + shown
                + "'.");
    }

    /**
     * The error for a presentation type that {@code typeName} does not have.
     * (CPython: Python/formatter_unicode.c {@code unknown_presentation_type})
     */
    public static TextFormatError unknownType(int type, String typeName) {
        String shown = (type > 32 && type < 128) ? "'" + (char) type + "'"
                : "'\\x" + Integer.toHexString(type) + "'";
        return TextFormatError.valueError("Unknown format code " + shown + " for object of type '"
                + typeName + "'");
    }

    /** Group size for the digits before the point: 3, 4 or 0 (no grouping). */
    int groupSize() {
        return grouping == 0 ? 0 : grouping == '4' ? 4 : 3;
    }

    /** The separator written between groups. */
    char separator() {
        return grouping == ',' ? ',' : '_';
    }
}
