package dev.krait.modules.io;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.WritableBuffer;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import java.util.Arrays;

/**
 * {@code _io.BytesIO}: a binary stream over a growable byte array. The position may be set
 * past the end; a write there fills the gap with zero bytes, as CPython's does.
 *
 * <p>CPython counterpart: Modules/_io/bytesio.c.
 */
public class PyBytesIO extends PyBufferedIOBase {
    public static final PyType TYPE = PyType.builtin("BytesIO", PyBytesIO.class,
            PyBufferedIOBase.TYPE).withModule("_io");

    private byte[] buf = new byte[0];
    private int size;
    private int pos;
    private boolean closedFlag;

    protected PyBytesIO(PyType type) {
        super(type);
    }

    public PyBytesIO(byte[] initial) {
        super(TYPE);
        buf = initial.clone();
        size = initial.length;
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyBytesIO(cls);
    }

    @Exposed(value = "__init__($self, /, initial_bytes=b'')", signature = Exposed.Signature.CLASS)
    public void __init__(PyObject initial) {
        size = 0;
        pos = 0;
        buf = new byte[0];
        if (initial != null && initial != PyNone.NONE) {
            byte[] b = PyBytes.requireBytesLike(initial);
            buf = b.clone();
            size = b.length;
        }
    }

    /** The contents as Java sees them (a copy). */
    public byte[] contents() {
        return Arrays.copyOf(buf, size);
    }

    @Override
    boolean isClosed() {
        return closedFlag;
    }

    private void checkOpen() {
        if (closedFlag) {
            throw IoErrors.closedFile();
        }
    }

    @Exposed.Getter("closed")
    @Override
    public boolean closed() {
        return closedFlag;
    }

    @Exposed("close($self, /)")
    @Override
    public void close() {
        closedFlag = true;
        buf = new byte[0];
        // a view from getbuffer() that outlives it then finds its bytes gone (BufferError)
        size = 0;
    }

    @Exposed("flush($self, /)")
    @Override
    public void flush() {
        checkOpen();
    }

    @Exposed("readable($self, /)")
    public boolean readable() {
        checkOpen();
        return true;
    }

    @Exposed("writable($self, /)")
    public boolean writable() {
        checkOpen();
        return true;
    }

    @Exposed("seekable($self, /)")
    public boolean seekable() {
        checkOpen();
        return true;
    }

    @Exposed("isatty($self, /)")
    @Override
    public boolean isatty() {
        checkOpen();
        return false;
    }

    @Exposed("getvalue($self, /)")
    public PyObject getvalue() {
        checkOpen();
        return PyBytes.of(Arrays.copyOf(buf, size));
    }

    /**
     * A writable memoryview of the contents, through a {@code _io._BytesIOBuffer} that exports
     * this object's storage (Krait does not refuse later resizes; see docs/DIFFERENCES.md).
     */
    // CPython: Modules/_io/bytesio.c _io_BytesIO_getbuffer_impl
    @Exposed("getbuffer($self, /)")
    public PyObject getbuffer() {
        checkOpen();
        Buffer exporter = new Buffer(this);
        return dev.krait.objects.PyMemoryView.of(exporter, exporter);
    }

    /** CPython's {@code _io._BytesIOBuffer}: the exporter behind {@link #getbuffer}. */
    public static final class Buffer extends PyObject
            implements dev.krait.objects.BufferExporter {
        public static final PyType TYPE =
                PyType.builtinFinal("_BytesIOBuffer", Buffer.class, null).withModule("_io");

        private final PyBytesIO source;

        Buffer(PyBytesIO source) {
            super(TYPE);
            this.source = source;
        }

        @Override
        public byte[] bufferStorage() {
            return source.buf;
        }

        @Override
        public int bufferLength() {
            return source.size;
        }

        @Override
        public boolean bufferReadonly() {
            return false;
        }
    }

    private byte[] take(long n) {
        int avail = Math.max(0, size - pos);
        int count = n < 0 ? avail : (int) Math.min(n, avail);
        byte[] r = count == 0 ? new byte[0] : Arrays.copyOfRange(buf, pos, pos + count);
        pos += count;
        return r;
    }

    @Exposed("read($self, size=-1, /)")
    @Override
    public PyObject read(PyObject n) {
        checkOpen();
        return PyBytes.of(take(sizeArg(n)));
    }

    @Exposed("read1($self, size=-1, /)")
    @Override
    public PyObject read1(PyObject n) {
        return read(n);
    }

    @Exposed("readline($self, size=-1, /)")
    @Override
    public PyObject readline(PyObject n) {
        checkOpen();
        return PyBytes.of(lineBytes(sizeArg(n)));
    }

    private byte[] lineBytes(long limit) {
        int end = pos;
        while (end < size && buf[end] != '\n') {
            end++;
        }
        if (end < size) {
            end++;
        }
        long n = Math.max(0, end - pos);
        if (limit >= 0 && limit < n) {
            n = limit;
        }
        return take(n);
    }

    @Exposed("readlines($self, size=None, /)")
    @Override
    public PyObject readlines(PyObject hint) {
        checkOpen();
        long limit = sizeArg(hint);
        java.util.List<PyObject> lines = new java.util.ArrayList<>();
        long total = 0;
        while (true) {
            byte[] line = lineBytes(-1);
            if (line.length == 0) {
                break;
            }
            lines.add(PyBytes.of(line));
            total += line.length;
            if (limit > 0 && total >= limit) {
                break;
            }
        }
        return new dev.krait.objects.PyList(lines);
    }

    @Exposed("readinto($self, buffer, /)")
    @Override
    public PyObject readinto(PyObject buffer) {
        checkOpen();
        WritableBuffer target = WritableBuffer.require(buffer, "readinto() ");
        byte[] got = take(target.length());
        target.write(0, got, 0, got.length);
        return PyInt.of(got.length);
    }

    @Exposed("write($self, b, /)")
    @Override
    public PyObject write(PyObject b) {
        checkOpen();
        byte[] data = PyBytes.requireBytesLike(b);
        if (data.length > 0) {
            // nothing written past the end leaves no gap (CPython: bytesio.c write_bytes)
            writeBytes(data);
        }
        return PyInt.of(data.length);
    }

    /** Writes at the position, zero-filling any gap past the end. */
    public void writeBytes(byte[] data) {
        int end = pos + data.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2 + 16));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(data, 0, buf, pos, data.length);
        pos = end;
        size = Math.max(size, end);
    }

    @Exposed("writelines($self, lines, /)")
    @Override
    public void writelines(PyObject lines) {
        checkOpen();
        PyObject it = Iteration.iter(lines);
        for (PyObject line = Iteration.next(it); line != null; line = Iteration.next(it)) {
            write(line);
        }
    }

    // CPython: Modules/_io/bytesio.c _io_BytesIO_seek_impl
    @Exposed("seek($self, pos, whence=0, /)")
    @Override
    public PyObject seek(PyObject target, PyObject whence) {
        long p = PyIOBase.ssize(target);
        int how = whence == null ? 0 : (int) PyIOBase.ssize(whence);
        if (p < 0 && how == 0) {
            throw PyExceptions.valueError("negative seek value " + p);
        }
        if (how == 1) {
            p += pos;
        } else if (how == 2) {
            p += size;
        } else if (how != 0) {
            throw PyExceptions.valueError("invalid whence (" + how + ", should be 0, 1 or 2)");
        }
        checkOpen();
        pos = (int) Math.min(Math.max(p, 0), Integer.MAX_VALUE - 8);
        return PyInt.of(pos);
    }

    @Exposed("tell($self, /)")
    @Override
    public PyObject tell() {
        checkOpen();
        return PyInt.of(pos);
    }

    @Exposed("truncate($self, size=None, /)")
    @Override
    public PyObject truncate(PyObject n) {
        checkOpen();
        long s = n == null || n == PyNone.NONE ? pos : PyIOBase.ssize(n);
        if (s < 0) {
            throw PyExceptions.valueError("negative size value " + s);
        }
        if (s < size) {
            size = (int) s;
        }
        return PyInt.of(s);
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        checkOpen();
        byte[] line = lineBytes(-1);
        if (line.length == 0) {
            throw PyExceptions.stopIteration();
        }
        return PyBytes.of(line);
    }

    @Exposed("__iter__($self, /)")
    @Override
    public PyObject __iter__() {
        checkOpen();
        return this;
    }

    @Exposed(value = "__getstate__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __getstate__() {
        checkOpen();
        // CPython's object has no dict until one is asked for: an empty one is state None.
        dev.krait.objects.PyDict d = getDict();
        return dev.krait.objects.PyTuple.of(getvalue(), PyInt.of(pos),
                d == null || d.size() == 0 ? PyNone.NONE : d.copy());
    }

    // CPython: Modules/_io/bytesio.c bytesio_setstate
    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        if (!(state instanceof dev.krait.objects.PyTuple t) || t.size() < 3) {
            throw PyExceptions.typeError(type().tpName()
                    + ".__setstate__ argument should be 3-tuple, got " + state.type().getName());
        }
        size = 0;
        pos = 0;
        write(t.get(0));
        PyObject position = t.get(1);
        if (!(position instanceof PyInt)) {
            throw PyExceptions.typeError("second item of state must be an integer, not "
                    + position.type().getName());
        }
        long p = PyIOBase.ssize(position);
        if (p < 0) {
            throw PyExceptions.valueError("position value cannot be negative");
        }
        pos = (int) Math.min(p, Integer.MAX_VALUE - 8);
        PyStringIO.restoreDict(this, t.get(2), "third");
    }
}
