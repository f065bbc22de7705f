package dev.krait.modules.bz2;

import dev.krait.modules.compression.NativeOutput;
import dev.krait.modules.compression.NativeStream;
import dev.krait.modules.posix.Libc;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Reference;
import java.util.Arrays;

/**
 * {@code _bz2.BZ2Decompressor}: one bzip2 stream decompressed in pieces, at most
 * {@code max_length} bytes a call when asked; input not consumed yet waits in the object
 * ({@code needs_input} is then false), and input after the end of the stream collects in
 * {@code unused_data} — how {@code bz2.BZ2File} reads multi-stream files.
 *
 * <p>CPython counterpart: Modules/_bz2module.c {@code BZ2Decompressor}.
 */
public final class PyBZ2Decompressor extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("BZ2Decompressor",
            PyBZ2Decompressor.class, null).withModule("_bz2");

    static {
        TYPE.getTypeDict().setItem(PyStr.of("__doc__"), PyStr.of("Create a decompressor "
                + "object for decompressing data incrementally.\n\nFor one-shot "
                + "decompression, use the decompress() function instead."));
    }

    /** The stream; null until {@code __init__} succeeded. */
    private NativeStream stream;
    private boolean eof;
    private boolean needsInput = true;
    private PyBytes unusedData = PyBytes.EMPTY;
    /** Input given to an earlier call that the decoder has not consumed yet, or null. */
    private byte[] pending;

    private PyBZ2Decompressor(PyType cls) {
        super(cls);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyBZ2Decompressor(cls);
    }

    // CPython: Modules/_bz2module.c _bz2_BZ2Decompressor___init__
    @Exposed("__init__($self, /, *args, **kwargs)")
    public void __init__(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length > nkw) {
            throw PyExceptions.typeError("BZ2Decompressor() takes no positional arguments");
        }
        if (nkw > 0) {
            throw PyExceptions.typeError("BZ2Decompressor() takes no keyword arguments");
        }
        NativeStream s = new NativeStream(this, Libbz2.STREAM_SIZE, Libbz2.decompressEnd);
        try {
            Libbz2.check((int) Libbz2.decompressInit.invokeExact(s.struct(), 0, 0));
        } catch (Throwable t) {
            s.release();
            throw Libc.internal(t);
        }
        if (stream != null) {
            stream.release();
        }
        stream = s;
        // CPython's __init__ leaves eof as it was: a re-initialised object that had reached
        // the end still refuses input.
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

    // CPython: Modules/_bz2module.c _bz2_BZ2Decompressor_decompress_impl
    @Exposed(value = "decompress($self, /, data, max_length=-1)", doc = "Decompress *data*, "
            + "returning uncompressed data as bytes.\n\nIf *max_length* is nonnegative, "
            + "returns at most *max_length* bytes of\ndecompressed data. If this limit is "
            + "reached and further output can be\nproduced, *self.needs_input* will be set to "
            + "``False``. In this case, the next\ncall to *decompress()* may provide *data* as "
            + "b'' to obtain more of the output.\n\nIf all of the input data was decompressed "
            + "and returned (either because this\nwas less than *max_length* bytes, or because "
            + "*max_length* was negative),\n*self.needs_input* will be set to True.\n\n"
            + "Attempting to decompress data after the end of stream is reached raises an\n"
            + "EOFError.  Any data found after the end of the stream is ignored and saved in\n"
            + "the unused_data attribute.")
    public PyObject decompress(PyObject data, PyObject maxLengthArg) {
        byte[] b = PyBytes.requireBytesLike(data);
        long maxLength = NativeOutput.maxLength(maxLengthArg);
        if (stream == null) {
            throw PyExceptions.valueError("BZ2Decompressor.__init__() was not called");
        }
        NativeStream s = stream;
        s.enter();
        try {
            if (eof) {
                throw PyExceptions.of(PyExceptions.EOFError, "End of stream already reached");
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
    // CPython: Modules/_bz2module.c decompress
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
            Libbz2.point(strm, Libbz2.NEXT_IN, in, input.length);
            NativeOutput out = new NativeOutput(arena, maxLength < 0 ? -1 : maxLength);
            byte[] result = decodeBuffer(strm, out, input.length, maxLength);
            long availIn = Libbz2.avail(strm, Libbz2.AVAIL_IN);
            int consumed = (int) (input.length - availIn);
            if (eof) {
                needsInput = false;
                if (availIn > 0) {
                    unusedData = PyBytes.of(Arrays.copyOfRange(input, consumed, input.length));
                }
            } else if (availIn == 0) {
                needsInput = true;
            } else {
                needsInput = false;
                pending = Arrays.copyOfRange(input, consumed, input.length);
            }
            return result;
        }
    }

    /** Runs the decoder until the input is used, the output limit reached or the stream ends. */
    // CPython: Modules/_bz2module.c decompress_buf
    private byte[] decodeBuffer(MemorySegment strm, NativeOutput out, int inputLength,
            long maxLength) {
        Libbz2.point(strm, Libbz2.NEXT_OUT, out.next(), out.offered());
        for (;;) {
            int status = NativeStream.call(inputLength,
                    () -> (int) Libbz2.decompress.invokeExact(strm));
            Libbz2.check(status);
            long availOut = Libbz2.avail(strm, Libbz2.AVAIL_OUT);
            if (status == Libbz2.BZ_STREAM_END) {
                eof = true;
                return out.finish(availOut);
            } else if (Libbz2.avail(strm, Libbz2.AVAIL_IN) == 0) {
                return out.finish(availOut);
            } else if (availOut == 0) {
                if (out.size(availOut) == maxLength) {
                    return out.finish(availOut);
                }
                out.grow();
                Libbz2.point(strm, Libbz2.NEXT_OUT, out.next(), out.offered());
            }
        }
    }
}
