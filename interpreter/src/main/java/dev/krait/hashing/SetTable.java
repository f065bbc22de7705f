package dev.krait.hashing;

import java.util.Arrays;
import java.util.Iterator;

/**
 * CPython's set table: open addressing over slots that hold a key and its hash, probing a few
 * neighbouring slots linearly and then jumping by a perturbed linear congruential step. Slots are
 * never moved except by a resize, and iteration walks the slots in order, so a set's iteration
 * order (what {@code print} shows) is determined by the hashes and the sequence of operations,
 * and matches CPython's when both are the same. {@link SetAlgebra} builds the results of the set
 * operators on top of this class as CPython does.
 *
 * <p>A slot is empty (key null), active, or a dummy (a deleted key, hash -1) that keeps probe
 * chains intact. {@code fill} counts active and dummy slots, {@code used} active ones. Like
 * CPython's {@code smalltable}, every set owns an 8-slot table it returns to when small, so a
 * comparison that rebuilds the table in place is seen exactly as CPython sees it.
 *
 * <p>Hashes are the caller's (Python's {@code hash()}, never -1); key comparison is the
 * {@link Equality}, which may run Python code, throw, or mutate this table.
 */
// CPython: Objects/setobject.c
public final class SetTable<K> {
    /** Slots of a new table (CPython's {@code PySet_MINSIZE}). */
    public static final int MINSIZE = 8;
    /** Consecutive slots examined before jumping (CPython's {@code LINEAR_PROBES}). */
    static final int LINEAR_PROBES = 9;
    static final int PERTURB_SHIFT = 5;
    /** The key of a deleted slot. */
    static final Object DUMMY = new Object() {
        @Override
        public String toString() {
            return "<dummy key>";
        }
    };

    final Equality<? super K> equality;
    Object[] keys;
    long[] hashes;
    private Object[] smallKeys;
    private long[] smallHashes;
    int mask;
    int fill;
    int used;
    /** Where {@link #pop} starts looking (CPython's {@code finger}). */
    private int finger;

    /** An empty set table comparing keys with {@code equality}. */
    public SetTable(Equality<? super K> equality) {
        this.equality = equality;
        smallKeys = new Object[MINSIZE];
        smallHashes = new long[MINSIZE];
        keys = smallKeys;
        hashes = smallHashes;
        mask = MINSIZE - 1;
    }

    /** The number of keys ({@code len(set)}). */
    public int size() {
        return used;
    }

    /** Slots in the table, a power of two. */
    public int capacity() {
        return mask + 1;
    }

    /** Active plus dummy slots. */
    public int fill() {
        return fill;
    }

    /** The comparison this table uses. */
    public Equality<? super K> equality() {
        return equality;
    }

    // ---------------------------------------------------------------- probing

    /**
     * The slot holding a key equal to {@code key}, or the empty slot that ends its probe chain.
     * A comparison that changes the table restarts the search.
     */
    // CPython: Objects/setobject.c set_lookkey
    @SuppressWarnings("unchecked")
    int lookup(K key, long hash) {
        restart:
        while (true) {
            Object[] table = keys;
            long[] tableHashes = hashes;
            long tableMask = mask;
            long perturb = hash;
            long i = hash & tableMask;
            while (true) {
                int j = (int) i;
                int probes = i + LINEAR_PROBES <= tableMask ? LINEAR_PROBES : 0;
                do {
                    Object startKey = table[j];
                    if (startKey == null) {
                        return j;
                    }
                    if (tableHashes[j] == hash && startKey != DUMMY) {
                        if (startKey == key) {
                            return j;
                        }
                        boolean equal = equality.equal((K) startKey, key);
                        if (table != keys || table[j] != startKey) {
                            continue restart;
                        }
                        if (equal) {
                            return j;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb) & tableMask;
            }
        }
    }

    /** Adds the key unless an equal one is present; true if it was added. */
    // CPython: Objects/setobject.c set_add_entry
    @SuppressWarnings("unchecked")
    public boolean add(K key, long hash) {
        restart:
        while (true) {
            Object[] table = keys;
            long[] tableHashes = hashes;
            long tableMask = mask;
            long perturb = hash;
            long i = hash & tableMask;
            int freeSlot = -1;
            while (true) {
                int j = (int) i;
                int probes = i + LINEAR_PROBES <= tableMask ? LINEAR_PROBES : 0;
                do {
                    Object startKey = table[j];
                    if (startKey == null) {
                        if (freeSlot >= 0 && table[freeSlot] != DUMMY) {
                            // A comparison refilled the dummy slot remembered earlier. CPython
                            // writes over that live key and over-counts the set (memory
                            // corruption follows); Krait searches again instead.
                            continue restart;
                        }
                        return insertAt(freeSlot, j, key, hash);
                    }
                    long slotHash = tableHashes[j];
                    if (slotHash == hash && startKey != DUMMY) {
                        if (startKey == key) {
                            return false;
                        }
                        if (equality.equal((K) startKey, key)) {
                            return false;
                        }
                        if (table != keys || table[j] != startKey) {
                            continue restart;
                        }
                    } else if (startKey == DUMMY) {
                        freeSlot = j; // CPython reuses the last dummy met on the chain
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb) & tableMask;
            }
        }
    }

    private boolean insertAt(int freeSlot, int emptySlot, K key, long hash) {
        if (freeSlot >= 0) {
            used++;
            keys[freeSlot] = key;
            hashes[freeSlot] = hash;
            return true;
        }
        fill++;
        used++;
        keys[emptySlot] = key;
        hashes[emptySlot] = hash;
        if ((long) fill * 5 < (long) mask * 3) {
            return true;
        }
        resize(used > 50000 ? used * 2L : used * 4L);
        return true;
    }

    /** Puts a key known to be absent into a table without dummies; no comparisons. */
    // CPython: Objects/setobject.c set_insert_clean
    private static void insertClean(Object[] table, long[] tableHashes, long tableMask,
            Object key, long hash) {
        long perturb = hash;
        long i = hash & tableMask;
        while (true) {
            int j = (int) i;
            if (table[j] == null) {
                table[j] = key;
                tableHashes[j] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= tableMask) {
                for (int k = 0; k < LINEAR_PROBES; k++) {
                    j++;
                    if (table[j] == null) {
                        table[j] = key;
                        tableHashes[j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & tableMask;
        }
    }

    /**
     * Rebuilds the table with the smallest power-of-two size above {@code minUsed} (at least 8),
     * dropping dummies; keys are reinserted in slot order.
     */
    // CPython: Objects/setobject.c set_table_resize
    void resize(long minUsed) {
        if (minUsed >= 1 << 30) {
            throw new OutOfMemoryError("set too large"); // CPython: MemoryError
        }
        int newSize = MINSIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        Object[] newKeys;
        long[] newHashes;
        if (newSize == MINSIZE) {
            newKeys = smallKeys;
            newHashes = smallHashes;
            if (newKeys == oldKeys) {
                if (fill == used) {
                    return; // no dummies to purge
                }
                oldKeys = oldKeys.clone();
                oldHashes = oldHashes.clone();
            }
            Arrays.fill(newKeys, null);
            Arrays.fill(newHashes, 0);
        } else {
            newKeys = new Object[newSize];
            newHashes = new long[newSize];
        }
        keys = newKeys;
        hashes = newHashes;
        mask = newSize - 1;
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            Object key = oldKeys[j];
            if (key != null && key != DUMMY) {
                insertClean(newKeys, newHashes, mask, key, oldHashes[j]);
            }
        }
    }

    // ---------------------------------------------------------------- single keys

    /** Whether an equal key is present. */
    // CPython: Objects/setobject.c set_contains_entry
    public boolean contains(K key, long hash) {
        int j = lookup(key, hash);
        return keys[j] != null;
    }

    /** Removes an equal key if present; true if one was removed. */
    // CPython: Objects/setobject.c set_discard_entry
    public boolean discard(K key, long hash) {
        int j = lookup(key, hash);
        if (keys[j] == null) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /**
     * Removes and returns the key in the first active slot at or after the finger (where the last
     * pop stopped), wrapping around; null when empty (CPython raises
     * {@code KeyError('pop from an empty set')}).
     */
    // CPython: Objects/setobject.c set_pop
    @SuppressWarnings("unchecked")
    public K pop() {
        if (used == 0) {
            return null;
        }
        int j = finger & mask;
        while (keys[j] == null || keys[j] == DUMMY) {
            j++;
            if (j > mask) {
                j = 0;
            }
        }
        K key = (K) keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        finger = j + 1;
        return key;
    }

    /** Empties the set, back to its 8-slot table. */
    // CPython: Objects/setobject.c set_clear_internal, set_empty_to_minsize
    public void clear() {
        Arrays.fill(smallKeys, null);
        Arrays.fill(smallHashes, 0);
        keys = smallKeys;
        hashes = smallHashes;
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
    }

    // ---------------------------------------------------------------- iteration

    /** The first active slot at or after {@code position}, or -1 past the end. */
    // CPython: Objects/setobject.c set_next
    public int nextIndex(int position) {
        Object[] table = keys;
        int i = Math.max(position, 0);
        while (i <= mask && (table[i] == null || table[i] == DUMMY)) {
            i++;
        }
        return i > mask ? -1 : i;
    }

    /** The key in an active slot found by {@link #nextIndex}. */
    @SuppressWarnings("unchecked")
    public K keyAt(int index) {
        return (K) keys[index];
    }

    /** The hash stored with the key in an active slot. */
    public long hashAt(int index) {
        return hashes[index];
    }

    /** The set's keys in iteration order (a snapshot). */
    public Object[] toArray() {
        Object[] result = new Object[used];
        int n = 0;
        for (int i = nextIndex(0); i >= 0; i = nextIndex(i + 1)) {
            result[n++] = keys[i];
        }
        return result;
    }

    /** A Python-level iterator over this set ({@code iter(set)}). */
    public SetCursor cursor() {
        return new SetCursor(this);
    }

    // ---------------------------------------------------------------- whole tables

    /**
     * Adds every key of {@code other}: one resize up front, then a slot-by-slot copy when this
     * table is empty and the same size, clean insertion when it is empty, else normal adds.
     */
    // CPython: Objects/setobject.c set_merge
    public void update(SetTable<? extends K> other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((long) (used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            Object[] otherKeys = other.keys;
            for (int i = 0; i <= mask; i++) {
                if (otherKeys[i] != null) {
                    keys[i] = otherKeys[i];
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            Object[] otherKeys = other.keys;
            for (int i = 0; i < otherKeys.length; i++) {
                Object key = otherKeys[i];
                if (key != null && key != DUMMY) {
                    insertClean(keys, hashes, mask, key, other.hashes[i]);
                }
            }
            return;
        }
        // Comparisons may mutate either table: reread the other's table at every step.
        for (int i = 0; i <= other.mask; i++) {
            Object key = other.keys[i];
            if (key != null && key != DUMMY) {
                @SuppressWarnings("unchecked")
                K k = (K) key;
                add(k, other.hashes[i]);
            }
        }
    }

    /**
     * Makes room for {@code incoming} keys about to be added from a dict, in one resize, as
     * CPython does before adding a dict's keys (the object model's dicts are not
     * {@link DictTable}s, so it adds their keys itself after this).
     */
    // CPython: Objects/setobject.c set_update_internal (the exact-dict branch)
    public void reserveForDict(int incoming) {
        if ((long) (fill + incoming) * 5 >= (long) mask * 3) {
            resize((long) (used + incoming) * 2);
        }
    }

    /** Adds every key of a dict (in its order), after one resize up front. */
    // CPython: Objects/setobject.c set_update_internal (the exact-dict branch)
    public void update(DictTable<? extends K, ?> dict) {
        int dictSize = dict.size();
        if ((long) (fill + dictSize) * 5 >= (long) mask * 3) {
            resize((long) (used + dictSize) * 2);
        }
        for (int i = dict.nextIndex(0); i >= 0; i = dict.nextIndex(i + 1)) {
            add(dict.keyAt(i), dict.hashAt(i));
        }
    }

    /** Adds the keys an iterator yields, one by one (any other iterable). */
    // CPython: Objects/setobject.c set_update_internal (the generic branch)
    public void update(Iterator<? extends K> items, Hasher<? super K> hasher) {
        while (items.hasNext()) {
            K key = items.next();
            add(key, hasher.hash(key));
        }
    }

    /** A new table with this one's keys, laid out as CPython's {@code set.copy()} lays them. */
    // CPython: Objects/setobject.c set_copy, make_new_set
    public SetTable<K> copy() {
        SetTable<K> result = new SetTable<>(equality);
        result.update(this);
        return result;
    }

    /**
     * Exchanges the contents of two tables, as CPython does to give an in-place operation the
     * result it built in a temporary set.
     */
    // CPython: Objects/setobject.c set_swap_bodies
    public void swapBodies(SetTable<K> other) {
        Object[] k = keys;
        keys = other.keys;
        other.keys = k;
        long[] h = hashes;
        hashes = other.hashes;
        other.hashes = h;
        k = smallKeys;
        smallKeys = other.smallKeys;
        other.smallKeys = k;
        h = smallHashes;
        smallHashes = other.smallHashes;
        other.smallHashes = h;
        int t = mask;
        mask = other.mask;
        other.mask = t;
        t = fill;
        fill = other.fill;
        other.fill = t;
        t = used;
        used = other.used;
        other.used = t;
    }

    /**
     * {@code set.__sizeof__()} on 64-bit CPython 3.11: the object, plus 16 bytes a slot once the
     * table has outgrown the 8 slots inside the object.
     */
    // CPython: Objects/setobject.c set_sizeof
    public long sizeOf() {
        return 200 + (keys == smallKeys ? 0 : 16L * (mask + 1));
    }

    /** {@code hash(frozenset)} of these keys. */
    // CPython: Objects/setobject.c frozenset_hash
    public long frozensetHash() {
        long xor = 0;
        for (int i = 0; i <= mask; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                xor ^= PyHashes.shuffleBits(hashes[i]);
            }
        }
        return PyHashes.frozensetHash(xor, used);
    }
}
