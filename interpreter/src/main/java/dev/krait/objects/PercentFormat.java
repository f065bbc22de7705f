package dev.krait.objects;

/**
 * {@code str % args}: printf-style formatting.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c {@code PyUnicode_Format}.
 */
final class PercentFormat {
    private PercentFormat() {}

    static PyObject format(PyStr format, PyObject args) {
        throw PyExceptions.notImplementedError("printf-style '%' formatting is not supported yet");
    }
}
