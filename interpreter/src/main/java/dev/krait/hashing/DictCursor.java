package dev.krait.hashing;

/**
 * The state of a Python iterator over a dict (its keys, values or items, forward or reversed):
 * the entry number it resumes at, the size the dict had when iteration began, and the items left.
 * CPython raises {@code RuntimeError('dictionary changed size during iteration')} when the size
 * differs (and keeps raising it), and {@code RuntimeError('dictionary keys changed during
 * iteration')} when a forward iterator finds more entries than the dict had items; {@link #next}
 * reports those as codes so that the object model raises its own exceptions.
 */
// CPython: Objects/dictobject.c dictiterobject, dictiter_iternextkey, dictreviter_iternext
public final class DictCursor {
    /** {@link #next}: the iteration is over. */
    public static final int END = -1;
    /** {@link #next}: the dict changed size; raise RuntimeError. */
    public static final int CHANGED_SIZE = -2;
    /** {@link #next}: the keys changed under a forward iterator; raise RuntimeError. */
    public static final int KEYS_CHANGED = -3;

    private DictTable<?, ?> dict;
    private final boolean reversed;
    private int expectedUsed;
    private int position;
    private int remaining;

    DictCursor(DictTable<?, ?> dict, boolean reversed) {
        this.dict = dict;
        this.reversed = reversed;
        this.expectedUsed = dict.used;
        this.remaining = dict.used;
        this.position = reversed ? dict.keys.nentries - 1 : 0;
    }

    /**
     * The entry number of the next item ({@link DictTable#keyAt}, {@link DictTable#valueAt}), or
     * {@link #END}, {@link #CHANGED_SIZE} or {@link #KEYS_CHANGED}.
     */
    public int next() {
        DictTable<?, ?> d = dict;
        if (d == null) {
            return END;
        }
        if (expectedUsed != d.used) {
            expectedUsed = -1; // sticky, as CPython's di_used = -1
            return CHANGED_SIZE;
        }
        DictTable.Keys dk = d.keys;
        if (reversed) {
            // Entries past the current end count as holes (CPython's are zeroed there).
            int i = Math.min(position, dk.nentries - 1);
            while (i >= 0 && dk.values[i] == null) {
                i--;
            }
            if (i < 0) {
                dict = null;
                return END;
            }
            position = i - 1;
            remaining--;
            return i;
        }
        int n = dk.nentries;
        int i = position;
        while (i < n && dk.values[i] == null) {
            i++;
        }
        if (i >= n) {
            dict = null;
            return END;
        }
        if (remaining == 0) {
            dict = null;
            return KEYS_CHANGED;
        }
        position = i + 1;
        remaining--;
        return i;
    }

    /** A cursor at the same place, which goes on apart from this one (for pickling). */
    public DictCursor copy() {
        DictCursor c = new DictCursor(dict == null ? EMPTY : dict, reversed);
        c.dict = dict;
        c.expectedUsed = expectedUsed;
        c.position = position;
        c.remaining = remaining;
        return c;
    }

    private static final DictTable<Object, Object> EMPTY = new DictTable<>(Object::equals);

    /** {@code __length_hint__}: items left, or 0 once exhausted or after a size change. */
    public int lengthHint() {
        return dict != null && expectedUsed == dict.used ? remaining : 0;
    }
}
