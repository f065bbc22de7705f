package dev.krait.modules.audioop;

import dev.krait.objects.CArgs;
import static dev.krait.modules.audioop.AudioopModule.checkSize;
import static dev.krait.modules.audioop.AudioopModule.error;
import static dev.krait.modules.audioop.AudioopModule.fragment;
import static dev.krait.objects.CArgs.asInt;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import java.util.Arrays;

/**
 * {@code audioop.ratecv}: frame-rate conversion by linear interpolation between successive
 * input frames, with an optional first-order filter ({@code weightA}, {@code weightB}). The
 * state tuple {@code (d, ((prev, cur), ...))} carries the interpolation phase and each
 * channel's last two samples from one call to the next, so a stream converts in pieces exactly
 * as in one piece.
 *
 * <p>CPython counterpart: Modules/audioop.c {@code audioop_ratecv_impl}.
 */
public final class RateConverter {
    private static final String ILLEGAL_STATE = "ratecv(): illegal state argument";

    private RateConverter() {
    }

    // CPython: Modules/audioop.c gcd
    private static int gcd(int a, int b) {
        while (b > 0) {
            int tmp = a % b;
            a = b;
            b = tmp;
        }
        return a;
    }

    // CPython: Modules/audioop.c audioop_ratecv_impl
    @Exposed(value = "ratecv($module, fragment, width, nchannels, inrate, outrate, state, "
            + "weightA=1, weightB=0, /)", doc = "Convert the frame rate of the input fragment.")
    public static PyObject ratecv(PyObject fragment, PyObject width, PyObject nchannels,
            PyObject inrate, PyObject outrate, PyObject state, PyObject weightA,
            PyObject weightB) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        int nch = asInt(nchannels);
        int inRate = asInt(inrate);
        int outRate = asInt(outrate);
        int wA = asInt(weightA);
        int wB = asInt(weightB);
        checkSize(w);
        if (nch < 1) {
            throw error("# of channels should be >= 1");
        }
        if (w > Integer.MAX_VALUE / nch) {
            throw PyExceptions.overflowError("width * nchannels too big for a C int");
        }
        int bytesPerFrame = w * nch;
        if (wA < 1 || wB < 0) {
            throw error("weightA should be >= 1, weightB should be >= 0");
        }
        if (b.length % bytesPerFrame != 0) {
            throw error("not a whole number of frames");
        }
        if (inRate <= 0 || outRate <= 0) {
            throw error("sampling rate not > 0");
        }
        int g = gcd(inRate, outRate);
        inRate /= g;
        outRate /= g;
        g = gcd(wA, wB);
        wA /= g;
        wB /= g;

        int[] prev = new int[nch];
        int[] cur = new int[nch];
        int d;
        if (state == PyNone.NONE) {
            d = -outRate;
        } else {
            d = readState(state, prev, cur);
        }
        long len = b.length / bytesPerFrame;
        if (len > 0) {
            // CPython allocates ceiling(len / inrate) * outrate frames and refuses when that
            // overflows a Py_ssize_t; the Java buffer below grows as needed instead.
            long q = 1 + (len - 1) / inRate;
            if (outRate > Long.MAX_VALUE / q / bytesPerFrame) {
                throw AudioopModule.noMemory();
            }
        }
        double expected = (double) len * outRate / inRate * bytesPerFrame + bytesPerFrame;
        Output out = new Output((int) Math.min(1 << 20, expected));
        int cp = 0;
        double weightSum = (double) wA + (double) wB;
        while (true) {
            while (d < 0) {
                if (len == 0) {
                    PyObject[] samps = new PyObject[nch];
                    for (int c = 0; c < nch; c++) {
                        samps[c] = PyTuple.of(PyInt.of(prev[c]), PyInt.of(cur[c]));
                    }
                    return PyTuple.of(PyBytes.of(out.toArray()),
                            PyTuple.of(PyInt.of(d), PyTuple.of(samps)));
                }
                for (int c = 0; c < nch; c++) {
                    prev[c] = cur[c];
                    int sample = Samples.get32(b, cp, w);
                    cp += w;
                    // A simple digital filter: the new sample weighted against the last.
                    cur[c] = Samples.cInt(((double) wA * sample + (double) wB * prev[c])
                            / weightSum);
                }
                len--;
                d += outRate;
            }
            while (d >= 0) {
                for (int c = 0; c < nch; c++) {
                    int o = Samples.cInt(((double) prev[c] * d
                            + (double) cur[c] * (double) (outRate - d)) / (double) outRate);
                    out.sample32(w, o);
                }
                d -= inRate;
            }
        }
    }

    /** Reads {@code (d, ((prev, cur), ...))} into the channel arrays and returns {@code d}. */
    private static int readState(PyObject state, int[] prev, int[] cur) {
        if (!(state instanceof PyTuple t)) {
            throw PyExceptions.typeError("state must be a tuple or None");
        }
        if (t.size() != 2) {
            throw PyExceptions.typeError(ILLEGAL_STATE);
        }
        int d = CArgs.intFormat(t.get(0));
        if (!(t.get(1) instanceof PyTuple samps)) {
            throw PyExceptions.typeError(ILLEGAL_STATE);
        }
        if (samps.size() != prev.length) {
            throw error("illegal state argument");
        }
        for (int c = 0; c < prev.length; c++) {
            if (!(samps.get(c) instanceof PyTuple channel) || channel.size() != 2) {
                throw PyExceptions.typeError(ILLEGAL_STATE);
            }
            prev[c] = CArgs.intFormat(channel.get(0));
            cur[c] = CArgs.intFormat(channel.get(1));
        }
        return d;
    }

    /** A growing byte buffer of samples. */
    private static final class Output {
        private byte[] buf;
        private int n;

        Output(int capacity) {
            buf = new byte[Math.max(capacity, 16)];
        }

        void sample32(int width, int v) {
            if (n + width > buf.length) {
                if (buf.length > Integer.MAX_VALUE / 2 - 8) {
                    throw AudioopModule.noMemory();
                }
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            Samples.set32(buf, n, width, v);
            n += width;
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, n);
        }
    }
}
