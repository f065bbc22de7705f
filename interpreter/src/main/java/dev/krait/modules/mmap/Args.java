package dev.krait.modules.mmap;

import dev.krait.objects.PyBytes;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;

/**
 * The argument conversions of mmap's methods beyond the C integers of
 * {@link dev.krait.objects.CArgs}: {@code PyIndex_Check} and the {@code "y*"} buffer, each
 * raising the message CPython's converter raises.
 *
 * <p>CPython counterpart: Python/getargs.c (convertsimple), Modules/mmapmodule.c's format
 * strings.
 */
final class Args {
    private Args() {
    }

    /** Whether {@code o} has {@code __index__} (PyIndex_Check). */
    static boolean isIndex(PyObject o) {
        return o instanceof PyInt || o.type().lookup("__index__") != null;
    }

    /**
     * {@code "y*"} and {@code PyBUF_SIMPLE}: the bytes of a bytes-like object (a strided
     * memoryview raises BufferError). The result must not be modified.
     */
    static byte[] buffer(PyObject o) {
        return PyBytes.requireBytesLike(o);
    }
}
