package dev.krait.modules.cmath;

import dev.krait.objects.Libm;

/**
 * The complex elementary functions, computed by CPython's algorithms so that the results are
 * its results bit for bit: the same reductions (asin through asinh, cos through cosh, ...), the
 * same guards against spurious overflow and underflow (scaling large and subnormal arguments),
 * the same special-value tables, and the same real functions underneath: the C library's, called
 * through {@link Libm}. Each returns a {@link Cx} carrying the error C would put in {@code errno}.
 *
 * <p>CPython counterpart: Modules/cmathmodule.c {@code cmath_*_impl}, {@code c_log},
 * {@code c_atan2}; Objects/complexobject.c {@code _Py_c_quot}, {@code _Py_c_abs}.
 */
final class ComplexFunctions {
    private ComplexFunctions() {}

    static final double LN2 = 0.6931471805599453094;
    static final double LN10 = 2.302585092994045684;
    static final double E = 2.7182818284590452354;
    private static final double INF = Double.POSITIVE_INFINITY;
    /** Beyond this, squares and sums of parts could overflow. */
    private static final double LARGE = Double.MAX_VALUE / 4.0;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = Libm.log(LARGE);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final int MANT_DIG = 53;
    /** 2**SCALE_UP turns a subnormal into a normal; SCALE_DOWN undoes it under a sqrt. */
    private static final int SCALE_UP = 2 * (MANT_DIG / 2) + 1;
    private static final int SCALE_DOWN = -(SCALE_UP + 1) / 2;

    private static boolean finite(double re, double im) {
        return Double.isFinite(re) && Double.isFinite(im);
    }

    // CPython: Modules/cmathmodule.c cmath_sqrt_impl
    static Cx sqrt(double re, double im) {
        if (!finite(re, im)) {
            return SpecialValues.lookup(SpecialValues.SQRT, re, im);
        }
        if (re == 0.0 && im == 0.0) {
            return new Cx(0.0, im);
        }
        double ax = Math.abs(re);
        double ay = Math.abs(im);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // hypot of two subnormals loses precision: scale both up first.
            ax = Math.scalb(ax, SCALE_UP);
            s = Math.scalb(Math.sqrt(ax + Libm.hypot(ax, Math.scalb(ay, SCALE_UP))),
                    SCALE_DOWN);
        } else {
            // Dividing by 8 keeps x + hypot(x, y) from overflowing.
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + Libm.hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        if (re >= 0.0) {
            return new Cx(s, Math.copySign(d, im));
        }
        return new Cx(d, Math.copySign(s, im));
    }

    // CPython: Modules/cmathmodule.c cmath_acos_impl
    static Cx acos(double re, double im) {
        if (!finite(re, im)) {
            return SpecialValues.lookup(SpecialValues.ACOS, re, im);
        }
        if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
            double real = Libm.atan2(Math.abs(im), re);
            double l = Libm.log(Libm.hypot(re / 2.0, im / 2.0)) + LN2 * 2.0;
            // Two cases so that the branch cut keeps its continuity with signed zeros.
            double imag = re < 0.0 ? -Math.copySign(l, im) : Math.copySign(l, -im);
            return new Cx(real, imag);
        }
        Cx s1 = sqrt(1.0 - re, -im);
        Cx s2 = sqrt(1.0 + re, im);
        return new Cx(2.0 * Libm.atan2(s1.re(), s2.re()),
                Libm.asinh(s2.re() * s1.im() - s2.im() * s1.re()));
    }

    // CPython: Modules/cmathmodule.c cmath_acosh_impl
    static Cx acosh(double re, double im) {
        if (!finite(re, im)) {
            return SpecialValues.lookup(SpecialValues.ACOSH, re, im);
        }
        if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
            return new Cx(Libm.log(Libm.hypot(re / 2.0, im / 2.0)) + LN2 * 2.0,
                    Libm.atan2(im, re));
        }
        Cx s1 = sqrt(re - 1.0, im);
        Cx s2 = sqrt(re + 1.0, im);
        return new Cx(Libm.asinh(s1.re() * s2.re() + s1.im() * s2.im()),
                2.0 * Libm.atan2(s1.im(), s2.re()));
    }

    /** asin(z) = -i asinh(iz). */
    // CPython: Modules/cmathmodule.c cmath_asin_impl
    static Cx asin(double re, double im) {
        Cx s = asinh(-im, re);
        return new Cx(s.im(), -s.re(), s.errno());
    }

    // CPython: Modules/cmathmodule.c cmath_asinh_impl
    static Cx asinh(double re, double im) {
        if (!finite(re, im)) {
            return SpecialValues.lookup(SpecialValues.ASINH, re, im);
        }
        if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
            double l = Libm.log(Libm.hypot(re / 2.0, im / 2.0)) + LN2 * 2.0;
            double real = im >= 0.0 ? Math.copySign(l, re) : -Math.copySign(l, -re);
            return new Cx(real, Libm.atan2(im, Math.abs(re)));
        }
        Cx s1 = sqrt(1.0 + im, -re);
        Cx s2 = sqrt(1.0 - im, re);
        return new Cx(Libm.asinh(s1.re() * s2.im() - s2.re() * s1.im()),
                Libm.atan2(im, s1.re() * s2.re() - s1.im() * s2.im()));
    }

    /** atan(z) = -i atanh(iz). */
    // CPython: Modules/cmathmodule.c cmath_atan_impl
    static Cx atan(double re, double im) {
        Cx s = atanh(-im, re);
        return new Cx(s.im(), -s.re(), s.errno());
    }

    // CPython: Modules/cmathmodule.c cmath_atanh_impl
    static Cx atanh(double re, double im) {
        if (!finite(re, im)) {
            return SpecialValues.lookup(SpecialValues.ATANH, re, im);
        }
        if (re < 0.0) {
            // atanh(z) = -atanh(-z) reduces to a non-negative real part.
            return atanh(-re, -im).neg();
        }
        double ay = Math.abs(im);
        if (re > SQRT_LARGE || ay > SQRT_LARGE) {
            // For large |z|, atanh(z) ~ 1/z +/- i pi/2.
            double h = Libm.hypot(re / 2.0, im / 2.0);
            return new Cx(re / 4.0 / h / h, -Math.copySign(Math.PI / 2.0, -im));
        }
        if (re == 1.0 && ay < SQRT_DBL_MIN) {
            if (ay == 0.0) {
                return new Cx(INF, im, Cx.EDOM);
            }
            return new Cx(-Libm.log(Math.sqrt(ay) / Math.sqrt(Libm.hypot(ay, 2.0))),
                    Math.copySign(Libm.atan2(2.0, -ay) / 2, im));
        }
        return new Cx(
                Libm.log1p(4.0 * re / ((1 - re) * (1 - re) + ay * ay)) / 4.0,
                -Libm.atan2(-2.0 * im, (1 - re) * (1 + re) - ay * ay) / 2.0);
    }

    /** cos(z) = cosh(iz). */
    // CPython: Modules/cmathmodule.c cmath_cos_impl
    static Cx cos(double re, double im) {
        return cosh(-im, re);
    }

    // CPython: Modules/cmathmodule.c cmath_cosh_impl
    static Cx cosh(double re, double im) {
        if (!finite(re, im)) {
            Cx r;
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                double c = Math.copySign(INF, Libm.cos(im));
                double s = Math.copySign(INF, Libm.sin(im));
                r = new Cx(c, re > 0 ? s : -s);
            } else {
                r = SpecialValues.lookup(SpecialValues.COSH, re, im);
            }
            boolean domain = Double.isInfinite(im) && !Double.isNaN(re);
            return domain ? r.withErrno(Cx.EDOM) : r;
        }
        double real;
        double imag;
        if (Math.abs(re) > LOG_LARGE) {
            // cosh(x) may overflow where cosh(z) does not: take one e out.
            double xm1 = re - Math.copySign(1.0, re);
            real = Libm.cos(im) * Libm.cosh(xm1) * E;
            imag = Libm.sin(im) * Libm.sinh(xm1) * E;
        } else {
            real = Libm.cos(im) * Libm.cosh(re);
            imag = Libm.sin(im) * Libm.sinh(re);
        }
        return overflowChecked(real, imag);
    }

    private static Cx overflowChecked(double real, double imag) {
        boolean overflow = Double.isInfinite(real) || Double.isInfinite(imag);
        return new Cx(real, imag, overflow ? Cx.ERANGE : Cx.OK);
    }

    // CPython: Modules/cmathmodule.c cmath_exp_impl
    static Cx exp(double re, double im) {
        if (!finite(re, im)) {
            Cx r;
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                r = re > 0 ? new Cx(Math.copySign(INF, Libm.cos(im)),
                        Math.copySign(INF, Libm.sin(im)))
                        : new Cx(Math.copySign(0.0, Libm.cos(im)),
                                Math.copySign(0.0, Libm.sin(im)));
            } else {
                r = SpecialValues.lookup(SpecialValues.EXP, re, im);
            }
            boolean domain = Double.isInfinite(im)
                    && (Double.isFinite(re) || (Double.isInfinite(re) && re > 0));
            return domain ? r.withErrno(Cx.EDOM) : r;
        }
        double l;
        double real;
        double imag;
        if (re > LOG_LARGE) {
            l = Libm.exp(re - 1.0);
            real = l * Libm.cos(im) * E;
            imag = l * Libm.sin(im) * E;
        } else {
            l = Libm.exp(re);
            real = l * Libm.cos(im);
            imag = l * Libm.sin(im);
        }
        return overflowChecked(real, imag);
    }

    /**
     * The natural logarithm. The real part avoids log(hypot) where it is inaccurate: huge
     * arguments are halved, subnormal ones scaled up, and for |z| near 1 log1p is used.
     */
    // CPython: Modules/cmathmodule.c c_log
    static Cx log(double re, double im) {
        if (!finite(re, im)) {
            return SpecialValues.lookup(SpecialValues.LOG, re, im);
        }
        double ax = Math.abs(re);
        double ay = Math.abs(im);
        double real;
        if (ax > LARGE || ay > LARGE) {
            real = Libm.log(Libm.hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0.0 || ay > 0.0) {
                real = Libm.log(Libm.hypot(Math.scalb(ax, MANT_DIG), Math.scalb(ay, MANT_DIG)))
                        - MANT_DIG * LN2;
            } else {
                return new Cx(-INF, Libm.atan2(im, re), Cx.EDOM);
            }
        } else {
            double h = Libm.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = ax > ay ? ax : ay;
                double an = ax > ay ? ay : ax;
                real = Libm.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                real = Libm.log(h);
            }
        }
        return new Cx(real, Libm.atan2(im, re));
    }

    // CPython: Modules/cmathmodule.c cmath_log10_impl
    static Cx log10(double re, double im) {
        Cx r = log(re, im);
        return new Cx(r.re() / LN10, r.im() / LN10, r.errno());
    }

    /** sin(z) = -i sinh(iz). */
    // CPython: Modules/cmathmodule.c cmath_sin_impl
    static Cx sin(double re, double im) {
        Cx s = sinh(-im, re);
        return new Cx(s.im(), -s.re(), s.errno());
    }

    // CPython: Modules/cmathmodule.c cmath_sinh_impl
    static Cx sinh(double re, double im) {
        if (!finite(re, im)) {
            Cx r;
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                double c = Math.copySign(INF, Libm.cos(im));
                r = new Cx(re > 0 ? c : -c, Math.copySign(INF, Libm.sin(im)));
            } else {
                r = SpecialValues.lookup(SpecialValues.SINH, re, im);
            }
            boolean domain = Double.isInfinite(im) && !Double.isNaN(re);
            return domain ? r.withErrno(Cx.EDOM) : r;
        }
        double real;
        double imag;
        if (Math.abs(re) > LOG_LARGE) {
            double xm1 = re - Math.copySign(1.0, re);
            real = Libm.cos(im) * Libm.sinh(xm1) * E;
            imag = Libm.sin(im) * Libm.cosh(xm1) * E;
        } else {
            real = Libm.cos(im) * Libm.sinh(re);
            imag = Libm.sin(im) * Libm.cosh(re);
        }
        return overflowChecked(real, imag);
    }

    /** tan(z) = -i tanh(iz). */
    // CPython: Modules/cmathmodule.c cmath_tan_impl
    static Cx tan(double re, double im) {
        Cx s = tanh(-im, re);
        return new Cx(s.im(), -s.re(), s.errno());
    }

    /**
     * tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) / (1+tan(y)^2 tanh(x)^2),
     * with 1-tanh(x)^2 computed as 1/cosh(x)^2, or as 4 exp(-2|x|) when cosh(x) would
     * overflow.
     */
    // CPython: Modules/cmathmodule.c cmath_tanh_impl
    static Cx tanh(double re, double im) {
        if (!finite(re, im)) {
            Cx r;
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                r = new Cx(re > 0 ? 1.0 : -1.0,
                        Math.copySign(0.0, 2.0 * Libm.sin(im) * Libm.cos(im)));
            } else {
                r = SpecialValues.lookup(SpecialValues.TANH, re, im);
            }
            boolean domain = Double.isInfinite(im) && Double.isFinite(re);
            return domain ? r.withErrno(Cx.EDOM) : r;
        }
        if (Math.abs(re) > LOG_LARGE) {
            return new Cx(Math.copySign(1.0, re),
                    4.0 * Libm.sin(im) * Libm.cos(im) * Libm.exp(-2.0 * Math.abs(re)));
        }
        double tx = Libm.tanh(re);
        double ty = Libm.tan(im);
        double cx = 1.0 / Libm.cosh(re);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return new Cx(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    /** The phase, with C99's values at infinities and zeros. */
    // CPython: Modules/cmathmodule.c c_atan2
    static double atan2(double re, double im) {
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return Double.NaN;
        }
        if (Double.isInfinite(im)) {
            if (Double.isInfinite(re)) {
                return Math.copySign(Math.copySign(1.0, re) == 1.0 ? 0.25 * Math.PI
                        : 0.75 * Math.PI, im);
            }
            return Math.copySign(0.5 * Math.PI, im);
        }
        if (Double.isInfinite(re) || im == 0.0) {
            return Math.copySign(Math.copySign(1.0, re) == 1.0 ? 0.0 : Math.PI, im);
        }
        return Libm.atan2(im, re);
    }

    /** |z|; infinite when either part is, even with a NaN; ERANGE when hypot overflows. */
    // CPython: Objects/complexobject.c _Py_c_abs
    static Cx abs(double re, double im) {
        if (!finite(re, im)) {
            if (Double.isInfinite(re)) {
                return new Cx(Math.abs(re), 0.0);
            }
            if (Double.isInfinite(im)) {
                return new Cx(Math.abs(im), 0.0);
            }
            return new Cx(Double.NaN, 0.0);
        }
        double r = Libm.hypot(re, im);
        return new Cx(r, 0.0, Double.isFinite(r) ? Cx.OK : Cx.ERANGE);
    }

    /** a / b by Smith's method; EDOM (and 0) for a zero divisor. */
    // CPython: Objects/complexobject.c _Py_c_quot
    static Cx quot(Cx a, Cx b) {
        double absBr = b.re() < 0 ? -b.re() : b.re();
        double absBi = b.im() < 0 ? -b.im() : b.im();
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return new Cx(0.0, 0.0, Cx.EDOM);
            }
            double ratio = b.im() / b.re();
            double denom = b.re() + b.im() * ratio;
            return new Cx((a.re() + a.im() * ratio) / denom, (a.im() - a.re() * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b.re() / b.im();
            double denom = b.re() * ratio + b.im();
            return new Cx((a.re() * ratio + a.im()) / denom, (a.im() * ratio - a.re()) / denom);
        }
        return new Cx(Double.NaN, Double.NaN);
    }
}
