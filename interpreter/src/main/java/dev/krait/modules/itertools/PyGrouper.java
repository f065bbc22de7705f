package dev.krait.modules.itertools;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;

/**
 * {@code itertools._grouper}: one group of a {@link PyGroupby}, yielding the parent's items while
 * their key equals the group's — and nothing once the parent has moved on to another group.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code _grouper_create},
 * {@code _grouper_next}, {@code _grouper_reduce}.
 */
public class PyGrouper extends IterBase {
    public static final PyType TYPE = PyType.builtinFinal("_grouper", PyGrouper.class, null,
            IterBase.class).withModule("itertools");

    private final PyGroupby parent;
    private final PyObject tgtkey;

    PyGrouper(PyGroupby parent, PyObject tgtkey) {
        super(TYPE);
        this.parent = parent;
        this.tgtkey = tgtkey;
        parent.currgrouper = this;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, parent, tgtkey, /)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject parent, PyObject tgtkey) {
        if (!(parent instanceof PyGroupby g)) {
            throw PyExceptions.typeError("_grouper() argument 1 must be itertools.groupby, not "
                    + parent.type().getName());
        }
        return new PyGrouper(g, tgtkey);
    }

    @Override
    PyObject step() {
        PyGroupby gbo = parent;
        if (gbo.currgrouper != this) {
            return null;
        }
        if (gbo.currvalue == null && !gbo.advance()) {
            return null;
        }
        if (!Ops.eqBool(tgtkey, gbo.currkey)) {
            return null;
        }
        PyObject r = gbo.currvalue;
        gbo.currvalue = null;
        return r;
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        if (parent.currgrouper != this) {
            PyObject iter = ThreadState.current().interpreter.builtins().getItem(PyStr.of("iter"));
            return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
        }
        return PyTuple.of(type(), PyTuple.of(parent, tgtkey));
    }
}
