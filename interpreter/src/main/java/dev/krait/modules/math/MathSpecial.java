package dev.krait.modules.math;

import dev.krait.objects.Exposed;
import dev.krait.objects.Libm;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/**
 * The special functions and logarithms of {@code math}: CPython's own Lanczos
 * {@code gamma}/{@code lgamma}, libm's {@code erf}/{@code erfc} (CPython's series fallbacks are
 * for platforms without them), and {@code log}, which takes ints of any size by splitting off a
 * power of two.
 *
 * <p>CPython counterpart: Modules/mathmodule.c {@code m_tgamma}, {@code m_lgamma},
 * {@code m_erf}, {@code m_erfc}, {@code loghelper}, {@code math_log_impl}.
 */
public final class MathSpecial {
    private MathSpecial() {}

    private static final double PI = Math.PI;
    private static final double LOGPI = 1.144729885849400174143427351353058711647;

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double[] GAMMA_INTEGRAL = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0};

    // CPython: Modules/mathmodule.c m_sinpi
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> Libm.sin(PI * y);
            case 1 -> Libm.cos(PI * (y - 0.5));
            case 2 -> Libm.sin(PI * (1.0 - y));
            case 3 -> -Libm.cos(PI * (y - 1.5));
            default -> Libm.sin(PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    // CPython: Modules/mathmodule.c lanczos_sum
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length; --i >= 0;) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    // CPython: Modules/mathmodule.c m_tgamma (errno EDOM/ERANGE become the exceptions)
    static double tgamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            throw MathModule.domainError();
        }
        if (x == 0.0) {
            throw MathModule.domainError();
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw MathModule.domainError();
            }
            if (x <= GAMMA_INTEGRAL.length) {
                return GAMMA_INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw MathModule.rangeError();
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            throw MathModule.rangeError();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinpi(absx) / absx * Libm.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Libm.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) {
            throw MathModule.rangeError();
        }
        return r;
    }

    // CPython: Modules/mathmodule.c m_lgamma
    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw MathModule.domainError();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Libm.log(absx);
        }
        double r = Libm.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Libm.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOGPI - Libm.log(Math.abs(sinpi(absx))) - Libm.log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw MathModule.rangeError();
        }
        return r;
    }

    @Exposed(value = "gamma($module, x, /)", doc = "Gamma function at x.")
    public static PyObject gamma(PyObject x) {
        return new PyFloat(tgamma(MathModule.toDouble(x)));
    }

    @Exposed(value = "lgamma($module, x, /)",
            doc = "Natural logarithm of absolute value of Gamma function at x.")
    public static PyObject lgamma(PyObject x) {
        return new PyFloat(lgamma(MathModule.toDouble(x)));
    }

    @Exposed(value = "erf($module, x, /)", doc = "Error function at x.")
    public static PyObject erf(PyObject x) {
        return new PyFloat(Libm.erf(MathModule.toDouble(x)));
    }

    @Exposed(value = "erfc($module, x, /)", doc = "Complementary error function at x.")
    public static PyObject erfc(PyObject x) {
        return new PyFloat(Libm.erfc(MathModule.toDouble(x)));
    }

    // ---- logarithms --------------------------------------------------------------------------

    // CPython: Modules/mathmodule.c m_log2 (with HAVE_LOG2)
    private static double log2Value(double x) {
        return x == 0.0 ? Double.NEGATIVE_INFINITY : Libm.log2(x);
    }

    private static double logValue(double x) {
        return x == 0.0 ? Double.NEGATIVE_INFINITY : Libm.log(x);
    }

    private static double log10Value(double x) {
        return x == 0.0 ? Double.NEGATIVE_INFINITY : Libm.log10(x);
    }

    // CPython: Modules/mathmodule.c loghelper
    private static double loghelper(PyObject arg, DoubleUnaryOperator f) {
        if (arg instanceof PyInt i) {
            if (i.signum() <= 0) {
                throw MathModule.domainError();
            }
            if (i.isSmall()) {
                return f.applyAsDouble(i.doubleValue());
            }
            BigInteger b = i.bigValue();
            double d = b.doubleValue();
            if (!Double.isInfinite(d)) {
                return f.applyAsDouble(d);
            }
            // too big for a double: x = m * 2**e with m in [0.5, 1), m correctly rounded
            // (55 leading bits and a sticky bit, as _PyLong_Frexp rounds)
            int e = b.bitLength();
            int shift = e - 55;
            BigInteger top = b.shiftRight(shift);
            if (b.getLowestSetBit() < shift) {
                top = top.setBit(0);
            }
            double m = Math.scalb(top.doubleValue(), -55);
            if (m == 1.0) {
                m = 0.5;
                e++;
            }
            return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
        }
        return ((PyFloat) MathModule.math1(arg, f, false)).value;
    }

    @Exposed(value = "log($module, x, base=<unrepresentable>, /)",
            doc = "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the "
                    + "base not specified, returns the natural logarithm (base e) of x.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject log(PyObject x, PyObject base) {
        double num = loghelper(x, MathSpecial::logValue);
        if (base == null) {
            return new PyFloat(num);
        }
        double den = loghelper(base, MathSpecial::logValue);
        if (den == 0.0) {
            throw dev.krait.objects.PyExceptions.zeroDivisionError("float division by zero");
        }
        return new PyFloat(num / den);
    }

    @Exposed(value = "log2($module, x, /)", doc = "Return the base 2 logarithm of x.")
    public static PyObject log2(PyObject x) {
        return new PyFloat(loghelper(x, MathSpecial::log2Value));
    }

    @Exposed(value = "log10($module, x, /)", doc = "Return the base 10 logarithm of x.")
    public static PyObject log10(PyObject x) {
        return new PyFloat(loghelper(x, MathSpecial::log10Value));
    }

    @Exposed(value = "log1p($module, x, /)", doc = "Return the natural logarithm of 1+x (base "
            + "e).\n\nThe result is computed in a way which is accurate for x near zero.")
    public static PyObject log1p(PyObject x) {
        return MathModule.math1(x, MathSpecial::log1pValue, false);
    }

    /** libm's log1p, except that a zero (of either sign) is its own answer. */
    // CPython: Modules/_math.h _Py_log1p
    private static double log1pValue(double x) {
        return x == 0.0 ? x : Libm.log1p(x);
    }
}
