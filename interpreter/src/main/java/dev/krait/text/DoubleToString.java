package dev.krait.text;

/**
 * A double as text in one of C's styles, the way every Python float formatter starts: 'e', 'f',
 * 'g' (and their upper-case forms) with a precision, or 'r', the shortest repr. The digits come
 * from {@link DecimalDigits}; this class lays them out — zeros on either side, the decimal point,
 * the exponent with at least two digits, and the flags below.
 * (CPython: Python/pystrtod.c {@code PyOS_double_to_string} and {@code format_float_short})
 */
public final class DoubleToString {
    private DoubleToString() {}

    /** Always write a sign ({@code Py_DTSF_SIGN}). */
    public static final int SIGN = 1;
    /** Add {@code .0} to a result that would look like an integer ({@code Py_DTSF_ADD_DOT_0}). */
    public static final int ADD_DOT_0 = 2;
    /** C's alternate form: keep the point and, for 'g', trailing zeros ({@code Py_DTSF_ALT}). */
    public static final int ALT = 4;
    /** Drop the sign of a result that rounds to zero ({@code Py_DTSF_NO_NEG_0}, the 'z' option). */
    public static final int NO_NEG_0 = 8;

    /**
     * {@code x} formatted with {@code code} (one of {@code eEfFgGr}) and {@code precision}
     * (digits after the point for e and f, significant digits for g; ignored for r).
     */
    public static String format(double x, char code, int precision, int flags) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char lower = Character.toLowerCase(code);
        StringBuilder out = new StringBuilder(24);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            if (x < 0) {
                out.append('-');
            } else if ((flags & SIGN) != 0) {
                out.append('+');
            }
            String name = Double.isNaN(x) ? "nan" : "inf";
            return out.append(upper ? name.toUpperCase() : name).toString();
        }
        DecimalDigits d;
        switch (lower) {
            case 'e' -> {
                precision++;
                d = DecimalDigits.significant(x, precision);
            }
            case 'f' -> d = DecimalDigits.fixed(x, precision);
            case 'g' -> {
                if (precision == 0) {
                    precision = 1;
                }
                d = DecimalDigits.significant(x, precision);
            }
            case 'r' -> d = DecimalDigits.shortest(x);
            default -> throw new IllegalArgumentException("format code " + code);
        }
        layOut(out, d, lower, precision, flags);
        if (upper) {
            int e = out.lastIndexOf("e");
            if (e >= 0) {
                out.setCharAt(e, 'E');
            }
        }
        return out.toString();
    }

    /**
     * Writes {@code d} as a slice of the digits padded with zeros on both sides without end,
     * choosing where the slice starts and ends and whether an exponent is used.
     * (CPython: Python/pystrtod.c {@code format_float_short})
     */
    private static void layOut(StringBuilder out, DecimalDigits d, char code, int precision,
            int flags) {
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alt = (flags & ALT) != 0;
        String digits = d.digits();
        int digitsLen = digits.length();
        long decpt = d.decpt();
        boolean negative = d.negative();
        if ((flags & NO_NEG_0) != 0 && negative
                && (digitsLen == 0 || (digitsLen == 1 && digits.charAt(0) == '0'))) {
            negative = false;
        }
        long vdigitsEnd = digitsLen;
        boolean useExp = false;
        switch (code) {
            case 'e' -> {
                useExp = true;
                vdigitsEnd = precision;
            }
            case 'f' -> vdigitsEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vdigitsEnd = precision;
                }
            }
            default -> { // 'r': exponent from 1e16 on
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
            }
        }
        long exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        long vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        if (vdigitsEnd - vdigitsStart > Integer.MAX_VALUE - 32) {
            throw TextFormatError.memoryError();
        }
        if (negative) {
            out.append('-');
        } else if ((flags & SIGN) != 0) {
            out.append('+');
        }
        if (decpt <= 0) {
            zeros(out, decpt - vdigitsStart);
            out.append('.');
            zeros(out, -decpt);
        } else {
            zeros(out, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            out.append(digits, 0, (int) decpt).append('.').append(digits, (int) decpt, digitsLen);
        } else {
            out.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(out, decpt - digitsLen);
            out.append('.');
            zeros(out, vdigitsEnd - decpt);
        } else {
            zeros(out, vdigitsEnd - digitsLen);
        }
        if (out.charAt(out.length() - 1) == '.' && !alt) {
            out.setLength(out.length() - 1);
        }
        if (useExp) {
            out.append('e').append(exp < 0 ? '-' : '+');
            long abs = Math.abs(exp);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        }
    }

    private static void zeros(StringBuilder out, long count) {
        for (long i = 0; i < count; i++) {
            out.append('0');
        }
    }
}
