package dev.krait.modules.bz2;

import dev.krait.modules.compression.NativeOutput;
import dev.krait.modules.compression.NativeStream;
import dev.krait.modules.posix.Libc;
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
 * {@code _bz2.BZ2Compressor}: data compressed in pieces into one bzip2 stream, ended by
 * {@code flush()}.
 *
 * <p>CPython counterpart: Modules/_bz2module.c {@code BZ2Compressor}.
 */
public final class PyBZ2Compressor extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("BZ2Compressor",
            PyBZ2Compressor.class, null).withModule("_bz2");

    static {
        TYPE.getTypeDict().setItem(PyStr.of("__doc__"), PyStr.of("Create a compressor object "
                + "for compressing data incrementally.\n\n  compresslevel\n    Compression "
                + "level, as a number between 1 and 9.\n\nFor one-shot compression, use the "
                + "compress() function instead."));
    }

    /** The stream; null until {@code __init__} succeeded. */
    private NativeStream stream;
    private boolean flushed;

    private PyBZ2Compressor(PyType cls) {
        super(cls);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyBZ2Compressor(cls);
    }

    // CPython: Modules/_bz2module.c _bz2_BZ2Compressor___init__
    @Exposed("__init__($self, /, *args, **kwargs)")
    public void __init__(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("BZ2Compressor() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyExceptions.typeError("BZ2Compressor expected at most 1 argument, got "
                    + args.length);
        }
        int level = 9;
        if (args.length == 1) {
            level = CArgs.asInt(args[0]);
        }
        if (level < 1 || level > 9) {
            throw PyExceptions.valueError("compresslevel must be between 1 and 9");
        }
        NativeStream s = new NativeStream(this, Libbz2.STREAM_SIZE, Libbz2.compressEnd);
        try {
            Libbz2.check((int) Libbz2.compressInit.invokeExact(s.struct(), level, 0, 0));
        } catch (Throwable t) {
            s.release();
            throw Libc.internal(t);
        }
        if (stream != null) {
            stream.release();
        }
        stream = s;
        flushed = false;
    }

    private NativeStream stream() {
        if (stream == null) {
            throw PyExceptions.valueError("BZ2Compressor.__init__() was not called");
        }
        return stream;
    }

    // CPython: Modules/_bz2module.c _bz2_BZ2Compressor_compress_impl
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
            return PyBytes.of(code(s, b, Libbz2.BZ_RUN));
        } finally {
            s.exit();
            Reference.reachabilityFence(this);
        }
    }

    // CPython: Modules/_bz2module.c _bz2_BZ2Compressor_flush_impl
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
            return PyBytes.of(code(s, new byte[0], Libbz2.BZ_FINISH));
        } finally {
            s.exit();
            Reference.reachabilityFence(this);
        }
    }

    /** Runs the compressor over {@code data} with {@code action}; the output it gave. */
    // CPython: Modules/_bz2module.c compress
    private static byte[] code(NativeStream s, byte[] data, int action) {
        MemorySegment strm = s.struct();
        try (Arena arena = Arena.ofConfined()) {
            NativeOutput out = new NativeOutput(arena, -1);
            MemorySegment in = arena.allocate(Math.max(data.length, 1));
            MemorySegment.copy(data, 0, in, ValueLayout.JAVA_BYTE, 0, data.length);
            Libbz2.point(strm, Libbz2.NEXT_IN, in, data.length);
            Libbz2.point(strm, Libbz2.NEXT_OUT, out.next(), out.offered());
            for (;;) {
                if (action == Libbz2.BZ_RUN && Libbz2.avail(strm, Libbz2.AVAIL_IN) == 0) {
                    break;
                }
                if (Libbz2.avail(strm, Libbz2.AVAIL_OUT) == 0) {
                    out.grow();
                    Libbz2.point(strm, Libbz2.NEXT_OUT, out.next(), out.offered());
                }
                int status = NativeStream.call(data.length,
                        () -> (int) Libbz2.compress.invokeExact(strm, action));
                Libbz2.check(status);
                if (action == Libbz2.BZ_FINISH && status == Libbz2.BZ_STREAM_END) {
                    break;
                }
            }
            return out.finish(Libbz2.avail(strm, Libbz2.AVAIL_OUT));
        }
    }
}
