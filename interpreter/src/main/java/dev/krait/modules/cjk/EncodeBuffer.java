package dev.krait.modules.cjk;

import java.util.Arrays;

/**
 * The input code points of one encoding pass and the bytes written so far: the cursor a codec
 * step advances, and that an error handler may move anywhere in the input.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/multibytecodec.h {@code MultibyteEncodeBuffer}.
 */
final class EncodeBuffer {
    final int[] cps;
    final int len;
    int pos;
    private byte[] out;
    private int size;

    EncodeBuffer(int[] cps) {
        this.cps = cps;
        this.len = cps.length;
        this.out = new byte[cps.length * 2 + 16];
    }

    /** The number of code points from the cursor to the end of the input. */
    int left() {
        return len - pos;
    }

    void write1(int b) {
        if (size == out.length) {
            out = Arrays.copyOf(out, out.length * 2 + 16);
        }
        out[size++] = (byte) b;
    }

    void write2(int b1, int b2) {
        write1(b1);
        write1(b2);
    }

    void write(byte[] bytes) {
        for (byte b : bytes) {
            write1(b);
        }
    }

    byte[] result() {
        return Arrays.copyOf(out, size);
    }
}
