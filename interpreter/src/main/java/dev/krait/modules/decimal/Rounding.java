package dev.krait.modules.decimal;

import java.math.BigInteger;

/**
 * Rounding a coefficient to fewer digits under one of the eight rounding modes, and fitting a
 * result into a context (precision, exponent limits, clamping) with the conditions that
 * raises. Every arithmetic operation ends here, so the rules of the General Decimal
 * Arithmetic specification's "rounding" and "overflow/underflow" sections live in one place.
 *
 * <p>CPython counterpart: libmpdec/mpdecimal.c {@code _mpd_apply_round}, {@code mpd_qfinalize},
 * {@code _mpd_check_exp}; Lib/_pydecimal.py {@code Decimal._fix}, {@code _rescale}.
 */
final class Rounding {
    private Rounding() {}

    /** libmpdec's mode numbers, also the index into {@link #NAMES}. */
    static final int UP = 0;
    static final int DOWN = 1;
    static final int CEILING = 2;
    static final int FLOOR = 3;
    static final int HALF_UP = 4;
    static final int HALF_DOWN = 5;
    static final int HALF_EVEN = 6;
    static final int ROUND_05UP = 7;

    static final String[] NAMES = {"ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR",
        "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP"};

    /**
     * Whether dropping a tail compared with half a unit as {@code tail} (-1 below half, 0
     * exactly half, 1 above; {@code nonzero} false for an all-zero tail) rounds the kept
     * digits {@code kept} away from zero. CPython: libmpdec _mpd_rnd_incr
     */
    static boolean increments(int mode, int sign, BigInteger kept, boolean nonzero, int tail) {
        if (!nonzero) {
            return false;
        }
        return switch (mode) {
            case UP -> true;
            case DOWN -> false;
            case CEILING -> sign == 0;
            case FLOOR -> sign == 1;
            case HALF_UP -> tail >= 0;
            case HALF_DOWN -> tail > 0;
            case HALF_EVEN -> tail > 0 || (tail == 0 && kept.testBit(0));
            default -> Digits.endsIn0or5(kept);
        };
    }

    /**
     * The coefficient of {@code d} rounded to exponent {@code exp} (not below d's exponent;
     * raising the exponent drops digits), or with zeros appended when exp is smaller. Sets
     * {@link Calc#inexactFlag} when nonzero digits were dropped.
     * CPython: _pydecimal.py Decimal._rescale; libmpdec mpd_qrescale (the rounding part)
     */
    static PyDecimal rescale(PyDecimal d, long exp, int mode, Calc calc) {
        if (d.coef.signum() == 0) {
            return PyDecimal.finite(d.sign, BigInteger.ZERO, exp);
        }
        if (d.exp >= exp) {
            return PyDecimal.finite(d.sign, Digits.shiftLeft(d.coef, d.exp - exp), exp);
        }
        long drop = exp - d.exp;
        BigInteger kept;
        boolean nonzero;
        int tail;
        long n = Digits.count(d.coef);
        if (drop > n) {
            // Every digit goes, and the tail is below half a unit of the new exponent.
            kept = BigInteger.ZERO;
            nonzero = true;
            tail = -1;
        } else {
            BigInteger p = Digits.pow10(drop);
            BigInteger[] qr = d.coef.divideAndRemainder(p);
            kept = qr[0];
            nonzero = qr[1].signum() != 0;
            tail = nonzero ? qr[1].shiftLeft(1).compareTo(p) : -1;
        }
        if (nonzero) {
            calc.inexactFlag = true;
        }
        if (increments(mode, d.sign, kept, nonzero, tail)) {
            kept = kept.add(BigInteger.ONE);
        }
        return PyDecimal.finite(d.sign, kept, exp);
    }

    /**
     * {@code d} fitted into the context: rounded to the precision, overflowing to infinity or
     * the largest finite number, becoming subnormal or zero below Emin, padded when clamping.
     * NaNs lose a payload longer than the precision allows.
     * CPython: _pydecimal.py Decimal._fix; libmpdec mpd_qfinalize
     */
    static PyDecimal fix(PyDecimal d, PyDecContext ctx, Calc calc) {
        if (d.kind != PyDecimal.FINITE) {
            if (d.isNaN()) {
                return fixNaN(d, ctx);
            }
            return d;
        }
        long etiny = ctx.etiny();
        long etop = ctx.etop();
        if (d.coef.signum() == 0) {
            long expMax = ctx.clamp == 1 ? etop : ctx.emax;
            long newExp = Math.min(Math.max(d.exp, etiny), expMax);
            if (newExp != d.exp) {
                calc.status |= Signals.CLAMPED;
                return PyDecimal.finite(d.sign, BigInteger.ZERO, newExp);
            }
            return d;
        }
        long digits = Digits.count(d.coef);
        long expMin = digits + d.exp - ctx.prec;
        if (expMin > etop) {
            calc.status |= Signals.OVERFLOW | Signals.INEXACT | Signals.ROUNDED;
            return overflowResult(d.sign, ctx);
        }
        boolean subnormal = expMin < etiny;
        if (subnormal) {
            expMin = etiny;
        }
        if (d.exp < expMin) {
            boolean wasInexact = calc.inexactFlag;
            calc.inexactFlag = false;
            PyDecimal r = rescale(d, expMin, ctx.round, calc);
            boolean changed = calc.inexactFlag;
            calc.inexactFlag = wasInexact || changed;
            if (Digits.count(r.coef) > ctx.prec) {
                r = PyDecimal.finite(r.sign, r.coef.divide(BigInteger.TEN), expMin + 1);
            }
            if (r.exp > etop) {
                calc.status |= Signals.OVERFLOW | Signals.INEXACT | Signals.ROUNDED;
                return overflowResult(d.sign, ctx);
            }
            if (changed && subnormal) {
                calc.status |= Signals.UNDERFLOW;
            }
            if (subnormal) {
                calc.status |= Signals.SUBNORMAL;
            }
            if (changed) {
                calc.status |= Signals.INEXACT;
            }
            calc.status |= Signals.ROUNDED;
            if (r.coef.signum() == 0) {
                calc.status |= Signals.CLAMPED;
            }
            return r;
        }
        if (subnormal) {
            calc.status |= Signals.SUBNORMAL;
        }
        if (ctx.clamp == 1 && d.exp > etop) {
            calc.status |= Signals.CLAMPED;
            return PyDecimal.finite(d.sign, Digits.shiftLeft(d.coef, d.exp - etop), etop);
        }
        return d;
    }

    /**
     * A NaN whose payload keeps only its last prec - clamp digits.
     * CPython: libmpdec _mpd_fix_nan
     */
    static PyDecimal fixNaN(PyDecimal d, PyDecContext ctx) {
        if (d.coef.signum() != 0 && Digits.count(d.coef) > ctx.prec - ctx.clamp) {
            BigInteger kept = d.coef.mod(Digits.pow10(ctx.prec - ctx.clamp));
            return PyDecimal.special(d.sign, d.kind, kept);
        }
        return d;
    }

    /**
     * What an overflow gives: infinity, or the largest finite number when the rounding mode
     * rounds toward zero on this side. CPython: libmpdec mpd_qfinalize (_mpd_check_exp)
     */
    static PyDecimal overflowResult(int sign, PyDecContext ctx) {
        boolean toInfinity = switch (ctx.round) {
            case HALF_UP, HALF_EVEN, HALF_DOWN, UP -> true;
            case CEILING -> sign == 0;
            case FLOOR -> sign == 1;
            default -> false;
        };
        if (toInfinity) {
            return PyDecimal.special(sign, PyDecimal.INF, BigInteger.ZERO);
        }
        return PyDecimal.finite(sign, Digits.pow10(ctx.prec).subtract(BigInteger.ONE),
                ctx.emax - ctx.prec + 1);
    }
}
