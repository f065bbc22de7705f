package dev.krait.modules.itertools;

import dev.krait.objects.ArgParser;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.product(*iterables, repeat=1)}: the cartesian product, as an odometer over
 * the pools (each iterable made a tuple first) whose rightmost wheel turns fastest.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code product_new}, {@code product_next},
 * {@code product_reduce}, {@code product_setstate}.
 */
public class PyProduct extends IterBase {
    public static final PyType TYPE = PyType.builtin("product", PyProduct.class, null,
            IterBase.class).withModule("itertools");

    private final PyTuple[] pools;
    private final int[] indices;
    /** The last tuple returned; null before the first. */
    private PyObject[] result;
    private boolean stopped;

    PyProduct(PyType type, PyTuple[] pools) {
        super(type);
        this.pools = pools;
        this.indices = new int[pools.length];
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, *iterables, repeat=1)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject r = ArgParser.keywords("product", args, kwnames, "repeat")[0];
        long repeat = 1;
        if (r != null) {
            repeat = CArgs.asSsizeT(r);
            if (repeat < 0) {
                throw PyExceptions.valueError("repeat argument cannot be negative");
            }
        }
        int nargs = repeat == 0 ? 0 : ArgParser.positionalCount(args, kwnames);
        if (nargs > 0 && repeat > Integer.MAX_VALUE / 8 / nargs) {
            throw PyExceptions.overflowError("repeat argument too large");
        }
        PyTuple[] pools = new PyTuple[(int) (nargs * repeat)];
        for (int i = 0; i < nargs; i++) {
            pools[i] = PyTuple.fromIterable(args[i]);
        }
        for (int i = nargs; i < pools.length; i++) {
            pools[i] = pools[i - nargs];
        }
        return new PyProduct(cls, pools);
    }

    @Override
    PyObject step() {
        if (stopped) {
            return null;
        }
        int npools = pools.length;
        if (result == null) {
            PyObject[] first = new PyObject[npools];
            for (int i = 0; i < npools; i++) {
                if (pools[i].size() == 0) {
                    stopped = true;
                    return null;
                }
                first[i] = pools[i].get(0);
            }
            result = first;
            return new PyTuple(first.clone());
        }
        PyObject[] next = result.clone();
        int i;
        for (i = npools - 1; i >= 0; i--) {
            PyTuple pool = pools[i];
            if (++indices[i] == pool.size()) {
                indices[i] = 0;
                next[i] = pool.get(0);
            } else {
                next[i] = pool.get(indices[i]);
                break;
            }
        }
        if (i < 0) {
            stopped = true;
            return null;
        }
        result = next;
        return new PyTuple(next.clone());
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        if (stopped) {
            return PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY));
        }
        PyTuple poolTuple = new PyTuple(pools.clone());
        if (result == null) {
            return PyTuple.of(type(), poolTuple);
        }
        return PyTuple.of(type(), poolTuple, ints(indices));
    }

    static PyTuple ints(int[] values) {
        PyObject[] out = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = PyInt.of(values[i]);
        }
        return new PyTuple(out);
    }

    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        int n = pools.length;
        if (!(state instanceof PyTuple t) || t.size() != n) {
            throw PyExceptions.valueError("invalid arguments");
        }
        for (int i = 0; i < n; i++) {
            long index = CArgs.intAsSsizeT(t.get(i));
            int poolsize = pools[i].size();
            if (poolsize == 0) {
                stopped = true;
                return;
            }
            indices[i] = (int) Math.max(0, Math.min(index, poolsize - 1));
        }
        PyObject[] r = new PyObject[n];
        for (int i = 0; i < n; i++) {
            r[i] = pools[i].get(indices[i]);
        }
        result = r;
    }
}
