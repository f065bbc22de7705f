package dev.krait.objects;

/**
 * Python's {@code slice}: start, stop and step, and the clamping of them to a sequence length.
 *
 * <p>CPython counterpart: Objects/sliceobject.c ({@code PySlice_Unpack},
 * {@code PySlice_AdjustIndices}).
 */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("slice", PySlice.class, null);

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        super(TYPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Exposed(value = "__new__($type, *args)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("slice() takes no keyword arguments");
        }
        return switch (args.length) {
            case 1 -> new PySlice(PyNone.NONE, args[0], PyNone.NONE);
            case 2 -> new PySlice(args[0], args[1], PyNone.NONE);
            case 3 -> new PySlice(args[0], args[1], args[2]);
            case 0 -> throw PyExceptions.typeError("slice expected at least 1 argument, got 0");
            default -> throw PyExceptions.typeError("slice expected at most 3 arguments, got "
                    + args.length);
        };
    }

    /** [start, stop, step] adjusted to a sequence of {@code length} items. */
    public int[] indices(int length) {
        long st = stepValue();
        PyInt a = start == PyNone.NONE ? null : Numbers.indexForSlice(start);
        PyInt b = stop == PyNone.NONE ? null : Numbers.indexForSlice(stop);
        return adjust(st, a, b, length);
    }

    /**
     * [start, stop, step] adjusted to a mutable sequence's length as it is once the bounds'
     * {@code __index__} methods have run: they may resize the sequence (CPython unpacks the
     * slice first, then asks the length: list_ass_subscript).
     */
    public int[] indices(java.util.function.IntSupplier currentLength) {
        long st = stepValue();
        PyInt a = start == PyNone.NONE ? null : Numbers.indexForSlice(start);
        PyInt b = stop == PyNone.NONE ? null : Numbers.indexForSlice(stop);
        return adjust(st, a, b, currentLength.getAsInt());
    }

    private long stepValue() {
        if (step == PyNone.NONE) {
            return 1;
        }
        PyInt s = Numbers.indexForSlice(step);
        if (s.signum() == 0) {
            throw PyExceptions.valueError("slice step cannot be zero");
        }
        return s.isSmall() ? Math.max(-Long.MAX_VALUE, s.longValue())
                : (s.signum() < 0 ? -Long.MAX_VALUE : Long.MAX_VALUE);
    }

    // CPython: Objects/sliceobject.c PySlice_AdjustIndices
    private static int[] adjust(long st, PyInt startIndex, PyInt stopIndex, int length) {
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long a = startIndex == null ? (st < 0 ? upper : lower)
                : clamp(startIndex, length, lower, upper);
        long b = stopIndex == null ? (st < 0 ? lower : upper)
                : clamp(stopIndex, length, lower, upper);
        int stepInt = (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE);
        return new int[] {(int) a, (int) b, stepInt};
    }

    /**
     * {@code seq[start:stop:step]} for an exact list, tuple or str whose bounds are ints or None,
     * without making the slice object: no {@code __index__} can run then, so nothing tells the
     * difference. Null for anything else, and for a zero step, whose error the general path
     * raises. CPython makes the slice (BUILD_SLICE) and unpacks it in the sequence's subscript.
     */
    public static PyObject getExact(PyObject seq, PyObject start, PyObject stop, PyObject step) {
        PyType t = seq.type;
        if (t != PyList.TYPE && t != PyTuple.TYPE && t != PyStr.TYPE
                || !(start == PyNone.NONE || start instanceof PyInt)
                || !(stop == PyNone.NONE || stop instanceof PyInt)) {
            return null;
        }
        int st = plainStep(step);
        if (st == 0) {
            return null;
        }
        int length = t == PyList.TYPE ? ((PyList) seq).size()
                : t == PyTuple.TYPE ? ((PyTuple) seq).size() : ((PyStr) seq).length();
        int a = adjustStart(start, st, length);
        int b = adjustStop(stop, st, length);
        return t == PyList.TYPE ? ((PyList) seq).slice(a, b, st)
                : t == PyTuple.TYPE ? ((PyTuple) seq).slice(a, b, st) : ((PyStr) seq).slice(a, b, st);
    }

    /** A step that is None (1) or a nonzero int within ±Integer.MAX_VALUE; else 0. */
    static int plainStep(PyObject step) {
        if (step == PyNone.NONE) {
            return 1;
        }
        if (step instanceof PyInt s && s.isSmall()) {
            long v = s.longValue();
            if (v != 0 && v >= -Integer.MAX_VALUE && v <= Integer.MAX_VALUE) {
                return (int) v;
            }
        }
        return 0;
    }

    /** A start bound that is None or an int, adjusted as {@link #adjust} does. */
    static int adjustStart(PyObject start, int step, int length) {
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        return (int) (start == PyNone.NONE ? (step < 0 ? upper : lower)
                : clamp((PyInt) start, length, lower, upper));
    }

    /** A stop bound that is None or an int, adjusted as {@link #adjust} does. */
    static int adjustStop(PyObject stop, int step, int length) {
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        return (int) (stop == PyNone.NONE ? (step < 0 ? lower : upper)
                : clamp((PyInt) stop, length, lower, upper));
    }

    private static long clamp(PyInt v, int length, long lower, long upper) {
        long x = v.isSmall() ? v.longValue() : (v.signum() < 0 ? Long.MIN_VALUE / 2
                : Long.MAX_VALUE / 2);
        if (x < 0) {
            x += length;
            if (x < lower) {
                x = lower;
            }
        } else if (x > upper) {
            x = upper;
        }
        return x;
    }

    /** The number of items a slice [start:stop:step] selects (after {@link #indices}). */
    public static int length(int start, int stop, int step) {
        if (step > 0) {
            return start < stop ? (int) (((long) stop - start - 1) / step + 1) : 0;
        }
        return stop < start ? (int) (((long) start - stop - 1) / -step + 1) : 0;
    }

    @Exposed(value = "indices($self, length, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject indices(PyObject length) {
        PyInt n = Numbers.index(length);
        if (n.signum() < 0) {
            throw PyExceptions.valueError("length should not be negative");
        }
        int[] r = indices(n.intValueExact("cannot fit 'int' into an index-sized integer"));
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
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

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject o) {
        if (!(o instanceof PySlice s)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Ops.richCompare(PyTuple.of(start, stop, step), PyTuple.of(s.start, s.stop, s.step),
                CompareOp.EQ);
    }

    /** {@code (slice, (start, stop, step))}. */
    // CPython: Objects/sliceobject.c slice_reduce
    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "slice(" + Ops.repr(start) + ", " + Ops.repr(stop) + ", " + Ops.repr(step) + ")";
    }

    @Exposed("__hash__($self, /)")
    public long __hash__() {
        throw PyExceptions.typeError("unhashable type: 'slice'");
    }
}
