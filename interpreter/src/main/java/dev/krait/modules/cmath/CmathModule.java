package dev.krait.modules.cmath;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.FloatMath;
import dev.krait.objects.Libm;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyComplex;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code cmath} module: the elementary functions of a complex argument, their constants,
 * and the classification and closeness tests. An argument is converted as CPython's
 * {@code PyComplex_AsCComplex} converts it (a complex, {@code __complex__}, or a real number
 * through {@code __float__}/{@code __index__}); the values come from
 * {@link ComplexFunctions}, and an error the computation reports becomes ValueError "math
 * domain error" or OverflowError "math range error", as Argument Clinic's
 * {@code Py_complex_protected} return converter does.
 *
 * <p>CPython counterpart: Modules/cmathmodule.c.
 */
@NativeModule.Register("cmath")
public final class CmathModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("cmath");
        m.put("__doc__", PyStr.of("This module provides access to mathematical functions for "
                + "complex\nnumbers."));
        ModuleBuilder.addFunctions(m, CmathModule.class);
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("infj", new PyComplex(0.0, Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));
        m.put("nanj", new PyComplex(0.0, Double.NaN));
        return m;
    }

    /** An argument as (real, imag). */
    // CPython: Objects/complexobject.c PyComplex_AsCComplex, try_complex_special_method
    static Cx complexArg(PyObject o) {
        if (o instanceof PyComplex c) {
            return new Cx(c.real, c.imag);
        }
        PyObject special = o.type().lookup("__complex__");
        if (special != null) {
            PyObject r = Ops.callDescriptor(special, o);
            if (!(r instanceof PyComplex c)) {
                throw PyExceptions.typeError("__complex__ returned non-complex (type "
                        + r.type().getName() + ")");
            }
            return new Cx(c.real, c.imag);
        }
        return new Cx(FloatMath.asDouble(o), 0.0);
    }

    /** The result, or the exception its error stands for. */
    // CPython: Modules/cmathmodule.c math_error
    static PyObject result(Cx r) {
        if (r.errno() == Cx.EDOM) {
            throw PyExceptions.valueError("math domain error");
        }
        if (r.errno() == Cx.ERANGE) {
            throw PyExceptions.overflowError("math range error");
        }
        return new PyComplex(r.re(), r.im());
    }

    /** One of the complex functions of {@link ComplexFunctions}. */
    @FunctionalInterface
    interface Fn {
        Cx apply(double re, double im);
    }

    private static PyObject call(PyObject z, Fn f) {
        Cx c = complexArg(z);
        return result(f.apply(c.re(), c.im()));
    }

    @Exposed(value = "acos($module, z, /)", doc = "Return the arc cosine of z.")
    public static PyObject acos(PyObject z) {
        return call(z, ComplexFunctions::acos);
    }

    @Exposed(value = "acosh($module, z, /)", doc = "Return the inverse hyperbolic cosine of z.")
    public static PyObject acosh(PyObject z) {
        return call(z, ComplexFunctions::acosh);
    }

    @Exposed(value = "asin($module, z, /)", doc = "Return the arc sine of z.")
    public static PyObject asin(PyObject z) {
        return call(z, ComplexFunctions::asin);
    }

    @Exposed(value = "asinh($module, z, /)", doc = "Return the inverse hyperbolic sine of z.")
    public static PyObject asinh(PyObject z) {
        return call(z, ComplexFunctions::asinh);
    }

    @Exposed(value = "atan($module, z, /)", doc = "Return the arc tangent of z.")
    public static PyObject atan(PyObject z) {
        return call(z, ComplexFunctions::atan);
    }

    @Exposed(value = "atanh($module, z, /)",
            doc = "Return the inverse hyperbolic tangent of z.")
    public static PyObject atanh(PyObject z) {
        return call(z, ComplexFunctions::atanh);
    }

    @Exposed(value = "cos($module, z, /)", doc = "Return the cosine of z.")
    public static PyObject cos(PyObject z) {
        return call(z, ComplexFunctions::cos);
    }

    @Exposed(value = "cosh($module, z, /)", doc = "Return the hyperbolic cosine of z.")
    public static PyObject cosh(PyObject z) {
        return call(z, ComplexFunctions::cosh);
    }

    @Exposed(value = "exp($module, z, /)", doc = "Return the exponential value e**z.")
    public static PyObject exp(PyObject z) {
        return call(z, ComplexFunctions::exp);
    }

    @Exposed(value = "log10($module, z, /)", doc = "Return the base-10 logarithm of z.")
    public static PyObject log10(PyObject z) {
        return call(z, ComplexFunctions::log10);
    }

    @Exposed(value = "sin($module, z, /)", doc = "Return the sine of z.")
    public static PyObject sin(PyObject z) {
        return call(z, ComplexFunctions::sin);
    }

    @Exposed(value = "sinh($module, z, /)", doc = "Return the hyperbolic sine of z.")
    public static PyObject sinh(PyObject z) {
        return call(z, ComplexFunctions::sinh);
    }

    @Exposed(value = "sqrt($module, z, /)", doc = "Return the square root of z.")
    public static PyObject sqrt(PyObject z) {
        return call(z, ComplexFunctions::sqrt);
    }

    @Exposed(value = "tan($module, z, /)", doc = "Return the tangent of z.")
    public static PyObject tan(PyObject z) {
        return call(z, ComplexFunctions::tan);
    }

    @Exposed(value = "tanh($module, z, /)", doc = "Return the hyperbolic tangent of z.")
    public static PyObject tanh(PyObject z) {
        return call(z, ComplexFunctions::tanh);
    }

    /**
     * log(z) / log(base). As in CPython, the error is the base's logarithm's (which replaces
     * the first's) unless the division is by zero: so {@code log(0, 2)} is
     * {@code (-inf+nanj)}, not an error.
     */
    // CPython: Modules/cmathmodule.c cmath_log_impl
    @Exposed(value = "log($module, z, base=<unrepresentable>, /)", doc = "log(z[, base]) -> "
            + "the logarithm of z to the given base.\n\nIf the base is not specified, returns "
            + "the natural logarithm (base e) of z.")
    public static PyObject log(PyObject z, PyObject base) {
        Cx x = complexArg(z);
        x = ComplexFunctions.log(x.re(), x.im());
        if (base != null) {
            Cx y = complexArg(base);
            y = ComplexFunctions.log(y.re(), y.im());
            Cx q = ComplexFunctions.quot(x, y);
            x = q.errno() != Cx.OK ? q : q.withErrno(y.errno());
        }
        return result(x);
    }

    // CPython: Modules/cmathmodule.c cmath_phase_impl
    @Exposed(value = "phase($module, z, /)",
            doc = "Return argument, also known as the phase angle, of a complex.")
    public static PyObject phase(PyObject z) {
        Cx c = complexArg(z);
        double phi = ComplexFunctions.atan2(c.re(), c.im());
        // glibc's atan2 reports an angle that underflows to zero as a range error, and
        // CPython's phase (alone among these functions) passes that on.
        if (phi == 0.0 && c.im() != 0.0 && Double.isFinite(c.re())) {
            throw PyExceptions.overflowError("math range error");
        }
        return new PyFloat(phi);
    }

    // CPython: Modules/cmathmodule.c cmath_polar_impl
    @Exposed(value = "polar($module, z, /)", doc = "Convert a complex from rectangular "
            + "coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase "
            + "angle.")
    public static PyObject polar(PyObject z) {
        Cx c = complexArg(z);
        double phi = ComplexFunctions.atan2(c.re(), c.im());
        Cx r = ComplexFunctions.abs(c.re(), c.im());
        if (r.errno() != Cx.OK) {
            result(r);  // raises the range error
        }
        return PyTuple.of(new PyFloat(r.re()), new PyFloat(phi));
    }

    /**
     * r (cos phi + i sin phi), with special values in the spirit of C99: like exp(log(r) + i
     * phi) for positive r and its negation for negative r.
     */
    // CPython: Modules/cmathmodule.c cmath_rect_impl
    @Exposed(value = "rect($module, r, phi, /)",
            doc = "Convert from polar coordinates to rectangular coordinates.")
    public static PyObject rect(PyObject rArg, PyObject phiArg) {
        double r = FloatMath.asDouble(rArg);
        double phi = FloatMath.asDouble(phiArg);
        Cx z;
        if (!Double.isFinite(r) || !Double.isFinite(phi)) {
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0.0) {
                double c = Math.copySign(Double.POSITIVE_INFINITY, Libm.cos(phi));
                double s = Math.copySign(Double.POSITIVE_INFINITY, Libm.sin(phi));
                z = r > 0 ? new Cx(c, s) : new Cx(-c, -s);
            } else {
                z = SpecialValues.lookup(SpecialValues.RECT, r, phi);
            }
            if (r != 0.0 && !Double.isNaN(r) && Double.isInfinite(phi)) {
                z = z.withErrno(Cx.EDOM);
            }
        } else if (phi == 0.0) {
            // r * phi keeps the sign of a zero phi.
            z = new Cx(r, r * phi);
        } else {
            z = new Cx(r * Libm.cos(phi), r * Libm.sin(phi));
        }
        return result(z);
    }

    @Exposed(value = "isfinite($module, z, /)", doc = "Return True if both the real and "
            + "imaginary parts of z are finite, else False.")
    public static boolean isfinite(PyObject z) {
        Cx c = complexArg(z);
        return Double.isFinite(c.re()) && Double.isFinite(c.im());
    }

    @Exposed(value = "isnan($module, z, /)",
            doc = "Checks if the real or imaginary part of z not a number (NaN).")
    public static boolean isnan(PyObject z) {
        Cx c = complexArg(z);
        return Double.isNaN(c.re()) || Double.isNaN(c.im());
    }

    @Exposed(value = "isinf($module, z, /)",
            doc = "Checks if the real or imaginary part of z is infinite.")
    public static boolean isinf(PyObject z) {
        Cx c = complexArg(z);
        return Double.isInfinite(c.re()) || Double.isInfinite(c.im());
    }

    // CPython: Modules/cmathmodule.c cmath_isclose_impl
    @Exposed(value = "isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)",
            doc = "Determine whether two complex numbers are close in value.\n\n  rel_tol\n"
            + "    maximum difference for being considered \"close\", relative to the\n"
            + "    magnitude of the input values\n  abs_tol\n    maximum difference for being "
            + "considered \"close\", regardless of the\n    magnitude of the input values\n\n"
            + "Return True if a is close in value to b, and False otherwise.\n\nFor the values "
            + "to be considered close, the difference between them must be\nsmaller than at "
            + "least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE "
            + "754 Standard. That is, NaN is\nnot close to anything, even itself. inf and -inf "
            + "are only close to themselves.")
    public static PyObject isclose(PyObject aArg, PyObject bArg, PyObject relArg,
            PyObject absArg) {
        Cx a = complexArg(aArg);
        Cx b = complexArg(bArg);
        double relTol = relArg == null ? 1e-09 : FloatMath.asDouble(relArg);
        double absTol = absArg == null ? 0.0 : FloatMath.asDouble(absArg);
        if (relTol < 0.0 || absTol < 0.0) {
            throw PyExceptions.valueError("tolerances must be non-negative");
        }
        if (a.re() == b.re() && a.im() == b.im()) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(a.re()) || Double.isInfinite(a.im())
                || Double.isInfinite(b.re()) || Double.isInfinite(b.im())) {
            return PyBool.FALSE;
        }
        double diff = ComplexFunctions.abs(a.re() - b.re(), a.im() - b.im()).re();
        return PyBool.of(diff <= relTol * ComplexFunctions.abs(b.re(), b.im()).re()
                || diff <= relTol * ComplexFunctions.abs(a.re(), a.im()).re()
                || diff <= absTol);
    }
}
