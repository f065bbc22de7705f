package dev.krait.objects;

import dev.krait.text.Repr;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Python's {@code bytes}: an immutable sequence of bytes, held as a Java {@code byte[]} that is
 * never changed after construction. This class has the construction and sequence protocol;
 * {@link BytesMethods} has the searching, splitting and transforming methods that {@code bytes}
 * and {@code bytearray} share.
 *
 * <p>CPython counterpart: Objects/bytesobject.c.
 */
public class PyBytes extends PyObject implements BufferExporter {
    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class, null,
            BytesMethods.class, BytesFormatting.class);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    /**
     * The bytes, never modified; or null while this is the result of a concatenation not yet
     * read: then it is the first {@code pendingLength} bytes of {@code pending} (see
     * {@link #concat}).
     */
    private byte[] flat;
    /** The growing buffer this bytes object is a prefix of, while {@code flat} is null. */
    private Growing pending;
    private int pendingLength;
    /** Whether this was made by {@code +}: only such a bytes object starts a growing buffer. */
    private boolean concatenated;

    public PyBytes(byte[] bytes) {
        super(TYPE);
        this.flat = bytes;
    }

    PyBytes(PyType type, byte[] bytes) {
        super(type);
        this.flat = bytes;
    }

    public static PyBytes of(byte[] b) {
        return b.length == 0 && EMPTY != null ? EMPTY : new PyBytes(b);
    }

    /** The bytes themselves: callers must not modify the array. */
    public final byte[] array() {
        byte[] b = flat;
        return b != null ? b : flatten();
    }

    /** Copies a concatenation's bytes out of its shared buffer, once. */
    private synchronized byte[] flatten() {
        if (flat == null) {
            Growing p = pending;
            synchronized (p) {
                flat = Arrays.copyOf(p.data, pendingLength);
            }
            pending = null;
        }
        return flat;
    }

    /** {@code len(self)}, without copying a concatenation's bytes out. */
    public final int size() {
        byte[] b = flat;
        return b != null ? b.length : pendingLength;
    }

    @Override
    public final byte[] bufferStorage() {
        return array();
    }

    @Override
    public final int bufferLength() {
        return size();
    }

    @Override
    public final boolean bufferReadonly() {
        return true;
    }

    /**
     * The contents of a bytes-like object as CPython's simple buffer request gives them
     * ({@code PyObject_GetBuffer} with {@code PyBUF_SIMPLE}, which Argument Clinic's
     * {@code Py_buffer} and getargs' {@code y*} make), or null for an object without the buffer
     * protocol. A {@code memoryview} whose items are not C-contiguous cannot be lent so and
     * raises BufferError, as in CPython; {@link #bytesLikeAnyLayout} reads any layout. The result
     * is a private copy except for a {@code bytes}, whose own array is returned: callers must not
     * modify it.
     */
    // CPython: Objects/abstract.c PyObject_GetBuffer, Objects/memoryobject.c memory_getbuf
    public static byte[] bytesLikeCopy(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.array();
        }
        if (o instanceof PyByteArray a) {
            return a.toArray();
        }
        if (o instanceof PyMemoryView m) {
            return m.simpleBufferBytes();
        }
        if (o instanceof BufferExporter e) {
            return java.util.Arrays.copyOf(e.bufferStorage(), e.bufferLength());
        }
        if (o instanceof PyPickleBuffer p) {
            return p.newView().simpleBufferBytes();
        }
        return null;
    }

    /** Whether {@code o} exports a buffer, usable or not. */
    // CPython: Include/cpython/abstract.h PyObject_CheckBuffer
    public static boolean hasBuffer(PyObject o) {
        return o instanceof BufferExporter || o instanceof PyMemoryView
                || o instanceof PyPickleBuffer;
    }

    /**
     * As {@link #bytesLikeCopy}, but null also when the buffer exists and cannot be had simply
     * (a strided or released memoryview): for callers that, as in CPython, answer any failed
     * request with their own TypeError ({@code bytes + x}, {@code b"".join}, {@code str(x,
     * encoding)}).
     */
    public static byte[] bytesLikeOrNull(PyObject o) {
        try {
            return bytesLikeCopy(o);
        } catch (PyException e) {
            if (o instanceof PyMemoryView || o instanceof PyPickleBuffer) {
                return null;  // strided or released: the request failed
            }
            throw e;
        }
    }

    /**
     * The contents of a bytes-like object of any layout, read in C order, or null for an
     * object without the buffer protocol: what copying constructors such as {@code bytes(x)} and
     * {@code bytearray(x)} take. A private copy except for a {@code bytes}, as above.
     */
    // CPython: Objects/bytesobject.c _PyBytes_FromBuffer (PyBUF_FULL_RO, PyBuffer_ToContiguous)
    public static byte[] bytesLikeAnyLayout(PyObject o) {
        if (o instanceof PyMemoryView m) {
            return m.contiguousBytes();
        }
        if (o instanceof PyPickleBuffer p) {
            return p.newView().contiguousBytes();
        }
        return bytesLikeCopy(o);
    }

    /** As {@link #bytesLikeCopy}, raising CPython's TypeError for other objects. */
    public static byte[] requireBytesLike(PyObject o) {
        byte[] b = bytesLikeCopy(o);
        if (b == null) {
            throw PyExceptions.typeError("a bytes-like object is required, not '"
                    + o.type().getName() + "'");
        }
        return b;
    }

    // ---- construction ------------------------------------------------------------------------

    @Exposed(value = "__new__($type, source=<unrepresentable>, encoding=<unrepresentable>, "
            + "errors=<unrepresentable>)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject source, PyObject encoding,
            PyObject errors) {
        if (source != null && encoding == null && errors == null) {
            PyObject m = source.type().lookup("__bytes__");
            if (m != null) {
                // bytes(x) is what x.__bytes__() returns, a subclass of bytes included.
                PyBytes r = fromDunderBytes(Ops.callDescriptor(m, source));
                return cls == TYPE ? r : new PyBytes(cls, r.array());
            }
        }
        byte[] b = construct("bytes", source, encoding, errors);
        return cls == TYPE ? of(b) : new PyBytes(cls, b);
    }

    private static PyBytes fromDunderBytes(PyObject r) {
        if (!(r instanceof PyBytes rb)) {
            throw PyExceptions.typeError("__bytes__ returned non-bytes (type "
                    + r.type().getName() + ")");
        }
        return rb;
    }

    /**
     * The bytes that {@code bytes(...)} or {@code bytearray(...)} start from.
     */
    // CPython: Objects/bytesobject.c bytes_new_impl
    static byte[] construct(String what, PyObject source, PyObject encoding, PyObject errors) {
        if (source == null) {
            if (encoding != null || errors != null) {
                throw PyExceptions.typeError(encoding != null
                        ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        if (source instanceof PyStr s) {
            if (encoding == null && what.equals("bytes") && errors == null) {
                PyObject m = source.type().lookup("__bytes__");
                if (m != null) {
                    // CPython: bytes_new_impl asks __bytes__ before refusing a str.
                    return fromDunderBytes(Ops.callDescriptor(m, source)).array();
                }
            }
            if (encoding == null) {
                throw PyExceptions.typeError("string argument without an encoding");
            }
            String enc = StrCodecs.argument(encoding, what, "encoding", 2, "utf-8");
            String err = StrCodecs.argument(errors, what, "errors", 3, "strict");
            return StrCodecs.encodeText(s, enc, errors == null ? null : err).array();
        }
        if (encoding != null) {
            throw PyExceptions.typeError("encoding without a string argument");
        }
        if (errors != null) {
            throw PyExceptions.typeError("errors without a string argument");
        }
        if (what.equals("bytes")) {
            PyObject m = source.type().lookup("__bytes__");
            if (m != null) {
                return fromDunderBytes(Ops.callDescriptor(m, source)).array();
            }
        }
        byte[] like = bytesLikeAnyLayout(source);
        if (like != null) {
            return source instanceof PyBytes ? like : like.clone();
        }
        if (source instanceof PyInt || source.type().lookup("__index__") != null) {
            PyInt n = Numbers.index(source);
            if (n.signum() < 0) {
                throw PyExceptions.valueError("negative count");
            }
            if (!n.isSmall()) {
                throw PyExceptions.overflowError("cannot fit 'int' into an index-sized integer");
            }
            if (n.longValue() > Integer.MAX_VALUE - 8) {
                throw PyExceptions.of(PyExceptions.MemoryError, "");
            }
            return new byte[(int) n.longValue()];
        }
        if (source.type().lookup("__iter__") == null
                && source.type().lookup("__getitem__") == null) {
            throw PyExceptions.typeError("cannot convert '" + source.type().getName()
                    + "' object to " + what);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject it = Iteration.iter(source);
        for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            int v = byteValue(x, what.equals("bytes") ? "bytes" : "byte");
            out.write(v);
        }
        return out.toByteArray();
    }

    /** An int in range(256), as bytes items must be. */
    static int byteValue(PyObject x) {
        return byteValue(x, "byte");
    }

    /** As {@link #byteValue(PyObject)}; {@code bytes(...)} says "bytes must be ...". */
    static int byteValue(PyObject x, String noun) {
        if (!(x instanceof PyInt) && x.type().lookup("__index__") == null) {
            throw PyExceptions.typeError("'" + x.type().getName()
                    + "' object cannot be interpreted as an integer");
        }
        PyInt i = Numbers.index(x);
        if (!i.isSmall() || i.longValue() < 0 || i.longValue() > 255) {
            throw PyExceptions.valueError(noun + " must be in range(0, 256)");
        }
        return (int) i.longValue();
    }

    // ---- the sequence protocol ---------------------------------------------------------------

    @Exposed("__len__($self, /)")
    public long __len__() {
        return size();
    }

    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        byte[] bytes = array();
        if (key instanceof PySlice slice) {
            return of(sliceOf(bytes, bytes.length, slice));
        }
        int i = Numbers.indexForSequence(key, "byte");
        if (i < 0) {
            i += bytes.length;
        }
        if (i < 0 || i >= bytes.length) {
            throw PyExceptions.indexError("index out of range");
        }
        return PyInt.of(bytes[i] & 0xff);
    }

    static byte[] sliceOf(byte[] b, int n, PySlice slice) {
        int[] idx = slice.indices(n);
        int start = idx[0];
        int step = idx[2];
        int count = PySlice.length(start, idx[1], step);
        if (step == 1) {
            return Arrays.copyOfRange(b, start, start + count);
        }
        byte[] r = new byte[count];
        for (int k = 0, j = start; k < count; k++, j += step) {
            r[k] = b[j];
        }
        return r;
    }

    // CPython: Objects/bytesobject.c bytes_concat
    @Exposed("__add__($self, value, /)")
    public PyObject __add__(PyObject other) {
        byte[] o = bytesLikeOrNull(other);
        if (o == null) {
            throw PyExceptions.typeError("can't concat " + other.type().getName() + " to "
                    + type.getName());
        }
        // an empty operand gives back the other one when that is an exact bytes
        if (size() == 0 && other.type() == TYPE) {
            return other;
        }
        if (o.length == 0 && type == TYPE) {
            return this;
        }
        if ((long) size() + o.length > Integer.MAX_VALUE - 8) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        return concat(o);
    }

    /**
     * Below this many bytes a concatenation is copied at once; from it on, the result is kept
     * in a buffer with room to grow, so that {@code b += piece} in a loop appends instead of
     * copying all the bytes each time.
     */
    private static final int PENDING_MIN_LENGTH = 256;

    /**
     * These bytes followed by {@code tail}, as an exact bytes object. CPython copies both
     * every time, so building a bytes object with {@code +=} is quadratic there; Krait shares
     * one growing buffer, as {@link PyStr} does for str: a long bytes object made by
     * concatenating a concatenation's result is a prefix of the buffer, and while it is still
     * the whole buffer the next concatenation appends to it. Reading the bytes copies them out
     * once ({@link #array()}); {@code len} does not need them.
     */
    private PyBytes concat(byte[] tail) {
        int length = size();
        int joined = length + tail.length;
        Growing p = pending;
        if (p != null) {
            synchronized (p) {
                if (p.length == pendingLength) {
                    p.append(tail);
                    return new PyBytes(p, joined);
                }
            }
        }
        if (joined < PENDING_MIN_LENGTH || !concatenated) {
            // a one-off concatenation is copied at once, into an array of its exact size
            byte[] r = Arrays.copyOf(array(), joined);
            System.arraycopy(tail, 0, r, length, tail.length);
            PyBytes b = new PyBytes(r);
            b.concatenated = true;
            return b;
        }
        Growing fresh = new Growing(joined + (joined >> 1));
        fresh.append(array());
        fresh.append(tail);
        return new PyBytes(fresh, joined);
    }

    /** A concatenation's result: the first {@code length} bytes of {@code buffer}. */
    private PyBytes(Growing buffer, int length) {
        super(TYPE);
        this.pending = buffer;
        this.pendingLength = length;
        this.concatenated = true;
    }

    /** The buffer that concatenation results share; only ever appended to, at its end. */
    private static final class Growing {
        byte[] data;
        int length;

        Growing(int capacity) {
            data = new byte[Math.max(capacity, 16)];
        }

        void append(byte[] b) {
            int need = length + b.length;
            if (need > data.length) {
                long grown = Math.max(need, (long) data.length + (data.length >> 1));
                data = Arrays.copyOf(data, (int) Math.min(grown, Integer.MAX_VALUE - 8));
            }
            System.arraycopy(b, 0, data, length, b.length);
            length = need;
        }
    }

    @Exposed("__mul__($self, value, /)")
    public PyObject __mul__(PyObject n) {
        // CPython: Objects/abstract.c sequence_repeat
        long times = CArgs.asIndexSized(n, PyExceptions.OverflowError);
        if (type == TYPE && times == 1) {
            // CPython: bytes_repeat shares exact bytes repeated once (bytes are immutable).
            return this;
        }
        byte[] bytes = array();
        if (bytes.length == 0) {
            return EMPTY;
        }
        // a new object even when empty (b'x' * 0 is not b''), as bytes_repeat allocates one:
        // tracemalloc traces it where the repetition ran
        return new PyBytes(repeat(bytes, bytes.length, times));
    }

    @Exposed("__rmul__($self, value, /)")
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    static byte[] repeat(byte[] b, int n, long times) {
        if (times <= 0 || n == 0) {
            return new byte[0];
        }
        if (times > Integer.MAX_VALUE || times * n > Integer.MAX_VALUE - 8) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        int total = (int) (times * n);
        byte[] r = new byte[total];
        // CPython: Objects/bytesobject.c bytes_repeat -- memset for one byte, else copies that
        // double what is done (one arraycopy a repetition made b'\0' * 65280 take 65,280)
        if (n == 1) {
            if (b[0] != 0) {
                Arrays.fill(r, b[0]);
            }
            return r;
        }
        System.arraycopy(b, 0, r, 0, n);
        for (int done = n; done < total; done += Math.min(done, total - done)) {
            System.arraycopy(r, 0, r, done, Math.min(done, total - done));
        }
        return r;
    }

    @Exposed("__mod__($self, value, /)")
    public PyObject __mod__(PyObject args) {
        return of(BytesPercentFormat.format(array(), args));
    }

    @Exposed("__rmod__($self, value, /)")
    public PyObject __rmod__(PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__contains__($self, key, /)")
    public boolean __contains__(PyObject item) {
        return BytesMethods.contains(array(), size(), item);
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return new PySequenceIterator(this, PySequenceIterator.Kind.GETITEM);
    }

    // ---- comparison and hashing --------------------------------------------------------------

    private PyObject cmp(PyObject other, CompareOp op) {
        if (!(other instanceof PyBytes o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(BytesMethods.compareResult(Arrays.compareUnsigned(array(), o.array()), op));
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
     * CPython hashes bytes with the same function, over the same bytes, as a str whose
     * characters are all below 256 (PEP 393's one-byte form), so {@code hash(b'abc') ==
     * hash('abc')}: both go through {@link StrHashing}'s one key.
     */
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        return StrHashing.hashBytes(array(), 0, size());
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return Repr.bytesRepr(array());
    }

    @Exposed("__str__($self, /)")
    public String __str__() {
        return Repr.bytesRepr(array());
    }

    @Exposed("__bytes__($self, /)")
    public PyObject __bytes__() {
        return type == TYPE ? this : of(array());
    }

    @Exposed(value = "__getnewargs__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __getnewargs__() {
        return PyTuple.of(of(array()));
    }

    @Exposed(value = "fromhex($type, string, /)", kind = Exposed.Kind.CLASS)
    public static PyObject fromhex(PyType cls, PyObject string) {
        byte[] b = BytesMethods.parseHex(string);
        return cls == TYPE ? of(b) : Ops.call(cls, of(b));
    }

    @Exposed(value = "maketrans(frm, to, /)", kind = Exposed.Kind.STATIC)
    public static PyObject maketrans(PyObject frm, PyObject to) {
        byte[] a = requireBytesLike(frm);
        byte[] b = requireBytesLike(to);
        if (a.length != b.length) {
            throw PyExceptions.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int k = 0; k < 256; k++) {
            table[k] = (byte) k;
        }
        for (int k = 0; k < a.length; k++) {
            table[a[k] & 0xff] = b[k];
        }
        return of(table);
    }

    @Override
    public String toString() {
        return Repr.bytesRepr(array());
    }
}
