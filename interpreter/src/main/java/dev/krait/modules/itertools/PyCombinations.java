package dev.krait.modules.itertools;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.combinations(iterable, r)}: the r-length subsequences of the pool in
 * lexicographic order of their indices.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code itertools_combinations_impl},
 * {@code combinations_next}, {@code combinations_reduce}, {@code combinations_setstate}.
 */
public class PyCombinations extends IterBase {
    public static final PyType TYPE = PyType.builtin("combinations", PyCombinations.class, null,
            IterBase.class).withModule("itertools");

    private final PyObject[] pool;
    private final int[] indices;
    private final int r;
    private PyObject[] result;
    private boolean stopped;

    PyCombinations(PyType type, PyObject[] pool, int r) {
        super(type);
        this.pool = pool;
        this.r = r;
        this.indices = new int[r];
        for (int i = 0; i < r; i++) {
            indices[i] = i;
        }
        this.stopped = r > pool.length;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, /, iterable, r)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject iterable, PyObject r) {
        PyObject[] pool = pool(iterable);
        return new PyCombinations(cls, pool, rArg(r));
    }

    /** The {@code r} argument: a non-negative Py_ssize_t. */
    static int rArg(PyObject r) {
        long n = CArgs.asSsizeT(r);
        if (n < 0) {
            throw PyExceptions.valueError("r must be non-negative");
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        return (int) n;
    }

    @Override
    PyObject step() {
        if (stopped) {
            return null;
        }
        int n = pool.length;
        if (result == null) {
            result = new PyObject[r];
            for (int i = 0; i < r; i++) {
                result[i] = pool[indices[i]];
            }
            return new PyTuple(result.clone());
        }
        int i = r - 1;
        while (i >= 0 && indices[i] == i + n - r) {
            i--;
        }
        if (i < 0) {
            stopped = true;
            return null;
        }
        indices[i]++;
        for (int j = i + 1; j < r; j++) {
            indices[j] = indices[j - 1] + 1;
        }
        for (; i < r; i++) {
            result[i] = pool[indices[i]];
        }
        return new PyTuple(result.clone());
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        if (result == null) {
            return PyTuple.of(type(), PyTuple.of(new PyTuple(pool), PyInt.of(r)));
        }
        if (stopped) {
            return PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY, PyInt.of(r)));
        }
        return PyTuple.of(type(), PyTuple.of(new PyTuple(pool), PyInt.of(r)),
                PyProduct.ints(indices));
    }

    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        int n = pool.length;
        if (!(state instanceof PyTuple t) || t.size() != r) {
            throw PyExceptions.valueError("invalid arguments");
        }
        for (int i = 0; i < r; i++) {
            long index = CArgs.intAsSsizeT(t.get(i));
            long max = i + n - r;
            if (index > max) {
                index = max;
            }
            indices[i] = (int) Math.max(index, 0);
        }
        result = new PyObject[r];
        for (int i = 0; i < r; i++) {
            result[i] = pool[indices[i]];
        }
    }
}
