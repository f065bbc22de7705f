package dev.krait.modules.itertools;

import dev.krait.objects.BinaryOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyComplex;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.count(start=0, step=1)}: start, start+step, ... for ever. Like CPython it
 * counts in a Java long while the start is an int that fits and the step is the int 1 ("fast
 * mode"), and otherwise adds Python objects, so floats, Fractions and Decimals count too.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code itertools_count_impl},
 * {@code count_next}, {@code count_repr}, {@code count_reduce}.
 */
public class PyCount extends IterBase {
    public static final PyType TYPE = PyType.builtin("count", PyCount.class, null,
            IterBase.class).withModule("itertools");

    /** The next value in fast mode; {@link Long#MAX_VALUE} once counting with objects. */
    private long cnt;
    private PyObject longCnt;
    private final PyObject longStep;

    PyCount(PyType type, long cnt, PyObject longCnt, PyObject longStep) {
        super(type);
        this.cnt = cnt;
        this.longCnt = longCnt;
        this.longStep = longStep;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    // CPython: Modules/itertoolsmodule.c itertools_count_impl
    @Exposed(value = "__new__($type, start=0, step=1)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject start, PyObject step) {
        if (start != null && !isNumber(start) || step != null && !isNumber(step)) {
            throw PyExceptions.typeError("a number is required");
        }
        boolean fast = (start == null || start instanceof PyInt)
                && (step == null || step instanceof PyInt);
        long cnt = 0;
        if (start == null) {
            start = PyInt.of(0);
        } else if (fast) {
            PyInt s = (PyInt) start;
            if (s.isSmall() && s.longValue() != Long.MAX_VALUE) {
                cnt = s.longValue();
            } else {
                fast = false;
            }
        }
        if (step == null) {
            step = PyInt.of(1);
        }
        if (fast && !isOne(step)) {
            fast = false;
        }
        return fast ? new PyCount(cls, cnt, null, step)
                : new PyCount(cls, Long.MAX_VALUE, start, step);
    }

    /** {@code PyNumber_Check}: has {@code __index__}, {@code __int__} or {@code __float__}. */
    static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return o instanceof PyComplex || t.lookup("__index__") != null
                || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    private static boolean isOne(PyObject step) {
        return step instanceof PyInt i && i.isSmall() && i.longValue() == 1;
    }

    @Override
    PyObject step() {
        if (cnt != Long.MAX_VALUE) {
            return PyInt.of(cnt++);
        }
        // CPython: count_nextlong — the fast count ran out, or never applied
        PyObject current = longCnt == null ? PyInt.of(Long.MAX_VALUE) : longCnt;
        longCnt = Numbers.binary(current, longStep, BinaryOp.ADD);
        return current;
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        String name = type().getName();
        if (cnt != Long.MAX_VALUE) {
            return name + "(" + cnt + ")";
        }
        PyObject current = longCnt == null ? PyInt.of(Long.MAX_VALUE) : longCnt;
        if (isOne(longStep)) {
            return name + "(" + Ops.repr(current).value() + ")";
        }
        return name + "(" + Ops.repr(current).value() + ", " + Ops.repr(longStep).value() + ")";
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        if (cnt == Long.MAX_VALUE) {
            PyObject current = longCnt == null ? PyInt.of(Long.MAX_VALUE) : longCnt;
            return PyTuple.of(type(), PyTuple.of(current, longStep));
        }
        return PyTuple.of(type(), PyTuple.of(PyInt.of(cnt)));
    }
}
