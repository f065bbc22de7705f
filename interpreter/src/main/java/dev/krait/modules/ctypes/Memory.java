package dev.krait.modules.ctypes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.WeakIdentityKey;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.ReferenceQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Native memory as ctypes needs it beyond single values: C strings read from an address,
 * native copies of the bytes and str objects a {@code char *}/{@code wchar_t *} points at, and
 * the numbers that stand for Python objects stored in C memory ({@code py_object}).
 *
 * <p>A Java array cannot be pointed at from C, so where CPython points into a bytes object's
 * own buffer Krait points into a NUL-terminated native copy, made once per object and kept
 * while the object lives (the same object always gives the same address). A {@code PyObject *}
 * in memory is an id-like number registered here; the registry holds its objects strongly (C
 * memory may hold the only reference), so objects stored as py_object are never collected (see
 * docs/DIFFERENCES.md).
 *
 * <p>CPython counterpart: Modules/_ctypes/cfield.c (z_set, Z_set, O_set keep the buffers),
 * _ctypes.c string_at, wstring_at.
 */
final class Memory {
    private Memory() {}

    private static final ValueLayout.OfByte B = ValueLayout.JAVA_BYTE;
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT_UNALIGNED;

    /** All of memory, for reading at raw addresses. */
    static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

    private static final java.lang.invoke.MethodHandle MINCORE = java.lang.foreign.Linker
            .nativeLinker().downcallHandle(java.lang.foreign.Linker.nativeLinker()
            .defaultLookup().find("mincore").orElseThrow(),
            java.lang.foreign.FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
            ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
    private static final long PAGE = 4096;

    /**
     * Refuses to let a program read or write {@code size} bytes at {@code address} unless
     * memory is mapped there: where CPython would crash, the JVM would too. The C library's
     * {@code mincore} answers ENOMEM for an unmapped range.
     */
    static void checkMapped(long address, long size) {
        if (address == 0) {
            throw PyExceptions.valueError("NULL pointer access");
        }
        long start = address & -PAGE;
        long end = address + Math.max(size, 1);
        if (end < address) {
            throw PyExceptions.valueError("ctypes: no memory is mapped at 0x"
                    + Long.toHexString(address));
        }
        long len = end - start;
        int rc;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment vec = arena.allocate((len + PAGE - 1) / PAGE);
            rc = (int) MINCORE.invokeExact(MemorySegment.ofAddress(start), len, vec);
        } catch (Throwable t) {
            throw PyExceptions.systemError("ctypes: mincore failed: " + t);
        }
        if (rc != 0) {
            throw PyExceptions.valueError("ctypes: no memory is mapped at 0x"
                    + Long.toHexString(address) + " (reading it would crash the process)");
        }
    }

    static byte[] read(MemorySegment m, long off, int n) {
        byte[] b = new byte[n];
        MemorySegment.copy(m, B, off, b, 0, n);
        return b;
    }

    /** The bytes at {@code address}, {@code n} of them. */
    static byte[] readAt(long address, int n) {
        checkMapped(address, n);
        return read(ALL, address, n);
    }

    /** The bytes of the NUL-terminated string at {@code address}. */
    static byte[] cString(long address) {
        int n = 0;
        long checked = 0;
        while (true) {
            if (address + n >= checked) {
                checkMapped(address + n, 1);
                checked = ((address + n) & -PAGE) + PAGE;
            }
            if (ALL.get(B, address + n) == 0) {
                break;
            }
            n++;
        }
        return readAt(address, n);
    }

    /** The wchar_t string at {@code address}: {@code n} characters, or up to NUL if n < 0. */
    static PyStr wideString(long address, long n) {
        if (n < 0) {
            n = 0;
            checkMapped(address, 4);
            while (ALL.get(I, address + 4 * n) != 0) {
                n++;
                if (((address + 4 * n) & (PAGE - 1)) == 0) {
                    checkMapped(address + 4 * n, 4);
                }
            }
        } else {
            checkMapped(address, 4 * n);
        }
        int[] cps = new int[(int) n];
        for (int k = 0; k < n; k++) {
            cps[k] = ALL.get(I, address + 4L * k);
        }
        return strOf(cps);
    }

    /** A str of UTF-32 code units, refusing values beyond Unicode as CPython does. */
    static PyStr strOf(int[] cps) {
        for (int cp : cps) {
            if (cp < 0 || cp > 0x10FFFF) {
                throw PyExceptions.valueError("character U+" + Integer.toHexString(cp)
                        + " is not in range [U+0000; U+10ffff]");
            }
        }
        return PyStr.fromCodePoints(cps);
    }

    // ---- native copies of bytes and str ----------------------------------------------------

    private static final ReferenceQueue<PyObject> DEAD = new ReferenceQueue<>();
    private static final ConcurrentHashMap<WeakIdentityKey, MemorySegment> COPIES =
            new ConcurrentHashMap<>();

    /** The NUL-terminated native copy of a bytes object (the same while the object lives). */
    static MemorySegment nativeCopy(PyBytes b) {
        return copyOf(b, () -> {
            byte[] data = b.array();
            MemorySegment s = Arena.ofAuto().allocate(data.length + 1L);
            MemorySegment.copy(data, 0, s, B, 0, data.length);
            return s;
        });
    }

    /** The NUL-terminated wchar_t (UTF-32) native copy of a str. */
    static MemorySegment nativeCopy(PyStr str) {
        return copyOf(str, () -> {
            int[] cps = str.codePoints();
            MemorySegment s = Arena.ofAuto().allocate(4L * cps.length + 4, 4);
            for (int k = 0; k < cps.length; k++) {
                s.set(I, 4L * k, cps[k]);
            }
            return s;
        });
    }

    private static MemorySegment copyOf(PyObject o, java.util.function.Supplier<MemorySegment> make) {
        for (Object k; (k = DEAD.poll()) != null; ) {
            COPIES.remove(k);
        }
        MemorySegment s = COPIES.get(WeakIdentityKey.probe(o));
        if (s != null) {
            return s;
        }
        return COPIES.computeIfAbsent(new WeakIdentityKey(o, DEAD), k -> make.get());
    }

    // ---- PyObject * ------------------------------------------------------------------------

    private static final ConcurrentHashMap<Long, PyObject> OBJECTS = new ConcurrentHashMap<>();

    /** The number stored in C memory for {@code o}: its id, registered. */
    static long handleOf(PyObject o) {
        long id = Ops.id(o);
        OBJECTS.putIfAbsent(id, o);
        return id;
    }

    /** The object a stored number stands for; ValueError for NULL as CPython's O_get. */
    static PyObject objectAt(long handle) {
        if (handle == 0) {
            throw PyExceptions.valueError("PyObject is NULL");
        }
        PyObject o = OBJECTS.get(handle);
        if (o == null) {
            throw PyExceptions.valueError("ctypes: the memory does not hold a Python object "
                    + "(0x" + Long.toHexString(handle) + ")");
        }
        return o;
    }

    // ---- long double (x87 80-bit extended, stored in 16 bytes) ------------------------------

    /** Reads an x86-64 {@code long double}, rounded to the nearest double. */
    static double readLongDouble(MemorySegment m, long off) {
        long mant = m.get(ValueLayout.JAVA_LONG_UNALIGNED, off);
        int se = m.get(ValueLayout.JAVA_SHORT_UNALIGNED, off + 8) & 0xFFFF;
        boolean neg = (se & 0x8000) != 0;
        int exp = se & 0x7FFF;
        double v;
        if (exp == 0x7FFF) {
            v = (mant << 1) == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (exp == 0 && mant == 0) {
            v = 0.0;
        } else {
            // mant is 1.63 fixed point (explicit integer bit); value = mant * 2^(exp-16383-63)
            double hi = (double) (mant >>> 11) * 2048.0 + (double) (mant & 0x7FF);
            v = Math.scalb(hi, exp - 16383 - 63);
        }
        return neg ? -v : v;
    }

    /** Writes {@code d} as an x86-64 {@code long double} (exactly: every double fits). */
    static void writeLongDouble(MemorySegment m, long off, double d) {
        long bits = Double.doubleToRawLongBits(d);
        int sign = (int) (bits >>> 63) << 15;
        int exp = (int) (bits >>> 52) & 0x7FF;
        long frac = bits & 0xFFFFFFFFFFFFFL;
        long mant;
        int e;
        if (exp == 0x7FF) {
            e = 0x7FFF;
            mant = 0x8000000000000000L | (frac << 11);
        } else if (exp == 0) {
            if (frac == 0) {
                e = 0;
                mant = 0;
            } else {
                int shift = Long.numberOfLeadingZeros(frac);
                mant = frac << shift;
                e = 16383 - 1022 - (shift - 11);
            }
        } else {
            e = exp - 1023 + 16383;
            mant = 0x8000000000000000L | (frac << 11);
        }
        m.set(ValueLayout.JAVA_LONG_UNALIGNED, off, mant);
        m.set(ValueLayout.JAVA_SHORT_UNALIGNED, off + 8, (short) (sign | e));
        for (int k = 10; k < 16; k++) {
            m.set(B, off + k, (byte) 0);
        }
    }
}
