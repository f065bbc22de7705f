package dev.krait.modules.lzma;

import dev.krait.modules.compression.NativeDecompressor;
import dev.krait.modules.compression.NativeOutput;
import dev.krait.modules.compression.NativeStream;
import dev.krait.modules.posix.Libc;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * {@code _lzma.LZMADecompressor}: one compressed stream decompressed in pieces, at most
 * {@code max_length} bytes a call when asked; input the decoder has not consumed yet waits in
 * the object ({@code needs_input} is then false), and input after the end of the stream
 * collects in {@code unused_data} — how {@code lzma.LZMAFile} finds the next stream.
 *
 * <p>CPython counterpart: Modules/_lzmamodule.c {@code Decompressor}.
 */
public final class PyLZMADecompressor extends NativeDecompressor {
    public static final PyType TYPE = PyType.builtinFinal("LZMADecompressor",
            PyLZMADecompressor.class, null, NativeDecompressor.class).withModule("_lzma");

    static {
        TYPE.getTypeDict().setItem(PyStr.of("__doc__"), PyStr.of(PyLZMADecompressor.DOC));
    }

    private static final byte[] NO_INPUT = new byte[0];

    private int check = LzmaModule.CHECK_UNKNOWN;

    private PyLZMADecompressor(PyType cls) {
        super(cls);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyLZMADecompressor(cls);
    }

    // CPython: Modules/_lzmamodule.c _lzma_LZMADecompressor___init___impl
    @Exposed("__init__($self, /, format=FORMAT_AUTO, memlimit=None, filters=None)")
    public void __init__(PyObject formatArg, PyObject memlimitArg, PyObject filters) {
        int format = formatArg == null ? LzmaModule.FORMAT_AUTO : CArgs.asInt(formatArg);
        long memlimit = -1; // UINT64_MAX: no limit
        if (!FilterSpecs.isNone(memlimitArg)) {
            if (format == LzmaModule.FORMAT_RAW) {
                throw PyExceptions.valueError("Cannot specify memory limit with FORMAT_RAW");
            }
            memlimit = LzmaModule.unsignedLongLong(memlimitArg);
        }
        boolean haveFilters = !FilterSpecs.isNone(filters);
        if (format == LzmaModule.FORMAT_RAW && !haveFilters) {
            throw PyExceptions.valueError("Must specify filters for FORMAT_RAW");
        } else if (format != LzmaModule.FORMAT_RAW && haveFilters) {
            throw PyExceptions.valueError("Cannot specify filters except with FORMAT_RAW");
        }
        int flags = Liblzma.LZMA_TELL_ANY_CHECK | Liblzma.LZMA_TELL_NO_CHECK;
        int newCheck = LzmaModule.CHECK_UNKNOWN;
        NativeStream s = new NativeStream(this, Liblzma.STREAM_SIZE, Liblzma.end);
        MemorySegment strm = s.struct();
        try (Arena arena = Arena.ofConfined()) {
            switch (format) {
                case LzmaModule.FORMAT_AUTO -> LzmaModule.check(
                        (int) Liblzma.autoDecoder.invokeExact(strm, memlimit, flags));
                case LzmaModule.FORMAT_XZ -> LzmaModule.check(
                        (int) Liblzma.streamDecoder.invokeExact(strm, memlimit, flags));
                case LzmaModule.FORMAT_ALONE -> {
                    newCheck = LzmaModule.CHECK_NONE;
                    LzmaModule.check((int) Liblzma.aloneDecoder.invokeExact(strm, memlimit));
                }
                case LzmaModule.FORMAT_RAW -> {
                    newCheck = LzmaModule.CHECK_NONE;
                    MemorySegment chain = FilterSpecs.parseChain(arena, filters);
                    LzmaModule.check((int) Liblzma.rawDecoder.invokeExact(strm, chain));
                }
                default -> throw PyExceptions.valueError("Invalid container format: "
                        + format);
            }
        } catch (Throwable t) {
            s.release();
            throw Libc.internal(t);
        }
        restart(s);
        check = newCheck;
    }

    @Exposed.Getter(value = "check", doc = "ID of the integrity check used by the input stream.")
    public int getCheck() {
        return check;
    }

    // CPython: Modules/_lzmamodule.c _lzma_LZMADecompressor_decompress_impl
    @Exposed(value = "decompress($self, /, data, max_length=-1)", doc = DECOMPRESS_DOC)
    public PyObject decompress(PyObject data, PyObject maxLengthArg) {
        return decompressMethod(data, maxLengthArg, "LZMADecompressor", "Already at end of stream");
    }

    @Override
    protected void pointInput(MemorySegment strm, MemorySegment in, long length) {
        Liblzma.point(strm, Liblzma.NEXT_IN, in, length);
    }

    @Override
    protected long availIn(MemorySegment strm) {
        return Liblzma.size(strm, Liblzma.AVAIL_IN);
    }

    @Override
    protected boolean needsInputWhenDrained(MemorySegment strm) {
        // With the output full, the decoder may hold more to give without new input.
        return Liblzma.size(strm, Liblzma.AVAIL_OUT) != 0;
    }

    // CPython: Modules/_lzmamodule.c decompress_buf
    @Override
    protected byte[] decodeBuffer(MemorySegment strm, NativeOutput out, int inputLength,
            long maxLength) {
        Liblzma.point(strm, Liblzma.NEXT_OUT, out.next(), out.offered());
        for (;;) {
            int ret = NativeStream.call(inputLength,
                    () -> (int) Liblzma.code.invokeExact(strm, Liblzma.LZMA_RUN));
            long availIn = Liblzma.size(strm, Liblzma.AVAIL_IN);
            long availOut = Liblzma.size(strm, Liblzma.AVAIL_OUT);
            if (ret == Liblzma.LZMA_BUF_ERROR && availIn == 0 && availOut > 0) {
                ret = Liblzma.LZMA_OK; // the input ran out: not an error
            }
            LzmaModule.check(ret);
            if (ret == Liblzma.LZMA_GET_CHECK || ret == Liblzma.LZMA_NO_CHECK) {
                check = NativeStream.call(0, () -> (int) Liblzma.getCheck.invokeExact(strm));
            }
            if (ret == Liblzma.LZMA_STREAM_END) {
                eof = true;
                return out.finish(availOut);
            } else if (availOut == 0) {
                // The output block is full: the decoder may hold more even with no input left.
                if (out.size(availOut) == maxLength) {
                    return out.finish(availOut);
                }
                out.grow();
                Liblzma.point(strm, Liblzma.NEXT_OUT, out.next(), out.offered());
            } else if (availIn == 0) {
                return out.finish(availOut);
            }
        }
    }

    private static final String DECOMPRESS_DOC = """
            Decompress *data*, returning uncompressed data as bytes.

            If *max_length* is nonnegative, returns at most *max_length* bytes of
            decompressed data. If this limit is reached and further output can be
            produced, *self.needs_input* will be set to ``False``. In this case, the next
            call to *decompress()* may provide *data* as b'' to obtain more of the output.

            If all of the input data was decompressed and returned (either because this
            was less than *max_length* bytes, or because *max_length* was negative),
            *self.needs_input* will be set to True.

            Attempting to decompress data after the end of stream is reached raises an
            EOFError.  Any data found after the end of the stream is ignored and saved in
            the unused_data attribute.""";

    private static final String DOC = """
            Create a decompressor object for decompressing data incrementally.

              format
                Specifies the container format of the input stream.  If this is
                FORMAT_AUTO (the default), the decompressor will automatically detect
                whether the input is FORMAT_XZ or FORMAT_ALONE.  Streams created with
                FORMAT_RAW cannot be autodetected.
              memlimit
                Limit the amount of memory used by the decompressor.  This will cause
                decompression to fail if the input cannot be decompressed within the
                given limit.
              filters
                A custom filter chain.  This argument is required for FORMAT_RAW, and
                not accepted with any other format.  When provided, this should be a
                sequence of dicts, each indicating the ID and options for a single
                filter.

            For one-shot decompression, use the decompress() function instead.""";
}
