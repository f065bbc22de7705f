package dev.krait.modules.itertools;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.util.Arrays;

/**
 * {@code itertools._tee_dataobject}: one link of the chain of buffers that the iterators of a
 * {@code tee()} share. Each link holds up to {@link #LINKCELLS} items read from the source; the
 * lead iterator fills it, the others read what is there, and a link no iterator still points at
 * is left to the garbage collector.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code teedataobject_newinternal},
 * {@code teedataobject_jumplink}, {@code teedataobject_getitem},
 * {@code teedataobject_reduce}, {@code itertools_teedataobject_impl}.
 */
public final class PyTeeDataObject extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("_tee_dataobject",
            PyTeeDataObject.class, null).withModule("itertools");

    /** Items per link, as CPython's (so that pickled indices mean the same). */
    static final int LINKCELLS = 57;

    private final PyObject it;
    private final PyObject[] values = new PyObject[LINKCELLS];
    private int numread;
    private boolean running;
    private PyTeeDataObject nextlink;

    PyTeeDataObject(PyObject it) {
        super(TYPE);
        this.it = it;
    }

    // CPython: Modules/itertoolsmodule.c itertools_teedataobject_impl
    @Exposed(value = "__new__($type, iterable, values, next, /)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject iterable, PyObject values,
            PyObject next) {
        if (!(values instanceof PyList list)) {
            throw PyExceptions.typeError("_tee_dataobject() argument 2 must be list, not "
                    + values.type().getName());
        }
        PyTeeDataObject tdo = new PyTeeDataObject(iterable);
        int len = list.size();
        if (len > LINKCELLS) {
            throw PyExceptions.valueError("Invalid arguments");
        }
        for (int i = 0; i < len; i++) {
            tdo.values[i] = list.items.get(i);
        }
        tdo.numread = len;
        if (len == LINKCELLS) {
            if (next != PyNone.NONE) {
                if (!(next instanceof PyTeeDataObject link)) {
                    throw PyExceptions.valueError("Invalid arguments");
                }
                tdo.nextlink = link;
            }
        } else if (next != PyNone.NONE) {
            throw PyExceptions.valueError("Invalid arguments");
        }
        return tdo;
    }

    /** The next link, made on first need. */
    PyTeeDataObject jumplink() {
        if (nextlink == null) {
            nextlink = new PyTeeDataObject(it);
        }
        return nextlink;
    }

    /** Item {@code i} of this link, read from the source when {@code i} is the next unread. */
    PyObject getitem(int i) {
        if (i < numread) {
            return values[i];
        }
        if (running) {
            throw PyExceptions.runtimeError("cannot re-enter the tee iterator");
        }
        running = true;
        PyObject value;
        try {
            value = Iteration.next(it);
        } finally {
            running = false;
        }
        if (value == null) {
            return null;
        }
        values[numread++] = value;
        return value;
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        PyList read = new PyList(Arrays.asList(Arrays.copyOf(values, numread)));
        return PyTuple.of(type(), PyTuple.of(it, read,
                nextlink == null ? PyNone.NONE : nextlink));
    }
}
