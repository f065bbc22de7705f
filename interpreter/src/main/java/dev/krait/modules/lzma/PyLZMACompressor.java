package dev.krait.modules.lzma;

import dev.krait.modules.compression.NativeOutput;
import dev.krait.modules.compression.NativeStream;
import dev.krait.objects.CArgs;
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

/**
 * {@code _lzma.LZMACompressor}: data compressed in pieces into the xz, lzma-alone or raw
 * format, from a preset level or a custom filter chain, ended by {@code flush()}.
 *
 * <p>CPython counterpart: Modules/_lzmamodule.c {@code Compressor}.
 */
public final class PyLZMACompressor extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("LZMACompressor",
            PyLZMACompressor.class, null).withModule("_lzma");

    static {
        TYPE.getTypeDict().setItem(PyStr.of("__doc__"), PyStr.of(PyLZMACompressor.DOC));
    }

    /** The stream; null until {@code __init__} succeeded. */
    private NativeStream stream;
    private boolean flushed;

    private PyLZMACompressor(PyType cls) {
        super(cls);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyLZMACompressor(cls);
    }

    // CPython: Modules/_lzmamodule.c Compressor_init
    @Exposed(value = "__init__($self, /, format=FORMAT_XZ, check=-1, preset=None, "
            + "filters=None)")
    public void __init__(PyObject formatArg, PyObject checkArg, PyObject presetArg,
            PyObject filters) {
        // CPython: Modules/_lzmamodule.c Compressor_init parses "|iiOO"
        int format = formatArg == null ? LzmaModule.FORMAT_XZ : CArgs.intFormat(formatArg);
        int check = checkArg == null ? -1 : CArgs.intFormat(checkArg);
        if (format != LzmaModule.FORMAT_XZ && check != -1 && check != LzmaModule.CHECK_NONE) {
            throw PyExceptions.valueError("Integrity checks are only supported by FORMAT_XZ");
        }
        boolean havePreset = !FilterSpecs.isNone(presetArg);
        boolean haveFilters = !FilterSpecs.isNone(filters);
        if (havePreset && haveFilters) {
            throw PyExceptions.valueError("Cannot specify both preset and filter chain");
        }
        int preset = havePreset ? LzmaModule.uint32(presetArg, "uint32_t")
                : LzmaModule.PRESET_DEFAULT;
        NativeStream s = new NativeStream(this, Liblzma.STREAM_SIZE, Liblzma.end);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment strm = s.struct();
            switch (format) {
                case LzmaModule.FORMAT_XZ -> {
                    int c = check == -1 ? LzmaModule.CHECK_CRC64 : check;
                    if (!haveFilters) {
                        LzmaModule.check((int) Liblzma.easyEncoder.invokeExact(strm, preset, c));
                    } else {
                        MemorySegment chain = FilterSpecs.parseChain(arena, filters);
                        LzmaModule.check((int) Liblzma.streamEncoder.invokeExact(strm, chain,
                                c));
                    }
                }
                case LzmaModule.FORMAT_ALONE -> initAlone(arena, strm, preset, filters);
                case LzmaModule.FORMAT_RAW -> {
                    if (!haveFilters) {
                        throw PyExceptions.valueError("Must specify filters for FORMAT_RAW");
                    }
                    MemorySegment chain = FilterSpecs.parseChain(arena, filters);
                    LzmaModule.check((int) Liblzma.rawEncoder.invokeExact(strm, chain));
                }
                default -> throw PyExceptions.valueError("Invalid container format: "
                        + format);
            }
        } catch (Throwable t) {
            s.release();
            throw dev.krait.modules.posix.Libc.internal(t);
        }
        if (stream != null) {
            stream.release();
        }
        stream = s;
        flushed = false;
    }

    // CPython: Modules/_lzmamodule.c Compressor_init_alone
    private static void initAlone(Arena arena, MemorySegment strm, int preset,
            PyObject filters) throws Throwable {
        MemorySegment options;
        if (FilterSpecs.isNone(filters)) {
            options = arena.allocate(Liblzma.OPTIONS_LZMA_SIZE, 8);
            FilterSpecs.presetOptions(options, preset);
        } else {
            MemorySegment chain = FilterSpecs.parseChain(arena, filters);
            if (FilterSpecs.id(chain, 0) != LzmaModule.FILTER_LZMA1
                    || FilterSpecs.id(chain, 1) != Liblzma.LZMA_VLI_UNKNOWN) {
                throw PyExceptions.valueError("Invalid filter chain for FORMAT_ALONE - "
                        + "must be a single LZMA1 filter");
            }
            options = FilterSpecs.options(chain, 0);
        }
        LzmaModule.check((int) Liblzma.aloneEncoder.invokeExact(strm, options));
    }

    private NativeStream stream() {
        if (stream == null) {
            throw PyExceptions.valueError("LZMACompressor.__init__() was not called");
        }
        return stream;
    }

    // CPython: Modules/_lzmamodule.c _lzma_LZMACompressor_compress_impl
    @Exposed(value = "compress($self, data, /)", doc = "Provide data to the compressor "
            + "object.\n\nReturns a chunk of compressed data if possible, or b'' otherwise.\n\n"
            + "When you have finished providing data to the compressor, call the\nflush() "
            + "method to finish the compression process.")
    public PyObject compress(PyObject data) {
        byte[] b = PyBytes.requireBytesLike(data);
        NativeStream s = stream();
        s.enter();
        try {
            if (flushed) {
                throw PyExceptions.valueError("Compressor has been flushed");
            }
            return PyBytes.of(code(s, b, Liblzma.LZMA_RUN));
        } finally {
            s.exit();
            Reference.reachabilityFence(this);
        }
    }

    // CPython: Modules/_lzmamodule.c _lzma_LZMACompressor_flush_impl
    @Exposed(value = "flush($self, /)", doc = "Finish the compression process.\n\nReturns the "
            + "compressed data left in internal buffers.\n\nThe compressor object may not be "
            + "used after this method is called.")
    public PyObject flush() {
        NativeStream s = stream();
        s.enter();
        try {
            if (flushed) {
                throw PyExceptions.valueError("Repeated call to flush()");
            }
            flushed = true;
            return PyBytes.of(code(s, new byte[0], Liblzma.LZMA_FINISH));
        } finally {
            s.exit();
            Reference.reachabilityFence(this);
        }
    }

    /** Runs the encoder over {@code data} with {@code action}; the output it gave. */
    // CPython: Modules/_lzmamodule.c compress
    private static byte[] code(NativeStream s, byte[] data, int action) {
        MemorySegment strm = s.struct();
        try (Arena arena = Arena.ofConfined()) {
            NativeOutput out = new NativeOutput(arena, -1);
            MemorySegment in = arena.allocate(Math.max(data.length, 1));
            MemorySegment.copy(data, 0, in, ValueLayout.JAVA_BYTE, 0, data.length);
            Liblzma.point(strm, Liblzma.NEXT_IN, in, data.length);
            Liblzma.point(strm, Liblzma.NEXT_OUT, out.next(), out.offered());
            for (;;) {
                int ret = NativeStream.call(data.length,
                        () -> (int) Liblzma.code.invokeExact(strm, action));
                long availOut = Liblzma.size(strm, Liblzma.AVAIL_OUT);
                if (ret == Liblzma.LZMA_BUF_ERROR && data.length == 0 && availOut > 0) {
                    ret = Liblzma.LZMA_OK; // no progress possible without input: not an error
                }
                LzmaModule.check(ret);
                if ((action == Liblzma.LZMA_RUN && Liblzma.size(strm, Liblzma.AVAIL_IN) == 0)
                        || (action == Liblzma.LZMA_FINISH && ret == Liblzma.LZMA_STREAM_END)) {
                    return out.finish(availOut);
                }
                if (availOut == 0) {
                    out.grow();
                    Liblzma.point(strm, Liblzma.NEXT_OUT, out.next(), out.offered());
                }
            }
        }
    }

    private static final String DOC = """
            LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)

            Create a compressor object for compressing data incrementally.

            format specifies the container format to use for the output. This can
            be FORMAT_XZ (default), FORMAT_ALONE, or FORMAT_RAW.

            check specifies the integrity check to use. For FORMAT_XZ, the default
            is CHECK_CRC64. FORMAT_ALONE and FORMAT_RAW do not support integrity
            checks; for these formats, check must be omitted, or be CHECK_NONE.

            The settings used by the compressor can be specified either as a
            preset compression level (with the 'preset' argument), or in detail
            as a custom filter chain (with the 'filters' argument). For FORMAT_XZ
            and FORMAT_ALONE, the default is to use the PRESET_DEFAULT preset
            level. For FORMAT_RAW, the caller must always specify a filter chain;
            the raw compressor does not support preset compression levels.

            preset (if provided) should be an integer in the range 0-9, optionally
            OR-ed with the constant PRESET_EXTREME.

            filters (if provided) should be a sequence of dicts. Each dict should
            have an entry for "id" indicating the ID of the filter, plus
            additional entries for options to the filter.

            For one-shot compression, use the compress() function instead.""";
}
