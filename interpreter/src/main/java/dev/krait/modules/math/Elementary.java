package dev.krait.modules.math;

/**
 * The elementary functions whose values must match the C library CPython calls (glibc) bit for
 * bit. glibc's hyperbolic and inverse hyperbolic functions are fdlibm's formulas over its own
 * {@code exp}/{@code log}, so they are written out here over {@link Math#exp} and
 * {@link Math#log} (correctly rounded in practice, as glibc's are), with fdlibm's
 * {@code expm1}/{@code log1p} from {@link StrictMath} (which glibc also uses); {@code cbrt} is
 * glibc's own polynomial-and-Newton algorithm.
 *
 * <p>Counterpart: glibc sysdeps/ieee754/dbl-64 {@code e_cosh.c}, {@code e_sinh.c},
 * {@code s_tanh.c}, {@code e_acosh.c}, {@code s_asinh.c}, {@code e_atanh.c}, {@code s_cbrt.c}.
 */
public final class Elementary {
    private Elementary() {}

    private static final double LN2 = 6.93147180559945286227e-01;
    private static final double TWO28 = 268435456.0;
    /** log(DBL_MAX), and the largest x for which cosh/sinh(x) is finite. */
    private static final double LOG_MAX = 7.09782712893383973096e+02;
    private static final double OVERFLOW_THRESHOLD = 7.10475860073943863426e+02;

    public static double cosh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x * x;
        }
        double ax = Math.abs(x);
        if (ax < 0.5 * LN2) {
            double t = StrictMath.expm1(ax);
            double w = 1.0 + t;
            if (ax < 0x1p-55) {
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ax < 22.0) {
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < LOG_MAX) {
            return 0.5 * Math.exp(ax);
        }
        if (ax <= OVERFLOW_THRESHOLD) {
            double w = Math.exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    public static double sinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x + x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ax < 22.0) {
            if (ax < 0x1p-28) {
                return x;
            }
            double t = StrictMath.expm1(ax);
            if (ax < 1.0) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ax < LOG_MAX) {
            return h * Math.exp(ax);
        }
        if (ax <= OVERFLOW_THRESHOLD) {
            double w = Math.exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return Math.copySign(Double.POSITIVE_INFINITY, x);
    }

    public static double tanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(1.0, x);
        }
        double ax = Math.abs(x);
        double z;
        if (ax < 22.0) {
            if (ax < 0x1p-55) {
                return x * (1.0 + x);
            }
            if (ax >= 1.0) {
                double t = StrictMath.expm1(2.0 * ax);
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = StrictMath.expm1(-2.0 * ax);
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0;
        }
        return x >= 0 ? z : -z;
    }

    public static double acosh(double x) {
        if (Double.isNaN(x) || x < 1.0) {
            return Double.NaN;
        }
        if (x >= TWO28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    public static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-28) {
            return x;
        }
        double w;
        if (ax > TWO28) {
            w = Math.log(ax) + LN2;
        } else if (ax > 2.0) {
            w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            w = StrictMath.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    public static double atanh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1.0) {
            return Double.NaN;
        }
        if (ax == 1.0) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (ax < 0x1p-28) {
            return x;
        }
        double t;
        if (ax < 0.5) {
            t = ax + ax;
            t = 0.5 * StrictMath.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * StrictMath.log1p((ax + ax) / (1.0 - ax));
        }
        return Math.copySign(t, x);
    }

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {
        1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    public static double cbrt(double x) {
        if (x == 0.0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x);
        int bias = 0;
        if (Math.getExponent(ax) == Double.MIN_EXPONENT - 1) {
            ax *= 0x1p54;
            bias = 54;
        }
        int xe = Math.getExponent(ax) + 1;
        double xm = Math.scalb(ax, -xe);
        xe -= bias;
        double u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287
                + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262
                - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }
}
