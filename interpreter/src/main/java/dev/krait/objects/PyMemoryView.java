package dev.krait.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Python's {@code memoryview}: a window on the bytes of another object (a {@link BufferExporter}:
 * {@code bytes}, {@code bytearray}, ...), read and written in place. A view is a start offset
 * in the exporter's storage, an item format and size, and a shape with strides in bytes per
 * dimension — CPython's {@code Py_buffer} — so slicing makes a new view on the same storage with
 * another offset and stride, and {@code cast} reinterprets the same bytes with another format or
 * shape. Items are unpacked and packed by {@link MemoryFormats}.
 *
 * <p>The storage is fetched from the exporter at each access rather than kept: a
 * {@code bytearray} may reallocate its array when it grows. CPython forbids resizing an exporter
 * while views of it exist; Krait cannot know when a view dies (no reference counts), so it
 * allows the resize and checks at each access that the view still fits (see
 * docs/DIFFERENCES.md).
 *
 * <p>CPython counterpart: Objects/memoryobject.c.
 */
public final class PyMemoryView extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtinFinal("memoryview", PyMemoryView.class, null,
            MemoryViewMethods.class);

    final PyObject obj;
    final BufferExporter source;
    final int offset;
    final String format;
    final int itemsize;
    final int[] shape;
    final int[] strides;
    final boolean readonly;
    private boolean released;
    private long hash = -1;

    PyMemoryView(PyObject obj, BufferExporter source, int offset, String format, int itemsize,
            int[] shape, int[] strides, boolean readonly) {
        super(TYPE);
        this.obj = obj;
        this.source = source;
        this.offset = offset;
        this.format = format;
        this.itemsize = itemsize;
        this.shape = shape;
        this.strides = strides;
        this.readonly = readonly;
    }

    /** A view of the whole of an exporter, in its item format; {@code o} is its {@code obj}. */
    public static PyMemoryView of(PyObject o, BufferExporter e) {
        int itemsize = e.bufferItemSize();
        return new PyMemoryView(o, e, 0, e.bufferFormat(), itemsize,
                new int[] {e.bufferLength() / itemsize}, new int[] {itemsize},
                e.bufferReadonly());
    }

    /** A view of the same bytes with another offset, format, shape or strides. */
    PyMemoryView derive(int offset, String format, int itemsize, int[] shape, int[] strides,
            boolean readonly) {
        return new PyMemoryView(obj, source, offset, format, itemsize, shape, strides, readonly);
    }

    // CPython: Objects/memoryobject.c memoryview_impl, PyMemoryView_FromObject
    @Exposed(value = "__new__($type, object)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject object) {
        if (object instanceof PyMemoryView m) {
            m.checkReleased();
            return m.derive(m.offset, m.format, m.itemsize, m.shape, m.strides, m.readonly);
        }
        if (object instanceof BufferExporter e) {
            return of(object, e);
        }
        if (object instanceof PyPickleBuffer p) {
            return p.newView();
        }
        throw PyExceptions.typeError("memoryview: a bytes-like object is required, not '"
                + object.type().getName() + "'");
    }

    // ---- state ------------------------------------------------------------------------------

    void checkReleased() {
        if (released) {
            throw PyExceptions.valueError("operation forbidden on released memoryview object");
        }
    }

    boolean isReleased() {
        return released;
    }

    void release() {
        released = true;
    }

    int ndim() {
        return shape.length;
    }

    /** The number of items: the product of the shape (1 for a 0-dimensional view). */
    int itemCount() {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    int nbytes() {
        return itemCount() * itemsize;
    }

    /**
     * The exporter's storage, after checking that this view is not released and still lies
     * within the exporter (which may have shrunk since the view was made).
     */
    byte[] storage() {
        checkReleased();
        byte[] s = source.bufferStorage();
        if (itemCount() == 0) {
            return s;
        }
        long lo = offset;
        long hi = offset + (long) itemsize;
        for (int d = 0; d < shape.length; d++) {
            long extent = (long) (shape[d] - 1) * strides[d];
            if (extent < 0) {
                lo += extent;
            } else {
                hi += extent;
            }
        }
        if (lo < 0 || hi > source.bufferLength()) {
            throw PyExceptions.of(PyExceptions.BufferError,
                    "memoryview: underlying buffer has been resized");
        }
        return s;
    }

    /**
     * Whether a consumer that writes (CPython's {@code PyBUF_WRITABLE} request, as
     * {@code socket.recv_into} makes) may use this view: not released, writable, C-contiguous.
     */
    public boolean isWritableContiguous() {
        return !released && !readonly && isContiguous(false);
    }

    /** The view's length in bytes. */
    public int byteLength() {
        return nbytes();
    }

    /** Copies {@code data[0, n)} to the start of a view {@link #isWritableContiguous} allows. */
    public void writeBytes(byte[] data, int n) {
        byte[] s = storage();
        int length = Math.min(n, nbytes());
        System.arraycopy(data, 0, s, offset, length);
        source.bufferWritten(s, offset, length);
    }

    /**
     * Packs {@code value} as one item at byte {@code at} of the storage, for the exporter. A
     * value that is not an exact int, float or bool is converted first (its {@code __index__},
     * {@code __float__} or {@code __bool__} may release this view), and written only if the
     * view is still usable.
     */
    // CPython: Objects/memoryobject.c memory_ass_sub, CHECK_RELEASED_INT_AGAIN (gh-92888)
    void packItem(int at, PyObject value) {
        PyType t = value.type;
        if (t == PyInt.TYPE || t == PyFloat.TYPE || t == PyBool.TYPE) {
            byte[] s = storage();
            MemoryFormats.pack(s, at, value, format);
            source.bufferWritten(s, at, itemsize);
            return;
        }
        checkReleased();
        byte[] item = new byte[itemsize];
        MemoryFormats.pack(item, 0, value, format);
        byte[] s = storage();
        System.arraycopy(item, 0, s, at, itemsize);
        source.bufferWritten(s, at, itemsize);
    }

    // ---- item positions ---------------------------------------------------------------------

    /** The byte offsets of all items, in C (row-major) or Fortran (column-major) order. */
    int[] itemOffsets(boolean fortran) {
        int[] out = new int[itemCount()];
        if (shape.length == 0) {
            out[0] = offset;
            return out;
        }
        int[] index = new int[shape.length];
        int pos = offset;
        for (int k = 0; k < out.length; k++) {
            out[k] = pos;
            // Advance the fastest-varying index, carrying into slower ones.
            for (int i = 0; i < shape.length; i++) {
                int d = fortran ? i : shape.length - 1 - i;
                index[d]++;
                pos += strides[d];
                if (index[d] < shape[d]) {
                    break;
                }
                pos -= strides[d] * shape[d];
                index[d] = 0;
            }
        }
        return out;
    }

    /** The bytes of the view in C order, whatever its layout (a strided view is gathered). */
    byte[] contiguousBytes() {
        return gather(false);
    }

    /**
     * The bytes a simple buffer request gets: the view's memory as one run of bytes. A view
     * whose items do not lie next to each other in C order has no such run, and CPython refuses
     * the request rather than copy (its consumers write into or point at the memory).
     */
    // CPython: Objects/memoryobject.c memory_getbuf (a request without PyBUF_STRIDES)
    byte[] simpleBufferBytes() {
        checkReleased();
        if (!isContiguous(false)) {
            throw PyExceptions.of(PyExceptions.BufferError,
                    "memoryview: underlying buffer is not C-contiguous");
        }
        return gather(false);
    }

    byte[] gather(boolean fortran) {
        byte[] s = storage();
        if (isContiguous(fortran)) {
            return Arrays.copyOfRange(s, offset, offset + nbytes());
        }
        int[] at = itemOffsets(fortran);
        byte[] out = new byte[at.length * itemsize];
        for (int k = 0; k < at.length; k++) {
            System.arraycopy(s, at[k], out, k * itemsize, itemsize);
        }
        return out;
    }

    /**
     * Whether the items lie next to each other in C (or Fortran) order. A one-dimensional view
     * is contiguous when its stride is the item size or it has one item; an empty view of more
     * dimensions counts as contiguous, as in CPython.
     */
    // CPython: Objects/memoryobject.c init_flags, Objects/abstract.c _IsCContiguous
    boolean isContiguous(boolean fortran) {
        if (shape.length == 0) {
            return true;
        }
        if (shape.length == 1) {
            return shape[0] == 1 || strides[0] == itemsize;
        }
        if (itemCount() == 0) {
            return true;
        }
        long expected = itemsize;
        for (int i = 0; i < shape.length; i++) {
            int d = fortran ? i : shape.length - 1 - i;
            if (shape[d] > 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    // ---- indexing ---------------------------------------------------------------------------

    /** The byte offset of item {@code index} on dimension {@code dim}, from {@code base}. */
    // CPython: Objects/memoryobject.c lookup_dimension
    int lookup(int base, int dim, PyObject key) {
        PyInt n = Numbers.index(key);
        if (!n.isSmall()) {
            throw PyExceptions.indexError("cannot fit 'int' into an index-sized integer");
        }
        long index = n.longValue();
        if (index < 0) {
            index += shape[dim];
        }
        if (index < 0 || index >= shape[dim]) {
            throw PyExceptions.indexError("index out of bounds on dimension " + (dim + 1));
        }
        return base + (int) index * strides[dim];
    }

    /** The byte offset of the item a tuple of indices names. */
    // CPython: Objects/memoryobject.c ptr_from_tuple
    int lookupTuple(PyTuple key) {
        int n = key.size();
        if (n > shape.length) {
            throw PyExceptions.typeError("cannot index " + shape.length + "-dimension view with "
                    + n + "-element tuple");
        }
        int pos = offset;
        for (int d = 0; d < n; d++) {
            pos = lookup(pos, d, key.get(d));
        }
        return pos;
    }

    /** The view on the first dimension's slice {@code slice}. */
    // CPython: Objects/memoryobject.c init_slice
    PyMemoryView sliced(PySlice slice) {
        int[] idx = slice.indices(shape[0]);
        int[] newShape = shape.clone();
        int[] newStrides = strides.clone();
        newShape[0] = PySlice.length(idx[0], idx[1], idx[2]);
        newStrides[0] = strides[0] * idx[2];
        return derive(offset + strides[0] * idx[0], format, itemsize, newShape, newStrides,
                readonly);
    }

    static boolean isMultiIndex(PyObject key) {
        if (!(key instanceof PyTuple t)) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            PyObject x = t.get(i);
            if (!(x instanceof PyInt) && x.type().lookup("__index__") == null) {
                return false;
            }
        }
        return true;
    }

    static boolean isMultiSlice(PyObject key) {
        if (!(key instanceof PyTuple t)) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            if (!(t.get(i) instanceof PySlice)) {
                return false;
            }
        }
        return true;
    }

    static boolean isIndex(PyObject key) {
        return key instanceof PyInt || key.type().lookup("__index__") != null;
    }

    /** The items as nested lists, one level per dimension. */
    // CPython: Objects/memoryobject.c tolist_rec
    PyObject toList(byte[] s, int base, int dim) {
        if (dim == shape.length) {
            return MemoryFormats.unpack(s, base, format);
        }
        List<PyObject> items = new ArrayList<>(shape[dim]);
        for (int k = 0; k < shape[dim]; k++) {
            items.add(toList(s, base + k * strides[dim], dim + 1));
        }
        return new PyList(items);
    }

    /** The view's items as objects, in C order. */
    PyObject[] unpackAll() {
        byte[] s = storage();
        int[] at = itemOffsets(false);
        PyObject[] out = new PyObject[at.length];
        for (int k = 0; k < at.length; k++) {
            out[k] = MemoryFormats.unpack(s, at[k], format);
        }
        return out;
    }

    long hashValue() {
        return hash;
    }

    void cacheHash(long h) {
        hash = h;
    }

    PyTuple intTuple(int[] values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = PyInt.of(values[i]);
        }
        return PyTuple.of(items);
    }
}
