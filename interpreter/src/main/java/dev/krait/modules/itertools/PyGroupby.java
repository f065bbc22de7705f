package dev.krait.modules.itertools;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.groupby(iterable, key=None)}: (key, group) pairs for runs of items with equal
 * keys. Each group is a {@link PyGrouper} reading from this object's single pass over the source;
 * only the newest group may read, so advancing the groupby ends the older groups.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code groupby_step}, {@code groupby_next},
 * {@code groupby_reduce}, {@code groupby_setstate}.
 */
public class PyGroupby extends IterBase {
    public static final PyType TYPE = PyType.builtin("groupby", PyGroupby.class, null,
            IterBase.class).withModule("itertools");

    final PyObject it;
    final PyObject keyfunc;
    PyObject tgtkey;
    PyObject currkey;
    PyObject currvalue;
    /** The one grouper allowed to read (CPython's borrowed {@code currgrouper}). */
    PyGrouper currgrouper;

    PyGroupby(PyType type, PyObject it, PyObject keyfunc) {
        super(type);
        this.it = it;
        this.keyfunc = keyfunc;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, /, iterable, key=None)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject iterable, PyObject key) {
        return new PyGroupby(cls, Iteration.iter(iterable), key);
    }

    /** Reads the next item and its key; false at the end. */
    boolean advance() {
        PyObject value = Iteration.next(it);
        if (value == null) {
            return false;
        }
        PyObject key = keyfunc == PyNone.NONE ? value : Ops.call(keyfunc, value);
        currvalue = value;
        currkey = key;
        return true;
    }

    @Override
    PyObject step() {
        currgrouper = null;
        // skip to the next group
        while (true) {
            if (currkey == null) {
                // nothing read yet
            } else if (tgtkey == null) {
                break;
            } else if (!Ops.eqBool(tgtkey, currkey)) {
                break;
            }
            if (!advance()) {
                return null;
            }
        }
        tgtkey = currkey;
        PyGrouper grouper = new PyGrouper(this, tgtkey);
        return PyTuple.of(currkey, grouper);
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        if (tgtkey != null && currkey != null && currvalue != null) {
            return PyTuple.of(type(), PyTuple.of(it, keyfunc),
                    PyTuple.of(currkey, currvalue, tgtkey));
        }
        return PyTuple.of(type(), PyTuple.of(it, keyfunc));
    }

    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        PyTuple t = stateTuple(state);
        if (t.size() != 3) {
            throw PyExceptions.typeError("function takes exactly 3 arguments (" + t.size()
                    + " given)");
        }
        currkey = t.get(0);
        currvalue = t.get(1);
        tgtkey = t.get(2);
    }
}
