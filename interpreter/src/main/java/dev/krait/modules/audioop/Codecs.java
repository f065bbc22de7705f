package dev.krait.modules.audioop;

import dev.krait.objects.CArgs;
import static dev.krait.modules.audioop.AudioopModule.checkParameters;
import static dev.krait.modules.audioop.AudioopModule.checkSize;
import static dev.krait.modules.audioop.AudioopModule.fragment;
import static dev.krait.modules.audioop.AudioopModule.output;
import static dev.krait.objects.CArgs.asInt;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;

/**
 * The audioop codecs: G.711 u-law and A-law (one byte a sample, as Sun {@code .au} files and
 * telephony use them) and Intel/DVI ADPCM (four bits a sample, with a state tuple
 * {@code (valpred, index)} carried between calls). Linear samples go in and out scaled to 32
 * bits ({@link Samples#get32}), so every width encodes the same way.
 *
 * <p>The encoders follow the Sox {@code g711.c} code that CPython uses; the decoders compute,
 * once, the same 256-entry tables CPython spells out.
 *
 * <p>CPython counterpart: Modules/audioop.c ({@code st_14linear2ulaw}, {@code st_linear2alaw},
 * {@code audioop_lin2ulaw_impl} to {@code audioop_adpcm2lin_impl}).
 */
public final class Codecs {
    /** The 16-bit linear value of each u-law byte. */
    private static final short[] ULAW_TO_LINEAR = new short[256];
    /** The 16-bit linear value of each A-law byte. */
    private static final short[] ALAW_TO_LINEAR = new short[256];
    /** The upper end of each u-law and A-law segment (magnitudes). */
    private static final int[] SEG_UEND = {0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF};
    private static final int[] SEG_AEND = {0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF};

    /** Intel ADPCM: how each 4-bit code moves the step index. */
    private static final int[] INDEX_TABLE = {
        -1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8,
    };
    /** Intel ADPCM: the quantiser's step sizes. */
    private static final int[] STEPSIZE_TABLE = {
        7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45,
        50, 55, 60, 66, 73, 80, 88, 97, 107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279,
        307, 337, 371, 408, 449, 494, 544, 598, 658, 724, 796, 876, 963, 1060, 1166, 1282,
        1411, 1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871,
        5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899, 15289, 16818,
        18500, 20350, 22385, 24623, 27086, 29794, 32767,
    };

    static {
        for (int code = 0; code < 256; code++) {
            // u-law: complemented sign, 3-bit segment and 4-bit mantissa, biased by 0x84.
            int u = ~code & 0xFF;
            int t = (((u & 0x0F) << 3) + 0x84) << ((u & 0x70) >> 4);
            ULAW_TO_LINEAR[code] = (short) ((u & 0x80) != 0 ? 0x84 - t : t - 0x84);
            // A-law: even bits inverted; segment 0 is linear, the others double each time.
            int a = code ^ 0x55;
            int seg = (a & 0x70) >> 4;
            int m = (a & 0x0F) << 4;
            m = seg == 0 ? m + 8 : (m + 0x108) << (seg - 1);
            ALAW_TO_LINEAR[code] = (short) ((a & 0x80) != 0 ? m : -m);
        }
    }

    private Codecs() {
    }

    /** The first segment whose end is at least {@code val}, or 8. */
    private static int segment(int val, int[] ends) {
        for (int i = 0; i < ends.length; i++) {
            if (val <= ends[i]) {
                return i;
            }
        }
        return ends.length;
    }

    /** The u-law byte of a 14-bit linear value. */
    // CPython: Modules/audioop.c st_14linear2ulaw
    static int linearToUlaw(int pcm) {
        int mask;
        if (pcm < 0) {
            pcm = -pcm;
            mask = 0x7F;
        } else {
            mask = 0xFF;
        }
        pcm = Math.min(pcm, 32635) + (0x84 >> 2);
        int seg = segment(pcm, SEG_UEND);
        if (seg >= 8) {
            return 0x7F ^ mask;
        }
        return ((seg << 4) | ((pcm >> (seg + 1)) & 0xF)) ^ mask;
    }

    /** The A-law byte of a 13-bit linear value. */
    // CPython: Modules/audioop.c st_linear2alaw
    static int linearToAlaw(int pcm) {
        int mask;
        if (pcm >= 0) {
            mask = 0xD5;
        } else {
            mask = 0x55;
            pcm = -pcm - 1;
        }
        int seg = segment(pcm, SEG_AEND);
        if (seg >= 8) {
            return 0x7F ^ mask;
        }
        int aval = (seg << 4) | ((pcm >> (seg < 2 ? 1 : seg)) & 0xF);
        return aval ^ mask;
    }

    // CPython: Modules/audioop.c audioop_lin2ulaw_impl
    @Exposed(value = "lin2ulaw($module, fragment, width, /)",
            doc = "Convert samples in the audio fragment to u-LAW encoding.")
    public static PyObject lin2ulaw(PyObject fragment, PyObject width) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        checkParameters(b.length, w);
        byte[] out = new byte[b.length / w];
        for (int i = 0, j = 0; i < b.length; i += w, j++) {
            out[j] = (byte) linearToUlaw(Samples.get32(b, i, w) >> 18);
        }
        return PyBytes.of(out);
    }

    // CPython: Modules/audioop.c audioop_ulaw2lin_impl
    @Exposed(value = "ulaw2lin($module, fragment, width, /)",
            doc = "Convert sound fragments in u-LAW encoding to linearly encoded sound "
                    + "fragments.")
    public static PyObject ulaw2lin(PyObject fragment, PyObject width) {
        return decodeLaw(fragment(fragment), asInt(width), ULAW_TO_LINEAR);
    }

    // CPython: Modules/audioop.c audioop_lin2alaw_impl
    @Exposed(value = "lin2alaw($module, fragment, width, /)",
            doc = "Convert samples in the audio fragment to a-LAW encoding.")
    public static PyObject lin2alaw(PyObject fragment, PyObject width) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        checkParameters(b.length, w);
        byte[] out = new byte[b.length / w];
        for (int i = 0, j = 0; i < b.length; i += w, j++) {
            out[j] = (byte) linearToAlaw(Samples.get32(b, i, w) >> 19);
        }
        return PyBytes.of(out);
    }

    // CPython: Modules/audioop.c audioop_alaw2lin_impl
    @Exposed(value = "alaw2lin($module, fragment, width, /)",
            doc = "Convert sound fragments in a-LAW encoding to linearly encoded sound "
                    + "fragments.")
    public static PyObject alaw2lin(PyObject fragment, PyObject width) {
        return decodeLaw(fragment(fragment), asInt(width), ALAW_TO_LINEAR);
    }

    /** Each byte of {@code b} looked up in a 16-bit table, written as a sample of width w. */
    private static PyObject decodeLaw(byte[] b, int w, short[] table) {
        checkSize(w);
        byte[] out = output((long) b.length * w);
        for (int i = 0; i < b.length; i++) {
            Samples.set32(out, i * w, w, table[b[i] & 0xFF] << 16);
        }
        return PyBytes.of(out);
    }

    /**
     * The ADPCM state {@code (valpred, index)}: None for the start of a stream; a predicted
     * value outside 16 bits or an index outside the step table is "bad state".
     */
    private static int[] adpcmState(PyObject state, String function) {
        if (state == PyNone.NONE) {
            return new int[] {0, 0};
        }
        if (!(state instanceof PyTuple t)) {
            throw PyExceptions.typeError("state must be a tuple or None");
        }
        if (t.size() != 2) {
            throw PyExceptions.typeError(function + "(): illegal state argument");
        }
        int valpred = CArgs.intFormat(t.get(0));
        int index = CArgs.intFormat(t.get(1));
        if (valpred >= 0x8000 || valpred < -0x8000 || index < 0
                || index >= STEPSIZE_TABLE.length) {
            throw PyExceptions.valueError("bad state");
        }
        return new int[] {valpred, index};
    }

    // CPython: Modules/audioop.c audioop_lin2adpcm_impl
    @Exposed(value = "lin2adpcm($module, fragment, width, state, /)",
            doc = "Convert samples to 4 bit Intel/DVI ADPCM encoding.")
    public static PyObject lin2adpcm(PyObject fragment, PyObject width, PyObject state) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        checkParameters(b.length, w);
        int[] st = adpcmState(state, "lin2adpcm");
        int valpred = st[0];
        int index = st[1];
        byte[] out = new byte[b.length / (w * 2)];
        int step = STEPSIZE_TABLE[index];
        int outputBuffer = 0;
        boolean highNibble = true;
        for (int i = 0, j = 0; i < b.length; i += w) {
            int val = Samples.get32(b, i, w) >> 16;
            int diff;
            int sign;
            if (val < valpred) {
                diff = valpred - val;
                sign = 8;
            } else {
                diff = val - valpred;
                sign = 0;
            }
            // delta approximates diff*4/step bit by bit, and vpdiff the difference that the
            // decoder will reconstruct from it, (delta+0.5)*step/4, with the same truncations.
            int delta = 0;
            int vpdiff = step >> 3;
            if (diff >= step) {
                delta = 4;
                diff -= step;
                vpdiff += step;
            }
            step >>= 1;
            if (diff >= step) {
                delta |= 2;
                diff -= step;
                vpdiff += step;
            }
            step >>= 1;
            if (diff >= step) {
                delta |= 1;
                vpdiff += step;
            }
            valpred = clamp16(sign != 0 ? valpred - vpdiff : valpred + vpdiff);
            delta |= sign;
            index = Math.max(0, Math.min(88, index + INDEX_TABLE[delta]));
            step = STEPSIZE_TABLE[index];
            if (highNibble) {
                outputBuffer = (delta << 4) & 0xF0;
            } else {
                out[j++] = (byte) ((delta & 0x0F) | outputBuffer);
            }
            highNibble = !highNibble;
        }
        return PyTuple.of(PyBytes.of(out), PyTuple.of(PyInt.of(valpred), PyInt.of(index)));
    }

    // CPython: Modules/audioop.c audioop_adpcm2lin_impl
    @Exposed(value = "adpcm2lin($module, fragment, width, state, /)",
            doc = "Decode an Intel/DVI ADPCM coded fragment to a linear fragment.")
    public static PyObject adpcm2lin(PyObject fragment, PyObject width, PyObject state) {
        byte[] b = fragment(fragment);
        int w = asInt(width);
        checkSize(w);
        int[] st = adpcmState(state, "adpcm2lin");
        int valpred = st[0];
        int index = st[1];
        byte[] out = output((long) b.length * w * 2);
        int step = STEPSIZE_TABLE[index];
        int inputBuffer = 0;
        boolean lowNibble = false;
        for (int i = 0, cp = 0; i < out.length; i += w) {
            int delta;
            if (lowNibble) {
                delta = inputBuffer & 0xF;
            } else {
                inputBuffer = b[cp++];
                delta = (inputBuffer >> 4) & 0xF;
            }
            lowNibble = !lowNibble;
            index = Math.max(0, Math.min(88, index + INDEX_TABLE[delta]));
            int sign = delta & 8;
            delta &= 7;
            // vpdiff = (delta+0.5)*step/4, computed as the encoder did.
            int vpdiff = step >> 3;
            if ((delta & 4) != 0) {
                vpdiff += step;
            }
            if ((delta & 2) != 0) {
                vpdiff += step >> 1;
            }
            if ((delta & 1) != 0) {
                vpdiff += step >> 2;
            }
            valpred = clamp16(sign != 0 ? valpred - vpdiff : valpred + vpdiff);
            step = STEPSIZE_TABLE[index];
            Samples.set32(out, i, w, valpred << 16);
        }
        return PyTuple.of(PyBytes.of(out), PyTuple.of(PyInt.of(valpred), PyInt.of(index)));
    }

    private static int clamp16(int v) {
        return Math.max(-32768, Math.min(32767, v));
    }
}
