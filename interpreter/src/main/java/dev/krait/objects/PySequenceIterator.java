package dev.krait.objects;

/**
 * The iterators of the builtin sequences ({@code list_iterator}, {@code tuple_iterator},
 * {@code str_ascii_iterator}, {@code list_reverseiterator}) and of any object with
 * {@code __getitem__} ({@code iterator}): an index that advances until the sequence ends.
 *
 * <p>CPython counterpart: Objects/listobject.c {@code listiter_next}, Objects/iterobject.c.
 */
public final class PySequenceIterator extends PyObject {
    public static final PyType LIST_ITERATOR =
            PyType.builtinFinal("list_iterator", PySequenceIterator.class, null);
    public static final PyType LIST_REVERSE_ITERATOR =
            PyType.sharedLayout("list_reverseiterator", PyBaseObject.TYPE);
    public static final PyType TUPLE_ITERATOR =
            PyType.sharedLayout("tuple_iterator", PyBaseObject.TYPE);
    public static final PyType STR_ASCII_ITERATOR =
            PyType.sharedLayout("str_ascii_iterator", PyBaseObject.TYPE);
    /** CPython iterates a str holding more than ASCII with another type. */
    public static final PyType STR_ITERATOR =
            PyType.sharedLayout("str_iterator", PyBaseObject.TYPE);
    public static final PyType SEQ_ITERATOR = PyType.sharedLayout("iterator", PyBaseObject.TYPE);

    /** Which sequence protocol the iterator walks. */
    public enum Kind { LIST, LIST_REVERSED, TUPLE, STR, GETITEM }

    private final Kind kind;
    private PyObject seq;
    private int index;

    public PySequenceIterator(PyObject seq, Kind kind) {
        super(switch (kind) {
            case LIST -> LIST_ITERATOR;
            case LIST_REVERSED -> LIST_REVERSE_ITERATOR;
            case TUPLE -> TUPLE_ITERATOR;
            case STR -> StrPredicates.isascii((PyStr) seq) ? STR_ASCII_ITERATOR : STR_ITERATOR;
            case GETITEM -> SEQ_ITERATOR;
        });
        this.seq = seq;
        this.kind = kind;
        if (kind == Kind.LIST_REVERSED) {
            index = ((PyList) seq).size() - 1;
        }
        if (!typesShared) {
            shareAll();
        }
    }

    /**
     * Whether the types sharing this layout have list_iterator's methods in their dicts: done
     * once, on the first iterator made (checking it per iterator cost a dict lookup each).
     */
    private static volatile boolean typesShared;

    private static synchronized void shareAll() {
        LIST_ITERATOR.getTypeDict();
        for (PyType t : new PyType[] {LIST_REVERSE_ITERATOR, TUPLE_ITERATOR, STR_ASCII_ITERATOR,
                STR_ITERATOR, SEQ_ITERATOR}) {
            share(t);
        }
        typesShared = true;
    }

    private static void share(PyType t) {
        if (t != LIST_ITERATOR && t.getTypeDict().getItem(PyStr.of("__next__")) == null) {
            PyDict from = LIST_ITERATOR.getTypeDict();
            for (String n : new String[] {"__next__", "__iter__", "__length_hint__",
                    "__setstate__", "__reduce__"}) {
                t.getTypeDict().setItem(PyStr.of(n), from.getItem(PyStr.of(n)));
            }
            t.invalidateCaches();
        }
    }

    /** The next item, or null at the end (no StopIteration is made for Java callers). */
    public PyObject nextOrNull() {
        PyObject s = seq;
        if (s == null) {
            return null;
        }
        switch (kind) {
            case LIST -> {
                PyList l = (PyList) s;
                if (index < l.items.size()) {
                    return l.items.get(index++);
                }
            }
            case LIST_REVERSED -> {
                PyList l = (PyList) s;
                if (index >= 0 && index < l.items.size()) {
                    return l.items.get(index--);
                }
            }
            case TUPLE -> {
                PyTuple t = (PyTuple) s;
                if (index < t.items.length) {
                    return t.items[index++];
                }
            }
            case STR -> {
                PyStr str = (PyStr) s;
                if (index < str.length()) {
                    return PyStr.ofCodePoint(str.codePointAt(index++));
                }
            }
            case GETITEM -> {
                try {
                    return Containers.getItem(s, PyInt.of(index++));
                } catch (PyException e) {
                    if (e.matches(PyExceptions.IndexError) || e.matches(PyExceptions.StopIteration)) {
                        seq = null;
                        return null;
                    }
                    throw e;
                }
            }
            default -> throw new IllegalStateException();
        }
        seq = null;
        return null;
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
        if (seq == null) {
            return 0;
        }
        return switch (kind) {
            case LIST -> Math.max(0, ((PyList) seq).size() - index);
            case LIST_REVERSED -> index + 1;
            case TUPLE -> ((PyTuple) seq).size() - index;
            case STR -> ((PyStr) seq).length() - index;
            default -> 0;
        };
    }

    // CPython: Objects/listobject.c listiter_setstate, listreviter_setstate;
    // Objects/tupleobject.c tupleiter_setstate; Objects/iterobject.c iter_setstate
    @Exposed("__setstate__($self, state, /)")
    public void __setstate__(PyObject state) {
        PyInt i = Numbers.index(state);
        long at = i.isSmall() ? i.longValue() : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (seq == null) {
            return;
        }
        switch (kind) {
            case LIST -> index = (int) Math.max(0, Math.min(at, ((PyList) seq).size()));
            case LIST_REVERSED -> index = (int) Math.max(-1, Math.min(at,
                    ((PyList) seq).size() - 1));
            case TUPLE -> index = (int) Math.max(0, Math.min(at, ((PyTuple) seq).size()));
            case STR -> index = (int) Math.max(0, Math.min(at, ((PyStr) seq).length()));
            case GETITEM -> index = (int) Math.max(0, Math.min(at, Integer.MAX_VALUE));
            default -> throw new IllegalStateException();
        }
    }

    /**
     * {@code (iter, (seq,), index)} while items are left, else an iterator over an empty
     * sequence of the same family (a reversed list iterator reduces through {@code reversed}).
     */
    // CPython: Objects/listobject.c listiter_reduce_general, Objects/tupleobject.c
    // tupleiter_reduce, Objects/unicodeobject.c unicodeiter_reduce, Objects/iterobject.c
    // iter_reduce
    @Exposed("__reduce__($self, /)")
    public PyObject __reduce__() {
        // the lookup of the builtin can run code that exhausts this iterator (a str subclass
        // key in builtins with an __eq__): read the state after it (bpo-101765)
        PyObject builtin = ObjectReduce.builtin(kind == Kind.LIST_REVERSED ? "reversed" : "iter");
        if (seq != null) {
            return PyTuple.of(builtin, PyTuple.of(seq), PyInt.of(index));
        }
        PyObject empty = switch (kind) {
            case LIST, LIST_REVERSED -> new PyList(new java.util.ArrayList<>());
            case STR -> PyStr.of("");
            default -> PyTuple.EMPTY;
        };
        return PyTuple.of(ObjectReduce.builtin("iter"), PyTuple.of(empty));
    }
}
