package dev.krait.hashing;

/**
 * CPython's compact dict: entries (key, hash, value) in insertion order, plus a sparse index
 * table that maps a probed hash slot to an entry number. Iteration walks the entries, so order is
 * insertion order; a deletion leaves a hole in the entries and a dummy in the index; a resize
 * compacts the entries. Where entries sit matters beyond order: an iterator resumes at an entry
 * number, so a dict mutated during iteration behaves as CPython's only if resizes happen at the
 * same moments. Hence the sizes ({@code USABLE_FRACTION} 2/3, {@code GROWTH_RATE} used*3), the
 * presizing rules and the string-keys table kind are CPython's. Split (shared-key) tables are
 * not modelled: every dict is a combined table.
 *
 * <p>Values are non-null; a null value marks a deleted entry. Hashes are the caller's; key
 * comparison is the {@link Equality}, which may throw or mutate this dict (the search restarts).
 */
// CPython: Objects/dictobject.c
public final class DictTable<K, V> {
    static final int LOG_MINSIZE = 3;
    static final int MINSIZE = 8;
    static final int EMPTY = -1;
    static final int DUMMY = -2;
    private static final int PERTURB_SHIFT = 5;
    private static final int LOG_MAX_PRESIZE = 17;

    /** One removed entry: what {@code popitem()} returns. */
    public record Item<K, V>(K key, V value) {}

    /** CPython's {@code PyDictKeysObject}: the index table and the entries. */
    static final class Keys {
        final int log2Size;
        final int[] indices;
        final Object[] keys;
        final long[] hashes;
        final Object[] values;
        /** Whether this is CPython's string-keys kind ({@code DICT_KEYS_UNICODE}). */
        final boolean unicode;
        int usable;
        int nentries;

        Keys(int log2Size, boolean unicode) {
            this.log2Size = log2Size;
            int usableSize = usableFraction(1 << log2Size);
            this.indices = new int[1 << log2Size];
            java.util.Arrays.fill(indices, EMPTY);
            this.keys = new Object[usableSize];
            this.hashes = new long[usableSize];
            this.values = new Object[usableSize];
            this.unicode = unicode;
            this.usable = usableSize;
        }

        private Keys(Keys other) {
            log2Size = other.log2Size;
            indices = other.indices.clone();
            keys = other.keys.clone();
            hashes = other.hashes.clone();
            values = other.values.clone();
            unicode = other.unicode;
            usable = other.usable;
            nentries = other.nentries;
        }

        int mask() {
            return indices.length - 1;
        }
    }

    /** The keys of every empty dict: size 1, nothing usable, never written. */
    // CPython: Objects/dictobject.c empty_keys_struct
    private static final Keys EMPTY_KEYS = new Keys(0, true);

    private final Equality<? super K> equality;
    Keys keys = EMPTY_KEYS;
    int used;

    /** An empty dict comparing keys with {@code equality}. */
    public DictTable(Equality<? super K> equality) {
        this.equality = equality;
    }

    /**
     * An empty dict sized to take {@code minUsed} items without resizing (up to 2**17 slots),
     * as CPython presizes a dict display {@code {k: v, ...}}; {@code allStr} says whether every
     * key is an exact str.
     */
    // CPython: Objects/dictobject.c dict_new_presized, _PyDict_FromItems
    public static <K, V> DictTable<K, V> presized(Equality<? super K> equality, int minUsed,
            boolean allStr) {
        DictTable<K, V> dict = new DictTable<>(equality);
        if (minUsed <= usableFraction(MINSIZE)) {
            return dict;
        }
        int log2 = minUsed > usableFraction(1 << LOG_MAX_PRESIZE)
                ? LOG_MAX_PRESIZE : estimateLog2KeySize(minUsed);
        dict.keys = new Keys(log2, allStr);
        return dict;
    }

    /**
     * An empty dict with the table that inserting {@code n} distinct keys one at a time into a
     * new dict ends with (CPython's growth in {@code insertdict}: a full table is replaced by one
     * for three times its items), made at once: for a caller that knows {@code n} ahead and
     * must leave the dict as CPython's {@code PyDict_SetItem} calls would, without the tables
     * in between. {@code allStr} as for {@link #presized}.
     */
    public static <K, V> DictTable<K, V> sizedForInserts(Equality<? super K> equality, int n,
            boolean allStr) {
        DictTable<K, V> dict = new DictTable<>(equality);
        if (n > 0) {
            int log2 = LOG_MINSIZE;
            while (usableFraction(1 << log2) < n) {
                log2 = calculateLog2KeySize(usableFraction(1 << log2) * 3L);
            }
            dict.keys = new Keys(log2, allStr);
        }
        return dict;
    }

    /** The number of items ({@code len(dict)}). */
    public int size() {
        return used;
    }

    /** Slots in the index table. */
    public int indexSize() {
        return keys.indices.length;
    }

    /** Entries used so far, deleted ones included (CPython's {@code dk_nentries}). */
    public int entryCount() {
        return keys.nentries;
    }

    /** Whether the table is CPython's string-keys kind. */
    public boolean hasStrKeysTable() {
        return keys.unicode;
    }

    static int usableFraction(int n) {
        return (n << 1) / 3;
    }

    // CPython: Objects/dictobject.c calculate_log2_keysize
    static int calculateLog2KeySize(long minSize) {
        long m = (minSize | MINSIZE) - 1;
        return 64 - Long.numberOfLeadingZeros(m | (MINSIZE - 1));
    }

    // CPython: Objects/dictobject.c estimate_log2_keysize
    static int estimateLog2KeySize(long n) {
        return calculateLog2KeySize((n * 3 + 1) / 2);
    }

    // ---------------------------------------------------------------- lookup

    /**
     * The entry number of a key equal to {@code key}, or -1. A comparison that replaces the table
     * or the entry being compared restarts the search.
     */
    // CPython: Objects/dictobject.c _Py_dict_lookup, dictkeys_generic_lookup
    @SuppressWarnings("unchecked")
    public int lookup(K key, long hash) {
        restart:
        while (true) {
            Keys dk = keys;
            long mask = dk.mask();
            long perturb = hash;
            long i = hash & mask;
            while (true) {
                int ix = dk.indices[(int) i];
                if (ix >= 0) {
                    Object startKey = dk.keys[ix];
                    if (startKey == key) {
                        return ix;
                    }
                    if (dk.hashes[ix] == hash) {
                        boolean equal = equality.equal((K) startKey, key);
                        if (dk != keys || dk.keys[ix] != startKey) {
                            continue restart;
                        }
                        if (equal) {
                            return ix;
                        }
                    }
                } else if (ix == EMPTY) {
                    return EMPTY;
                }
                perturb >>>= PERTURB_SHIFT;
                i = mask & (i * 5 + perturb + 1);
            }
        }
    }

    /** The value for an equal key, or null. */
    @SuppressWarnings("unchecked")
    public V get(K key, long hash) {
        int ix = lookup(key, hash);
        return ix >= 0 ? (V) keys.values[ix] : null;
    }

    /** Whether an equal key is present. */
    public boolean containsKey(K key, long hash) {
        return lookup(key, hash) >= 0;
    }

    /** The index slot of a free (empty or dummy) place for a key known to be absent. */
    // CPython: Objects/dictobject.c find_empty_slot
    private static int findEmptySlot(Keys dk, long hash) {
        long mask = dk.mask();
        long i = hash & mask;
        long perturb = hash;
        while (dk.indices[(int) i] >= 0) {
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        return (int) i;
    }

    /** The index slot that points at entry {@code index}, or -1. */
    // CPython: Objects/dictobject.c lookdict_index
    private static int indexSlotOf(Keys dk, long hash, int index) {
        long mask = dk.mask();
        long i = hash & mask;
        long perturb = hash;
        while (true) {
            int ix = dk.indices[(int) i];
            if (ix == index) {
                return (int) i;
            }
            if (ix == EMPTY) {
                return EMPTY;
            }
            perturb >>>= PERTURB_SHIFT;
            i = mask & (i * 5 + perturb + 1);
        }
    }

    // ---------------------------------------------------------------- insertion

    /** {@code d[key] = value}. */
    // CPython: Objects/dictobject.c _PyDict_SetItem_Take2
    public void put(K key, long hash, V value) {
        if (keys == EMPTY_KEYS) {
            insertIntoEmpty(key, hash, value);
        } else {
            insert(key, hash, value);
        }
    }

    // CPython: Objects/dictobject.c insert_to_emptydict
    private void insertIntoEmpty(K key, long hash, V value) {
        Keys dk = new Keys(LOG_MINSIZE, equality.isExactStr(key));
        keys = dk;
        dk.indices[(int) (hash & (MINSIZE - 1))] = 0;
        dk.keys[0] = key;
        dk.hashes[0] = hash;
        dk.values[0] = value;
        used++;
        dk.usable--;
        dk.nentries++;
    }

    /** Stores the value of a present key, or appends a new entry, resizing when full. */
    // CPython: Objects/dictobject.c insertdict
    void insert(K key, long hash, V value) {
        if (keys.unicode && !equality.isExactStr(key)) {
            insertionResize(false);
        }
        int ix = lookup(key, hash);
        if (ix == EMPTY) {
            appendEntry(key, hash, value);
            return;
        }
        keys.values[ix] = value;
    }

    private void appendEntry(K key, long hash, V value) {
        if (keys.usable <= 0) {
            // CPython asks to keep the str-keys kind here, having converted the table already
            // for a non-str key; but a comparison that cleared the dict leaves the (str-kind)
            // empty keys, and CPython would then keep a non-str key in a str-keys table and
            // read its "hash" from the wrong object layout. Krait asks for the key's own kind.
            insertionResize(equality.isExactStr(key));
        }
        Keys dk = keys;
        int n = dk.nentries;
        dk.indices[findEmptySlot(dk, hash)] = n;
        dk.keys[n] = key;
        dk.hashes[n] = hash;
        dk.values[n] = value;
        used++;
        dk.usable--;
        dk.nentries++;
    }

    /**
     * {@code d.setdefault(key, default)}: the present value, or {@code dflt} after inserting it.
     */
    // CPython: Objects/dictobject.c PyDict_SetDefault
    @SuppressWarnings("unchecked")
    public V setDefault(K key, long hash, V dflt) {
        if (keys == EMPTY_KEYS) {
            insertIntoEmpty(key, hash, dflt);
            return dflt;
        }
        if (keys.unicode && !equality.isExactStr(key)) {
            insertionResize(false);
        }
        int ix = lookup(key, hash);
        if (ix == EMPTY) {
            appendEntry(key, hash, dflt);
            return dflt;
        }
        return (V) keys.values[ix];
    }

    // CPython: Objects/dictobject.c insertion_resize
    private void insertionResize(boolean unicode) {
        resize(calculateLog2KeySize(used * 3L), unicode);
    }

    /**
     * Moves the live entries, compacted and in order, to a new table of 2**log2NewSize index
     * slots; the table stays the string-keys kind only if it was and {@code unicode} asks so.
     */
    // CPython: Objects/dictobject.c dictresize
    void resize(int log2NewSize, boolean unicode) {
        if (log2NewSize > 30) {
            throw new OutOfMemoryError("dict too large"); // CPython: MemoryError
        }
        Keys old = keys;
        Keys fresh = new Keys(log2NewSize, unicode && old.unicode);
        int n = used;
        if (old.nentries == n) {
            System.arraycopy(old.keys, 0, fresh.keys, 0, n);
            System.arraycopy(old.hashes, 0, fresh.hashes, 0, n);
            System.arraycopy(old.values, 0, fresh.values, 0, n);
        } else {
            int from = 0;
            for (int to = 0; to < n; to++, from++) {
                while (old.values[from] == null) {
                    from++;
                }
                fresh.keys[to] = old.keys[from];
                fresh.hashes[to] = old.hashes[from];
                fresh.values[to] = old.values[from];
            }
        }
        buildIndices(fresh, n);
        fresh.usable -= n;
        fresh.nentries = n;
        keys = fresh;
    }

    // CPython: Objects/dictobject.c build_indices_generic
    private static void buildIndices(Keys dk, int n) {
        long mask = dk.mask();
        for (int ix = 0; ix < n; ix++) {
            long hash = dk.hashes[ix];
            long i = hash & mask;
            long perturb = hash;
            while (dk.indices[(int) i] != EMPTY) {
                perturb >>>= PERTURB_SHIFT;
                i = mask & (i * 5 + perturb + 1);
            }
            dk.indices[(int) i] = ix;
        }
    }

    // ---------------------------------------------------------------- removal

    /**
     * {@code d.pop(key)} / {@code del d[key]}: the removed value, or null if absent. Note that
     * CPython's {@code pop} checks for an empty dict before hashing the key
     * ({@code {}.pop([], 1)} is 1), while {@code del d[key]} hashes first.
     */
    // CPython: Objects/dictobject.c _PyDict_Pop_KnownHash, delitem_common
    @SuppressWarnings("unchecked")
    public V remove(K key, long hash) {
        if (used == 0) {
            return null;
        }
        int ix = lookup(key, hash);
        if (ix == EMPTY) {
            return null;
        }
        Keys dk = keys;
        V old = (V) dk.values[ix];
        int slot = indexSlotOf(dk, hash, ix);
        used--;
        dk.indices[slot] = DUMMY;
        dk.keys[ix] = null;
        dk.values[ix] = null;
        dk.hashes[ix] = 0;
        return old;
    }

    /**
     * {@code d.popitem()}: removes the last entry (LIFO); null when empty (CPython raises
     * {@code KeyError('popitem(): dictionary is empty')}). The entry count shrinks, but the
     * freed place is not usable again until a resize, as in CPython.
     */
    // CPython: Objects/dictobject.c dict_popitem_impl
    @SuppressWarnings("unchecked")
    public Item<K, V> popItem() {
        if (used == 0) {
            return null;
        }
        Keys dk = keys;
        int i = dk.nentries - 1;
        while (i >= 0 && dk.values[i] == null) {
            i--;
        }
        K key = (K) dk.keys[i];
        long hash = dk.hashes[i];
        V value = (V) dk.values[i];
        dk.keys[i] = null;
        dk.values[i] = null;
        dk.hashes[i] = -1;
        dk.indices[indexSlotOf(dk, hash, i)] = DUMMY;
        dk.nentries = i;
        used--;
        return new Item<>(key, value);
    }

    /** {@code d.clear()}: back to the shared empty keys. */
    // CPython: Objects/dictobject.c PyDict_Clear
    public void clear() {
        keys = EMPTY_KEYS;
        used = 0;
    }

    // ---------------------------------------------------------------- iteration

    /** The first live entry at or after {@code position}, or -1. */
    // CPython: Objects/dictobject.c _PyDict_Next
    public int nextIndex(int position) {
        Keys dk = keys;
        int n = dk.nentries;
        int i = Math.max(position, 0);
        while (i < n && dk.values[i] == null) {
            i++;
        }
        return i < n ? i : -1;
    }

    /** The key of a live entry. */
    @SuppressWarnings("unchecked")
    public K keyAt(int index) {
        return (K) keys.keys[index];
    }

    /** The value of an entry, or null for a deleted one. */
    @SuppressWarnings("unchecked")
    public V valueAt(int index) {
        return (V) keys.values[index];
    }

    /** The hash stored with the key of a live entry. */
    public long hashAt(int index) {
        return keys.hashes[index];
    }

    /** Replaces the value of a live entry (safe during iteration: no resize). */
    public void setValueAt(int index, V value) {
        keys.values[index] = value;
    }

    /** A Python-level iterator over this dict, forward or {@code reversed()}. */
    public DictCursor cursor(boolean reversed) {
        return new DictCursor(this, reversed);
    }

    /**
     * {@code dict.__sizeof__()} on 64-bit CPython 3.11: the object, plus its keys object unless
     * that is the shared empty one: a header, the index table (1, 2, 4 or 8 bytes an index by
     * size) and the entries (24 bytes, or 16 in the str-keys kind, which keeps no hash).
     */
    // CPython: Objects/dictobject.c _PyDict_SizeOf, _PyDict_KeysSize, new_keys_object
    public long sizeOf() {
        Keys dk = keys;
        if (dk == EMPTY_KEYS) {
            return 48;
        }
        int log2 = dk.log2Size;
        int log2IndexBytes = log2 < 8 ? log2 : log2 < 16 ? log2 + 1 : log2 < 32 ? log2 + 2
                : log2 + 3;
        return 48 + 32 + (1L << log2IndexBytes)
                + (long) usableFraction(1 << log2) * (dk.unicode ? 16 : 24);
    }

    // ---------------------------------------------------------------- whole dicts

    /** {@link #merge}: all of other's items went in. */
    public static final int MERGED = -1;
    /** {@link #merge}: other changed size during the merge (CPython's RuntimeError). */
    public static final int MUTATED = -2;

    /**
     * Merges an exact dict (one whose {@code __iter__} is dict's) into this one, as
     * {@code d.update(other)} ({@code override} 1), {@code PyDict_Merge(d, other, 0)} (keep
     * present keys) or the {@code **} merge of a call (2: a present key is an error). An empty
     * dict clones a compact source's tables outright; otherwise one resize up front, then the
     * items in order.
     *
     * @return {@link #MERGED}; {@link #MUTATED} when other's entry count changed mid-way
     *     (CPython raises {@code RuntimeError('dict mutated during update')}); or, under override
     *     2, the entry number in {@code other} of a key already present (a KeyError)
     */
    // CPython: Objects/dictobject.c dict_merge
    public int merge(DictTable<? extends K, ? extends V> other, int override) {
        if (other == this || other.used == 0) {
            return MERGED;
        }
        if (used == 0) {
            override = 1;
            Keys otherKeys = other.keys;
            if (other.used == otherKeys.nentries && (otherKeys.log2Size == LOG_MINSIZE
                    || usableFraction(otherKeys.indices.length / 2) < other.used)) {
                keys = new Keys(otherKeys);
                used = other.used;
                return MERGED;
            }
        }
        if (usableFraction(keys.indices.length) < other.used) {
            resize(estimateLog2KeySize((long) used + other.used), other.keys.unicode);
        }
        int originalEntries = other.keys.nentries;
        for (int i = other.nextIndex(0); i >= 0; i = other.nextIndex(i + 1)) {
            K key = other.keyAt(i);
            long hash = other.hashAt(i);
            V value = other.valueAt(i);
            if (override == 1) {
                insert(key, hash, value);
            } else if (!containsKey(key, hash)) {
                insert(key, hash, value);
            } else if (override != 0) {
                return i;
            }
            if (originalEntries != other.keys.nentries) {
                return MUTATED;
            }
        }
        return MERGED;
    }

    /**
     * {@code d.copy()} of a dict whose {@code __iter__} is dict's: the tables cloned when at most
     * a third of the entries are holes, else a compacted copy built by merging.
     */
    // CPython: Objects/dictobject.c PyDict_Copy
    public DictTable<K, V> copy() {
        DictTable<K, V> copy = new DictTable<>(equality);
        if (used == 0) {
            return copy;
        }
        if (used >= (keys.nentries * 2) / 3) {
            copy.keys = new Keys(keys);
            copy.used = used;
            return copy;
        }
        copy.merge(this, 1);
        return copy;
    }

    /** {@code dict.fromkeys(d, value)} for an exact dict d: presized, then d's keys in order. */
    // CPython: Objects/dictobject.c _PyDict_FromKeys (the dict branch)
    public static <K, V> DictTable<K, V> fromKeys(DictTable<K, ?> source, V value) {
        DictTable<K, V> dict = new DictTable<>(source.equality);
        dict.resize(estimateLog2KeySize(source.size()), source.keys.unicode);
        for (int i = source.nextIndex(0); i >= 0; i = source.nextIndex(i + 1)) {
            dict.insert(source.keyAt(i), source.hashAt(i), value);
        }
        return dict;
    }

    /** {@code dict.fromkeys(s, value)} for an exact set or frozenset s, in s's order. */
    // CPython: Objects/dictobject.c _PyDict_FromKeys (the set branch)
    public static <K, V> DictTable<K, V> fromKeys(SetTable<K> source, V value) {
        DictTable<K, V> dict = new DictTable<>(source.equality);
        dict.resize(estimateLog2KeySize(source.size()), false);
        for (int i = source.nextIndex(0); i >= 0; i = source.nextIndex(i + 1)) {
            dict.insert(source.keyAt(i), source.hashAt(i), value);
        }
        return dict;
    }
}
