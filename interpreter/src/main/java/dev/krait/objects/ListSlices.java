package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Slice assignment and deletion on lists ({@code a[1:3] = x}, {@code del a[::2]}), with CPython's
 * rules for extended slices.
 *
 * <p>CPython counterpart: Objects/listobject.c {@code list_ass_slice}, {@code list_ass_subscript}.
 */
final class ListSlices {
    private ListSlices() {}

    /** The items of an iterable; what cannot be iterated gives CPython's slice message. */
    // CPython: Objects/abstract.c PySequence_Fast(v, "can only assign an iterable")
    private static List<PyObject> sequenceFast(PyObject value) {
        PyObject it;
        try {
            it = Iteration.iter(value);
        } catch (PyException e) {
            if (e.matches(PyExceptions.TypeError)) {
                throw PyExceptions.typeError("can only assign an iterable");
            }
            throw e;
        }
        return Iteration.toList(it);
    }

    static void assign(PyList list, PySlice slice, PyObject value) {
        List<PyObject> items = list.items;
        List<PyObject> source = value == list ? new ArrayList<>(items) : sequenceFast(value);
        int[] idx = slice.indices(items::size);
        int start = idx[0];
        int stop = idx[1];
        int step = idx[2];
        if (step == 1) {
            if (stop < start) {
                stop = start;
            }
            items.subList(start, stop).clear();
            items.addAll(start, source);
            return;
        }
        int n = PySlice.length(start, stop, step);
        if (source.size() != n) {
            throw PyExceptions.valueError("attempt to assign sequence of size " + source.size()
                    + " to extended slice of size " + n);
        }
        for (int i = 0, j = start; i < n; i++, j += step) {
            items.set(j, source.get(i));
        }
    }

    static void delete(PyList list, PySlice slice) {
        List<PyObject> items = list.items;
        int[] idx = slice.indices(items::size);
        int start = idx[0];
        int stop = idx[1];
        int step = idx[2];
        if (step == 1) {
            if (stop > start) {
                items.subList(start, stop).clear();
            }
            return;
        }
        int n = PySlice.length(start, stop, step);
        boolean[] drop = new boolean[items.size()];
        for (int i = 0, j = start; i < n; i++, j += step) {
            drop[j] = true;
        }
        List<PyObject> kept = new ArrayList<>(items.size() - n);
        for (int i = 0; i < items.size(); i++) {
            if (!drop[i]) {
                kept.add(items.get(i));
            }
        }
        items.clear();
        items.addAll(kept);
    }
}
