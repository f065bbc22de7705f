package dev.krait.modules.audioop;

import static dev.krait.modules.audioop.AudioopModule.checkParameters;
import static dev.krait.modules.audioop.AudioopModule.checkSize;
import static dev.krait.modules.audioop.AudioopModule.error;
import static dev.krait.modules.audioop.AudioopModule.fragment;
import static dev.krait.modules.audioop.AudioopModule.output;
import static dev.krait.modules.audioop.AudioopModule.real;
import static dev.krait.objects.CArgs.asInt;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyObject;

/**
 * The audioop functions that make a new fragment of linear samples from one or two others:
 * scaling, mixing, channel conversion, bias, reversal, byte order and sample width. Results are
 * saturated to the width's range where CPython saturates ({@code fbound}) and wrap where it
 * wraps ({@code bias}). Frame-rate conversion is in {@link RateConverter}.
 *
 * <p>CPython counterpart: Modules/audioop.c ({@code audioop_mul_impl} to
 * {@code audioop_lin2lin_impl}).
 */
public final class Transforms {
    private Transforms() {
    }

    // CPython: Modules/audioop.c audioop_mul_impl
    @Exposed(value = "mul($module, fragment, width, factor, /)",
            doc = "Return a fragment that has all samples in the original fragment multiplied "
                    + "by the floating-point value factor.")
    public static PyObject mul(PyObject fragment, PyObject width, PyObject factor) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        double f = real(factor);
        checkParameters(b.length, w);
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i += w) {
            double v = Samples.get(b, i, w);
            Samples.set(out, i, w, Samples.fbound(v * f, w));
        }
        return PyBytes.of(out);
    }

    // CPython: Modules/audioop.c audioop_tomono_impl
    @Exposed(value = "tomono($module, fragment, width, lfactor, rfactor, /)",
            doc = "Convert a stereo fragment to a mono fragment.")
    public static PyObject tomono(PyObject fragment, PyObject width, PyObject lfactor,
            PyObject rfactor) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        double lf = real(lfactor);
        double rf = real(rfactor);
        checkParameters(b.length, w);
        if (((b.length / w) & 1) != 0) {
            throw error("not a whole number of frames");
        }
        byte[] out = new byte[b.length / 2];
        for (int i = 0; i < b.length; i += w * 2) {
            double v1 = Samples.get(b, i, w);
            double v2 = Samples.get(b, i + w, w);
            Samples.set(out, i / 2, w, Samples.fbound(v1 * lf + v2 * rf, w));
        }
        return PyBytes.of(out);
    }

    // CPython: Modules/audioop.c audioop_tostereo_impl
    @Exposed(value = "tostereo($module, fragment, width, lfactor, rfactor, /)",
            doc = "Generate a stereo fragment from a mono fragment.")
    public static PyObject tostereo(PyObject fragment, PyObject width, PyObject lfactor,
            PyObject rfactor) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        double lf = real(lfactor);
        double rf = real(rfactor);
        checkParameters(b.length, w);
        byte[] out = output(b.length * 2L);
        for (int i = 0; i < b.length; i += w) {
            double v = Samples.get(b, i, w);
            Samples.set(out, i * 2, w, Samples.fbound(v * lf, w));
            Samples.set(out, i * 2 + w, w, Samples.fbound(v * rf, w));
        }
        return PyBytes.of(out);
    }

    // CPython: Modules/audioop.c audioop_add_impl
    @Exposed(value = "add($module, fragment1, fragment2, width, /)",
            doc = "Return a fragment which is the addition of the two samples passed as "
                    + "parameters.")
    public static PyObject add(PyObject fragment1, PyObject fragment2, PyObject width) {
        byte[] a = fragment(fragment1);
        byte[] b = fragment(fragment2);
        int w = asInt(width);
        checkParameters(a.length, w);
        if (a.length != b.length) {
            throw error("Lengths should be the same");
        }
        int maxval = Samples.MAXVALS[w];
        int minval = Samples.MINVALS[w];
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i += w) {
            // A sum of two samples fits a long: saturate it to the width's range.
            long sum = (long) Samples.get(a, i, w) + Samples.get(b, i, w);
            int v = (int) Math.max(minval, Math.min(maxval, sum));
            Samples.set(out, i, w, v);
        }
        return PyBytes.of(out);
    }

    // CPython: Modules/audioop.c audioop_bias_impl
    @Exposed(value = "bias($module, fragment, width, bias, /)",
            doc = "Return a fragment that is the original fragment with a bias added to each "
                    + "sample.")
    public static PyObject bias(PyObject fragment, PyObject width, PyObject bias) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        int add = asInt(bias);
        checkParameters(b.length, w);
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i += w) {
            // Unsigned arithmetic: the sum wraps around within the width.
            Samples.set(out, i, w, Samples.getUnsigned(b, i, w) + add);
        }
        return PyBytes.of(out);
    }

    // CPython: Modules/audioop.c audioop_reverse_impl
    @Exposed(value = "reverse($module, fragment, width, /)",
            doc = "Reverse the samples in a fragment and returns the modified fragment.")
    public static PyObject reverse(PyObject fragment, PyObject width) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        checkParameters(b.length, w);
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i += w) {
            System.arraycopy(b, i, out, b.length - i - w, w);
        }
        return PyBytes.of(out);
    }

    // CPython: Modules/audioop.c audioop_byteswap_impl
    @Exposed(value = "byteswap($module, fragment, width, /)",
            doc = "Convert big-endian samples to little-endian and vice versa.")
    public static PyObject byteswap(PyObject fragment, PyObject width) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        checkParameters(b.length, w);
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i += w) {
            for (int j = 0; j < w; j++) {
                out[i + w - 1 - j] = b[i + j];
            }
        }
        return PyBytes.of(out);
    }

    // CPython: Modules/audioop.c audioop_lin2lin_impl
    @Exposed(value = "lin2lin($module, fragment, width, newwidth, /)",
            doc = "Convert samples between 1-, 2-, 3- and 4-byte formats.")
    public static PyObject lin2lin(PyObject fragment, PyObject width, PyObject newwidth) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        int nw = asInt(newwidth);
        checkParameters(b.length, w);
        checkSize(nw);
        byte[] out = output((long) (b.length / w) * nw);
        for (int i = 0, j = 0; i < b.length; i += w, j += nw) {
            Samples.set32(out, j, nw, Samples.get32(b, i, w));
        }
        return PyBytes.of(out);
    }
}
