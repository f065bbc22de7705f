package dev.krait.objects;

import dev.krait.hashing.DictCursor;
import dev.krait.hashing.DictTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The iterators over a dict's keys, values and items: a {@link DictCursor} over the dict's
 * table, resuming at an entry number as CPython's do, so that a dict changed while they run
 * raises CPython's RuntimeError at the same moments ("changed size" when the number of items
 * differs, "keys changed" when a forward iterator finds more entries than there were items).
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

    /** The dict's table, until the iteration ends: then null, to keep it alive no more. */
    private DictTable<PyObject, PyObject> table;
    private final Kind kind;
    private final DictCursor cursor;

    public PyDictIterator(PyDict dict, Kind kind) {
        this(dict.table(), kind, null);
    }

    private PyDictIterator(DictTable<PyObject, PyObject> table, Kind kind, DictCursor cursor) {
        super(kind.type());
        this.table = table;
        this.kind = kind;
        this.cursor = cursor != null ? cursor : table.cursor(kind.reversed());
    }

    // CPython: Objects/dictobject.c dictiter_iternextkey, dictiter_iternextvalue,
    // dictiter_iternextitem, dictreviter_iternext -- at the end (and when the keys changed) the
    // cursor lets go of the table
    public PyObject nextOrNull() {
        int i = cursor.next();
        if (i < 0) {
            if (i != DictCursor.CHANGED_SIZE) {
                table = null;
            }
            if (i == DictCursor.END) {
                return null;
            }
            throw PyExceptions.runtimeError(i == DictCursor.CHANGED_SIZE
                    ? "dictionary changed size during iteration"
                    : "dictionary keys changed during iteration");
        }
        return switch (kind) {
            case KEYS, KEYS_REVERSED -> table.keyAt(i);
            case VALUES, VALUES_REVERSED -> table.valueAt(i);
            case ITEMS, ITEMS_REVERSED -> PyTuple.of(table.keyAt(i), table.valueAt(i));
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

    /** {@code iter(list_of_what_is_left)}, as CPython pickles a dict iterator. */
    // CPython: Objects/dictobject.c dictiter_reduce
    @Exposed("__reduce__($self, /)")
    public PyObject __reduce__() {
        List<PyObject> rest = new ArrayList<>();
        if (table == null) {
            return PyTuple.of(ObjectReduce.builtin("iter"), PyTuple.of(new PyList(rest)));
        }
        PyDictIterator copy = new PyDictIterator(table, kind, cursor.copy());
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
        return cursor.lengthHint();
    }
}
