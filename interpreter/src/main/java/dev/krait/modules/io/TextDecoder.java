package dev.krait.modules.io;

import dev.krait.objects.Attributes;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.StrCodecs;
import java.util.Arrays;

/**
 * The incremental decoder of a text stream: bytes to text in the stream's encoding, keeping an
 * incomplete trailing sequence for the next chunk, then (for universal newlines) the newline
 * decoder. Its state is small — the held-back bytes and a held-back "\r" — which is what
 * {@code tell()} cookies record ({@link #flags()}), as CPython's decoders' {@code getstate()}.
 *
 * <p>UTF-8, Latin-1 and ASCII are decoded here; any other encoding by the incremental decoder its
 * codec info makes ({@code encodings.utf_16.IncrementalDecoder}...), whose {@code getstate()}
 * flags are then the higher bits of {@link #flags()}, as in CPython's cookies.
 *
 * <p>CPython counterpart: the {@code codecs} incremental decoder wrapped by
 * Modules/_io/textio.c {@code IncrementalNewlineDecoder}.
 */
final class TextDecoder {
    /** The fast codec, or null when {@link #codecInfo} decodes. */
    private final StrCodecs.Codec codec;
    /** The registry's codec info when {@link #codec} is null. */
    private final PyObject codecInfo;
    /** The codec's incremental decoder when {@link #codec} is null. */
    private final PyObject incremental;
    private final String errors;
    /** The newline decoder, or null when newlines pass through untouched. */
    private final NewlineDecoder newlines;
    private byte[] pending = new byte[0];
    /** For utf-8-sig: whether the start, where a byte-order mark may be, is still ahead. */
    private boolean atStart;

    TextDecoder(StrCodecs.Codec codec, String errors, NewlineDecoder newlines) {
        this(codec, null, errors, newlines);
    }

    /** A decoder for a fast {@code codec}, or else through {@code codecInfo}. */
    TextDecoder(StrCodecs.Codec codec, PyObject codecInfo, String errors,
            NewlineDecoder newlines) {
        this.codec = codec;
        this.codecInfo = codecInfo;
        this.errors = errors;
        this.newlines = newlines;
        this.atStart = codec == StrCodecs.Codec.UTF8_SIG;
        // CPython: Python/codecs.c _PyCodecInfo_GetIncrementalDecoder
        this.incremental = codec != null ? null
                : Ops.call(Attributes.getAttr(codecInfo, "incrementaldecoder"),
                        PyStr.of(errors));
    }

    NewlineDecoder newlineDecoder() {
        return newlines;
    }

    /** Decodes the next chunk; {@code last} flushes whatever was held back. */
    String decode(byte[] input, boolean last) {
        if (incremental != null) {
            PyObject r = Ops.callMethod(incremental, "decode", new PyBytes(input),
                    PyBool.of(last));
            if (!(r instanceof PyStr t)) {
                throw dev.krait.objects.PyExceptions.typeError("decoder should return a string "
                        + "result, not '" + r.type().getName() + "'");
            }
            return newlines == null ? t.value() : newlines.decode(t.value(), last);
        }
        byte[] data = input;
        if (pending.length > 0) {
            data = Arrays.copyOf(pending, pending.length + input.length);
            System.arraycopy(input, 0, data, pending.length, input.length);
        }
        int from = 0;
        if (atStart) {
            // CPython's utf-8-sig decoder waits for three bytes before deciding.
            if (data.length < 3 && !last && isBomPrefix(data)) {
                pending = data.clone();
                return "";
            }
            atStart = false;
            if (StrCodecs.hasBom(data, 0, data.length)) {
                from = 3;
            }
        }
        StringBuilder sb = new StringBuilder(data.length);
        int used = StrCodecs.decodeInto(sb, data, from, data.length, codec, errors, last);
        pending = used == data.length ? new byte[0] : Arrays.copyOfRange(data, used, data.length);
        String text = sb.toString();
        return newlines == null ? text : newlines.decode(text, last);
    }

    private static boolean isBomPrefix(byte[] b) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (int k = 0; k < b.length; k++) {
            if (b[k] != bom[k]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes held back (CPython's {@code getstate()[0]}). */
    byte[] pendingBytes() {
        if (incremental != null) {
            return PyBytes.requireBytesLike(incrementalState().get(0));
        }
        return pending;
    }

    private PyTuple incrementalState() {
        PyObject st = Ops.callMethod(incremental, "getstate");
        if (!(st instanceof PyTuple t) || t.size() != 2) {
            throw dev.krait.objects.PyExceptions.typeError(
                    "illegal decoder state");
        }
        return t;
    }

    /**
     * The held-back "\r" as bit 0, the codec decoder's own flags above it (CPython's
     * {@code getstate()[1]} of the IncrementalNewlineDecoder).
     */
    int flags() {
        int cr = newlines != null && newlines.pendingCR() ? 1 : 0;
        if (incremental != null) {
            return (int) Numbers.index(incrementalState().get(1)).longValue() << 1 | cr;
        }
        return cr;
    }

    boolean atStart() {
        return atStart;
    }

    void setAtStart(boolean v) {
        atStart = v;
    }

    /** Whether nothing is held back (the codec's own flags may be set). */
    boolean clean() {
        if (incremental != null) {
            return pendingBytes().length == 0 && (flags() & 1) == 0;
        }
        return pending.length == 0 && flags() == 0 && !atStart;
    }

    /** Restores a state with no bytes held back. */
    void setState(int flags) {
        pending = new byte[0];
        atStart = false;
        if (incremental != null) {
            Ops.callMethod(incremental, "setstate", PyTuple.of(PyBytes.EMPTY,
                    PyInt.of(flags >> 1)));
        }
        if (newlines != null) {
            newlines.setState((flags & 1) != 0);
        }
    }

    void reset() {
        if (incremental != null) {
            Ops.callMethod(incremental, "reset");
        }
        pending = new byte[0];
        atStart = codec == StrCodecs.Codec.UTF8_SIG;
        if (newlines != null) {
            newlines.reset();
        }
    }

    /** A decoder with the same settings and the given state, for simulating in tell(). */
    TextDecoder copyWithState(int flags) {
        TextDecoder d = new TextDecoder(codec, codecInfo, errors,
                newlines == null ? null : new NewlineDecoder(newlines.translates()));
        d.setState(flags);
        return d;
    }
}
