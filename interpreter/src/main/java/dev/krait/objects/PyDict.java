package dev.krait.objects;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code dict}: a hash table that remembers insertion order. Keys are compared with
 * Python's {@code __hash__} and {@code __eq__} (through {@link PyObject#hashCode()} and
 * {@link PyObject#equals(Object)}), so Java's ordered map keeps CPython's iteration order.
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
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class, null);

    static {
        // CPython: PyObject_HashNotImplemented, seen from Python as __hash__ = None (which
        // dataclasses reads to refuse a dict as a field's default)
        TYPE.setTypeAttribute("__hash__", PyNone.NONE);
    }

    /** The entries, in insertion order; null while the dict is split. */
    private LinkedHashMap<PyObject, PyObject> map;
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
        this.map = new LinkedHashMap<>();
    }

    protected PyDict(PyType type) {
        super(type);
        this.map = new LinkedHashMap<>();
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
        LinkedHashMap<PyObject, PyObject> m = map;
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
    final LinkedHashMap<PyObject, PyObject> map() {
        LinkedHashMap<PyObject, PyObject> m = map;
        return m != null ? m : unsplit();
    }

    private LinkedHashMap<PyObject, PyObject> unsplit() {
        SharedKeys k = keys;
        PyObject[] v = values;
        LinkedHashMap<PyObject, PyObject> m = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            if (v[i] != null) {
                m.put(k.nameAt(i), v[i]);
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
        LinkedHashMap<PyObject, PyObject> m = map;
        if (m != null) {
            return new ArrayList<>(m.entrySet());
        }
        List<Map.Entry<PyObject, PyObject>> out = new ArrayList<>(used);
        PyObject[] v = values;
        for (int i = 0; i < v.length; i++) {
            if (v[i] != null) {
                out.add(new java.util.AbstractMap.SimpleImmutableEntry<>(keys.nameAt(i), v[i]));
            }
        }
        return out;
    }

    /** The value for {@code key} with no hashability check first; null when absent. */
    final PyObject lookup(PyObject key) {
        LinkedHashMap<PyObject, PyObject> m = map;
        if (m != null) {
            return m.get(key);
        }
        if (isSplitKey(key)) {
            int i = splitIndex((PyStr) key);
            return i < 0 ? null : values[i];
        }
        return map().get(key);
    }

    /** Whether {@code key} is present (what its hash and eq raise, raised). */
    final boolean containsKey(PyObject key) {
        LinkedHashMap<PyObject, PyObject> m = map;
        if (m == null) {
            if (isSplitKey(key)) {
                return lookup(key) != null;
            }
            m = map();
        }
        if (m.isEmpty()) {
            requireHashable(key);
        }
        return m.containsKey(key);
    }

    // ---- either form -------------------------------------------------------------------------

    /** The value for a key, or null; raises what the key's hash/eq raise. */
    public final PyObject getItem(PyObject key) {
        LinkedHashMap<PyObject, PyObject> m = map;
        if (m == null) {
            if (isSplitKey(key)) {
                return lookup(key);
            }
            m = map();
        }
        if (m.isEmpty()) {
            requireHashable(key);
        }
        return m.get(key);
    }

    /**
     * Java's hash map does not hash a key it looks up in an empty table; CPython hashes every
     * key first, so an unhashable key raises TypeError even there.
     */
    private static void requireHashable(PyObject key) {
        if (!(key instanceof PyStr)) {
            Ops.hash(key);
        }
    }

    /** Lookup by a Java string (globals, attributes). */
    public final PyObject getStr(String key) {
        return lookup(PyStr.of(key));
    }

    public final void setItem(PyObject key, PyObject value) {
        LinkedHashMap<PyObject, PyObject> m = map;
        if (m == null) {
            if (setSplit(key, value)) {
                return;
            }
            m = map();
        }
        mutations++;
        if (m.put(key, value) == null) {
            version++;
        }
    }

    /** Removes a key; false when absent. */
    public final boolean delItem(PyObject key) {
        LinkedHashMap<PyObject, PyObject> m = map;
        if (m == null) {
            if (isSplitKey(key)) {
                mutations++;
                return removeSplit((PyStr) key) != null;
            }
            m = map();
        }
        if (m.isEmpty()) {
            requireHashable(key);
        }
        mutations++;
        if (m.remove(key) != null) {
            version++;
            return true;
        }
        return false;
    }

    public final PyObject removeItem(PyObject key) {
        mutations++;
        if (map == null && isSplitKey(key)) {
            return removeSplit((PyStr) key);
        }
        PyObject v = map().remove(key);
        if (v != null) {
            version++;
        }
        return v;
    }

    /** The entries in order (of a split dict: a copy of them). */
    public final Iterable<Map.Entry<PyObject, PyObject>> entries() {
        LinkedHashMap<PyObject, PyObject> m = map;
        return m != null ? m.entrySet() : entryList();
    }

    public final List<PyObject> keyList() {
        LinkedHashMap<PyObject, PyObject> m = map;
        if (m != null) {
            return new ArrayList<>(m.keySet());
        }
        List<PyObject> out = new ArrayList<>(used);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                out.add(keys.nameAt(i));
            }
        }
        return out;
    }

    public final List<PyObject> valueList() {
        LinkedHashMap<PyObject, PyObject> m = map;
        if (m != null) {
            return new ArrayList<>(m.values());
        }
        List<PyObject> out = new ArrayList<>(used);
        for (PyObject v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    public final void clearAll() {
        mutations++;
        LinkedHashMap<PyObject, PyObject> m = map;
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
        PyObject v = map().putIfAbsent(key, dflt);
        if (v == null) {
            mutations++;
            version++;
            return dflt;
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
        Map.Entry<PyObject, PyObject> last = map().pollLastEntry();
        if (last == null) {
            throw PyExceptions.keyError(PyStr.of("popitem(): dictionary is empty"));
        }
        version++;
        return PyTuple.of(last.getKey(), last.getValue());
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
        LinkedHashMap<PyObject, PyObject> m = map;
        if (m != null) {
            d.map.putAll(m);
        } else {
            for (Map.Entry<PyObject, PyObject> e : entryList()) {
                d.map.put(e.getKey(), e.getValue());
            }
        }
        return d;
    }

    @Exposed(value = "fromkeys($type, iterable, value=None, /)", kind = Exposed.Kind.CLASS)
    public static PyObject fromkeys(PyType cls, PyObject iterable, PyObject value) {
        PyObject d = Ops.call(cls);
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
                sb.append(Ops.repr(e.getKey()).value).append(": ")
                        .append(Ops.repr(e.getValue()).value);
            }
            return PyStr.of(sb.append('}').toString());
        });
    }

    /** Java iteration over keys in order (no Python-level mutation checks). */
    public final Iterator<PyObject> keyIterator() {
        LinkedHashMap<PyObject, PyObject> m = map;
        return m != null ? m.keySet().iterator() : keyList().iterator();
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            doc = "See PEP 585", signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
