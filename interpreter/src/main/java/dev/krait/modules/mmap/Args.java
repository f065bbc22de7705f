package dev.krait.modules.mmap;

import dev.krait.objects.MemoryViewMethods;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyMemoryView;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;

/**
 * The argument conversions of mmap's methods, which parse their arguments with
 * {@code PyArg_ParseTuple} formats: {@code "i"}, {@code "n"}, {@code "L"}, {@code "b"},
 * {@code "y*"}, the optional size of {@code read} and the index of a subscription. Each raises
 * the message CPython's converter raises.
 *
 * <p>CPython counterpart: Python/getargs.c (convertsimple), Objects/abstract.c
 * {@code PyNumber_AsSsize_t}, Modules/mmapmodule.c's format strings.
 */
final class Args {
    private Args() {
    }

    /** {@code "n"}: a Py_ssize_t. */
    static long ssize(PyObject o) {
        PyInt i = Ops.index(o);
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** {@code "L"}: a C long long. */
    static long longLong(PyObject o) {
        PyInt i = Ops.index(o);
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C long long");
        }
        return i.longValue();
    }

    /** {@code "b"}: an unsigned char, range-checked. */
    static byte unsignedByte(PyObject o) {
        PyInt i = Ops.index(o);
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C long");
        }
        long v = i.longValue();
        if (v < 0) {
            throw PyExceptions.overflowError("unsigned byte integer is less than minimum");
        }
        if (v > 255) {
            throw PyExceptions.overflowError("unsigned byte integer is greater than maximum");
        }
        return (byte) v;
    }

    /** {@code read}'s size: None or an integer (CPython: _Py_convert_optional_to_ssize_t). */
    static long optionalSize(PyObject o, long absent) {
        if (o == null || o == PyNone.NONE) {
            return absent;
        }
        if (!isIndex(o)) {
            throw PyExceptions.typeError("argument should be integer or None, not '"
                    + o.type().getName() + "'");
        }
        PyInt i = Ops.index(o);
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** Whether {@code o} has {@code __index__} (PyIndex_Check). */
    static boolean isIndex(PyObject o) {
        return o instanceof PyInt || o.type().lookup("__index__") != null;
    }

    /** A subscript: {@code PyNumber_AsSsize_t(key, IndexError)}, not yet adjusted. */
    static long position(PyObject key) {
        PyInt i = Ops.index(key);
        if (!i.isSmall()) {
            throw PyExceptions.indexError("cannot fit '" + key.type().getName()
                    + "' into an index-sized integer");
        }
        return i.longValue();
    }

    /**
     * {@code "y*"} and {@code PyBUF_SIMPLE}: the bytes of a bytes-like object (a strided
     * memoryview raises BufferError). The result must not be modified.
     */
    static byte[] buffer(PyObject o) {
        if (o instanceof PyMemoryView m && !MemoryViewMethods.c_contiguous(m)) {
            throw PyExceptions.of(PyExceptions.BufferError,
                    "memoryview: underlying buffer is not C-contiguous");
        }
        return PyBytes.requireBytesLike(o);
    }
}
