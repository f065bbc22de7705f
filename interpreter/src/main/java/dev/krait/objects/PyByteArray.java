package dev.krait.objects;

import dev.krait.text.Repr;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Python's {@code bytearray}: a mutable sequence of bytes, a growable Java array and a length.
 * It shares the non-mutating methods with {@code bytes} ({@link BytesMethods}); this class has
 * construction, the sequence protocol and the mutating methods. {@code _io}'s {@code readinto}
 * fills bytearrays, so they are also the writable buffers of the I/O layer.
 *
 * <p>CPython counterpart: Objects/bytearrayobject.c.
 */
public class PyByteArray extends PyObject implements BufferExporter {
    public static final PyType TYPE = PyType.builtin("bytearray", PyByteArray.class, null,
            BytesMethods.class, BytesFormatting.class);

    static {
        // CPython: PyObject_HashNotImplemented, seen from Python as __hash__ = None
        TYPE.setTypeAttribute("__hash__", PyNone.NONE);
    }

    private byte[] data;
    private int length;
    /**
     * Exports held for the length of one operation ({@code join} reading an iterable that may
     * run Python code): meanwhile the length may not change, as CPython refuses while its
     * {@code ob_exports} is non-zero. Memoryviews are not counted: Krait cannot tell when an
     * unreleased view dies, which CPython learns from its reference count.
     */
    private int exports;

    public PyByteArray(byte[] initial) {
        this(TYPE, initial);
    }

    PyByteArray(PyType type, byte[] initial) {
        super(type);
        this.data = initial;
        this.length = initial.length;
    }

    /** A copy of the contents, of the exact length. */
    public final byte[] toArray() {
        return Arrays.copyOf(data, length);
    }

    public final int size() {
        return length;
    }

    @Override
    public final byte[] bufferStorage() {
        return data;
    }

    @Override
    public final int bufferLength() {
        return length;
    }

    @Override
    public final boolean bufferReadonly() {
        return false;
    }

    /** Replaces the contents with {@code src[0:n]} followed by what was after index n. */
    public final void writeAt(int at, byte[] src, int from, int n) {
        resizing(Math.max(length, at + n));
        ensure(at + n);
        System.arraycopy(src, from, data, at, n);
        length = Math.max(length, at + n);
    }

    /** Holds an export ({@link #exports}) until {@link #releaseExport}. */
    final void holdExport() {
        exports++;
    }

    final void releaseExport() {
        exports--;
    }

    /** Refuses a change of the length to {@code newLength} while an export is held. */
    // CPython: Objects/bytearrayobject.c _canresize (from PyByteArray_Resize)
    private void resizing(int newLength) {
        if (exports > 0 && newLength != length) {
            throw PyExceptions.of(PyExceptions.BufferError,
                    "Existing exports of data: object cannot be re-sized");
        }
    }

    private void ensure(int capacity) {
        if (capacity > data.length) {
            data = Arrays.copyOf(data, Math.max(capacity, data.length * 2 + 8));
        }
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyByteArray(cls, new byte[0]);
    }

    @Exposed("__init__($self, /, source=<unrepresentable>, encoding=<unrepresentable>, "
            + "errors=<unrepresentable>)")
    public void __init__(PyObject source, PyObject encoding, PyObject errors) {
        byte[] b = PyBytes.construct("bytearray", source, encoding, errors);
        resizing(b.length);
        data = source instanceof PyBytes ? b.clone() : b;
        length = b.length;
    }

    @Exposed("__len__($self, /)")
    public long __len__() {
        return length;
    }

    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice slice) {
            return new PyByteArray(PyBytes.sliceOf(data, length, slice));
        }
        int i = index(key);
        return PyInt.of(data[i] & 0xff);
    }

    private int index(PyObject key) {
        return index(Numbers.indexForSequence(key, "bytearray"));
    }

    private int index(int i) {
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyExceptions.indexError("bytearray index out of range");
        }
        return i;
    }

    @Exposed("__setitem__($self, key, value, /)")
    public void __setitem__(PyObject key, PyObject value) {
        if (!(key instanceof PySlice slice)) {
            // The value first: its __index__ may resize the array (CPython:
            // bytearray_ass_subscript checks the index against the size after converting it).
            int i = Numbers.indexForSequence(key, "bytearray");
            byte b = (byte) PyBytes.byteValue(value);
            data[index(i)] = b;
            return;
        }
        // any other object is copied into a bytearray first, a buffer of any layout included
        byte[] v = PyBytes.bytesLikeAnyLayout(value);
        if (v == null) {
            if (value instanceof PyInt) {
                throw PyExceptions.typeError("can assign only bytes, buffers, or iterables of "
                        + "ints in range(0, 256)");
            }
            v = PyBytes.construct("bytearray", value, null, null);
        }
        int[] idx = slice.indices(() -> length);
        int start = idx[0];
        int step = idx[2];
        int count = PySlice.length(start, idx[1], step);
        if (step == 1) {
            replace(start, start + count, v);
            return;
        }
        if (v.length == 0) {
            // CPython: bytearray_ass_subscript deletes an extended slice assigned nothing.
            __delitem__(slice);
            return;
        }
        if (v.length != count) {
            throw PyExceptions.valueError("attempt to assign bytes of size " + v.length
                    + " to extended slice of size " + count);
        }
        for (int k = 0, j = start; k < count; k++, j += step) {
            data[j] = v[k];
        }
    }

    /** Replaces {@code self[start:end]} with {@code v}. */
    private void replace(int start, int end, byte[] v) {
        int tail = length - end;
        int newLength = start + v.length + tail;
        resizing(newLength);
        byte[] out = newLength > data.length ? new byte[Math.max(newLength, data.length * 2)]
                : data;
        System.arraycopy(data, end, out, start + v.length, tail);
        if (out != data) {
            System.arraycopy(data, 0, out, 0, start);
        }
        System.arraycopy(v, 0, out, start, v.length);
        data = out;
        length = newLength;
    }

    @Exposed("__delitem__($self, key, /)")
    public void __delitem__(PyObject key) {
        if (key instanceof PySlice slice) {
            int[] idx = slice.indices(() -> length);
            int count = PySlice.length(idx[0], idx[1], idx[2]);
            if (idx[2] == 1) {
                replace(idx[0], idx[0] + count, new byte[0]);
                return;
            }
            resizing(length - count);
            boolean[] drop = new boolean[length];
            for (int k = 0, j = idx[0]; k < count; k++, j += idx[2]) {
                drop[j] = true;
            }
            int w = 0;
            for (int r = 0; r < length; r++) {
                if (!drop[r]) {
                    data[w++] = data[r];
                }
            }
            length = w;
            return;
        }
        int i = index(key);
        replace(i, i + 1, new byte[0]);
    }

    @Exposed("append($self, item, /)")
    public void append(PyObject item) {
        byte b = (byte) PyBytes.byteValue(item);
        resizing(length + 1);
        ensure(length + 1);
        data[length++] = b;
    }

    @Exposed("extend($self, iterable_of_ints, /)")
    // CPython: Objects/bytearrayobject.c bytearray_extend, bytearray_setslice
    public void extend(PyObject iterable) {
        byte[] v = PyBytes.bytesLikeOrNull(iterable);
        if (v == null && PyBytes.hasBuffer(iterable)) {
            throw PyExceptions.typeError("can't set bytearray slice from "
                    + iterable.type().getName());
        }
        if (v == null) {
            v = intsOf(iterable);
        }
        replace(length, length, v);
    }

    /** The items of an iterable of ints in range(256); an int or str is no such iterable. */
    private static byte[] intsOf(PyObject iterable) {
        PyObject it;
        try {
            it = Iteration.iter(iterable);
        } catch (PyException e) {
            if (Ops.isInstance(e.value, PyExceptions.TypeError)) {
                throw PyExceptions.typeError("can't extend bytearray with "
                        + iterable.type().getName());
            }
            throw e;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            out.write(PyBytes.byteValue(x));
        }
        return out.toByteArray();
    }

    @Exposed("pop($self, index=-1, /)")
    public PyObject pop(PyObject index) {
        if (length == 0) {
            throw PyExceptions.indexError("pop from empty bytearray");
        }
        int i = Numbers.indexForSequence(index, "bytearray");
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyExceptions.indexError("pop index out of range");
        }
        int v = data[i] & 0xff;
        replace(i, i + 1, new byte[0]);
        return PyInt.of(v);
    }

    @Exposed("insert($self, index, item, /)")
    public void insert(PyObject index, PyObject item) {
        int i = Numbers.indexForSequence(index, "bytearray");
        int v = PyBytes.byteValue(item);
        if (i < 0) {
            i = Math.max(0, i + length);
        }
        i = Math.min(i, length);
        replace(i, i, new byte[] {(byte) v});
    }

    @Exposed("remove($self, value, /)")
    public void remove(PyObject value) {
        int v = PyBytes.byteValue(value);
        for (int k = 0; k < length; k++) {
            if ((data[k] & 0xff) == v) {
                replace(k, k + 1, new byte[0]);
                return;
            }
        }
        throw PyExceptions.valueError("value not found in bytearray");
    }

    @Exposed("reverse($self, /)")
    public void reverse() {
        for (int a = 0, b = length - 1; a < b; a++, b--) {
            byte t = data[a];
            data[a] = data[b];
            data[b] = t;
        }
    }

    @Exposed("__imul__($self, value, /)")
    public PyObject __imul__(PyObject n) {
        byte[] repeated = PyBytes.repeat(data, length,
                CArgs.asIndexSized(n, PyExceptions.OverflowError));
        resizing(repeated.length);
        data = repeated;
        length = data.length;
        return this;
    }

    @Exposed("clear($self, /)")
    public void clear() {
        resizing(0);
        length = 0;
    }

    @Exposed("copy($self, /)")
    public PyObject copy() {
        return new PyByteArray(toArray());
    }

    @Exposed("__reduce__($self, /)")
    public PyObject __reduce__() {
        return reduce(2);
    }

    @Exposed("__reduce_ex__($self, proto=0, /)")
    public PyObject __reduce_ex__(PyObject proto) {
        return reduce(BytesFormatting.cInt(proto));
    }

    /**
     * {@code (type, args, state)}: the contents as a latin-1 str for protocols below 3 (which
     * Python 2 could read), as bytes from 3 on; the state is a subclass's instance attributes.
     */
    // CPython: Objects/bytearrayobject.c _common_reduce
    private PyObject reduce(long protocol) {
        PyObject state = ObjectReduce.getState(this, false);
        PyObject args;
        if (length == 0) {
            args = PyTuple.EMPTY;
        } else if (protocol < 3) {
            args = PyTuple.of(PyStr.of(new String(data, 0, length,
                    java.nio.charset.StandardCharsets.ISO_8859_1)), PyStr.of("latin-1"));
        } else {
            args = PyTuple.of(PyBytes.of(toArray()));
        }
        return PyTuple.of(type, args, state);
    }

    @Exposed("__add__($self, value, /)")
    public PyObject __add__(PyObject other) {
        byte[] o = PyBytes.bytesLikeOrNull(other);
        if (o == null) {
            throw PyExceptions.typeError("can't concat " + other.type().getName() + " to "
                    + type.getName());
        }
        byte[] r = Arrays.copyOf(data, length + o.length);
        System.arraycopy(o, 0, r, length, o.length);
        return new PyByteArray(r);
    }

    @Exposed("__iadd__($self, value, /)")
    public PyObject __iadd__(PyObject other) {
        byte[] o = PyBytes.bytesLikeOrNull(other);
        if (o == null) {
            throw PyExceptions.typeError("can't concat " + other.type().getName() + " to "
                    + type.getName());
        }
        replace(length, length, o);
        return this;
    }

    @Exposed("__mul__($self, value, /)")
    public PyObject __mul__(PyObject n) {
        return new PyByteArray(PyBytes.repeat(data, length,
                CArgs.asIndexSized(n, PyExceptions.OverflowError)));
    }

    @Exposed("__rmul__($self, value, /)")
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @Exposed("__mod__($self, value, /)")
    public PyObject __mod__(PyObject args) {
        return new PyByteArray(BytesPercentFormat.format(toArray(), args));
    }

    @Exposed("__rmod__($self, value, /)")
    public PyObject __rmod__(PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__contains__($self, key, /)")
    public boolean __contains__(PyObject item) {
        return BytesMethods.contains(data, length, item);
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return new PySequenceIterator(this, PySequenceIterator.Kind.GETITEM);
    }

    private PyObject cmp(PyObject other, CompareOp op) {
        byte[] o = PyBytes.bytesLikeOrNull(other);
        if (o == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        int c = Arrays.compareUnsigned(data, 0, length, o, 0, o.length);
        return PyBool.of(BytesMethods.compareResult(c, op));
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject o) {
        return cmp(o, CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject o) {
        return cmp(o, CompareOp.NE);
    }

    @Exposed("__lt__($self, value, /)")
    public PyObject __lt__(PyObject o) {
        return cmp(o, CompareOp.LT);
    }

    @Exposed("__le__($self, value, /)")
    public PyObject __le__(PyObject o) {
        return cmp(o, CompareOp.LE);
    }

    @Exposed("__gt__($self, value, /)")
    public PyObject __gt__(PyObject o) {
        return cmp(o, CompareOp.GT);
    }

    @Exposed("__ge__($self, value, /)")
    public PyObject __ge__(PyObject o) {
        return cmp(o, CompareOp.GE);
    }

    /**
     * As a bytes repr, except that a single quote is escaped even inside double quotes: CPython
     * writes this repr with its own loop, which escapes {@code '} whatever the quote.
     */
    // CPython: Objects/bytearrayobject.c bytearray_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        String r = Repr.bytesRepr(toArray());
        if (r.charAt(1) == '"') {
            r = "b\"" + r.substring(2, r.length() - 1).replace("'", "\\'") + "\"";
        }
        return type.getName() + "(" + r + ")";
    }

    @Exposed(value = "__alloc__($self, /)", signature = Exposed.Signature.HIDDEN)
    public long __alloc__() {
        return data.length + 1;
    }

    // CPython: Objects/bytearrayobject.c bytearray_maketrans (shared with bytes)
    @Exposed(value = "maketrans(frm, to, /)", kind = Exposed.Kind.STATIC)
    public static PyObject maketrans(PyObject frm, PyObject to) {
        return PyBytes.maketrans(frm, to);
    }

    @Exposed(value = "fromhex($type, string, /)", kind = Exposed.Kind.CLASS)
    public static PyObject fromhex(PyType cls, PyObject string) {
        byte[] b = BytesMethods.parseHex(string);
        return cls == TYPE ? new PyByteArray(b) : Ops.call(cls, new PyByteArray(b));
    }
}
