package dev.krait.modules.itertools;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.dropwhile(predicate, iterable)}: skips items while the predicate holds, then
 * passes every item through.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code dropwhile_next},
 * {@code dropwhile_reduce}, {@code dropwhile_setstate}.
 */
public class PyDropwhile extends IterBase {
    public static final PyType TYPE = PyType.builtin("dropwhile", PyDropwhile.class, null,
            IterBase.class).withModule("itertools");

    private final PyObject func;
    private final PyObject it;
    private boolean started;

    PyDropwhile(PyType type, PyObject func, PyObject it) {
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
        return new PyDropwhile(cls, predicate, Iteration.iter(iterable));
    }

    @Override
    PyObject step() {
        while (true) {
            PyObject item = Iteration.next(it);
            if (item == null || started) {
                return item;
            }
            if (!Ops.isTrue(Ops.call(func, item))) {
                started = true;
                return item;
            }
        }
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(type(), PyTuple.of(func, it), PyInt.of(started ? 1 : 0));
    }

    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        started = Ops.isTrue(state);
    }
}
