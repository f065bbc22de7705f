package dev.krait.objects;

import java.util.Arrays;
import java.util.HashMap;

/**
 * The fast path of {@link ListSort} for keys whose order is known without asking Python: exact
 * ints (and bools), exact floats other than NaN and exact strs without surrogates, alone or as
 * the items of exact tuples of one length ("columns"). Each column becomes a non-negative
 * {@code long} per key that orders as the items do: an int's offset from the column's least
 * value, or, when that is too wide, the item's dense rank among the column's distinct values
 * (strs always take ranks). When the columns' widths and the key's index fit in 63 bits
 * together, each key is packed into one {@code long} and the longs are sorted as primitives; the
 * index in the low bits breaks ties, which keeps the sort stable.
 *
 * <p>Why: a tuple key such as {@code (name, -number)} otherwise costs an equality test and a
 * comparison through four objects scattered over the heap for every one of n log n
 * comparisons; here each item is looked at once or twice, and the sort runs over one array of
 * longs. The items' {@code ==} and {@code <} of these types have no side effects and agree with
 * the column order, and tuples compare item by item, so the result is CPython's order exactly.
 * CPython gets part of this with {@code unsafe_tuple_compare} (Objects/listobject.c), which
 * compares the first items with a typed comparison and the rest through the protocol.
 */
final class PackedSort {
    /** Longer tuples are rare as keys; their columns would not fit anyway. */
    private static final int MAX_WIDTH = 8;

    private PackedSort() {}

    /**
     * {@code values} (the keys themselves when null) in the order of {@code keys}, in a new
     * array; null when the keys do not qualify, having changed nothing.
     */
    static PyObject[] sort(PyObject[] keys, PyObject[] values) {
        int n = keys.length;
        int indexBits = 64 - Long.numberOfLeadingZeros(n - 1);
        int width = 1;
        PyObject first = keys[0];
        boolean tuples = first.type == PyTuple.TYPE;
        if (tuples) {
            width = ((PyTuple) first).items.length;
            if (width == 0 || width > MAX_WIDTH) {
                return null;
            }
            for (PyObject k : keys) {
                if (k.type != PyTuple.TYPE || ((PyTuple) k).items.length != width) {
                    return null;
                }
            }
        }
        long[] packed = new long[n];
        int used = indexBits;
        for (int c = 0; c < width; c++) {
            Column column = column(keys, tuples ? c : -1, 63 - used);
            if (column == null) {
                return null;
            }
            used += column.bits;
            long[] ranks = column.ranks;
            for (int i = 0; i < n; i++) {
                packed[i] = packed[i] << column.bits | ranks[i];
            }
            if (column.distinct) {
                // No two keys tie on this column: later items are never compared.
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            packed[i] = packed[i] << indexBits | i;
        }
        Arrays.sort(packed);
        PyObject[] from = values == null ? keys : values;
        PyObject[] sorted = new PyObject[n];
        long mask = (1L << indexBits) - 1;
        for (int i = 0; i < n; i++) {
            sorted[i] = from[(int) (packed[i] & mask)];
        }
        return sorted;
    }

    /** One column's order: non-negative longs below {@code 2^bits}. */
    private record Column(long[] ranks, int bits, boolean distinct) {}

    /**
     * The order of item {@code c} of every key (of the keys themselves when c is -1), in at
     * most {@code budget} bits; null when the items are of mixed or other types, or too many.
     */
    private static Column column(PyObject[] keys, int c, int budget) {
        int n = keys.length;
        PyObject head = item(keys[0], c);
        PyType type = head.type;
        if (type == PyStr.TYPE) {
            return strColumn(keys, c, budget);
        }
        long[] values = new long[n];
        if (type == PyInt.TYPE || type == PyBool.TYPE) {
            for (int i = 0; i < n; i++) {
                PyObject x = item(keys[i], c);
                if (!(x.type == PyInt.TYPE || x.type == PyBool.TYPE) || !((PyInt) x).isSmall()) {
                    return null;
                }
                values[i] = ((PyInt) x).longValue();
            }
        } else if (type == PyFloat.TYPE) {
            for (int i = 0; i < n; i++) {
                PyObject x = item(keys[i], c);
                if (x.type != PyFloat.TYPE) {
                    return null;
                }
                double d = ((PyFloat) x).value;
                if (d != d) {
                    // NaN: neither less nor greater, so no order to pack.
                    return null;
                }
                values[i] = orderedBits(d);
            }
        } else {
            return null;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        long range = max - min;
        // The difference overflows (and is negative) when the values span more than 63 bits.
        if (range >= 0 && bits(range) <= budget) {
            for (int i = 0; i < n; i++) {
                values[i] -= min;
            }
            return new Column(values, bits(range), false);
        }
        return denseRanks(values, budget);
    }

    /** Replaces each value by its rank among the distinct values; null if they need too many bits. */
    private static Column denseRanks(long[] values, int budget) {
        long[] distinct = values.clone();
        Arrays.sort(distinct);
        int count = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                distinct[count++] = distinct[i];
            }
        }
        int bits = bits(count - 1);
        if (bits > budget) {
            return null;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = Arrays.binarySearch(distinct, 0, count, values[i]);
        }
        return new Column(values, bits, count == values.length);
    }

    /** Dense ranks of strs: distinct Java strings found by hashing, then sorted. */
    private static Column strColumn(PyObject[] keys, int c, int budget) {
        int n = keys.length;
        HashMap<String, Integer> ids = new HashMap<>();
        int[] idOf = new int[n];
        for (int i = 0; i < n; i++) {
            PyObject x = item(keys[i], c);
            if (x.type != PyStr.TYPE || !((PyStr) x).isSimple()) {
                // Surrogate units: UTF-16 order is not code-point order.
                return null;
            }
            String s = ((PyStr) x).value();
            Integer id = ids.putIfAbsent(s, ids.size());
            idOf[i] = id == null ? ids.size() - 1 : id;
        }
        int count = ids.size();
        int bits = bits(count - 1);
        if (bits > budget) {
            return null;
        }
        String[] distinct = ids.keySet().toArray(new String[0]);
        Arrays.sort(distinct);
        int[] rankOfId = new int[count];
        for (int r = 0; r < count; r++) {
            rankOfId[ids.get(distinct[r])] = r;
        }
        long[] ranks = new long[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = rankOfId[idOf[i]];
        }
        return new Column(ranks, bits, count == n);
    }

    private static PyObject item(PyObject key, int c) {
        return c < 0 ? key : ((PyTuple) key).items[c];
    }

    /** A long that orders as the double does, with -0.0 equal to 0.0 (NaN excluded). */
    private static long orderedBits(double d) {
        long bits = Double.doubleToRawLongBits(d == 0.0 ? 0.0 : d);
        return bits < 0 ? bits ^ Long.MAX_VALUE : bits;
    }

    /** The number of bits that hold 0..max (0 for 0). */
    private static int bits(long max) {
        return 64 - Long.numberOfLeadingZeros(max);
    }
}
