package dev.krait.modules.itertools;

import dev.krait.objects.ArgParser;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.islice(iterable, [start,] stop[, step])}: the items a slice of the iterable
 * would hold, read lazily; indices are non-negative and the step positive.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code islice_new}, {@code islice_next},
 * {@code islice_reduce}, {@code islice_setstate}.
 */
public class PyIslice extends IterBase {
    public static final PyType TYPE = PyType.builtin("islice", PyIslice.class, null,
            IterBase.class).withModule("itertools");

    private static final String STOP_MESSAGE =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    /** The source; null once exhausted. */
    private PyObject it;
    private long next;
    /** -1: no stop. */
    private final long stop;
    private final long step;
    private long cnt;

    PyIslice(PyType type, PyObject it, long start, long stop, long step) {
        super(type);
        this.it = it;
        this.next = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, iterable, start, stop=<unrepresentable>, step=1, /)",
            kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywordsInNew("islice", cls, TYPE, kwnames);
        int n = ArgParser.positionalCount(args, kwnames);
        if (n < 2 || n > 4) {
            throw PyExceptions.typeError("islice expected " + (n < 2 ? "at least 2" : "at most 4")
                    + " argument" + (n < 2 ? "s" : "s") + ", got " + n);
        }
        long start = 0;
        long stop = -1;
        long step = 1;
        if (n == 2) {
            if (args[1] != PyNone.NONE) {
                stop = sizeOrMinusOne(args[1]);
                if (stop == -1) {
                    throw PyExceptions.valueError(STOP_MESSAGE);
                }
            }
        } else {
            if (args[1] != PyNone.NONE) {
                start = sizeOrMinusOne(args[1]);
            }
            if (args[2] != PyNone.NONE) {
                stop = sizeOrMinusOne(args[2]);
                if (stop == -1) {
                    throw PyExceptions.valueError(STOP_MESSAGE);
                }
            }
        }
        if (start < 0 || stop < -1) {
            throw PyExceptions.valueError("Indices for islice() must be None or an integer: "
                    + "0 <= x <= sys.maxsize.");
        }
        if (n == 4 && args[3] != PyNone.NONE) {
            step = sizeOrMinusOne(args[3]);
        }
        if (step < 1) {
            throw PyExceptions.valueError("Step for islice() must be a positive integer or None.");
        }
        return new PyIslice(cls, Iteration.iter(args[0]), start, stop, step);
    }

    /** {@code PyNumber_AsSsize_t} with the error cleared to -1, as islice_new uses it. */
    private static long sizeOrMinusOne(PyObject o) {
        try {
            PyInt i = Numbers.index(o);
            return i.isSmall() ? i.longValue() : -1;
        } catch (PyException e) {
            return -1;
        }
    }

    // CPython: Modules/itertoolsmodule.c islice_next
    @Override
    PyObject step() {
        if (it == null) {
            return null;
        }
        while (cnt < next) {
            if (Iteration.next(it) == null) {
                it = null;
                return null;
            }
            cnt++;
        }
        if (stop != -1 && cnt >= stop) {
            it = null;
            return null;
        }
        PyObject item = Iteration.next(it);
        if (item == null) {
            it = null;
            return null;
        }
        cnt++;
        long oldnext = next;
        next += step;
        if (next < oldnext || stop != -1 && next > stop) {
            next = stop;
        }
        return item;
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        if (it == null) {
            return PyTuple.of(type(), PyTuple.of(Iteration.iter(new PyList()), PyInt.of(0)),
                    PyInt.of(0));
        }
        PyObject stopObj = stop == -1 ? PyNone.NONE : PyInt.of(stop);
        return PyTuple.of(type(), PyTuple.of(it, PyInt.of(next), stopObj, PyInt.of(step)),
                PyInt.of(cnt));
    }

    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        cnt = CArgs.intAsSsizeT(state);
    }
}
