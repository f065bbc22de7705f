package dev.krait.text;

import dev.krait.unicode.UnicodeData;

/**
 * Python floats from text: {@code float(str)}, the syntax of C's strtod in the C locale plus
 * PEP 515 underscores, Unicode digits and spaces, and inf/nan spelled any way;
 * its hexadecimal forms are in {@link FloatHex}. The decimal-to-binary rounding itself is Java's
 * {@code Double.parseDouble}, correctly rounded like David Gay's strtod that CPython uses; the
 * syntax is checked here so that only what CPython accepts reaches it.
 * (CPython: Objects/floatobject.c {@code PyFloat_FromString}, {@code float_from_string_inner},
 * Python/pystrtod.c
 * {@code _Py_string_to_number_with_underscores}, {@code _Py_parse_inf_or_nan})
 */
public final class FloatText {
    private FloatText() {}

    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    /**
     * A str as the ASCII text that number parsing reads: Unicode white space becomes ' ',
     * Unicode decimal digits become ASCII digits, and the first other non-ASCII character
     * becomes '?' and ends the text. (CPython: Objects/unicodeobject.c
     * {@code _PyUnicode_TransformDecimalAndSpaceToASCII})
     */
    public static String toAsciiDigitsAndSpaces(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 127) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 127) {
                out.append((char) cp);
            } else if (UnicodeData.isSpace(cp)) {
                out.append(' ');
            } else {
                int digit = UnicodeData.decimal(cp);
                if (digit < 0) {
                    out.append('?');
                    break;
                }
                out.append((char) ('0' + digit));
            }
        }
        return out.toString();
    }

    /**
     * {@code float(text)} for a str, or ValueError "could not convert string to float: " with
     * the repr of {@code text}.
     */
    public static double parse(String text) {
        String s = toAsciiDigitsAndSpaces(text);
        if (s.indexOf('_') >= 0) {
            s = withoutUnderscores(s);
        }
        if (s == null) {
            throw invalid(text);
        }
        return parseAscii(s, text);
    }

    private static TextFormatError invalid(String text) {
        return TextFormatError.valueError("could not convert string to float: "
                + Repr.strRepr(text));
    }

    /**
     * The text with its underscores removed, or null when one is misplaced: each must sit
     * between two digits. (CPython: Python/pystrtod.c
     * {@code _Py_string_to_number_with_underscores})
     */
    static String withoutUnderscores(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) {
                    return null;
                }
            } else {
                if (prev == '_' && !(c >= '0' && c <= '9')) {
                    return null;
                }
                if (c == 0) {
                    return null; // an embedded NUL ends C's string early
                }
                out.append(c);
            }
            prev = c;
        }
        return prev == '_' ? null : out.toString();
    }

    /**
     * The double an ASCII text denotes, with white space around it, or the ValueError for
     * {@code original}.
     * (CPython: Objects/floatobject.c {@code float_from_string_inner})
     */
    private static double parseAscii(String s, String original) {
        int start = 0;
        int end = s.length();
        while (start < end && IntText.isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && IntText.isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw invalid(original);
        }
        int pos = start;
        boolean negative = false;
        if (s.charAt(pos) == '+' || s.charAt(pos) == '-') {
            negative = s.charAt(pos) == '-';
            pos++;
        }
        int mantissaStart = pos;
        int digitCount = 0;
        while (pos < end && isDigit(s.charAt(pos))) {
            pos++;
            digitCount++;
        }
        if (pos < end && s.charAt(pos) == '.') {
            pos++;
            while (pos < end && isDigit(s.charAt(pos))) {
                pos++;
                digitCount++;
            }
        }
        if (digitCount == 0) {
            return infinityOrNan(s, mantissaStart, end, negative, original);
        }
        if (pos < end && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int e = pos + 1;
            if (e < end && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                e++;
            }
            if (e < end && isDigit(s.charAt(e))) {
                while (e < end && isDigit(s.charAt(e))) {
                    e++;
                }
                pos = e;
            }
        }
        if (pos != end) {
            throw invalid(original);
        }
        return Double.parseDouble(s.substring(start, end));
    }

    /** "inf", "infinity" or "nan" in any case, filling the whole text after the sign. */
    private static double infinityOrNan(String s, int pos, int end, boolean negative,
            String original) {
        String word = s.substring(pos, end).toLowerCase(java.util.Locale.ROOT);
        if (word.equals("inf") || word.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (word.equals("nan")) {
            return negative ? NEGATIVE_NAN : Double.NaN;
        }
        throw invalid(original);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
