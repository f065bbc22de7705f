package dev.krait.modules.cmath;

/**
 * The results of the complex functions at infinities, NaNs and signed zeros, as C99 Annex G
 * recommends and CPython's tables give them. Each table is 7 by 7, indexed by the class of the
 * real part (row) and of the imaginary part (column) — negative infinity, negative finite,
 * -0.0, +0.0, positive finite, positive infinity, NaN — and holds (real, imag) pairs. Cells
 * for two finite non-zero parts are never read ({@link #U}): those arguments are computed.
 *
 * <p>CPython counterpart: Modules/cmathmodule.c {@code special_type}, {@code SPECIAL_VALUE},
 * the {@code *_special_values} tables filled in {@code cmath_exec}.
 */
final class SpecialValues {
    private SpecialValues() {}

    private static final double P = Math.PI;
    private static final double P14 = 0.25 * Math.PI;
    private static final double P12 = 0.5 * Math.PI;
    private static final double P34 = 0.75 * Math.PI;
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double N = Double.NaN;
    /** A placeholder for cells that are never used. */
    private static final double U = -9.5426319407711027e33;

    static final int NINF = 0;
    static final int NEG = 1;
    static final int NZERO = 2;
    static final int PZERO = 3;
    static final int POS = 4;
    static final int PINF = 5;
    static final int NAN = 6;

    /** The class of a double, the index into the tables. */
    // CPython: Modules/cmathmodule.c special_type
    static int type(double d) {
        boolean positive = Math.copySign(1.0, d) == 1.0;
        if (Double.isFinite(d)) {
            if (d != 0) {
                return positive ? POS : NEG;
            }
            return positive ? PZERO : NZERO;
        }
        if (Double.isNaN(d)) {
            return NAN;
        }
        return positive ? PINF : NINF;
    }

    /** The table's value for (re, im), with no error. */
    static Cx lookup(double[] table, double re, double im) {
        int at = 2 * (7 * type(re) + type(im));
        return new Cx(table[at], table[at + 1]);
    }

    static final double[] ACOS = {
            P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
            P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
            P12, INF, U, U, P12, 0.0, P12, -0.0, U, U, P12, -INF, P12, N,
            P12, INF, U, U, P12, 0.0, P12, -0.0, U, U, P12, -INF, P12, N,
            P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
            P14, INF, 0.0, INF, 0.0, INF, 0.0, -INF, 0.0, -INF, P14, -INF, N, INF,
            N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N,
    };

    static final double[] ACOSH = {
            INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P12, U, U, 0.0, -P12, 0.0, P12, U, U, INF, P12, N, N,
            INF, -P12, U, U, 0.0, -P12, 0.0, P12, U, U, INF, P12, N, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
            INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
    };

    static final double[] ASINH = {
            -INF, -P14, -INF, -0.0, -INF, -0.0, -INF, 0.0, -INF, 0.0, -INF, P14, -INF, N,
            -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
            -INF, -P12, U, U, -0.0, -0.0, -0.0, 0.0, U, U, -INF, P12, N, N,
            INF, -P12, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, P12, N, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
            INF, N, N, N, N, -0.0, N, 0.0, N, N, INF, N, N, N,
    };

    static final double[] ATANH = {
            -0.0, -P12, -0.0, -P12, -0.0, -P12, -0.0, P12, -0.0, P12, -0.0, P12, -0.0, N,
            -0.0, -P12, U, U, U, U, U, U, U, U, -0.0, P12, N, N,
            -0.0, -P12, U, U, -0.0, -0.0, -0.0, 0.0, U, U, -0.0, P12, -0.0, N,
            0.0, -P12, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, P12, 0.0, N,
            0.0, -P12, U, U, U, U, U, U, U, U, 0.0, P12, N, N,
            0.0, -P12, 0.0, -P12, 0.0, -P12, 0.0, P12, 0.0, P12, 0.0, P12, 0.0, N,
            0.0, -P12, N, N, N, N, N, N, N, N, 0.0, P12, N, N,
    };

    static final double[] COSH = {
            INF, N, U, U, INF, 0.0, INF, -0.0, U, U, INF, N, INF, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            N, 0.0, U, U, 1.0, 0.0, 1.0, -0.0, U, U, N, 0.0, N, 0.0,
            N, 0.0, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, 0.0, N, 0.0,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
            N, N, N, N, N, 0.0, N, 0.0, N, N, N, N, N, N,
    };

    static final double[] EXP = {
            0.0, 0.0, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, 0.0, 0.0, 0.0,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            N, N, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, N, N, N,
            N, N, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, N, N, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
            N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N,
    };

    static final double[] LOG = {
            INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
            INF, -P12, U, U, -INF, -0.0, -INF, 0.0, U, U, INF, P12, N, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
            INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
    };

    static final double[] SINH = {
            INF, N, U, U, -INF, -0.0, -INF, 0.0, U, U, INF, N, INF, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            0.0, N, U, U, -0.0, -0.0, -0.0, 0.0, U, U, 0.0, N, 0.0, N,
            0.0, N, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, N, 0.0, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
            N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N,
    };

    static final double[] SQRT = {
            INF, -INF, 0.0, -INF, 0.0, -INF, 0.0, INF, 0.0, INF, INF, INF, N, INF,
            INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
            INF, -INF, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, INF, N, N,
            INF, -INF, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, INF, N, N,
            INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
            INF, -INF, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, INF, INF, N,
            INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N,
    };

    static final double[] TANH = {
            -1.0, 0.0, U, U, -1.0, -0.0, -1.0, 0.0, U, U, -1.0, 0.0, -1.0, 0.0,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            N, N, U, U, -0.0, -0.0, -0.0, 0.0, U, U, N, N, N, N,
            N, N, U, U, 0.0, -0.0, 0.0, 0.0, U, U, N, N, N, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            1.0, 0.0, U, U, 1.0, -0.0, 1.0, 0.0, U, U, 1.0, 0.0, 1.0, 0.0,
            N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N,
    };

    static final double[] RECT = {
            INF, N, U, U, -INF, 0.0, -INF, -0.0, U, U, INF, N, INF, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            0.0, 0.0, U, U, -0.0, 0.0, -0.0, -0.0, U, U, 0.0, 0.0, 0.0, 0.0,
            0.0, 0.0, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, 0.0, 0.0, 0.0,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
            N, N, N, N, N, 0.0, N, 0.0, N, N, N, N, N, N,
    };
}
