package dev.krait.modules.compression;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Reference;
import java.util.Arrays;

/**
 * The Java base of {@code _bz2.BZ2Decompressor} and {@code _lzma.LZMADecompressor}, which
 * CPython writes as two copies of one algorithm: a stream decompressed in pieces, at most
 * {@code max_length} bytes a call when asked; input the decoder has not consumed yet waits in
 * the object ({@code needs_input} is then false), and input after the end of the stream
 * collects in {@code unused_data}. A subclass supplies its library's stream fields and its
 * decoding loop; the bookkeeping around them is here, once. In Python the two types stay
 * unrelated subclasses of {@code object}.
 *
 * <p>CPython counterpart: Modules/_bz2module.c and Modules/_lzmamodule.c {@code decompress}
 * and the {@code eof}, {@code needs_input}, {@code unused_data} members.
 */
public abstract class NativeDecompressor extends PyObject {
    /** The stream; null until {@code __init__} succeeded. */
    protected NativeStream stream;
    protected boolean eof;
    private boolean needsInput = true;
    private PyBytes unusedData = PyBytes.EMPTY;
    /** Input given to an earlier call that the decoder has not consumed yet, or null. */
    private byte[] pending;

    protected NativeDecompressor(PyType cls) {
        super(cls);
    }

    /**
     * Makes {@code s}, just initialised by {@code __init__}, the stream, freeing the one it
     * replaces. CPython's {@code __init__} leaves {@code eof} as it was: a re-initialised
     * object that had reached the end still refuses input.
     */
    protected final void restart(NativeStream s) {
        if (stream != null) {
            stream.release();
        }
        stream = s;
        needsInput = true;
        unusedData = PyBytes.EMPTY;
        pending = null;
    }

    @Exposed.Getter(value = "eof", doc = "True if the end-of-stream marker has been reached.")
    public boolean getEof() {
        return eof;
    }

    @Exposed.Getter(value = "needs_input", doc = "True if more input is needed before more "
            + "decompressed data can be produced.")
    public boolean getNeedsInput() {
        return needsInput;
    }

    @Exposed.Getter(value = "unused_data",
            doc = "Data found after the end of the compressed stream.")
    public PyObject getUnusedData() {
        return unusedData;
    }

    /**
     * The {@code decompress(data, max_length=-1)} method of the type {@code typeName}, whose
     * message for a call after the end is {@code eofMessage}.
     */
    protected final PyObject decompressMethod(PyObject data, PyObject maxLengthArg,
            String typeName, String eofMessage) {
        byte[] b = PyBytes.requireBytesLike(data);
        long maxLength = NativeOutput.maxLength(maxLengthArg);
        if (stream == null) {
            throw PyExceptions.valueError(typeName + ".__init__() was not called");
        }
        NativeStream s = stream;
        s.enter();
        try {
            if (eof) {
                throw PyExceptions.of(PyExceptions.EOFError, eofMessage);
            }
            return PyBytes.of(decompress(s, b, maxLength));
        } finally {
            s.exit();
            Reference.reachabilityFence(this);
        }
    }

    /**
     * Decodes the pending input followed by {@code data}, then keeps what the decoder left:
     * after the end as {@code unused_data}, before it as pending input.
     */
    // CPython: Modules/_bz2module.c decompress, Modules/_lzmamodule.c decompress
    private byte[] decompress(NativeStream s, byte[] data, long maxLength) {
        byte[] input = data;
        if (pending != null) {
            input = Arrays.copyOf(pending, pending.length + data.length);
            System.arraycopy(data, 0, input, pending.length, data.length);
        }
        pending = null; // dropped if decoding fails, as CPython drops its input buffer
        MemorySegment strm = s.struct();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment in = arena.allocate(Math.max(input.length, 1));
            MemorySegment.copy(input, 0, in, ValueLayout.JAVA_BYTE, 0, input.length);
            pointInput(strm, in, input.length);
            NativeOutput out = new NativeOutput(arena, maxLength < 0 ? -1 : maxLength);
            byte[] result = decodeBuffer(strm, out, input.length, maxLength);
            long availIn = availIn(strm);
            int consumed = (int) (input.length - availIn);
            if (eof) {
                needsInput = false;
                if (availIn > 0) {
                    unusedData = PyBytes.of(Arrays.copyOfRange(input, consumed, input.length));
                }
            } else if (availIn == 0) {
                needsInput = needsInputWhenDrained(strm);
            } else {
                needsInput = false;
                pending = Arrays.copyOfRange(input, consumed, input.length);
            }
            return result;
        }
    }

    /** Sets the stream's next_in and avail_in to {@code length} bytes at {@code in}. */
    protected abstract void pointInput(MemorySegment strm, MemorySegment in, long length);

    /** The stream's avail_in. */
    protected abstract long availIn(MemorySegment strm);

    /**
     * Runs the decoder until the input is used, the output limit reached or the stream ends
     * (setting {@link #eof}); returns the bytes produced.
     */
    protected abstract byte[] decodeBuffer(MemorySegment strm, NativeOutput out,
            int inputLength, long maxLength);

    /** Whether, all input consumed, the decoder wants more before it can give more. */
    protected abstract boolean needsInputWhenDrained(MemorySegment strm);
}
