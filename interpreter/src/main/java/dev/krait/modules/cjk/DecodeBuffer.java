package dev.krait.modules.cjk;

import java.util.Arrays;

/**
 * The input bytes of one decoding pass, the cursor a codec step advances, and the code points
 * written so far (kept as code points, not UTF-16, so that lone surrogates an error handler
 * returns stay exactly what it returned).
 *
 * <p>CPython counterpart: Modules/cjkcodecs/multibytecodec.h {@code MultibyteDecodeBuffer}.
 */
final class DecodeBuffer {
    final byte[] data;
    final int end;
    int pos;
    private int[] out;
    private int size;

    DecodeBuffer(byte[] data) {
        this.data = data;
        this.end = data.length;
        this.out = new int[Math.max(16, data.length)];
    }

    /** The unsigned byte {@code offset} places after the cursor. */
    int at(int offset) {
        return data[pos + offset] & 0xff;
    }

    int left() {
        return end - pos;
    }

    void put(int cp) {
        if (size == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        out[size++] = cp;
    }

    /** Appends another decoding's output (a stream reader's earlier chunks). */
    void putAll(int[] cps) {
        for (int cp : cps) {
            put(cp);
        }
    }

    int written() {
        return size;
    }

    int[] result() {
        return Arrays.copyOf(out, size);
    }
}
