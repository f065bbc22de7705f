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

    private final PyObject it;
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

    @Override
    PyObject step() {
        if (old == null) {
            old = Iteration.next(it);
            if (old == null) {
                return null;
            }
        }
        PyObject next = Iteration.next(it);
        if (next == null) {
            return null;
        }
        PyObject pair = PyTuple.of(old, next);
        old = next;
        return pair;
    }
}
