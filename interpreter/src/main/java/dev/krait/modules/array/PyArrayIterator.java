package dev.krait.modules.array;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;

/**
 * {@code array.arrayiterator}: walks an array by position, reading the array's size at each
 * step so that items appended during iteration are seen (as CPython's does). Once exhausted it
 * lets go of the array and stays exhausted; it pickles as {@code iter(array)} plus its
 * position.
 *
 * <p>CPython counterpart: Modules/arraymodule.c {@code arrayiter_next},
 * {@code array_arrayiterator___reduce___impl}, {@code array_arrayiterator___setstate__}.
 */
public final class PyArrayIterator extends PyObject implements Iteration.JavaIterator {
    public static final PyType TYPE = PyType.builtinFinal("arrayiterator",
            PyArrayIterator.class, null).withModule("array");

    /** The array, or null once exhausted. */
    private PyArray array;
    private int index;

    PyArrayIterator(PyArray array) {
        super(TYPE);
        this.array = array;
    }

    @Override
    public PyObject nextOrNull() {
        if (array == null) {
            return null;
        }
        if (index < array.size) {
            return array.get(index++);
        }
        array = null;
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

    @Exposed(value = "__reduce__($self, /)", doc = "Return state information for pickling.")
    public PyObject __reduce__() {
        PyObject iter = ThreadState.current().interpreter.builtins().getItem(PyStr.of("iter"));
        if (array == null) {
            return PyTuple.of(iter, PyTuple.of(PyTuple.of()));
        }
        return PyTuple.of(iter, PyTuple.of(array), PyInt.of(index));
    }

    // CPython: Modules/arraymodule.c array_arrayiterator___setstate__
    @Exposed(value = "__setstate__($self, state, /)",
            doc = "Set state information for unpickling.")
    public void __setstate__(PyObject state) {
        long k = CArgs.intAsSsizeT(state);
        if (array != null) {
            index = (int) Math.max(0, Math.min(k, array.size));
        }
    }
}
