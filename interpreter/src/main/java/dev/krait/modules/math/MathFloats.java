package dev.krait.modules.math;

import dev.krait.objects.Exposed;
import dev.krait.objects.FloatMath;
import dev.krait.objects.Iteration;
import dev.krait.objects.Libm;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;

/**
 * The float functions of {@code math} with CPython's own algorithms and special cases:
 * {@code fsum} (Shewchuk's exact partials), {@code hypot}/{@code dist} (the scaled, corrected
 * vector norm), {@code isclose}, {@code remainder}, {@code pow} and {@code atan2} special values,
 * {@code frexp}/{@code ldexp}/{@code modf}/{@code fmod}, {@code nextafter}/{@code ulp}, and
 * {@code floor}/{@code ceil}/{@code trunc} through the type's dunder methods.
 *
 * <p>CPython counterpart: Modules/mathmodule.c {@code math_fsum}, {@code vector_norm},
 * {@code math_isclose_impl}, {@code m_remainder}, {@code math_pow_impl}, {@code m_atan2} and
 * their neighbours.
 */
public final class MathFloats {
    private MathFloats() {}

    private static double d(PyObject x) {
        return MathModule.toDouble(x);
    }

    /** CPython's math_2: NaN from non-NaNs is a domain error, infinity from finites a range one. */
    private static PyObject math2(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw MathModule.domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw MathModule.rangeError();
        }
        return new PyFloat(r);
    }

    // CPython: Modules/mathmodule.c m_atan2
    @Exposed(value = "atan2($module, y, x, /)", doc = "Return the arc tangent (measured in "
            + "radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered.")
    public static PyObject atan2(PyObject yObj, PyObject xObj) {
        double y = d(yObj);
        double x = d(xObj);
        double r;
        if (Double.isNaN(x) || Double.isNaN(y)) {
            r = Double.NaN;
        } else if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                r = Math.copySign(Math.copySign(1., x) == 1. ? 0.25 * Math.PI : 0.75 * Math.PI,
                        y);
            } else {
                r = Math.copySign(0.5 * Math.PI, y);
            }
        } else if (Double.isInfinite(x) || y == 0.) {
            r = Math.copySign(1., x) == 1. ? Math.copySign(0., y) : Math.copySign(Math.PI, y);
        } else {
            r = Libm.atan2(y, x);
        }
        return math2(y, x, r);
    }

    @Exposed(value = "copysign($module, x, y, /)", doc = "Return a float with the magnitude "
            + "(absolute value) of x but the sign of y.\n\nOn platforms that support signed "
            + "zeros, copysign(1.0, -0.0)\nreturns -1.0.\n")
    public static PyObject copysign(PyObject x, PyObject y) {
        double a = d(x);
        double b = d(y);
        return math2(a, b, Math.copySign(a, b));
    }

    // CPython: Modules/mathmodule.c m_remainder
    @Exposed(value = "remainder($module, x, y, /)", doc = "Difference between x and the closest "
            + "integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple "
            + "of y.\nIn the case where x is exactly halfway between two multiples of\ny, the "
            + "nearest even value of n is used. The result is always exact.")
    public static PyObject remainder(PyObject xObj, PyObject yObj) {
        double x = d(xObj);
        double y = d(yObj);
        double r;
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) {
                r = Double.NaN;
            } else {
                double absx = Math.abs(x);
                double absy = Math.abs(y);
                double m = absx % absy;
                double c = absy - m;
                if (m < c) {
                    r = m;
                } else if (m > c) {
                    r = -c;
                } else {
                    r = m - 2.0 * ((0.5 * (absx - m)) % absy);
                }
                r = Math.copySign(1.0, x) * r;
            }
        } else if (Double.isNaN(x)) {
            r = x;
        } else if (Double.isNaN(y)) {
            r = y;
        } else if (Double.isInfinite(x)) {
            r = Double.NaN;
        } else {
            r = x;
        }
        return math2(x, y, r);
    }

    @Exposed(value = "fmod($module, x, y, /)", doc = "Return fmod(x, y), according to platform "
            + "C.\n\nx % y may differ.")
    public static PyObject fmod(PyObject xObj, PyObject yObj) {
        double x = d(xObj);
        double y = d(yObj);
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return new PyFloat(x);
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw MathModule.domainError();
        }
        return new PyFloat(r);
    }

    // CPython: Modules/mathmodule.c math_pow_impl
    @Exposed(value = "pow($module, x, y, /)", doc = "Return x**y (x to the power of y).")
    public static PyObject pow(PyObject xObj, PyObject yObj) {
        double x = d(xObj);
        double y = d(yObj);
        double r;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                r = y == 0.0 ? 1.0 : x;
            } else if (Double.isNaN(y)) {
                r = x == 1.0 ? 1.0 : y;
            } else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.) {
                    r = oddY ? x : Math.abs(x);
                } else if (y == 0.) {
                    r = 1.;
                } else {
                    r = oddY ? Math.copySign(0., x) : 0.;
                }
            } else if (Math.abs(x) == 1.0) {
                r = 1.;
            } else if (y > 0. && Math.abs(x) > 1.0) {
                r = y;
            } else if (y < 0. && Math.abs(x) < 1.0) {
                r = -y;
            } else {
                r = 0.;
            }
            return new PyFloat(r);
        }
        r = Libm.pow(x, y);
        if (Double.isNaN(r)) {
            throw MathModule.domainError();
        }
        if (Double.isInfinite(r)) {
            throw x == 0. ? MathModule.domainError() : MathModule.rangeError();
        }
        return new PyFloat(r);
    }

    @Exposed(value = "degrees($module, x, /)", doc = "Convert angle x from radians to degrees.")
    public static PyObject degrees(PyObject x) {
        return new PyFloat(d(x) * (180.0 / Math.PI));
    }

    @Exposed(value = "radians($module, x, /)", doc = "Convert angle x from degrees to radians.")
    public static PyObject radians(PyObject x) {
        return new PyFloat(d(x) * (Math.PI / 180.0));
    }

    @Exposed(value = "isfinite($module, x, /)",
            doc = "Return True if x is neither an infinity nor a NaN, and False otherwise.")
    public static boolean isfinite(PyObject x) {
        return Double.isFinite(d(x));
    }

    @Exposed(value = "isinf($module, x, /)",
            doc = "Return True if x is a positive or negative infinity, and False otherwise.")
    public static boolean isinf(PyObject x) {
        return Double.isInfinite(d(x));
    }

    @Exposed(value = "isnan($module, x, /)",
            doc = "Return True if x is a NaN (not a number), and False otherwise.")
    public static boolean isnan(PyObject x) {
        return Double.isNaN(d(x));
    }

    // CPython: Modules/mathmodule.c math_isclose_impl
    @Exposed(value = "isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)",
            doc = "Determine whether two floating point numbers are close in value.")
    public static boolean isclose(PyObject aObj, PyObject bObj, PyObject relObj,
            PyObject absObj) {
        double a = d(aObj);
        double b = d(bObj);
        double relTol = d(relObj);
        double absTol = d(absObj);
        if (relTol < 0.0 || absTol < 0.0) {
            throw PyExceptions.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    // CPython: Modules/mathmodule.c math_frexp_impl
    @Exposed(value = "frexp($module, x, /)", doc = "Return the mantissa and exponent of x, as "
            + "pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, "
            + "m and e are both 0.  Else 0.5 <= abs(m) < 1.0.")
    public static PyObject frexp(PyObject xObj) {
        double x = d(xObj);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return PyTuple.of(new PyFloat(x), PyInt.of(0));
        }
        int bias = 0;
        if (Math.getExponent(x) == Double.MIN_EXPONENT - 1) {
            x *= 0x1p54;
            bias = 54;
        }
        int e = Math.getExponent(x) + 1;
        return PyTuple.of(new PyFloat(Math.scalb(x, -e)), PyInt.of(e - bias));
    }

    // CPython: Modules/mathmodule.c math_ldexp_impl
    @Exposed(value = "ldexp($module, x, i, /)", doc = "Return x * (2**i).\n\nThis is essentially "
            + "the inverse of frexp().")
    public static PyObject ldexp(PyObject xObj, PyObject i) {
        double x = d(xObj);
        if (!(i instanceof PyInt n)) {
            throw PyExceptions.typeError("Expected an int as second argument to ldexp.");
        }
        if (x == 0. || !Double.isFinite(x)) {
            return new PyFloat(x);
        }
        long exp = n.isSmall() ? n.longValue() : n.signum() < 0 ? Long.MIN_VALUE
                : Long.MAX_VALUE;
        double r;
        if (exp > Integer.MAX_VALUE) {
            throw MathModule.rangeError();
        } else if (exp < Integer.MIN_VALUE) {
            r = Math.copySign(0., x);
        } else {
            r = Math.scalb(x, (int) exp);
            if (Double.isInfinite(r)) {
                throw MathModule.rangeError();
            }
        }
        return new PyFloat(r);
    }

    @Exposed(value = "modf($module, x, /)", doc = "Return the fractional and integer parts of x."
            + "\n\nBoth results carry the sign of x and are floats.")
    public static PyObject modf(PyObject xObj) {
        double x = d(xObj);
        if (Double.isInfinite(x)) {
            return PyTuple.of(new PyFloat(Math.copySign(0., x)), new PyFloat(x));
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(new PyFloat(x), new PyFloat(x));
        }
        double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(new PyFloat(Math.copySign(x - whole, x)), new PyFloat(whole));
    }

    @Exposed(value = "nextafter($module, x, y, /)",
            doc = "Return the next floating-point value after x towards y.")
    public static PyObject nextafter(PyObject x, PyObject y) {
        return new PyFloat(Math.nextAfter(d(x), d(y)));
    }

    // CPython: Modules/mathmodule.c math_ulp_impl
    @Exposed(value = "ulp($module, x, /)", doc = "Return the value of the least significant bit "
            + "of the float x.")
    public static PyObject ulp(PyObject xObj) {
        double x = d(xObj);
        if (Double.isNaN(x)) {
            return new PyFloat(x);
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return new PyFloat(x);
        }
        double x2 = Math.nextAfter(x, Double.POSITIVE_INFINITY);
        if (Double.isInfinite(x2)) {
            x2 = Math.nextAfter(x, Double.NEGATIVE_INFINITY);
            return new PyFloat(x - x2);
        }
        return new PyFloat(x2 - x);
    }

    /** {@code math.floor}/{@code ceil}: the type's {@code __floor__}/{@code __ceil__} first. */
    private static PyObject rounding(PyObject x, String special, boolean up) {
        if (x.type() != PyFloat.TYPE) {
            PyObject m = x.type().lookup(special);
            if (m != null) {
                return Ops.callDescriptor(m, x);
            }
        }
        double v = d(x);
        return FloatMath.toInt(up ? Math.ceil(v) : Math.floor(v));
    }

    @Exposed(value = "floor($module, x, /)", doc = "Return the floor of x as an Integral.\n\n"
            + "This is the largest integer <= x.")
    public static PyObject floor(PyObject x) {
        return rounding(x, "__floor__", false);
    }

    @Exposed(value = "ceil($module, x, /)", doc = "Return the ceiling of x as an Integral.\n\n"
            + "This is the smallest integer >= x.")
    public static PyObject ceil(PyObject x) {
        return rounding(x, "__ceil__", true);
    }

    @Exposed(value = "trunc($module, x, /)", doc = "Truncates the Real x to the nearest Integral "
            + "toward 0.\n\nUses the __trunc__ magic method.")
    public static PyObject trunc(PyObject x) {
        if (x.type() == PyFloat.TYPE) {
            double v = ((PyFloat) x).value;
            return FloatMath.toInt(v < 0 ? Math.ceil(v) : Math.floor(v));
        }
        PyObject m = x.type().lookup("__trunc__");
        if (m == null) {
            throw PyExceptions.typeError("type " + x.type().getName()
                    + " doesn't define __trunc__ method");
        }
        return Ops.callDescriptor(m, x);
    }

    /** CPython's ASSIGN_DOUBLE: a float's value, an int's nearest double, else __float__. */
    private static double assignDouble(PyObject o) {
        if (o instanceof PyFloat f && o.type() == PyFloat.TYPE) {
            return f.value;
        }
        if (o instanceof PyInt i && o.type() == PyInt.TYPE) {
            return i.doubleValue();
        }
        return d(o);
    }

    // CPython: Modules/mathmodule.c math_fsum
    @Exposed(value = "fsum($module, seq, /)", doc = "Return an accurate floating point sum of "
            + "values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic.")
    public static PyObject fsum(PyObject seq) {
        PyObject it = Iteration.iter(seq);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (PyObject item = Iteration.next(it); item != null; item = Iteration.next(it)) {
            double x = assignDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw PyExceptions.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n >= p.length) {
                        p = java.util.Arrays.copyOf(p, p.length * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PyExceptions.valueError("-inf + inf in fsum");
            }
            return new PyFloat(specialSum);
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && (lo < 0.0 && p[n - 1] < 0.0 || lo > 0.0 && p[n - 1] > 0.0)) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return new PyFloat(hi);
    }

    // CPython: Modules/mathmodule.c vector_norm
    static double vectorNorm(double[] vec, int n, double max, boolean foundNan) {
        final double t27 = 134217729.0;
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = Math.getExponent(max) + 1;
        if (Math.getExponent(max) == Double.MIN_EXPONENT - 1) {
            maxE = Math.getExponent(max * 0x1p54) + 1 - 54;
        }
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        double frac3 = 0.0;
        if (maxE >= -1023) {
            double scale = Math.scalb(1.0, -maxE);
            for (int i = 0; i < n; i++) {
                double x = vec[i] * scale;
                double t = x * t27;
                double hi = t - (t - x);
                double lo = x - hi;
                x = hi * hi;
                double oldcsum = csum;
                csum += x;
                frac1 += (oldcsum - csum) + x;
                x = 2.0 * hi * lo;
                oldcsum = csum;
                csum += x;
                frac2 += (oldcsum - csum) + x;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            double x = h;
            double t = x * t27;
            double hi = t - (t - x);
            double lo = x - hi;
            x = -hi * hi;
            double oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = -2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            x = -lo * lo;
            oldcsum = csum;
            csum += x;
            frac3 += (oldcsum - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        for (int i = 0; i < n; i++) {
            double x = vec[i] / max;
            x = x * x;
            double oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    @Exposed(value = "hypot($module, *coordinates)", doc = "hypot(*coordinates) -> value\n\n"
            + "Multidimensional Euclidean distance from the origin to a point.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject hypot(PyObject[] args, String[] kwnames) {
        dev.krait.objects.ArgParser.noKeywords("hypot", kwnames);
        double[] coords = new double[args.length];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < args.length; i++) {
            double x = Math.abs(assignDouble(args[i]));
            coords[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return new PyFloat(vectorNorm(coords, args.length, max, foundNan));
    }

    // CPython: Modules/mathmodule.c math_dist_impl
    @Exposed(value = "dist($module, p, q, /)", doc = "Return the Euclidean distance between two "
            + "points p and q.\n\nThe points should be specified as sequences (or iterables) "
            + "of\ncoordinates.  Both inputs must have the same dimension.\n\nRoughly equivalent "
            + "to:\n    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))")
    public static PyObject dist(PyObject p, PyObject q) {
        PyTuple pt = PyTuple.fromIterable(p);
        PyTuple qt = PyTuple.fromIterable(q);
        int n = pt.size();
        if (n != qt.size()) {
            throw PyExceptions.valueError("both points must have the same number of dimensions");
        }
        double[] diffs = new double[n];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < n; i++) {
            double x = Math.abs(assignDouble(pt.get(i)) - assignDouble(qt.get(i)));
            diffs[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return new PyFloat(vectorNorm(diffs, n, max, foundNan));
    }
}
