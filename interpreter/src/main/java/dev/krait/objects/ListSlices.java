package dev.krait.objects;

import java.util.ArrayList;
import java.util.Arrays;
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
    // CPython: Objects/abstract.c PySequence_Fast(v, "can only assign an iterable"): an exact
    // list or tuple is read as it is, anything else iterated into a new list
    private static List<PyObject> sequenceFast(PyObject value) {
        if (value.type == PyList.TYPE) {
            return ((PyList) value).items;
        }
        if (value.type == PyTuple.TYPE) {
            return Arrays.asList(((PyTuple) value).items);
        }
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
        assign(list, idx[0], idx[1], idx[2], source);
    }

    /**
     * {@code list[start:stop:step] = value} for an exact list whose bounds are ints or None, with
     * no slice object made (see {@link PySlice#getExact}); false, having done nothing, when the
     * list or the bounds are not such.
     */
    static boolean assignExact(PyObject target, PyObject start, PyObject stop, PyObject step,
            PyObject value) {
        if (target.type != PyList.TYPE || !(start == PyNone.NONE || start instanceof PyInt)
                || !(stop == PyNone.NONE || stop instanceof PyInt)) {
            return false;
        }
        int st = PySlice.plainStep(step);
        if (st == 0) {
            return false;
        }
        PyList list = (PyList) target;
        List<PyObject> source = value == list ? new ArrayList<>(list.items) : sequenceFast(value);
        // the length as it is once the value was iterated, as the general path reads it
        int length = list.size();
        assign(list, PySlice.adjustStart(start, st, length), PySlice.adjustStop(stop, st, length),
                st, source);
        return true;
    }

    private static void assign(PyList list, int start, int stop, int step, List<PyObject> source) {
        List<PyObject> items = list.items;
        if (step == 1) {
            if (stop < start) {
                stop = start;
            }
            int n = source.size();
            if (n == stop - start) {
                // as many items as it replaces: stored in place, nothing moves
                for (int i = 0; i < n; i++) {
                    items.set(start + i, source.get(i));
                }
                return;
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
