package dev.krait.objects;

import java.math.BigInteger;

/**
 * The iterator of a {@link PyRange}: {@code range_iterator} counting in longs, or
 * {@code longrange_iterator} when the items do not fit a long. A {@code for} loop over a range
 * reaches {@link #nextOrNull} directly, so it allocates only the ints it yields.
 *
 * <p>CPython counterpart: Objects/rangeobject.c {@code rangeiter_next},
 * {@code longrangeiter_next}.
 */
public final class PyRangeIterator extends PyObject implements Iteration.JavaIterator {
    public static final PyType TYPE =
            PyType.builtinFinal("range_iterator", PyRangeIterator.class, null);
    public static final PyType LONG_TYPE = PyType.sharedLayout("longrange_iterator", TYPE);

    private final long start;
    private final long step;
    private final long length;
    private long index;
    private final BigInteger bigStart;
    private final BigInteger bigStep;
    private final BigInteger bigLength;
    private BigInteger bigIndex;

    PyRangeIterator(long start, long step, long length) {
        super(TYPE);
        this.start = start;
        this.step = step;
        this.length = length;
        this.bigStart = null;
        this.bigStep = null;
        this.bigLength = null;
    }

    PyRangeIterator(BigInteger start, BigInteger step, BigInteger length) {
        super(LONG_TYPE);
        this.start = 0;
        this.step = 0;
        this.length = 0;
        this.bigStart = start;
        this.bigStep = step;
        this.bigLength = length;
        this.bigIndex = BigInteger.ZERO;
    }

    @Override
    public PyObject nextOrNull() {
        if (bigStart == null) {
            if (index < length) {
                return PyInt.of(start + index++ * step);
            }
            return null;
        }
        if (bigIndex.compareTo(bigLength) < 0) {
            PyObject v = PyInt.of(bigStart.add(bigIndex.multiply(bigStep)));
            bigIndex = bigIndex.add(BigInteger.ONE);
            return v;
        }
        return null;
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        PyObject v = nextOrNull();
        if (v == null) {
            throw PyExceptions.stopIteration();
        }
        return v;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return this;
    }

    @Exposed("__length_hint__($self, /)")
    public PyObject __length_hint__() {
        if (bigStart == null) {
            return PyInt.of(length - index);
        }
        return PyInt.of(bigLength.subtract(bigIndex));
    }

    /** {@code (iter, (range(start, stop, step),), index)}. */
    // CPython: Objects/rangeobject.c rangeiter_reduce
    @Exposed("__reduce__($self, /)")
    public PyObject __reduce__() {
        PyRange range;
        PyInt position;
        if (bigStart == null) {
            range = new PyRange(PyInt.of(start), PyInt.of(BigInteger.valueOf(start).add(
                    BigInteger.valueOf(length).multiply(BigInteger.valueOf(step)))),
                    PyInt.of(step));
            position = PyInt.of(index);
        } else {
            range = new PyRange(PyInt.of(bigStart),
                    PyInt.of(bigStart.add(bigLength.multiply(bigStep))), PyInt.of(bigStep));
            position = PyInt.of(bigIndex);
        }
        return PyTuple.of(ObjectReduce.builtin("iter"), PyTuple.of(range), position);
    }

    /** Moves to item {@code state}, clamped to the range's length. */
    // CPython: Objects/rangeobject.c rangeiter_setstate
    @Exposed("__setstate__($self, state, /)")
    public void __setstate__(PyObject state) {
        PyInt at = Numbers.index(state);
        if (bigStart == null) {
            long i = at.isSmall() ? at.longValue() : at.signum() < 0 ? 0 : length;
            index = Math.max(0, Math.min(i, length));
        } else {
            BigInteger i = at.bigValue();
            bigIndex = i.signum() < 0 ? BigInteger.ZERO : i.min(bigLength);
        }
    }
}
