package dev.krait.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;

/**
 * {@code list.sort}: a stable merge sort (Java's TimSort, as CPython's listsort is TimSort) over
 * decorated items, comparing with {@code <} only, as CPython does.
 *
 * <p>CPython counterpart: Objects/listobject.c {@code list_sort_impl}.
 */
final class ListSort {
    private ListSort() {}

    static void sort(PyList list, PyObject key, boolean reverse) {
        ArrayList<PyObject> items = list.items;
        PyObject[] values = items.toArray(new PyObject[0]);
        items.clear();
        try {
            PyObject[] keys = values;
            if (key != null && key != PyNone.NONE) {
                keys = new PyObject[values.length];
                for (int i = 0; i < values.length; i++) {
                    keys[i] = Ops.call(key, values[i]);
                }
            }
            Integer[] order = new Integer[values.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            final PyObject[] k = keys;
            if (reverse) {
                // CPython reverses, sorts stably, reverses again: equal items keep their order.
                Collections.reverse(Arrays.asList(order));
            }
            Arrays.sort(order, (x, y) -> Ops.lessThan(k[x], k[y]) ? -1
                    : Ops.lessThan(k[y], k[x]) ? 1 : 0);
            if (reverse) {
                Collections.reverse(Arrays.asList(order));
            }
            if (!items.isEmpty()) {
                throw PyExceptions.valueError("list modified during sort");
            }
            for (Integer i : order) {
                items.add(values[i]);
            }
        } catch (RuntimeException e) {
            if (items.isEmpty()) {
                items.addAll(Arrays.asList(values));
            }
            throw e;
        }
    }
}
