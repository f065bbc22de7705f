package dev.krait.modules.zlib;

import dev.krait.objects.PyExceptions;
import java.util.Arrays;

/**
 * A growing output buffer that hands the codec its free space in the same block sizes as
 * CPython's {@code _BlocksOutputBuffer} (32 KiB, then 64 KiB, 256 KiB, 1 MiB, ...). The sizes
 * matter for compression level 0, where zlib sizes its stored blocks by the output space each
 * call offers: offering the same space gives the same bytes as CPython.
 *
 * <p>CPython counterpart: Include/internal/pycore_blocks_output_buffer.h.
 */
final class OutputBlocks {
    private static final int[] BLOCK_SIZES = {
        32 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 8 << 20, 16 << 20, 16 << 20,
        32 << 20, 32 << 20, 32 << 20, 32 << 20, 64 << 20, 64 << 20, 128 << 20, 128 << 20,
        256 << 20};

    private byte[] buf;
    /** Bytes written so far. */
    private int size;
    /** The end of the current block within {@code buf}. */
    private int blockEnd;
    private int blocks;
    /** The most bytes the buffer may hold, or -1 for no limit. */
    private final long maxLength;

    /** A buffer whose first block is {@code first} bytes (CPython's initial size), or limited. */
    OutputBlocks(int first, long maxLength) {
        this.maxLength = maxLength;
        int n = first;
        if (maxLength >= 0 && maxLength < n) {
            n = (int) maxLength;
        }
        buf = new byte[Math.max(n, 16)];
        blockEnd = n;
        blocks = 1;
    }

    /** A buffer starting with CPython's first block size. */
    OutputBlocks(long maxLength) {
        this(BLOCK_SIZES[0], maxLength);
    }

    byte[] array() {
        return buf;
    }

    int size() {
        return size;
    }

    /** Free space in the current block. */
    int space() {
        return blockEnd - size;
    }

    void advance(int n) {
        size += n;
    }

    /** Whether the limit is reached (never, without one). */
    boolean atLimit() {
        return maxLength >= 0 && size >= maxLength;
    }

    /** Starts the next block when the current one is full (callers check {@link #atLimit}). */
    void grow() {
        int n = BLOCK_SIZES[Math.min(blocks, BLOCK_SIZES.length - 1)];
        if (maxLength >= 0 && size + (long) n > maxLength) {
            n = (int) (maxLength - size);
        }
        long want = (long) blockEnd + n;
        if (want > Integer.MAX_VALUE - 16) {
            // Krait's bytes are Java arrays: CPython would go on where memory allows.
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        if (want > buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.max(want, Math.min(Integer.MAX_VALUE - 16,
                    buf.length * 2L)));
        }
        blockEnd = (int) want;
        blocks++;
    }

    /** Appends bytes outside the codec (headers, trailers), growing as needed. */
    void write(byte[] b, int off, int len) {
        if (size + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(size + len, buf.length * 2));
        }
        System.arraycopy(b, off, buf, size, len);
        size += len;
        if (size > blockEnd) {
            blockEnd = size;
        }
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
