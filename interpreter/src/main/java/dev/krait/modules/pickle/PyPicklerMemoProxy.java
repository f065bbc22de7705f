package dev.krait.modules.pickle;

import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.util.Map;

/**
 * {@code pickler.memo}: a proxy on a pickler's memo, so that code written for the pure-Python
 * pickler ({@code pickler.memo.clear()}, {@code saved = pickler.memo.copy()},
 * {@code pickler.memo = saved}) keeps working. {@code copy()} gives a dict from {@code id(obj)}
 * to {@code (index, obj)}, as the pure pickler's memo is.
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code PicklerMemoProxyObject},
 * {@code Pickler_set_memo}.
 */
public final class PyPicklerMemoProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("PicklerMemoProxy",
            PyPicklerMemoProxy.class, null).withModule("_pickle");

    private final PyPickler pickler;

    PyPicklerMemoProxy(PyPickler pickler) {
        super(TYPE);
        this.pickler = pickler;
    }

    @Exposed(value = "clear($self, /)", doc = "Remove all items from memo.")
    public void clear() {
        pickler.memo.clear();
    }

    @Exposed(value = "copy($self, /)", doc = "Copy the memo to a new object.")
    public PyObject copy() {
        PyDict d = new PyDict();
        pickler.memo.forEach((obj, index) -> d.setItem(PyInt.of(Ops.id(obj)),
                PyTuple.of(PyInt.of(index), obj)));
        return d;
    }

    @Exposed(value = "__reduce__($self, /)", doc = "Implement pickle support.")
    public PyObject __reduce__() {
        return PyTuple.of(PyDict.TYPE, PyTuple.of(copy()));
    }

    @Exposed("__hash__($self, /)")
    public long __hash__() {
        throw PyExceptions.typeError("unhashable type: '" + type().getName() + "'");
    }

    /** The memo a {@code pickler.memo = value} assignment installs. */
    static MemoTable memoFrom(PyObject value) {
        if (value.type() == TYPE) {
            return ((PyPicklerMemoProxy) value).pickler.memo.copy();
        }
        if (value instanceof PyDict d) {
            MemoTable memo = new MemoTable();
            for (Map.Entry<PyObject, PyObject> e : d.entries()) {
                if (!(e.getValue() instanceof PyTuple t) || t.size() != 2) {
                    throw PyExceptions.typeError("'memo' values must be 2-item tuples");
                }
                PyInt id = Numbers.index(t.get(0));
                if (!id.isSmall() || id.longValue() != (int) id.longValue()) {
                    throw PyExceptions.overflowError("Python int too large to convert to C "
                            + "ssize_t");
                }
                memo.put(t.get(1), (int) id.longValue());
            }
            return memo;
        }
        throw PyExceptions.typeError("'memo' attribute must be a PicklerMemoProxy object or "
                + "dict, not " + value.type().getName());
    }
}
