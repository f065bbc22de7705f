package dev.krait.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.List;

/**
 * {@code list.sort}: a stable natural merge sort over the keys (and, with a key function, the
 * values beside them) that asks only {@code <}, once per comparison, as CPython's listsort does.
 *
 * <p>Like CPython, it first looks at the keys: when all are exact ints, exact strs or exact
 * floats, it compares them directly rather than through the rich-comparison protocol
 * ({@code unsafe_long_compare}, {@code unsafe_latin_compare}, {@code unsafe_float_compare}).
 * Those types' {@code <} has no side effects, so the only visible difference is speed. Ints,
 * floats and tuples of ints, floats and strs go further ({@link PackedSort}): each key is packed
 * with its index into a {@code long} and the longs are sorted as primitives; strs are compared
 * as their Java strings, one reference less to follow from an array of keys scattered over the
 * heap. Other tuples take {@link Ops#lessThan}'s own tuple path.
 *
 * <p>The algorithm: runs of at least {@link #MIN_RUN} items, each a natural ascending run, a
 * strictly descending one reversed in place (reversal keeps stability because no two items are
 * equal), or a short run extended by binary insertion; then bottom-up merges of neighbouring
 * runs, skipped with one comparison when two runs are already in order. Sorted and reversed
 * input therefore take n-1 comparisons. CPython's galloping is not reproduced: the order and
 * number of {@code __lt__} calls differ from CPython's, as they did with Java's TimSort before.
 *
 * <p>CPython counterpart: Objects/listobject.c {@code list_sort_impl}.
 */
final class ListSort {
    private static final int MIN_RUN = 32;
    /** The fewest tuple keys worth {@link PackedSort}'s ranking of their columns. */
    private static final int PACKED_TUPLES = 8;

    private ListSort() {}

    static void sort(PyList list, PyObject key, boolean reverse) {
        ArrayList<PyObject> items = list.items;
        if (items.isEmpty()) {
            // Nothing to sort, and nothing to change: a sort nested in a key function or __lt__
            // sees the emptied list and must not count as a modification of it.
            return;
        }
        PyObject[] values = items.toArray(new PyObject[0]);
        // CPython empties the list while sorting so that a key or __lt__ that changes it is seen.
        items.clear();
        // An empty view of the emptied list. ArrayList's views are fail-fast: once the list has
        // been structurally changed, even by a change undone (an append then a pop), the view
        // refuses to answer. CPython: list_sort_impl sets allocated to -1 and checks it after.
        List<PyObject> witness = items.subList(0, 0);
        try {
            int n = values.length;
            PyObject[] keys;
            PyObject[] result;
            if (key != null && key != PyNone.NONE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Ops.call(key, values[i]);
                }
                result = values.clone();
            } else {
                keys = values.clone();
                result = keys;
            }
            if (reverse) {
                // CPython reverses, sorts stably, reverses again: equal items keep their order.
                reverse(keys, result == keys ? null : result, 0, n);
            }
            if (n > 1) {
                result = sortKeys(keys, result);
            }
            if (reverse) {
                reverse(result, null, 0, n);
            }
            boolean modified = !items.isEmpty() || changedSince(witness);
            // CPython drops what was added during the sort and keeps the sorted items.
            items.clear();
            items.addAll(Arrays.asList(result));
            if (modified) {
                throw PyExceptions.valueError("list modified during sort");
            }
        } catch (RuntimeException e) {
            if (items.isEmpty()) {
                items.addAll(Arrays.asList(values));
            }
            throw e;
        }
    }

    /** Whether the list under {@code witness} was structurally changed since it was taken. */
    private static boolean changedSince(List<PyObject> witness) {
        try {
            witness.size();
            return false;
        } catch (ConcurrentModificationException e) {
            return true;
        }
    }

    /**
     * Sorts {@code result} by {@code keys} (the same array without a key function) and returns
     * it; {@code keys} is left in any order.
     */
    private static PyObject[] sortKeys(PyObject[] keys, PyObject[] result) {
        LessThan less = comparison(keys);
        // A few tuples (a small dict's items) sort faster than their columns are ranked.
        if (less == LessThan.INT || less == LessThan.FLOAT
                || keys[0].type == PyTuple.TYPE && keys.length >= PACKED_TUPLES) {
            PyObject[] sorted = PackedSort.sort(keys, result);
            if (sorted != null) {
                return sorted;
            }
        }
        Object[] strings = null;
        if (less == LessThan.STR) {
            // The Java strings: one reference less to follow per comparison.
            strings = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                PyStr k = (PyStr) keys[i];
                if (!k.isSimple()) {
                    // A surrogate pair: UTF-16 order is not code-point order.
                    strings = null;
                    break;
                }
                strings[i] = k.value();
            }
        }
        if (strings != null) {
            new Sorter(strings, result, LessThan.JAVA_STRING).sort();
            return result;
        }
        new Sorter(keys, result == keys ? null : result, less).sort();
        return result;
    }

    private static void reverse(Object[] keys, PyObject[] values, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            Object t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
            if (values != null) {
                PyObject v = values[i];
                values[i] = values[j];
                values[j] = v;
            }
        }
    }

    /**
     * The comparison that fits all the keys. CPython: listobject.c list_sort_impl's pre-sort
     * check of key types.
     */
    private static LessThan comparison(PyObject[] keys) {
        PyType common = keys[0].type;
        for (PyObject k : keys) {
            if (k.type != common) {
                return LessThan.GENERIC;
            }
        }
        return forType(common);
    }

    private static LessThan forType(PyType type) {
        if (type == PyInt.TYPE) {
            return LessThan.INT;
        } else if (type == PyStr.TYPE) {
            return LessThan.STR;
        } else if (type == PyFloat.TYPE) {
            return LessThan.FLOAT;
        }
        return LessThan.GENERIC;
    }

    /** {@code a < b} for the keys of one sort. */
    private abstract static class LessThan {
        static final LessThan GENERIC = new LessThan() {
            @Override
            boolean lt(Object a, Object b) {
                return Ops.lessThan((PyObject) a, (PyObject) b);
            }
        };

        static final LessThan JAVA_STRING = new LessThan() {
            @Override
            boolean lt(Object a, Object b) {
                return ((String) a).compareTo((String) b) < 0;
            }
        };

        static final LessThan INT = new LessThan() {
            @Override
            boolean lt(Object a, Object b) {
                return PyInt.compare((PyInt) a, (PyInt) b) < 0;
            }
        };

        static final LessThan STR = new LessThan() {
            @Override
            boolean lt(Object a, Object b) {
                return ((PyStr) a).compareTo((PyStr) b) < 0;
            }
        };

        static final LessThan FLOAT = new LessThan() {
            @Override
            boolean lt(Object a, Object b) {
                return ((PyFloat) a).value < ((PyFloat) b).value;
            }
        };

        abstract boolean lt(Object a, Object b);
    }

    /** One sort: keys and, with a key function, the values moved beside them. */
    private static final class Sorter {
        private final Object[] keys;
        private final PyObject[] values;
        private final LessThan less;
        private Object[] tmpKeys;
        private PyObject[] tmpValues;

        Sorter(Object[] keys, PyObject[] values, LessThan less) {
            this.keys = keys;
            this.values = values;
            this.less = less;
        }

        void sort() {
            int n = keys.length;
            // Runs of at least MIN_RUN items (the last may be shorter), each sorted.
            int[] bounds = new int[n / MIN_RUN + 2];
            int count = 0;
            int lo = 0;
            while (lo < n) {
                bounds[count++] = lo;
                int hi = countRun(lo, n);
                int end = Math.min(n, lo + MIN_RUN);
                if (hi < end) {
                    insertionSort(lo, hi, end);
                    hi = end;
                }
                lo = hi;
            }
            bounds[count] = n;
            // Bottom-up merges of neighbouring runs until one is left.
            while (count > 1) {
                int merged = 0;
                int i = 0;
                for (; i + 1 < count; i += 2) {
                    merge(bounds[i], bounds[i + 1], bounds[i + 2]);
                    bounds[merged++] = bounds[i];
                }
                if (i < count) {
                    bounds[merged++] = bounds[i];
                }
                bounds[merged] = n;
                count = merged;
            }
        }

        /**
         * The end of the run starting at {@code lo}: non-descending, or strictly descending and
         * then reversed. CPython: listobject.c count_run.
         */
        private int countRun(int lo, int n) {
            int hi = lo + 1;
            if (hi == n) {
                return hi;
            }
            if (less.lt(keys[hi], keys[lo])) {
                hi++;
                while (hi < n && less.lt(keys[hi], keys[hi - 1])) {
                    hi++;
                }
                reverse(keys, values, lo, hi);
            } else {
                hi++;
                while (hi < n && !less.lt(keys[hi], keys[hi - 1])) {
                    hi++;
                }
            }
            return hi;
        }

        /** Extends the sorted [lo, start) to [lo, end) by stable binary insertion. */
        private void insertionSort(int lo, int start, int end) {
            for (int i = start; i < end; i++) {
                Object pivot = keys[i];
                PyObject pivotValue = values == null ? null : values[i];
                int left = lo;
                int right = i;
                while (left < right) {
                    int mid = (left + right) >>> 1;
                    if (less.lt(pivot, keys[mid])) {
                        right = mid;
                    } else {
                        left = mid + 1;
                    }
                }
                System.arraycopy(keys, left, keys, left + 1, i - left);
                keys[left] = pivot;
                if (values != null) {
                    System.arraycopy(values, left, values, left + 1, i - left);
                    values[left] = pivotValue;
                }
            }
        }

        /** Merges the sorted [lo, mid) and [mid, hi); the left item wins ties (stability). */
        private void merge(int lo, int mid, int hi) {
            if (!less.lt(keys[mid], keys[mid - 1])) {
                return;
            }
            int leftLength = mid - lo;
            if (tmpKeys == null || tmpKeys.length < leftLength) {
                tmpKeys = new Object[Math.max(leftLength, keys.length / 2)];
                if (values != null) {
                    tmpValues = new PyObject[tmpKeys.length];
                }
            }
            System.arraycopy(keys, lo, tmpKeys, 0, leftLength);
            if (values != null) {
                System.arraycopy(values, lo, tmpValues, 0, leftLength);
            }
            int left = 0;
            int right = mid;
            int out = lo;
            while (left < leftLength && right < hi) {
                if (less.lt(keys[right], tmpKeys[left])) {
                    if (values != null) {
                        values[out] = values[right];
                    }
                    keys[out++] = keys[right++];
                } else {
                    if (values != null) {
                        values[out] = tmpValues[left];
                    }
                    keys[out++] = tmpKeys[left++];
                }
            }
            int rest = leftLength - left;
            System.arraycopy(tmpKeys, left, keys, out, rest);
            if (values != null) {
                System.arraycopy(tmpValues, left, values, out, rest);
            }
        }
    }
}
