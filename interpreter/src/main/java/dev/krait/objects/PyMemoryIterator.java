package dev.krait.objects;

/**
 * The iterator of a one-dimensional {@link PyMemoryView}: yields its items, unpacked, in order,
 * reading the view at each step (so a released view stops it with ValueError).
 *
 * <p>CPython counterpart: Objects/memoryobject.c {@code memoryiter_next}.
 */
public final class PyMemoryIterator extends PyObject implements Iteration.JavaIterator {
    public static final PyType TYPE =
            PyType.builtinFinal("memory_iterator", PyMemoryIterator.class, null);

    private PyMemoryView view;
    private final int length;
    private int index;

    PyMemoryIterator(PyMemoryView view) {
        super(TYPE);
        this.view = view;
        this.length = view.shape[0];
    }

    @Override
    public PyObject nextOrNull() {
        if (view == null) {
            return null;
        }
        if (index < length) {
            byte[] s = view.storage();
            int at = view.offset + view.strides[0] * index++;
            return MemoryFormats.unpack(s, at, view.format);
        }
        view = null;
        return null;
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        PyObject v = nextOrNull();
        if (v == null) {
            throw PyExceptions.stopIteration();
        }
        return v;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return this;
    }
}
