package dev.krait.modules.decimal;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyObject;

/**
 * The named operations of {@code decimal.Decimal} beyond the basic arithmetic: total
 * comparisons, max/min, the neighbours, normalize, the digit-wise operations, fma and
 * remainder_near. Each runs under the {@code context} argument or the current context and
 * adds its conditions to that context.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c {@code dec_mpd_q*} (the
 * {@code Dec_BinaryFuncVA}, {@code Dec_UnaryFuncVA}, {@code Dec_TernaryFuncVA} methods).
 */
public final class DecimalOperations {
    private DecimalOperations() {}

    interface Op1 {
        PyDecimal apply(PyDecimal a, Calc c);
    }

    interface Op2 {
        PyDecimal apply(PyDecimal a, PyDecimal b, Calc c);
    }

    private static PyObject unary(PyDecimal self, PyObject context, Op1 op) {
        Calc c = new Calc(DecimalModule.contextArg(context));
        return c.finish(op.apply(self, c));
    }

    private static PyObject binary(PyDecimal self, PyObject other, PyObject context, Op2 op) {
        PyDecContext ctx = DecimalModule.contextArg(context);
        PyDecimal b = PyDecimal.required(other);
        Calc c = new Calc(ctx);
        return c.finish(op.apply(self, b, c));
    }

    @Exposed("compare_signal($self, /, other, context=None)")
    public static PyObject compare_signal(PyDecimal self, PyObject other, PyObject context) {
        return binary(self, other, context, Ordering::compareSignal);
    }

    @Exposed("compare_total($self, /, other, context=None)")
    public static PyObject compare_total(PyDecimal self, PyObject other, PyObject context) {
        return binary(self, other, context, (a, b, c) -> Ordering.compareTotal(a, b));
    }

    @Exposed("compare_total_mag($self, /, other, context=None)")
    public static PyObject compare_total_mag(PyDecimal self, PyObject other,
            PyObject context) {
        return binary(self, other, context, (a, b, c) -> Ordering.compareTotalMag(a, b));
    }

    @Exposed("max($self, /, other, context=None)")
    public static PyObject max(PyDecimal self, PyObject other, PyObject context) {
        return binary(self, other, context, (a, b, c) -> Ordering.select(a, b, true, false, c));
    }

    @Exposed("min($self, /, other, context=None)")
    public static PyObject min(PyDecimal self, PyObject other, PyObject context) {
        return binary(self, other, context,
                (a, b, c) -> Ordering.select(a, b, false, false, c));
    }

    @Exposed("max_mag($self, /, other, context=None)")
    public static PyObject max_mag(PyDecimal self, PyObject other, PyObject context) {
        return binary(self, other, context, (a, b, c) -> Ordering.select(a, b, true, true, c));
    }

    @Exposed("min_mag($self, /, other, context=None)")
    public static PyObject min_mag(PyDecimal self, PyObject other, PyObject context) {
        return binary(self, other, context, (a, b, c) -> Ordering.select(a, b, false, true, c));
    }

    @Exposed("next_plus($self, /, context=None)")
    public static PyObject next_plus(PyDecimal self, PyObject context) {
        return unary(self, context, (a, c) -> Neighbours.next(a, true, c));
    }

    @Exposed("next_minus($self, /, context=None)")
    public static PyObject next_minus(PyDecimal self, PyObject context) {
        return unary(self, context, (a, c) -> Neighbours.next(a, false, c));
    }

    @Exposed("next_toward($self, /, other, context=None)")
    public static PyObject next_toward(PyDecimal self, PyObject other, PyObject context) {
        return binary(self, other, context, Neighbours::nextToward);
    }

    @Exposed("normalize($self, /, context=None)")
    public static PyObject normalize(PyDecimal self, PyObject context) {
        return unary(self, context, Neighbours::normalize);
    }

    @Exposed("number_class($self, /, context=None)")
    public static String number_class(PyDecimal self, PyObject context) {
        return Neighbours.numberClass(self, DecimalModule.contextArg(context));
    }

    @Exposed("logb($self, /, context=None)")
    public static PyObject logb(PyDecimal self, PyObject context) {
        return unary(self, context, Neighbours::logb);
    }

    @Exposed("scaleb($self, /, other, context=None)")
    public static PyObject scaleb(PyDecimal self, PyObject other, PyObject context) {
        return binary(self, other, context, Neighbours::scaleb);
    }

    @Exposed("shift($self, /, other, context=None)")
    public static PyObject shift(PyDecimal self, PyObject other, PyObject context) {
        return binary(self, other, context, DigitWise::shift);
    }

    @Exposed("rotate($self, /, other, context=None)")
    public static PyObject rotate(PyDecimal self, PyObject other, PyObject context) {
        return binary(self, other, context, DigitWise::rotate);
    }

    @Exposed("logical_and($self, /, other, context=None)")
    public static PyObject logical_and(PyDecimal self, PyObject other, PyObject context) {
        return binary(self, other, context, (a, b, c) -> DigitWise.logical(a, b, 'a', c));
    }

    @Exposed("logical_or($self, /, other, context=None)")
    public static PyObject logical_or(PyDecimal self, PyObject other, PyObject context) {
        return binary(self, other, context, (a, b, c) -> DigitWise.logical(a, b, 'o', c));
    }

    @Exposed("logical_xor($self, /, other, context=None)")
    public static PyObject logical_xor(PyDecimal self, PyObject other, PyObject context) {
        return binary(self, other, context, (a, b, c) -> DigitWise.logical(a, b, 'x', c));
    }

    @Exposed("logical_invert($self, /, context=None)")
    public static PyObject logical_invert(PyDecimal self, PyObject context) {
        return unary(self, context, DigitWise::invert);
    }

    @Exposed("remainder_near($self, /, other, context=None)")
    public static PyObject remainder_near(PyDecimal self, PyObject other, PyObject context) {
        return binary(self, other, context, Arithmetic::remainderNear);
    }

    // CPython: _decimal.c dec_mpd_qfma
    @Exposed("fma($self, /, other, third, context=None)")
    public static PyObject fma(PyDecimal self, PyObject other, PyObject third,
            PyObject context) {
        PyDecContext ctx = DecimalModule.contextArg(context);
        PyDecimal b = PyDecimal.required(other);
        PyDecimal t = PyDecimal.required(third);
        Calc c = new Calc(ctx);
        return c.finish(Arithmetic.fma(self, b, t, c));
    }

    @Exposed("sqrt($self, /, context=None)")
    public static PyObject sqrt(PyDecimal self, PyObject context) {
        return unary(self, context, Transcendental::sqrt);
    }

    @Exposed("exp($self, /, context=None)")
    public static PyObject exp(PyDecimal self, PyObject context) {
        return unary(self, context, Transcendental::exp);
    }

    @Exposed("ln($self, /, context=None)")
    public static PyObject ln(PyDecimal self, PyObject context) {
        return unary(self, context, Transcendental::ln);
    }

    @Exposed("log10($self, /, context=None)")
    public static PyObject log10(PyDecimal self, PyObject context) {
        return unary(self, context, Transcendental::log10);
    }
}
