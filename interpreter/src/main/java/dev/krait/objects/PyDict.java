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
 * <p>CPython counterpart: Objects/dictobject.c.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class, null);

    final LinkedHashMap<PyObject, PyObject> map;
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

    public final int size() {
        return map.size();
    }

    /** The value for a key, or null; raises what the key's hash/eq raise. */
    public final PyObject getItem(PyObject key) {
        if (map.isEmpty()) {
            requireHashable(key);
        }
        return map.get(key);
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
        return map.get(PyStr.of(key));
    }

    public final void setItem(PyObject key, PyObject value) {
        mutations++;
        if (map.put(key, value) == null) {
            version++;
        }
    }

    /** Removes a key; false when absent. */
    public final boolean delItem(PyObject key) {
        if (map.isEmpty()) {
            requireHashable(key);
        }
        mutations++;
        if (map.remove(key) != null) {
            version++;
            return true;
        }
        return false;
    }

    public final PyObject removeItem(PyObject key) {
        mutations++;
        PyObject v = map.remove(key);
        if (v != null) {
            version++;
        }
        return v;
    }

    public final Iterable<Map.Entry<PyObject, PyObject>> entries() {
        return map.entrySet();
    }

    public final List<PyObject> keyList() {
        return new ArrayList<>(map.keySet());
    }

    public final List<PyObject> valueList() {
        return new ArrayList<>(map.values());
    }

    public final void clearAll() {
        mutations++;
        map.clear();
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

    @Exposed("update($self, /, *args, **kwargs)")
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
            for (Map.Entry<PyObject, PyObject> e : new ArrayList<>(d.map.entrySet())) {
                setItem(e.getKey(), e.getValue());
                if (d.version != keySet) {
                    // A key's __eq__ or __hash__ changed the dict being read.
                    throw PyExceptions.runtimeError("dict mutated during update");
                }
            }
            return;
        }
        if (Attributes.lookupAttrOrNull(other, "keys") != null) {
            for (PyObject k : Ops.toList(Ops.callMethod(other, "keys"))) {
                setItem(k, Ops.getItem(other, k));
            }
            return;
        }
        int i = 0;
        for (PyObject item : Ops.toList(other)) {
            List<PyObject> pair;
            try {
                pair = Ops.toList(item);
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
        return map.size();
    }

    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        PyObject v = map.get(key);
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
        if (map.isEmpty()) {
            requireHashable(key);
        }
        return map.containsKey(key);
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
        // One lookup: the key is hashed and compared once (CPython: dict_setdefault_impl).
        PyObject v = map.putIfAbsent(key, dflt);
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
        Map.Entry<PyObject, PyObject> last = map.pollLastEntry();
        if (last == null) {
            throw PyExceptions.keyError(PyStr.of("popitem(): dictionary is empty"));
        }
        version++;
        return PyTuple.of(last.getKey(), last.getValue());
    }

    @Exposed("keys($self, /)")
    public PyObject keys() {
        return new PyDictView(this, PyDictView.Kind.KEYS);
    }

    @Exposed("values($self, /)")
    public PyObject values() {
        return new PyDictView(this, PyDictView.Kind.VALUES);
    }

    @Exposed("items($self, /)")
    public PyObject items() {
        return new PyDictView(this, PyDictView.Kind.ITEMS);
    }

    @Exposed("clear($self, /)")
    public void clear() {
        clearAll();
    }

    @Exposed("copy($self, /)")
    public PyObject copy() {
        PyDict d = new PyDict();
        d.map.putAll(map);
        return d;
    }

    @Exposed(value = "fromkeys($type, iterable, value=None, /)", kind = Exposed.Kind.CLASS)
    public static PyObject fromkeys(PyType cls, PyObject iterable, PyObject value) {
        PyObject d = Ops.call(cls);
        for (PyObject k : Ops.toList(iterable)) {
            Ops.setItem(d, k, value);
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
        if (o.map.size() != map.size()) {
            return false;
        }
        for (Map.Entry<PyObject, PyObject> e : new ArrayList<>(map.entrySet())) {
            PyObject v = o.map.get(e.getKey());
            if (v == null || !(v == e.getValue() || Ops.eqBool(e.getValue(), v))) {
                return false;
            }
        }
        return true;
    }

    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        if (map.isEmpty()) {
            return PyStr.of("{}");
        }
        return Ops.withReprGuard(this, "{...}", () -> {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : new ArrayList<>(map.entrySet())) {
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

    @Exposed("__hash__($self, /)")
    public long __hash__() {
        throw PyExceptions.typeError("unhashable type: '" + type.getName() + "'");
    }

    /** Java iteration over keys in order (no Python-level mutation checks). */
    public final Iterator<PyObject> keyIterator() {
        return map.keySet().iterator();
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            doc = "See PEP 585")
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
