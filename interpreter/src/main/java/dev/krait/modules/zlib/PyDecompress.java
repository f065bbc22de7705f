package dev.krait.modules.zlib;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code zlib.Decompress}, made by {@code zlib.decompressobj()}: a stream inflated in pieces,
 * optionally at most {@code max_length} bytes a call (the rest of the input waits in
 * {@code unconsumed_tail}); input after the end of the stream collects in {@code unused_data}
 * — how {@code gzip} finds the next member.
 *
 * <p>CPython counterpart: Modules/zlibmodule.c {@code Decomptype}.
 */
public final class PyDecompress extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("Decompress", PyDecompress.class, null)
            .withModule("zlib");

    private final int wbits;
    /** The dictionary object as given (CPython reads its buffer when the stream asks). */
    private final PyObject zdict;
    private final InflateEngine engine;
    private ReplayLog log = new ReplayLog();
    private PyBytes unusedData = PyBytes.EMPTY;
    private PyBytes unconsumedTail = PyBytes.EMPTY;
    private boolean eof;
    /** Set once {@code flush()} reached the end: zlib's stream was freed (inflateEnd). */
    private boolean ended;
    /** Serialises the object's use by threads: CPython's {@code self->lock}. */
    private final ReentrantLock lock = new ReentrantLock();

    private PyDecompress(int wbits, PyObject zdict, InflateEngine engine) {
        super(TYPE);
        this.wbits = wbits;
        this.zdict = zdict;
        this.engine = engine;
    }

    // CPython: Modules/zlibmodule.c zlib_decompressobj_impl
    static PyDecompress open(int wbits, PyObject zdict) {
        InflateEngine e;
        try {
            e = InflateEngine.open(wbits);
        } catch (ZError err) {
            throw PyExceptions.valueError("Invalid initialization option");
        }
        PyDecompress d = new PyDecompress(wbits, zdict, e);
        if (zdict != null && e.isRaw()) {
            d.setDictionary();
        }
        return d;
    }

    // CPython: Modules/zlibmodule.c set_inflate_zdict
    private void setDictionary() {
        try {
            engine.setDictionary(PyBytes.requireBytesLike(zdict));
        } catch (ZError e) {
            throw ZlibModule.error(e, "while setting zdict");
        }
    }

    @Exposed.Getter("unused_data")
    public PyObject getUnusedData() {
        return unusedData;
    }

    @Exposed.Getter("unconsumed_tail")
    public PyObject getUnconsumedTail() {
        return unconsumedTail;
    }

    @Exposed.Getter("eof")
    public boolean getEof() {
        return eof;
    }

    /**
     * Runs the engine over {@code in} into {@code out}, answering the dictionary when the stream
     * asks and one was given; the zlib return code, or a {@link ZError}.
     */
    private int run(InflateEngine.Input in, OutputBlocks out) {
        if (ended) {
            throw ZError.stream();
        }
        for (;;) {
            int err = ZlibModule.outsideGil(in.available(), () -> engine.inflate(in, out));
            if (err != ZError.Z_NEED_DICT || zdict == null) {
                return err;
            }
            setDictionary();
        }
    }

    /** Keeps what input was left: in unused_data after the end, else in unconsumed_tail. */
    // CPython: Modules/zlibmodule.c save_unconsumed_input
    private void saveUnconsumed(InflateEngine.Input in, int err) {
        int left = in.available();
        boolean pending = left > 0;
        if (err == InflateEngine.Z_STREAM_END && left > 0) {
            byte[] u = Arrays.copyOf(unusedData.array(), unusedData.size() + left);
            System.arraycopy(in.buf, in.pos, u, unusedData.size(), left);
            unusedData = PyBytes.of(u);
            pending = false;
        }
        if (pending || unconsumedTail.size() > 0) {
            unconsumedTail = PyBytes.of(Arrays.copyOfRange(in.buf, in.pos, in.end));
        }
    }

    // CPython: Modules/zlibmodule.c zlib_Decompress_decompress_impl
    @Exposed(value = "decompress($self, data, /, max_length=0)",
            doc = "Return a bytes object containing the decompressed version of the data.")
    public PyObject decompress(PyObject data, PyObject maxLengthArg) {
        byte[] b = PyBytes.requireBytesLike(data);
        long maxLength = ZlibModule.ssize(maxLengthArg, 0);
        if (maxLength < 0) {
            throw PyExceptions.valueError("max_length must be non-negative");
        }
        ZlibModule.enter(lock);
        try {
            log.add(b, maxLength);
            return PyBytes.of(decompress(b, maxLength == 0 ? -1 : maxLength));
        } finally {
            lock.unlock();
        }
    }

    private byte[] decompress(byte[] b, long maxLength) {
        InflateEngine.Input in = new InflateEngine.Input(b);
        OutputBlocks out = new OutputBlocks(maxLength);
        int err;
        try {
            err = run(in, out);
        } catch (ZError e) {
            saveUnconsumed(in, e.code);
            throw ZlibModule.error(e, "while decompressing data");
        }
        saveUnconsumed(in, err);
        if (err == InflateEngine.Z_STREAM_END) {
            eof = true;
        } else if (err != InflateEngine.Z_OK && err != ZError.Z_BUF_ERROR) {
            throw ZlibModule.error(new ZError(err, null), "while decompressing data");
        }
        return out.toByteArray();
    }

    // CPython: Modules/zlibmodule.c zlib_Decompress_flush_impl
    @Exposed(value = "flush($self, length=16384, /)",
            doc = "Return a bytes object containing any remaining decompressed data.")
    public PyObject flush(PyObject lengthArg) {
        long length = ZlibModule.ssize(lengthArg, ZlibModule.DEF_BUF_SIZE);
        if (length <= 0) {
            throw PyExceptions.valueError("length must be greater than zero");
        }
        ZlibModule.enter(lock);
        try {
            log.add(null, length);
            return PyBytes.of(flushTail());
        } finally {
            lock.unlock();
        }
    }

    private byte[] flushTail() {
        InflateEngine.Input in = new InflateEngine.Input(unconsumedTail.array());
        OutputBlocks out = new OutputBlocks(-1);
        int err;
        try {
            err = run(in, out);
        } catch (ZError e) {
            // flush() reports no inflate error: it returns what it could decompress.
            err = e.code;
        }
        saveUnconsumed(in, err);
        if (err == InflateEngine.Z_STREAM_END) {
            eof = true;
            ended = true;
            engine.close();
        }
        return out.toByteArray();
    }

    // CPython: Modules/zlibmodule.c zlib_Decompress_copy_impl
    @Exposed(value = "copy($self, /)", doc = "Return a copy of the decompression object.")
    public PyObject copy() {
        ZlibModule.enter(lock);
        try {
            return copyLocked();
        } finally {
            lock.unlock();
        }
    }

    private PyObject copyLocked() {
        if (ended) {
            throw PyExceptions.valueError("Inconsistent stream state");
        }
        if (log.calls() == null) {
            throw PyExceptions.notImplementedError("Krait cannot copy a decompression object "
                    + "after more than " + (ReplayLog.LIMIT >> 20) + " MiB of input");
        }
        PyDecompress c = open(wbits, zdict);
        for (ReplayLog.Call call : log.calls()) {
            try {
                if (call.data() != null) {
                    c.decompress(call.data(), call.arg() == 0 ? -1 : call.arg());
                } else {
                    c.flushTail();
                }
            } catch (ZError | PyException e) {
                // The original call failed the same way; its state is what we rebuild.
            }
        }
        c.log = log.copy();
        return c;
    }

    @Exposed("__copy__($self, /)")
    public PyObject __copy__() {
        return copy();
    }

    @Exposed("__deepcopy__($self, memo, /)")
    public PyObject __deepcopy__(PyObject memo) {
        return copy();
    }
}
