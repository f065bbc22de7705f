package dev.krait.modules.decimal;

import java.math.BigInteger;

/**
 * One operation in progress: the context it works under and the conditions it has met so
 * far. libmpdec passes a {@code uint32_t *status} through every routine and the module adds
 * it to the context once ({@code dec_addstatus}); a Calc is that status word, so that all
 * flags are set before a trapped one raises, exactly as in CPython.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c {@code dec_addstatus} and the
 * {@code uint32_t status} of each {@code mpd_q*} call.
 */
final class Calc {
    final PyDecContext ctx;
    /** The conditions met (libmpdec status bits, {@link Signals}). */
    int status;
    /** Set by {@link Rounding#rescale} when it dropped nonzero digits. */
    boolean inexactFlag;

    Calc(PyDecContext ctx) {
        this.ctx = ctx;
    }

    /** Adds the conditions to the context; raises the trapped ones. Returns {@code result}. */
    PyDecimal finish(PyDecimal result) {
        ctx.addStatus(status);
        return result.asExact();
    }

    /** The pair a divmod returns, after adding the conditions to the context. */
    dev.krait.objects.PyTuple finish(PyDecimal q, PyDecimal r) {
        ctx.addStatus(status);
        return dev.krait.objects.PyTuple.of(q.asExact(), r.asExact());
    }

    /** Records {@code condition} and returns the quiet NaN an invalid operation gives. */
    PyDecimal invalid(int condition) {
        status |= condition;
        return PyDecimal.NAN_VALUE;
    }

    /** A signed infinity. */
    static PyDecimal infinity(int sign) {
        return sign == 0 ? PyDecimal.INFINITY : PyDecimal.NEG_INFINITY;
    }

    /**
     * The NaN result when either operand is a NaN, else null: a signalling NaN gives its
     * quiet self and InvalidOperation, the first operand's NaN wins over the second's.
     * CPython: libmpdec mpd_qcheck_nans; _pydecimal.py Decimal._check_nans
     */
    PyDecimal checkNaNs(PyDecimal a, PyDecimal b) {
        if (!a.isNaN() && !b.isNaN()) {
            return null;
        }
        PyDecimal chosen;
        if (a.kind == PyDecimal.SNAN) {
            status |= Signals.INVALID_OPERATION;
            chosen = a;
        } else if (b.kind == PyDecimal.SNAN) {
            status |= Signals.INVALID_OPERATION;
            chosen = b;
        } else {
            chosen = a.isNaN() ? a : b;
        }
        return quiet(chosen);
    }

    /** One operand's NaN check. */
    PyDecimal checkNaN(PyDecimal a) {
        if (!a.isNaN()) {
            return null;
        }
        if (a.kind == PyDecimal.SNAN) {
            status |= Signals.INVALID_OPERATION;
        }
        return quiet(a);
    }

    /** The NaN as a quiet NaN, its payload cut to what the context allows. */
    PyDecimal quiet(PyDecimal nan) {
        PyDecimal q = nan.kind == PyDecimal.NAN ? nan
                : PyDecimal.special(nan.sign, PyDecimal.NAN, nan.coef);
        return Rounding.fixNaN(q, ctx);
    }

    /** {@code d} fitted into the context (rounded, clamped). */
    PyDecimal fix(PyDecimal d) {
        return Rounding.fix(d, ctx, this);
    }

    /** A finite result built and fitted into the context. */
    PyDecimal fix(int sign, BigInteger coef, long exp) {
        return Rounding.fix(PyDecimal.finite(sign, coef, exp), ctx, this);
    }
}
