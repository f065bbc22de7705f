package dev.krait.objects;

/**
 * The attribute names that the instances of one class share: an append-only table of str keys,
 * each at a fixed index, so that an instance dict can keep only an array of values beside a
 * reference to this table (a "split" {@link PyDict}) and an attribute node that has once found
 * the index of {@code self.x} can read and write the value with no hashing at all. Instances of
 * a class usually set the same attributes in the same order in {@code __init__}, so the table
 * fills with the first instance and every later one finds its names already there.
 *
 * <p>A name, once in the table, keeps its index for the table's whole life (nothing is ever
 * removed or reordered), which is what lets a node cache the index. The table holds at most
 * {@link #MAX} names; an instance that needs more turns its dict into an ordinary one. Names are
 * the interned strs ({@link PyStr#intern}), so a lookup by an interned name is a scan by
 * identity.
 *
 * <p>CPython counterpart: Objects/dictobject.c, the {@code PyDictKeysObject} of a split table
 * that a heap type keeps as {@code ht_cached_keys} ({@code _PyDict_NewKeysForClass},
 * {@code insert_into_dictkeys}, {@code SHARED_KEYS_MAX_SIZE}).
 */
public final class SharedKeys {
    /** The most names one table takes (CPython: SHARED_KEYS_MAX_SIZE). */
    static final int MAX = 30;

    private static final PyStr[] NONE = new PyStr[0];

    /**
     * The names in index order; replaced whole (never changed in place) when one is added, so
     * that a reader on another thread sees a consistent array.
     */
    private volatile PyStr[] names = NONE;

    /** How many names the table holds. */
    public int size() {
        return names.length;
    }

    /** The name at {@code index}, which is below {@link #size()}. */
    PyStr nameAt(int index) {
        return names[index];
    }

    /** The index of {@code key}, an interned str, or -1: a scan by identity. */
    public int indexOfInterned(PyStr key) {
        PyStr[] n = names;
        for (int i = 0; i < n.length; i++) {
            if (n[i] == key) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of {@code key}, an exact str (interned or not), or -1. Equal strs are one key,
     * as in any dict.
     */
    int indexOf(PyStr key) {
        int i = indexOfInterned(key);
        if (i >= 0) {
            return i;
        }
        PyStr[] n = names;
        String k = key.value();
        for (i = 0; i < n.length; i++) {
            if (n[i].value().equals(k)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of {@code key}, an exact str, adding it at the end when absent; -1 when the table
     * is full. Adding happens under the GIL, but the lock keeps the table whole even when a
     * native thread without it were to add.
     */
    synchronized int indexOrAdd(PyStr key) {
        int i = indexOf(key);
        if (i >= 0) {
            return i;
        }
        PyStr[] n = names;
        if (n.length >= MAX) {
            return -1;
        }
        PyStr[] grown = java.util.Arrays.copyOf(n, n.length + 1);
        grown[n.length] = PyStr.intern(key.value());
        names = grown;
        return n.length;
    }
}
