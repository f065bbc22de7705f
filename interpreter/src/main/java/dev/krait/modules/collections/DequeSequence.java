package dev.krait.modules.collections;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import java.util.List;

/**
 * The sequence protocol of {@code deque}: indexing (integers only — a deque has CPython's
 * {@code sq_item} but no {@code mp_subscript}, so slices are refused), concatenation and
 * repetition. Kept apart from {@link PyDeque}'s queue methods to keep each file to one concept.
 *
 * <p>CPython counterpart: Modules/_collectionsmodule.c {@code deque_item},
 * {@code deque_ass_item}, {@code deque_concat}, {@code deque_inplace_concat},
 * {@code deque_repeat}, {@code deque_inplace_repeat}.
 */
public final class DequeSequence {
    private DequeSequence() {}

    /** CPython's PySequence_GetItem index: __index__, then negative counts from the end. */
    private static int itemIndex(PyDeque d, PyObject key) {
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw PyExceptions.typeError("sequence index must be integer, not '"
                    + key.type().getName() + "'");
        }
        long v = CArgs.asIndexSized(key, PyExceptions.IndexError);
        if (v < 0) {
            v += d.size;
        }
        if (v < 0 || v >= d.size) {
            throw PyExceptions.indexError("deque index out of range");
        }
        return (int) v;
    }

    @Exposed("__getitem__($self, key, /)")
    public static PyObject __getitem__(PyDeque self, PyObject key) {
        return self.get(itemIndex(self, key));
    }

    @Exposed("__setitem__($self, key, value, /)")
    public static void __setitem__(PyDeque self, PyObject key, PyObject value) {
        self.set(itemIndex(self, key), value);
    }

    @Exposed("__delitem__($self, key, /)")
    public static void __delitem__(PyDeque self, PyObject key) {
        self.delAt(itemIndex(self, key));
    }

    // CPython: Modules/_collectionsmodule.c deque_concat
    @Exposed("__add__($self, value, /)")
    public static PyObject __add__(PyDeque self, PyObject other) {
        if (!(other instanceof PyDeque)) {
            throw PyExceptions.typeError("can only concatenate deque (not \""
                    + other.type().getName() + "\") to deque");
        }
        PyDeque result = (PyDeque) self.copy();
        result.extend(other);
        return result;
    }

    @Exposed("__iadd__($self, value, /)")
    public static PyObject __iadd__(PyDeque self, PyObject other) {
        self.extend(other);
        return self;
    }

    @Exposed("__mul__($self, value, /)")
    public static PyObject __mul__(PyDeque self, PyObject n) {
        PyDeque result = (PyDeque) self.copy();
        return repeatInPlace(result, n);
    }

    @Exposed("__rmul__($self, value, /)")
    public static PyObject __rmul__(PyDeque self, PyObject n) {
        return __mul__(self, n);
    }

    @Exposed("__imul__($self, value, /)")
    public static PyObject __imul__(PyDeque self, PyObject n) {
        return repeatInPlace(self, n);
    }

    // CPython: Modules/_collectionsmodule.c deque_inplace_repeat
    private static PyObject repeatInPlace(PyDeque d, PyObject nObj) {
        long n = CArgs.asIndexSized(nObj, PyExceptions.OverflowError);
        int size = d.size;
        if (size == 0 || n == 1) {
            return d;
        }
        if (n <= 0) {
            d.clearAll();
            return d;
        }
        if (d.maxlen >= 0 && n * size > d.maxlen) {
            n = (d.maxlen + size - 1) / size;
        }
        if ((long) size * n > Integer.MAX_VALUE - 8) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        PyList seq = new PyList(List.of(d.toArray()));
        for (long i = 0; i < n - 1; i++) {
            d.extend(seq);
        }
        return d;
    }
}
