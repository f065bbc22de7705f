package dev.krait.modules.zlib;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Gil;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@code zlib}: one-shot {@link #compress}/{@link #decompress}, the streaming
 * {@link PyCompress} and {@link PyDecompress} objects, the Adler-32 and CRC-32 checksums, the
 * library's constants and {@code zlib.error} with CPython's messages
 * ({@code "Error -3 while decompressing data: incorrect header check"}).
 *
 * <p>CPython counterpart: Modules/zlibmodule.c.
 */
@NativeModule.Register("zlib")
public final class ZlibModule implements NativeModule {
    /** The zlib release whose deflate the JDK bundles and whose behaviour this module follows. */
    static final String VERSION = "1.2.13";
    static final int DEF_BUF_SIZE = 16 * 1024;

    /** The module's exception class, per interpreter. */
    static final class State {
        final PyType error;

        State() {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("zlib"));
            error = (PyType) Ops.call(PyType.TYPE, PyStr.of("error"),
                    PyTuple.of(PyExceptions.Exception), ns);
        }
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("zlib");
        ModuleBuilder.addFunctions(m, ZlibModule.class);
        m.put("error", interpreter.state(State.class, State::new).error);
        Object[][] constants = {
            {"MAX_WBITS", 15}, {"DEFLATED", 8}, {"DEF_MEM_LEVEL", 8},
            {"DEF_BUF_SIZE", DEF_BUF_SIZE}, {"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1},
            {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1}, {"Z_FILTERED", 1},
            {"Z_HUFFMAN_ONLY", 2}, {"Z_RLE", 3}, {"Z_FIXED", 4}, {"Z_DEFAULT_STRATEGY", 0},
            {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_SYNC_FLUSH", 2}, {"Z_FULL_FLUSH", 3},
            {"Z_FINISH", 4}, {"Z_BLOCK", 5}, {"Z_TREES", 6}};
        for (Object[] c : constants) {
            m.put((String) c[0], PyInt.of((Integer) c[1]));
        }
        m.put("ZLIB_VERSION", PyStr.of(VERSION));
        m.put("ZLIB_RUNTIME_VERSION", PyStr.of(VERSION));
        m.put("__version__", PyStr.of("1.0"));
        m.put("__doc__", PyStr.of(DOC));
        return m;
    }

    private static final String DOC = """
            The functions in this module allow compression and decompression using the
            zlib library, which is based on GNU zip.

            adler32(string[, start]) -- Compute an Adler-32 checksum.
            compress(data[, level]) -- Compress data, with compression level 0-9 or -1.
            compressobj([level[, ...]]) -- Return a compressor object.
            crc32(string[, start]) -- Compute a CRC-32 checksum.
            decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
            decompressobj([wbits[, zdict]]) -- Return a decompressor object.

            'wbits' is window buffer size and container format.
            Compressor objects support compress() and flush() methods; decompressor
            objects support decompress() and flush().""";

    // ---- errors and arguments ----------------------------------------------------------------

    /** {@code zlib.error} with CPython's text for a zlib failure during {@code what}. */
    // CPython: Modules/zlibmodule.c zlib_error
    static PyException error(ZError e, String what) {
        String zmsg = e.zmsg;
        if (zmsg == null) {
            zmsg = switch (e.code) {
                case ZError.Z_BUF_ERROR -> "incomplete or truncated stream";
                case ZError.Z_STREAM_ERROR -> "inconsistent stream state";
                case ZError.Z_DATA_ERROR -> "invalid input data";
                default -> null;
            };
        }
        return error(zmsg == null ? "Error " + e.code + " " + what
                : "Error " + e.code + " " + what + ": " + zmsg);
    }

    static PyException error(String message) {
        PyType t = ThreadState.current().interpreter.state(State.class, State::new).error;
        return ((PyBaseException) Ops.call(t, PyStr.of(message))).raise();
    }

    /** A C {@code int} argument as Argument Clinic converts one. */
    static int cInt(PyObject o, int dflt) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof PyFloat) {
            throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Numbers.index(o);
        if (!i.isSmall() || i.longValue() > Integer.MAX_VALUE
                || i.longValue() < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /** A {@code Py_ssize_t} argument as Argument Clinic converts one. */
    static long ssize(PyObject o, long dflt) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof PyFloat) {
            throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Numbers.index(o);
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** An {@code unsigned_int(bitwise=True)} argument: any integer, its low 32 bits. */
    private static int bitwise32(PyObject o, int dflt) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof PyFloat) {
            throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Numbers.index(o);
        return i.isSmall() ? (int) i.longValue() : i.bigValue().intValue();
    }

    // ---- the GIL -----------------------------------------------------------------------------

    /** Inputs at least this long are worked on with the GIL released, as CPython does. */
    private static final int RELEASE_GIL_FROM = 8 * 1024;

    /**
     * Runs {@code work}, which touches no Python object, with the GIL released when the input
     * is big enough for other threads to gain from it.
     */
    static <T> T outsideGil(int inputLength, Supplier<T> work) {
        return inputLength >= RELEASE_GIL_FROM ? Gil.allowThreads(work) : work.get();
    }

    /**
     * Takes a compression object's own lock, waiting for it with the GIL released: its engine
     * may be at work in another thread that released the GIL. CPython: ENTER_ZLIB.
     */
    static void enter(ReentrantLock lock) {
        if (!lock.tryLock()) {
            Gil.allowThreads(() -> {
                lock.lock();
                return null;
            });
        }
    }

    // ---- checksums ---------------------------------------------------------------------------

    // CPython: Modules/zlibmodule.c zlib_adler32_impl
    @Exposed(value = "adler32($module, data, value=1, /)",
            doc = "Compute an Adler-32 checksum of data.\n\n"
                    + "  value\n    Starting value of the checksum.\n\n"
                    + "The returned checksum is an integer.")
    public static PyObject adler32(PyObject data, PyObject value) {
        byte[] b = PyBytes.requireBytesLike(data);
        int start = bitwise32(value, 1);
        int sum = outsideGil(b.length / 8, () -> Checksums.adler32(start, b, 0, b.length));
        return PyInt.of(Integer.toUnsignedLong(sum));
    }

    // CPython: Modules/zlibmodule.c zlib_crc32_impl
    @Exposed(value = "crc32($module, data, value=0, /)",
            doc = "Compute a CRC-32 checksum of data.\n\n"
                    + "  value\n    Starting value of the checksum.\n\n"
                    + "The returned checksum is an integer.")
    public static PyObject crc32(PyObject data, PyObject value) {
        byte[] b = PyBytes.requireBytesLike(data);
        int start = bitwise32(value, 0);
        int sum = outsideGil(b.length / 8, () -> Checksums.crc32(start, b, 0, b.length));
        return PyInt.of(Integer.toUnsignedLong(sum));
    }

    // ---- one-shot compression ----------------------------------------------------------------

    // CPython: Modules/zlibmodule.c zlib_compress_impl
    @Exposed(value = "compress($module, data, /, level=Z_DEFAULT_COMPRESSION, "
            + "wbits=MAX_WBITS)",
            doc = "Returns a bytes object containing compressed data.\n\n"
                    + "  data\n    Binary data to be compressed.\n"
                    + "  level\n    Compression level, in 0-9 or -1.\n"
                    + "  wbits\n    The window buffer size and container format.")
    public static PyObject compress(PyObject data, PyObject level, PyObject wbits) {
        byte[] b = PyBytes.requireBytesLike(data);
        DeflateEngine d;
        try {
            d = DeflateEngine.open(cInt(level, -1), 8, cInt(wbits, 15), 8, 0);
        } catch (ZError e) {
            throw error("Bad compression level");
        }
        try {
            return PyBytes.of(outsideGil(b.length, () -> d.compressAll(b)));
        } finally {
            d.close();
        }
    }

    // CPython: Modules/zlibmodule.c zlib_decompress_impl
    @Exposed(value = "decompress($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)",
            doc = "Returns a bytes object containing the uncompressed data.\n\n"
                    + "  data\n    Compressed data.\n"
                    + "  wbits\n    The window buffer size and container format.\n"
                    + "  bufsize\n    The initial output buffer size.")
    public static PyObject decompress(PyObject data, PyObject wbits, PyObject bufsize) {
        byte[] b = PyBytes.requireBytesLike(data);
        int w = cInt(wbits, 15);
        long size = ssize(bufsize, DEF_BUF_SIZE);
        if (size < 0) {
            throw PyExceptions.valueError("bufsize must be non-negative");
        }
        InflateEngine engine;
        try {
            engine = InflateEngine.open(w);
        } catch (ZError e) {
            throw error(e, "while preparing to decompress data");
        }
        try {
            // The initial size changes nothing in the output: a huge one need not be allocated.
            OutputBlocks out = new OutputBlocks((int) Math.min(Math.max(size, 1), 1 << 16), -1);
            int err = outsideGil(b.length,
                    () -> engine.inflate(new InflateEngine.Input(b), out));
            if (err != InflateEngine.Z_STREAM_END) {
                throw error(new ZError(err, null), "while decompressing data");
            }
            return PyBytes.of(out.toByteArray());
        } catch (ZError e) {
            throw error(e, "while decompressing data");
        } finally {
            engine.close();
        }
    }

    // ---- streaming objects -------------------------------------------------------------------

    // CPython: Modules/zlibmodule.c zlib_compressobj_impl
    @Exposed(value = "compressobj($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED, "
            + "wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None)",
            doc = "Return a compressor object.")
    public static PyObject compressobj(PyObject level, PyObject method, PyObject wbits,
            PyObject memLevel, PyObject strategy, PyObject zdict) {
        int lv = cInt(level, -1);
        int me = cInt(method, 8);
        int wb = cInt(wbits, 15);
        int ml = cInt(memLevel, 8);
        int st = cInt(strategy, 0);
        byte[] dict = zdict == null || zdict == dev.krait.objects.PyNone.NONE ? null
                : PyBytes.requireBytesLike(zdict);
        return PyCompress.open(lv, me, wb, ml, st, dict);
    }

    // CPython: Modules/zlibmodule.c zlib_decompressobj_impl
    @Exposed(value = "decompressobj($module, /, wbits=MAX_WBITS, zdict=b'')",
            doc = "Return a decompressor object.")
    public static PyObject decompressobj(PyObject wbits, PyObject zdict) {
        int wb = cInt(wbits, 15);
        if (zdict != null && PyBytes.bytesLikeCopy(zdict) == null) {
            throw PyExceptions.typeError("zdict argument must support the buffer protocol");
        }
        return PyDecompress.open(wb, zdict);
    }
}
