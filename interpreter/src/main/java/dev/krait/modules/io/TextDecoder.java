package dev.krait.modules.io;

import dev.krait.objects.StrCodecs;
import java.util.Arrays;

/**
 * The incremental decoder of a text stream: bytes to text in the stream's encoding, keeping an
 * incomplete trailing sequence for the next chunk, then (for universal newlines) the newline
 * decoder. Its state is small — the held-back bytes and a held-back "\r" — which is what
 * {@code tell()} cookies record ({@link #flags()}), as CPython's decoders' {@code getstate()}.
 *
 * <p>CPython counterpart: the {@code codecs} incremental decoder wrapped by
 * Modules/_io/textio.c {@code IncrementalNewlineDecoder}.
 */
final class TextDecoder {
    private final StrCodecs.Codec codec;
    private final String errors;
    /** The newline decoder, or null when newlines pass through untouched. */
    private final NewlineDecoder newlines;
    private byte[] pending = new byte[0];
    /** For utf-8-sig: whether the start, where a byte-order mark may be, is still ahead. */
    private boolean atStart;

    TextDecoder(StrCodecs.Codec codec, String errors, NewlineDecoder newlines) {
        this.codec = codec;
        this.errors = errors;
        this.newlines = newlines;
        this.atStart = codec == StrCodecs.Codec.UTF8_SIG;
    }

    NewlineDecoder newlineDecoder() {
        return newlines;
    }

    /** Decodes the next chunk; {@code last} flushes whatever was held back. */
    String decode(byte[] input, boolean last) {
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
        return pending;
    }

    /** The held-back "\r" as a flag (CPython's {@code getstate()[1]}). */
    int flags() {
        return newlines != null && newlines.pendingCR() ? 1 : 0;
    }

    boolean atStart() {
        return atStart;
    }

    void setAtStart(boolean v) {
        atStart = v;
    }

    boolean clean() {
        return pending.length == 0 && flags() == 0 && !atStart;
    }

    /** Restores a state with no bytes held back. */
    void setState(int flags) {
        pending = new byte[0];
        atStart = false;
        if (newlines != null) {
            newlines.setState((flags & 1) != 0);
        }
    }

    void reset() {
        pending = new byte[0];
        atStart = codec == StrCodecs.Codec.UTF8_SIG;
        if (newlines != null) {
            newlines.reset();
        }
    }

    /** A decoder with the same settings and the given state, for simulating in tell(). */
    TextDecoder copyWithState(int flags) {
        TextDecoder d = new TextDecoder(codec, errors,
                newlines == null ? null : new NewlineDecoder(newlines.translates()));
        d.setState(flags);
        return d;
    }
}
