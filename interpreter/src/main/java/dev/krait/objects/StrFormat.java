package dev.krait.objects;

/**
 * {@code str.format}: replacement fields, conversions and format specs.
 *
 * <p>CPython counterpart: Objects/stringlib/unicode_format.h.
 */
final class StrFormat {
    private StrFormat() {}

    static PyObject format(PyStr self, PyObject[] args, String[] kwnames) {
        throw PyExceptions.notImplementedError("str.format is not supported yet");
    }
}
