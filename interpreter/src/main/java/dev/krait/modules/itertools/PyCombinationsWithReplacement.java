package dev.krait.modules.itertools;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.util.Arrays;

/**
 * {@code itertools.combinations_with_replacement(iterable, r)}: r-length combinations in which
 * an item may repeat; the indices never decrease from left to right.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c
 * {@code itertools_combinations_with_replacement_impl}, {@code cwr_next}, {@code cwr_reduce},
 * {@code cwr_setstate}.
 */
public class PyCombinationsWithReplacement extends IterBase {
    public static final PyType TYPE = PyType.builtin("combinations_with_replacement",
            PyCombinationsWithReplacement.class, null, IterBase.class).withModule("itertools");

    private final PyObject[] pool;
    private final int[] indices;
    private final int r;
    private PyObject[] result;
    private boolean stopped;

    PyCombinationsWithReplacement(PyType type, PyObject[] pool, int r) {
        super(type);
        this.pool = pool;
        this.r = r;
        this.indices = new int[r];
        this.stopped = pool.length == 0 && r > 0;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, /, iterable, r)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject iterable, PyObject r) {
        PyObject[] pool = pool(iterable);
        return new PyCombinationsWithReplacement(cls, pool, PyCombinations.rArg(r));
    }

    @Override
    PyObject step() {
        if (stopped) {
            return null;
        }
        int n = pool.length;
        if (result == null) {
            result = new PyObject[r];
            if (n > 0) {
                Arrays.fill(result, pool[0]);
            }
            return new PyTuple(result.clone());
        }
        int i = r - 1;
        while (i >= 0 && indices[i] == n - 1) {
            i--;
        }
        if (i < 0) {
            stopped = true;
            return null;
        }
        int index = indices[i] + 1;
        PyObject elem = pool[index];
        for (; i < r; i++) {
            indices[i] = index;
            result[i] = elem;
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
        if (!(state instanceof PyTuple t) || t.size() != r) {
            throw PyExceptions.valueError("invalid arguments");
        }
        int n = pool.length;
        for (int i = 0; i < r; i++) {
            long index = CArgs.intAsSsizeT(t.get(i));
            indices[i] = (int) Math.max(0, Math.min(index, n - 1));
        }
        result = new PyObject[r];
        for (int i = 0; i < r; i++) {
            result[i] = pool[indices[i]];
        }
    }
}
