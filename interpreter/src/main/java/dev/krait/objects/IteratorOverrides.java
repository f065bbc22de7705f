package dev.krait.objects;

/**
 * Keeps the Java fast path of the subclassable iterator types ({@code enumerate}, {@code zip},
 * {@code map}, {@code filter}, {@code reversed}) honest: loops reach their Java
 * {@code nextOrNull} directly, so for an instance of a Python subclass that overrides
 * {@code __next__} that method must be called instead, as CPython's {@code tp_iternext} slot
 * would be the override's.
 */
final class IteratorOverrides {
    private IteratorOverrides() {}

    /** The {@code __next__} of {@code self}'s class when it overrides {@code base}'s, or null. */
    static PyObject overridden(PyObject self, PyType base) {
        PyType t = self.type();
        if (t == base) {
            return null;
        }
        PyObject next = t.lookup("__next__");
        return next == base.lookup("__next__") ? null : next;
    }

    /** Calls an overriding {@code __next__}; null when it raises StopIteration. */
    static PyObject call(PyObject next, PyObject self) {
        try {
            return Ops.callDescriptor(next, self);
        } catch (PyException e) {
            if (e.matches(PyExceptions.StopIteration)) {
                return null;
            }
            throw e;
        }
    }
}
