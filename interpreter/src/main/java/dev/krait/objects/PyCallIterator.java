package dev.krait.objects;

/**
 * The iterator {@code iter(callable, sentinel)} returns ({@code callable_iterator}): calls the
 * callable until it returns a value equal to the sentinel.
 *
 * <p>CPython counterpart: Objects/iterobject.c {@code calliter_iternext}.
 */
public final class PyCallIterator extends PyObject implements Iteration.JavaIterator {
    public static final PyType TYPE =
            PyType.builtinFinal("callable_iterator", PyCallIterator.class, null);

    private PyObject callable;
    private PyObject sentinel;

    public PyCallIterator(PyObject callable, PyObject sentinel) {
        super(TYPE);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public PyObject nextOrNull() {
        if (callable == null) {
            return null;
        }
        PyObject v;
        try {
            v = Ops.call(callable);
        } catch (PyException e) {
            if (e.matches(PyExceptions.StopIteration)) {
                callable = null;
                sentinel = null;
                return null;
            }
            throw e;
        }
        // The call may have exhausted this iterator re-entrantly (gh-101892): then its value is
        // dropped. The sentinel is the left operand, as in calliter_iternext.
        if (sentinel == null) {
            return null;
        }
        if (Ops.eqBool(sentinel, v)) {
            callable = null;
            sentinel = null;
            return null;
        }
        return v;
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

    /** {@code (iter, (callable, sentinel))}, or an exhausted iterator's {@code (iter, ((),))}. */
    // CPython: Objects/iterobject.c calliter_reduce
    @Exposed("__reduce__($self, /)")
    public PyObject __reduce__() {
        // the builtin's lookup may run code that exhausts this iterator: state after it
        PyObject iter = ObjectReduce.builtin("iter");
        PyObject args = callable != null ? PyTuple.of(callable, sentinel)
                : PyTuple.of(PyTuple.EMPTY);
        return PyTuple.of(iter, args);
    }
}
