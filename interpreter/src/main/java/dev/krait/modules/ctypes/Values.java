package dev.krait.modules.ctypes;

import dev.krait.objects.Containers;
import dev.krait.objects.FloatMath;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;

/**
 * Reading and writing one C value of a simple type code at an offset of native memory: the
 * {@code getfunc}/{@code setfunc} pairs of ctypes' field descriptors, with their byte-swapped
 * variants and bit fields. A setter returns the object the memory now points into (bytes
 * given to a {@code char *}), which the caller keeps alive, or null.
 *
 * <p>Integers are stored masked to their width, as CPython does (no overflow check); memory is
 * always accessed unaligned, since {@code _pack_} may place a field anywhere.
 *
 * <p>CPython counterpart: Modules/_ctypes/cfield.c (the {@code *_set}/{@code *_get}
 * functions and {@code _ctypes_get_fielddesc}).
 */
final class Values {
    private Values() {}

    static final ValueLayout.OfByte B = ValueLayout.JAVA_BYTE;
    static final ValueLayout.OfShort S = ValueLayout.JAVA_SHORT_UNALIGNED;
    static final ValueLayout.OfInt I = ValueLayout.JAVA_INT_UNALIGNED;
    static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG_UNALIGNED;
    static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT_UNALIGNED;
    static final ValueLayout.OfDouble D = ValueLayout.JAVA_DOUBLE_UNALIGNED;

    /** The codes a simple type may have (CPython: SIMPLE_TYPE_CHARS, without Windows' v/X). */
    static final String SIMPLE_CODES = "cbBhHiIlLdfuzZqQPOg?";

    static int sizeOf(char code) {
        return switch (code) {
            case 'c', 'b', 'B', '?' -> 1;
            case 'h', 'H', 'v' -> 2;
            case 'i', 'I', 'f', 'u' -> 4;
            case 'l', 'L', 'q', 'Q', 'd', 'z', 'Z', 'P', 'O' -> 8;
            case 'g' -> 16;
            default -> -1;
        };
    }

    static boolean isSigned(char code) {
        return code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q';
    }

    static boolean isInteger(char code) {
        return "bBhHiIlLqQ".indexOf(code) >= 0;
    }

    /** Whether the code has a byte-swapped variant (CPython: fielddesc's setfunc_swapped). */
    static boolean swappable(char code) {
        return "hHiIlLqQfd".indexOf(code) >= 0;
    }

    // ---- reading --------------------------------------------------------------------------

    /** The raw bits of an integer code's storage, sign-extended for signed codes. */
    static long readInteger(MemorySegment m, long off, char code, boolean swapped) {
        return switch (sizeOf(code)) {
            case 1 -> isSigned(code) ? m.get(B, off) : m.get(B, off) & 0xFF;
            case 2 -> {
                short v = m.get(S, off);
                v = swapped ? Short.reverseBytes(v) : v;
                yield isSigned(code) ? v : v & 0xFFFF;
            }
            case 4 -> {
                int v = m.get(I, off);
                v = swapped ? Integer.reverseBytes(v) : v;
                yield isSigned(code) ? v : v & 0xFFFFFFFFL;
            }
            default -> {
                long v = m.get(L, off);
                yield swapped ? Long.reverseBytes(v) : v;
            }
        };
    }

    static void writeInteger(MemorySegment m, long off, char code, long v, boolean swapped) {
        switch (sizeOf(code)) {
            case 1 -> m.set(B, off, (byte) v);
            case 2 -> m.set(S, off, swapped ? Short.reverseBytes((short) v) : (short) v);
            case 4 -> m.set(I, off, swapped ? Integer.reverseBytes((int) v) : (int) v);
            default -> m.set(L, off, swapped ? Long.reverseBytes(v) : v);
        }
    }

    static PyInt intOf(long v, char code) {
        if (v < 0 && (code == 'L' || code == 'Q')) {
            return PyInt.of(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64)));
        }
        return PyInt.of(v);
    }

    /**
     * The Python value at {@code off}: {@code bits} is 0 for a whole field, else the field is
     * {@code bits} wide starting at bit {@code low}.
     */
    // CPython: cfield.c b_get .. Q_get, d_get, f_get, c_get, u_get, z_get, Z_get, P_get, O_get
    static PyObject get(MemorySegment m, long off, char code, boolean swapped, int bits,
            int low) {
        switch (code) {
            case 'b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q' -> {
                long v = readInteger(m, off, code, swapped);
                if (bits != 0) {
                    v = extract(v, code, bits, low);
                }
                return intOf(v, code);
            }
            case '?' -> {
                long v = m.get(B, off) & 0xFF;
                if (bits != 0) {
                    v = extract(v, 'B', bits, low);
                }
                return PyBool.of(v != 0);
            }
            case 'v' -> {
                return PyBool.of(m.get(S, off) != 0);
            }
            case 'f' -> {
                int v = m.get(I, off);
                return new PyFloat(Float.intBitsToFloat(swapped ? Integer.reverseBytes(v) : v));
            }
            case 'd' -> {
                long v = m.get(L, off);
                return new PyFloat(Double.longBitsToDouble(swapped ? Long.reverseBytes(v) : v));
            }
            case 'g' -> {
                return new PyFloat(Memory.readLongDouble(m, off));
            }
            case 'c' -> {
                return PyBytes.of(new byte[] {m.get(B, off)});
            }
            case 'u' -> {
                return PyStr.ofCodePoint(m.get(I, off));
            }
            case 'z' -> {
                long p = m.get(L, off);
                return p == 0 ? PyNone.NONE : PyBytes.of(Memory.cString(p));
            }
            case 'Z' -> {
                long p = m.get(L, off);
                return p == 0 ? PyNone.NONE : Memory.wideString(p, -1);
            }
            case 'P' -> {
                long p = m.get(L, off);
                return p == 0 ? PyNone.NONE : PyCData.addressInt(p);
            }
            case 'O' -> {
                long p = m.get(L, off);
                return Memory.objectAt(p);
            }
            default -> throw PyExceptions.systemError("ctypes: no getter for type code '"
                    + code + "'");
        }
    }

    // CPython: cfield.c GET_BITFIELD
    private static long extract(long v, char code, int bits, int low) {
        int shift = 64 - low - bits;
        v <<= shift;
        return isSigned(code) ? v >> (64 - bits) : v >>> (64 - bits);
    }

    // ---- writing ----------------------------------------------------------------------------

    /** The integer ctypes stores for {@code value}: masked, a float refused. */
    // CPython: cfield.c get_long / get_ulonglong (PyLong_AsUnsignedLongLongMask)
    static long maskedLong(PyObject value) {
        PyInt i = Numbers.index(value);
        return i.isSmall() ? i.longValue() : i.bigValue().longValue();
    }

    /** Stores {@code value}; returns the object the memory now points into, or null. */
    static PyObject set(MemorySegment m, long off, char code, PyObject value, boolean swapped,
            int bits, int low) {
        switch (code) {
            case 'b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q' -> {
                long v = maskedLong(value);
                if (bits != 0) {
                    long old = readInteger(m, off, code, swapped);
                    long mask = (bits == 64 ? -1L : (1L << bits) - 1) << low;
                    v = (old & ~mask) | ((v << low) & mask);
                }
                writeInteger(m, off, code, v, swapped);
                return null;
            }
            case '?' -> {
                long v = Ops.isTrue(value) ? 1 : 0;
                if (bits != 0) {
                    long old = m.get(B, off) & 0xFF;
                    long mask = ((1L << bits) - 1) << low;
                    v = (old & ~mask) | ((v << low) & mask);
                }
                m.set(B, off, (byte) v);
                return null;
            }
            case 'v' -> {
                m.set(S, off, Ops.isTrue(value) ? (short) -1 : (short) 0);
                return null;
            }
            case 'f' -> {
                int v = Float.floatToRawIntBits((float) FloatMath.asDouble(value));
                m.set(I, off, swapped ? Integer.reverseBytes(v) : v);
                return null;
            }
            case 'd' -> {
                long v = Double.doubleToRawLongBits(FloatMath.asDouble(value));
                m.set(L, off, swapped ? Long.reverseBytes(v) : v);
                return null;
            }
            case 'g' -> {
                Memory.writeLongDouble(m, off, FloatMath.asDouble(value));
                return null;
            }
            case 'c' -> {
                m.set(B, off, charByte(value));
                return null;
            }
            case 'u' -> {
                m.set(I, off, wideChar(value));
                return null;
            }
            case 'z' -> {
                return setCharPointer(m, off, value);
            }
            case 'Z' -> {
                return setWidePointer(m, off, value);
            }
            case 'P' -> {
                // CPython: cfield.c P_set, PyLong_AsUnsignedLongMask
                if (value != PyNone.NONE && !(value instanceof PyInt)) {
                    throw PyExceptions.typeError("cannot be converted to pointer");
                }
                m.set(L, off, value == PyNone.NONE ? 0 : maskedLong(value));
                return null;
            }
            case 'O' -> {
                m.set(L, off, Memory.handleOf(value));
                return value;
            }
            default -> throw PyExceptions.systemError("ctypes: no setter for type code '"
                    + code + "'");
        }
    }

    // CPython: cfield.c c_set
    static byte charByte(PyObject value) {
        if (value instanceof PyBytes b && b.array().length == 1) {
            return b.array()[0];
        }
        if (value instanceof PyByteArray ba && Containers.len(ba) == 1) {
            return PyBytes.bytesLikeCopy(ba)[0];
        }
        if (value instanceof PyInt i) {
            if (i.isSmall() && i.longValue() >= 0 && i.longValue() < 256) {
                return (byte) i.longValue();
            }
        }
        throw PyExceptions.typeError("one character bytes, bytearray or integer expected");
    }

    // CPython: cfield.c u_set
    static int wideChar(PyObject value) {
        if (!(value instanceof PyStr s)) {
            throw PyExceptions.typeError("unicode string expected instead of "
                    + value.type().getName() + " instance");
        }
        if (s.length() != 1) {
            throw PyExceptions.typeError("one character unicode string expected");
        }
        return s.codePointAt(0);
    }

    /** An address from an int, as PyLong_AsVoidPtr: negative values wrap. */
    static long pointerValue(PyObject value) {
        if (!(value instanceof PyInt i)) {
            throw PyExceptions.typeError("cannot be converted to pointer");
        }
        if (!i.isSmall()) {
            BigInteger b = i.bigValue();
            if (b.bitLength() > 64 || b.signum() < 0 && b.bitLength() >= 64) {
                throw PyExceptions.overflowError("int too big to convert");
            }
            return b.longValue();
        }
        return i.longValue();
    }

    // CPython: cfield.c z_set
    private static PyObject setCharPointer(MemorySegment m, long off, PyObject value) {
        if (value == PyNone.NONE) {
            m.set(L, off, 0);
            return null;
        }
        if (value instanceof PyBytes b) {
            m.set(L, off, Memory.nativeCopy(b).address());
            return b;
        }
        if (value instanceof PyInt) {
            m.set(L, off, pointerValue(value));
            return null;
        }
        throw PyExceptions.typeError("bytes or integer address expected instead of "
                + value.type().getName() + " instance");
    }

    // CPython: cfield.c Z_set
    private static PyObject setWidePointer(MemorySegment m, long off, PyObject value) {
        if (value == PyNone.NONE) {
            m.set(L, off, 0);
            return null;
        }
        if (value instanceof PyInt) {
            m.set(L, off, pointerValue(value));
            return null;
        }
        if (!(value instanceof PyStr s)) {
            throw PyExceptions.typeError("unicode string or integer address expected instead of "
                    + value.type().getName() + " instance");
        }
        m.set(L, off, Memory.nativeCopy(s).address());
        return s;
    }

    // ---- char and wchar_t arrays ('s' and 'U') --------------------------------------------

    // CPython: cfield.c s_get
    static PyObject getChars(MemorySegment m, long off, long size) {
        int n = 0;
        while (n < size && m.get(B, off + n) != 0) {
            n++;
        }
        return PyBytes.of(Memory.read(m, off, n));
    }

    // CPython: cfield.c s_set
    static void setChars(MemorySegment m, long off, long size, PyObject value) {
        if (!(value instanceof PyBytes b)) {
            throw PyExceptions.typeError("expected bytes, " + value.type().getName()
                    + " found");
        }
        byte[] data = b.array();
        int n = 0;
        while (n < data.length && data[n] != 0) {
            n++;
        }
        // CPython copies strlen(data) bytes, and the NUL after them when there is room
        if (n > size) {
            throw PyExceptions.valueError("bytes too long (" + n + ", maximum length "
                    + size + ")");
        }
        MemorySegment.copy(data, 0, m, B, off, n);
        if (n < size) {
            m.set(B, off + n, (byte) 0);
        }
    }

    // CPython: cfield.c U_get
    static PyObject getWideChars(MemorySegment m, long off, long size) {
        long count = size / 4;
        int n = 0;
        while (n < count && m.get(I, off + 4L * n) != 0) {
            n++;
        }
        int[] cps = new int[n];
        for (int k = 0; k < n; k++) {
            cps[k] = m.get(I, off + 4L * k);
        }
        return Memory.strOf(cps);
    }

    // CPython: cfield.c U_set
    static void setWideChars(MemorySegment m, long off, long size, PyObject value) {
        if (!(value instanceof PyStr s)) {
            throw PyExceptions.typeError("unicode string expected instead of "
                    + value.type().getName() + " instance");
        }
        int[] cps = s.codePoints();
        long count = size / 4;
        if (cps.length > count) {
            throw PyExceptions.valueError("string too long (" + cps.length + ", maximum length "
                    + count + ")");
        }
        for (int k = 0; k < cps.length; k++) {
            m.set(I, off + 4L * k, cps[k]);
        }
        if (cps.length < count) {
            m.set(I, off + 4L * cps.length, 0);
        }
    }
}
