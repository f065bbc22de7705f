package dev.krait.modules.itertools;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.filterfalse(function, iterable)}: the items for which the function is false
 * (the items that are false themselves when the function is None or {@code bool}).
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code filterfalse_next}.
 */
public class PyFilterfalse extends IterBase {
    public static final PyType TYPE = PyType.builtin("filterfalse", PyFilterfalse.class, null,
            IterBase.class).withModule("itertools");

    private final PyObject func;
    private final PyObject it;

    PyFilterfalse(PyType type, PyObject func, PyObject it) {
        super(type);
        this.func = func;
        this.it = it;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, function, iterable, /)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject function, PyObject iterable) {
        return new PyFilterfalse(cls, function, Iteration.iter(iterable));
    }

    @Override
    PyObject step() {
        boolean plain = func == PyNone.NONE || func == PyBool.TYPE;
        while (true) {
            PyObject item = Iteration.next(it);
            if (item == null) {
                return null;
            }
            if (!Ops.isTrue(plain ? item : Ops.call(func, item))) {
                return item;
            }
        }
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(type(), PyTuple.of(func, it));
    }
}
