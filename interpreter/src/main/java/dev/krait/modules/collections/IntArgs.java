package dev.krait.modules.collections;

import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;

/**
 * The integer conversions of CPython's argument parsing that {@code deque} uses:
 * {@code PyLong_AsSsize_t} (OverflowError beyond a Py_ssize_t) and {@code _PyEval_SliceIndex}
 * (clamped, for {@code index()}'s start and stop).
 */
final class IntArgs {
    private IntArgs() {}

    /** An int argument as a Py_ssize_t ({@code PyLong_AsSsize_t}: ints only). */
    static long ssize(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyExceptions.typeError("an integer is required");
        }
        return ssizeOf(i);
    }

    /** A Py_ssize_t argument of Argument Clinic's "n" format (anything with __index__). */
    static long ssizeIndex(PyObject o) {
        return ssizeOf(Ops.index(o));
    }

    private static long ssizeOf(PyInt i) {
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** A slice-style index argument, clamped to the Py_ssize_t range. */
    static long clampedIndex(PyObject o) {
        PyInt i = Ops.indexForSlice(o);
        if (!i.isSmall()) {
            return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return i.longValue();
    }
}
