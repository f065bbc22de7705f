package dev.krait.modules.zlib;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code zlib.Compress}, made by {@code zlib.compressobj()}: a deflate stream fed in pieces,
 * flushed with Z_SYNC_FLUSH or Z_FULL_FLUSH and ended with Z_FINISH.
 *
 * <p>CPython counterpart: Modules/zlibmodule.c {@code Comptype}.
 */
public final class PyCompress extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("Compress", PyCompress.class, null)
            .withModule("zlib");

    private final int level;
    private final int method;
    private final int wbits;
    private final int memLevel;
    private final int strategy;
    private final byte[] zdict;
    private final DeflateEngine engine;
    private final ReplayLog log;
    /** Serialises the object's use by threads: CPython's {@code self->lock}. */
    private final ReentrantLock lock = new ReentrantLock();

    private PyCompress(int level, int method, int wbits, int memLevel, int strategy,
            byte[] zdict, DeflateEngine engine, ReplayLog log) {
        super(TYPE);
        this.level = level;
        this.method = method;
        this.wbits = wbits;
        this.memLevel = memLevel;
        this.strategy = strategy;
        this.zdict = zdict;
        this.engine = engine;
        this.log = log;
    }

    // CPython: Modules/zlibmodule.c zlib_compressobj_impl
    static PyCompress open(int level, int method, int wbits, int memLevel, int strategy,
            byte[] zdict) {
        DeflateEngine e;
        try {
            e = DeflateEngine.open(level, method, wbits, memLevel, strategy);
        } catch (ZError err) {
            throw PyExceptions.valueError("Invalid initialization option");
        }
        if (zdict != null && !e.setDictionary(zdict)) {
            e.close();
            throw PyExceptions.valueError("Invalid dictionary");
        }
        return new PyCompress(level, method, wbits, memLevel, strategy, zdict, e,
                new ReplayLog());
    }

    // CPython: Modules/zlibmodule.c zlib_Compress_compress_impl
    @Exposed(value = "compress($self, data, /)",
            doc = "Returns a bytes object containing compressed data.")
    public PyObject compress(PyObject data) {
        byte[] b = PyBytes.requireBytesLike(data);
        ZlibModule.enter(lock);
        try {
            log.add(b, 0);
            return PyBytes.of(ZlibModule.outsideGil(b.length, () -> engine.compress(b)));
        } catch (ZError e) {
            throw ZlibModule.error(e, "while compressing data");
        } finally {
            lock.unlock();
        }
    }

    // CPython: Modules/zlibmodule.c zlib_Compress_flush_impl
    @Exposed(value = "flush($self, mode=4, /)",
            doc = "Return a bytes object containing any remaining compressed data.")
    public PyObject flush(PyObject modeArg) {
        int mode = ZlibModule.cInt(modeArg, DeflateEngine.Z_FINISH);
        if (mode == DeflateEngine.Z_NO_FLUSH) {
            return PyBytes.EMPTY;
        }
        ZlibModule.enter(lock);
        try {
            log.add(null, mode);
            return PyBytes.of(engine.flush(mode));
        } catch (ZError e) {
            throw ZlibModule.error(e, "while flushing");
        } finally {
            lock.unlock();
        }
    }

    // CPython: Modules/zlibmodule.c zlib_Compress_copy_impl
    @Exposed(value = "copy($self, /)", doc = "Return a copy of the compression object.")
    public PyObject copy() {
        ZlibModule.enter(lock);
        try {
            return copyLocked();
        } finally {
            lock.unlock();
        }
    }

    private PyObject copyLocked() {
        if (engine.ended()) {
            throw PyExceptions.valueError("Inconsistent stream state");
        }
        if (log.calls() == null) {
            throw PyExceptions.notImplementedError("Krait cannot copy a compression object "
                    + "after more than " + (ReplayLog.LIMIT >> 20) + " MiB of input");
        }
        PyCompress c = open(level, method, wbits, memLevel, strategy, zdict);
        for (ReplayLog.Call call : log.calls()) {
            try {
                if (call.data() != null) {
                    c.engine.compress(call.data());
                } else {
                    c.engine.flush((int) call.arg());
                }
            } catch (ZError | PyException e) {
                // The original call failed the same way; its state is what we rebuild.
            }
        }
        return new PyCompress(level, method, wbits, memLevel, strategy, zdict, c.engine,
                log.copy());
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
