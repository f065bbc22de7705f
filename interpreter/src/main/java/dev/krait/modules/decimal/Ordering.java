package dev.krait.modules.decimal;

import java.math.BigInteger;

/**
 * The comparisons that return Decimals or pick an operand: {@code compare_signal}, the total
 * orderings ({@code compare_total}, {@code compare_total_mag}, which order NaNs and tell
 * {@code 1.0} from {@code 1}), and {@code max}, {@code min}, {@code max_mag},
 * {@code min_mag}, which prefer a number to a quiet NaN.
 *
 * <p>CPython counterpart: libmpdec/mpdecimal.c {@code mpd_qcompare_signal},
 * {@code mpd_cmp_total}, {@code mpd_cmp_total_mag}, {@code mpd_qmax}, {@code mpd_qmin},
 * {@code mpd_qmax_mag}, {@code mpd_qmin_mag}; Lib/_pydecimal.py of the same names.
 */
final class Ordering {
    private Ordering() {}

    static final PyDecimal ONE = PyDecimal.finite(0, BigInteger.ONE, 0);
    static final PyDecimal MINUS_ONE = PyDecimal.finite(1, BigInteger.ONE, 0);
    static final PyDecimal ZERO = PyDecimal.finite(0, BigInteger.ZERO, 0);

    private static PyDecimal of(int r) {
        return r < 0 ? MINUS_ONE : r > 0 ? ONE : ZERO;
    }

    /** 1 for a quiet NaN, 2 for a signalling one, else 0 (_pydecimal's _isnan). */
    private static int nanRank(PyDecimal d) {
        return d.kind == PyDecimal.NAN ? 1 : d.kind == PyDecimal.SNAN ? 2 : 0;
    }

    /** Every NaN signals. CPython: libmpdec mpd_qcompare_signal */
    static PyDecimal compareSignal(PyDecimal a, PyDecimal b, Calc c) {
        if (a.isNaN() || b.isNaN()) {
            c.status |= Signals.INVALID_OPERATION;
            PyDecimal chosen = a.kind == PyDecimal.SNAN ? a : b.kind == PyDecimal.SNAN ? b
                    : a.isNaN() ? a : b;
            return c.quiet(chosen);
        }
        return DecimalMethods.compare(a, b, c);
    }

    /** -1, 0 or 1 in the total order. CPython: libmpdec mpd_cmp_total */
    static int total(PyDecimal a, PyDecimal b) {
        if (a.sign != b.sign) {
            return a.sign == 1 ? -1 : 1;
        }
        int sign = a.sign;
        int an = nanRank(a);
        int bn = nanRank(b);
        if (an != 0 || bn != 0) {
            int r;
            if (an == bn) {
                r = a.coef.compareTo(b.coef);
            } else if (an == 1) {
                r = 1;
            } else if (bn == 1) {
                r = -1;
            } else {
                r = an == 2 ? 1 : -1;
            }
            return sign == 1 ? -r : r;
        }
        int r = Comparison.cmp(a, b);
        if (r != 0) {
            return r;
        }
        if (a.exp != b.exp) {
            r = a.exp < b.exp ? -1 : 1;
            return sign == 1 ? -r : r;
        }
        return 0;
    }

    static PyDecimal compareTotal(PyDecimal a, PyDecimal b) {
        return of(total(a, b));
    }

    static PyDecimal compareTotalMag(PyDecimal a, PyDecimal b) {
        return of(total(Unary.copyAbs(a), Unary.copyAbs(b)));
    }

    /**
     * max/min and their magnitude forms: a quiet NaN loses to a number; otherwise the larger
     * (smaller), ties broken by the total order. CPython: libmpdec mpd_qmax and friends
     */
    static PyDecimal select(PyDecimal a, PyDecimal b, boolean max, boolean magnitude, Calc c) {
        if (a.isNaN() || b.isNaN()) {
            int an = nanRank(a);
            int bn = nanRank(b);
            if (bn == 1 && an == 0) {
                return c.fix(a);
            }
            if (an == 1 && bn == 0) {
                return c.fix(b);
            }
            return c.checkNaNs(a, b);
        }
        int r = magnitude ? Comparison.cmp(Unary.copyAbs(a), Unary.copyAbs(b))
                : Comparison.cmp(a, b);
        if (r == 0) {
            r = total(a, b);
        }
        PyDecimal chosen = max ? (r == -1 ? b : a) : (r == -1 ? a : b);
        return c.fix(chosen);
    }
}
