package dev.krait.text;

/**
 * A double in hexadecimal: {@code float.hex()} and {@code float.fromhex()}. The hex form shows
 * the bits exactly; reading one back rounds a coefficient of any length to 53 bits, half to even,
 * and refuses values too large for a double.
 * (CPython: Objects/floatobject.c {@code float_hex_impl} and {@code float_fromhex})
 */
public final class FloatHex {
    private FloatHex() {}

    private static final int DBL_MANT_DIG = 53;
    private static final int DBL_MIN_EXP = -1021;
    private static final int DBL_MAX_EXP = 1024;

    /**
     * {@code float.hex()}: {@code [-]0x1.<13 hex digits>p<exp>} for normal numbers,
     * {@code 0x0.<13 digits>p-1022} for subnormal ones, the repr for inf and nan.
     */
    public static String hex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Repr.floatRepr(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long fraction = bits & 0xfffffffffffffL;
        int exponent = biased == 0 ? -1022 : biased - 1023;
        String digits = Long.toHexString(fraction);
        return sign + "0x" + (biased == 0 ? '0' : '1') + "." + "0".repeat(13 - digits.length())
                + digits + "p" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    /**
     * {@code float.fromhex(text)}: {@code [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign]
     * digits]} with white space around it, or inf/nan; ValueError "invalid hexadecimal
     * floating-point string", OverflowError "hexadecimal value too large to represent as a float".
     */
    public static double fromhex(String text) {
        String s = text;
        int n = s.length();
        int pos = 0;
        while (pos < n && IntText.isSpace(s.charAt(pos))) {
            pos++;
        }
        double x;
        boolean negate = false;
        int special = infOrNanLength(s, pos);
        if (special > 0) {
            x = infOrNanValue(s, pos);
            pos += special;
        } else {
            if (pos < n && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
                negate = s.charAt(pos) == '-';
                pos++;
            }
            if (pos + 1 < n && s.charAt(pos) == '0'
                    && (s.charAt(pos + 1) == 'x' || s.charAt(pos + 1) == 'X')) {
                pos += 2;
            }
            // The coefficient's digits, most significant first, without the point.
            StringBuilder digits = new StringBuilder();
            while (pos < n && hexValue(s.charAt(pos)) >= 0) {
                digits.append(s.charAt(pos++));
            }
            int fractionDigits = 0;
            if (pos < n && s.charAt(pos) == '.') {
                pos++;
                while (pos < n && hexValue(s.charAt(pos)) >= 0) {
                    digits.append(s.charAt(pos++));
                    fractionDigits++;
                }
            }
            if (digits.length() == 0) {
                throw parseError();
            }
            long exp = 0;
            if (pos < n && (s.charAt(pos) == 'p' || s.charAt(pos) == 'P')) {
                pos++;
                boolean expNegative = false;
                if (pos < n && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
                    expNegative = s.charAt(pos) == '-';
                    pos++;
                }
                if (!(pos < n && s.charAt(pos) >= '0' && s.charAt(pos) <= '9')) {
                    throw parseError();
                }
                while (pos < n && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                    // strtol saturates at the limits of a long
                    int d = s.charAt(pos++) - '0';
                    if (exp != Long.MAX_VALUE && exp != Long.MIN_VALUE) {
                        if (exp > (Long.MAX_VALUE - d) / 10) {
                            exp = expNegative ? Long.MIN_VALUE : Long.MAX_VALUE;
                        } else {
                            exp = exp * 10 + d;
                        }
                    }
                }
                if (expNegative && exp != Long.MIN_VALUE) {
                    exp = -exp;
                }
            }
            x = value(digits, fractionDigits, exp);
        }
        while (pos < n && IntText.isSpace(s.charAt(pos))) {
            pos++;
        }
        if (pos != n) {
            throw parseError();
        }
        return negate ? -x : x;
    }

    /**
     * The coefficient {@code digits} (hex, {@code fractionDigits} of them after the point) times
     * 2^{@code exp}, rounded half to even to a double. Digit {@code j} counts from the least
     * significant end, as in CPython.
     */
    private static double value(CharSequence digits, int fractionDigits, long exp) {
        int total = digits.length();
        int ndigits = total;
        while (ndigits > 0 && digitFromLow(digits, ndigits - 1) == 0) {
            ndigits--;
        }
        if (ndigits == 0 || exp < Long.MIN_VALUE / 2) {
            return 0.0;
        }
        if (exp > Long.MAX_VALUE / 2) {
            throw overflowError();
        }
        exp -= 4L * fractionDigits;
        long topExp = exp + 4L * (ndigits - 1);
        for (int digit = digitFromLow(digits, ndigits - 1); digit != 0; digit /= 2) {
            topExp++;
        }
        if (topExp < DBL_MIN_EXP - DBL_MANT_DIG) {
            return 0.0;
        }
        if (topExp > DBL_MAX_EXP) {
            throw overflowError();
        }
        long lsb = Math.max(topExp, DBL_MIN_EXP) - DBL_MANT_DIG;
        double x = 0.0;
        if (exp >= lsb) {
            for (int i = ndigits - 1; i >= 0; i--) {
                x = 16.0 * x + digitFromLow(digits, i);
            }
            return Math.scalb(x, (int) exp);
        }
        int halfEps = 1 << (int) ((lsb - exp - 1) % 4);
        int keyDigit = (int) ((lsb - exp - 1) / 4);
        for (int i = ndigits - 1; i > keyDigit; i--) {
            x = 16.0 * x + digitFromLow(digits, i);
        }
        int digit = digitFromLow(digits, keyDigit);
        x = 16.0 * x + (digit & (16 - 2 * halfEps));
        // Round half to even: up when the first dropped bit is set and any other dropped bit,
        // or the lowest kept bit, is set too.
        if ((digit & halfEps) != 0) {
            boolean roundUp = (digit & (3 * halfEps - 1)) != 0
                    || (halfEps == 8 && keyDigit + 1 < ndigits
                            && (digitFromLow(digits, keyDigit + 1) & 1) != 0);
            for (int i = keyDigit - 1; !roundUp && i >= 0; i--) {
                roundUp = digitFromLow(digits, i) != 0;
            }
            if (roundUp) {
                x += 2 * halfEps;
                if (topExp == DBL_MAX_EXP
                        && x == Math.scalb((double) (2 * halfEps), DBL_MANT_DIG)) {
                    throw overflowError();
                }
            }
        }
        return Math.scalb(x, (int) (exp + 4L * keyDigit));
    }

    private static int digitFromLow(CharSequence digits, int j) {
        return hexValue(digits.charAt(digits.length() - 1 - j));
    }

    private static int hexValue(char c) {
        int v = IntText.digitValue(c);
        return v < 16 ? v : -1;
    }

    /** The length of a leading [sign]inf[inity] or [sign]nan at {@code pos}, or 0. */
    private static int infOrNanLength(String s, int pos) {
        int p = pos;
        if (p < s.length() && (s.charAt(p) == '-' || s.charAt(p) == '+')) {
            p++;
        }
        if (asciiMatch(s, p, "inf")) {
            p += 3;
            if (asciiMatch(s, p, "inity")) {
                p += 5;
            }
            return p - pos;
        }
        if (asciiMatch(s, p, "nan")) {
            return p + 3 - pos;
        }
        return 0;
    }

    /** Whether {@code s} has {@code lower} at {@code pos}, ignoring ASCII case only. */
    static boolean asciiMatch(String s, int pos, String lower) {
        if (pos + lower.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = s.charAt(pos + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static double infOrNanValue(String s, int pos) {
        boolean negative = s.charAt(pos) == '-';
        int p = (s.charAt(pos) == '-' || s.charAt(pos) == '+') ? pos + 1 : pos;
        if (Character.toLowerCase(s.charAt(p)) == 'i') {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return negative ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN;
    }

    private static TextFormatError parseError() {
        return TextFormatError.valueError("invalid hexadecimal floating-point string");
    }

    private static TextFormatError overflowError() {
        return TextFormatError.overflowError(
                "hexadecimal value too large to represent as a float");
    }
}
