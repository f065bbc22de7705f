package dev.krait.modules.compression;

import dev.krait.objects.CArgs;
import dev.krait.objects.PyExceptions;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * The output of one codec call: the codec writes into a native block; when the block is full
 * its bytes move to a Java array and the codec gets the next block, up to {@code max_length}
 * bytes in all when a limit is given. CPython gathers the blocks in a list and joins them at
 * the end ({@code _BlocksOutputBuffer}); the block sizes change neither the bytes produced
 * nor when a call stops (it stops on the total reaching the limit, or on the input running out
 * while the block has room), so here one native block is reused, growing from 32 KiB to 1 MiB.
 *
 * <p>CPython counterpart: Include/internal/pycore_blocks_output_buffer.h.
 */
public final class NativeOutput {
    private static final int FIRST_BLOCK = 32 << 10;
    private static final int LARGEST_BLOCK = 1 << 20;

    private final Arena arena;
    /** The most bytes the call may return, or -1 for no limit. */
    private final long maxLength;
    private MemorySegment block;
    /** The part of {@link #block} offered to the codec this round. */
    private int offered;
    private byte[] done = new byte[0];
    /** Bytes moved to {@link #done} so far. */
    private int doneLength;

    /** Output allocated in the call's {@code arena}, limited to {@code maxLength} unless -1. */
    public NativeOutput(Arena arena, long maxLength) {
        this.arena = arena;
        this.maxLength = maxLength;
        offered = (int) (maxLength >= 0 ? Math.min(maxLength, FIRST_BLOCK) : FIRST_BLOCK);
        block = arena.allocate(Math.max(offered, 1));
    }

    /** Where the codec writes next ({@code next_out}). */
    public MemorySegment next() {
        return block;
    }

    /** The room offered to the codec ({@code avail_out} before the call). */
    public int offered() {
        return offered;
    }

    /** The bytes produced so far, given the room {@code availOut} the codec left. */
    public long size(long availOut) {
        return doneLength + (offered - availOut);
    }

    /** Moves a full block's bytes to the Java side and offers the next block. */
    public void grow() {
        keep(offered);
        int next = (int) Math.min(LARGEST_BLOCK, Math.max(FIRST_BLOCK, block.byteSize() * 2));
        if (maxLength >= 0) {
            next = (int) Math.min(next, maxLength - doneLength);
        }
        if (next > block.byteSize()) {
            block = arena.allocate(next);
        }
        offered = next;
    }

    private void keep(int used) {
        if (used == 0) {
            return;
        }
        if ((long) doneLength + used > Integer.MAX_VALUE - 16) {
            // Krait's bytes are Java arrays: CPython would go on where memory allows.
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        if (doneLength + used > done.length) {
            done = Arrays.copyOf(done, (int) Math.min(Integer.MAX_VALUE - 16,
                    Math.max(doneLength + (long) used, done.length * 2L)));
        }
        MemorySegment.copy(block, ValueLayout.JAVA_BYTE, 0, done, doneLength, used);
        doneLength += used;
    }

    /** All the bytes produced, given the room {@code availOut} the codec left at the end. */
    public byte[] finish(long availOut) {
        keep((int) (offered - availOut));
        return done.length == doneLength ? done : Arrays.copyOf(done, doneLength);
    }

    /**
     * A decompressor's {@code max_length} argument (a {@code Py_ssize_t}): -1, no limit, when
     * absent or negative.
     */
    public static long maxLength(dev.krait.objects.PyObject o) {
        return o == null ? -1 : CArgs.asSsizeT(o);
    }
}
