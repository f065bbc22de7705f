package dev.krait.modules.decimal;

import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import java.math.BigInteger;

/**
 * The one-operand operations: plus and minus (which round to the context, so {@code +x} is
 * how a program applies a context), abs, conversion to an int under a rounding mode, and the
 * integral values of {@code to_integral*}.
 *
 * <p>CPython counterpart: libmpdec/mpdecimal.c {@code mpd_qplus}, {@code mpd_qminus},
 * {@code mpd_qabs}, {@code mpd_qround_to_int}; Modules/_decimal/_decimal.c
 * {@code dec_as_long}.
 */
final class Unary {
    private Unary() {}

    // CPython: libmpdec mpd_qplus; _pydecimal.py Decimal.__pos__
    static PyDecimal plus(PyDecimal a, Calc c) {
        PyDecimal nan = c.checkNaN(a);
        if (nan != null) {
            return nan;
        }
        if (a.isZero() && c.ctx.round != Rounding.FLOOR) {
            return c.fix(0, BigInteger.ZERO, a.exp);
        }
        return c.fix(a);
    }

    // CPython: libmpdec mpd_qminus; _pydecimal.py Decimal.__neg__
    static PyDecimal minus(PyDecimal a, Calc c) {
        PyDecimal nan = c.checkNaN(a);
        if (nan != null) {
            return nan;
        }
        if (a.isZero() && c.ctx.round != Rounding.FLOOR) {
            return c.fix(0, BigInteger.ZERO, a.exp);
        }
        return c.fix(negate(a));
    }

    // CPython: libmpdec mpd_qabs
    static PyDecimal abs(PyDecimal a, Calc c) {
        PyDecimal nan = c.checkNaN(a);
        if (nan != null) {
            return nan;
        }
        return a.sign == 1 ? minus(a, c) : plus(a, c);
    }

    /** The value with the other sign (no rounding). */
    static PyDecimal negate(PyDecimal a) {
        return new PyDecimal(PyDecimal.TYPE, a.sign ^ 1, a.coef, a.exp, a.kind);
    }

    /** The value with sign 0 (no rounding). */
    static PyDecimal copyAbs(PyDecimal a) {
        return a.sign == 0 && a.type() == PyDecimal.TYPE ? a
                : new PyDecimal(PyDecimal.TYPE, 0, a.coef, a.exp, a.kind);
    }

    /**
     * The value rounded to an integer by {@code mode}, as a Python int.
     * CPython: _decimal.c dec_as_long
     */
    static PyObject toInt(PyDecimal a, int mode) {
        if (a.isNaN()) {
            throw PyExceptions.valueError("cannot convert NaN to integer");
        }
        if (a.kind == PyDecimal.INF) {
            throw PyExceptions.overflowError("cannot convert Infinity to integer");
        }
        BigInteger v;
        if (a.exp >= 0) {
            v = Digits.shiftLeft(a.coef, a.exp);
        } else {
            v = Rounding.rescale(a, 0, mode, new Calc(null)).coef;
        }
        return PyInt.of(a.sign == 1 ? v.negate() : v);
    }

    /**
     * The value rounded to exponent 0 when it is below; Inexact and Rounded only when
     * {@code exact}. CPython: libmpdec mpd_qround_to_intx / mpd_qround_to_int
     */
    static PyDecimal toIntegral(PyDecimal a, int mode, boolean exact, Calc c) {
        if (a.kind != PyDecimal.FINITE) {
            PyDecimal nan = c.checkNaN(a);
            return nan != null ? nan : a;
        }
        if (a.exp >= 0) {
            return a;
        }
        if (a.coef.signum() == 0) {
            // A zero has nothing to round: no flags (libmpdec _mpd_qround_to_integral).
            return PyDecimal.finite(a.sign, BigInteger.ZERO, 0);
        }
        boolean before = c.inexactFlag;
        c.inexactFlag = false;
        PyDecimal r = Rounding.rescale(a, 0, mode, c);
        if (exact) {
            c.status |= Signals.ROUNDED | (c.inexactFlag ? Signals.INEXACT : 0);
        }
        c.inexactFlag |= before;
        return r;
    }
}
