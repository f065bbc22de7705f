package dev.krait.modules.collections;

import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;

/**
 * The clamped slice-style index of {@code deque.index()}'s start and stop
 * ({@code _PyEval_SliceIndex}); the C integers of the other arguments are
 * {@link dev.krait.objects.CArgs}'.
 */
final class IntArgs {
    private IntArgs() {}

    /** A slice-style index argument, clamped to the Py_ssize_t range. */
    static long clampedIndex(PyObject o) {
        PyInt i = Ops.indexForSlice(o);
        if (!i.isSmall()) {
            return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return i.longValue();
    }
}
