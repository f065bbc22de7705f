package dev.krait.objects;

import java.math.BigInteger;

/**
 * The native single-item formats of {@code memoryview}: their sizes, and how one item is read
 * from or written to the bytes, in the machine's order (little-endian, 64-bit {@code long} and
 * pointers, as CPython on x86-64 Linux). These are the formats {@code memoryview.cast} accepts;
 * {@code struct} understands many more, but a view only needs one item at a time.
 *
 * <p>CPython counterpart: Objects/memoryobject.c {@code get_native_fmtchar},
 * {@code unpack_single}, {@code pack_single}.
 */
final class MemoryFormats {
    private MemoryFormats() {}

    /**
     * The item size of a native single-character format, optionally prefixed with {@code '@'},
     * or -1 when the format is anything else.
     */
    // CPython: Objects/memoryobject.c get_native_fmtchar
    static int itemSize(String format) {
        String f = format.startsWith("@") ? format.substring(1) : format;
        if (f.length() != 1) {
            return -1;
        }
        return switch (f.charAt(0)) {
            case 'c', 'b', 'B', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P' -> 8;
            default -> -1;
        };
    }

    /** The format's character without the {@code '@'}, or 0 when it is not a single one. */
    static char code(String format) {
        String f = format.startsWith("@") ? format.substring(1) : format;
        return f.length() == 1 ? f.charAt(0) : 0;
    }

    /** Whether two formats are the same once the optional {@code '@'} is dropped. */
    // CPython: Objects/memoryobject.c equiv_format
    static boolean sameFormat(String a, String b) {
        return (a.startsWith("@") ? a.substring(1) : a).equals(
                b.startsWith("@") ? b.substring(1) : b);
    }

    /** Raises CPython's error for a format that is not a single character. */
    // CPython: Objects/memoryobject.c adjust_fmt
    static void checkSupported(String format) {
        if (code(format) == 0) {
            throw PyExceptions.notImplementedError("memoryview: unsupported format " + format);
        }
    }

    static boolean isByteFormat(char c) {
        return c == 'b' || c == 'B' || c == 'c';
    }

    private static long read(byte[] s, int p, int size) {
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = (v << 8) | (s[p + k] & 0xFF);
        }
        return v;
    }

    private static void write(byte[] s, int p, int size, long v) {
        for (int k = 0; k < size; k++) {
            s[p + k] = (byte) (v >>> (8 * k));
        }
    }

    // CPython: Objects/memoryobject.c unpack_single
    static PyObject unpack(byte[] s, int p, String format) {
        char c = code(format);
        return switch (c) {
            case 'B' -> PyInt.of(s[p] & 0xFF);
            case 'b' -> PyInt.of(s[p]);
            case 'c' -> PyBytes.of(new byte[] {s[p]});
            case '?' -> PyBool.of(s[p] != 0);
            case 'h' -> PyInt.of((short) read(s, p, 2));
            case 'H' -> PyInt.of(read(s, p, 2));
            case 'i' -> PyInt.of((int) read(s, p, 4));
            case 'I' -> PyInt.of(read(s, p, 4));
            case 'l', 'q', 'n' -> PyInt.of(read(s, p, 8));
            case 'L', 'Q', 'N', 'P' -> unsigned(read(s, p, 8));
            case 'f' -> new PyFloat(Float.intBitsToFloat((int) read(s, p, 4)));
            case 'd' -> new PyFloat(Double.longBitsToDouble(read(s, p, 8)));
            default -> throw PyExceptions.notImplementedError(
                    "memoryview: format " + format + " not supported");
        };
    }

    private static PyInt unsigned(long v) {
        return v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
    }

    /**
     * Writes {@code item} as one item of the format. An item of the wrong type, or out of the
     * format's range, raises CPython's "invalid type/value for format" errors.
     */
    // CPython: Objects/memoryobject.c pack_single
    static void pack(byte[] s, int p, PyObject item, String format) {
        char c = code(format);
        switch (c) {
            case 'b', 'h', 'i' -> {
                int size = itemSize(format);
                long v = signed(item, format);
                long limit = 1L << (8 * size - 1);
                if (v < -limit || v >= limit) {
                    throw invalidValue(format);
                }
                write(s, p, size, v);
            }
            case 'l', 'q', 'n' -> write(s, p, 8, signed(item, format));
            case 'B', 'H', 'I', 'L', 'Q', 'N', 'P' -> {
                int size = itemSize(format);
                BigInteger v = integer(item, format);
                if (v.signum() < 0 || v.bitLength() > 8 * size) {
                    throw invalidValue(format);
                }
                write(s, p, size, v.longValue());
            }
            case 'f', 'd' -> {
                double d;
                try {
                    d = FloatMath.asDouble(item);
                } catch (PyException e) {
                    throw fixError(e, format);
                }
                if (c == 'f') {
                    write(s, p, 4, Float.floatToRawIntBits((float) d));
                } else {
                    write(s, p, 8, Double.doubleToRawLongBits(d));
                }
            }
            case '?' -> s[p] = (byte) (Ops.isTrue(item) ? 1 : 0);
            case 'c' -> {
                if (!(item instanceof PyBytes b)) {
                    throw invalidType(format);
                }
                if (b.size() != 1) {
                    throw invalidValue(format);
                }
                s[p] = b.array()[0];
            }
            default -> throw PyExceptions.notImplementedError(
                    "memoryview: format " + format + " not supported");
        }
    }

    private static long signed(PyObject item, String format) {
        BigInteger v = integer(item, format);
        if (v.bitLength() > 63) {
            throw invalidValue(format);
        }
        return v.longValue();
    }

    /** The item through {@code __index__}, with the index errors turned into format errors. */
    private static BigInteger integer(PyObject item, String format) {
        try {
            return Numbers.index(item).bigValue();
        } catch (PyException e) {
            throw fixError(e, format);
        }
    }

    // CPython: Objects/memoryobject.c fix_error_int
    private static PyException fixError(PyException e, String format) {
        if (e.matches(PyExceptions.TypeError)) {
            return invalidType(format);
        }
        if (e.matches(PyExceptions.OverflowError) || e.matches(PyExceptions.ValueError)) {
            return invalidValue(format);
        }
        return e;
    }

    static PyException invalidType(String format) {
        return PyExceptions.typeError("memoryview: invalid type for format '" + format + "'");
    }

    static PyException invalidValue(String format) {
        return PyExceptions.valueError("memoryview: invalid value for format '" + format + "'");
    }
}
