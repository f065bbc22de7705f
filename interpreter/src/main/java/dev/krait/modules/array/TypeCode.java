package dev.krait.modules.array;

import dev.krait.objects.CArgs;
import dev.krait.objects.FloatMath;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;

/**
 * One array type code: its C item size, how an item is read from the array's bytes and how a
 * Python value is checked and written there. The sizes are those of CPython on x86-64 Linux
 * ({@code long} and {@code wchar_t} are 8 and 4 bytes) and items are little-endian, so that
 * {@code tobytes}, the buffer protocol and pickles carry the same bytes as CPython's.
 *
 * <p>A value is converted exactly as the C setter converts it — {@code PyArg_Parse} with the
 * format CPython picks for the code, then the setter's own range checks — because each step
 * has its own overflow message, which programs and CPython's tests see.
 *
 * <p>CPython counterpart: Modules/arraymodule.c {@code descriptors}, the {@code *_getitem} and
 * {@code *_setitem} functions, {@code typecode_to_mformat_code}.
 */
enum TypeCode {
    b('b', 1, true, 1), B('B', 1, false, 0), u('u', 4, false, 20),
    h('h', 2, true, 4), H('H', 2, false, 2), i('i', 4, true, 8), I('I', 4, false, 6),
    l('l', 8, true, 12), L('L', 8, false, 10), q('q', 8, true, 12), Q('Q', 8, false, 10),
    f('f', 4, true, 14), d('d', 8, true, 16);

    private static final VarHandle SHORT =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT =
            MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE =
            MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    /** All codes, in the order of {@code array.typecodes}. */
    static final String TYPECODES = "bBuhHiIlLqQfd";

    final char code;
    final int itemsize;
    final boolean signed;
    /** The machine format code pickles carry ({@code enum machine_format_code}, little-endian). */
    final int mformat;

    TypeCode(char code, int itemsize, boolean signed, int mformat) {
        this.code = code;
        this.itemsize = itemsize;
        this.signed = signed;
        this.mformat = mformat;
    }

    /** The code for a character, or null. */
    static TypeCode of(int c) {
        return switch (c) {
            case 'b' -> b;
            case 'B' -> B;
            case 'u' -> u;
            case 'h' -> h;
            case 'H' -> H;
            case 'i' -> i;
            case 'I' -> I;
            case 'l' -> l;
            case 'L' -> L;
            case 'q' -> q;
            case 'Q' -> Q;
            case 'f' -> f;
            case 'd' -> d;
            default -> null;
        };
    }

    boolean isInteger() {
        return this != u && this != f && this != d;
    }

    boolean isFloat() {
        return this == f || this == d;
    }

    /** The struct-style format a buffer of this array has ('w' for wide characters). */
    String bufferFormat() {
        return this == u ? "w" : String.valueOf(code);
    }

    // ---- reading ----------------------------------------------------------------------------

    /**
     * Item {@code k} of an integer array as a signed Java long (the bits of an unsigned 64-bit
     * item, for L and Q), for comparisons without making objects.
     */
    long rawLong(byte[] s, int k) {
        int p = k * itemsize;
        return switch (this) {
            case b -> s[p];
            case B -> s[p] & 0xFF;
            case h -> (short) SHORT.get(s, p);
            case H -> (short) SHORT.get(s, p) & 0xFFFF;
            case i, u -> (int) INT.get(s, p);
            case I -> (int) INT.get(s, p) & 0xFFFF_FFFFL;
            default -> (long) LONG.get(s, p);
        };
    }

    double rawDouble(byte[] s, int k) {
        int p = k * itemsize;
        return this == f ? (float) FLOAT.get(s, p) : (double) DOUBLE.get(s, p);
    }

    /** Item {@code k} as a Python object. */
    // CPython: Modules/arraymodule.c b_getitem ... d_getitem
    PyObject get(byte[] s, int k) {
        return switch (this) {
            case f, d -> new PyFloat(rawDouble(s, k));
            case u -> character((int) rawLong(s, k));
            case L, Q -> unsigned(rawLong(s, k));
            default -> PyInt.of(rawLong(s, k));
        };
    }

    static PyInt unsigned(long bits) {
        if (bits >= 0) {
            return PyInt.of(bits);
        }
        return PyInt.of(new BigInteger(Long.toUnsignedString(bits)));
    }

    /** A wide character as a str; a value that is no code point is chr()'s error. */
    // CPython: Objects/unicodeobject.c PyUnicode_FromOrdinal
    static PyStr character(int c) {
        if (c < 0 || c > 0x10FFFF) {
            throw PyExceptions.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint(c);
    }

    // ---- writing ----------------------------------------------------------------------------

    /**
     * Checks {@code v} and writes it as item {@code k}; with {@code k < 0} only checks (as the C
     * setters do when called with index -1 before a resize), so a failed insert changes
     * nothing.
     */
    // CPython: Modules/arraymodule.c b_setitem ... d_setitem
    void set(byte[] s, int k, PyObject v) {
        switch (this) {
            case f -> {
                float x = (float) FloatMath.asDouble(v);
                if (k >= 0) {
                    FLOAT.set(s, k * 4, x);
                }
            }
            case d -> {
                double x = FloatMath.asDouble(v);
                if (k >= 0) {
                    DOUBLE.set(s, k * 8, x);
                }
            }
            case u -> {
                int c = wideChar(v);
                if (k >= 0) {
                    INT.set(s, k * 4, c);
                }
            }
            default -> {
                long x = integer(v);
                if (k >= 0) {
                    putLong(s, k, x);
                }
            }
        }
    }

    /** Writes the low bits of {@code x} as integer item {@code k}. */
    void putLong(byte[] s, int k, long x) {
        int p = k * itemsize;
        switch (itemsize) {
            case 1 -> s[p] = (byte) x;
            case 2 -> SHORT.set(s, p, (short) x);
            case 4 -> INT.set(s, p, (int) x);
            default -> LONG.set(s, p, x);
        }
    }

    /** A one-character str as a wide character. */
    // CPython: Modules/arraymodule.c u_setitem
    static int wideChar(PyObject v) {
        if (!(v instanceof PyStr s) || s.length() != 1) {
            throw PyExceptions.typeError("array item must be unicode character");
        }
        return s.codePointAt(0);
    }

    /**
     * An integer item's value, with the errors of the conversion chain CPython uses for this
     * code; the result's low {@code itemsize} bytes are the item.
     */
    long integer(PyObject v) {
        switch (this) {
            case b -> {
                long x = CArgs.shortFormat(v);
                if (x < -128) {
                    throw PyExceptions.overflowError("signed char is less than minimum");
                }
                if (x > 127) {
                    throw PyExceptions.overflowError("signed char is greater than maximum");
                }
                return x;
            }
            case B -> {
                return CArgs.unsignedByteFormat(v);
            }
            case h -> {
                return CArgs.shortFormat(v);
            }
            case H -> {
                long x = CArgs.intFormat(v);
                if (x < 0) {
                    throw PyExceptions.overflowError("unsigned short is less than minimum");
                }
                if (x > 0xFFFF) {
                    throw PyExceptions.overflowError("unsigned short is greater than maximum");
                }
                return x;
            }
            case i -> {
                return CArgs.intFormat(v);
            }
            case I -> {
                long x = CArgs.asUnsignedLong(Numbers.index(v));
                if (Long.compareUnsigned(x, 0xFFFF_FFFFL) > 0) {
                    throw PyExceptions.overflowError("unsigned int is greater than maximum");
                }
                return x;
            }
            case l -> {
                return CArgs.asLong(v);
            }
            case L -> {
                return CArgs.asUnsignedLong(Numbers.index(v));
            }
            case q -> {
                PyInt x = Numbers.index(v);
                if (!x.isSmall()) {
                    throw PyExceptions.overflowError("int too big to convert");
                }
                return x.longValue();
            }
            default -> {
                PyInt x = Numbers.index(v);
                if (x.signum() < 0) {
                    throw PyExceptions.overflowError("can't convert negative int to unsigned");
                }
                if (x.isSmall()) {
                    return x.longValue();
                }
                if (x.bigValue().bitLength() > 64) {
                    throw PyExceptions.overflowError("int too big to convert");
                }
                return x.bigValue().longValue();
            }
        }
    }
}
