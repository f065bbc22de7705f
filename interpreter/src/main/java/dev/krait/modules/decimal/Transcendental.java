package dev.krait.modules.decimal;

import java.math.BigInteger;

/**
 * The correctly rounded functions: {@code sqrt}, {@code exp}, {@code ln} and {@code log10}.
 * Each settles the special cases exactly, then asks {@link LogExpKernels} for an
 * approximation with a few guard digits, adding three more until the approximation cannot
 * sit on a rounding boundary, and rounds it half-even whatever the context's rounding (as
 * the specification and libmpdec do).
 *
 * <p>CPython counterpart: libmpdec/mpdecimal.c {@code mpd_qsqrt}, {@code mpd_qexp},
 * {@code mpd_qln}, {@code mpd_qlog10}; Lib/_pydecimal.py {@code Decimal.sqrt}, {@code exp},
 * {@code ln}, {@code log10}.
 */
final class Transcendental {
    private Transcendental() {}

    /** The result fitted into the context with half-even rounding. */
    private static PyDecimal fixHalfEven(PyDecimal d, Calc c) {
        PyDecContext work = c.ctx.copy();
        work.round = Rounding.HALF_EVEN;
        return Rounding.fix(d, work, c);
    }

    /**
     * The square root; at precisions too large for its digits, the exact root when it has
     * at most as many digits as a, else MemoryError, as libmpdec retries.
     * CPython: libmpdec mpd_qsqrt
     */
    static PyDecimal sqrt(PyDecimal a, Calc c) {
        if (c.ctx.prec <= Digits.LIMIT || a.kind != PyDecimal.FINITE) {
            return sqrtAtPrecision(a, c);
        }
        PyDecContext work = c.ctx.copy();
        work.prec = Digits.count(a.coef);
        Calc w = new Calc(work);
        PyDecimal r = sqrtAtPrecision(a, w);
        if ((w.status & ~Signals.CLAMPED) != 0) {
            c.status |= Signals.MALLOC_ERROR;
        }
        return r;
    }

    // CPython: libmpdec _mpd_qsqrt; _pydecimal.py Decimal.sqrt
    private static PyDecimal sqrtAtPrecision(PyDecimal a, Calc c) {
        PyDecimal nan = c.checkNaN(a);
        if (nan != null) {
            return nan;
        }
        if (a.kind == PyDecimal.INF && a.sign == 0) {
            return a;
        }
        if (a.isZero()) {
            return fixHalfEven(PyDecimal.finite(a.sign, BigInteger.ZERO,
                    Math.floorDiv(a.exp, 2)), c);
        }
        if (a.sign == 1) {
            return c.invalid(Signals.INVALID_OPERATION);
        }
        long prec = c.ctx.prec + 1;
        long e = a.exp >> 1;
        BigInteger coef = a.coef;
        long len;
        if ((a.exp & 1) != 0) {
            coef = coef.multiply(BigInteger.TEN);
            len = (Digits.count(a.coef) >> 1) + 1;
        } else {
            len = (Digits.count(a.coef) + 1) >> 1;
        }
        long shift = prec - len;
        boolean exact;
        if (shift >= 0) {
            coef = coef.multiply(Digits.pow10(2 * shift));
            exact = true;
        } else {
            BigInteger[] qr = coef.divideAndRemainder(Digits.pow10(-2 * shift));
            coef = qr[0];
            exact = qr[1].signum() == 0;
        }
        e -= shift;
        BigInteger n = Digits.pow10(prec);
        while (true) {
            BigInteger q = coef.divide(n);
            if (n.compareTo(q) <= 0) {
                break;
            }
            n = n.add(q).shiftRight(1);
        }
        exact = exact && n.multiply(n).equals(coef);
        if (exact) {
            if (shift >= 0) {
                n = n.divide(Digits.pow10(shift));
            } else {
                n = n.multiply(Digits.pow10(-shift));
            }
            e += shift;
        } else if (n.mod(BigInteger.valueOf(5)).signum() == 0) {
            n = n.add(BigInteger.ONE);
        }
        return fixHalfEven(PyDecimal.finite(0, n, e), c);
    }

    /** Whether an approximation of prec+k digits is clear of the rounding boundaries. */
    private static boolean unambiguous(BigInteger coeff, long prec) {
        long digits = Digits.count(coeff.abs());
        BigInteger unit = BigInteger.valueOf(5).multiply(Digits.pow10(digits - prec - 1));
        return coeff.mod(unit).signum() != 0;
    }

    private static long strLen(long v) {
        return Long.toString(v).length();
    }

    // CPython: libmpdec mpd_qexp; _pydecimal.py Decimal.exp
    static PyDecimal exp(PyDecimal a, Calc c) {
        PyDecimal nan = c.checkNaN(a);
        if (nan != null) {
            return nan;
        }
        if (a.kind == PyDecimal.INF) {
            return a.sign == 1 ? PyDecimal.finite(0, BigInteger.ZERO, 0) : a;
        }
        if (a.isZero()) {
            return PyDecimal.finite(0, BigInteger.ONE, 0);
        }
        PyDecContext ctx = c.ctx;
        long p = ctx.prec;
        long adj = a.adjusted();
        PyDecimal ans;
        if (a.sign == 0 && adj > strLen((ctx.emax + 1) * 3)) {
            ans = PyDecimal.finite(0, BigInteger.ONE, ctx.emax + 1);
        } else if (a.sign == 1 && adj > strLen((-ctx.etiny() + 1) * 3)) {
            ans = PyDecimal.finite(0, BigInteger.ONE, ctx.etiny() - 1);
        } else if (a.sign == 0 && adj < -p) {
            ans = PyDecimal.finite(0, Digits.pow10(p).add(BigInteger.ONE), -p);
        } else if (a.sign == 1 && adj < -p - 1) {
            ans = PyDecimal.finite(0, Digits.pow10(p + 1).subtract(BigInteger.ONE), -p - 1);
        } else {
            BigInteger coef = a.sign == 1 ? a.coef.negate() : a.coef;
            long extra = 3;
            BigInteger[] r;
            while (true) {
                r = LogExpKernels.dexp(coef, a.exp, p + extra);
                if (unambiguous(r[0], p)) {
                    break;
                }
                extra += 3;
            }
            ans = PyDecimal.finite(0, r[0], r[1].longValueExact());
        }
        return fixHalfEven(ans, c);
    }

    /** A lower bound r of the adjusted exponent of ln(a). CPython: _ln_exp_bound */
    private static long lnExpBound(PyDecimal a) {
        long adj = a.adjusted();
        if (adj >= 1) {
            return strLen(adj * 23 / 10) - 1;
        }
        if (adj <= -2) {
            return strLen((-1 - adj) * 23 / 10) - 1;
        }
        BigInteger cc = a.coef;
        long e = a.exp;
        if (adj == 0) {
            String num = cc.subtract(Digits.pow10(-e)).toString();
            String den = cc.toString();
            return num.length() - den.length() - (num.compareTo(den) < 0 ? 1 : 0);
        }
        return e + Digits.pow10(-e).subtract(cc).toString().length() - 1;
    }

    /** A lower bound r of the adjusted exponent of log10(a). CPython: _log10_exp_bound */
    private static long log10ExpBound(PyDecimal a) {
        long adj = a.adjusted();
        if (adj >= 1) {
            return strLen(adj) - 1;
        }
        if (adj <= -2) {
            return strLen(-1 - adj) - 1;
        }
        BigInteger cc = a.coef;
        long e = a.exp;
        if (adj == 0) {
            String num = cc.subtract(Digits.pow10(-e)).toString();
            String den = cc.multiply(BigInteger.valueOf(231)).toString();
            return num.length() - den.length() - (num.compareTo(den) < 0 ? 1 : 0) + 2;
        }
        String num = Digits.pow10(-e).subtract(cc).toString();
        return num.length() + e - (num.compareTo("231") < 0 ? 1 : 0) - 1;
    }

    /** The specials of ln and log10; null when the kernel must run. */
    private static PyDecimal logSpecial(PyDecimal a, Calc c) {
        PyDecimal nan = c.checkNaN(a);
        if (nan != null) {
            return nan;
        }
        if (a.isZero()) {
            return PyDecimal.NEG_INFINITY;
        }
        if (a.kind == PyDecimal.INF && a.sign == 0) {
            return a;
        }
        if (a.sign == 1) {
            return c.invalid(Signals.INVALID_OPERATION);
        }
        return null;
    }

    // CPython: libmpdec mpd_qln; _pydecimal.py Decimal.ln
    static PyDecimal ln(PyDecimal a, Calc c) {
        PyDecimal special = logSpecial(a, c);
        if (special != null) {
            return special;
        }
        if (Comparison.cmp(a, Ordering.ONE) == 0) {
            return PyDecimal.finite(0, BigInteger.ZERO, 0);
        }
        long p = c.ctx.prec;
        long places = p - lnExpBound(a) + 2;
        BigInteger coeff;
        while (true) {
            coeff = LogExpKernels.dlog(a.coef, a.exp, places);
            if (unambiguous(coeff, p)) {
                break;
            }
            places += 3;
        }
        return fixHalfEven(PyDecimal.finite(coeff.signum() < 0 ? 1 : 0, coeff.abs(), -places),
                c);
    }

    // CPython: libmpdec mpd_qlog10; _pydecimal.py Decimal.log10
    static PyDecimal log10(PyDecimal a, Calc c) {
        PyDecimal special = logSpecial(a, c);
        if (special != null) {
            return special;
        }
        PyDecimal ans;
        if (a.coef.equals(Digits.pow10(Digits.count(a.coef) - 1))) {
            long v = a.adjusted();
            ans = PyDecimal.finite(v < 0 ? 1 : 0, BigInteger.valueOf(Math.abs(v)), 0);
        } else {
            long p = c.ctx.prec;
            long places = p - log10ExpBound(a) + 2;
            BigInteger coeff;
            while (true) {
                coeff = LogExpKernels.dlog10(a.coef, a.exp, places);
                if (unambiguous(coeff, p)) {
                    break;
                }
                places += 3;
            }
            ans = PyDecimal.finite(coeff.signum() < 0 ? 1 : 0, coeff.abs(), -places);
        }
        return fixHalfEven(ans, c);
    }
}
