package dev.krait.modules.decimal;

import java.math.BigInteger;

/**
 * Operations about where a value sits in its context: the adjacent representable numbers
 * ({@code next_plus}, {@code next_minus}, {@code next_toward}), the shortest form
 * ({@code normalize}), the class of a value ({@code number_class}), its adjusted exponent
 * as a Decimal ({@code logb}) and moving it by a power of ten ({@code scaleb}).
 *
 * <p>CPython counterpart: libmpdec/mpdecimal.c {@code mpd_qnext_plus},
 * {@code mpd_qnext_minus}, {@code mpd_qnext_toward}, {@code mpd_qreduce}, {@code mpd_class},
 * {@code mpd_qlogb}, {@code mpd_qscaleb}; Lib/_pydecimal.py of the same names.
 */
final class Neighbours {
    private Neighbours() {}

    /**
     * The value rounded toward -infinity (next_minus) or +infinity (next_plus) in the context,
     * or one tiny step that way when it is already representable. Only an invalid operation
     * reaches the caller's flags. CPython: libmpdec mpd_qnext_minus / mpd_qnext_plus
     */
    static PyDecimal next(PyDecimal a, boolean up, Calc c) {
        PyDecimal nan = c.checkNaN(a);
        if (nan != null) {
            return nan;
        }
        PyDecContext ctx = c.ctx;
        if (a.kind == PyDecimal.INF) {
            if ((a.sign == 0) == up) {
                return a;
            }
            return PyDecimal.finite(a.sign, Digits.pow10(ctx.prec).subtract(BigInteger.ONE),
                    ctx.etop());
        }
        PyDecContext work = ctx.copy();
        work.round = up ? Rounding.CEILING : Rounding.FLOOR;
        work.traps = 0;
        Calc w = new Calc(work);
        PyDecimal fixed = Rounding.fix(a, work, w);
        PyDecimal r;
        if (Comparison.cmp(fixed, a) != 0) {
            r = fixed;
        } else {
            PyDecimal tiny = PyDecimal.finite(up ? 0 : 1, BigInteger.ONE, ctx.etiny() - 1);
            r = Arithmetic.add(a, tiny, w);
        }
        c.status |= w.status & (Signals.IEEE_INVALID | Signals.DIVISION_BY_ZERO);
        return r;
    }

    // CPython: libmpdec mpd_qnext_toward; _pydecimal.py Decimal.next_toward
    static PyDecimal nextToward(PyDecimal a, PyDecimal b, Calc c) {
        PyDecimal nan = c.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        int r = Comparison.cmp(a, b);
        if (r == 0) {
            return new PyDecimal(PyDecimal.TYPE, b.sign, a.coef, a.exp, a.kind);
        }
        PyDecimal ans = next(a, r < 0, c);
        if (ans.kind == PyDecimal.INF) {
            c.status |= Signals.OVERFLOW | Signals.INEXACT | Signals.ROUNDED;
        } else if (ans.adjusted() < c.ctx.emin) {
            c.status |= Signals.UNDERFLOW | Signals.SUBNORMAL | Signals.INEXACT
                    | Signals.ROUNDED;
            if (ans.isZero()) {
                c.status |= Signals.CLAMPED;
            }
        }
        return ans;
    }

    // CPython: libmpdec mpd_qreduce; _pydecimal.py Decimal.normalize
    static PyDecimal normalize(PyDecimal a, Calc c) {
        PyDecimal nan = c.checkNaN(a);
        if (nan != null) {
            return nan;
        }
        PyDecimal d = c.fix(a);
        if (d.kind == PyDecimal.INF) {
            return d;
        }
        if (d.isZero()) {
            return PyDecimal.finite(d.sign, BigInteger.ZERO, 0);
        }
        long expMax = c.ctx.clamp == 1 ? c.ctx.etop() : c.ctx.emax;
        BigInteger coef = d.coef;
        long exp = d.exp;
        while (exp < expMax) {
            BigInteger[] qr = coef.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) {
                break;
            }
            coef = qr[0];
            exp++;
        }
        return PyDecimal.finite(d.sign, coef, exp);
    }

    // CPython: libmpdec mpd_class; _pydecimal.py Decimal.number_class
    static String numberClass(PyDecimal a, PyDecContext ctx) {
        String s = a.sign == 1 ? "-" : "+";
        return switch (a.kind) {
            case PyDecimal.SNAN -> "sNaN";
            case PyDecimal.NAN -> "NaN";
            case PyDecimal.INF -> s + "Infinity";
            default -> a.isZero() ? s + "Zero"
                    : a.adjusted() < ctx.emin ? s + "Subnormal" : s + "Normal";
        };
    }

    // CPython: libmpdec mpd_qlogb; _pydecimal.py Decimal.logb
    static PyDecimal logb(PyDecimal a, Calc c) {
        PyDecimal nan = c.checkNaN(a);
        if (nan != null) {
            return nan;
        }
        if (a.kind == PyDecimal.INF) {
            return PyDecimal.INFINITY;
        }
        if (a.isZero()) {
            c.status |= Signals.DIVISION_BY_ZERO;
            return PyDecimal.NEG_INFINITY;
        }
        long adj = a.adjusted();
        return c.fix(adj < 0 ? 1 : 0, BigInteger.valueOf(Math.abs(adj)), 0);
    }

    // CPython: libmpdec mpd_qscaleb; _pydecimal.py Decimal.scaleb
    static PyDecimal scaleb(PyDecimal a, PyDecimal b, Calc c) {
        PyDecimal nan = c.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        if (b.kind != PyDecimal.FINITE || b.exp != 0) {
            return c.invalid(Signals.INVALID_OPERATION);
        }
        PyDecContext ctx = c.ctx;
        BigInteger limit = BigInteger.valueOf(ctx.emax).add(BigInteger.valueOf(ctx.prec))
                .shiftLeft(1);
        if (b.coef.compareTo(limit) > 0) {
            return c.invalid(Signals.INVALID_OPERATION);
        }
        if (a.kind == PyDecimal.INF) {
            return a;
        }
        long n = b.sign == 1 ? -b.coef.longValue() : b.coef.longValue();
        return c.fix(a.sign, a.coef, a.exp + n);
    }
}
