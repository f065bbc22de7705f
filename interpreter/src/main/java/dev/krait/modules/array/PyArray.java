package dev.krait.modules.array;

import dev.krait.objects.Attributes;
import dev.krait.objects.BufferExporter;
import dev.krait.objects.CArgs;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySlice;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import java.util.Arrays;

/**
 * {@code array.array}: a sequence of C numbers (or wide characters) of one type code, held as
 * the bytes CPython would hold — a Java byte array read and written through the
 * {@link TypeCode}. Keeping the machine representation rather than boxed objects is what makes
 * {@code tobytes}, {@code byteswap}, pickles and the buffer protocol ({@code memoryview},
 * {@code bytes(a)}, {@code readinto}) work on the same storage, as in CPython.
 *
 * <p>The storage grows as CPython's {@code array_resize} grows it, so {@code __sizeof__} and
 * {@code buffer_info} report what CPython reports. This class has construction, the sequence
 * protocol, comparison and pickling; the named methods are in {@link ArrayMethods}.
 *
 * <p>CPython counterpart: Modules/arraymodule.c {@code array_new}, {@code array_subscr},
 * {@code array_ass_subscr}, {@code array_richcompare}, {@code array_resize}.
 */
public class PyArray extends PyObject implements BufferExporter, Weakrefable {
    public static final PyType TYPE = PyType.builtin("array", PyArray.class, null,
            ArrayMethods.class).withModule("array");

    static {
        TYPE.setTypeAttribute("__hash__", PyNone.NONE);
    }

    private static final byte[] EMPTY = new byte[0];

    final TypeCode code;
    /** The items' bytes; its length is CPython's {@code allocated} times the item size. */
    byte[] data;
    /** The number of items. */
    int size;

    PyArray(PyType type, TypeCode code, int size) {
        super(type);
        this.code = code;
        this.data = size == 0 ? EMPTY : new byte[bytesFor(code, size)];
        this.size = size;
    }

    /** A new array of the base type holding {@code bytes} (a whole number of items). */
    static PyArray ofBytes(TypeCode code, byte[] bytes, int from, int n) {
        PyArray a = new PyArray(TYPE, code, n / code.itemsize);
        System.arraycopy(bytes, from, a.data, 0, n);
        return a;
    }

    private static int bytesFor(TypeCode code, long items) {
        long n = items * code.itemsize;
        if (n > Integer.MAX_VALUE - 8) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        return (int) n;
    }

    int nbytes() {
        return size * code.itemsize;
    }

    int allocated() {
        return data.length / code.itemsize;
    }

    /**
     * Sets the number of items, reallocating as CPython does: in place when the allocation is
     * big enough and not 16 items too big, else to the new size plus a small proportional
     * margin. Krait cannot count live buffer views (see docs/DIFFERENCES.md), so a resize is
     * never refused; a view that no longer fits fails when it is used.
     */
    // CPython: Modules/arraymodule.c array_resize
    void resize(int newsize) {
        if (allocated() >= newsize && size < newsize + 16 && data != EMPTY) {
            size = newsize;
            return;
        }
        if (newsize == 0) {
            data = EMPTY;
            size = 0;
            return;
        }
        long grown = (newsize >> 4) + (size < 8 ? 3 : 7) + (long) newsize;
        data = Arrays.copyOf(data, bytesFor(code, grown));
        size = newsize;
    }

    PyObject get(int k) {
        return code.get(data, k);
    }

    // ---- buffer protocol ------------------------------------------------------------------

    @Override
    public byte[] bufferStorage() {
        return data;
    }

    @Override
    public int bufferLength() {
        return nbytes();
    }

    @Override
    public boolean bufferReadonly() {
        return false;
    }

    @Override
    public String bufferFormat() {
        return code.bufferFormat();
    }

    @Override
    public int bufferItemSize() {
        return code.itemsize;
    }

    // ---- construction -----------------------------------------------------------------------

    // CPython: Modules/arraymodule.c array_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (nkw > 0 && (cls == TYPE || cls.lookup("__init__") == TYPE.lookup("__init__"))) {
            throw PyExceptions.typeError("array.array() takes no keyword arguments");
        }
        int n = args.length - nkw;
        if (n < 1) {
            throw PyExceptions.typeError("array() takes at least 1 argument (0 given)");
        }
        if (n > 2) {
            throw PyExceptions.typeError("array() takes at most 2 arguments (" + n + " given)");
        }
        int c = ArrayModule.charArg("array", 1, args[0]);
        PyObject initial = n == 2 ? args[1] : null;
        return make(cls, c, initial);
    }

    /** An array of type {@code cls} with code {@code c} from an initializer (or null). */
    static PyArray make(PyType cls, int c, PyObject initial) {
        if (initial != null && c != 'u') {
            if (initial instanceof PyStr) {
                throw PyExceptions.typeError("cannot use a str to initialize an array with "
                        + "typecode '" + (char) c + "'");
            }
            if (initial instanceof PyArray a && a.code == TypeCode.u) {
                throw PyExceptions.typeError("cannot use a unicode array to initialize an "
                        + "array with typecode '" + (char) c + "'");
            }
        }
        PyObject iterable = null;
        if (initial != null && !(initial instanceof PyList || initial instanceof PyTuple
                || initial instanceof PyBytes || initial instanceof PyByteArray
                || (c == 'u' && initial instanceof PyStr)
                || (initial instanceof PyArray a && a.code.code == c))) {
            // Anything else is only iterated, after the type code has been checked.
            iterable = Iteration.iter(initial);
            initial = null;
        }
        TypeCode code = TypeCode.of(c);
        if (code == null) {
            throw PyExceptions.valueError(
                    "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        if (initial instanceof PyList || initial instanceof PyTuple) {
            int len = (int) Containers.len(initial);
            PyArray a = new PyArray(cls, code, len);
            for (int k = 0; k < len; k++) {
                PyObject v = Containers.getItem(initial, PyInt.of(k));
                code.set(a.data, k, v);
            }
            return a;
        }
        PyArray a = new PyArray(cls, code, 0);
        if (initial instanceof PyArray other) {
            a.data = Arrays.copyOf(other.data, other.nbytes());
            a.size = other.size;
        } else if (initial instanceof PyStr s) {
            int[] cps = s.codePoints();
            if (cps.length > 0) {
                a.data = new byte[cps.length * 4];
                for (int k = 0; k < cps.length; k++) {
                    code.putLong(a.data, k, cps[k]);
                }
                a.size = cps.length;
            }
        } else if (initial != null) {
            ArrayMethods.frombytes(a, initial);
        }
        if (iterable != null) {
            a.extendFromIterator(iterable);
        }
        return a;
    }

    /** Appends every item an iterator yields, each checked before the array grows. */
    // CPython: Modules/arraymodule.c array_iter_extend
    void extendFromIterator(PyObject it) {
        for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it)) {
            insert(size, v);
        }
    }

    /** Inserts {@code v} before item {@code where} (clamped as list.insert clamps). */
    // CPython: Modules/arraymodule.c ins1
    void insert(long where, PyObject v) {
        code.set(data, -1, v);
        int n = size;
        resize(n + 1);
        if (where < 0) {
            where = Math.max(0, where + n);
        }
        if (where > n) {
            where = n;
        }
        int w = (int) where;
        int itemsize = code.itemsize;
        if (w != n) {
            System.arraycopy(data, w * itemsize, data, (w + 1) * itemsize, (n - w) * itemsize);
        }
        code.set(data, w, v);
    }

    // ---- sequence protocol ------------------------------------------------------------------

    @Exposed("__len__($self, /)")
    public long __len__() {
        return size;
    }

    /** Whether a key is an integer index ({@code PyIndex_Check}) rather than a slice. */
    private static boolean isIndex(PyObject key) {
        return key instanceof PyInt || key.type().lookup("__index__") != null;
    }

    /** {@code PyNumber_AsSsize_t(key, IndexError)} then the negative-index adjustment. */
    private long position(PyObject key) {
        long k = CArgs.asIndexSized(key, PyExceptions.IndexError);
        return k < 0 ? k + size : k;
    }

    // CPython: Modules/arraymodule.c array_subscr
    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        if (isIndex(key)) {
            long k = position(key);
            if (k < 0 || k >= size) {
                throw PyExceptions.indexError("array index out of range");
            }
            return get((int) k);
        }
        if (key instanceof PySlice slice) {
            int[] idx = slice.indices(() -> size);
            int len = PySlice.length(idx[0], idx[1], idx[2]);
            int itemsize = code.itemsize;
            if (idx[2] == 1) {
                return ofBytes(code, data, idx[0] * itemsize, len * itemsize);
            }
            PyArray r = new PyArray(TYPE, code, len);
            for (int k = 0, cur = idx[0]; k < len; k++, cur += idx[2]) {
                System.arraycopy(data, cur * itemsize, r.data, k * itemsize, itemsize);
            }
            return r;
        }
        throw PyExceptions.typeError("array indices must be integers");
    }

    @Exposed("__setitem__($self, key, value, /)")
    public void __setitem__(PyObject key, PyObject value) {
        assign(key, value);
    }

    @Exposed("__delitem__($self, key, /)")
    public void __delitem__(PyObject key) {
        assign(key, null);
    }

    /** Item or slice assignment; {@code value} null deletes. */
    // CPython: Modules/arraymodule.c array_ass_subscr
    private void assign(PyObject key, PyObject value) {
        int start;
        int stop;
        int step;
        int slicelength;
        if (isIndex(key)) {
            long k = position(key);
            if (k < 0 || k >= size) {
                throw PyExceptions.indexError("array assignment index out of range");
            }
            if (value != null) {
                code.set(data, (int) k, value);
                return;
            }
            start = (int) k;
            stop = start + 1;
            step = 1;
            slicelength = 1;
        } else if (key instanceof PySlice slice) {
            int[] idx = slice.indices(() -> size);
            start = idx[0];
            stop = idx[1];
            step = idx[2];
            slicelength = PySlice.length(start, stop, step);
        } else {
            throw PyExceptions.typeError("array indices must be integers");
        }
        PyArray other = null;
        if (value != null) {
            if (!(value instanceof PyArray a)) {
                throw PyExceptions.typeError("can only assign array (not \""
                        + value.type().getName() + "\") to array slice");
            }
            // a[i:j] = a copies the source first.
            other = a == this ? ofBytes(code, data, 0, nbytes()) : a;
            if (other.code != code) {
                throw PyExceptions.typeError("bad argument type for built-in operation");
            }
        }
        int needed = other == null ? 0 : other.size;
        if ((step > 0 && stop < start) || (step < 0 && stop > start)) {
            stop = start;
        }
        int itemsize = code.itemsize;
        if (step == 1) {
            int tail = (size - stop) * itemsize;
            if (slicelength > needed) {
                System.arraycopy(data, stop * itemsize, data, (start + needed) * itemsize, tail);
                resize(size + needed - slicelength);
            } else if (slicelength < needed) {
                resize(size + needed - slicelength);
                System.arraycopy(data, stop * itemsize, data, (start + needed) * itemsize, tail);
            }
            if (needed > 0) {
                System.arraycopy(other.data, 0, data, start * itemsize, needed * itemsize);
            }
        } else if (needed == 0) {
            deleteExtended(start, step, slicelength);
        } else {
            if (needed != slicelength) {
                throw PyExceptions.valueError("attempt to assign array of size " + needed
                        + " to extended slice of size " + slicelength);
            }
            for (int k = 0, cur = start; k < slicelength; k++, cur += step) {
                System.arraycopy(other.data, k * itemsize, data, cur * itemsize, itemsize);
            }
        }
    }

    /** Deletes the items of an extended slice, keeping the others in order. */
    private void deleteExtended(int start, int step, int slicelength) {
        if (slicelength == 0) {
            return;
        }
        if (step < 0) {
            start = start + step * (slicelength - 1);
            step = -step;
        }
        int itemsize = code.itemsize;
        int out = start;
        // long: a step near sys.maxsize must not wrap around
        long next = start;
        long end = start + (long) step * slicelength;
        for (int in = start; in < size; in++) {
            if (in == next && in < end) {
                next += step;
                continue;
            }
            System.arraycopy(data, in * itemsize, data, out * itemsize, itemsize);
            out++;
        }
        resize(size - slicelength);
    }

    // CPython: Modules/arraymodule.c array_contains
    @Exposed("__contains__($self, key, /)")
    public boolean __contains__(PyObject v) {
        for (int k = 0; k < size; k++) {
            if (Ops.eqBool(get(k), v)) {
                return true;
            }
        }
        return false;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return new PyArrayIterator(this);
    }

    // ---- operators --------------------------------------------------------------------------

    // CPython: Modules/arraymodule.c array_concat
    @Exposed("__add__($self, value, /)")
    public PyObject __add__(PyObject other) {
        if (!(other instanceof PyArray b)) {
            throw PyExceptions.typeError("can only append array (not \""
                    + other.type().getName() + "\") to array");
        }
        if (b.code != code) {
            throw PyExceptions.typeError("bad argument type for built-in operation");
        }
        PyArray r = new PyArray(TYPE, code, size + b.size);
        System.arraycopy(data, 0, r.data, 0, nbytes());
        System.arraycopy(b.data, 0, r.data, nbytes(), b.nbytes());
        return r;
    }

    // CPython: Modules/arraymodule.c array_inplace_concat
    @Exposed("__iadd__($self, value, /)")
    public PyObject __iadd__(PyObject other) {
        if (!(other instanceof PyArray)) {
            throw PyExceptions.typeError("can only extend array with array (not \""
                    + other.type().getName() + "\")");
        }
        ArrayMethods.extend(this, other);
        return this;
    }

    /** A repeat count (negative counts as 0), as the {@code sq_repeat} slot receives it. */
    // CPython: Objects/abstract.c sequence_repeat
    private static long repeatCount(PyObject n) {
        return Math.max(0, CArgs.asIndexSized(n, PyExceptions.OverflowError));
    }

    // CPython: Modules/arraymodule.c array_repeat
    @Exposed("__mul__($self, value, /)")
    public PyObject __mul__(PyObject n) {
        long times = repeatCount(n);
        long total = size == 0 ? 0 : times * size;
        if (size != 0 && times > Integer.MAX_VALUE / size) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        PyArray r = new PyArray(TYPE, code, (int) total);
        int nb = nbytes();
        for (int k = 0; k < times && nb > 0; k++) {
            System.arraycopy(data, 0, r.data, k * nb, nb);
        }
        return r;
    }

    @Exposed("__rmul__($self, value, /)")
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    // CPython: Modules/arraymodule.c array_inplace_repeat
    @Exposed("__imul__($self, value, /)")
    public PyObject __imul__(PyObject n) {
        long times = repeatCount(n);
        if (size > 0 && times != 1) {
            if (times > Integer.MAX_VALUE / size) {
                throw PyExceptions.of(PyExceptions.MemoryError, "");
            }
            int nb = nbytes();
            resize((int) (times * size));
            for (int k = 1; k < times; k++) {
                System.arraycopy(data, 0, data, k * nb, nb);
            }
        }
        return this;
    }

    // ---- comparison -------------------------------------------------------------------------

    /**
     * Arrays of one integer or character code compare their C values directly; others compare
     * item objects, the first unequal pair deciding with the requested operator (so NaNs and
     * mixed codes behave as the items do).
     */
    // CPython: Modules/arraymodule.c array_richcompare
    private PyObject compare(PyObject w, CompareOp op) {
        if (!(w instanceof PyArray b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (size != b.size && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        int common = Math.min(size, b.size);
        if (code == b.code && !code.isFloat()) {
            for (int k = 0; k < common; k++) {
                long x = code.rawLong(data, k);
                long y = code.rawLong(b.data, k);
                if (x != y) {
                    boolean unsigned = code == TypeCode.L || code == TypeCode.Q;
                    int c = unsigned ? Long.compareUnsigned(x, y) : Long.compare(x, y);
                    return PyBool.of(op.test(c));
                }
            }
            return PyBool.of(op.test(Integer.compare(size, b.size)));
        }
        for (int k = 0; k < common; k++) {
            PyObject vi = get(k);
            PyObject wi = b.get(k);
            if (!Ops.eqBool(vi, wi)) {
                if (op == CompareOp.EQ || op == CompareOp.NE) {
                    return PyBool.of(op == CompareOp.NE);
                }
                return Ops.richCompare(vi, wi, op);
            }
        }
        return PyBool.of(op.test(Integer.compare(size, b.size)));
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject o) {
        return compare(o, CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject o) {
        return compare(o, CompareOp.NE);
    }

    @Exposed("__lt__($self, value, /)")
    public PyObject __lt__(PyObject o) {
        return compare(o, CompareOp.LT);
    }

    @Exposed("__le__($self, value, /)")
    public PyObject __le__(PyObject o) {
        return compare(o, CompareOp.LE);
    }

    @Exposed("__gt__($self, value, /)")
    public PyObject __gt__(PyObject o) {
        return compare(o, CompareOp.GT);
    }

    @Exposed("__ge__($self, value, /)")
    public PyObject __ge__(PyObject o) {
        return compare(o, CompareOp.GE);
    }

    // ---- attributes, repr, copying ----------------------------------------------------------

    @Exposed.Getter(value = "typecode", doc = "the typecode character used to create the array")
    public PyObject getTypecode() {
        return PyStr.ofCodePoint(code.code);
    }

    @Exposed.Getter(value = "itemsize", doc = "the size, in bytes, of one array item")
    public long getItemsize() {
        return code.itemsize;
    }

    // CPython: Modules/arraymodule.c array_repr
    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        String name = type().getName();
        if (size == 0) {
            return PyStr.of(name + "('" + code.code + "')");
        }
        PyObject items = code == TypeCode.u ? ArrayMethods.tounicode(this)
                : ArrayMethods.tolist(this);
        return PyStr.of(name + "('" + code.code + "', " + Ops.repr(items) + ")");
    }

    @Exposed(value = "__copy__($self, /)", doc = "Return a copy of the array.")
    public PyObject __copy__() {
        return ofBytes(code, data, 0, nbytes());
    }

    @Exposed(value = "__deepcopy__($self, unused, /)", doc = "Return a copy of the array.")
    public PyObject __deepcopy__(PyObject unused) {
        return __copy__();
    }

    // CPython: Modules/arraymodule.c array_array___sizeof___impl
    @Exposed(value = "__sizeof__($self, /)", doc = "Size of the array in memory, in bytes.")
    public long __sizeof__() {
        return 64L + data.length;
    }

    /**
     * Pickles as {@code _array_reconstructor(type, typecode, mformat_code, bytes)} from
     * protocol 3 on, and as {@code type(typecode, list)} for older protocols that cannot carry
     * bytes to Python 2; the instance dict, if any, is the state.
     */
    // CPython: Modules/arraymodule.c array_array___reduce_ex___impl
    @Exposed(value = "__reduce_ex__($self, value, /)",
            doc = "Return state information for pickling.")
    public PyObject __reduce_ex__(PyObject value) {
        PyObject reconstructor = ArrayModule.reconstructor();
        if (!(value instanceof PyInt protocolInt)) {
            throw PyExceptions.typeError("__reduce_ex__ argument should be an integer");
        }
        long protocol = CArgs.asLong(protocolInt);
        PyObject dict = Attributes.lookupAttrOrNull(this, "__dict__");
        if (dict == null) {
            dict = PyNone.NONE;
        }
        PyObject typecode = PyStr.ofCodePoint(code.code);
        if (protocol < 3) {
            return PyTuple.of(type(), PyTuple.of(typecode, ArrayMethods.tolist(this)), dict);
        }
        return PyTuple.of(reconstructor, PyTuple.of(type(), typecode, PyInt.of(code.mformat),
                PyBytes.of(Arrays.copyOf(data, nbytes()))), dict);
    }
}
