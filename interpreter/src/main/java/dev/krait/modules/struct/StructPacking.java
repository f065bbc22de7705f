package dev.krait.modules.struct;

import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import java.math.BigInteger;

/**
 * Packs values into bytes and unpacks them, item by item of a {@link StructFormat}, with the
 * range checks and messages of CPython's native and standard packers (which differ: native
 * 'h' says "short format requires ...", standard 'h' says "'h' format requires ...").
 *
 * <p>CPython counterpart: Modules/_struct.c (np_*, lp_*, bp_*, nu_*, lu_*, bu_*, s_pack_internal,
 * s_unpack_internal) and Objects/floatobject.c PyFloat_Pack2/Unpack2.
 */
public final class StructPacking {
    private StructPacking() {}

    // ---- packing -----------------------------------------------------------------------------

    // CPython: Modules/_struct.c s_pack_internal
    static void pack(StructFormat f, PyObject[] args, int from, byte[] out, int base,
            StructState st) {
        int k = from;
        for (StructFormat.Item it : f.items) {
            PyObject v = args[k++];
            try {
                packItem(f, it, v, out, base + it.offset(), st);
            } catch (PyException e) {
                // An int that overflows any packer is reported as struct.error.
                if (e.matches(PyExceptions.OverflowError) && v instanceof PyInt) {
                    throw st.error("int too large to convert");
                }
                throw e;
            }
        }
    }

    private static void packItem(StructFormat f, StructFormat.Item it, PyObject v, byte[] out,
            int at, StructState st) {
        char c = it.code();
        switch (c) {
            case 's', 'p' -> {
                byte[] b = v instanceof PyBytes || v instanceof dev.krait.objects.PyByteArray
                        ? PyBytes.bytesLikeCopy(v) : null;
                if (b == null) {
                    throw st.error("argument for '" + c + "' must be a bytes object");
                }
                int n = it.size();
                if (c == 's') {
                    System.arraycopy(b, 0, out, at, Math.min(n, b.length));
                } else if (n > 0) {
                    // CPython: Modules/_struct.c s_pack_internal copies up to the field's
                    // size, only the length byte saturates at 255
                    int len = Math.min(b.length, n - 1);
                    System.arraycopy(b, 0, out, at + 1, len);
                    out[at] = (byte) Math.min(len, 255);
                }
            }
            case 'c' -> {
                if (!(v instanceof PyBytes b) || b.size() != 1) {
                    throw st.error("char format requires a bytes object of length 1");
                }
                out[at] = b.array()[0];
            }
            case '?' -> out[at] = (byte) (Ops.isTrue(v) ? 1 : 0);
            case 'e' -> putBits(out, at, 2, pack2(toDouble(v, st)), f.littleEndian);
            case 'f' -> {
                double d = toDouble(v, st);
                float x = (float) d;
                if (!f.nativeMode && Float.isInfinite(x) && !Double.isInfinite(d)) {
                    throw PyExceptions.overflowError("float too large to pack with f format");
                }
                putBits(out, at, 4, Float.floatToRawIntBits(x) & 0xffffffffL, f.littleEndian);
            }
            case 'd' -> putBits(out, at, 8, Double.doubleToRawLongBits(toDouble(v, st)),
                    f.littleEndian);
            default -> putBits(out, at, it.size(), integer(f, c, it.size(), v, st),
                    f.littleEndian);
        }
    }

    private static void putBits(byte[] out, int at, int size, long bits, boolean little) {
        for (int k = 0; k < size; k++) {
            byte b = (byte) (bits >>> (8 * k));
            out[little ? at + k : at + size - 1 - k] = b;
        }
    }

    /** The value of an integer item as its two's complement bits, after CPython's checks. */
    private static long integer(StructFormat f, char c, int size, PyObject v, StructState st) {
        PyInt x = integerArgument(v, st);
        boolean unsigned = Character.isUpperCase(c) && c != 'P';
        // Native 'P' and big-endian standard 'q'/'Q' convert with _PyLong_AsByteArray (an
        // OverflowError); the others read a C long first. On a little-endian host the standard
        // little-endian 'q'/'Q' are the native packers (_struct.c init: "swap in native
        // packers where possible").
        if (c == 'P' || (c == 'q' || c == 'Q') && !f.nativeMode && !f.littleEndian) {
            return qword(c, x.bigValue());
        }
        // CPython reads the value as a C long (or unsigned long) first: beyond that range is
        // "argument out of range"; then each packer checks its own range. The native (and, on
        // a little-endian host, standard little-endian) byte and short packers read a signed
        // C long and have messages of their own; big-endian 'h'/'H' are bp_int/bp_uint with
        // the generic range messages.
        boolean nativePacker = f.nativeMode || f.littleEndian;
        boolean shortMessages = nativePacker && (c == 'h' || c == 'H');
        boolean readsUnsignedLong = unsigned && !(c == 'B' || shortMessages);
        long value;
        if (x.isSmall()) {
            value = x.longValue();
            if (readsUnsignedLong && value < 0) {
                throw st.error("argument out of range");
            }
        } else {
            // beyond a signed long: only an unsigned long below 2**64 holds it
            BigInteger big = x.bigValue();
            if (!readsUnsignedLong || big.signum() < 0 || big.bitLength() > 64) {
                throw st.error("argument out of range");
            }
            value = big.longValue();
        }
        switch (c) {
            case 'b' -> {
                if (value < -128 || value > 127) {
                    throw st.error("byte format requires -128 <= number <= 127");
                }
            }
            case 'B' -> {
                if (value < 0 || value > 255) {
                    throw st.error("ubyte format requires 0 <= number <= 255");
                }
            }
            default -> {
                // CPython 3.11's standard 'h'/'H' packers share the native messages
                if (shortMessages && c == 'h' && (value < -32768 || value > 32767)) {
                    throw st.error("short format requires -32768 <= number <= 32767");
                }
                if (shortMessages && c == 'H' && (value < 0 || value > 65535)) {
                    throw st.error("ushort format requires 0 <= number <= 65535");
                }
                if (size < 8) {
                    long limit = 1L << (8 * size);
                    boolean bad = unsigned ? Long.compareUnsigned(value, limit) >= 0
                            : value < -(limit >> 1) || value >= limit >> 1;
                    if (bad) {
                        throw st.error(unsigned
                                ? "'" + c + "' format requires 0 <= number <= " + (limit - 1)
                                : "'" + c + "' format requires " + -(limit >> 1)
                                        + " <= number <= " + ((limit >> 1) - 1));
                    }
                }
            }
        }
        return value;
    }

    /** Standard 'q'/'Q' (and native 'P'): 8 bytes, OverflowError beyond them. */
    // CPython: Objects/longobject.c _PyLong_AsByteArray
    private static long qword(char c, BigInteger x) {
        if (c == 'Q' && x.signum() < 0) {
            throw PyExceptions.overflowError("can't convert negative int to unsigned");
        }
        boolean fits = c == 'q' ? x.bitLength() <= 63 : x.bitLength() <= 64;
        if (c == 'P') {
            fits = x.signum() < 0 ? x.bitLength() <= 63 : x.bitLength() <= 64;
        }
        if (!fits) {
            throw PyExceptions.overflowError("int too big to convert");
        }
        return x.longValue();
    }

    // CPython: Modules/_struct.c get_pylong
    private static PyInt integerArgument(PyObject v, StructState st) {
        if (v instanceof PyInt i) {
            return i;
        }
        if (v.type().lookup("__index__") != null) {
            return Numbers.index(v);
        }
        throw st.error("required argument is not an integer");
    }

    /** PyFloat_AsDouble, with any failure reported as struct.error. */
    private static double toDouble(PyObject v, StructState st) {
        try {
            if (v instanceof PyFloat d) {
                return d.value;
            }
            PyObject m = v.type().lookup("__float__");
            if (m != null) {
                PyObject r = Ops.callDescriptor(m, v);
                if (r instanceof PyFloat d) {
                    return d.value;
                }
            } else if (v.type().lookup("__index__") != null) {
                return Numbers.index(v).doubleValue();
            }
        } catch (PyException e) {
            // CPython replaces whatever PyFloat_AsDouble raised
        }
        throw st.error("required argument is not a float");
    }

    /**
     * {@code x} as an IEEE 754 float of {@code size} bytes (2, 4 or 8), in either byte order;
     * OverflowError when a finite {@code x} is too large for the size. CPython: Objects/
     * floatobject.c PyFloat_Pack2, PyFloat_Pack4, PyFloat_Pack8 (the C API's float packing,
     * which the 'e', 'f' and 'd' formats use).
     */
    public static byte[] packFloat(double x, int size, boolean littleEndian) {
        long bits = switch (size) {
            case 2 -> pack2(x);
            case 4 -> {
                float y = (float) x;
                if (Float.isInfinite(y) && !Double.isInfinite(x)) {
                    throw PyExceptions.overflowError("float too large to pack with f format");
                }
                yield Float.floatToRawIntBits(y) & 0xffffffffL;
            }
            case 8 -> Double.doubleToRawLongBits(x);
            default -> throw new IllegalArgumentException("float size " + size);
        };
        byte[] out = new byte[size];
        putBits(out, 0, size, bits, littleEndian);
        return out;
    }

    /** The IEEE 754 float of {@code data.length} bytes (2, 4 or 8) in {@code data}. */
    // CPython: Objects/floatobject.c PyFloat_Unpack2, PyFloat_Unpack4, PyFloat_Unpack8
    public static double unpackFloat(byte[] data, boolean littleEndian) {
        long bits = getBits(data, 0, data.length, littleEndian);
        return switch (data.length) {
            case 2 -> unpack2((int) bits);
            case 4 -> Float.intBitsToFloat((int) bits);
            case 8 -> Double.longBitsToDouble(bits);
            default -> throw new IllegalArgumentException("float size " + data.length);
        };
    }

    /** IEEE 754 half precision, rounding half to even; OverflowError past the largest. */
    // CPython: Objects/floatobject.c PyFloat_Pack2
    static long pack2(double x) {
        int sign;
        int e;
        int bits;
        if (x == 0.0) {
            sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            sign = x < 0 ? 1 : 0;
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            sign = Double.doubleToRawLongBits(x) < 0 ? 1 : 0;
            e = 0x1f;
            bits = 512;
        } else {
            sign = x < 0 ? 1 : 0;
            x = Math.abs(x);
            e = Math.getExponent(x);
            double f = x / Math.scalb(1.0, e);
            if (e < Double.MIN_EXPONENT) {
                // subnormal double: far below half's range
                f = 0;
            }
            if (e >= 16) {
                throw PyExceptions.overflowError("float too large to pack with e format");
            } else if (e < -25) {
                f = 0.0;
                e = 0;
            } else if (e < -14) {
                f = Math.scalb(f, 14 + e);
                e = 0;
            } else {
                e += 15;
                f -= 1.0;
            }
            f *= 1024.0;
            bits = (int) f;
            f -= bits;
            if (f > 0.5 || f == 0.5 && bits % 2 == 1) {
                bits++;
                if (bits == 1024) {
                    bits = 0;
                    e++;
                    if (e == 31) {
                        throw PyExceptions.overflowError(
                                "float too large to pack with e format");
                    }
                }
            }
        }
        return (long) sign << 15 | (long) e << 10 | bits;
    }

    // CPython: Objects/floatobject.c PyFloat_Unpack2
    static double unpack2(int h) {
        int sign = h >> 15 & 1;
        int e = h >> 10 & 0x1f;
        int f = h & 0x3ff;
        double x;
        if (e == 0x1f) {
            x = f == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (e == 0) {
            x = Math.scalb((double) f, -24);
        } else {
            x = Math.scalb((double) (f | 0x400), e - 25);
        }
        return sign == 1 ? -x : x;
    }

    // ---- unpacking ---------------------------------------------------------------------------

    // CPython: Modules/_struct.c s_unpack_internal
    static PyTuple unpack(StructFormat f, byte[] b, int base) {
        PyObject[] out = new PyObject[f.items.size()];
        int k = 0;
        for (StructFormat.Item it : f.items) {
            out[k++] = unpackItem(f, it, b, base + it.offset());
        }
        return new PyTuple(out);
    }

    private static long getBits(byte[] b, int at, int size, boolean little) {
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = v << 8 | (b[little ? at + k : at + size - 1 - k] & 0xffL);
        }
        return v;
    }

    private static PyObject unpackItem(StructFormat f, StructFormat.Item it, byte[] b, int at) {
        char c = it.code();
        switch (c) {
            case 's' -> {
                return new PyBytes(java.util.Arrays.copyOfRange(b, at, at + it.size()));
            }
            case 'p' -> {
                int n = it.size();
                if (n == 0) {
                    return PyBytes.EMPTY;
                }
                int len = Math.min(b[at] & 0xff, n - 1);
                return new PyBytes(java.util.Arrays.copyOfRange(b, at + 1, at + 1 + len));
            }
            case 'c' -> {
                return new PyBytes(new byte[] {b[at]});
            }
            case '?' -> {
                return PyBool.of(b[at] != 0);
            }
            case 'e' -> {
                return new PyFloat(unpack2((int) getBits(b, at, 2, f.littleEndian)));
            }
            case 'f' -> {
                return new PyFloat(Float.intBitsToFloat((int) getBits(b, at, 4,
                        f.littleEndian)));
            }
            case 'd' -> {
                return new PyFloat(Double.longBitsToDouble(getBits(b, at, 8, f.littleEndian)));
            }
            default -> {
                int size = it.size();
                long v = getBits(b, at, size, f.littleEndian);
                boolean unsigned = Character.isUpperCase(c);
                if (unsigned) {
                    if (size == 8 && v < 0) {
                        return PyInt.of(new BigInteger(Long.toUnsignedString(v)));
                    }
                    return PyInt.of(v);
                }
                int shift = 64 - 8 * size;
                return PyInt.of(v << shift >> shift);
            }
        }
    }
}
