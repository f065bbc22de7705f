package dev.krait.modules.itertools;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.cycle(iterable)}: the items of the iterable, saved on the first pass and
 * repeated from the saved list for ever after.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code cycle_next}, {@code cycle_reduce},
 * {@code cycle_setstate}.
 */
public class PyCycle extends IterBase {
    public static final PyType TYPE = PyType.builtin("cycle", PyCycle.class, null,
            IterBase.class).withModule("itertools");

    /** The source, until it is exhausted (then null). */
    private PyObject it;
    private PyList saved;
    private int index;
    /** Set by {@code __setstate__}: the source's items are already in {@code saved}. */
    private boolean firstpass;

    PyCycle(PyType type, PyObject it) {
        super(type);
        this.it = it;
        this.saved = new PyList();
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, iterable, /)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject iterable) {
        return new PyCycle(cls, Iteration.iter(iterable));
    }

    @Override
    PyObject step() {
        if (it != null) {
            PyObject item = Iteration.next(it);
            if (item != null) {
                if (!firstpass) {
                    saved.items.add(item);
                }
                return item;
            }
            it = null;
        }
        int n = saved.items.size();
        if (n == 0) {
            return null;
        }
        if (index >= n) {
            index = 0;
        }
        PyObject item = saved.items.get(index);
        if (++index >= n) {
            index = 0;
        }
        return item;
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        if (it == null) {
            PyObject savedIt = Iteration.iter(saved);
            if (index != 0) {
                Ops.callMethod(savedIt, "__setstate__", PyInt.of(index));
            }
            return PyTuple.of(type(), PyTuple.of(savedIt), PyTuple.of(saved, PyBool.TRUE));
        }
        return PyTuple.of(type(), PyTuple.of(it),
                PyTuple.of(saved, firstpass ? PyBool.TRUE : PyBool.FALSE));
    }

    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        PyTuple t = stateTuple(state);
        if (t.size() != 2 || !(t.get(0) instanceof PyList list)) {
            throw PyExceptions.typeError("cycle.__setstate__ expects a (list, int) state");
        }
        saved = list;
        firstpass = Numbers.index(t.get(1)).signum() != 0;
        index = 0;
    }
}
