package dev.krait.modules.itertools;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.takewhile(predicate, iterable)}: passes items through while the predicate
 * holds, and stops for good at the first item for which it does not.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code takewhile_next},
 * {@code takewhile_reduce}, {@code takewhile_setstate}.
 */
public class PyTakewhile extends IterBase {
    public static final PyType TYPE = PyType.builtin("takewhile", PyTakewhile.class, null,
            IterBase.class).withModule("itertools");

    private final PyObject func;
    private final PyObject it;
    private boolean stopped;

    PyTakewhile(PyType type, PyObject func, PyObject it) {
        super(type);
        this.func = func;
        this.it = it;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, predicate, iterable, /)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject predicate, PyObject iterable) {
        return new PyTakewhile(cls, predicate, Iteration.iter(iterable));
    }

    @Override
    PyObject step() {
        if (stopped) {
            return null;
        }
        PyObject item = Iteration.next(it);
        if (item == null) {
            return null;
        }
        if (Ops.isTrue(Ops.call(func, item))) {
            return item;
        }
        stopped = true;
        return null;
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(type(), PyTuple.of(func, it), PyInt.of(stopped ? 1 : 0));
    }

    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        stopped = Ops.isTrue(state);
    }
}
