package dev.krait.objects;

/**
 * Python's {@code filter}: the items of an iterable for which a function (or, for None, the
 * item itself) is true, lazily.
 *
 * <p>CPython counterpart: Python/bltinmodule.c {@code filter_new}, {@code filter_next}.
 */
public class PyFilter extends PyObject implements Iteration.JavaIterator {
    public static final PyType TYPE = PyType.builtin("filter", PyFilter.class, null);

    private final PyObject function;
    private final PyObject iterator;

    PyFilter(PyType type, PyObject function, PyObject iterator) {
        super(type);
        if (type.instancesHaveDict()) {
            this.dict = new PyDict();
        }
        this.function = function;
        this.iterator = iterator;
    }

    @Exposed(value = "__new__($type, function, iterable, /)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywordsInNew("filter", cls, TYPE, kwnames);
        int n = ArgParser.positionalCount(args, kwnames);
        if (n != 2) {
            throw PyExceptions.typeError("filter expected 2 arguments, got " + n);
        }
        return new PyFilter(cls, args[0], Iteration.iter(args[1]));
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
        boolean identity = function == PyNone.NONE || function == PyBool.TYPE;
        for (PyObject v = Iteration.next(iterator); v != null; v = Iteration.next(iterator)) {
            boolean keep = identity ? Ops.isTrue(v) : Ops.isTrue(Ops.call(function, v));
            if (keep) {
                return v;
            }
        }
        return null;
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
        return PyTuple.of(type(), PyTuple.of(function, iterator));
    }
}
