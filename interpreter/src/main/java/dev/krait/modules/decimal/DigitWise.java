package dev.krait.modules.decimal;

import java.math.BigInteger;

/**
 * The operations that treat a coefficient as a row of digits in a register of {@code prec}
 * digits: {@code shift} and {@code rotate} move the digits, and the logical operations
 * ({@code logical_and}, {@code logical_or}, {@code logical_xor}, {@code logical_invert}) work
 * on operands whose digits are all 0 or 1, digit by digit.
 *
 * <p>CPython counterpart: libmpdec/mpdecimal.c {@code mpd_qshift}, {@code mpd_qrotate},
 * {@code mpd_qand}, {@code mpd_qor}, {@code mpd_qxor}, {@code mpd_qinvert};
 * Lib/_pydecimal.py of the same names.
 */
final class DigitWise {
    private DigitWise() {}

    /** The coefficient's digits padded with zeros or cut on the left to exactly prec. */
    private static String register(BigInteger coef, long prec) {
        String s = coef.toString();
        if (s.length() < prec) {
            return "0".repeat((int) (prec - s.length())) + s;
        }
        return s.substring((int) (s.length() - prec));
    }

    private static BigInteger digits(String s) {
        return new BigInteger(s);
    }

    /** The shift/rotate count, or null (InvalidOperation) outside [-prec, prec]. */
    private static Long count(PyDecimal b, Calc c) {
        if (b.kind != PyDecimal.FINITE || b.exp != 0 || Digits.count(b.coef) > 18
                || b.coef.longValue() > c.ctx.prec) {
            return null;
        }
        return b.sign == 1 ? -b.coef.longValue() : b.coef.longValue();
    }

    /** What shift or rotate does to the digit register when moved by n places (n < 0: right). */
    private interface DigitMove {
        String apply(String register, long n, long prec);
    }

    /** The common part of shift and rotate: NaNs, the count's range, infinities. */
    private static PyDecimal moveDigits(PyDecimal a, PyDecimal b, Calc c, DigitMove move) {
        PyDecimal nan = c.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        Long n = count(b, c);
        if (n == null) {
            return c.invalid(Signals.INVALID_OPERATION);
        }
        if (a.kind == PyDecimal.INF) {
            return a;
        }
        long prec = c.ctx.prec;
        String moved = move.apply(register(a.coef, prec), n, prec);
        return PyDecimal.finite(a.sign, moved.isEmpty() ? BigInteger.ZERO : digits(moved),
                a.exp);
    }

    // CPython: libmpdec mpd_qshift; _pydecimal.py Decimal.shift
    static PyDecimal shift(PyDecimal a, PyDecimal b, Calc c) {
        return moveDigits(a, b, c, (reg, n, prec) -> {
            if (n < 0) {
                return reg.substring(0, (int) (reg.length() + n));
            }
            String s = reg + "0".repeat((int) n);
            return s.substring((int) Math.max(0, s.length() - prec));
        });
    }

    // CPython: libmpdec mpd_qrotate; _pydecimal.py Decimal.rotate
    static PyDecimal rotate(PyDecimal a, PyDecimal b, Calc c) {
        return moveDigits(a, b, c, (reg, n, prec) -> {
            int k = (int) Math.floorMod(n, (long) reg.length());
            return reg.substring(k) + reg.substring(0, k);
        });
    }

    /** Whether the value is a logical operand: finite, positive, exponent 0, digits 0/1. */
    private static boolean isLogical(PyDecimal d) {
        if (d.kind != PyDecimal.FINITE || d.sign != 0 || d.exp != 0) {
            return false;
        }
        String s = d.coef.toString();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > '1') {
                return false;
            }
        }
        return true;
    }

    /** 'a' and, 'o' or, 'x' xor. CPython: libmpdec mpd_qand/mpd_qor/mpd_qxor */
    static PyDecimal logical(PyDecimal a, PyDecimal b, char op, Calc c) {
        if (!isLogical(a) || !isLogical(b)) {
            return c.invalid(Signals.INVALID_OPERATION);
        }
        long prec = c.ctx.prec;
        String x = register(a.coef, Math.min(prec, Math.max(Digits.count(a.coef),
                Digits.count(b.coef))));
        String y = register(b.coef, x.length());
        StringBuilder sb = new StringBuilder(x.length());
        for (int i = 0; i < x.length(); i++) {
            boolean p = x.charAt(i) == '1';
            boolean q = y.charAt(i) == '1';
            boolean r = switch (op) {
                case 'a' -> p & q;
                case 'o' -> p | q;
                default -> p ^ q;
            };
            sb.append(r ? '1' : '0');
        }
        return PyDecimal.finite(0, digits(sb.toString()), 0);
    }

    // CPython: libmpdec mpd_qinvert; _pydecimal.py Decimal.logical_invert
    static PyDecimal invert(PyDecimal a, Calc c) {
        PyDecimal ones = PyDecimal.finite(0, digits("1".repeat((int) Math.min(c.ctx.prec,
                1_000_000))), 0);
        return logical(a, ones, 'x', c);
    }
}
