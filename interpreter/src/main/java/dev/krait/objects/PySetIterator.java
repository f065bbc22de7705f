package dev.krait.objects;

import dev.krait.hashing.SetCursor;

/**
 * The iterator over a set or frozenset ({@code set_iterator}): walks the table's slots in order,
 * and raises CPython's RuntimeError, again on every later call, once the set has changed size.
 *
 * <p>CPython counterpart: Objects/setobject.c {@code setiterobject}, {@code setiter_iternext}.
 */
public final class PySetIterator extends PyObject implements Iteration.JavaIterator {
    public static final PyType TYPE =
            PyType.builtinFinal("set_iterator", PySetIterator.class, null);

    /** The set, until the iteration ends: then null, so the iterator keeps it alive no more. */
    private AnySet set;
    private final SetCursor cursor;

    PySetIterator(AnySet set) {
        this(set, set.table.cursor());
    }

    private PySetIterator(AnySet set, SetCursor cursor) {
        super(TYPE);
        this.set = set;
        this.cursor = cursor;
    }

    /**
     * {@code iter(list_of_what_is_left)}: a set iterator unpickles as a list iterator, the order
     * of a set being no part of its value.
     */
    // CPython: Objects/setobject.c setiter_reduce
    @Exposed("__reduce__($self, /)")
    public PyObject __reduce__() {
        PyObject rest = new PyList(Iteration.toList(new PySetIterator(set, cursor.copy())));
        return PyTuple.of(ObjectReduce.builtin("iter"), PyTuple.of(rest));
    }

    @Override
    public PyObject nextOrNull() {
        int slot = cursor.next();
        if (slot == SetCursor.CHANGED_SIZE) {
            throw PyExceptions.runtimeError("Set changed size during iteration");
        }
        if (slot == SetCursor.END) {
            // CPython: Objects/setobject.c setiter_iternext lets go of the set at the end
            set = null;
            return null;
        }
        return set.table.keyAt(slot);
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
        return cursor.lengthHint();
    }
}
