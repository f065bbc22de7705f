package dev.krait.modules.decimal;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;

/**
 * The operations a {@code decimal.Context} offers as methods ({@code ctx.add(x, y)} and so
 * on): the same arithmetic as the operators, under this context instead of the current one,
 * with ints accepted and other operands refused with a TypeError.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c {@code ctx_mpd_*},
 * {@code context_copy}, {@code ctx_create_decimal}.
 */
public final class ContextMethods {
    private ContextMethods() {}

    private interface Op2 {
        PyDecimal apply(PyDecimal a, PyDecimal b, Calc c);
    }

    private static PyObject binary(PyDecContext ctx, PyObject x, PyObject y, Op2 op) {
        PyDecimal a = PyDecimal.required(x);
        PyDecimal b = PyDecimal.required(y);
        Calc c = new Calc(ctx);
        return c.finish(op.apply(a, b, c));
    }

    @Exposed("add($self, x, y, /)")
    public static PyObject add(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, Arithmetic::add);
    }

    @Exposed("subtract($self, x, y, /)")
    public static PyObject subtract(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, Arithmetic::subtract);
    }

    @Exposed("multiply($self, x, y, /)")
    public static PyObject multiply(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, Arithmetic::multiply);
    }

    @Exposed("divide($self, x, y, /)")
    public static PyObject divide(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, Arithmetic::divide);
    }

    @Exposed("divide_int($self, x, y, /)")
    public static PyObject divide_int(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, Arithmetic::divideInteger);
    }

    @Exposed("remainder($self, x, y, /)")
    public static PyObject remainder(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, Arithmetic::remainder);
    }

    @Exposed("compare($self, x, y, /)")
    public static PyObject compare(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, DecimalMethods::compare);
    }

    @Exposed("quantize($self, x, y, /)")
    public static PyObject quantize(PyDecContext self, PyObject x, PyObject y) {
        return binary(self, x, y, (a, b, c) -> Arithmetic.quantize(a, b, c.ctx.round, c));
    }

    @Exposed("divmod($self, x, y, /)")
    public static PyObject divmod(PyDecContext self, PyObject x, PyObject y) {
        PyDecimal a = PyDecimal.required(x);
        PyDecimal b = PyDecimal.required(y);
        Calc c = new Calc(self);
        PyDecimal[] qr = Arithmetic.divmod(a, b, c);
        return c.finish(qr[0], qr[1]);
    }

    @Exposed("plus($self, x, /)")
    public static PyObject plus(PyDecContext self, PyObject x) {
        Calc c = new Calc(self);
        return c.finish(Unary.plus(PyDecimal.required(x), c));
    }

    @Exposed("minus($self, x, /)")
    public static PyObject minus(PyDecContext self, PyObject x) {
        Calc c = new Calc(self);
        return c.finish(Unary.minus(PyDecimal.required(x), c));
    }

    @Exposed("abs($self, x, /)")
    public static PyObject abs(PyDecContext self, PyObject x) {
        Calc c = new Calc(self);
        return c.finish(Unary.abs(PyDecimal.required(x), c));
    }

    @Exposed("to_sci_string($self, x, /)")
    public static String to_sci_string(PyDecContext self, PyObject x) {
        return DecimalText.toString(PyDecimal.required(x), false, self.capitals == 1);
    }

    @Exposed("to_eng_string($self, x, /)")
    public static String to_eng_string(PyDecContext self, PyObject x) {
        return DecimalText.toString(PyDecimal.required(x), true, self.capitals == 1);
    }

    @Exposed("Etiny($self, /)")
    public static long Etiny(PyDecContext self) {
        return self.etiny();
    }

    @Exposed("Etop($self, /)")
    public static long Etop(PyDecContext self) {
        return self.etop();
    }

    @Exposed("radix($self, /)")
    public static PyObject radix(PyDecContext self) {
        return PyDecimal.finite(0, java.math.BigInteger.TEN, 0);
    }

    @Exposed("clear_flags($self, /)")
    public static void clear_flags(PyDecContext self) {
        self.status = 0;
    }

    @Exposed("clear_traps($self, /)")
    public static void clear_traps(PyDecContext self) {
        self.traps = 0;
    }

    // CPython: _decimal.c context_copy
    @Exposed("copy($self, /)")
    public static PyObject copy(PyDecContext self) {
        return self.copy();
    }

    @Exposed(value = "__copy__($self, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject __copy__(PyDecContext self) {
        return self.copy();
    }

    /**
     * A Decimal from {@code num}, rounded to this context; a NaN payload too long for it is
     * a conversion syntax error. CPython: _decimal.c ctx_create_decimal (PyDecType_FromObject)
     */
    @Exposed("create_decimal($self, num=\"0\", /)")
    public static PyObject create_decimal(PyDecContext self, PyObject num) {
        if (num instanceof PyFloat) {
            self.addStatus(Signals.FLOAT_OPERATION);
        }
        PyDecimal d;
        if (num instanceof PyFloat f) {
            d = DecimalConstruct.fromDouble(f.value);
        } else if (num instanceof PyStr || num instanceof PyTuple
                || num instanceof dev.krait.objects.PyList) {
            // No stripping of whitespace here (CPython: PyDecType_FromUnicode), and the
            // value rounds to this context instead of having to be exact.
            String text = num instanceof PyStr s ? s.value()
                    : DecimalConstruct.tupleAsString(num);
            d = DecimalConstruct.parse(text, false);
            if (d == null) {
                self.addStatus(Signals.CONVERSION_SYNTAX);
                return PyDecimal.NAN_VALUE;
            }
        } else {
            d = PyDecimal.exact(num, self);
        }
        return round(self, d, num instanceof PyStr);
    }

    // CPython: _decimal.c ctx_from_float
    @Exposed("create_decimal_from_float($self, f, /)")
    public static PyObject create_decimal_from_float(PyDecContext self, PyObject f) {
        PyDecimal d;
        if (f instanceof PyInt i) {
            d = DecimalConstruct.fromInt(i);
        } else if (f instanceof PyFloat x) {
            d = DecimalConstruct.fromDouble(x.value);
        } else {
            throw PyExceptions.typeError("argument must be int or float");
        }
        return round(self, d, false);
    }

    private static PyDecimal round(PyDecContext ctx, PyDecimal d, boolean fromString) {
        Calc c = new Calc(ctx);
        if (d.isNaN() && d.coef.signum() != 0
                && Digits.count(d.coef) > ctx.prec - ctx.clamp) {
            return c.finish(c.invalid(Signals.CONVERSION_SYNTAX));
        }
        return c.finish(d.isNaN() ? d : c.fix(d));
    }
}
