package dev.krait.modules.itertools;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.compress(data, selectors)}: the data items whose selector is true. Each step
 * takes a datum before its selector, so that the same input raises first as in CPython.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code compress_next}.
 */
public class PyCompress extends IterBase {
    public static final PyType TYPE = PyType.builtin("compress", PyCompress.class, null,
            IterBase.class).withModule("itertools");

    private final PyObject data;
    private final PyObject selectors;

    PyCompress(PyType type, PyObject data, PyObject selectors) {
        super(type);
        this.data = data;
        this.selectors = selectors;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, /, data, selectors)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject data, PyObject selectors) {
        PyObject d = Iteration.iter(data);
        return new PyCompress(cls, d, Iteration.iter(selectors));
    }

    @Override
    PyObject step() {
        while (true) {
            PyObject datum = Iteration.next(data);
            if (datum == null) {
                return null;
            }
            PyObject selector = Iteration.next(selectors);
            if (selector == null) {
                return null;
            }
            if (Ops.isTrue(selector)) {
                return datum;
            }
        }
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(type(), PyTuple.of(data, selectors));
    }
}
