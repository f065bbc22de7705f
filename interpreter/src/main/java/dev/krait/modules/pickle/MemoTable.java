package dev.krait.modules.pickle;

import dev.krait.objects.PyObject;
import java.util.Arrays;

/**
 * The pickler's memo: object identity to memo index, an open-addressing table keyed by
 * {@code System.identityHashCode} with int values, so that remembering each container and str
 * neither boxes an index nor calls Python's {@code __hash__}/{@code __eq__}.
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code PyMemoTable} (keyed by address).
 */
final class MemoTable {
    /**
     * The size a table starts at, and returns to when cleared: most pickles are small, and a
     * pickle.dumps of one str or tuple should not clear a big table (CPython: MT_MINSIZE).
     */
    private static final int MIN_CAPACITY = 8;

    private PyObject[] keys;
    private int[] values;
    private int used;

    MemoTable() {
        this(MIN_CAPACITY);
    }

    private MemoTable(int capacity) {
        keys = new PyObject[capacity];
        values = new int[capacity];
    }

    int size() {
        return used;
    }

    private static int slot(PyObject key, int mask) {
        int h = System.identityHashCode(key);
        return (h ^ (h >>> 16)) * 0x9E3779B9 >>> 7 & mask;
    }

    /** The index remembered for {@code key}, or -1. */
    int get(PyObject key) {
        PyObject[] ks = keys;
        int mask = ks.length - 1;
        for (int i = slot(key, mask);; i = (i + 1) & mask) {
            PyObject k = ks[i];
            if (k == key) {
                return values[i];
            }
            if (k == null) {
                return -1;
            }
        }
    }

    /** Remembers {@code key} at {@code index}, replacing an earlier index. */
    void put(PyObject key, int index) {
        if ((used + 1) * 3 >= keys.length * 2) {
            grow();
        }
        PyObject[] ks = keys;
        int mask = ks.length - 1;
        for (int i = slot(key, mask);; i = (i + 1) & mask) {
            PyObject k = ks[i];
            if (k == key) {
                values[i] = index;
                return;
            }
            if (k == null) {
                ks[i] = key;
                values[i] = index;
                used++;
                return;
            }
        }
    }

    private void grow() {
        PyObject[] oldKeys = keys;
        int[] oldValues = values;
        keys = new PyObject[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    void clear() {
        if (keys.length > 64) {
            keys = new PyObject[MIN_CAPACITY];
            values = new int[MIN_CAPACITY];
        } else {
            Arrays.fill(keys, null);
        }
        used = 0;
    }

    MemoTable copy() {
        MemoTable t = new MemoTable(keys.length);
        System.arraycopy(keys, 0, t.keys, 0, keys.length);
        System.arraycopy(values, 0, t.values, 0, values.length);
        t.used = used;
        return t;
    }

    /** Calls {@code visit} for each object and its index. */
    void forEach(java.util.function.ObjIntConsumer<PyObject> visit) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                visit.accept(keys[i], values[i]);
            }
        }
    }
}
