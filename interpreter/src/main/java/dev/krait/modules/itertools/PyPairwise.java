package dev.krait.modules.itertools;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.pairwise(iterable)}: overlapping pairs of consecutive items. It has no
 * {@code __reduce__}, as in CPython 3.11.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code pairwise_next}.
 */
public class PyPairwise extends IterBase {
    public static final PyType TYPE = PyType.builtin("pairwise", PyPairwise.class, null,
            IterBase.class).withModule("itertools");

    /** The iterator; null once it is exhausted. */
    private PyObject it;
    private PyObject old;

    PyPairwise(PyType type, PyObject it) {
        super(type);
        this.it = it;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, iterable, /)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject iterable) {
        return new PyPairwise(cls, Iteration.iter(iterable));
    }

    /**
     * The next pair. The iterator may call this same pairwise again (re-entrantly) while it is
     * asked for an item: the pair is made of what this call itself fetched, and the item last
     * fetched becomes the one to pair next, as in CPython.
     */
    // CPython: Modules/itertoolsmodule.c pairwise_next (as of 3.11.7)
    @Override
    PyObject step() {
        if (it == null) {
            return null;
        }
        PyObject first = old;
        if (first == null) {
            first = Iteration.next(it);
            old = first;
            if (first == null) {
                it = null;
                return null;
            }
            if (it == null) {
                // a re-entrant call exhausted the iterator
                old = null;
                return null;
            }
        }
        PyObject next = Iteration.next(it);
        if (next == null) {
            it = null;
            old = null;
            return null;
        }
        PyObject pair = PyTuple.of(first, next);
        old = next;
        return pair;
    }
}
