package dev.krait.modules.operator;

import dev.krait.objects.ArgParser;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code operator.itemgetter(item, ...)}: a callable returning {@code obj[item]}, or a tuple of
 * several items. A non-negative int item on an exact tuple is read directly, as CPython's fast
 * path does.
 *
 * <p>CPython counterpart: Modules/_operator.c {@code itemgetter_new},
 * {@code itemgetter_call_impl}, {@code itemgetter_repr}, {@code itemgetter_reduce}.
 */
public final class PyItemGetter extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("itemgetter", PyItemGetter.class, null)
            .withModule("operator");

    /** The single item, or the tuple of items when there are several. */
    private final PyObject item;
    private final int nitems;
    /** The item as a non-negative index, or -1. */
    private final long index;

    private PyItemGetter(PyObject item, int nitems) {
        super(TYPE);
        this.item = item;
        this.nitems = nitems;
        this.index = item instanceof PyInt i && item.type() == PyInt.TYPE && i.isSmall()
                && i.longValue() >= 0 ? i.longValue() : -1;
    }

    @Exposed(value = "__new__($type, item, /, *items)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("itemgetter", kwnames);
        int n = args.length;
        if (n == 0) {
            throw PyExceptions.typeError("itemgetter expected 1 argument, got 0");
        }
        return n == 1 ? new PyItemGetter(args[0], 1) : new PyItemGetter(new PyTuple(args), n);
    }

    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("itemgetter", kwnames);
        if (args.length != 1) {
            throw PyExceptions.typeError("itemgetter expected 1 argument, got " + args.length);
        }
        PyObject obj = args[0];
        if (nitems == 1) {
            if (index >= 0 && obj.type() == PyTuple.TYPE && index < ((PyTuple) obj).size()) {
                return ((PyTuple) obj).get((int) index);
            }
            return Containers.getItem(obj, item);
        }
        PyObject[] items = ((PyTuple) item).items();
        PyObject[] out = new PyObject[nitems];
        for (int i = 0; i < nitems; i++) {
            out[i] = Containers.getItem(obj, items[i]);
        }
        return new PyTuple(out);
    }

    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        return Ops.withReprGuard(this, "operator.itemgetter(...)", () -> PyStr.of(nitems == 1
                ? "operator.itemgetter(" + Ops.repr(item).value() + ")"
                : "operator.itemgetter" + Ops.repr(item).value()));
    }

    @Exposed(value = "__reduce__($self, /)", doc = "Return state information for pickling")
    public PyObject __reduce__() {
        return nitems == 1 ? PyTuple.of(type(), PyTuple.of(item)) : PyTuple.of(type(), item);
    }
}
