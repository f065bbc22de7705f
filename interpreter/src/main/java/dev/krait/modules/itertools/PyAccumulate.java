package dev.krait.modules.itertools;

import dev.krait.objects.ArgParser;
import dev.krait.objects.BinaryOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.accumulate(iterable, func=None, *, initial=None)}: running totals, by
 * {@code +} or by {@code func}, optionally starting from {@code initial}.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code accumulate_next},
 * {@code accumulate_reduce}, {@code accumulate_setstate}.
 */
public class PyAccumulate extends IterBase {
    public static final PyType TYPE = PyType.builtin("accumulate", PyAccumulate.class, null,
            IterBase.class).withModule("itertools");

    /** The running total; null before the first item. */
    private PyObject total;
    private final PyObject it;
    /** The function, or null for addition. */
    private final PyObject binop;
    private PyObject initial;

    PyAccumulate(PyType type, PyObject it, PyObject binop, PyObject initial) {
        super(type);
        this.it = it;
        this.binop = binop;
        this.initial = initial;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, /, iterable, func=None, *, initial=None)",
            kind = Exposed.Kind.STATIC, signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject iterable, PyObject func,
            PyObject initial) {
        return new PyAccumulate(cls, Iteration.iter(iterable), func == PyNone.NONE ? null : func,
                initial);
    }

    @Override
    PyObject step() {
        if (initial != PyNone.NONE) {
            total = initial;
            initial = PyNone.NONE;
            return total;
        }
        PyObject val = Iteration.next(it);
        if (val == null) {
            return null;
        }
        if (total == null) {
            total = val;
            return val;
        }
        total = binop == null ? Numbers.binary(total, val, BinaryOp.ADD) : Ops.call(binop, total, val);
        return total;
    }

    // CPython: Modules/itertoolsmodule.c accumulate_reduce
    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        PyObject func = binop == null ? PyNone.NONE : binop;
        if (initial != PyNone.NONE) {
            PyObject chained = new PyChain(PyChain.TYPE, Iteration.iter(PyTuple.of(
                    PyTuple.of(initial), it)));
            return PyTuple.of(type(), PyTuple.of(chained, func), PyNone.NONE);
        }
        if (total == PyNone.NONE) {
            PyObject chained = new PyChain(PyChain.TYPE, Iteration.iter(PyTuple.of(
                    PyTuple.of(total), it)));
            PyObject again = Ops.call(type(), chained, func);
            return PyTuple.of(PyIslice.TYPE, PyTuple.of(again, PyInt.of(1), PyNone.NONE));
        }
        return PyTuple.of(type(), PyTuple.of(it, func), total == null ? PyNone.NONE : total);
    }

    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        total = state;
    }
}
