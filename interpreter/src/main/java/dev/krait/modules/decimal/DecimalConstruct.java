package dev.krait.modules.decimal;

import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.unicode.UnicodeData;
import java.math.BigInteger;

/**
 * Making a Decimal from what {@code Decimal(value)} accepts: a string in the specification's
 * numeric-string syntax (with Python's extras: surrounding whitespace, underscores, any
 * Unicode decimal digits), an int, a float (exactly, as its binary value), or a tuple
 * {@code (sign, digits, exponent)}. Conversions are exact; a string that is not a number is a
 * ConversionSyntax condition whose result is NaN.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c {@code numeric_as_ascii},
 * {@code PyDecType_FromCStringExact}, {@code PyDecType_FromFloatExact},
 * {@code dectuple_as_str}; libmpdec/io.c {@code mpd_qset_string}.
 */
final class DecimalConstruct {
    private DecimalConstruct() {}

    /**
     * The value of a string as Decimal(str) reads it, or null for a syntax error.
     * CPython: _decimal.c numeric_as_ascii, then libmpdec io.c mpd_qset_string
     */
    static PyDecimal parse(String text, boolean exact) {
        String s = asAscii(text, exact);
        return s == null ? null : parseAscii(s);
    }

    /**
     * Whether an exactly converted value fits the largest context without rounding or
     * clamping: exponent within [MIN_ETINY, MAX_EMAX] (for zeros), adjusted exponent at
     * most MAX_EMAX (otherwise).
     */
    static boolean fitsMaxContext(PyDecimal d) {
        if (d.kind != PyDecimal.FINITE) {
            return true;
        }
        if (d.exp < PyDecContext.MIN_ETINY) {
            return false;
        }
        return d.isZero() ? d.exp <= PyDecContext.MAX_EMAX
                : d.adjusted() <= PyDecContext.MAX_EMAX;
    }

    /**
     * Unicode digits made ASCII; for Decimal() (exact) also whitespace stripped and
     * underscores dropped, which Context.create_decimal does not do. Null if invalid.
     */
    private static String asAscii(String u, boolean exact) {
        int end = u.length();
        int start = 0;
        while (exact && end > 0 && UnicodeData.isSpace(u.codePointBefore(end))) {
            end -= Character.charCount(u.codePointBefore(end));
        }
        while (exact && start < end && UnicodeData.isSpace(u.codePointAt(start))) {
            start += Character.charCount(u.codePointAt(start));
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int j = start; j < end; ) {
            int ch = u.codePointAt(j);
            j += Character.charCount(ch);
            if (ch == '_' && exact) {
                continue;
            }
            if (ch > 0 && ch <= 127) {
                sb.append((char) ch);
            } else if (UnicodeData.isSpace(ch)) {
                sb.append(' ');
            } else if (UnicodeData.isDecimal(ch)) {
                sb.append((char) ('0' + Character.digit(ch, 10)));
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    // CPython: libmpdec/io.c mpd_qset_string
    private static PyDecimal parseAscii(String s) {
        int n = s.length();
        int i = 0;
        int sign = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            sign = s.charAt(i) == '-' ? 1 : 0;
            i++;
        }
        String rest = s.substring(i);
        String lower = rest.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return PyDecimal.special(sign, PyDecimal.INF, BigInteger.ZERO);
        }
        if (lower.startsWith("nan") || lower.startsWith("snan")) {
            int kind = lower.startsWith("nan") ? PyDecimal.NAN : PyDecimal.SNAN;
            String payload = rest.substring(kind == PyDecimal.NAN ? 3 : 4);
            if (!allDigits(payload, 0, payload.length())) {
                return null;
            }
            BigInteger p = payload.isEmpty() ? BigInteger.ZERO : new BigInteger(payload);
            return PyDecimal.special(sign, kind, p);
        }
        int intStart = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        int intEnd = i;
        int fracStart = i;
        int fracEnd = i;
        if (i < n && s.charAt(i) == '.') {
            i++;
            fracStart = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            fracEnd = i;
        }
        if (intEnd == intStart && fracEnd == fracStart) {
            return null;
        }
        long exp = 0;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            int expSign = 1;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                expSign = s.charAt(i) == '-' ? -1 : 1;
                i++;
            }
            if (!allDigits(s, i, n) || i == n) {
                return null;
            }
            BigInteger e = new BigInteger(s.substring(i, n));
            // Beyond any context's reach; saturating keeps later checks meaningful.
            exp = e.bitLength() > 62 ? expSign * (Long.MAX_VALUE / 4) : expSign * e.longValue();
            i = n;
        }
        if (i != n) {
            return null;
        }
        String digits = s.substring(intStart, intEnd) + s.substring(fracStart, fracEnd);
        exp -= fracEnd - fracStart;
        return PyDecimal.finite(sign, new BigInteger(digits), exp);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!isDigit(s.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** An int, exactly. */
    static PyDecimal fromInt(PyInt v) {
        BigInteger b = v.bigValue();
        return PyDecimal.finite(b.signum() < 0 ? 1 : 0, b.abs(), 0);
    }

    /**
     * A float's exact binary value: m * 2**e as (m * 5**-e) * 10**e when e is negative.
     * CPython: _decimal.c PyDecType_FromFloatExact
     */
    static PyDecimal fromDouble(double x) {
        int sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
        if (Double.isNaN(x)) {
            return PyDecimal.special(sign, PyDecimal.NAN, BigInteger.ZERO);
        }
        if (Double.isInfinite(x)) {
            return PyDecimal.special(sign, PyDecimal.INF, BigInteger.ZERO);
        }
        long bits = Double.doubleToRawLongBits(x);
        int rawExp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (rawExp != 0) {
            mant |= 1L << 52;
        } else {
            rawExp = 1;
        }
        int e = rawExp - 1075;
        if (mant == 0) {
            return PyDecimal.finite(sign, BigInteger.ZERO, 0);
        }
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>>= tz;
        e += tz;
        if (e >= 0) {
            return PyDecimal.finite(sign, BigInteger.valueOf(mant).shiftLeft(e), 0);
        }
        BigInteger coef = BigInteger.valueOf(mant).multiply(BigInteger.valueOf(5).pow(-e));
        return PyDecimal.finite(sign, coef, e);
    }

    /**
     * The text a tuple (or list) {@code (sign, digits, exponent)} stands for, which the
     * string parser then reads. CPython: _decimal.c dectuple_as_str
     */
    static String tupleAsString(PyObject value) {
        PyTuple t = value instanceof PyList l ? PyTuple.ofList(l.items) : (PyTuple) value;
        if (t.size() != 3) {
            throw PyExceptions.valueError("argument must be a sequence of length 3");
        }
        StringBuilder sb = new StringBuilder();
        if (!(t.get(0) instanceof PyInt si)) {
            throw PyExceptions.valueError("sign must be an integer with the value 0 or 1");
        }
        BigInteger sv = si.bigValue();
        if (!sv.equals(BigInteger.ZERO) && !sv.equals(BigInteger.ONE)) {
            throw PyExceptions.valueError("sign must be an integer with the value 0 or 1");
        }
        sb.append(sv.signum() == 0 ? '+' : '-');
        PyObject e = t.get(2);
        boolean special = false;
        boolean infinite = false;
        if (e instanceof PyStr es) {
            special = true;
            switch (es.value()) {
                case "F" -> {
                    sb.append("Inf");
                    infinite = true;
                }
                case "n" -> sb.append("NaN");
                case "N" -> sb.append("sNaN");
                default -> throw PyExceptions.valueError(
                        "string argument in the third position must be 'F', 'n' or 'N'");
            }
        } else if (!(e instanceof PyInt)) {
            throw PyExceptions.valueError("exponent must be an integer");
        }
        long expValue = special ? 0 : dev.krait.objects.CArgs.intAsSsizeT(e);
        PyObject digitsObj = t.get(1);
        PyTuple digits;
        if (digitsObj instanceof PyTuple dt) {
            digits = dt;
        } else if (digitsObj instanceof PyList dl) {
            digits = PyTuple.ofList(dl.items);
        } else {
            throw PyExceptions.valueError("coefficient must be a tuple of digits");
        }
        if (digits.size() == 0 && !special) {
            sb.append('0');
        }
        for (int i = 0; i < digits.size(); i++) {
            if (!(digits.get(i) instanceof PyInt di) || di.bigValue().bitLength() > 8
                    || di.bigValue().intValue() < 0 || di.bigValue().intValue() > 9) {
                throw PyExceptions.valueError("coefficient must be a tuple of digits");
            }
            if (!infinite) {
                sb.append((char) ('0' + di.bigValue().intValue()));
            }
        }
        if (!special) {
            sb.append('E').append(expValue);
        }
        return sb.toString();
    }
}
