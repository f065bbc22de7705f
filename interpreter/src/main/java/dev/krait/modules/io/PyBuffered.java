package dev.krait.modules.io;

import dev.krait.objects.Exposed;
import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import dev.krait.objects.WritableBuffer;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The buffered layer: {@code _io.BufferedReader}, {@code BufferedWriter} and
 * {@code BufferedRandom}, one Java class as in CPython's bufferedio.c, where the three types
 * share one object layout and differ in which methods their dictionaries hold. This class keeps
 * the state (a read-ahead buffer, a pending-write buffer) and the methods all three have;
 * {@link BufferedReading} and {@link BufferedWriting} hold the methods only readers or writers
 * have. A BufferedRandom flushes pending writes before it reads and drops read-ahead (moving the
 * raw stream back) before it writes, so the raw position and the logical one agree.
 *
 * <p>The raw stream is reached through Python calls, as CPython does, except for an exact
 * {@link PyFileIO}, which is called directly.
 *
 * <p>CPython counterpart: Modules/_io/bufferedio.c (with Lib/_pyio.py's BufferedReader,
 * BufferedWriter and BufferedRandom as the reference for the algorithm).
 */
public class PyBuffered extends PyBufferedIOBase {
    public static final PyType READER = PyType.builtin("BufferedReader", PyBuffered.class,
            PyBufferedIOBase.TYPE, BufferedReading.class).withModule("_io");
    public static final PyType WRITER = PyType.builtin("BufferedWriter", PyBuffered.class,
            PyBufferedIOBase.TYPE, BufferedWriting.class).withModule("_io");
    public static final PyType RANDOM = PyType.builtin("BufferedRandom", PyBuffered.class,
            PyBufferedIOBase.TYPE, BufferedReading.class, BufferedWriting.class)
            .withModule("_io");

    /** The raw stream, or null before {@code __init__} and after {@code detach}. */
    PyObject raw;
    /** The raw stream when it is an exact FileIO, called without Python dispatch. */
    PyFileIO fastRaw;
    boolean detached;
    final boolean canRead;
    final boolean canWrite;
    int bufferSize;
    /** Read-ahead: bytes {@code [readPos, readLen)} of {@code readBuf} are unread. */
    byte[] readBuf = new byte[0];
    int readPos;
    int readLen;
    /** Pending writes: {@code writeBuf[0:writeLen]}. */
    byte[] writeBuf = new byte[0];
    int writeLen;
    /**
     * A standard stream's FileIO whose st_blksize -- the buffer size -- is not looked up yet
     * ({@link #overStandard}); null once it is, and for every other stream. Until then
     * nothing is buffered.
     */
    PyFileIO sizeFrom;

    PyBuffered(PyType type) {
        super(type);
        this.canRead = type.isSubtypeOf(READER) || type.isSubtypeOf(RANDOM);
        this.canWrite = type.isSubtypeOf(WRITER) || type.isSubtypeOf(RANDOM);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyBuffered b = new PyBuffered(cls);
        if (cls.isBuiltin()) {
            // as PyTextIOWrapper.__new__: a buffered stream a program makes is closed at exit,
            // and __init__ decides whether it is also closed when dropped
            b.programMade = true;
            b.rememberForExit();
        }
        return b;
    }

    /** A buffered stream of the given kind over {@code raw}, as {@code open} makes it. */
    static PyBuffered over(PyType kind, PyObject raw, int bufferSize) {
        PyBuffered b = new PyBuffered(kind);
        b.__init__(raw, PyInt.of(bufferSize));
        return b;
    }

    /**
     * The buffered stream of a standard stream's FileIO ({@link PyFileIO#standard}): its
     * buffer size is the descriptor's st_blksize, as for {@link #over}, but looked up only
     * when a read, a write that stays buffered or a partial write needs it. A program that
     * prints a line and ends never needs it ({@link BufferedWriting#writeThenFlush}), and so
     * binds no C library function for it at start-up.
     */
    static PyBuffered overStandard(PyType kind, PyFileIO raw) {
        PyBuffered b = over(kind, raw, 1);
        b.sizeFrom = raw;
        return b;
    }

    /** Makes the buffer size known (see {@link #sizeFrom}). */
    final void knowSize() {
        if (sizeFrom != null) {
            bufferSize = (int) Math.min(sizeFrom.blksize(), Integer.MAX_VALUE - 8);
            sizeFrom = null;
            readBuf = new byte[canRead ? bufferSize : 0];
            writeBuf = new byte[canWrite ? bufferSize : 0];
        }
    }

    // CPython: Modules/_io/bufferedio.c _io_BufferedReader___init___impl (and the others)
    @Exposed(value = "__init__($self, /, raw, buffer_size=DEFAULT_BUFFER_SIZE)",
            signature = Exposed.Signature.CLASS)
    public void __init__(PyObject rawArg, PyObject bufferSizeArg) {
        raw = null;
        if (canRead) {
            checkRawCan(rawArg, "readable", "File or stream is not readable.");
        }
        if (canWrite) {
            checkRawCan(rawArg, "writable", "File or stream is not writable.");
        }
        if (canRead && canWrite) {
            checkRawCan(rawArg, "seekable", "File or stream is not seekable.");
        }
        long size = bufferSizeArg == null ? IoModule.DEFAULT_BUFFER_SIZE
                : PyIOBase.ssize(bufferSizeArg);
        if (size <= 0) {
            throw PyExceptions.valueError("buffer size must be strictly positive");
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");  // as CPython's malloc fails
        }
        bufferSize = (int) size;
        raw = rawArg;
        takeFinalizationFrom(rawArg);
        if (programMade && canWrite) {
            watchForFinalization();  // what it holds back must reach the raw stream
        }
        sizeFrom = null;
        fastRaw = rawArg.type() == PyFileIO.TYPE ? (PyFileIO) rawArg : null;
        detached = false;
        readPos = readLen = writeLen = 0;
        readBuf = new byte[canRead ? bufferSize : 0];
        writeBuf = new byte[canWrite ? bufferSize : 0];
    }

    private static void checkRawCan(PyObject raw, String method, String message) {
        if (!Ops.isTrue(Ops.callMethod(raw, method))) {
            throw IoErrors.unsupported(message);
        }
    }

    // ---- state checks ------------------------------------------------------------------------

    /** The raw stream, or CPython's error when there is none. */
    final PyObject raw() {
        if (raw == null) {
            if (detached) {
                throw PyExceptions.valueError("raw stream has been detached");
            }
            throw PyExceptions.valueError("I/O operation on uninitialized object");
        }
        return raw;
    }

    @Override
    boolean isClosed() {
        PyObject r = raw();
        if (fastRaw != null) {
            return fastRaw.isClosed();
        }
        return Ops.isTrue(Attributes.getAttr(r, "closed"));
    }

    /** CPython's CHECK_CLOSED: each operation names itself in the message. */
    final void checkClosed(String message) {
        if (isClosed()) {
            throw PyExceptions.valueError(message);
        }
    }

    // ---- the raw stream ----------------------------------------------------------------------

    /** One raw read of up to n bytes: the bytes, empty at EOF, null when it would block. */
    final byte[] rawRead(int n) {
        if (fastRaw != null) {
            PyObject r = fastRaw.read(PyInt.of(n));
            return r == PyNone.NONE ? null : ((PyBytes) r).array();
        }
        // A raw read may return less than asked, so a huge request can be made in pieces.
        n = Math.min(n, Math.max(bufferSize, 1 << 20));
        PyByteArray b = new PyByteArray(new byte[n]);
        PyObject r = Ops.callMethod(raw(), "readinto", b);
        if (r == PyNone.NONE) {
            return null;
        }
        long got;
        try {
            got = PyIOBase.ssize(r);
        } catch (PyException e) {
            // CPython: _bufferedreader_raw_read, _PyErr_FormatFromCause
            throw PyExceptions.fromCause(PyExceptions.of(PyExceptions.OSError,
                    "raw readinto() failed"), e);
        }
        if (got < 0 || got > n) {
            throw PyExceptions.of(PyExceptions.OSError, "raw readinto() returned invalid length "
                    + got + " (should have been between 0 and " + n + ")");
        }
        return Arrays.copyOf(b.toArray(), (int) got);
    }

    /**
     * One write of {@code data[from:from+n]} to the raw stream: the count written, or -1 when
     * a non-blocking raw stream would block (its write returned None).
     */
    // CPython: Modules/_io/bufferedio.c _bufferedwriter_raw_write
    final int rawWrite(byte[] data, int from, int n) {
        // The pending-write buffer is reused, so a Python raw stream must get a copy of it: it
        // may keep what it was given (CPython lends a memoryview it releases after the call).
        // FileIO writes at once and keeps nothing, so it may see the buffer itself.
        boolean lend = from == 0 && n == data.length && (data != writeBuf || fastRaw != null);
        byte[] chunk = lend ? data : Arrays.copyOfRange(data, from, from + n);
        PyObject r = fastRaw != null ? fastRaw.write(PyBytes.of(chunk))
                : Ops.callMethod(raw(), "write", PyBytes.of(chunk));
        if (r == PyNone.NONE) {
            return -1;
        }
        long w = PyIOBase.ssize(r);
        if (w < 0 || w > n) {
            throw PyExceptions.of(PyExceptions.OSError, "raw write() returned invalid length "
                    + w + " (should have been between 0 and " + n + ")");
        }
        return (int) w;
    }

    final long rawTell() {
        PyObject r = fastRaw != null ? fastRaw.tell() : Ops.callMethod(raw(), "tell");
        long pos = PyIOBase.ssize(r);
        if (pos < 0) {
            throw PyExceptions.of(PyExceptions.OSError, "Raw stream returned invalid position "
                    + pos);
        }
        return pos;
    }

    final long rawSeek(long target, int whence) {
        PyObject r = fastRaw != null ? fastRaw.seek(PyInt.of(target), PyInt.of(whence))
                : Ops.callMethod(raw(), "seek", PyInt.of(target), PyInt.of(whence));
        long pos = PyIOBase.ssize(r);
        if (pos < 0) {
            throw PyExceptions.of(PyExceptions.OSError, "Raw stream returned invalid position "
                    + pos);
        }
        return pos;
    }

    /**
     * Writes the pending bytes to the raw stream. What was written leaves the buffer even when
     * the raw stream fails or would block (BlockingIOError with 0 written); the rest stays.
     * Signal handlers run between two partial writes, before the next write may block.
     */
    // CPython: Modules/_io/bufferedio.c _bufferedwriter_flush_unlocked
    final void flushWrites() {
        int done = 0;
        try {
            while (done < writeLen) {
                int w = rawWrite(writeBuf, done, writeLen - done);
                if (w < 0) {
                    throw IoErrors.writeWouldBlock(0);
                }
                done += w;
                if (done < writeLen) {
                    dev.krait.modules.signal.SignalState.checkSignals();
                }
            }
        } finally {
            if (done > 0) {
                System.arraycopy(writeBuf, done, writeBuf, 0, writeLen - done);
                writeLen -= done;
            }
        }
    }

    /** Drops read-ahead, moving the raw stream back to the logical position. */
    final void dropReadAhead() {
        int unread = readLen - readPos;
        readPos = readLen = 0;
        if (unread > 0) {
            rawSeek(-unread, 1);
        }
    }

    // ---- the methods all three types have ----------------------------------------------------

    @Exposed.Getter("raw")
    public PyObject rawAttr() {
        return raw();
    }

    @Exposed.Getter("closed")
    @Override
    public boolean closed() {
        return isClosed();
    }

    @Exposed.Getter("name")
    public PyObject name() {
        return Attributes.getAttr(raw(), "name");
    }

    @Exposed.Getter("mode")
    public PyObject mode() {
        return Attributes.getAttr(raw(), "mode");
    }

    @Exposed(value = "seekable($self, /)", signature = Exposed.Signature.HIDDEN)
    public boolean seekable() {
        return Ops.isTrue(Ops.callMethod(raw(), "seekable"));
    }

    @Exposed(value = "fileno($self, /)", signature = Exposed.Signature.HIDDEN)
    @Override
    public PyObject fileno() {
        return Ops.callMethod(raw(), "fileno");
    }

    @Exposed(value = "isatty($self, /)", signature = Exposed.Signature.HIDDEN)
    @Override
    public boolean isatty() {
        return Ops.isTrue(Ops.callMethod(raw(), "isatty"));
    }

    // CPython: Modules/_io/bufferedio.c buffered_flush / buffered_simple_flush
    @Exposed(value = "flush($self, /)", signature = Exposed.Signature.HIDDEN)
    @Override
    public void flush() {
        if (!canWrite) {
            Ops.callMethod(raw(), "flush");
            return;
        }
        checkClosed("flush of closed file");
        flushWrites();
        if (canRead && readLen > readPos) {
            dropReadAhead();
        }
    }

    // CPython: Modules/_io/bufferedio.c buffered_close
    @Exposed(value = "close($self, /)", signature = Exposed.Signature.HIDDEN)
    @Override
    public void close() {
        PyObject r = raw();
        if (isClosed()) {
            return;
        }
        if (finalizing) {
            _dealloc_warn(this);
        }
        PyException pending = null;
        try {
            Ops.callMethod(this, "flush");
        } catch (PyException e) {
            pending = e;
        }
        try {
            Ops.callMethod(r, "close");
        } catch (PyException e) {
            if (pending != null) {
                e.value.context = pending.value;
            }
            throw e;
        }
        readPos = readLen = 0;
        if (pending != null) {
            throw pending;
        }
    }

    @Exposed(value = "detach($self, /)", signature = Exposed.Signature.HIDDEN)
    @Override
    public PyObject detach() {
        PyObject r = raw();
        Ops.callMethod(this, "flush");
        raw = null;
        fastRaw = null;
        detached = true;
        giveFinalizationBack(r);
        return r;
    }

    /** Passes the warning about an unclosed {@code source} down to the raw stream. */
    // CPython: Modules/_io/bufferedio.c buffered_dealloc_warn
    @Exposed("_dealloc_warn($self, source, /)")
    public void _dealloc_warn(PyObject source) {
        if (raw != null) {
            deallocWarn(raw, source);
        }
    }

    @Exposed.Getter(value = "_finalizing", member = true)
    public boolean _finalizing() {
        return finalizing;
    }

    @Exposed.Setter("_finalizing")
    public void set_finalizing(PyObject v) {
        finalizing = finalizingValue(v);
    }

    @Exposed(value = "tell($self, /)", signature = Exposed.Signature.HIDDEN)
    @Override
    public PyObject tell() {
        long pos = rawTell() - (readLen - readPos) + writeLen;
        return PyInt.of(Math.max(pos, 0));
    }

    // CPython: Modules/_io/bufferedio.c _io__Buffered_seek_impl
    @Exposed("seek($self, target, whence=0, /)")
    @Override
    public PyObject seek(PyObject target, PyObject whence) {
        long offset = PyIOBase.ssize(target);
        int how = whence == null ? 0 : (int) PyIOBase.ssize(whence);
        if (how < 0 || how > 2) {
            throw PyExceptions.valueError("invalid whence (" + how + ", should be 0, 1 or 2)");
        }
        checkClosed("seek of closed file");
        if (!seekable()) {
            throw IoErrors.unsupported("File or stream is not seekable.");
        }
        flushWrites();
        if (how == 1) {
            offset -= readLen - readPos;
        }
        readPos = readLen = 0;
        return PyInt.of(rawSeek(offset, how));
    }

    // CPython: Modules/_io/bufferedio.c _io__Buffered_truncate_impl
    @Exposed("truncate($self, pos=None, /)")
    @Override
    public PyObject truncate(PyObject pos) {
        raw();
        if (!canWrite) {
            throw IoErrors.unsupported("truncate");
        }
        checkClosed("truncate of closed file");
        flushWrites();
        PyObject at = pos == null || pos == PyNone.NONE ? tell() : pos;
        if (canRead) {
            dropReadAhead();
        }
        return Ops.callMethod(raw(), "truncate", at);
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        PyObject name = raw == null ? null : nameOrNull(this);
        if (name == null) {
            return "<" + tpName() + ">";
        }
        return "<" + tpName() + " name=" + reprName(name) + ">";
    }

    // CPython: Modules/_io/iobase.c _PyIOBase_cannot_pickle
    @Exposed("__reduce_ex__($self, protocol, /)")
    public PyObject __reduce_ex__(PyObject protocol) {
        throw PyExceptions.typeError("cannot pickle '" + tpName() + "' object");
    }

    // ---- reading, for BufferedReading --------------------------------------------------------

    /** Fills the empty read-ahead buffer with one raw read; returns the count (-1: blocked). */
    final int fillBuffer() {
        knowSize();
        if (canWrite) {
            flushWrites();
        }
        readPos = readLen = 0;
        byte[] got = rawRead(bufferSize);
        if (got == null) {
            return -1;
        }
        System.arraycopy(got, 0, readBuf, 0, got.length);
        readLen = got.length;
        return got.length;
    }

    /**
     * {@code read(n)}: n bytes, fewer only at EOF or when a non-blocking raw stream has no more
     * for now; n < 0 reads to the end. Null (None) when the raw stream would block before any
     * byte was read.
     */
    // CPython: Modules/_io/bufferedio.c _bufferedreader_read_generic, _bufferedreader_read_all
    final byte[] readBytes(long n) {
        knowSize();
        if (canWrite) {
            flushWrites();
        }
        int have = readLen - readPos;
        if (n >= 0 && n <= have) {
            byte[] r = Arrays.copyOfRange(readBuf, readPos, readPos + (int) n);
            readPos += (int) n;
            return r;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(readBuf, readPos, have);
        readPos = readLen = 0;
        if (n < 0) {
            PyObject rest = fastRaw != null ? fastRaw.readall()
                    : Attributes.lookupAttrOrNull(raw(), "readall") != null
                    ? Ops.callMethod(raw(), "readall") : null;
            if (rest != null) {
                if (rest == PyNone.NONE) {
                    return out.size() == 0 ? null : out.toByteArray();
                }
                out.writeBytes(PyBytes.requireBytesLike(rest));
                return out.toByteArray();
            }
            while (true) {
                byte[] chunk = rawRead(bufferSize);
                if (chunk == null) {
                    return out.size() == 0 ? null : out.toByteArray();
                }
                if (chunk.length == 0) {
                    return out.toByteArray();
                }
                out.writeBytes(chunk);
            }
        }
        long wanted = n - have;
        while (wanted > 0) {
            if (wanted >= bufferSize) {
                byte[] chunk = rawRead((int) Math.min(wanted, Integer.MAX_VALUE - 8));
                if (chunk == null && out.size() == 0) {
                    return null;
                }
                if (chunk == null || chunk.length == 0) {
                    break;
                }
                out.writeBytes(chunk);
                wanted -= chunk.length;
            } else {
                int got = fillBuffer();
                if (got < 0 && out.size() == 0) {
                    return null;
                }
                if (got <= 0) {
                    break;
                }
                int take = (int) Math.min(wanted, got);
                out.write(readBuf, 0, take);
                readPos = take;
                wanted -= take;
            }
        }
        return out.toByteArray();
    }

    /** {@code read1(n)}: what is buffered, or else at most one raw read. */
    final byte[] read1Bytes(long n) {
        knowSize();
        if (n < 0) {
            n = bufferSize;
        }
        if (n == 0) {
            return new byte[0];
        }
        if (canWrite) {
            flushWrites();
        }
        int have = readLen - readPos;
        if (have > 0) {
            int take = (int) Math.min(have, n);
            byte[] r = Arrays.copyOfRange(readBuf, readPos, readPos + take);
            readPos += take;
            return r;
        }
        readPos = readLen = 0;
        if (n > bufferSize) {
            byte[] got = rawRead((int) Math.min(n, Integer.MAX_VALUE - 8));
            return got == null ? new byte[0] : got;
        }
        int got = fillBuffer();
        if (got <= 0) {
            return new byte[0];
        }
        int take = (int) Math.min(got, n);
        readPos = take;
        return Arrays.copyOfRange(readBuf, 0, take);
    }

    /**
     * {@code readinto(b)} and {@code readinto1(b)}: what is buffered first, then for the rest
     * raw reads straight into {@code target} when it wants more than a buffer's worth, else
     * through the buffer; {@code once} (readinto1) makes at most one raw read, and none through
     * the buffer once something was copied. The count, or -1 when a non-blocking raw stream
     * would block before any byte arrived.
     */
    // CPython: Modules/_io/bufferedio.c _buffered_readinto_generic
    final long readInto(WritableBuffer target, boolean once) {
        knowSize();
        int len = target.length();
        int written = 0;
        int have = readLen - readPos;
        if (have > 0) {
            int take = Math.min(have, len);
            target.write(0, readBuf, readPos, take);
            readPos += take;
            if (take == len) {
                return len;
            }
            written = take;
        }
        if (canWrite) {
            flushWrites();
        }
        readPos = readLen = 0;
        for (int remaining = len - written; remaining > 0; ) {
            int n;
            if (remaining > bufferSize) {
                byte[] got = rawRead(remaining);
                if (got == null) {
                    n = -1;
                } else {
                    target.write(written, got, 0, got.length);
                    n = got.length;
                }
            } else if (!(once && written > 0)) {
                int got = fillBuffer();
                if (got > 0) {
                    int take = Math.min(got, remaining);
                    target.write(written, readBuf, 0, take);
                    readPos = take;
                    written += take;
                    remaining -= take;
                    continue;
                }
                n = got;
            } else {
                n = 0;
            }
            if (n == 0 || n < 0 && written > 0) {
                break;
            }
            if (n < 0) {
                return -1;
            }
            written += n;
            remaining -= n;
            if (once) {
                break;
            }
        }
        return written;
    }

    /** {@code readline(limit)}: up to and including b'\n'. */
    final byte[] readLineBytes(long limit) {
        knowSize();
        if (canWrite) {
            flushWrites();
        }
        ByteArrayOutputStream out = null;
        while (true) {
            int have = readLen - readPos;
            if (have == 0) {
                if (fillBuffer() <= 0) {
                    break;
                }
                have = readLen;
            }
            int max = limit < 0 ? have
                    : (int) Math.min(have, limit - (out == null ? 0 : out.size()));
            int i = readPos;
            int end = readPos + max;
            while (i < end && readBuf[i] != '\n') {
                i++;
            }
            boolean found = i < end;
            int take = (found ? i + 1 : end) - readPos;
            if (out == null && (found || limit >= 0 && take >= limit)) {
                byte[] r = Arrays.copyOfRange(readBuf, readPos, readPos + take);
                readPos += take;
                return r;
            }
            if (out == null) {
                out = new ByteArrayOutputStream();
            }
            out.write(readBuf, readPos, take);
            readPos += take;
            if (found || limit >= 0 && out.size() >= limit) {
                break;
            }
        }
        return out == null ? new byte[0] : out.toByteArray();
    }

    /** {@code peek()}: the read-ahead, filling it with one raw read when empty. */
    final byte[] peekBytes() {
        knowSize();
        if (canWrite) {
            flushWrites();
        }
        if (readLen - readPos == 0) {
            fillBuffer();
        }
        return Arrays.copyOfRange(readBuf, readPos, readLen);
    }
}
