package dev.krait.modules.itertools;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;

/**
 * {@code itertools._tee}: one of the independent iterators {@code tee()} returns, a position
 * (link and index) in the shared {@link PyTeeDataObject} chain. {@code __copy__} makes another
 * at the same position, which is how {@code tee()} makes its siblings.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code tee_next}, {@code tee_copy},
 * {@code tee_fromiterable}, {@code tee_reduce}, {@code tee_setstate}.
 */
public final class PyTee extends IterBase implements Weakrefable {
    public static final PyType TYPE = PyType.builtinFinal("_tee", PyTee.class, null,
            IterBase.class).withModule("itertools");

    private PyTeeDataObject dataobj;
    private int index;

    PyTee(PyTeeDataObject dataobj, int index) {
        super(TYPE);
        this.dataobj = dataobj;
        this.index = index;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, iterable, /)", kind = Exposed.Kind.STATIC,
            doc = "Iterator wrapped to make it copyable.", signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject iterable) {
        return fromIterable(iterable);
    }

    /** A tee over {@code iterable}: a copy when it is already one. */
    static PyTee fromIterable(PyObject iterable) {
        PyObject it = Iteration.iter(iterable);
        if (it instanceof PyTee t) {
            return t.__copy__();
        }
        return new PyTee(new PyTeeDataObject(it), 0);
    }

    @Override
    PyObject step() {
        if (index >= PyTeeDataObject.LINKCELLS) {
            dataobj = dataobj.jumplink();
            index = 0;
        }
        PyObject value = dataobj.getitem(index);
        if (value != null) {
            index++;
        }
        return value;
    }

    @Exposed(value = "__copy__($self, /)", doc = "Returns an independent iterator.",
            signature = Exposed.Signature.HIDDEN)
    public PyTee __copy__() {
        return new PyTee(dataobj, index);
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY), PyTuple.of(dataobj,
                PyInt.of(index)));
    }

    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        PyTuple t = stateTuple(state);
        if (t.size() != 2 || !(t.get(0) instanceof PyTeeDataObject tdo)) {
            throw PyExceptions.typeError("_tee.__setstate__ expects (_tee_dataobject, int)");
        }
        long i = CArgs.intFormat(t.get(1));
        if (i < 0 || i > PyTeeDataObject.LINKCELLS) {
            throw PyExceptions.valueError("Index out of range");
        }
        dataobj = tdo;
        index = (int) i;
    }
}
