package dev.krait.modules.statistics;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.FloatMath;
import dev.krait.objects.Libm;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _statistics} module: {@code NormalDist.inv_cdf}'s kernel, Wichura's algorithm
 * AS241 (rational approximations on three ranges of p), evaluated in the same order of
 * operations as CPython's C and with libm's {@code log}, so the quantiles are CPython's bit for
 * bit. {@code statistics.py} has the same algorithm in Python as its fallback.
 *
 * <p>CPython counterpart: Modules/_statisticsmodule.c.
 */
@NativeModule.Register("_statistics")
public final class StatisticsModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_statistics");
        m.put("__doc__", PyStr.of("Accelerators for the statistics module.\n"));
        ModuleBuilder.addFunctions(m, StatisticsModule.class);
        return m;
    }

    // CPython: Modules/_statisticsmodule.c _statistics__normal_dist_inv_cdf_impl
    @Exposed("_normal_dist_inv_cdf($module, p, mu, sigma, /)")
    public static double _normal_dist_inv_cdf(PyObject pArg, PyObject muArg, PyObject sigmaArg) {
        double p = FloatMath.asDouble(pArg);
        double mu = FloatMath.asDouble(muArg);
        double sigma = FloatMath.asDouble(sigmaArg);
        // A NaN passes these tests, as in C, and comes out as a NaN quantile.
        if (p <= 0.0 || p >= 1.0 || sigma <= 0.0) {
            throw undefined();
        }
        double q = p - 0.5;
        double num;
        double den;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            num = (((((((2.5090809287301226727e+3 * r
                    + 3.3430575583588128105e+4) * r
                    + 6.7265770927008700853e+4) * r
                    + 4.5921953931549871457e+4) * r
                    + 1.3731693765509461125e+4) * r
                    + 1.9715909503065514427e+3) * r
                    + 1.3314166789178437745e+2) * r
                    + 3.3871328727963666080e+0) * q;
            den = (((((((5.2264952788528545610e+3 * r
                    + 2.8729085735721942674e+4) * r
                    + 3.9307895800092710610e+4) * r
                    + 2.1213794301586595867e+4) * r
                    + 5.3941960214247511077e+3) * r
                    + 6.8718700749205790830e+2) * r
                    + 4.2313330701600911252e+1) * r
                    + 1.0);
            if (den == 0.0) {
                throw undefined();
            }
            return mu + (num / den * sigma);
        }
        double r = q <= 0.0 ? p : 1.0 - p;
        if (r <= 0.0 || r >= 1.0) {
            throw undefined();
        }
        r = Math.sqrt(-Libm.log(r));
        if (r <= 5.0) {
            r = r - 1.6;
            num = (((((((7.74545014278341407640e-4 * r
                    + 2.27238449892691845833e-2) * r
                    + 2.41780725177450611770e-1) * r
                    + 1.27045825245236838258e+0) * r
                    + 3.64784832476320460504e+0) * r
                    + 5.76949722146069140550e+0) * r
                    + 4.63033784615654529590e+0) * r
                    + 1.42343711074968357734e+0);
            den = (((((((1.05075007164441684324e-9 * r
                    + 5.47593808499534494600e-4) * r
                    + 1.51986665636164571966e-2) * r
                    + 1.48103976427480074590e-1) * r
                    + 6.89767334985100004550e-1) * r
                    + 1.67638483018380384940e+0) * r
                    + 2.05319162663775882187e+0) * r
                    + 1.0);
        } else {
            r -= 5.0;
            num = (((((((2.01033439929228813265e-7 * r
                    + 2.71155556874348757815e-5) * r
                    + 1.24266094738807843860e-3) * r
                    + 2.65321895265761230930e-2) * r
                    + 2.96560571828504891230e-1) * r
                    + 1.78482653991729133580e+0) * r
                    + 5.46378491116411436990e+0) * r
                    + 6.65790464350110377720e+0);
            den = (((((((2.04426310338993978564e-15 * r
                    + 1.42151175831644588870e-7) * r
                    + 1.84631831751005468180e-5) * r
                    + 7.86869131145613259100e-4) * r
                    + 1.48753612908506148525e-2) * r
                    + 1.36929880922735805310e-1) * r
                    + 5.99832206555887937690e-1) * r
                    + 1.0);
        }
        if (den == 0.0) {
            throw undefined();
        }
        double x = num / den;
        if (q < 0.0) {
            x = -x;
        }
        return mu + (x * sigma);
    }

    private static RuntimeException undefined() {
        return PyExceptions.valueError("inv_cdf undefined for these parameters");
    }
}
