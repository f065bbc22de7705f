package dev.krait.objects;

import dev.krait.text.BuiltinFormat;
import dev.krait.text.FloatText;
import dev.krait.text.IntStrLimit;
import dev.krait.text.IntText;
import dev.krait.text.TextFormatError;

/**
 * The bridge from the number and str types to the text algorithms of {@code dev.krait.text}: the
 * format-spec mini-language ({@link BuiltinFormat}) and number parsing. Those algorithms know no
 * Python objects and report bad input as a {@link TextFormatError} naming a Python exception type;
 * {@link #raise} turns that into the Python exception.
 *
 * <p>CPython counterpart: Python/formatter_unicode.c and Python/pystrtod.c.
 */
final class NumberFormatting {
    private NumberFormatting() {}

    /** The Python exception for a text algorithm's error. */
    static PyException raise(TextFormatError e) {
        PyType type = switch (e.pythonType()) {
            case "ValueError" -> PyExceptions.ValueError;
            case "OverflowError" -> PyExceptions.OverflowError;
            case "TypeError" -> PyExceptions.TypeError;
            case "MemoryError" -> PyExceptions.MemoryError;
            case "KeyError" -> PyExceptions.KeyError;
            case "IndexError" -> PyExceptions.IndexError;
            case "AttributeError" -> PyExceptions.AttributeError;
            case "ZeroDivisionError" -> PyExceptions.ZeroDivisionError;
            default -> PyExceptions.SystemError;
        };
        return PyExceptions.of(type, e.getMessage());
    }

    /** The format spec argument of a {@code __format__} method, which must be a str. */
    static String spec(PyObject spec) {
        if (spec instanceof PyStr s) {
            return s.value();
        }
        throw PyExceptions.typeError("__format__() argument must be str, not "
                + spec.type().getName());
    }

    // CPython: Python/formatter_unicode.c _PyLong_FormatAdvancedWriter
    static String formatInt(PyInt v, String spec) {
        try {
            String typeName = v.type().getName();
            return v.isSmall() ? BuiltinFormat.formatInt(v.longValue(), spec, typeName,
                    IntStrLimit.current())
                    : BuiltinFormat.formatInt(v.bigValue(), spec, typeName, IntStrLimit.current());
        } catch (TextFormatError e) {
            throw raise(e);
        }
    }

    // CPython: Python/formatter_unicode.c _PyFloat_FormatAdvancedWriter
    static String formatFloat(PyObject self, double v, String spec) {
        try {
            return BuiltinFormat.formatFloat(v, spec, self.type().getName());
        } catch (TextFormatError e) {
            throw raise(e);
        }
    }

    // CPython: Python/formatter_unicode.c _PyComplex_FormatAdvancedWriter
    static String formatComplex(PyComplex c, String spec) {
        try {
            return BuiltinFormat.formatComplex(c.real, c.imag, spec, c.type().getName());
        } catch (TextFormatError e) {
            throw raise(e);
        }
    }

    // CPython: Python/formatter_unicode.c _PyUnicode_FormatAdvancedWriter
    static String formatStr(PyStr v, String spec) {
        try {
            return BuiltinFormat.formatStr(v.value(), spec, v.type().getName());
        } catch (TextFormatError e) {
            throw raise(e);
        }
    }

    /** {@code float(text)}: ValueError with CPython's message for anything else. */
    static double parseFloat(String s) {
        try {
            return FloatText.parse(s);
        } catch (TextFormatError e) {
            throw raise(e);
        }
    }

    /** {@code complex(text)} as {real, imag}. */
    static double[] parseComplex(String s) {
        try {
            return FloatText.parseComplex(s);
        } catch (TextFormatError e) {
            throw raise(e);
        }
    }

    /** {@code int(text, base)}. */
    static PyInt parseInt(String s, int base) {
        try {
            Number n = IntText.parse(s, base, IntStrLimit.current());
            return n instanceof Long l ? PyInt.of(l) : PyInt.of((java.math.BigInteger) n);
        } catch (TextFormatError e) {
            throw raise(e);
        }
    }

    /** {@code str(int)} with the digit limit. */
    static String intToDecimal(PyInt v) {
        if (v.isSmall()) {
            return Long.toString(v.longValue());
        }
        try {
            return IntText.toDecimal(v.bigValue(), IntStrLimit.current());
        } catch (TextFormatError e) {
            throw raise(e);
        }
    }
}
