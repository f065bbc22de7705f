package dev.krait.modules.decimal;

import dev.krait.objects.Attributes;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyComplex;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.runtime.ThreadState;
import java.math.BigInteger;

/**
 * Ordering Decimals among themselves and against ints, floats, Fractions (any
 * {@code numbers.Rational}) and complex numbers with a zero imaginary part, and the hash that
 * makes a Decimal equal to an int, float or Fraction hash as that number does.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c {@code dec_richcompare},
 * {@code convert_op_cmp}, {@code _dec_hash}; libmpdec {@code mpd_qcmp}, {@code mpd_cmp}.
 */
final class Comparison {
    private Comparison() {}

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(61)
            .subtract(BigInteger.ONE);
    private static final BigInteger TEN_INVERSE = BigInteger.TEN.modInverse(MODULUS);
    private static final long HASH_INF = 314159;

    /**
     * -1, 0 or 1 for two values that are not NaNs: infinities at the ends, zeros equal
     * whatever their sign and exponent. CPython: libmpdec _mpd_cmp
     */
    static int cmp(PyDecimal a, PyDecimal b) {
        if (a.kind == PyDecimal.INF || b.kind == PyDecimal.INF) {
            int x = a.kind == PyDecimal.INF ? (a.sign == 0 ? 1 : -1) : 0;
            int y = b.kind == PyDecimal.INF ? (b.sign == 0 ? 1 : -1) : 0;
            if (x != 0 && y != 0) {
                return Integer.compare(x, y);
            }
            return x != 0 ? x : -y;
        }
        boolean aZero = a.coef.signum() == 0;
        boolean bZero = b.coef.signum() == 0;
        if (aZero && bZero) {
            return 0;
        }
        if (aZero) {
            return b.sign == 0 ? -1 : 1;
        }
        if (bZero) {
            return a.sign == 0 ? 1 : -1;
        }
        if (a.sign != b.sign) {
            return a.sign == 0 ? 1 : -1;
        }
        int m = compareMagnitude(a, b);
        return a.sign == 0 ? m : -m;
    }

    /** |a| against |b| for finite nonzero values. */
    static int compareMagnitude(PyDecimal a, PyDecimal b) {
        long aa = a.adjusted();
        long ba = b.adjusted();
        if (aa != ba) {
            return aa > ba ? 1 : -1;
        }
        long e = Math.min(a.exp, b.exp);
        return Digits.shiftLeft(a.coef, a.exp - e).compareTo(Digits.shiftLeft(b.coef, b.exp - e));
    }

    /**
     * A comparison operator: NotImplemented for foreign types, False (or True for !=) with
     * NaNs, InvalidOperation for ordering NaNs or any comparison with a signalling NaN.
     * CPython: _decimal.c dec_richcompare
     */
    static PyObject richCompare(PyDecimal v, PyObject w, CompareOp op) {
        PyDecContext ctx = DecimalModule.current();
        PyDecimal a = v;
        PyDecimal b;
        if (w instanceof PyDecimal d) {
            b = d;
        } else if (w instanceof PyInt i) {
            b = DecimalConstruct.fromInt(i);
        } else if (w instanceof PyFloat f) {
            floatOperation(ctx, op);
            b = DecimalConstruct.fromDouble(f.value);
        } else if (w instanceof PyComplex z && (op == CompareOp.EQ || op == CompareOp.NE)) {
            if (z.imag != 0.0) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            floatOperation(ctx, op);
            b = DecimalConstruct.fromDouble(z.real);
        } else if (isRational(w)) {
            b = PyDecimal.required(Attributes.getAttr(w, "numerator"));
            if (a.kind == PyDecimal.FINITE) {
                PyDecimal den = PyDecimal.required(Attributes.getAttr(w, "denominator"));
                a = PyDecimal.finite(a.sign, a.coef.multiply(den.coef.abs()), a.exp);
            }
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (a.isNaN() || b.isNaN()) {
            if (a.kind == PyDecimal.SNAN || b.kind == PyDecimal.SNAN
                    || (op != CompareOp.EQ && op != CompareOp.NE)) {
                ctx.addStatus(Signals.INVALID_OPERATION);
            }
            return PyBool.of(op == CompareOp.NE);
        }
        int r = cmp(a, b);
        return PyBool.of(switch (op) {
            case EQ -> r == 0;
            case NE -> r != 0;
            case LT -> r < 0;
            case LE -> r <= 0;
            case GT -> r > 0;
            case GE -> r >= 0;
        });
    }

    /** Mixing with a float: signalled for ordering, only flagged for (in)equality. */
    private static void floatOperation(PyDecContext ctx, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            ctx.addStatus(Signals.FLOAT_OPERATION);
        } else {
            ctx.status |= Signals.FLOAT_OPERATION;
        }
    }

    private static boolean isRational(PyObject w) {
        PyObject numbers = ThreadState.current().interpreter.importer().importModule("numbers");
        return Ops.isInstance(w, Attributes.getAttr(numbers, "Rational"));
    }

    /**
     * The hash of a finite or infinite value: coefficient * 10**exp modulo 2**61 - 1, as
     * int, float and Fraction hash. CPython: _decimal.c _dec_hash
     */
    static long hash(PyDecimal d) {
        if (d.kind == PyDecimal.INF) {
            return d.sign == 0 ? HASH_INF : -HASH_INF;
        }
        BigInteger expHash = d.exp >= 0
                ? BigInteger.TEN.modPow(BigInteger.valueOf(d.exp), MODULUS)
                : TEN_INVERSE.modPow(BigInteger.valueOf(-d.exp), MODULUS);
        long h = d.coef.multiply(expHash).mod(MODULUS).longValue();
        if (d.sign == 1) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }
}
