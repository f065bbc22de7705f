package dev.krait.objects;

import dev.krait.hashing.DictTable;
import dev.krait.hashing.Equality;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Python's {@code dict}: CPython's compact table ({@link DictTable}: entries in insertion order
 * beside a sparse index, each entry keeping its key's full hash), keyed by Python's
 * {@code hash()} and compared with {@code ==} as CPython compares (the stored key's
 * {@code __eq__} asked first, a search restarted when a comparison changes the table). A key is
 * hashed once per operation, and iterators resume at an entry number as CPython's do.
 *
 * <p>The instance dict of an object of a user class starts "split", as in CPython: no map, only
 * an array of values indexed as the class's {@link SharedKeys}, so that an attribute node that
 * knows the index of {@code self.x} reads or writes it with no hashing ({@link #splitValue},
 * {@link #storeSplit}). A split dict is an ordinary dict to the program: every method works on
 * it. It stays split while its keys are exact strs inserted in the order of their indexes (a
 * deleted key leaves a hole; present keys in index order are then the insertion order), and
 * turns into an ordinary one for good ({@link #map()}) when the program does what that form
 * cannot hold: a key that is not an exact str, an insertion before the last key's index (a
 * different order than the table's, or a deleted key set again), a full table.
 *
 * <p>CPython counterpart: Objects/dictobject.c (split tables: {@code ma_values},
 * {@code _PyObject_InitializeDict}, {@code insertion_resize} of a split dict).
 */
public class PyDict extends PyObject {
    /**
     * Python's {@code ==} between a stored key and a probe, and which keys are exact strs (the
     * table kind CPython keeps while all keys are). Declared before {@link #TYPE}, whose
     * namespace is a dict. Subclasses keeping tables of their own over the same keys
     * (OrderedDict's nodes) compare keys with it too.
     */
    protected static final Equality<PyObject> KEYS = new Equality<>() {
        @Override
        public boolean equal(PyObject stored, PyObject probe) {
            return Ops.eqBool(stored, probe);
        }

        @Override
        public boolean isExactStr(PyObject key) {
            return key.type == PyStr.TYPE;
        }
    };

    public static final PyType TYPE = PyType.builtin("dict", PyDict.class, null);

    static {
        // CPython: PyObject_HashNotImplemented, seen from Python as __hash__ = None (which
        // dataclasses reads to refuse a dict as a field's default)
        TYPE.setTypeAttribute("__hash__", PyNone.NONE);
    }

    /** The entries, in insertion order; null while the dict is split. */
    private DictTable<PyObject, PyObject> map;
    /** While split: the class's key table, whose indexes {@link #values} follows; else null. */
    private SharedKeys keys;
    /** While split: the value of each key of {@link #keys} by index, null where absent. */
    private PyObject[] values;
    /** While split: how many keys are present. */
    private int used;
    /** While split: one past the index of the last key inserted; a new key must come after. */
    private int end;
    /** Bumped by every change of the key set, so iterators can detect resizing. */
    int version;
    /**
     * Bumped by every change at all (values too), so that caches of lookups in this dict
     * (global variables) know when to look again. CPython: dict watchers / ma_version_tag.
     */
    private int mutations;

    /** A number that changes whenever the dict changes; see {@link #mutations}. */
    public final int mutations() {
        return mutations;
    }

    public PyDict() {
        super(TYPE);
        this.map = new DictTable<>(KEYS);
    }

    protected PyDict(PyType type) {
        super(type);
        this.map = new DictTable<>(KEYS);
    }

    private PyDict(DictTable<PyObject, PyObject> map) {
        super(TYPE);
        this.map = map;
    }

    /**
     * An empty dict for {@code n} items of a display {@code {k: v, ...}} (CPython:
     * Objects/dictobject.c {@code _PyDict_FromItems}, {@code dict_new_presized}); {@code allStr}
     * says whether every key is an exact str.
     */
    public static PyDict presized(int n, boolean allStr) {
        return new PyDict(DictTable.presized(KEYS, n, allStr));
    }

    /**
     * An empty dict with the table that {@code n} distinct exact-str keys set one at a time
     * would leave it with, made at once (see {@link DictTable#sizedForInserts}).
     */
    public static PyDict sizedForStrInserts(int n) {
        return new PyDict(DictTable.sizedForInserts(KEYS, n, true));
    }

    private PyDict(SharedKeys keys) {
        super(TYPE);
        this.keys = keys;
        this.values = new PyObject[keys.size()];
    }

    /**
     * A new, empty instance dict for an object of {@code type}: split over the type's shared keys
     * for a class statement's class, an ordinary dict for a builtin type's instances.
     * CPython: Objects/dictobject.c _PyObject_InitializeDict.
     */
    public static PyDict forInstance(PyType type) {
        SharedKeys k = type.sharedKeys();
        return k == null ? new PyDict() : new PyDict(k);
    }

    public final int size() {
        DictTable<PyObject, PyObject> m = map;
        return m != null ? m.size() : used;
    }

    // ---- the split form ----------------------------------------------------------------------

    /**
     * The value at {@code index} when this dict is split over {@code k}; null when absent, when
     * the index is past this dict's values, or when the dict is not split over {@code k} (then
     * the caller asks {@link #getItem}). An attribute node's read: no hashing.
     * CPython: Python/ceval.c LOAD_ATTR_INSTANCE_VALUE.
     */
    public final PyObject splitValue(SharedKeys k, int index) {
        PyObject[] v = values;
        return keys == k && v != null && index < v.length ? v[index] : null;
    }

    /**
     * Stores {@code value} at {@code index} when this dict is split over {@code k} and the store
     * keeps it split (the key present, or new and after the last one inserted); false when the
     * caller must take {@link #setItem}. CPython: Python/ceval.c STORE_ATTR_INSTANCE_VALUE.
     */
    public final boolean storeSplit(SharedKeys k, int index, PyObject value) {
        PyObject[] v = values;
        if (keys != k || v == null || index >= v.length) {
            return false;
        }
        if (v[index] == null) {
            if (index < end) {
                return false;
            }
            used++;
            end = index + 1;
            version++;
        }
        v[index] = value;
        mutations++;
        return true;
    }

    /** While split, the key table; null for an ordinary dict. */
    public final SharedKeys sharedKeys() {
        return keys;
    }

    /**
     * The map of an ordinary dict, turning a split dict into one first (for good): for what the
     * split form does not express. CPython: Objects/dictobject.c dictresize of a split table.
     */
    final DictTable<PyObject, PyObject> map() {
        DictTable<PyObject, PyObject> m = map;
        return m != null ? m : unsplit();
    }

    private DictTable<PyObject, PyObject> unsplit() {
        SharedKeys k = keys;
        PyObject[] v = values;
        DictTable<PyObject, PyObject> m = new DictTable<>(KEYS);
        for (int i = 0; i < v.length; i++) {
            if (v[i] != null) {
                PyStr name = k.nameAt(i);
                m.put(name, name.hashValue(), v[i]);
            }
        }
        map = m;
        keys = null;
        values = null;
        used = 0;
        end = 0;
        return m;
    }

    /** Whether {@code key} can be a key of a split dict: an exact str. */
    private static boolean isSplitKey(PyObject key) {
        return key instanceof PyStr && key.type == PyStr.TYPE;
    }

    /** The index of {@code key} in a split dict's table, -1 when absent. */
    private int splitIndex(PyStr key) {
        int i = keys.indexOf(key);
        return i < values.length ? i : -1;
    }

    /**
     * Sets {@code key} in a split dict if the split form can hold it; false when the dict must
     * become ordinary first.
     */
    private boolean setSplit(PyObject key, PyObject value) {
        if (!isSplitKey(key)) {
            return false;
        }
        SharedKeys k = keys;
        int i = k.indexOf((PyStr) key);
        if (i < 0) {
            i = k.indexOrAdd((PyStr) key);
            if (i < 0) {
                return false;
            }
        }
        PyObject[] v = values;
        if (i >= v.length) {
            v = java.util.Arrays.copyOf(v, Math.max(i + 1, k.size()));
            values = v;
        }
        if (v[i] == null) {
            if (i < end) {
                return false;
            }
            used++;
            end = i + 1;
            version++;
        }
        v[i] = value;
        mutations++;
        return true;
    }

    /** Removes {@code key} (an exact str) from a split dict: its value, or null when absent. */
    private PyObject removeSplit(PyStr key) {
        int i = splitIndex(key);
        if (i < 0 || values[i] == null) {
            return null;
        }
        PyObject old = values[i];
        values[i] = null;
        used--;
        version++;
        if (i == end - 1) {
            // The last key went: the one before it is now the last, and may be set again.
            int e = i;
            while (e > 0 && values[e - 1] == null) {
                e--;
            }
            end = e;
        }
        return old;
    }

    /** The entries in order, as a list the caller may keep: for iteration in either form. */
    final List<Map.Entry<PyObject, PyObject>> entryList() {
        DictTable<PyObject, PyObject> m = map;
        List<Map.Entry<PyObject, PyObject>> out = new ArrayList<>(size());
        if (m != null) {
            for (int i = m.nextIndex(0); i >= 0; i = m.nextIndex(i + 1)) {
                out.add(new AbstractMap.SimpleImmutableEntry<>(m.keyAt(i), m.valueAt(i)));
            }
            return out;
        }
        PyObject[] v = values;
        for (int i = 0; i < v.length; i++) {
            if (v[i] != null) {
                out.add(new AbstractMap.SimpleImmutableEntry<>(keys.nameAt(i), v[i]));
            }
        }
        return out;
    }

    /** The value for {@code key}, or null when absent; raises what its hash and eq raise. */
    // CPython: Objects/dictobject.c _Py_dict_lookup (the key hashed first, even in an empty dict)
    final PyObject lookup(PyObject key) {
        DictTable<PyObject, PyObject> m = map;
        if (m != null) {
            return m.get(key, Ops.hash(key));
        }
        if (isSplitKey(key)) {
            int i = splitIndex((PyStr) key);
            return i < 0 ? null : values[i];
        }
        return map().get(key, Ops.hash(key));
    }

    /**
     * Whether {@code key}, whose hash is known, is present (what its eq raises, raised).
     * CPython: Objects/dictobject.c _PyDict_Contains_KnownHash.
     */
    final boolean containsKnownHash(PyObject key, long hash) {
        DictTable<PyObject, PyObject> m = map;
        if (m == null) {
            if (!isSplitKey(key)) {
                m = map();
            } else {
                int i = splitIndex((PyStr) key);
                return i >= 0 && values[i] != null;
            }
        }
        return m.get(key, hash) != null;
    }

    /** Whether {@code key} is present (what its hash and eq raise, raised). */
    final boolean containsKey(PyObject key) {
        return lookup(key) != null;
    }

    // ---- either form -------------------------------------------------------------------------

    /** The value for a key, or null; raises what the key's hash/eq raise. */
    public final PyObject getItem(PyObject key) {
        return lookup(key);
    }

    /** Lookup by a Java string (globals, attributes). */
    public final PyObject getStr(String key) {
        return lookup(PyStr.of(key));
    }

    public final void setItem(PyObject key, PyObject value) {
        DictTable<PyObject, PyObject> m = map;
        if (m == null) {
            if (setSplit(key, value)) {
                return;
            }
            m = map();
        }
        int before = m.size();
        m.put(key, Ops.hash(key), value);
        mutations++;
        if (m.size() != before) {
            version++;
        }
    }

    /**
     * {@link #setItem} with the key's hash already computed, for a subclass that hashes a key
     * once for a table of its own as well. CPython: Objects/dictobject.c
     * _PyDict_SetItem_KnownHash.
     */
    protected final void setItemKnownHash(PyObject key, long hash, PyObject value) {
        DictTable<PyObject, PyObject> m = map();
        int before = m.size();
        m.put(key, hash, value);
        mutations++;
        if (m.size() != before) {
            version++;
        }
    }

    /**
     * Removes {@code key}, whose hash is known: its value, or null when absent; an empty dict
     * compares no key. CPython: Objects/dictobject.c _PyDict_Pop_KnownHash.
     */
    protected final PyObject removeKnownHash(PyObject key, long hash) {
        if (size() == 0) {
            return null;
        }
        mutations++;
        PyObject v = map().remove(key, hash);
        if (v != null) {
            version++;
        }
        return v;
    }

    /**
     * A number that changes whenever the set of keys changes (not when a value does): a
     * subclass's iterator that trusts a position of its own checks it.
     */
    public final int keySetVersion() {
        return version;
    }

    /** Removes a key; false when absent. */
    // CPython: Objects/dictobject.c PyDict_DelItem (the key hashed first, even in an empty dict)
    public final boolean delItem(PyObject key) {
        DictTable<PyObject, PyObject> m = map;
        if (m == null) {
            if (isSplitKey(key)) {
                mutations++;
                return removeSplit((PyStr) key) != null;
            }
            m = map();
        }
        long hash = Ops.hash(key);
        mutations++;
        if (m.remove(key, hash) != null) {
            version++;
            return true;
        }
        return false;
    }

    /**
     * {@code dict.pop(key)}: the removed value, or null when absent; an empty dict hashes no key
     * (CPython: Objects/dictobject.c _PyDict_Pop, so {@code {}.pop([], 1)} is 1).
     */
    public final PyObject removeItem(PyObject key) {
        mutations++;
        if (map == null && isSplitKey(key)) {
            return removeSplit((PyStr) key);
        }
        if (size() == 0) {
            return null;
        }
        DictTable<PyObject, PyObject> m = map();
        PyObject v = m.remove(key, Ops.hash(key));
        if (v != null) {
            version++;
        }
        return v;
    }

    /**
     * The entries in order, for Java code that reads them all (of a split dict: a copy). The
     * iteration reads the table as it goes, so it tolerates a change but does not report one.
     */
    public final Iterable<Map.Entry<PyObject, PyObject>> entries() {
        DictTable<PyObject, PyObject> m = map;
        if (m == null) {
            return entryList();
        }
        return () -> new Iterator<>() {
            private int next = m.nextIndex(0);

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public Map.Entry<PyObject, PyObject> next() {
                int i = next;
                if (i < 0) {
                    throw new NoSuchElementException();
                }
                next = m.nextIndex(i + 1);
                return new AbstractMap.SimpleImmutableEntry<>(m.keyAt(i), m.valueAt(i));
            }
        };
    }

    /**
     * Copies the keys and values, in order, into the two arrays (each at least {@link #size}
     * long): for Java code that reads every item, without an entry object per item.
     */
    public final void copyItems(PyObject[] keysOut, PyObject[] valuesOut) {
        DictTable<PyObject, PyObject> m = map;
        int n = 0;
        if (m != null) {
            for (int i = m.nextIndex(0); i >= 0; i = m.nextIndex(i + 1)) {
                keysOut[n] = m.keyAt(i);
                valuesOut[n++] = m.valueAt(i);
            }
            return;
        }
        PyObject[] v = values;
        for (int i = 0; i < v.length; i++) {
            if (v[i] != null) {
                keysOut[n] = keys.nameAt(i);
                valuesOut[n++] = v[i];
            }
        }
    }

    /** The combined table, or null while the dict is split (its keys exact strs). */
    final DictTable<PyObject, PyObject> combinedOrNull() {
        return map;
    }

    /**
     * The combined table, made from the split form first if need be: for iterators, which
     * resume at an entry number of it (an instance dict iterated over is no longer split).
     */
    final DictTable<PyObject, PyObject> table() {
        return map();
    }

    public final List<PyObject> keyList() {
        DictTable<PyObject, PyObject> m = map;
        List<PyObject> out = new ArrayList<>(size());
        if (m != null) {
            for (int i = m.nextIndex(0); i >= 0; i = m.nextIndex(i + 1)) {
                out.add(m.keyAt(i));
            }
            return out;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                out.add(keys.nameAt(i));
            }
        }
        return out;
    }

    public final List<PyObject> valueList() {
        DictTable<PyObject, PyObject> m = map;
        List<PyObject> out = new ArrayList<>(size());
        if (m != null) {
            for (int i = m.nextIndex(0); i >= 0; i = m.nextIndex(i + 1)) {
                out.add(m.valueAt(i));
            }
            return out;
        }
        for (PyObject v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    public final void clearAll() {
        mutations++;
        DictTable<PyObject, PyObject> m = map;
        if (m != null) {
            m.clear();
        } else {
            java.util.Arrays.fill(values, null);
            used = 0;
            end = 0;
        }
        version++;
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return cls == TYPE ? new PyDict() : new PyDict(cls);
    }

    @Exposed("__init__($self, /, *args, **kwargs)")
    public void __init__(PyObject[] args, String[] kwnames) {
        updateCommon(args, kwnames, "dict");
    }

    @Exposed(value = "update($self, /, *args, **kwargs)", signature = Exposed.Signature.HIDDEN)
    public void update(PyObject[] args, String[] kwnames) {
        updateCommon(args, kwnames, "update");
    }

    // CPython: Objects/dictobject.c dict_update_common
    private void updateCommon(PyObject[] args, String[] kwnames, String methodName) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyExceptions.typeError(methodName + " expected at most 1 argument, got "
                    + npos);
        }
        if (npos == 1) {
            mergeFrom(args[0]);
        }
        for (int k = 0; k < nkw; k++) {
            setItem(PyStr.of(kwnames[k]), args[npos + k]);
        }
    }

    /** dict.update(other): a mapping by its keys(), or an iterable of pairs. */
    public final void mergeFrom(PyObject other) {
        // A dict's own entries, unless its class iterates otherwise (OrderedDict, or a subclass
        // overriding __iter__): those go through keys(). CPython: dict_merge.
        if (other instanceof PyDict d && (d.type == TYPE
                || d.type.lookup("__iter__") == TYPE.lookup("__iter__"))) {
            if (d == this) {
                return;
            }
            DictTable<PyObject, PyObject> m = map;
            if (m != null && d.map != null) {
                int before = m.size();
                int done = m.merge(d.map, 1);
                mutations++;
                if (m.size() != before) {
                    version++;
                }
                if (done == DictTable.MUTATED) {
                    throw PyExceptions.runtimeError("dict mutated during update");
                }
                return;
            }
            int keySet = d.version;
            for (Map.Entry<PyObject, PyObject> e : d.entryList()) {
                setItem(e.getKey(), e.getValue());
                if (d.version != keySet) {
                    // A key's __eq__ or __hash__ changed the dict being read.
                    throw PyExceptions.runtimeError("dict mutated during update");
                }
            }
            return;
        }
        if (Attributes.lookupAttrOrNull(other, "keys") != null) {
            for (PyObject k : Iteration.toList(Ops.callMethod(other, "keys"))) {
                setItem(k, Containers.getItem(other, k));
            }
            return;
        }
        int i = 0;
        for (PyObject item : Iteration.toList(other)) {
            List<PyObject> pair;
            try {
                pair = Iteration.toList(item);
            } catch (PyException e) {
                if (e.matches(PyExceptions.TypeError)) {
                    throw PyExceptions.typeError("cannot convert dictionary update sequence element"
                            + " #" + i + " to a sequence");
                }
                throw e;
            }
            if (pair.size() != 2) {
                throw PyExceptions.valueError("dictionary update sequence element #" + i
                        + " has length " + pair.size() + "; 2 is required");
            }
            setItem(pair.get(0), pair.get(1));
            i++;
        }
    }

    @Exposed("__len__($self, /)")
    public long __len__() {
        return size();
    }

    @Exposed(value = "__getitem__($self, key, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __getitem__(PyObject key) {
        PyObject v = lookup(key);
        if (v == null) {
            if (type != TYPE) {
                PyObject missing = type.lookup("__missing__");
                if (missing != null) {
                    return Ops.callDescriptor(missing, this, key);
                }
            }
            throw PyExceptions.keyError(key);
        }
        return v;
    }

    @Exposed("__setitem__($self, key, value, /)")
    public void __setitem__(PyObject key, PyObject value) {
        setItem(key, value);
    }

    @Exposed("__delitem__($self, key, /)")
    public void __delitem__(PyObject key) {
        if (!delItem(key)) {
            throw PyExceptions.keyError(key);
        }
    }

    @Exposed("__contains__($self, key, /)")
    public boolean __contains__(PyObject key) {
        return containsKey(key);
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return new PyDictIterator(this, PyDictIterator.Kind.KEYS);
    }

    @Exposed("__reversed__($self, /)")
    public PyObject __reversed__() {
        return new PyDictIterator(this, PyDictIterator.Kind.KEYS_REVERSED);
    }

    @Exposed("get($self, key, default=None, /)")
    public PyObject get(PyObject key, PyObject dflt) {
        PyObject v = getItem(key);
        return v == null ? dflt : v;
    }

    @Exposed("setdefault($self, key, default=None, /)")
    public PyObject setdefault(PyObject key, PyObject dflt) {
        if (map == null && isSplitKey(key)) {
            PyObject v = lookup(key);
            if (v == null) {
                setItem(key, dflt);
                return dflt;
            }
            return v;
        }
        // One lookup: the key is hashed and compared once (CPython: dict_setdefault_impl).
        DictTable<PyObject, PyObject> m = map();
        int before = m.size();
        PyObject v = m.setDefault(key, Ops.hash(key), dflt);
        if (m.size() != before) {
            mutations++;
            version++;
        }
        return v;
    }

    @Exposed("pop($self, key, default=<unrepresentable>, /)")
    public PyObject pop(PyObject key, PyObject dflt) {
        PyObject v = removeItem(key);
        if (v == null) {
            if (dflt == null) {
                throw PyExceptions.keyError(key);
            }
            return dflt;
        }
        return v;
    }

    @Exposed("popitem($self, /)")
    public PyObject popitem() {
        mutations++;
        DictTable.Item<PyObject, PyObject> last = map().popItem();
        if (last == null) {
            throw PyExceptions.keyError(PyStr.of("popitem(): dictionary is empty"));
        }
        version++;
        return PyTuple.of(last.key(), last.value());
    }

    @Exposed(value = "keys($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject keys() {
        return new PyDictView(this, PyDictView.Kind.KEYS);
    }

    @Exposed(value = "values($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject values() {
        return new PyDictView(this, PyDictView.Kind.VALUES);
    }

    @Exposed(value = "items($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject items() {
        return new PyDictView(this, PyDictView.Kind.ITEMS);
    }

    @Exposed(value = "clear($self, /)", signature = Exposed.Signature.HIDDEN)
    public void clear() {
        clearAll();
    }

    @Exposed(value = "copy($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject copy() {
        PyDict d = new PyDict();
        DictTable<PyObject, PyObject> m = map;
        if (m != null) {
            // CPython: Objects/dictobject.c PyDict_Copy clones a compact table outright
            d.map = m.copy();
        } else {
            for (Map.Entry<PyObject, PyObject> e : entryList()) {
                d.map.put(e.getKey(), Ops.hash(e.getKey()), e.getValue());
            }
        }
        return d;
    }

    /**
     * {@code dict.fromkeys}: an empty exact dict filled from an exact dict (not split) or an
     * exact set or frozenset takes their keys with the hashes they keep, so a key's
     * {@code __hash__} is not called again.
     */
    // CPython: Objects/dictobject.c _PyDict_FromKeys (dict_dict_fromkeys, dict_set_fromkeys)
    @Exposed(value = "fromkeys($type, iterable, value=None, /)", kind = Exposed.Kind.CLASS)
    public static PyObject fromkeys(PyType cls, PyObject iterable, PyObject value) {
        PyObject d = Ops.call(cls);
        if (d.type == TYPE && ((PyDict) d).size() == 0) {
            DictTable<PyObject, PyObject> filled = null;
            if (iterable.type == TYPE && ((PyDict) iterable).map != null) {
                filled = DictTable.fromKeys(((PyDict) iterable).map, value);
            } else if (iterable.type == PySet.TYPE || iterable.type == PyFrozenSet.TYPE) {
                filled = DictTable.fromKeys(((AnySet) iterable).table, value);
            }
            if (filled != null) {
                PyDict r = (PyDict) d;
                r.map().clear();
                r.map = filled;
                r.version++;
                r.mutations++;
                return r;
            }
        }
        for (PyObject k : Iteration.toList(iterable)) {
            Containers.setItem(d, k, value);
        }
        return d;
    }

    @Exposed("__or__($self, value, /)")
    public PyObject __or__(PyObject other) {
        if (!(other instanceof PyDict o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDict d = (PyDict) copy();
        d.mergeFrom(o);
        return d;
    }

    /** {@code value | self}: one C function serves both sides of the | slot. */
    // CPython: Objects/dictobject.c dict_or, called with the operands swapped
    @Exposed("__ror__($self, value, /)")
    public PyObject __ror__(PyObject other) {
        if (!(other instanceof PyDict o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDict d = new PyDict();
        d.mergeFrom(o);
        d.mergeFrom(this);
        return d;
    }

    @Exposed("__ior__($self, value, /)")
    public PyObject __ior__(PyObject other) {
        mergeFrom(other);
        return this;
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PyDict o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(sameItems(o));
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject other) {
        if (!(other instanceof PyDict o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(!sameItems(o));
    }

    private boolean sameItems(PyDict o) {
        if (o.size() != size()) {
            return false;
        }
        for (Map.Entry<PyObject, PyObject> e : entryList()) {
            PyObject v = o.lookup(e.getKey());
            if (v == null || !(v == e.getValue() || Ops.eqBool(e.getValue(), v))) {
                return false;
            }
        }
        return true;
    }

    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        if (size() == 0) {
            return PyStr.of("{}");
        }
        return Ops.withReprGuard(this, "{...}", () -> {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : entryList()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Ops.repr(e.getKey()).value()).append(": ")
                        .append(Ops.repr(e.getValue()).value());
            }
            return PyStr.of(sb.append('}').toString());
        });
    }

    /** Java iteration over keys in order (no Python-level mutation checks). */
    public final Iterator<PyObject> keyIterator() {
        return keyList().iterator();
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            doc = "See PEP 585", signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }

    /**
     * What 64-bit CPython 3.11 reports: the object and its own keys table (a split dict: its
     * values array, the keys being the class's).
     */
    // CPython: Objects/dictobject.c _PyDict_SizeOf
    @Exposed(value = "__sizeof__($self, /)",
            doc = "D.__sizeof__() -> size of D in memory, in bytes",
            signature = Exposed.Signature.HIDDEN)
    public long __sizeof__() {
        DictTable<PyObject, PyObject> m = map;
        return m != null ? m.sizeOf() : 48 + 8L * values.length;
    }

    /** How many slots the hash index has (CPython: {@code 1 << dk_log2_size}). */
    protected final int indexSize() {
        return map().indexSize();
    }
}
