package dev.krait.modules.decimal;

import java.math.BigInteger;

/**
 * The arithmetic operations on Decimals under a context: addition, multiplication, division
 * in its four forms (true, integer, remainder, divmod) and quantize. Each takes its operands
 * and a {@link Calc} (the context and the conditions met) and returns the correctly rounded
 * result of the General Decimal Arithmetic specification; special values (NaNs, infinities,
 * zeros) are settled first, then the exact result is computed on the coefficients and fitted
 * into the context by {@link Rounding#fix}.
 *
 * <p>CPython counterpart: libmpdec/mpdecimal.c {@code mpd_qadd}, {@code mpd_qmul},
 * {@code mpd_qdiv}, {@code mpd_qdivint}, {@code mpd_qrem}, {@code mpd_qdivmod},
 * {@code mpd_qquantize}; the same algorithms in Lib/_pydecimal.py.
 */
final class Arithmetic {
    private Arithmetic() {}

    static PyDecimal subtract(PyDecimal a, PyDecimal b, Calc c) {
        return add(a, b, 1, c);
    }

    static PyDecimal add(PyDecimal a, PyDecimal b, Calc c) {
        return add(a, b, 0, c);
    }

    /**
     * a + b, with b's sign flipped when {@code negateB} is 1.
     * CPython: libmpdec mpd_qadd / mpd_qsub; _pydecimal.py Decimal.__add__
     */
    private static PyDecimal add(PyDecimal a, PyDecimal b, int negateB, Calc c) {
        int bSign = b.sign ^ negateB;
        if (a.kind != PyDecimal.FINITE || b.kind != PyDecimal.FINITE) {
            PyDecimal nan = c.checkNaNs(a, b);
            if (nan != null) {
                return nan;
            }
            if (a.kind == PyDecimal.INF) {
                if (b.kind == PyDecimal.INF && a.sign != bSign) {
                    return c.invalid(Signals.INVALID_OPERATION);
                }
                return a;
            }
            return Calc.infinity(bSign);
        }
        long exp = Math.min(a.exp, b.exp);
        boolean negativeZero = c.ctx.round == Rounding.FLOOR && a.sign != bSign;
        boolean aZero = a.coef.signum() == 0;
        boolean bZero = b.coef.signum() == 0;
        if (aZero && bZero) {
            int sign = Math.min(a.sign, bSign);
            return c.fix(negativeZero ? 1 : sign, BigInteger.ZERO, exp);
        }
        if (aZero) {
            long e = Math.max(exp, b.exp - c.ctx.prec - 1);
            return c.fix(Rounding.rescale(PyDecimal.finite(bSign, b.coef, b.exp), e,
                    c.ctx.round, c));
        }
        if (bZero) {
            long e = Math.max(exp, a.exp - c.ctx.prec - 1);
            return c.fix(Rounding.rescale(a, e, c.ctx.round, c));
        }
        // Align the exponents; an operand far below the other's last kept digit only
        // matters as a sticky nonzero tail, so it shrinks to 1 at a nearby exponent.
        BigInteger ac = a.coef;
        BigInteger bc = b.coef;
        long ae = a.exp;
        long be = b.exp;
        if (ae < be) {
            long bLen = Digits.count(bc);
            long limit = be + Math.min(-1, bLen - c.ctx.prec - 2);
            if (Digits.count(ac) + ae - 1 < limit) {
                ac = BigInteger.ONE;
                ae = limit;
            }
        } else if (be < ae) {
            long aLen = Digits.count(ac);
            long limit = ae + Math.min(-1, aLen - c.ctx.prec - 2);
            if (Digits.count(bc) + be - 1 < limit) {
                bc = BigInteger.ONE;
                be = limit;
            }
        }
        long e = Math.min(ae, be);
        BigInteger x = Digits.shiftLeft(ac, ae - e);
        BigInteger y = Digits.shiftLeft(bc, be - e);
        if (a.sign == 1) {
            x = x.negate();
        }
        if (bSign == 1) {
            y = y.negate();
        }
        BigInteger sum = x.add(y);
        if (sum.signum() == 0) {
            return c.fix(negativeZero ? 1 : 0, BigInteger.ZERO, exp);
        }
        return c.fix(sum.signum() < 0 ? 1 : 0, sum.abs(), e);
    }

    // CPython: libmpdec mpd_qmul; _pydecimal.py Decimal.__mul__
    static PyDecimal multiply(PyDecimal a, PyDecimal b, Calc c) {
        int sign = a.sign ^ b.sign;
        if (a.kind != PyDecimal.FINITE || b.kind != PyDecimal.FINITE) {
            PyDecimal nan = c.checkNaNs(a, b);
            if (nan != null) {
                return nan;
            }
            if (a.kind == PyDecimal.INF) {
                return b.isZero() ? c.invalid(Signals.INVALID_OPERATION) : Calc.infinity(sign);
            }
            return a.isZero() ? c.invalid(Signals.INVALID_OPERATION) : Calc.infinity(sign);
        }
        return c.fix(sign, a.coef.multiply(b.coef), a.exp + b.exp);
    }

    /**
     * a / b; at precisions too large for the quotient's digits, the exact quotient when it
     * has at most a.digits + 4 * b.digits digits, else MemoryError, as libmpdec retries.
     * CPython: libmpdec mpd_qdiv
     */
    static PyDecimal divide(PyDecimal a, PyDecimal b, Calc c) {
        if (c.ctx.prec <= Digits.LIMIT || a.kind != PyDecimal.FINITE
                || b.kind != PyDecimal.FINITE) {
            return divideAtPrecision(a, b, c);
        }
        PyDecContext work = c.ctx.copy();
        work.prec = Digits.count(a.coef) + 4 * Digits.count(b.coef);
        Calc w = new Calc(work);
        PyDecimal q = divideAtPrecision(a, b, w);
        if (w.status != 0) {
            c.status |= Signals.MALLOC_ERROR;
        }
        return q;
    }

    // CPython: libmpdec _mpd_qdiv; _pydecimal.py Decimal.__truediv__
    private static PyDecimal divideAtPrecision(PyDecimal a, PyDecimal b, Calc c) {
        int sign = a.sign ^ b.sign;
        if (a.kind != PyDecimal.FINITE || b.kind != PyDecimal.FINITE) {
            PyDecimal nan = c.checkNaNs(a, b);
            if (nan != null) {
                return nan;
            }
            if (a.kind == PyDecimal.INF && b.kind == PyDecimal.INF) {
                return c.invalid(Signals.INVALID_OPERATION);
            }
            if (a.kind == PyDecimal.INF) {
                return Calc.infinity(sign);
            }
            c.status |= Signals.CLAMPED;
            return PyDecimal.finite(sign, BigInteger.ZERO, c.ctx.etiny());
        }
        if (b.isZero()) {
            if (a.isZero()) {
                return c.invalid(Signals.DIVISION_UNDEFINED);
            }
            c.status |= Signals.DIVISION_BY_ZERO;
            return Calc.infinity(sign);
        }
        if (a.isZero()) {
            return c.fix(sign, BigInteger.ZERO, a.exp - b.exp);
        }
        long shift = Digits.count(b.coef) - Digits.count(a.coef) + c.ctx.prec + 1;
        long exp = a.exp - b.exp - shift;
        BigInteger[] qr = shift >= 0
                ? Digits.shiftLeft(a.coef, shift).divideAndRemainder(b.coef)
                : a.coef.divideAndRemainder(Digits.shiftLeft(b.coef, -shift));
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            // A nonzero remainder: make the last digit carry it (5 would look exact-half).
            if (q.mod(BigInteger.valueOf(5)).signum() == 0) {
                q = q.add(BigInteger.ONE);
            }
        } else {
            long ideal = a.exp - b.exp;
            while (exp < ideal) {
                BigInteger[] t = q.divideAndRemainder(BigInteger.TEN);
                if (t[1].signum() != 0) {
                    break;
                }
                q = t[0];
                exp++;
            }
        }
        return c.fix(sign, q, exp);
    }

    /**
     * The integer quotient and remainder of finite nonzero-divisor operands, or null when
     * the quotient needs more than prec digits (DivisionImpossible).
     * CPython: _pydecimal.py Decimal._divide; libmpdec _mpd_qdivmod
     */
    private static PyDecimal[] divideFinite(PyDecimal a, PyDecimal b, Calc c) {
        int sign = a.sign ^ b.sign;
        long idealExp = b.kind == PyDecimal.INF ? a.exp : Math.min(a.exp, b.exp);
        if (a.isZero() || b.kind == PyDecimal.INF || a.adjusted() - b.adjusted() <= -2) {
            return new PyDecimal[] {PyDecimal.finite(sign, BigInteger.ZERO, 0),
                Rounding.rescale(a, idealExp, c.ctx.round, c)};
        }
        long expDiff = a.adjusted() - b.adjusted();
        if (expDiff <= c.ctx.prec) {
            BigInteger x = a.coef;
            BigInteger y = b.coef;
            if (a.exp >= b.exp) {
                x = Digits.shiftLeft(x, a.exp - b.exp);
            } else {
                y = Digits.shiftLeft(y, b.exp - a.exp);
            }
            BigInteger[] qr = x.divideAndRemainder(y);
            if (Digits.count(qr[0]) <= c.ctx.prec) {
                return new PyDecimal[] {PyDecimal.finite(sign, qr[0], 0),
                    PyDecimal.finite(a.sign, qr[1], idealExp)};
            }
        }
        return null;
    }

    /** {@code [a // b, a % b]}. CPython: libmpdec mpd_qdivmod; _pydecimal Decimal.__divmod__ */
    static PyDecimal[] divmod(PyDecimal a, PyDecimal b, Calc c) {
        int sign = a.sign ^ b.sign;
        PyDecimal nan = c.checkNaNs(a, b);
        if (nan != null) {
            return new PyDecimal[] {nan, nan};
        }
        if (a.kind == PyDecimal.INF) {
            if (b.kind == PyDecimal.INF) {
                PyDecimal r = c.invalid(Signals.INVALID_OPERATION);
                return new PyDecimal[] {r, r};
            }
            return new PyDecimal[] {Calc.infinity(sign), c.invalid(Signals.INVALID_OPERATION)};
        }
        if (b.isZero()) {
            if (a.isZero()) {
                PyDecimal r = c.invalid(Signals.DIVISION_UNDEFINED);
                return new PyDecimal[] {r, r};
            }
            c.status |= Signals.DIVISION_BY_ZERO;
            return new PyDecimal[] {Calc.infinity(sign), c.invalid(Signals.INVALID_OPERATION)};
        }
        PyDecimal[] qr = divideFinite(a, b, c);
        if (qr == null) {
            PyDecimal r = c.invalid(Signals.DIVISION_IMPOSSIBLE);
            return new PyDecimal[] {r, r};
        }
        qr[1] = c.fix(qr[1]);
        return qr;
    }

    // CPython: libmpdec mpd_qdivint; _pydecimal.py Decimal.__floordiv__
    static PyDecimal divideInteger(PyDecimal a, PyDecimal b, Calc c) {
        PyDecimal nan = c.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        if (a.kind == PyDecimal.INF) {
            return b.kind == PyDecimal.INF ? c.invalid(Signals.INVALID_OPERATION)
                    : Calc.infinity(a.sign ^ b.sign);
        }
        if (b.isZero()) {
            if (a.isZero()) {
                return c.invalid(Signals.DIVISION_UNDEFINED);
            }
            c.status |= Signals.DIVISION_BY_ZERO;
            return Calc.infinity(a.sign ^ b.sign);
        }
        PyDecimal[] qr = divideFinite(a, b, c);
        return qr == null ? c.invalid(Signals.DIVISION_IMPOSSIBLE) : qr[0];
    }

    /**
     * What a remainder is when an operand is a NaN or an infinite dividend, or the divisor is
     * zero (both remainders treat these alike); null for the ordinary case.
     */
    private static PyDecimal remainderOfSpecials(PyDecimal a, PyDecimal b, Calc c) {
        PyDecimal nan = c.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        if (a.kind == PyDecimal.INF) {
            return c.invalid(Signals.INVALID_OPERATION);
        }
        if (b.isZero()) {
            return c.invalid(a.isZero() ? Signals.DIVISION_UNDEFINED
                    : Signals.INVALID_OPERATION);
        }
        return null;
    }

    // CPython: libmpdec mpd_qrem; _pydecimal.py Decimal.__mod__
    static PyDecimal remainder(PyDecimal a, PyDecimal b, Calc c) {
        PyDecimal special = remainderOfSpecials(a, b, c);
        if (special != null) {
            return special;
        }
        PyDecimal[] qr = divideFinite(a, b, c);
        return qr == null ? c.invalid(Signals.DIVISION_IMPOSSIBLE) : c.fix(qr[1]);
    }

    /**
     * a with b's exponent, rounded by {@code mode}; InvalidOperation when the result would
     * not fit the context. CPython: libmpdec mpd_qquantize; _pydecimal Decimal.quantize
     */
    static PyDecimal quantize(PyDecimal a, PyDecimal b, int mode, Calc c) {
        if (a.kind != PyDecimal.FINITE || b.kind != PyDecimal.FINITE) {
            PyDecimal nan = c.checkNaNs(a, b);
            if (nan != null) {
                return nan;
            }
            if (a.kind == PyDecimal.INF && b.kind == PyDecimal.INF) {
                return a;
            }
            return c.invalid(Signals.INVALID_OPERATION);
        }
        PyDecContext ctx = c.ctx;
        if (b.exp < ctx.etiny() || b.exp > ctx.emax) {
            return c.invalid(Signals.INVALID_OPERATION);
        }
        if (a.isZero()) {
            return c.fix(a.sign, BigInteger.ZERO, b.exp);
        }
        if (a.adjusted() > ctx.emax || a.adjusted() - b.exp + 1 > ctx.prec) {
            return c.invalid(Signals.INVALID_OPERATION);
        }
        boolean before = c.inexactFlag;
        c.inexactFlag = false;
        PyDecimal r = Rounding.rescale(a, b.exp, mode, c);
        boolean inexact = c.inexactFlag;
        c.inexactFlag = before || inexact;
        if (r.adjusted() > ctx.emax || Digits.count(r.coef) > ctx.prec) {
            return c.invalid(Signals.INVALID_OPERATION);
        }
        if (!r.isZero() && r.adjusted() < ctx.emin) {
            c.status |= Signals.SUBNORMAL;
        }
        if (r.exp > a.exp) {
            if (inexact) {
                c.status |= Signals.INEXACT;
            }
            c.status |= Signals.ROUNDED;
        }
        return c.fix(r);
    }

    /**
     * a * b + t with a single rounding: the product is exact, the sum rounds.
     * CPython: libmpdec mpd_qfma; _pydecimal.py Decimal.fma
     */
    static PyDecimal fma(PyDecimal a, PyDecimal b, PyDecimal t, Calc c) {
        PyDecimal product;
        if (a.kind != PyDecimal.FINITE || b.kind != PyDecimal.FINITE) {
            if (a.kind == PyDecimal.SNAN || b.kind == PyDecimal.SNAN) {
                c.status |= Signals.INVALID_OPERATION;
                return c.quiet(a.kind == PyDecimal.SNAN ? a : b);
            }
            if (a.kind == PyDecimal.NAN) {
                product = a;
            } else if (b.kind == PyDecimal.NAN) {
                product = b;
            } else if (a.kind == PyDecimal.INF) {
                if (b.isZero()) {
                    return c.invalid(Signals.INVALID_OPERATION);
                }
                product = Calc.infinity(a.sign ^ b.sign);
            } else {
                if (a.isZero()) {
                    return c.invalid(Signals.INVALID_OPERATION);
                }
                product = Calc.infinity(a.sign ^ b.sign);
            }
        } else {
            product = PyDecimal.finite(a.sign ^ b.sign, a.coef.multiply(b.coef), a.exp + b.exp);
        }
        return add(product, t, c);
    }

    /**
     * The remainder of the quotient rounded to the nearest integer (ties to even).
     * CPython: libmpdec mpd_qrem_near; _pydecimal.py Decimal.remainder_near
     */
    static PyDecimal remainderNear(PyDecimal a, PyDecimal b, Calc c) {
        PyDecimal special = remainderOfSpecials(a, b, c);
        if (special != null) {
            return special;
        }
        if (b.kind == PyDecimal.INF) {
            return c.fix(a);
        }
        long idealExp = Math.min(a.exp, b.exp);
        if (a.isZero()) {
            return c.fix(a.sign, BigInteger.ZERO, idealExp);
        }
        long expDiff = a.adjusted() - b.adjusted();
        if (expDiff >= c.ctx.prec + 1) {
            return c.invalid(Signals.DIVISION_IMPOSSIBLE);
        }
        if (expDiff <= -2) {
            return c.fix(Rounding.rescale(a, idealExp, c.ctx.round, c));
        }
        BigInteger x = a.coef;
        BigInteger y = b.coef;
        if (a.exp >= b.exp) {
            x = Digits.shiftLeft(x, a.exp - b.exp);
        } else {
            y = Digits.shiftLeft(y, b.exp - a.exp);
        }
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.shiftLeft(1).add(q.testBit(0) ? BigInteger.ONE : BigInteger.ZERO)
                .compareTo(y) > 0) {
            r = r.subtract(y);
            q = q.add(BigInteger.ONE);
        }
        if (q.signum() != 0 && Digits.count(q) > c.ctx.prec) {
            return c.invalid(Signals.DIVISION_IMPOSSIBLE);
        }
        int sign = a.sign;
        if (r.signum() < 0) {
            sign ^= 1;
            r = r.negate();
        }
        return c.fix(sign, r, idealExp);
    }
}
