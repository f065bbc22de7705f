package dev.krait.modules.decimal;

import java.math.BigInteger;

/**
 * {@code x ** y} and {@code pow(x, y, m)} as libmpdec computes them: powers of one and
 * certain overflow or underflow are settled first; an integer exponent is done by binary
 * exponentiation with a few guard digits, half-even, then one final rounding; any other
 * exponent goes through {@code exp(y * ln(x))} at a much higher working precision, so the
 * result is correctly rounded in all but vanishingly rare cases (libmpdec's documented
 * guarantee, which this follows step by step so that the answers are its answers).
 *
 * <p>CPython counterpart: libmpdec/mpdecimal.c {@code mpd_qpow}, {@code _mpd_qpow_int},
 * {@code _mpd_qpow_uint}, {@code _mpd_qpow_mpd}, {@code _mpd_qpow_real},
 * {@code _qcheck_pow_one}, {@code _qcheck_pow_one_inf}, {@code _qcheck_pow_bounds},
 * {@code mpd_qpowmod}.
 */
final class Power {
    private Power() {}

    /** An exponent beyond every context, which fitting turns into an overflow. */
    private static final long EXP_INF = 2000000000000000001L;
    /** libmpdec's MPD_EXPDIGITS on 64-bit machines. */
    private static final int EXPDIGITS = 19;
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64)
            .subtract(BigInteger.ONE);

    /** Whether a finite value is an integer. CPython: libmpdec _mpd_isint */
    static boolean isInteger(PyDecimal d) {
        if (d.kind != PyDecimal.FINITE) {
            return false;
        }
        if (d.exp >= 0 || d.coef.signum() == 0) {
            return true;
        }
        long n = Digits.count(d.coef);
        if (-d.exp >= n) {
            return false;
        }
        return d.coef.mod(Digits.pow10(-d.exp)).signum() == 0;
    }

    /** The integer value of an integral finite value. */
    static BigInteger integerValue(PyDecimal d) {
        BigInteger v = d.exp >= 0 ? Digits.shiftLeft(d.coef, d.exp)
                : d.coef.divide(Digits.pow10(-d.exp));
        return d.sign == 1 ? v.negate() : v;
    }

    /** The digit count of |n|, as libmpdec's mpd_exp_digits. */
    private static long expDigits(long n) {
        return Long.toString(Math.abs(n)).length();
    }

    // CPython: libmpdec mpd_qpow
    static PyDecimal pow(PyDecimal base, PyDecimal exp, Calc c) {
        PyDecimal nan = c.checkNaNs(base, exp);
        if (nan != null) {
            return nan;
        }
        boolean intExp = isInteger(exp);
        int sign = 0;
        if (intExp) {
            sign = base.sign == 1 && integerValue(exp).testBit(0) ? 1 : 0;
        }
        if (base.isZero()) {
            if (exp.isZero()) {
                return c.invalid(Signals.INVALID_OPERATION);
            }
            if (exp.sign == 1) {
                return Calc.infinity(sign);
            }
            return PyDecimal.finite(sign, BigInteger.ZERO, 0);
        }
        if (base.sign == 1 && (!intExp || exp.kind == PyDecimal.INF)) {
            return c.invalid(Signals.INVALID_OPERATION);
        }
        if (exp.kind == PyDecimal.INF) {
            int cmp = Comparison.cmp(base, Ordering.ONE);
            if (cmp == 0) {
                c.status |= Signals.INEXACT | Signals.ROUNDED;
                return onePadded(sign, c.ctx.prec - 1);
            }
            cmp *= exp.sign == 1 ? -1 : 1;
            return cmp < 0 ? PyDecimal.finite(sign, BigInteger.ZERO, 0) : Calc.infinity(sign);
        }
        if (base.kind == PyDecimal.INF) {
            if (exp.isZero()) {
                return PyDecimal.finite(sign, BigInteger.ONE, 0);
            }
            return exp.sign == 1 ? PyDecimal.finite(sign, BigInteger.ZERO, 0)
                    : Calc.infinity(sign);
        }
        if (exp.isZero()) {
            return PyDecimal.finite(sign, BigInteger.ONE, 0);
        }
        PyDecimal one = powerOfOne(base, exp, intExp, sign, c);
        if (one != null) {
            return one;
        }
        PyDecimal bound = bounds(base, exp, sign, c);
        if (bound != null) {
            return bound;
        }
        if (intExp) {
            return powInt(base, exp, sign, c);
        }
        PyDecimal r = powReal(base, exp, c);
        if (r.kind == PyDecimal.FINITE && Comparison.cmp(r, Ordering.ONE) == 0) {
            r = onePadded(0, c.ctx.prec - 1);
        }
        if (r.kind == PyDecimal.INF) {
            r = PyDecimal.finite(0, BigInteger.ONE, EXP_INF);
        }
        return c.fix(r);
    }

    /** 1 written with {@code shift} zeros after the point: 1.000... */
    private static PyDecimal onePadded(int sign, long shift) {
        return PyDecimal.finite(sign, Digits.pow10(shift), -shift);
    }

    /** |base| == 1: the exact power of one, or null. CPython: _qcheck_pow_one */
    private static PyDecimal powerOfOne(PyDecimal base, PyDecimal exp, boolean intExp,
            int sign, Calc c) {
        if (Comparison.compareMagnitude(base, Ordering.ONE) != 0) {
            return null;
        }
        long shift;
        if (intExp) {
            if (exp.sign == 1) {
                return PyDecimal.finite(sign, BigInteger.ONE, 0);
            }
            BigInteger s = integerValue(exp).multiply(BigInteger.valueOf(-base.exp));
            if (s.compareTo(BigInteger.valueOf(c.ctx.prec - 1)) > 0) {
                shift = c.ctx.prec - 1;
                c.status |= Signals.ROUNDED;
            } else {
                shift = s.longValue();
            }
        } else {
            shift = c.ctx.prec - 1;
            c.status |= Signals.INEXACT | Signals.ROUNDED;
        }
        return onePadded(sign, shift);
    }

    /** A lower bound of log10(|log10(x)|). CPython: libmpdec _lower_bound_zeta */
    private static long lowerBoundZeta(PyDecimal x) {
        long t = x.adjusted();
        if (t > 0) {
            return expDigits(t) - 1;
        }
        if (t < -1) {
            return expDigits(t + 1) - 1;
        }
        PyDecimal diff = Arithmetic.subtract(x, Ordering.ONE, new Calc(maxContext()));
        long u = diff.adjusted();
        return t == 0 ? u - 2 : u - 1;
    }

    /** Certain overflow or underflow, or null. CPython: libmpdec _qcheck_pow_bounds */
    private static PyDecimal bounds(PyDecimal x, PyDecimal y, int sign, Calc c) {
        PyDecimal absX = Unary.copyAbs(x);
        long lbTheta = y.adjusted();
        long lbZeta = lowerBoundZeta(absX);
        int side = (absX.adjusted() < 0 ? 1 : 0) ^ y.sign;
        if (side == 0) {
            if (expDigits(c.ctx.emax) < lbZeta + lbTheta) {
                return c.fix(PyDecimal.finite(sign, BigInteger.ONE, EXP_INF));
            }
        } else if (expDigits(c.ctx.etiny()) < lbZeta + lbTheta) {
            return c.fix(PyDecimal.finite(sign, BigInteger.ONE, c.ctx.etiny() - 1));
        }
        return null;
    }

    static PyDecContext maxContext() {
        PyDecContext m = new PyDecContext(PyDecContext.TYPE);
        m.prec = PyDecContext.MAX_PREC;
        m.emax = PyDecContext.MAX_EMAX;
        m.emin = PyDecContext.MIN_EMIN;
        m.round = Rounding.HALF_EVEN;
        m.traps = 0;
        m.clamp = 0;
        return m;
    }

    /** An integer exponent. CPython: libmpdec _mpd_qpow_int */
    private static PyDecimal powInt(PyDecimal base, PyDecimal exp, int sign, Calc c) {
        PyDecContext work = c.ctx.copy();
        work.prec += Digits.count(exp.coef) + exp.exp + 2;
        work.round = Rounding.HALF_EVEN;
        work.clamp = 0;
        work.traps = 0;
        PyDecimal tbase = base;
        PyDecimal result;
        if (exp.sign == 1) {
            work.prec += 1;
            Calc w = new Calc(work);
            tbase = Arithmetic.divide(Ordering.ONE, base, w);
            c.status |= w.status;
            if ((w.status & (Signals.IEEE_INVALID | Signals.DIVISION_BY_ZERO)) != 0) {
                return c.fix(PyDecimal.NAN_VALUE);
            }
        }
        BigInteger n = integerValue(exp).abs();
        Calc w = new Calc(work);
        result = n.compareTo(ULONG_MAX) <= 0 ? powUint(tbase, n, w) : powBig(tbase, n, w);
        c.status |= w.status;
        if (result.isNaN()) {
            return c.fix(result);
        }
        result = new PyDecimal(PyDecimal.TYPE, sign, result.coef, result.exp, result.kind);
        if (result.kind == PyDecimal.INF) {
            result = PyDecimal.finite(sign, BigInteger.ONE, EXP_INF);
        }
        return c.fix(result);
    }

    private static boolean stop(PyDecimal r, Calc w) {
        return r.kind != PyDecimal.FINITE
                || (r.coef.signum() == 0 && (w.status & Signals.CLAMPED) != 0);
    }

    /** Left-to-right binary powering. CPython: libmpdec _mpd_qpow_uint */
    private static PyDecimal powUint(PyDecimal base, BigInteger exp, Calc w) {
        PyDecimal result = base;
        for (int bit = exp.bitLength() - 2; bit >= 0; bit--) {
            result = Arithmetic.multiply(result, result, w);
            if (exp.testBit(bit)) {
                result = Arithmetic.multiply(result, base, w);
            }
            if (stop(result, w)) {
                break;
            }
        }
        return result;
    }

    /** Right-to-left binary powering of huge exponents. CPython: _mpd_qpow_mpd */
    private static PyDecimal powBig(PyDecimal base, BigInteger exp, Calc w) {
        PyDecimal result = Ordering.ONE;
        PyDecimal tbase = base;
        BigInteger e = exp;
        while (e.signum() != 0) {
            if (e.testBit(0)) {
                result = Arithmetic.multiply(result, tbase, w);
                if (stop(result, w)) {
                    break;
                }
            }
            tbase = Arithmetic.multiply(tbase, tbase, w);
            e = e.shiftRight(1);
            if (tbase.isNaN()) {
                return PyDecimal.NAN_VALUE;
            }
        }
        return result;
    }

    /** exp(y * ln(x)) at high precision. CPython: libmpdec _mpd_qpow_real */
    private static PyDecimal powReal(PyDecimal base, PyDecimal exp, Calc c) {
        PyDecContext work = maxContext();
        work.prec = Math.max(Digits.count(base.coef), c.ctx.prec) + 4 + EXPDIGITS;
        Calc w = new Calc(work);
        PyDecimal r = Transcendental.ln(base, w);
        r = Arithmetic.multiply(r, exp, w);
        Calc e = new Calc(work);
        r = Transcendental.exp(r, e);
        c.status |= e.status;
        c.status |= w.status & (Signals.IEEE_INVALID | Signals.DIVISION_BY_ZERO);
        c.status |= Signals.INEXACT | Signals.ROUNDED;
        return r;
    }

    /**
     * pow(base, exp, mod) on integers: exact, |base|**exp modulo |mod| with the sign of the
     * base when the exponent is odd. CPython: libmpdec mpd_qpowmod
     */
    static PyDecimal powMod(PyDecimal base, PyDecimal exp, PyDecimal mod, Calc c) {
        if (base.kind != PyDecimal.FINITE || exp.kind != PyDecimal.FINITE
                || mod.kind != PyDecimal.FINITE) {
            // A signalling NaN anywhere wins over quiet ones (libmpdec mpd_qcheck_3nans).
            for (PyDecimal d : new PyDecimal[] {base, exp, mod}) {
                if (d.kind == PyDecimal.SNAN) {
                    return c.checkNaN(d);
                }
            }
            for (PyDecimal d : new PyDecimal[] {base, exp, mod}) {
                if (d.kind == PyDecimal.NAN) {
                    return c.quiet(d);
                }
            }
            return c.invalid(Signals.INVALID_OPERATION);
        }
        if (!isInteger(base) || !isInteger(exp) || !isInteger(mod) || mod.coef.signum() == 0
                || Digits.count(mod.coef) + mod.exp > c.ctx.prec) {
            return c.invalid(Signals.INVALID_OPERATION);
        }
        BigInteger e = integerValue(exp);
        int sign = base.sign == 1 && e.testBit(0) ? 1 : 0;
        BigInteger m = integerValue(mod).abs();
        if (e.signum() == 0) {
            if (base.coef.signum() == 0) {
                return c.invalid(Signals.INVALID_OPERATION);
            }
            return PyDecimal.finite(sign, m.equals(BigInteger.ONE) ? BigInteger.ZERO
                    : BigInteger.ONE, 0);
        }
        if (e.signum() < 0) {
            return c.invalid(Signals.INVALID_OPERATION);
        }
        if (base.coef.signum() == 0) {
            return PyDecimal.finite(sign, BigInteger.ZERO, 0);
        }
        // The base modulo m without writing out its zeros: coef * (10**exp mod m).
        BigInteger b = base.exp >= 0
                ? base.coef.mod(m).multiply(BigInteger.TEN.modPow(BigInteger.valueOf(base.exp),
                        m)).mod(m)
                : integerValue(base).abs();
        return PyDecimal.finite(sign, b.modPow(e, m), 0);
    }
}
