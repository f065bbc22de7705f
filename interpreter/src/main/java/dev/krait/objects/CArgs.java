package dev.krait.objects;

/**
 * The C-typed integer arguments of native functions, read as CPython's argument parsing reads
 * them: Argument Clinic's converters and {@code PyArg_Parse}'s format units. Every native module
 * that hands a Python int to a C-sized parameter goes through one of these, so that the
 * TypeError or OverflowError a caller sees is CPython's, word for word, and is written once.
 *
 * <p>The names say which C routine each one stands for: {@code asX} for the
 * {@code PyLong_AsX} family (through {@code __index__} where CPython calls it),
 * {@code xFormat} for a {@code PyArg_Parse} format unit, {@code xConverter} for Argument
 * Clinic's converter functions. Java has no unsigned types: an unsigned value comes back in the
 * next wider Java type, or as the bits of a {@code long} for a C {@code unsigned long}.
 *
 * <p>CPython counterpart: Python/getargs.c {@code convertsimple}, Objects/longobject.c
 * ({@code PyLong_AsLong}, {@code _PyLong_AsInt}, {@code PyLong_AsSsize_t},
 * {@code PyLong_AsUnsignedLong}, {@code _PyLong_Unsigned*_Converter}), Objects/abstract.c
 * {@code PyNumber_AsSsize_t}, Python/modsupport.c {@code _Py_convert_optional_to_ssize_t}.
 */
public final class CArgs {
    private CArgs() {}

    private static final long UINT_MAX = 0xFFFF_FFFFL;

    // ---- signed ----------------------------------------------------------------------------

    /** A {@code Py_ssize_t} (Argument Clinic's converter, the {@code "n"} format). */
    // CPython: Python/getargs.c convertsimple 'n', Objects/longobject.c PyLong_AsSsize_t
    public static long asSsizeT(PyObject o) {
        return ssizeOf(Numbers.index(o));
    }

    /** {@code PyLong_AsSsize_t} on the object itself: an int is required, no {@code __index__}. */
    // CPython: Objects/longobject.c PyLong_AsSsize_t
    public static long intAsSsizeT(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyExceptions.typeError("an integer is required");
        }
        return ssizeOf(i);
    }

    private static long ssizeOf(PyInt i) {
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /**
     * {@code PyNumber_AsSsize_t(o, error)}: an index, with {@code error} (OverflowError or
     * IndexError) naming the argument's own type when it does not fit a Py_ssize_t.
     */
    // CPython: Objects/abstract.c PyNumber_AsSsize_t
    public static long asIndexSized(PyObject o, PyType error) {
        PyInt i = Numbers.index(o);
        if (!i.isSmall()) {
            throw PyExceptions.of(error, "cannot fit '" + o.type().getName()
                    + "' into an index-sized integer");
        }
        return i.longValue();
    }

    /**
     * An index or None ({@code absent} for None or a missing argument), overflowing as
     * {@code PyNumber_AsSsize_t} does.
     */
    // CPython: Python/modsupport.c _Py_convert_optional_to_ssize_t
    public static long optionalSsizeT(PyObject o, long absent) {
        if (o == null || o == PyNone.NONE) {
            return absent;
        }
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw PyExceptions.typeError("argument should be integer or None, not '"
                    + o.type().getName() + "'");
        }
        return asIndexSized(o, PyExceptions.OverflowError);
    }

    /**
     * A start or stop of a search ({@code index(x, start, stop)}): an index, clamped to the
     * Py_ssize_t range rather than overflowing.
     */
    // CPython: Python/ceval.c _PyEval_SliceIndexNotNone
    public static long sliceIndexNotNone(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw PyExceptions.typeError(
                    "slice indices must be integers or have an __index__ method");
        }
        return asSsizeTClamped(o);
    }

    /** {@code PyNumber_AsSsize_t(o, NULL)}: an index, clamped to the Py_ssize_t range. */
    // CPython: Objects/abstract.c PyNumber_AsSsize_t
    public static long asSsizeTClamped(PyObject o) {
        PyInt i = Numbers.index(o);
        if (i.isSmall()) {
            return i.longValue();
        }
        return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** A C {@code long} ({@code PyLong_AsLong}, through {@code __index__}; the "l" format). */
    // CPython: Objects/longobject.c PyLong_AsLong
    public static long asLong(PyObject o) {
        PyInt i = Numbers.index(o);
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    /**
     * A str as the C string Argument Clinic's {@code str} converter passes on: its UTF-8 must
     * exist (UnicodeEncodeError for a lone surrogate) and hold no NUL (ValueError). An encoding
     * or error handler name is checked so before any codec sees it.
     */
    // CPython: Objects/unicodeobject.c PyUnicode_AsUTF8AndSize, then the strlen check of
    // Python/getargs.c and the clinic's str converter
    public static String cString(PyStr s) {
        String v = asUtf8(s);
        if (v.length() != s.value().length()) {
            throw PyExceptions.valueError("embedded null character");
        }
        return v;
    }

    /**
     * The bytes C code gets from Argument Clinic's {@code str} converter or the {@code "s"}
     * format: the str's UTF-8 (UnicodeEncodeError for a lone surrogate), and ValueError when it
     * holds a NUL, which would end the C string early.
     */
    // CPython: Python/getargs.c convertsimple 's' (PyUnicode_AsUTF8AndSize, then strlen)
    public static byte[] cStringBytes(PyStr s) {
        byte[] b = StrCodecs.encode(s, StrCodecs.Codec.UTF8, "strict");
        for (byte x : b) {
            if (x == 0) {
                throw PyExceptions.valueError("embedded null character");
            }
        }
        return b;
    }

    /**
     * A str as C code reads the string {@code PyUnicode_AsUTF8} gives: UnicodeEncodeError for a
     * lone surrogate, and the text stops at the first NUL.
     */
    // CPython: Objects/unicodeobject.c PyUnicode_AsUTF8
    public static String asUtf8(PyStr s) {
        String v = s.value();
        for (int i = 0; i < v.length(); i++) {
            if (Character.isSurrogate(v.charAt(i))) {
                // raises for a lone one (a pair is one astral character)
                StrCodecs.encode(s, StrCodecs.Codec.UTF8, "strict");
                break;
            }
        }
        int nul = v.indexOf('\0');
        return nul < 0 ? v : v.substring(0, nul);
    }

    /** A C {@code int} as Argument Clinic's {@code int} converter reads one. */
    // CPython: Objects/longobject.c _PyLong_AsInt
    public static int asInt(PyObject o) {
        return Numbers.index(o).intValueExact("Python int too large to convert to C int");
    }

    /** The {@code "i"} format: a C long, then a range check with its own messages. */
    // CPython: Python/getargs.c convertsimple 'i'
    public static int intFormat(PyObject o) {
        long v = asLong(o);
        if (v > Integer.MAX_VALUE) {
            throw PyExceptions.overflowError("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("signed integer is less than minimum");
        }
        return (int) v;
    }

    /** The {@code "h"} format: a C short. */
    // CPython: Python/getargs.c convertsimple 'h'
    public static short shortFormat(PyObject o) {
        long v = asLong(o);
        if (v < Short.MIN_VALUE) {
            throw PyExceptions.overflowError("signed short integer is less than minimum");
        }
        if (v > Short.MAX_VALUE) {
            throw PyExceptions.overflowError("signed short integer is greater than maximum");
        }
        return (short) v;
    }

    // ---- unsigned --------------------------------------------------------------------------

    /** The {@code "b"} format: an unsigned char, 0 to 255. */
    // CPython: Python/getargs.c convertsimple 'b'
    public static int unsignedByteFormat(PyObject o) {
        long v = asLong(o);
        if (v < 0) {
            throw PyExceptions.overflowError("unsigned byte integer is less than minimum");
        }
        if (v > 255) {
            throw PyExceptions.overflowError("unsigned byte integer is greater than maximum");
        }
        return (int) v;
    }

    /** The {@code "I"} format (and {@code bitwise=True}): the low 32 bits of any int. */
    // CPython: Objects/longobject.c PyLong_AsUnsignedLongMask
    public static int unsignedIntMask(PyObject o) {
        PyInt i = Numbers.index(o);
        return i.isSmall() ? (int) i.longValue() : i.bigValue().intValue();
    }

    /** The {@code "k"} format: the low 64 bits of any int, as the bits of a Java long. */
    // CPython: Objects/longobject.c PyLong_AsUnsignedLongMask
    public static long unsignedLongMask(PyObject o) {
        PyInt i = Numbers.index(o);
        return i.isSmall() ? i.longValue() : i.bigValue().longValue();
    }

    /**
     * {@code PyLong_AsUnsignedLong}: an int (no {@code __index__}) from 0 to 2**64-1, returned as
     * the bits of a Java long.
     */
    // CPython: Objects/longobject.c PyLong_AsUnsignedLong
    public static long asUnsignedLong(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyExceptions.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw PyExceptions.overflowError("can't convert negative value to unsigned int");
        }
        if (i.isSmall()) {
            return i.longValue();
        }
        if (i.bigValue().bitLength() > 64) {
            throw PyExceptions.overflowError("Python int too large to convert to C unsigned long");
        }
        return i.bigValue().longValue();
    }

    /** Argument Clinic's {@code unsigned_long} converter: a negative int is a ValueError. */
    // CPython: Objects/longobject.c _PyLong_UnsignedLong_Converter
    public static long unsignedLongConverter(PyObject o) {
        if (o instanceof PyInt i && i.signum() < 0) {
            throw PyExceptions.valueError("value must be positive");
        }
        return asUnsignedLong(o);
    }

    /**
     * Argument Clinic's {@code unsigned_long_long} converter: as {@code unsigned_long}, with
     * {@code PyLong_AsUnsignedLongLong}'s own overflow message.
     */
    // CPython: Objects/longobject.c _PyLong_UnsignedLongLong_Converter
    public static long unsignedLongLongConverter(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyExceptions.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw PyExceptions.valueError("value must be positive");
        }
        if (i.isSmall()) {
            return i.longValue();
        }
        if (i.bigValue().bitLength() > 64) {
            throw PyExceptions.overflowError("int too big to convert");
        }
        return i.bigValue().longValue();
    }

    /** Argument Clinic's {@code unsigned_int} converter: 0 to 2**32-1. */
    // CPython: Objects/longobject.c _PyLong_UnsignedInt_Converter
    public static long unsignedIntConverter(PyObject o) {
        long v = unsignedLongConverter(o);
        if (Long.compareUnsigned(v, UINT_MAX) > 0) {
            throw PyExceptions.overflowError("Python int too large for C unsigned int");
        }
        return v;
    }

    /** Argument Clinic's {@code unsigned_short} converter: 0 to 65535. */
    // CPython: Objects/longobject.c _PyLong_UnsignedShort_Converter
    public static int unsignedShortConverter(PyObject o) {
        long v = unsignedLongConverter(o);
        if (Long.compareUnsigned(v, 0xFFFF) > 0) {
            throw PyExceptions.overflowError("Python int too large for C unsigned short");
        }
        return (int) v;
    }
}
