package dev.krait.objects;

/**
 * Python's {@code reversed}: calls the object's {@code __reversed__} when it has one, and
 * otherwise walks a sequence ({@code __len__} and {@code __getitem__}) from its end.
 *
 * <p>CPython counterpart: Objects/enumobject.c {@code reversed_new_impl},
 * {@code reversed_next}.
 */
public class PyReversed extends PyObject implements Iteration.JavaIterator {
    public static final PyType TYPE = PyType.builtin("reversed", PyReversed.class, null);

    private PyObject seq;
    private long index;

    PyReversed(PyType type, PyObject seq, long length) {
        super(type);
        if (type.instancesHaveDict()) {
            this.dict = PyDict.forInstance(type);
        }
        this.seq = seq;
        this.index = length - 1;
    }

    @Exposed(value = "__new__($type, sequence, /)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywordsInNew("reversed", cls, TYPE, kwnames);
        int n = ArgParser.positionalCount(args, kwnames);
        if (n != 1) {
            throw PyExceptions.typeError("reversed expected 1 argument, got " + n);
        }
        PyObject seq = args[0];
        PyObject rev = seq.type().lookup("__reversed__");
        if (rev == PyNone.NONE) {
            throw notReversible(seq);
        }
        if (rev != null) {
            return Ops.callDescriptor(rev, seq);
        }
        if (seq.type().lookup("__getitem__") == null || seq instanceof PyDict) {
            throw notReversible(seq);
        }
        return new PyReversed(cls, seq, Containers.len(seq));
    }

    private static PyException notReversible(PyObject seq) {
        return PyExceptions.typeError("'" + seq.type().getName() + "' object is not reversible");
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
        if (seq == null || index < 0) {
            seq = null;
            return null;
        }
        try {
            return Containers.getItem(seq, PyInt.of(index--));
        } catch (PyException e) {
            if (e.matches(PyExceptions.IndexError) || e.matches(PyExceptions.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
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

    @Exposed(value = "__length_hint__($self, /)", signature = Exposed.Signature.HIDDEN)
    public long __length_hint__() {
        return seq == null ? 0 : index + 1;
    }

    // CPython: Objects/enumobject.c reversed_setstate
    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        if (!(state instanceof PyInt i)) {
            throw PyExceptions.typeError("an integer is required");
        }
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        if (seq != null) {
            long n = Containers.len(seq);
            index = Math.max(-1, Math.min(i.longValue(), n - 1));
        }
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        if (seq == null) {
            return PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY));
        }
        return PyTuple.of(type(), PyTuple.of(seq), PyInt.of(index));
    }
}
