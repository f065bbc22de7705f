package dev.krait.modules.math;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.FloatMath;
import dev.krait.objects.Libm;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module and its one-argument elementary functions. Each goes through
 * {@link #math1} as CPython's {@code math_1} does: a NaN from a non-NaN argument is "math domain
 * error", an infinity from a finite one is "math range error" (OverflowError) for functions that
 * can overflow and "math domain error" (a singularity) for the others. The values come from the
 * very libm CPython calls ({@link Libm}), so they are CPython's bit for bit.
 *
 * <p>CPython counterpart: Modules/mathmodule.c {@code math_1}, {@code FUNC1}, {@code math_exec}.
 */
@NativeModule.Register("math")
public final class MathModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("math");
        m.put("__doc__", PyStr.of("This module provides access to the mathematical functions\n"
                + "defined by the C standard."));
        ModuleBuilder.addFunctions(m, MathModule.class);
        ModuleBuilder.addFunctions(m, MathFloats.class);
        ModuleBuilder.addFunctions(m, MathIntegers.class);
        ModuleBuilder.addFunctions(m, MathSpecial.class);
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));
        return m;
    }

    /** {@code PyFloat_AsDouble}. */
    static double toDouble(PyObject x) {
        return FloatMath.asDouble(x);
    }

    static PyException domainError() {
        return PyExceptions.valueError("math domain error");
    }

    static PyException rangeError() {
        return PyExceptions.overflowError("math range error");
    }

    // CPython: Modules/mathmodule.c math_1_to_whatever
    static PyObject math1(PyObject arg, DoubleUnaryOperator f, boolean canOverflow) {
        double x = toDouble(arg);
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return new PyFloat(r);
    }

    @Exposed(value = "acos($module, x, /)", doc = "Return the arc cosine (measured in radians) "
            + "of x.\n\nThe result is between 0 and pi.")
    public static PyObject acos(PyObject x) {
        return math1(x, Libm::acos, false);
    }

    @Exposed(value = "acosh($module, x, /)", doc = "Return the inverse hyperbolic cosine of x.")
    public static PyObject acosh(PyObject x) {
        return math1(x, Libm::acosh, false);
    }

    @Exposed(value = "asin($module, x, /)", doc = "Return the arc sine (measured in radians) "
            + "of x.\n\nThe result is between -pi/2 and pi/2.")
    public static PyObject asin(PyObject x) {
        return math1(x, Libm::asin, false);
    }

    @Exposed(value = "asinh($module, x, /)", doc = "Return the inverse hyperbolic sine of x.")
    public static PyObject asinh(PyObject x) {
        return math1(x, Libm::asinh, false);
    }

    @Exposed(value = "atan($module, x, /)", doc = "Return the arc tangent (measured in radians) "
            + "of x.\n\nThe result is between -pi/2 and pi/2.")
    public static PyObject atan(PyObject x) {
        return math1(x, Libm::atan, false);
    }

    @Exposed(value = "atanh($module, x, /)", doc = "Return the inverse hyperbolic tangent of x.")
    public static PyObject atanh(PyObject x) {
        return math1(x, Libm::atanh, false);
    }

    @Exposed(value = "cbrt($module, x, /)", doc = "Return the cube root of x.")
    public static PyObject cbrt(PyObject x) {
        return math1(x, Libm::cbrt, false);
    }

    @Exposed(value = "cos($module, x, /)", doc = "Return the cosine of x (measured in radians).")
    public static PyObject cos(PyObject x) {
        return math1(x, Libm::cos, false);
    }

    @Exposed(value = "cosh($module, x, /)", doc = "Return the hyperbolic cosine of x.")
    public static PyObject cosh(PyObject x) {
        return math1(x, Libm::cosh, true);
    }

    @Exposed(value = "exp($module, x, /)", doc = "Return e raised to the power of x.")
    public static PyObject exp(PyObject x) {
        return math1(x, Libm::exp, true);
    }

    @Exposed(value = "exp2($module, x, /)", doc = "Return 2 raised to the power of x.")
    public static PyObject exp2(PyObject x) {
        return math1(x, Libm::exp2, true);
    }

    @Exposed(value = "expm1($module, x, /)", doc = "Return exp(x)-1.\n\nThis function avoids "
            + "the loss of precision involved in the direct evaluation of exp(x)-1 for small x.")
    public static PyObject expm1(PyObject x) {
        return math1(x, Libm::expm1, true);
    }

    @Exposed(value = "fabs($module, x, /)", doc = "Return the absolute value of the float x.")
    public static PyObject fabs(PyObject x) {
        return math1(x, Math::abs, false);
    }

    @Exposed(value = "sin($module, x, /)", doc = "Return the sine of x (measured in radians).")
    public static PyObject sin(PyObject x) {
        return math1(x, Libm::sin, false);
    }

    @Exposed(value = "sinh($module, x, /)", doc = "Return the hyperbolic sine of x.")
    public static PyObject sinh(PyObject x) {
        return math1(x, Libm::sinh, true);
    }

    @Exposed(value = "sqrt($module, x, /)", doc = "Return the square root of x.")
    public static PyObject sqrt(PyObject x) {
        return math1(x, Math::sqrt, false);
    }

    @Exposed(value = "tan($module, x, /)", doc = "Return the tangent of x (measured in radians).")
    public static PyObject tan(PyObject x) {
        return math1(x, Libm::tan, false);
    }

    @Exposed(value = "tanh($module, x, /)", doc = "Return the hyperbolic tangent of x.")
    public static PyObject tanh(PyObject x) {
        return math1(x, Libm::tanh, false);
    }
}
