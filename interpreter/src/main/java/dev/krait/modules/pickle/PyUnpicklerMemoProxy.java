package dev.krait.modules.pickle;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code unpickler.memo}: a proxy on an unpickler's memo; {@code copy()} gives a dict from memo
 * index to object, and assigning such a dict (or another proxy) to {@code unpickler.memo}
 * installs it.
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code UnpicklerMemoProxyObject}.
 */
public final class PyUnpicklerMemoProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("UnpicklerMemoProxy",
            PyUnpicklerMemoProxy.class, null).withModule("_pickle");

    final PyUnpickler unpickler;

    PyUnpicklerMemoProxy(PyUnpickler unpickler) {
        super(TYPE);
        this.unpickler = unpickler;
    }

    @Exposed(value = "clear($self, /)", doc = "Remove all items from memo.")
    public void clear() {
        unpickler.memo = new PyObject[unpickler.memo.length];
        unpickler.memoLen = 0;
    }

    @Exposed(value = "copy($self, /)", doc = "Copy the memo to a new object.")
    public PyObject copy() {
        PyDict d = new PyDict();
        PyObject[] memo = unpickler.memo;
        for (int i = 0; i < memo.length; i++) {
            if (memo[i] != null) {
                d.setItem(PyInt.of(i), memo[i]);
            }
        }
        return d;
    }

    @Exposed(value = "__reduce__($self, /)", doc = "Implement pickling support.")
    public PyObject __reduce__() {
        return PyTuple.of(PyDict.TYPE, PyTuple.of(copy()));
    }

    @Exposed("__hash__($self, /)")
    public long __hash__() {
        throw PyExceptions.typeError("unhashable type: '" + type().getName() + "'");
    }
}
