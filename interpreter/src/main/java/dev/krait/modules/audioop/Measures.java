package dev.krait.modules.audioop;

import dev.krait.objects.CArgs;
import static dev.krait.modules.audioop.AudioopModule.checkParameters;
import static dev.krait.modules.audioop.AudioopModule.error;
import static dev.krait.modules.audioop.AudioopModule.fragment;
import static dev.krait.objects.CArgs.asInt;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;

/**
 * The audioop functions that measure a fragment and return numbers: one sample, extremes,
 * averages, energy, zero crossings, and the 16-bit fitting functions {@code findfit},
 * {@code findfactor} and {@code findmax} used for echo cancellation.
 *
 * <p>CPython counterpart: Modules/audioop.c ({@code audioop_getsample_impl} to
 * {@code audioop_cross_impl}).
 */
public final class Measures {
    private Measures() {
    }

    // CPython: Modules/audioop.c audioop_getsample_impl
    @Exposed(value = "getsample($module, fragment, width, index, /)",
            doc = "Return the value of sample index from the fragment.")
    public static long getsample(PyObject fragment, PyObject width, PyObject index) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        long i = CArgs.asSsizeT(index);
        checkParameters(b.length, w);
        if (i < 0 || i >= b.length / w) {
            throw error("Index out of range");
        }
        return Samples.get(b, (int) i * w, w);
    }

    // CPython: Modules/audioop.c audioop_max_impl
    @Exposed(value = "max($module, fragment, width, /)",
            doc = "Return the maximum of the absolute value of all samples in a fragment.")
    public static long max(PyObject fragment, PyObject width) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        checkParameters(b.length, w);
        long max = 0;
        for (int i = 0; i < b.length; i += w) {
            long v = Math.abs((long) Samples.get(b, i, w));
            if (v > max) {
                max = v;
            }
        }
        return max;
    }

    // CPython: Modules/audioop.c audioop_minmax_impl
    @Exposed(value = "minmax($module, fragment, width, /)",
            doc = "Return the minimum and maximum values of all samples in the sound fragment.")
    public static PyObject minmax(PyObject fragment, PyObject width) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        checkParameters(b.length, w);
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < b.length; i += w) {
            int v = Samples.get(b, i, w);
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        return PyTuple.of(PyInt.of(min), PyInt.of(max));
    }

    // CPython: Modules/audioop.c audioop_avg_impl
    @Exposed(value = "avg($module, fragment, width, /)",
            doc = "Return the average over all samples in the fragment.")
    public static long avg(PyObject fragment, PyObject width) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        checkParameters(b.length, w);
        if (b.length == 0) {
            return 0;
        }
        double sum = 0.0;
        for (int i = 0; i < b.length; i += w) {
            sum += Samples.get(b, i, w);
        }
        return Samples.cInt(Math.floor(sum / (double) (b.length / w)));
    }

    // CPython: Modules/audioop.c audioop_rms_impl
    @Exposed(value = "rms($module, fragment, width, /)",
            doc = "Return the root-mean-square of the fragment, i.e. sqrt(sum(S_i^2)/n).")
    public static long rms(PyObject fragment, PyObject width) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        checkParameters(b.length, w);
        if (b.length == 0) {
            return 0;
        }
        double sumSquares = 0.0;
        for (int i = 0; i < b.length; i += w) {
            double v = Samples.get(b, i, w);
            sumSquares += v * v;
        }
        return Samples.cUnsigned(Math.sqrt(sumSquares / (double) (b.length / w)));
    }

    /** The 16-bit sample {@code k} (not byte offset) of a fragment. */
    private static double s16(byte[] b, int k) {
        return (short) ((b[2 * k] & 0xFF) | (b[2 * k + 1] << 8));
    }

    /** The sum of {@code a[ai + k] * r[k]} over {@code len} 16-bit samples. */
    // CPython: Modules/audioop.c _sum2
    private static double sum2(byte[] a, int ai, byte[] r, int len) {
        double sum = 0.0;
        for (int k = 0; k < len; k++) {
            sum = sum + s16(a, ai + k) * s16(r, k);
        }
        return sum;
    }

    // CPython: Modules/audioop.c audioop_findfit_impl
    @Exposed(value = "findfit($module, fragment, reference, /)",
            doc = "Try to match reference as well as possible to a portion of fragment.")
    public static PyObject findfit(PyObject fragment, PyObject reference) {
        byte[] a = fragment(fragment);
        byte[] r = fragment(reference);
        if ((a.length & 1) != 0 || (r.length & 1) != 0) {
            throw error("Strings should be even-sized");
        }
        int len1 = a.length >> 1;
        int len2 = r.length >> 1;
        if (len1 < len2) {
            throw error("First sample should be longer");
        }
        // Slide the reference along the fragment: the energy of the window is updated
        // incrementally, its correlation with the reference recomputed at each offset.
        double sumRi2 = sum2(r, 0, r, len2);
        double sumAij2 = sum2(a, 0, a, len2);
        double sumAijRi = sum2(a, 0, r, len2);
        double bestResult = (sumRi2 * sumAij2 - sumAijRi * sumAijRi) / sumAij2;
        int bestJ = 0;
        for (int j = 1; j <= len1 - len2; j++) {
            double ajM1 = s16(a, j - 1);
            double ajLm1 = s16(a, j + len2 - 1);
            sumAij2 = sumAij2 + ajLm1 * ajLm1 - ajM1 * ajM1;
            sumAijRi = sum2(a, j, r, len2);
            double result = (sumRi2 * sumAij2 - sumAijRi * sumAijRi) / sumAij2;
            if (result < bestResult) {
                bestResult = result;
                bestJ = j;
            }
        }
        double factor = sum2(a, bestJ, r, len2) / sumRi2;
        return PyTuple.of(PyInt.of(bestJ), new PyFloat(factor));
    }

    // CPython: Modules/audioop.c audioop_findfactor_impl
    @Exposed(value = "findfactor($module, fragment, reference, /)",
            doc = "Return a factor F such that rms(add(fragment, mul(reference, -F))) is "
                    + "minimal.")
    public static double findfactor(PyObject fragment, PyObject reference) {
        byte[] a = fragment(fragment);
        byte[] r = fragment(reference);
        if ((a.length & 1) != 0 || (r.length & 1) != 0) {
            throw error("Strings should be even-sized");
        }
        if (a.length != r.length) {
            throw error("Samples should be same size");
        }
        int len = a.length >> 1;
        return sum2(a, 0, r, len) / sum2(r, 0, r, len);
    }

    // CPython: Modules/audioop.c audioop_findmax_impl
    @Exposed(value = "findmax($module, fragment, length, /)",
            doc = "Search fragment for a slice of specified number of samples with maximum "
                    + "energy.")
    public static long findmax(PyObject fragment, PyObject length) {
        byte[] a = fragment(fragment);
        long n = CArgs.asSsizeT(length);
        if ((a.length & 1) != 0) {
            throw error("Strings should be even-sized");
        }
        int len1 = a.length >> 1;
        if (n < 0 || len1 < n) {
            throw error("Input sample should be longer");
        }
        int len = (int) n;
        double result = sum2(a, 0, a, len);
        double bestResult = result;
        int bestJ = 0;
        for (int j = 1; j <= len1 - len; j++) {
            double ajM1 = s16(a, j - 1);
            double ajLm1 = s16(a, j + len - 1);
            result = result + ajLm1 * ajLm1 - ajM1 * ajM1;
            if (result > bestResult) {
                bestResult = result;
                bestJ = j;
            }
        }
        return bestJ;
    }

    // CPython: Modules/audioop.c audioop_avgpp_impl
    @Exposed(value = "avgpp($module, fragment, width, /)",
            doc = "Return the average peak-peak value over all samples in the fragment.")
    public static long avgpp(PyObject fragment, PyObject width) {
        return peaks(fragment(fragment), asInt(width), true);
    }

    // CPython: Modules/audioop.c audioop_maxpp_impl
    @Exposed(value = "maxpp($module, fragment, width, /)",
            doc = "Return the maximum peak-peak value in the sound fragment.")
    public static long maxpp(PyObject fragment, PyObject width) {
        return peaks(fragment(fragment), asInt(width), false);
    }

    /**
     * The average or the largest of the differences between successive extremes (the samples
     * where the signal's derivative changes sign), differences taken as unsigned 32-bit.
     */
    private static long peaks(byte[] b, int w, boolean average) {
        checkParameters(b.length, w);
        if (b.length <= w) {
            return 0;
        }
        int prevVal = Samples.get(b, 0, w);
        boolean prevExtremeValid = false;
        int prevExtreme = 0;
        int prevDiff = 17; // neither 0 nor 1: no direction yet
        double sum = 0.0;
        long max = 0;
        int nExtreme = 0;
        for (int i = w; i < b.length; i += w) {
            int val = Samples.get(b, i, w);
            if (val == prevVal) {
                continue;
            }
            int diff = val < prevVal ? 1 : 0;
            if (prevDiff == (diff == 0 ? 1 : 0)) {
                if (prevExtremeValid) {
                    long d = prevVal < prevExtreme
                            ? ((long) prevExtreme - prevVal) & 0xFFFFFFFFL
                            : ((long) prevVal - prevExtreme) & 0xFFFFFFFFL;
                    sum += d;
                    max = Math.max(max, d);
                    nExtreme++;
                }
                prevExtremeValid = true;
                prevExtreme = prevVal;
            }
            prevVal = val;
            prevDiff = diff;
        }
        if (!average) {
            return max;
        }
        return nExtreme == 0 ? 0 : Samples.cUnsigned(sum / nExtreme);
    }

    // CPython: Modules/audioop.c audioop_cross_impl
    @Exposed(value = "cross($module, fragment, width, /)",
            doc = "Return the number of zero crossings in the fragment passed as an argument.")
    public static long cross(PyObject fragment, PyObject width) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        checkParameters(b.length, w);
        long ncross = -1;
        int prevVal = 17; // neither 0 nor 1
        for (int i = 0; i < b.length; i += w) {
            int val = Samples.get(b, i, w) < 0 ? 1 : 0;
            if (val != prevVal) {
                ncross++;
            }
            prevVal = val;
        }
        return ncross;
    }
}
