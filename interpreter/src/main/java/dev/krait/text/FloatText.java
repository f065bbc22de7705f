package dev.krait.text;

import dev.krait.unicode.UnicodeData;
import java.nio.charset.StandardCharsets;

/**
 * Python floats from text: {@code float(str)}, the syntax of C's strtod in the C locale plus
 * PEP 515 underscores, Unicode digits and spaces, and inf/nan spelled any way; and
 * {@code complex(str)}, made of such floats;
 * its hexadecimal forms are in {@link FloatHex}. The decimal-to-binary rounding itself is
 * {@link DecimalToDouble}'s, correctly rounded like David Gay's strtod that CPython uses; the
 * syntax is checked here so that only what CPython accepts reaches it.
 * (CPython: Objects/floatobject.c {@code PyFloat_FromString}, {@code float_from_string_inner},
 * Objects/complexobject.c {@code complex_from_string_inner}, Python/pystrtod.c
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
    /**
     * Whether {@code s} is all ASCII, checked by the JDK's vectorised string code rather than a
     * loop of ours: int() of a literal of a million digits must be refused quickly even while the
     * JIT has not compiled this class (CPython's test_int times it). ASCII-decoding a string's
     * Latin-1 bytes gives the string back exactly when every character is below 128: other
     * characters come back as U+FFFD.
     */
    private static boolean isAscii(String s) {
        return s.equals(new String(s.getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.US_ASCII));
    }

    public static String toAsciiDigitsAndSpaces(String s) {
        int n = s.length();
        if (n > 256 && isAscii(s)) {
            return s;
        }
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
        if (start == end || scan(s, start, end) != end) {
            throw invalid(original);
        }
        return valueOf(s, start, end);
    }

    /**
     * The end of the longest prefix of {@code s[pos, end)} that C's strtod reads in the C locale
     * ({@code [sign] digits [. digits] [e [sign] digits]}, at least one digit), or that names inf,
     * infinity or nan in any case after a sign; {@code pos} when there is none.
     * (CPython: Python/pystrtod.c {@code _PyOS_ascii_strtod}, {@code _Py_parse_inf_or_nan})
     */
    static int scan(String s, int pos, int end) {
        int p = pos;
        if (p < end && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            p++;
        }
        int afterSign = p;
        int digitCount = 0;
        while (p < end && isDigit(s.charAt(p))) {
            p++;
            digitCount++;
        }
        if (p < end && s.charAt(p) == '.') {
            p++;
            while (p < end && isDigit(s.charAt(p))) {
                p++;
                digitCount++;
            }
        }
        if (digitCount == 0) {
            if (matches(s, afterSign, end, "inf")) {
                p = afterSign + 3;
                return matches(s, p, end, "inity") ? p + 5 : p;
            }
            return matches(s, afterSign, end, "nan") ? afterSign + 3 : pos;
        }
        if (p < end && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            int e = p + 1;
            if (e < end && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                e++;
            }
            if (e < end && isDigit(s.charAt(e))) {
                while (e < end && isDigit(s.charAt(e))) {
                    e++;
                }
                p = e;
            }
        }
        return p;
    }

    /** The value of {@code s[start, stop)}, a whole prefix that {@link #scan} accepted. */
    static double valueOf(String s, int start, int stop) {
        char first = s.charAt(start);
        boolean negative = first == '-';
        int p = (first == '-' || first == '+') ? start + 1 : start;
        char c = s.charAt(p);
        if (c == 'i' || c == 'I') {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (c == 'n' || c == 'N') {
            return negative ? NEGATIVE_NAN : Double.NaN;
        }
        return DecimalToDouble.parse(s, start, stop);
    }

    /** Whether {@code s[pos, end)} starts with {@code lower}, ignoring ASCII case only. */
    private static boolean matches(String s, int pos, int end, String lower) {
        return pos + lower.length() <= end && FloatHex.asciiMatch(s, pos, lower);
    }

    /**
     * {@code complex(text)} for a str: {@code [(] <float> | <float>j | <float><signed float>j |
     * <float><sign>j | <sign>j | j [)]} with white space around, as {@code {real, imag}};
     * ValueError "complex() arg is a malformed string", or "could not convert string to
     * complex: ..." for misplaced underscores.
     * (CPython: Objects/complexobject.c {@code complex_subtype_from_string},
     * {@code complex_from_string_inner})
     */
    public static double[] parseComplex(String text) {
        String s = toAsciiDigitsAndSpaces(text);
        if (s.indexOf('_') >= 0) {
            s = withoutUnderscores(s);
            if (s == null) {
                throw TextFormatError.valueError("could not convert string to complex: "
                        + Repr.strRepr(text));
            }
        }
        int end = s.length();
        int pos = 0;
        double real = 0.0;
        double imag = 0.0;
        while (pos < end && IntText.isSpace(s.charAt(pos))) {
            pos++;
        }
        boolean bracket = pos < end && s.charAt(pos) == '(';
        if (bracket) {
            pos++;
            while (pos < end && IntText.isSpace(s.charAt(pos))) {
                pos++;
            }
        }
        int stop = scan(s, pos, end);
        if (stop != pos) {
            double z = valueOf(s, pos, stop);
            pos = stop;
            if (pos < end && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                real = z;
                stop = scan(s, pos, end);
                if (stop != pos) {
                    imag = valueOf(s, pos, stop);
                    pos = stop;
                } else {
                    imag = s.charAt(pos) == '+' ? 1.0 : -1.0;
                    pos++;
                }
                pos = expectJ(s, pos);
            } else if (pos < end && (s.charAt(pos) == 'j' || s.charAt(pos) == 'J')) {
                pos++;
                imag = z;
            } else {
                real = z;
            }
        } else {
            if (pos < end && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                imag = s.charAt(pos) == '+' ? 1.0 : -1.0;
                pos++;
            } else {
                imag = 1.0;
            }
            pos = expectJ(s, pos);
        }
        while (pos < end && IntText.isSpace(s.charAt(pos))) {
            pos++;
        }
        if (bracket) {
            if (pos >= end || s.charAt(pos) != ')') {
                throw malformedComplex();
            }
            pos++;
            while (pos < end && IntText.isSpace(s.charAt(pos))) {
                pos++;
            }
        }
        if (pos != end) {
            throw malformedComplex();
        }
        return new double[] {real, imag};
    }

    private static int expectJ(String s, int pos) {
        if (pos >= s.length() || (s.charAt(pos) != 'j' && s.charAt(pos) != 'J')) {
            throw malformedComplex();
        }
        return pos + 1;
    }

    private static TextFormatError malformedComplex() {
        return TextFormatError.valueError("complex() arg is a malformed string");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
