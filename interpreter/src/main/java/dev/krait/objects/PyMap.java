package dev.krait.objects;

/**
 * Python's {@code map}: calls a function on the items of one or more iterables, lazily, until
 * the shortest ends.
 *
 * <p>CPython counterpart: Python/bltinmodule.c {@code map_new}, {@code map_next}.
 */
public class PyMap extends PyObject implements Iteration.JavaIterator {
    public static final PyType TYPE = PyType.builtin("map", PyMap.class, null);

    private final PyObject function;
    private final PyObject[] iterators;

    PyMap(PyType type, PyObject function, PyObject[] iterators) {
        super(type);
        if (type.instancesHaveDict()) {
            this.dict = PyDict.forInstance(type);
        }
        this.function = function;
        this.iterators = iterators;
    }

    @Exposed(value = "__new__($type, func, *iterables)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywordsInNew("map", cls, TYPE, kwnames);
        int n = ArgParser.positionalCount(args, kwnames);
        if (n < 2) {
            throw PyExceptions.typeError("map() must have at least two arguments.");
        }
        PyObject[] its = new PyObject[n - 1];
        for (int i = 1; i < n; i++) {
            its[i - 1] = Iteration.iter(args[i]);
        }
        return new PyMap(cls, args[0], its);
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
        PyObject[] items = new PyObject[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            PyObject v = Iteration.next(iterators[i]);
            if (v == null) {
                return null;
            }
            items[i] = v;
        }
        return Ops.call(function, items);
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
        PyObject[] args = new PyObject[iterators.length + 1];
        args[0] = function;
        System.arraycopy(iterators, 0, args, 1, iterators.length);
        return PyTuple.of(type(), new PyTuple(args));
    }
}
