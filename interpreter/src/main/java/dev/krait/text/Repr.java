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
     * digits as David Gay's shortest mode gives them: positional notation when the decimal point
     * falls within 16 digits ({@code -4 < decpt <= 16}), scientific otherwise, with at least two
     * exponent digits and {@code .0} added to whole numbers.
     */
    public static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        // Java's Double.toString gives the shortest round-tripping digits (JDK 19+, but see
        // oneDigit); take them apart.
        String java = Double.toString(Math.abs(value));
        String mantissa = java;
        int exponent = 0;
        int e = java.indexOf('E');
        if (e >= 0) {
            mantissa = java.substring(0, e);
            exponent = Integer.parseInt(java.substring(e + 1));
        }
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int decpt = dot + exponent; // value = 0.<digits> * 10^decpt after stripping zeros below
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            decpt--;
        }
        digits = digits.substring(lead);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            String one = oneDigit(Math.abs(value), digits, decpt);
            if (one != null) {
                if (one.length() > 1) { // rounding up to 10 moved the decimal point
                    one = "1";
                    decpt++;
                }
                digits = one;
            }
        }
        StringBuilder sb = new StringBuilder();
        if (value < 0) {
            sb.append('-');
        }
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append(exp < 0 ? "e-" : "e+");
            int abs = Math.abs(exp);
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
        }
        return sb.toString();
    }

    /**
     * The one-digit shortest form of {@code x}, if there is one, when Java gave two digits
     * {@code 0.d1d2 * 10^decpt}. Java's {@code Double.toString} allows two digits when one would
     * do (it prints {@code 4.9E-324} for {@code 5e-324}); CPython's repr takes the shortest
     * decimal that reads back as {@code x}, the closest to {@code x} if there are several.
     */
    private static String oneDigit(double x, String digits, int decpt) {
        int d = digits.charAt(0) - '0';
        String best = null;
        java.math.BigDecimal bestDistance = null;
        java.math.BigDecimal exact = new java.math.BigDecimal(x);
        for (int candidate = d; candidate <= d + 1; candidate++) {
            String text = candidate + "E" + (decpt - 1);
            if (Double.parseDouble(text) != x) {
                continue;
            }
            java.math.BigDecimal distance = new java.math.BigDecimal(text).subtract(exact).abs();
            if (best == null || distance.compareTo(bestDistance) < 0) {
                best = Integer.toString(candidate);
                bestDistance = distance;
            }
        }
        return best;
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
