package dev.krait.modules.decimal;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.math.BigInteger;

/**
 * The named methods of {@code decimal.Decimal} that this package implements so far: the
 * predicates, the exact queries ({@code as_tuple}, {@code as_integer_ratio},
 * {@code adjusted}), sign copies, {@code compare}, {@code quantize}, the integral roundings,
 * {@code to_eng_string}, {@code __round__} and {@code from_float}. Each takes the Decimal
 * first, as the methods of a type's extra method class do.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c {@code dec_mpd_*}, {@code dec_*}.
 */
public final class DecimalMethods {
    private DecimalMethods() {}

    // CPython: _decimal.c dec_from_float
    @Exposed(value = "from_float($type, f, /)", kind = Exposed.Kind.CLASS)
    public static PyObject from_float(PyType cls, PyObject f) {
        PyDecimal d;
        if (f instanceof PyInt i) {
            d = DecimalConstruct.fromInt(i);
        } else if (f instanceof PyFloat x) {
            d = DecimalConstruct.fromDouble(x.value);
        } else {
            throw PyExceptions.typeError("argument must be int or float");
        }
        return cls == PyDecimal.TYPE ? d : Ops.call(cls, d);
    }

    @Exposed("is_nan($self, /)")
    public static boolean is_nan(PyDecimal self) {
        return self.isNaN();
    }

    @Exposed("is_qnan($self, /)")
    public static boolean is_qnan(PyDecimal self) {
        return self.kind == PyDecimal.NAN;
    }

    @Exposed("is_snan($self, /)")
    public static boolean is_snan(PyDecimal self) {
        return self.kind == PyDecimal.SNAN;
    }

    @Exposed("is_infinite($self, /)")
    public static boolean is_infinite(PyDecimal self) {
        return self.kind == PyDecimal.INF;
    }

    @Exposed("is_finite($self, /)")
    public static boolean is_finite(PyDecimal self) {
        return self.kind == PyDecimal.FINITE;
    }

    @Exposed("is_zero($self, /)")
    public static boolean is_zero(PyDecimal self) {
        return self.isZero();
    }

    @Exposed("is_signed($self, /)")
    public static boolean is_signed(PyDecimal self) {
        return self.sign == 1;
    }

    @Exposed("is_canonical($self, /)")
    public static boolean is_canonical(PyDecimal self) {
        return true;
    }

    @Exposed("canonical($self, /)")
    public static PyObject canonical(PyDecimal self) {
        return self;
    }

    // CPython: libmpdec mpd_isnormal
    @Exposed("is_normal($self, /, context=None)")
    public static boolean is_normal(PyDecimal self, PyObject context) {
        PyDecContext ctx = DecimalModule.contextArg(context);
        return self.kind == PyDecimal.FINITE && !self.isZero() && self.adjusted() >= ctx.emin;
    }

    // CPython: libmpdec mpd_issubnormal
    @Exposed("is_subnormal($self, /, context=None)")
    public static boolean is_subnormal(PyDecimal self, PyObject context) {
        PyDecContext ctx = DecimalModule.contextArg(context);
        return self.kind == PyDecimal.FINITE && !self.isZero() && self.adjusted() < ctx.emin;
    }

    @Exposed("adjusted($self, /)")
    public static long adjusted(PyDecimal self) {
        return self.adjusted();
    }

    @Exposed("radix($self, /)")
    public static PyObject radix(PyDecimal self) {
        return PyDecimal.finite(0, BigInteger.TEN, 0);
    }

    // CPython: _decimal.c PyDec_AsTuple
    @Exposed("as_tuple($self, /)")
    public static PyObject as_tuple(PyDecimal self) {
        int[] digits = DecimalText.coefficientDigits(self);
        PyObject[] items = new PyObject[digits.length];
        for (int i = 0; i < digits.length; i++) {
            items[i] = PyInt.of(digits[i]);
        }
        PyObject exp = switch (self.kind) {
            case PyDecimal.INF -> PyStr.of("F");
            case PyDecimal.NAN -> PyStr.of("n");
            case PyDecimal.SNAN -> PyStr.of("N");
            default -> PyInt.of(self.exp);
        };
        return Ops.call(DecimalModule.decimalTuple(), PyInt.of(self.sign),
                PyTuple.of(items), exp);
    }

    // CPython: _decimal.c dec_as_integer_ratio
    @Exposed("as_integer_ratio($self, /)")
    public static PyObject as_integer_ratio(PyDecimal self) {
        if (self.isNaN()) {
            throw PyExceptions.valueError("cannot convert NaN to integer ratio");
        }
        if (self.kind == PyDecimal.INF) {
            throw PyExceptions.overflowError("cannot convert Infinity to integer ratio");
        }
        BigInteger n = self.coef;
        BigInteger d = BigInteger.ONE;
        if (self.exp >= 0) {
            n = Digits.shiftLeft(n, self.exp);
        } else {
            d = Digits.pow10(-self.exp);
            BigInteger g = n.gcd(d);
            if (g.signum() != 0) {
                n = n.divide(g);
                d = d.divide(g);
            }
        }
        return PyTuple.of(PyInt.of(self.sign == 1 ? n.negate() : n), PyInt.of(d));
    }

    @Exposed("copy_abs($self, /)")
    public static PyObject copy_abs(PyDecimal self) {
        return Unary.copyAbs(self);
    }

    @Exposed("copy_negate($self, /)")
    public static PyObject copy_negate(PyDecimal self) {
        return Unary.negate(self);
    }

    // CPython: _decimal.c dec_mpd_qcopy_sign
    @Exposed("copy_sign($self, /, other, context=None)")
    public static PyObject copy_sign(PyDecimal self, PyObject other, PyObject context) {
        DecimalModule.contextArg(context);
        PyDecimal b = PyDecimal.required(other);
        return new PyDecimal(PyDecimal.TYPE, b.sign, self.coef, self.exp, self.kind);
    }

    // CPython: libmpdec mpd_qcompare
    @Exposed("compare($self, /, other, context=None)")
    public static PyObject compare(PyDecimal self, PyObject other, PyObject context) {
        Calc c = new Calc(DecimalModule.contextArg(context));
        return c.finish(compare(self, PyDecimal.required(other), c));
    }

    static PyDecimal compare(PyDecimal a, PyDecimal b, Calc c) {
        PyDecimal nan = c.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        int r = Comparison.cmp(a, b);
        return PyDecimal.finite(r < 0 ? 1 : 0, BigInteger.valueOf(r == 0 ? 0 : 1), 0);
    }

    // CPython: libmpdec mpd_same_quantum
    @Exposed("same_quantum($self, /, other, context=None)")
    public static boolean same_quantum(PyDecimal self, PyObject other, PyObject context) {
        DecimalModule.contextArg(context);
        PyDecimal b = PyDecimal.required(other);
        if (self.kind != PyDecimal.FINITE || b.kind != PyDecimal.FINITE) {
            return (self.isNaN() && b.isNaN())
                    || (self.kind == PyDecimal.INF && b.kind == PyDecimal.INF);
        }
        return self.exp == b.exp;
    }

    // CPython: _decimal.c dec_mpd_qquantize
    @Exposed("quantize($self, /, exp, rounding=None, context=None)")
    public static PyObject quantize(PyDecimal self, PyObject exp, PyObject rounding,
            PyObject context) {
        PyDecContext ctx = DecimalModule.contextArg(context);
        int mode = rounding == PyNone.NONE ? ctx.round : PyDecContext.roundingOf(rounding);
        Calc c = new Calc(ctx);
        return c.finish(Arithmetic.quantize(self, PyDecimal.required(exp), mode, c));
    }

    @Exposed("to_integral($self, /, rounding=None, context=None)")
    public static PyObject to_integral(PyDecimal self, PyObject rounding, PyObject context) {
        return integral(self, rounding, context, false);
    }

    @Exposed("to_integral_value($self, /, rounding=None, context=None)")
    public static PyObject to_integral_value(PyDecimal self, PyObject rounding,
            PyObject context) {
        return integral(self, rounding, context, false);
    }

    @Exposed("to_integral_exact($self, /, rounding=None, context=None)")
    public static PyObject to_integral_exact(PyDecimal self, PyObject rounding,
            PyObject context) {
        return integral(self, rounding, context, true);
    }

    private static PyObject integral(PyDecimal self, PyObject rounding, PyObject context,
            boolean exact) {
        PyDecContext ctx = DecimalModule.contextArg(context);
        int mode = rounding == PyNone.NONE ? ctx.round : PyDecContext.roundingOf(rounding);
        Calc c = new Calc(ctx);
        return c.finish(Unary.toIntegral(self, mode, exact, c));
    }

    // CPython: _decimal.c dec_mpd_to_eng
    @Exposed("to_eng_string($self, /, context=None)")
    public static String to_eng_string(PyDecimal self, PyObject context) {
        PyDecContext ctx = DecimalModule.contextArg(context);
        return DecimalText.toString(self, true, ctx.capitals == 1);
    }

    /**
     * round(d) rounds half-even to an int; round(d, n) quantizes to 10**-n under the
     * context's rounding. CPython: _decimal.c PyDec_Round
     */
    @Exposed(value = "__round__($self, ndigits=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject __round__(PyDecimal self, PyObject ndigits) {
        PyDecContext ctx = DecimalModule.current();
        if (ndigits == null) {
            return Unary.toInt(self, Rounding.HALF_EVEN);
        }
        if (!(ndigits instanceof PyInt n)) {
            throw PyExceptions.typeError("optional arg must be an integer");
        }
        long y = dev.krait.objects.CArgs.intAsSsizeT(n);
        Calc c = new Calc(ctx);
        PyDecimal q = PyDecimal.finite(0, BigInteger.ONE, -y);
        return c.finish(Arithmetic.quantize(self, q, ctx.round, c));
    }

    // CPython: _decimal.c dec_format
    @Exposed(value = "__format__($self, format_spec, override=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject __format__(PyDecimal self, PyObject formatSpec, PyObject override) {
        return DecimalFormatting.format(self, formatSpec, override);
    }

    @Exposed("conjugate($self, /)")
    public static PyObject conjugate(PyDecimal self) {
        return self;
    }

    @Exposed.Getter("real")
    public static PyObject real(PyDecimal self) {
        return self;
    }

    @Exposed.Getter("imag")
    public static PyObject imag(PyDecimal self) {
        return PyDecimal.finite(0, BigInteger.ZERO, 0);
    }

    @Exposed(value = "__complex__($self, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject __complex__(PyDecimal self) {
        return new dev.krait.objects.PyComplex(self.__float__(), 0.0);
    }
}
