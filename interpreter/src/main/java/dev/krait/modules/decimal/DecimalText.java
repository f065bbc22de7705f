package dev.krait.modules.decimal;

import java.math.BigInteger;

/**
 * A Decimal as text: scientific and engineering strings. The rules are the specification's
 * "to-scientific-string": plain notation while the exponent is not positive and the adjusted
 * exponent is at least -6, otherwise one digit before the point (three-digit groups of the
 * exponent in engineering notation).
 *
 * <p>CPython counterpart: libmpdec/io.c {@code _mpd_to_string}; Lib/_pydecimal.py
 * {@code Decimal.__str__}.
 */
final class DecimalText {
    private DecimalText() {}

    // CPython: libmpdec/io.c _mpd_to_string (MPD_FMT_TOSCI / MPD_FMT_TOENG)
    static String toString(PyDecimal d, boolean eng, boolean capitals) {
        StringBuilder sb = new StringBuilder();
        if (d.sign == 1) {
            sb.append('-');
        }
        switch (d.kind) {
            case PyDecimal.INF -> {
                return sb.append("Infinity").toString();
            }
            case PyDecimal.NAN, PyDecimal.SNAN -> {
                sb.append(d.kind == PyDecimal.SNAN ? "sNaN" : "NaN");
                if (d.coef.signum() != 0) {
                    sb.append(d.coef);
                }
                return sb.toString();
            }
            default -> { }
        }
        String digits = d.coef.toString();
        long leftDigits = d.exp + digits.length();
        long dotPlace;
        if (d.exp <= 0 && leftDigits > -6) {
            dotPlace = leftDigits;
        } else if (!eng) {
            dotPlace = 1;
        } else if (d.coef.signum() == 0) {
            dotPlace = Math.floorMod(leftDigits + 1, 3) - 1;
        } else {
            dotPlace = Math.floorMod(leftDigits - 1, 3) + 1;
        }
        if (dotPlace <= 0) {
            sb.append("0.");
            sb.repeat('0', (int) -dotPlace);
            sb.append(digits);
        } else if (dotPlace >= digits.length()) {
            sb.append(digits);
            sb.repeat('0', (int) (dotPlace - digits.length()));
        } else {
            sb.append(digits, 0, (int) dotPlace).append('.')
                    .append(digits, (int) dotPlace, digits.length());
        }
        if (leftDigits != dotPlace) {
            long e = leftDigits - dotPlace;
            sb.append(capitals ? 'E' : 'e').append(e >= 0 ? "+" : "").append(e);
        }
        return sb.toString();
    }

    /** The coefficient's digits as a tuple of ints (a NaN's payload; () for no payload). */
    static int[] coefficientDigits(PyDecimal d) {
        if (d.kind == PyDecimal.INF
                || (d.kind != PyDecimal.FINITE && d.coef.signum() == 0)) {
            return d.kind == PyDecimal.INF ? new int[] {0} : new int[0];
        }
        String s = d.coef.toString();
        int[] out = new int[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.charAt(i) - '0';
        }
        return out;
    }

    /** The digits of a tuple's coefficient as a number. */
    static BigInteger fromDigits(int[] digits) {
        StringBuilder sb = new StringBuilder(digits.length);
        for (int d : digits) {
            sb.append((char) ('0' + d));
        }
        return sb.length() == 0 ? BigInteger.ZERO : new BigInteger(sb.toString());
    }
}
