package dev.krait.modules.decimal;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyObject;

/**
 * The Context methods that mirror {@link DecimalOperations} and the Decimal predicates:
 * {@code ctx.max(x, y)}, {@code ctx.is_zero(x)}, {@code ctx.copy_sign(x, y)} and so on, with
 * ints accepted as operands.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c {@code ctx_mpd_*},
 * {@code DecCtx_BoolFunc}, {@code ctx_iscanonical}, {@code ctx_copy_decimal}.
 */
public final class ContextOperations {
    private ContextOperations() {}

    private static PyObject unary(PyDecContext ctx, PyObject x, DecimalOperations.Op1 op) {
        PyDecimal a = PyDecimal.required(x);
        Calc c = new Calc(ctx);
        return c.finish(op.apply(a, c));
    }

    private static PyObject binary(PyDecContext ctx, PyObject x, PyObject y,
            DecimalOperations.Op2 op) {
        PyDecimal a = PyDecimal.required(x);
        PyDecimal b = PyDecimal.required(y);
        Calc c = new Calc(ctx);
        return c.finish(op.apply(a, b, c));
    }

    @Exposed("compare_signal($self, x, y, /)")
    public static PyObject compare_signal(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, Ordering::compareSignal);
    }

    @Exposed("compare_total($self, x, y, /)")
    public static PyObject compare_total(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, (a, b, c) -> Ordering.compareTotal(a, b));
    }

    @Exposed("compare_total_mag($self, x, y, /)")
    public static PyObject compare_total_mag(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, (a, b, c) -> Ordering.compareTotalMag(a, b));
    }

    @Exposed("max($self, x, y, /)")
    public static PyObject max(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, (a, b, c) -> Ordering.select(a, b, true, false, c));
    }

    @Exposed("min($self, x, y, /)")
    public static PyObject min(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, (a, b, c) -> Ordering.select(a, b, false, false, c));
    }

    @Exposed("max_mag($self, x, y, /)")
    public static PyObject max_mag(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, (a, b, c) -> Ordering.select(a, b, true, true, c));
    }

    @Exposed("min_mag($self, x, y, /)")
    public static PyObject min_mag(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, (a, b, c) -> Ordering.select(a, b, false, true, c));
    }

    @Exposed("next_plus($self, x, /)")
    public static PyObject next_plus(PyDecContext self, PyObject x) {
        return unary(self, x, (a, c) -> Neighbours.next(a, true, c));
    }

    @Exposed("next_minus($self, x, /)")
    public static PyObject next_minus(PyDecContext self, PyObject x) {
        return unary(self, x, (a, c) -> Neighbours.next(a, false, c));
    }

    @Exposed("next_toward($self, x, y, /)")
    public static PyObject next_toward(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, Neighbours::nextToward);
    }

    @Exposed("normalize($self, x, /)")
    public static PyObject normalize(PyDecContext self, PyObject x) {
        return unary(self, x, Neighbours::normalize);
    }

    @Exposed("number_class($self, x, /)")
    public static String number_class(PyDecContext self, PyObject x) {
        return Neighbours.numberClass(PyDecimal.required(x), self);
    }

    @Exposed("logb($self, x, /)")
    public static PyObject logb(PyDecContext self, PyObject x) {
        return unary(self, x, Neighbours::logb);
    }

    @Exposed("scaleb($self, x, y, /)")
    public static PyObject scaleb(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, Neighbours::scaleb);
    }

    @Exposed("shift($self, x, y, /)")
    public static PyObject shift(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, DigitWise::shift);
    }

    @Exposed("rotate($self, x, y, /)")
    public static PyObject rotate(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, DigitWise::rotate);
    }

    @Exposed("logical_and($self, x, y, /)")
    public static PyObject logical_and(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, (a, b, c) -> DigitWise.logical(a, b, 'a', c));
    }

    @Exposed("logical_or($self, x, y, /)")
    public static PyObject logical_or(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, (a, b, c) -> DigitWise.logical(a, b, 'o', c));
    }

    @Exposed("logical_xor($self, x, y, /)")
    public static PyObject logical_xor(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, (a, b, c) -> DigitWise.logical(a, b, 'x', c));
    }

    @Exposed("logical_invert($self, x, /)")
    public static PyObject logical_invert(PyDecContext self, PyObject x) {
        return unary(self, x, DigitWise::invert);
    }

    @Exposed("remainder_near($self, x, y, /)")
    public static PyObject remainder_near(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, Arithmetic::remainderNear);
    }

    @Exposed("fma($self, x, y, z, /)")
    public static PyObject fma(PyDecContext self, PyObject x, PyObject y, PyObject z) {
        PyDecimal a = PyDecimal.required(x);
        PyDecimal b = PyDecimal.required(y);
        PyDecimal t = PyDecimal.required(z);
        Calc c = new Calc(self);
        return c.finish(Arithmetic.fma(a, b, t, c));
    }

    // CPython: _decimal.c PyDecContext_Apply
    @Exposed(value = "_apply($self, x, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject _apply(PyDecContext self, PyObject x) {
        return unary(self, x, (a, c) -> a.isNaN() ? c.quiet(a) : c.fix(a));
    }

    @Exposed("copy_abs($self, x, /)")
    public static PyObject copy_abs(PyDecContext self, PyObject x) {
        return Unary.copyAbs(PyDecimal.required(x));
    }

    @Exposed("copy_negate($self, x, /)")
    public static PyObject copy_negate(PyDecContext self, PyObject x) {
        return Unary.negate(PyDecimal.required(x));
    }

    @Exposed("copy_decimal($self, x, /)")
    public static PyObject copy_decimal(PyDecContext self, PyObject x) {
        return PyDecimal.required(x);
    }

    @Exposed("copy_sign($self, x, y, /)")
    public static PyObject copy_sign(PyDecContext self, PyObject x, PyObject y) {
        PyDecimal a = PyDecimal.required(x);
        PyDecimal b = PyDecimal.required(y);
        return new PyDecimal(PyDecimal.TYPE, b.sign, a.coef, a.exp, a.kind);
    }

    @Exposed("canonical($self, x, /)")
    public static PyObject canonical(PyDecContext self, PyObject x) {
        if (!(x instanceof PyDecimal d)) {
            throw dev.krait.objects.PyExceptions.typeError("argument must be a Decimal");
        }
        return d;
    }

    @Exposed("is_canonical($self, x, /)")
    public static boolean is_canonical(PyDecContext self, PyObject x) {
        if (!(x instanceof PyDecimal)) {
            throw dev.krait.objects.PyExceptions.typeError("argument must be a Decimal");
        }
        return true;
    }

    @Exposed("is_finite($self, x, /)")
    public static boolean is_finite(PyDecContext self, PyObject x) {
        return PyDecimal.required(x).kind == PyDecimal.FINITE;
    }

    @Exposed("is_infinite($self, x, /)")
    public static boolean is_infinite(PyDecContext self, PyObject x) {
        return PyDecimal.required(x).kind == PyDecimal.INF;
    }

    @Exposed("is_nan($self, x, /)")
    public static boolean is_nan(PyDecContext self, PyObject x) {
        return PyDecimal.required(x).isNaN();
    }

    @Exposed("is_qnan($self, x, /)")
    public static boolean is_qnan(PyDecContext self, PyObject x) {
        return PyDecimal.required(x).kind == PyDecimal.NAN;
    }

    @Exposed("is_snan($self, x, /)")
    public static boolean is_snan(PyDecContext self, PyObject x) {
        return PyDecimal.required(x).kind == PyDecimal.SNAN;
    }

    @Exposed("is_signed($self, x, /)")
    public static boolean is_signed(PyDecContext self, PyObject x) {
        return PyDecimal.required(x).sign == 1;
    }

    @Exposed("is_zero($self, x, /)")
    public static boolean is_zero(PyDecContext self, PyObject x) {
        return PyDecimal.required(x).isZero();
    }

    @Exposed("is_normal($self, x, /)")
    public static boolean is_normal(PyDecContext self, PyObject x) {
        return DecimalMethods.is_normal(PyDecimal.required(x), self);
    }

    @Exposed("is_subnormal($self, x, /)")
    public static boolean is_subnormal(PyDecContext self, PyObject x) {
        return DecimalMethods.is_subnormal(PyDecimal.required(x), self);
    }

    @Exposed("same_quantum($self, x, y, /)")
    public static boolean same_quantum(PyDecContext self, PyObject x, PyObject y) {
        return DecimalMethods.same_quantum(PyDecimal.required(x), y, self);
    }

    @Exposed("to_integral($self, x, /)")
    public static PyObject to_integral(PyDecContext self, PyObject x) {
        return unary(self, x, (a, c) -> Unary.toIntegral(a, c.ctx.round, false, c));
    }

    @Exposed("to_integral_value($self, x, /)")
    public static PyObject to_integral_value(PyDecContext self, PyObject x) {
        return to_integral(self, x);
    }

    @Exposed("to_integral_exact($self, x, /)")
    public static PyObject to_integral_exact(PyDecContext self, PyObject x) {
        return unary(self, x, (a, c) -> Unary.toIntegral(a, c.ctx.round, true, c));
    }

    @Exposed("sqrt($self, x, /)")
    public static PyObject sqrt(PyDecContext self, PyObject x) {
        return unary(self, x, Transcendental::sqrt);
    }

    @Exposed("exp($self, x, /)")
    public static PyObject exp(PyDecContext self, PyObject x) {
        return unary(self, x, Transcendental::exp);
    }

    @Exposed("ln($self, x, /)")
    public static PyObject ln(PyDecContext self, PyObject x) {
        return unary(self, x, Transcendental::ln);
    }

    @Exposed("log10($self, x, /)")
    public static PyObject log10(PyDecContext self, PyObject x) {
        return unary(self, x, Transcendental::log10);
    }

    // CPython: _decimal.c ctx_mpd_qpow
    @Exposed("power($self, /, a, b, modulo=None)")
    public static PyObject power(PyDecContext self, PyObject a, PyObject b, PyObject modulo) {
        PyDecimal x = PyDecimal.required(a);
        PyDecimal y = PyDecimal.required(b);
        PyDecimal m = modulo == dev.krait.objects.PyNone.NONE ? null
                : PyDecimal.required(modulo);
        Calc c = new Calc(self);
        return c.finish(m == null ? Power.pow(x, y, c) : Power.powMod(x, y, m, c));
    }
}
