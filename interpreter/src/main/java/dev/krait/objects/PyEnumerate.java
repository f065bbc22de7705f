package dev.krait.objects;

import java.math.BigInteger;

/**
 * Python's {@code enumerate}: pairs each item of an iterable with a count. The count is a long
 * until it would overflow, then a Python int of any size, as CPython switches from
 * {@code en_index} to {@code en_longindex}.
 *
 * <p>CPython counterpart: Objects/enumobject.c {@code enum_new}, {@code enum_next}.
 */
public class PyEnumerate extends PyObject implements Iteration.JavaIterator {
    public static final PyType TYPE = PyType.builtin("enumerate", PyEnumerate.class, null);

    private final PyObject iterator;
    private long index;
    /** The count once it no longer fits a long; null before. */
    private BigInteger bigIndex;

    PyEnumerate(PyType type, PyObject iterator, PyInt start) {
        super(type);
        if (type.instancesHaveDict()) {
            this.dict = new PyDict();
        }
        this.iterator = iterator;
        if (start.isSmall() && start.longValue() < Long.MAX_VALUE) {
            index = start.longValue();
        } else {
            bigIndex = start.bigValue();
        }
    }

    @Exposed(value = "__new__($type, iterable, start=0)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] bound = ArgParser.bind("enumerate", args, kwnames, "iterable", "start");
        if (bound[0] == null) {
            throw PyExceptions.typeError("enumerate() missing required argument 'iterable'");
        }
        PyInt start = bound[1] == null ? PyInt.of(0) : Numbers.index(bound[1]);
        return new PyEnumerate(cls, Iteration.iter(bound[0]), start);
    }

    @Override
    public PyObject nextOrNull() {
        PyObject override = IteratorOverrides.overridden(this, TYPE);
        if (override != null) {
            return IteratorOverrides.call(override, this);
        }
        return step();
    }

    /** The next item by this type's own rule, or null at the end. */
    private PyObject step() {
        PyObject v = Iteration.next(iterator);
        if (v == null) {
            return null;
        }
        PyObject count;
        if (bigIndex == null) {
            count = PyInt.of(index);
            if (++index == Long.MAX_VALUE) {
                bigIndex = BigInteger.valueOf(index);
            }
        } else {
            count = PyInt.of(bigIndex);
            bigIndex = bigIndex.add(BigInteger.ONE);
        }
        return PyTuple.of(count, v);
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        PyObject v = step();
        if (v == null) {
            throw PyExceptions.stopIteration();
        }
        return v;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return this;
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        PyObject count = bigIndex == null ? PyInt.of(index) : PyInt.of(bigIndex);
        return PyTuple.of(type(), PyTuple.of(iterator, count));
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            doc = "See PEP 585", signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
