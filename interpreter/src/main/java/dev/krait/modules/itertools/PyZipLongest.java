package dev.krait.modules.itertools;

import dev.krait.objects.ArgParser;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.zip_longest(*iterables, fillvalue=None)}: tuples in step until the longest
 * iterable ends, the shorter ones filled with {@code fillvalue}.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code zip_longest_new},
 * {@code zip_longest_next}, {@code zip_longest_reduce}, {@code zip_longest_setstate}.
 */
public class PyZipLongest extends IterBase {
    public static final PyType TYPE = PyType.builtin("zip_longest", PyZipLongest.class, null,
            IterBase.class).withModule("itertools");

    /** The iterators; an exhausted one becomes null. */
    private final PyObject[] iterators;
    private int numactive;
    private PyObject fillvalue;

    PyZipLongest(PyType type, PyObject[] iterators, PyObject fillvalue) {
        super(type);
        this.iterators = iterators;
        this.numactive = iterators.length;
        this.fillvalue = fillvalue;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, *iterables, fillvalue=None)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject fill = PyNone.NONE;
        if (kwnames != null && kwnames.length > 0) {
            if (kwnames.length != 1 || !kwnames[0].equals("fillvalue")) {
                throw PyExceptions.typeError("zip_longest() got an unexpected keyword argument");
            }
            fill = args[args.length - 1];
        }
        int n = ArgParser.positionalCount(args, kwnames);
        PyObject[] its = new PyObject[n];
        for (int i = 0; i < n; i++) {
            its[i] = Iteration.iter(args[i]);
        }
        return new PyZipLongest(cls, its, fill);
    }

    @Override
    PyObject step() {
        int n = iterators.length;
        if (n == 0 || numactive == 0) {
            return null;
        }
        PyObject[] result = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject it = iterators[i];
            PyObject item;
            if (it == null) {
                item = fillvalue;
            } else {
                try {
                    item = Iteration.next(it);
                } catch (RuntimeException e) {
                    numactive = 0;
                    throw e;
                }
                if (item == null) {
                    if (--numactive == 0) {
                        return null;
                    }
                    item = fillvalue;
                    iterators[i] = null;
                }
            }
            result[i] = item;
        }
        return new PyTuple(result);
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        PyObject[] args = new PyObject[iterators.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = iterators[i] == null ? PyTuple.EMPTY : iterators[i];
        }
        return PyTuple.of(type(), new PyTuple(args), fillvalue);
    }

    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        fillvalue = state;
    }
}
