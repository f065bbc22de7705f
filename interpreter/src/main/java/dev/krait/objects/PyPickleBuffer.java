package dev.krait.objects;

/**
 * {@code pickle.PickleBuffer}: a wrapper around a buffer (a bytes-like object) that protocol 5
 * pickles either in band, as bytes or a bytearray, or out of band through the pickler's
 * {@code buffer_callback}. It keeps a view of the object it was made from until
 * {@link #release()}; a {@code memoryview} of it is a view of that object, and {@link #raw()} is
 * its memory as a flat view of unsigned bytes. It lives beside {@code memoryview} because it is
 * one of CPython's core objects, and reads the view's layout.
 *
 * <p>CPython counterpart: Objects/picklebufobject.c.
 */
public final class PyPickleBuffer extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtinFinal("PickleBuffer", PyPickleBuffer.class,
            null).withModule("pickle");

    private static final String RELEASED =
            "operation forbidden on released PickleBuffer object";

    /** The view of the exporting object; null once released. */
    private PyMemoryView view;

    private PyPickleBuffer(PyMemoryView view) {
        super(TYPE);
        this.view = view;
    }

    // CPython: Objects/picklebufobject.c picklebuf_new
    @Exposed(value = "__new__($type, buffer, /)", kind = Exposed.Kind.STATIC,
            doc = "Wrapper for potentially out-of-band buffers")
    public static PyObject __new__(PyType cls, PyObject base) {
        return new PyPickleBuffer((PyMemoryView) PyMemoryView.__new__(PyMemoryView.TYPE, base));
    }

    public void checkNotReleased() {
        if (view == null) {
            throw PyExceptions.valueError(RELEASED);
        }
    }

    /** A new memoryview of the wrapped object ({@code memoryview(picklebuffer)}). */
    PyMemoryView newView() {
        checkNotReleased();
        return view.derive(view.offset, view.format, view.itemsize, view.shape, view.strides,
                view.readonly);
    }

    /** Whether the memory is contiguous in C or Fortran order (CPython's 'A'). */
    public boolean isContiguous() {
        checkNotReleased();
        return view.isContiguous(false) || view.isContiguous(true);
    }

    public boolean isReadonly() {
        checkNotReleased();
        return view.readonly;
    }

    /** A copy of the memory, in the order it lies in (the view must be contiguous). */
    public byte[] contiguousBytes() {
        checkNotReleased();
        return view.gather(!view.isContiguous(false));
    }

    // CPython: Objects/picklebufobject.c picklebuf_raw
    @Exposed(value = "raw($self, /)", doc = "Return a memoryview of the raw memory underlying "
            + "this buffer.\nWill raise BufferError is the buffer isn't contiguous.")
    public PyObject raw() {
        checkNotReleased();
        if (!isContiguous()) {
            throw PyExceptions.of(PyExceptions.BufferError,
                    "cannot extract raw buffer from non-contiguous buffer");
        }
        return view.derive(view.offset, "B", 1, new int[] {view.nbytes()}, new int[] {1},
                view.readonly);
    }

    // CPython: Objects/picklebufobject.c picklebuf_release
    @Exposed(value = "release($self, /)",
            doc = "Release the underlying buffer exposed by the PickleBuffer object.")
    public void release() {
        view = null;
    }
}
