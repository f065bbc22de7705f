package dev.krait.objects;

/**
 * Python's {@code zip}: tuples of the items of several iterables in step, ending with the
 * shortest — or, with {@code strict=True}, raising ValueError when the iterables turn out to
 * differ in length (PEP 618).
 *
 * <p>CPython counterpart: Python/bltinmodule.c {@code zip_new}, {@code zip_next}.
 */
public class PyZip extends PyObject implements Iteration.JavaIterator {
    public static final PyType TYPE = PyType.builtin("zip", PyZip.class, null);

    private final PyObject[] iterators;
    private boolean strict;
    private boolean done;

    PyZip(PyType type, PyObject[] iterators, boolean strict) {
        super(type);
        if (type.instancesHaveDict()) {
            this.dict = new PyDict();
        }
        this.iterators = iterators;
        this.strict = strict;
        this.done = iterators.length == 0;
    }

    @Exposed(value = "__new__($type, *iterables, strict=False)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject strict = ArgParser.keywords("zip", args, kwnames, "strict")[0];
        int n = ArgParser.positionalCount(args, kwnames);
        PyObject[] its = new PyObject[n];
        for (int i = 0; i < n; i++) {
            its[i] = Iteration.iter(args[i]);
        }
        return new PyZip(cls, its, strict != null && Ops.isTrue(strict));
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
        if (done) {
            return null;
        }
        PyObject[] items = new PyObject[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            PyObject v = Iteration.next(iterators[i]);
            if (v == null) {
                done = true;
                if (strict) {
                    checkStrict(i);
                }
                return null;
            }
            items[i] = v;
        }
        return new PyTuple(items);
    }

    // CPython: Python/bltinmodule.c zip_next, the "check" label
    private void checkStrict(int exhausted) {
        if (exhausted > 0) {
            throw PyExceptions.valueError("zip() argument " + (exhausted + 1) + " is shorter than "
                    + arguments(exhausted));
        }
        for (int i = 1; i < iterators.length; i++) {
            if (Iteration.next(iterators[i]) != null) {
                throw PyExceptions.valueError("zip() argument " + (i + 1) + " is longer than "
                        + arguments(i));
            }
        }
    }

    private static String arguments(int upTo) {
        return upTo == 1 ? "argument 1" : "arguments 1-" + upTo;
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
        PyTuple its = new PyTuple(iterators.clone());
        return strict ? PyTuple.of(type(), its, PyBool.TRUE) : PyTuple.of(type(), its);
    }

    /** Unpickling: the state {@link #__reduce__} gives is whether the zip is strict. */
    // CPython: Python/bltinmodule.c zip_setstate
    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        strict = Ops.isTrue(state);
    }
}
