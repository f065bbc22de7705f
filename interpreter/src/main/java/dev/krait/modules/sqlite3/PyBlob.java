package dev.krait.modules.sqlite3;

import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySlice;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import java.lang.foreign.MemorySegment;

/**
 * {@code sqlite3.Blob}: incremental I/O on one BLOB value (Python 3.11), a fixed-size
 * file-like object with read/write/seek/tell, indexing and slicing of its bytes, closed with
 * its connection.
 *
 * <p>CPython counterpart: Modules/_sqlite/blob.c.
 */
public final class PyBlob extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtinFinal("Blob", PyBlob.class, null)
            .withModule("sqlite3");

    private final PyConnection connection;
    private MemorySegment blob;
    private int offset;

    PyBlob(PyConnection connection, MemorySegment blob) {
        super(TYPE);
        this.connection = connection;
        this.blob = blob;
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        throw PyExceptions.typeError("cannot create 'sqlite3.Blob' instances");
    }

    /** CPython: blob.c close_blob. */
    void closeBlob() {
        if (blob != null) {
            MemorySegment b = blob;
            blob = null;
            Sqlite.blobClose(b);
        }
    }

    /** CPython: blob.c check_blob. */
    private void checkBlob() {
        connection.checkConnection();
        connection.checkThread();
        if (blob == null) {
            throw SqliteErrors.error(connection.state.programmingError,
                    "Cannot operate on a closed blob.");
        }
    }

    private int length() {
        return Sqlite.blobBytes(blob);
    }

    private byte[] readAt(int n, int at) {
        byte[] out = new byte[n];
        if (Sqlite.blobRead(blob, out, n, at) != Sqlite.OK) {
            throw SqliteErrors.raise(connection.state, connection.db);
        }
        return out;
    }

    private void writeAt(byte[] data, int n, int at) {
        if (n > length() - at) {
            throw PyExceptions.valueError("data longer than blob length");
        }
        if (Sqlite.blobWrite(blob, data, 0, n, at) != Sqlite.OK) {
            throw SqliteErrors.raise(connection.state, connection.db);
        }
    }

    // CPython: Modules/_sqlite/blob.c blob_close_impl
    @Exposed("close($self, /)")
    public void close() {
        connection.checkConnection();
        connection.checkThread();
        closeBlob();
    }

    // CPython: Modules/_sqlite/blob.c blob_read_impl
    @Exposed("read($self, length=-1, /)")
    public PyObject read(PyObject lengthArg) {
        int length = Args.cInt(lengthArg);
        checkBlob();
        int max = length() - offset;
        if (length < 0 || length > max) {
            length = max;
        }
        if (length == 0) {
            return PyBytes.EMPTY;
        }
        byte[] b = readAt(length, offset);
        offset += length;
        return new PyBytes(b);
    }

    // CPython: Modules/_sqlite/blob.c blob_write_impl
    @Exposed("write($self, data, /)")
    public void write(PyObject data) {
        byte[] b = buffer(data);
        checkBlob();
        writeAt(b, b.length, offset);
        offset += b.length;
    }

    // CPython: Modules/_sqlite/blob.c blob_seek_impl
    @Exposed("seek($self, offset, origin=0, /)")
    public void seek(PyObject offsetArg, PyObject originArg) {
        int off = Args.cInt(offsetArg);
        int origin = Args.cInt(originArg);
        checkBlob();
        int len = length();
        long target;
        switch (origin) {
            case 0 -> target = off;
            case 1 -> {
                if (off > Integer.MAX_VALUE - offset) {
                    throw PyExceptions.overflowError("seek offset results in overflow");
                }
                target = (long) off + offset;
            }
            case 2 -> {
                if (off > Integer.MAX_VALUE - len) {
                    throw PyExceptions.overflowError("seek offset results in overflow");
                }
                target = (long) off + len;
            }
            default -> throw PyExceptions.valueError("'origin' should be os.SEEK_SET, "
                    + "os.SEEK_CUR, or os.SEEK_END");
        }
        if (target < 0 || target > len) {
            throw PyExceptions.valueError("offset out of blob range");
        }
        offset = (int) target;
    }

    @Exposed("tell($self, /)")
    public long tell() {
        checkBlob();
        return offset;
    }

    @Exposed("__enter__($self, /)")
    public PyObject __enter__() {
        checkBlob();
        return this;
    }

    @Exposed("__exit__($self, type, val, tb, /)")
    public boolean __exit__(PyObject type, PyObject val, PyObject tb) {
        checkBlob();
        closeBlob();
        return false;
    }

    /** Blobs are mappings, not sequences: no iteration, so no {@code in}. */
    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        throw PyExceptions.typeError("'sqlite3.Blob' object is not iterable");
    }

    @Exposed("__contains__($self, key, /)")
    public boolean __contains__(PyObject key) {
        throw PyExceptions.typeError("argument of type 'sqlite3.Blob' is not iterable");
    }

    @Exposed("__len__($self, /)")
    public long __len__() {
        checkBlob();
        return length();
    }

    private static byte[] buffer(PyObject o) {
        byte[] b = Values.simpleBuffer(o);
        if (b == null) {
            throw PyExceptions.typeError("a bytes-like object is required, not '"
                    + o.type().getName() + "'");
        }
        return b;
    }

    /** CPython: blob.c get_subscript_index. */
    private int index(PyObject item) {
        PyInt i = Numbers.index(item);
        int len = length();
        if (!i.isSmall()) {
            throw PyExceptions.indexError("cannot fit 'int' into an index-sized integer");
        }
        long v = i.longValue();
        if (v < 0) {
            v += len;
        }
        if (v < 0 || v >= len) {
            throw PyExceptions.indexError("Blob index out of range");
        }
        return (int) v;
    }

    private static boolean isIndex(PyObject o) {
        return o instanceof PyInt || o.type().lookup("__index__") != null;
    }

    // CPython: Modules/_sqlite/blob.c blob_subscript
    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject item) {
        checkBlob();
        if (isIndex(item)) {
            return PyInt.of(readAt(1, index(item))[0] & 0xff);
        }
        if (item instanceof PySlice s) {
            int[] r = s.indices(length());
            int start = r[0];
            int stop = r[1];
            int step = r[2];
            int n = sliceLength(start, stop, step);
            if (step == 1) {
                return new PyBytes(n == 0 ? new byte[0] : readAt(n, start));
            }
            byte[] out = new byte[n];
            if (n > 0) {
                int lo = step > 0 ? start : start + (n - 1) * step;
                int hi = step > 0 ? start + (n - 1) * step : start;
                byte[] raw = readAt(hi - lo + 1, lo);
                for (int i = 0, j = start - lo; i < n; i++, j += step) {
                    out[i] = raw[j];
                }
            }
            return new PyBytes(out);
        }
        throw PyExceptions.typeError("Blob indices must be integers");
    }

    private static int sliceLength(int start, int stop, int step) {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return stop < start ? (start - stop - 1) / -step + 1 : 0;
    }

    // CPython: Modules/_sqlite/blob.c blob_ass_subscript
    @Exposed("__setitem__($self, key, value, /)")
    public void __setitem__(PyObject item, PyObject value) {
        checkBlob();
        if (isIndex(item)) {
            if (!(value instanceof PyInt v)) {
                throw PyExceptions.typeError("'" + value.type().getName()
                        + "' object cannot be interpreted as an integer");
            }
            int i = index(item);
            long b = v.isSmall() ? v.longValue() : -1;
            if (b < 0 || b > 255) {
                throw PyExceptions.valueError("byte must be in range(0, 256)");
            }
            writeAt(new byte[] {(byte) b}, 1, i);
            return;
        }
        if (item instanceof PySlice s) {
            int[] r = s.indices(length());
            int start = r[0];
            int step = r[2];
            int n = sliceLength(start, r[1], step);
            if (n == 0) {
                return;
            }
            byte[] data = buffer(value);
            if (data.length != n) {
                throw PyExceptions.indexError("Blob slice assignment is wrong size");
            }
            if (step == 1) {
                writeAt(data, n, start);
                return;
            }
            int lo = step > 0 ? start : start + (n - 1) * step;
            int hi = step > 0 ? start + (n - 1) * step : start;
            byte[] raw = readAt(hi - lo + 1, lo);
            for (int i = 0, j = start - lo; i < n; i++, j += step) {
                raw[j] = data[i];
            }
            writeAt(raw, raw.length, lo);
            return;
        }
        throw PyExceptions.typeError("Blob indices must be integers");
    }

    @Exposed("__delitem__($self, key, /)")
    public void __delitem__(PyObject item) {
        checkBlob();
        if (isIndex(item)) {
            throw PyExceptions.typeError("Blob doesn't support item deletion");
        }
        if (item instanceof PySlice) {
            throw PyExceptions.typeError("Blob doesn't support slice deletion");
        }
        throw PyExceptions.typeError("Blob indices must be integers");
    }
}
