package dev.krait.modules.itertools;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.permutations(iterable, r=None)}: the r-length arrangements of the pool, in
 * the order of CPython's cycle algorithm (the indices rotate, {@code cycles} counting down how
 * far each position has yet to turn).
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code itertools_permutations_impl},
 * {@code permutations_next}, {@code permutations_reduce}, {@code permutations_setstate}.
 */
public class PyPermutations extends IterBase {
    public static final PyType TYPE = PyType.builtin("permutations", PyPermutations.class, null,
            IterBase.class).withModule("itertools");

    private final PyObject[] pool;
    private final int[] indices;
    private final int[] cycles;
    private final int r;
    private PyObject[] result;
    private boolean stopped;

    PyPermutations(PyType type, PyObject[] pool, int r) {
        super(type);
        int n = pool.length;
        this.pool = pool;
        this.r = r;
        this.indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        this.cycles = new int[r];
        for (int i = 0; i < r; i++) {
            cycles[i] = n - i;
        }
        this.stopped = r > n;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, /, iterable, r=None)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject iterable, PyObject r) {
        PyObject[] pool = pool(iterable);
        int size = pool.length;
        if (r != PyNone.NONE) {
            if (!(r instanceof PyInt)) {
                throw PyExceptions.typeError("Expected int as r");
            }
            long v = CArgs.intAsSsizeT(r);
            if (v < 0) {
                throw PyExceptions.valueError("r must be non-negative");
            }
            if (v > Integer.MAX_VALUE - 8) {
                throw PyExceptions.of(PyExceptions.MemoryError, "");
            }
            size = (int) v;
        }
        return new PyPermutations(cls, pool, size);
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
        if (n == 0) {
            stopped = true;
            return null;
        }
        int i;
        for (i = r - 1; i >= 0; i--) {
            if (--cycles[i] == 0) {
                // rotate indices[i:] left by one
                int first = indices[i];
                System.arraycopy(indices, i + 1, indices, i, n - 1 - i);
                indices[n - 1] = first;
                cycles[i] = n - i;
            } else {
                int j = cycles[i];
                int swap = indices[i];
                indices[i] = indices[n - j];
                indices[n - j] = swap;
                for (int k = i; k < r; k++) {
                    result[k] = pool[indices[k]];
                }
                break;
            }
        }
        if (i < 0) {
            stopped = true;
            return null;
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
                PyTuple.of(PyProduct.ints(indices), PyProduct.ints(cycles)));
    }

    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        PyTuple t = stateTuple(state);
        if (t.size() != 2 || !(t.get(0) instanceof PyTuple idx)
                || !(t.get(1) instanceof PyTuple cyc)) {
            throw PyExceptions.typeError("permutations.__setstate__ expects two tuples");
        }
        int n = pool.length;
        if (idx.size() != n || cyc.size() != r) {
            throw PyExceptions.valueError("invalid arguments");
        }
        for (int i = 0; i < n; i++) {
            indices[i] = (int) Math.max(0, Math.min(CArgs.intAsSsizeT(idx.get(i)), n - 1));
        }
        for (int i = 0; i < r; i++) {
            cycles[i] = (int) Math.max(1, Math.min(CArgs.intAsSsizeT(cyc.get(i)), n - i));
        }
        result = new PyObject[r];
        for (int i = 0; i < r; i++) {
            result[i] = pool[indices[i]];
        }
    }
}
