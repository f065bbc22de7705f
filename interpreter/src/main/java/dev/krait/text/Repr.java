package dev.krait.text;

/**
 * CPython's {@code repr()} of the values that literals make: float, imaginary, str and bytes.
 * The AST dump uses them now; the object model reuses them later.
 */
public final class Repr {
    private Repr() {}

    /**
     * {@code repr(float)}: the shortest string that reads back as the same double, in CPython's
     * layout (CPython: Python/pystrtod.c {@code PyOS_double_to_string} with format code 'r'),
     * digits as David Gay's shortest mode gives them ({@link DecimalDigits#shortest}):
     * positional notation when the decimal point falls within 16 digits
     * ({@code -4 < decpt <= 16}), scientific otherwise, with at least two exponent digits and
     * {@code .0} added to whole numbers. {@code str(float)} is the same text.
     */
    public static String floatRepr(double value) {
        if (javaTextIsRepr(value)) {
            return Double.toString(value);
        }
        return DoubleToString.format(value, 'r', 0, DoubleToString.ADD_DOT_0);
    }

    /** Appends {@link #floatRepr} of {@code value} to {@code out}, for text builders. */
    public static void appendFloatRepr(StringBuilder out, double value) {
        if (javaTextIsRepr(value)) {
            out.append(value); // written in place, no intermediate string
        } else {
            out.append(DoubleToString.format(value, 'r', 0, DoubleToString.ADD_DOT_0));
        }
    }

    /**
     * Whether Java's {@code Double.toString} is already Python's repr: for zero and for
     * magnitudes in [10^-3, 10^7) Java writes the shortest digits (the closest when several,
     * as dtoa's mode 0; since JDK 19) positionally, with no trailing zeros but the one of
     * {@code .0} after a whole number -- CPython's layout for its {@code -4 < decpt <= 16}
     * range, of which this is a part. The common floats then skip the digit string and its
     * layout (checked against CPython's repr over 1.5 million doubles of the range).
     */
    private static boolean javaTextIsRepr(double value) {
        double abs = Math.abs(value);
        return abs >= 1e-3 && abs < 1e7 || value == 0;
    }

    /**
     * {@code repr(complex(0, imag))} as an imaginary literal shows it: {@code 2j}, {@code 1.5j},
     * {@code infj} (CPython: Objects/complexobject.c {@code complex_repr}, real part 0.0 omitted).
     */
    public static String imaginaryRepr(double imag) {
        String r = floatRepr(imag);
        if (r.endsWith(".0")) {
            r = r.substring(0, r.length() - 2);
        }
        return r + "j";
    }

    /**
     * {@code repr(complex)} (and {@code str}): the imaginary part alone when the real part is
     * +0.0, otherwise both in parentheses with the imaginary part's sign always written.
     * (CPython: Objects/complexobject.c {@code complex_repr})
     */
    public static String complexRepr(double real, double imag) {
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            return DoubleToString.format(imag, 'r', 0, 0) + "j";
        }
        return "(" + DoubleToString.format(real, 'r', 0, 0)
                + DoubleToString.format(imag, 'r', 0, DoubleToString.SIGN) + "j)";
    }

    /**
     * {@code repr(str)}: single quotes unless the string has a single quote and no double quote;
     * non-printable code points escaped as {@code \xNN}, {@code \\uNNNN} or {@code \UNNNNNNNN}
     * (CPython: Objects/unicodeobject.c {@code unicode_repr}).
     */
    public static String strRepr(String s) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendReprOf(sb, cp, quote);
        }
        return sb.append(quote).toString();
    }

    /** {@code repr(str)} of a str given as code points (any, lone surrogates included). */
    public static String strRepr(int[] codePoints) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int cp : codePoints) {
            hasSingle |= cp == '\'';
            hasDouble |= cp == '"';
        }
        char quote = (hasSingle && !hasDouble) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(codePoints.length + 2).append(quote);
        for (int cp : codePoints) {
            appendReprOf(sb, cp, quote);
        }
        return sb.append(quote).toString();
    }

    private static void appendReprOf(StringBuilder sb, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            sb.append('\\').appendCodePoint(cp);
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            hex(sb, "\\x", cp, 2);
        } else if (cp < 0x7f || dev.krait.unicode.UnicodeData.isPrintable(cp)) {
            sb.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            hex(sb, "\\x", cp, 2);
        } else if (cp <= 0xffff) {
            hex(sb, "\\u", cp, 4);
        } else {
            hex(sb, "\\U", cp, 8);
        }
    }

    /** {@code repr(bytes)} (CPython: Objects/bytesobject.c {@code PyBytes_Repr}). */
    public static String bytesRepr(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = (hasSingle && !hasDouble) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(bytes.length + 3).append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                hex(sb, "\\x", c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    private static void hex(StringBuilder sb, String prefix, int value, int width) {
        String h = Integer.toHexString(value);
        sb.append(prefix).append("0".repeat(Math.max(0, width - h.length()))).append(h);
    }
}
