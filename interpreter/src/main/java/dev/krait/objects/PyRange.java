package dev.krait.objects;

import java.math.BigInteger;

/**
 * Python's {@code range}: an immutable arithmetic sequence that never stores its items. Start,
 * stop and step are Python ints of any size, and the length is computed once. When all of
 * them fit a Java {@code long} (nearly always) the hot operations — iteration, {@code in},
 * indexing — work on longs; otherwise they fall back to {@link BigInteger} arithmetic, as
 * CPython's {@code longrange_iterator} does.
 *
 * <p>CPython counterpart: Objects/rangeobject.c.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("range", PyRange.class, null);

    final PyInt start;
    final PyInt stop;
    final PyInt step;
    /** The number of items, exact. */
    final BigInteger length;
    /** Whether start, step and length (so every item) fit in a long. */
    final boolean small;

    public PyRange(PyInt start, PyInt stop, PyInt step) {
        super(TYPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n = start.isSmall() && stop.isSmall() && step.isSmall()
                ? smallLength(start.longValue(), stop.longValue(), step.longValue()) : -1;
        if (n >= 0) {
            this.length = BigInteger.valueOf(n);
            this.small = true;
        } else {
            this.length = computeLength(start.bigValue(), stop.bigValue(), step.bigValue());
            this.small = start.isSmall() && stop.isSmall() && step.isSmall()
                    && length.bitLength() < 63;
        }
    }

    /**
     * The length of {@code range(lo, hi, step)} computed in longs, or -1 when the difference
     * of the bounds does not fit a long (then {@link #computeLength} decides). This is the
     * common case, and it keeps {@code range(n)} in a loop free of big-integer arithmetic.
     */
    public static long smallLength(long lo, long hi, long step) {
        if (step < 0) {
            long t = lo;
            lo = hi;
            hi = t;
            step = -step; // Long.MIN_VALUE stays negative: see the check below
        }
        if (lo >= hi) {
            return 0;
        }
        long diff = hi - lo; // lo < hi: a difference that overflowed wraps to 0 or below
        if (diff <= 0 || step < 0) {
            return -1;
        }
        long n = (diff - 1) / step + 1;
        // Beyond 2**62 items the iterator's arithmetic is left to BigInteger, as before.
        return n < (1L << 62) ? n : -1;
    }

    /** {@code range(n)} for Java callers. */
    public static PyRange of(long start, long stop, long step) {
        return new PyRange(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    // CPython: Objects/rangeobject.c compute_range_length
    private static BigInteger computeLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            step = step.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return BigInteger.ZERO;
        }
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
    }

    /** An argument as an exact int: {@code range(True).stop} is 1, not True (PyNumber_Index). */
    private static PyInt exactIndex(PyObject o) {
        PyInt i = Numbers.index(o);
        return i.type() == PyInt.TYPE ? i : PyInt.of(i.bigValue());
    }

    // CPython: Objects/rangeobject.c range_new / range_from_array
    @Exposed(value = "__new__($type, *args)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("range() takes no keyword arguments");
        }
        switch (args.length) {
            case 1:
                return new PyRange(PyInt.of(0), exactIndex(args[0]), PyInt.of(1));
            case 2:
                return new PyRange(exactIndex(args[0]), exactIndex(args[1]), PyInt.of(1));
            case 3: {
                PyInt a = exactIndex(args[0]);
                PyInt b = exactIndex(args[1]);
                PyInt c = exactIndex(args[2]);
                if (c.signum() == 0) {
                    throw PyExceptions.valueError("range() arg 3 must not be zero");
                }
                return new PyRange(a, b, c);
            }
            case 0:
                throw PyExceptions.typeError("range expected at least 1 argument, got 0");
            default:
                throw PyExceptions.typeError("range expected at most 3 arguments, got "
                        + args.length);
        }
    }

    /** The item at {@code i} (0 ≤ i < length), as a Python int. */
    private PyInt item(BigInteger i) {
        if (small) {
            return PyInt.of(start.longValue() + i.longValue() * step.longValue());
        }
        return PyInt.of(start.bigValue().add(i.multiply(step.bigValue())));
    }

    @Exposed("__len__($self, /)")
    public long __len__() {
        if (length.bitLength() >= 64) {
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return length.longValue();
    }

    @Exposed("__bool__($self, /)")
    public boolean __bool__() {
        return length.signum() != 0;
    }

    // CPython: Objects/rangeobject.c range_subscript
    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            return slice(s);
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw PyExceptions.typeError("range indices must be integers or slices, not "
                    + key.type().getName());
        }
        BigInteger i = Numbers.index(key).bigValue();
        if (i.signum() < 0) {
            i = i.add(length);
        }
        if (i.signum() < 0 || i.compareTo(length) >= 0) {
            throw PyExceptions.indexError("range object index out of range");
        }
        return item(i);
    }

    // CPython: Objects/rangeobject.c compute_slice, over _PySlice_GetLongIndices
    private PyRange slice(PySlice s) {
        BigInteger sliceStep = BigInteger.ONE;
        if (s.step != PyNone.NONE) {
            sliceStep = Numbers.indexForSlice(s.step).bigValue();
            if (sliceStep.signum() == 0) {
                throw PyExceptions.valueError("slice step cannot be zero");
            }
        }
        boolean back = sliceStep.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? length.subtract(BigInteger.ONE) : length;
        BigInteger a = s.start == PyNone.NONE ? (back ? upper : lower)
                : clamp(Numbers.indexForSlice(s.start).bigValue(), lower, upper);
        BigInteger b = s.stop == PyNone.NONE ? (back ? lower : upper)
                : clamp(Numbers.indexForSlice(s.stop).bigValue(), lower, upper);
        BigInteger st = step.bigValue();
        BigInteger base = start.bigValue();
        return new PyRange(PyInt.of(base.add(a.multiply(st))), PyInt.of(base.add(b.multiply(st))),
                PyInt.of(st.multiply(sliceStep)));
    }

    private BigInteger clamp(BigInteger x, BigInteger lower, BigInteger upper) {
        if (x.signum() < 0) {
            x = x.add(length);
            return x.compareTo(lower) < 0 ? lower : x;
        }
        return x.compareTo(upper) > 0 ? upper : x;
    }

    /** The position of {@code value} (an int) in the range, or null if it is not an item. */
    private BigInteger positionOf(PyInt value) {
        if (small && value.isSmall()) {
            long v = value.longValue();
            long lo = start.longValue();
            long st = step.longValue();
            long n = length.longValue();
            if (n == 0) {
                return null;
            }
            long last = lo + (n - 1) * st;
            boolean inside = st > 0 ? v >= lo && v <= last : v <= lo && v >= last;
            if (!inside || Math.floorMod(v - lo, st) != 0) {
                return null;
            }
            return BigInteger.valueOf((v - lo) / st);
        }
        BigInteger offset = value.bigValue().subtract(start.bigValue());
        BigInteger[] qr = offset.divideAndRemainder(step.bigValue());
        if (qr[1].signum() != 0 || qr[0].signum() < 0 || qr[0].compareTo(length) >= 0) {
            return null;
        }
        return qr[0];
    }

    private static boolean isExactInt(PyObject o) {
        return o.type() == PyInt.TYPE || o.type() == PyBool.TYPE;
    }

    // CPython: Objects/rangeobject.c range_contains (fast path for exact ints)
    @Exposed("__contains__($self, key, /)")
    public boolean __contains__(PyObject key) {
        if (isExactInt(key)) {
            return positionOf((PyInt) key) != null;
        }
        PyObject it = __iter__();
        for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it)) {
            if (Ops.eqBool(v, key)) {
                return true;
            }
        }
        return false;
    }

    @Exposed(value = "index($self, value, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject index(PyObject value) {
        if (isExactInt(value)) {
            BigInteger at = positionOf((PyInt) value);
            if (at != null) {
                return PyInt.of(at);
            }
        } else {
            long i = 0;
            PyObject it = __iter__();
            for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it), i++) {
                if (Ops.eqBool(v, value)) {
                    return PyInt.of(i);
                }
            }
            // CPython: Objects/abstract.c _PySequence_IterSearch
            throw PyExceptions.valueError("sequence.index(x): x not in sequence");
        }
        throw PyExceptions.valueError(Ops.repr(value) + " is not in range");
    }

    @Exposed(value = "count($self, value, /)", signature = Exposed.Signature.HIDDEN)
    public long count(PyObject value) {
        if (isExactInt(value)) {
            return positionOf((PyInt) value) != null ? 1 : 0;
        }
        long n = 0;
        PyObject it = __iter__();
        for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it)) {
            if (Ops.eqBool(v, value)) {
                n++;
            }
        }
        return n;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        if (small) {
            return new PyRangeIterator(start.longValue(), step.longValue(), length.longValue());
        }
        return new PyRangeIterator(start.bigValue(), step.bigValue(), length);
    }

    // CPython: Objects/rangeobject.c range_reverse
    @Exposed(value = "__reversed__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reversed__() {
        if (length.signum() == 0) {
            return __iter__();
        }
        BigInteger last = start.bigValue().add(length.subtract(BigInteger.ONE)
                .multiply(step.bigValue()));
        BigInteger back = step.bigValue().negate();
        if (small && last.bitLength() < 63 && back.bitLength() < 63) {
            return new PyRangeIterator(last.longValue(), back.longValue(), length.longValue());
        }
        return new PyRangeIterator(last, back, length);
    }

    // CPython: Objects/rangeobject.c range_equals: equal as sequences, not by arguments
    private boolean sameItems(PyRange o) {
        if (this == o) {
            return true;
        }
        if (!length.equals(o.length)) {
            return false;
        }
        if (length.signum() == 0) {
            return true;
        }
        if (PyInt.compare(start, o.start) != 0) {
            return false;
        }
        return length.equals(BigInteger.ONE) || PyInt.compare(step, o.step) == 0;
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PyRange r)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(sameItems(r));
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject other) {
        if (!(other instanceof PyRange r)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(!sameItems(r));
    }

    // CPython: Objects/rangeobject.c range_hash: hash((len, start, step)) with None for the
    // parts that do not matter
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        PyObject n = PyInt.of(length);
        if (length.signum() == 0) {
            return Ops.hash(PyTuple.of(n, PyNone.NONE, PyNone.NONE));
        }
        if (length.equals(BigInteger.ONE)) {
            return Ops.hash(PyTuple.of(n, start, PyNone.NONE));
        }
        return Ops.hash(PyTuple.of(n, start, step));
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        if (step.isSmall() && step.longValue() == 1) {
            return "range(" + Ops.repr(start) + ", " + Ops.repr(stop) + ")";
        }
        return "range(" + Ops.repr(start) + ", " + Ops.repr(stop) + ", " + Ops.repr(step) + ")";
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }

    @Exposed.Getter("start")
    public PyObject getStart() {
        return start;
    }

    @Exposed.Getter("stop")
    public PyObject getStop() {
        return stop;
    }

    @Exposed.Getter("step")
    public PyObject getStep() {
        return step;
    }
}
