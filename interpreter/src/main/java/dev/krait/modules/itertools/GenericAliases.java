package dev.krait.modules.itertools;

import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;

/**
 * {@code __class_getitem__} for the native types that CPython makes generic
 * ({@code chain[int]}, {@code deque[str]}, {@code partial[int]}, {@code defaultdict[str, int]}):
 * a {@code types.GenericAlias}, made by calling the {@code types} module's class, so that every
 * native type shares whatever implementation of GenericAlias the interpreter has.
 *
 * <p>CPython counterpart: Objects/genericaliasobject.c {@code Py_GenericAlias}.
 */
public final class GenericAliases {
    private GenericAliases() {}

    /** {@code types.GenericAlias(cls, item)}. */
    public static PyObject of(PyType cls, PyObject item) {
        PyObject types = ThreadState.current().interpreter.importer().importModule("types");
        return Ops.call(Attributes.getAttr(types, "GenericAlias"), cls, item);
    }
}
