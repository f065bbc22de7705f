package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The iterators over a dict's keys, values and items, which raise CPython's RuntimeError when the
 * dict changes size while they run.
 *
 * <p>CPython counterpart: Objects/dictobject.c {@code dictiter_*}.
 */
public final class PyDictIterator extends PyObject {
    public static final PyType KEY_ITERATOR =
            PyType.builtinFinal("dict_keyiterator", PyDictIterator.class, null);

    /** What the iterator yields. */
    public enum Kind { KEYS, VALUES, ITEMS, KEYS_REVERSED }

    private final PyDict dict;
    private final Kind kind;
    private final int startVersion;
    private final int startSize;
    private List<Map.Entry<PyObject, PyObject>> snapshot;
    private int index;

    public PyDictIterator(PyDict dict, Kind kind) {
        super(KEY_ITERATOR);
        this.dict = dict;
        this.kind = kind;
        this.startVersion = dict.version;
        this.startSize = dict.size();
    }

    public PyObject nextOrNull() {
        if (snapshot == null) {
            snapshot = new ArrayList<>(dict.map.entrySet());
            if (kind == Kind.KEYS_REVERSED) {
                java.util.Collections.reverse(snapshot);
            }
        }
        if (dict.size() != startSize) {
            index = snapshot.size();
            throw PyExceptions.runtimeError("dictionary changed size during iteration");
        }
        if (dict.version != startVersion) {
            index = snapshot.size();
            throw PyExceptions.runtimeError("dictionary keys changed during iteration");
        }
        if (index >= snapshot.size()) {
            return null;
        }
        Map.Entry<PyObject, PyObject> e = snapshot.get(index++);
        return switch (kind) {
            case KEYS, KEYS_REVERSED -> e.getKey();
            case VALUES -> dict.map.get(e.getKey());
            case ITEMS -> PyTuple.of(e.getKey(), dict.map.get(e.getKey()));
        };
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        PyObject v = nextOrNull();
        if (v == null) {
            throw PyExceptions.stopIteration();
        }
        return v;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return this;
    }

    @Exposed("__length_hint__($self, /)")
    public long __length_hint__() {
        return Math.max(0, dict.size() - index);
    }
}
