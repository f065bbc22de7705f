package dev.krait.modules.bz2;

import dev.krait.modules.compression.NativeDecompressor;
import dev.krait.modules.compression.NativeOutput;
import dev.krait.modules.compression.NativeStream;
import dev.krait.modules.posix.Libc;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.lang.foreign.MemorySegment;

/**
 * {@code _bz2.BZ2Decompressor}: one bzip2 stream decompressed in pieces, at most
 * {@code max_length} bytes a call when asked; input not consumed yet waits in the object
 * ({@code needs_input} is then false), and input after the end of the stream collects in
 * {@code unused_data} — how {@code bz2.BZ2File} reads multi-stream files.
 *
 * <p>CPython counterpart: Modules/_bz2module.c {@code BZ2Decompressor}.
 */
public final class PyBZ2Decompressor extends NativeDecompressor {
    public static final PyType TYPE = PyType.builtinFinal("BZ2Decompressor",
            PyBZ2Decompressor.class, null, NativeDecompressor.class).withModule("_bz2");

    static {
        TYPE.getTypeDict().setItem(PyStr.of("__doc__"), PyStr.of("Create a decompressor "
                + "object for decompressing data incrementally.\n\nFor one-shot "
                + "decompression, use the decompress() function instead."));
    }


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
        restart(s);
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
        return decompressMethod(data, maxLengthArg, "BZ2Decompressor",
                "End of stream already reached");
    }

    @Override
    protected void pointInput(MemorySegment strm, MemorySegment in, long length) {
        Libbz2.point(strm, Libbz2.NEXT_IN, in, length);
    }

    @Override
    protected long availIn(MemorySegment strm) {
        return Libbz2.avail(strm, Libbz2.AVAIL_IN);
    }

    @Override
    protected boolean needsInputWhenDrained(MemorySegment strm) {
        return true;
    }

    // CPython: Modules/_bz2module.c decompress_buf
    @Override
    protected byte[] decodeBuffer(MemorySegment strm, NativeOutput out, int inputLength,
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
