package dev.krait.modules.pickle;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyObject;
import java.util.Arrays;

/**
 * The pickler's output: a growing byte buffer, with protocol 4's framing. While framing is on,
 * the first write after a committed frame reserves a 9-byte frame header; committing fills it
 * with {@code FRAME} and the length, or closes the gap when the frame is shorter than 4 bytes.
 * A frame is committed at an opcode boundary once it holds 64 KiB; when the pickler writes to a
 * file, the committed bytes go to {@code file.write} then, and a large bytes or str payload is
 * written to the file directly, outside any frame, as the C pickler does.
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code _Pickler_Write},
 * {@code _Pickler_CommitFrame}, {@code _Pickler_OpcodeBoundary}, {@code _Pickler_GetString},
 * {@code _Pickler_FlushToFile}, {@code _Pickler_write_bytes}.
 */
final class PickleOutput {
    /**
     * The buffer a pickler starts with. CPython's is 4 KiB of uninitialised memory; a Java array
     * is zeroed as it is made, which for pickle.dumps of a small object cost more than the
     * pickling, so the buffer starts small and grows by half as CPython's does.
     */
    private static final int INITIAL_SIZE = 128;

    private byte[] buf = new byte[INITIAL_SIZE];
    private int len;
    private int frameStart = -1;
    /** Whether writes go into frames (protocol 4 and up, while dumping). */
    boolean framing;
    /** The file's bound {@code write}, or null when pickling to bytes. */
    PyObject write;

    private void reserve(int n) {
        int required = len + n;
        if (required < 0) {
            throw dev.krait.objects.PyExceptions.of(dev.krait.objects.PyExceptions.MemoryError,
                    "");
        }
        if (required > buf.length) {
            long grown = (long) required / 2 * 3;
            buf = Arrays.copyOf(buf, (int) Math.min(grown, Integer.MAX_VALUE - 8));
        }
    }

    /** Opens a frame before a write when framing and no frame is open. */
    private void maybeOpenFrame(int n) {
        if (framing && frameStart < 0) {
            reserve(Opcodes.FRAME_HEADER_SIZE + n);
            frameStart = len;
            Arrays.fill(buf, len, len + Opcodes.FRAME_HEADER_SIZE, (byte) 0xFE);
            len += Opcodes.FRAME_HEADER_SIZE;
        } else {
            reserve(n);
        }
    }

    void writeByte(byte b) {
        maybeOpenFrame(1);
        buf[len++] = b;
    }

    void write2(byte a, byte b) {
        maybeOpenFrame(2);
        buf[len++] = a;
        buf[len++] = b;
    }

    void write(byte[] data, int from, int n) {
        maybeOpenFrame(n);
        System.arraycopy(data, from, buf, len, n);
        len += n;
    }

    void write(byte[] data) {
        write(data, 0, data.length);
    }

    /** An opcode byte followed by {@code size} little-endian bytes of {@code value}. */
    void writeOpAndLE(byte op, long value, int size) {
        maybeOpenFrame(1 + size);
        buf[len++] = op;
        for (int i = 0; i < size; i++) {
            buf[len++] = (byte) (value >>> (8 * i));
        }
    }

    /** ASCII text (a decimal number, a name, a newline). */
    void writeAscii(String s) {
        int n = s.length();
        maybeOpenFrame(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    // CPython: Modules/_pickle.c _Pickler_CommitFrame
    void commitFrame() {
        if (!framing || frameStart < 0) {
            return;
        }
        int frameLen = len - frameStart - Opcodes.FRAME_HEADER_SIZE;
        if (frameLen >= Opcodes.FRAME_SIZE_MIN) {
            buf[frameStart] = Opcodes.FRAME;
            for (int i = 0; i < 8; i++) {
                buf[frameStart + 1 + i] = (byte) (i < 4 ? frameLen >>> (8 * i) : 0);
            }
        } else {
            System.arraycopy(buf, frameStart + Opcodes.FRAME_HEADER_SIZE, buf, frameStart,
                    frameLen);
            len -= Opcodes.FRAME_HEADER_SIZE;
        }
        frameStart = -1;
    }

    // CPython: Modules/_pickle.c _Pickler_OpcodeBoundary
    void opcodeBoundary() {
        if (!framing || frameStart < 0) {
            return;
        }
        if (len - frameStart - Opcodes.FRAME_HEADER_SIZE >= Opcodes.FRAME_SIZE_TARGET) {
            commitFrame();
            if (write != null) {
                flushToFile();
                clear();
            }
        }
    }

    /** Commits the open frame and returns everything written. */
    PyBytes takeBytes() {
        commitFrame();
        PyBytes out = PyBytes.of(Arrays.copyOf(buf, len));
        len = 0;
        return out;
    }

    /** Commits the open frame and passes everything written to {@code file.write}. */
    void flushToFile() {
        Ops.call(write, takeBytes());
    }

    void clear() {
        if (buf.length > 4 * Opcodes.FRAME_SIZE_TARGET) {
            buf = new byte[INITIAL_SIZE];
        }
        len = 0;
        frameStart = -1;
    }

    int size() {
        return len;
    }

    /**
     * A header and a payload. A payload of 64 KiB or more is kept out of frames: the open frame
     * is committed first, and when writing to a file the payload goes to {@code write} by
     * itself ({@code payload} when the caller has it as an object, else a copy of the bytes).
     */
    // CPython: Modules/_pickle.c _Pickler_write_bytes
    void writeBytes(byte[] header, int headerSize, byte[] data, int from, int n,
            PyObject payload) {
        boolean bypass = n >= Opcodes.FRAME_SIZE_TARGET;
        boolean wasFraming = framing;
        if (bypass) {
            commitFrame();
            framing = false;
        }
        try {
            write(header, 0, headerSize);
            if (bypass && write != null) {
                flushToFile();
                PyObject chunk = payload != null ? payload
                        : PyBytes.of(Arrays.copyOfRange(data, from, from + n));
                Ops.call(write, chunk);
                clear();
            } else {
                write(data, from, n);
            }
        } finally {
            framing = wasFraming;
        }
    }
}
