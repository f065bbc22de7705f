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
    public static final PyType VALUE_ITERATOR =
            PyType.builtinFinal("dict_valueiterator", PyDictIterator.class, null);
    public static final PyType ITEM_ITERATOR =
            PyType.builtinFinal("dict_itemiterator", PyDictIterator.class, null);
    public static final PyType REVERSE_KEY_ITERATOR =
            PyType.builtinFinal("dict_reversekeyiterator", PyDictIterator.class, null);
    public static final PyType REVERSE_VALUE_ITERATOR =
            PyType.builtinFinal("dict_reversevalueiterator", PyDictIterator.class, null);
    public static final PyType REVERSE_ITEM_ITERATOR =
            PyType.builtinFinal("dict_reverseitemiterator", PyDictIterator.class, null);

    /** What the iterator yields, and in which order. */
    public enum Kind {
        KEYS, VALUES, ITEMS, KEYS_REVERSED, VALUES_REVERSED, ITEMS_REVERSED;

        boolean reversed() {
            return this == KEYS_REVERSED || this == VALUES_REVERSED || this == ITEMS_REVERSED;
        }

        PyType type() {
            return switch (this) {
                case KEYS -> KEY_ITERATOR;
                case VALUES -> VALUE_ITERATOR;
                case ITEMS -> ITEM_ITERATOR;
                case KEYS_REVERSED -> REVERSE_KEY_ITERATOR;
                case VALUES_REVERSED -> REVERSE_VALUE_ITERATOR;
                case ITEMS_REVERSED -> REVERSE_ITEM_ITERATOR;
            };
        }
    }

    /** The dict, until the iteration ends: then null, so the iterator keeps it alive no more. */
    private PyDict dict;
    private final Kind kind;
    private final int startVersion;
    private final int startSize;
    private List<Map.Entry<PyObject, PyObject>> snapshot;
    private int index;

    public PyDictIterator(PyDict dict, Kind kind) {
        super(kind.type());
        this.dict = dict;
        this.kind = kind;
        this.startVersion = dict.version;
        this.startSize = dict.size();
    }

    // CPython: Objects/dictobject.c dictiter_iternextkey -- at the end (and when the keys
    // changed) the iterator lets go of its dict: check_free_after_iterating relies on it
    public PyObject nextOrNull() {
        PyDict dict = this.dict;
        if (dict == null) {
            return null;
        }
        if (snapshot == null) {
            snapshot = dict.entryList();
            if (kind.reversed()) {
                java.util.Collections.reverse(snapshot);
            }
        }
        if (dict.size() != startSize) {
            index = snapshot.size();
            throw PyExceptions.runtimeError("dictionary changed size during iteration");
        }
        if (dict.version != startVersion) {
            index = snapshot.size();
            release();
            throw PyExceptions.runtimeError("dictionary keys changed during iteration");
        }
        if (index >= snapshot.size()) {
            release();
            return null;
        }
        Map.Entry<PyObject, PyObject> e = snapshot.get(index++);
        return switch (kind) {
            case KEYS, KEYS_REVERSED -> e.getKey();
            case VALUES, VALUES_REVERSED -> dict.lookup(e.getKey());
            case ITEMS, ITEMS_REVERSED -> PyTuple.of(e.getKey(), dict.lookup(e.getKey()));
        };
    }

    private void release() {
        dict = null;
        snapshot = null;
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

    /** {@code iter(list_of_what_is_left)}, as CPython pickles a dict iterator. */
    // CPython: Objects/dictobject.c dictiter_reduce
    @Exposed("__reduce__($self, /)")
    public PyObject __reduce__() {
        List<PyObject> rest = new ArrayList<>();
        if (dict == null) {
            return PyTuple.of(ObjectReduce.builtin("iter"), PyTuple.of(new PyList(rest)));
        }
        PyDictIterator copy = new PyDictIterator(dict, kind);
        copy.snapshot = snapshot;
        copy.index = index;
        try {
            for (PyObject v = copy.nextOrNull(); v != null; v = copy.nextOrNull()) {
                rest.add(v);
            }
        } catch (PyException e) {
            rest.clear();
        }
        return PyTuple.of(ObjectReduce.builtin("iter"), PyTuple.of(new PyList(rest)));
    }

    @Exposed("__length_hint__($self, /)")
    public long __length_hint__() {
        PyDict d = dict;
        return d == null ? 0 : Math.max(0, d.size() - index);
    }
}
