package dev.krait.objects;

/**
 * Python's {@code frozenset}: the immutable, hashable half of {@link AnySet}. Its hash is
 * CPython's (an order-independent mix of its elements' hashes) and is computed once, as CPython
 * caches it, which also lets {@code ==} between frozensets answer False early.
 *
 * <p>CPython counterpart: Objects/setobject.c ({@code PyFrozenSet_Type}, {@code frozenset_new},
 * {@code frozenset_hash}).
 */
public class PyFrozenSet extends AnySet {
    public static final PyType TYPE =
            PyType.builtin("frozenset", PyFrozenSet.class, null, AnySet.class);

    /** An empty frozenset. */
    public PyFrozenSet() {
        super(TYPE);
    }

    PyFrozenSet(PyType type) {
        super(type);
    }

    /** A frozenset of an iterable's elements. */
    public static PyFrozenSet of(PyObject iterable) {
        PyFrozenSet f = new PyFrozenSet();
        f.updateFrom(iterable);
        return f;
    }

    /**
     * {@code frozenset(iterable)}: all the work happens here, since a frozenset cannot change after
     * it is made; {@code frozenset(f)} of an exact frozenset is f itself.
     */
    // CPython: Objects/setobject.c frozenset_new, make_new_frozenset
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (cls == TYPE || cls.lookup("__init__") == PyType.OBJECT.lookup("__init__")) {
            noKeywords(kwnames, "frozenset");
        }
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 1) {
            throw PyExceptions.typeError(cls.getName() + " expected at most 1 argument, got "
                    + npos);
        }
        PyObject iterable = npos == 1 ? args[0] : null;
        if (cls == TYPE && iterable != null && iterable.type == TYPE) {
            return iterable;
        }
        PyFrozenSet result = cls == TYPE ? new PyFrozenSet() : new PyFrozenSet(cls);
        if (iterable != null) {
            result.updateFrom(iterable);
        }
        return result;
    }

    // CPython: Objects/setobject.c frozenset_hash
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        if (hash == -1) {
            hash = table.frozensetHash();
        }
        return hash;
    }
}
