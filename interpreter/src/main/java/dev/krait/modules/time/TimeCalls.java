package dev.krait.modules.time;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The C library's time functions, bound through the Foreign Function and Memory API:
 * {@code clock_gettime}, {@code localtime_r}/{@code gmtime_r}, {@code mktime}, {@code tzset}
 * and {@code strftime_l} (in the "C" locale, the LC_TIME CPython runs with until a program
 * calls {@code locale.setlocale}). A {@code struct tm} is passed as an {@code int[11]}: the
 * nine int fields, then tm_gmtoff; tm_zone travels separately as a string.
 */
final class TimeCalls {
    private TimeCalls() {}

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    private static final ValueLayout PTR = ValueLayout.ADDRESS;

    // Each C function is bound in a holder class of its own, which the JVM initialises on the
    // function's first call: binding a downcall handle spins classes, and a program calls few
    // of these functions. The handle stays a constant the JIT can inline.
    private static final class ClockGettime {
        static final MethodHandle H = handle("clock_gettime",
                FunctionDescriptor.of(INT, INT, PTR));
    }
    private static final class ClockGetres {
        static final MethodHandle H = handle("clock_getres",
                FunctionDescriptor.of(INT, INT, PTR));
    }
    private static final class LocaltimeR {
        static final MethodHandle H = handle("localtime_r",
                FunctionDescriptor.of(PTR, PTR, PTR));
    }
    private static final class GmtimeR {
        static final MethodHandle H = handle("gmtime_r",
                FunctionDescriptor.of(PTR, PTR, PTR));
    }
    private static final class Mktime {
        static final MethodHandle H = handle("mktime", FunctionDescriptor.of(LONG, PTR));
    }
    private static final class Tzset {
        static final MethodHandle H = handle("tzset", FunctionDescriptor.ofVoid());
    }
    private static final class StrftimeL {
        static final MethodHandle H = handle("strftime_l",
                FunctionDescriptor.of(LONG, PTR, LONG, PTR, PTR, PTR));
    }
    private static final class Newlocale {
        static final MethodHandle H = handle("newlocale",
                FunctionDescriptor.of(PTR, INT, PTR, PTR));
    }

    /** The "C" locale object strftime_l formats in, made on the first strftime. */
    private static final class CLocale {
        static final MemorySegment C = cLocale();
    }

    static final int CLOCK_REALTIME = 0;
    static final int CLOCK_MONOTONIC = 1;
    static final int CLOCK_PROCESS_CPUTIME_ID = 2;
    static final int CLOCK_THREAD_CPUTIME_ID = 3;

    /** The size of struct tm on 64-bit Linux (9 ints, padding, tm_gmtoff, tm_zone). */
    private static final long TM_SIZE = 56;

    private static MethodHandle handle(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(
                () -> new UnsatisfiedLinkError(name)), fd);
    }

    private static MemorySegment cLocale() {
        try {
            MemorySegment name = Arena.global().allocateFrom("C");
            // LC_ALL_MASK on glibc
            return (MemorySegment) Newlocale.H.invokeExact(0x1FBF, name, MemorySegment.NULL);
        } catch (Throwable t) {
            throw new ExceptionInInitializerError(t);
        }
    }

    private static RuntimeException internal(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /** clock_gettime(clock) in nanoseconds, or Long.MIN_VALUE when the clock is invalid. */
    static long clockNanos(int clock) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ts = a.allocate(16, 8);
            if ((int) ClockGettime.H.invokeExact(clock, ts) != 0) {
                return Long.MIN_VALUE;
            }
            return ts.get(LONG, 0) * 1_000_000_000L + ts.get(LONG, 8);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static long clockResolutionNanos(int clock) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ts = a.allocate(16, 8);
            if ((int) ClockGetres.H.invokeExact(clock, ts) != 0) {
                return Long.MIN_VALUE;
            }
            return ts.get(LONG, 0) * 1_000_000_000L + ts.get(LONG, 8);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    private static final class ClockSettime {
        static final MethodHandle H = dev.krait.modules.posix.Libc.errnoCall("clock_settime",
                FunctionDescriptor.of(INT, INT, PTR));
    }

    private static final class PthreadGetcpuclockid {
        static final MethodHandle H = handle("pthread_getcpuclockid",
                FunctionDescriptor.of(INT, LONG, PTR));
    }

    /** clock_settime(clock, nanos as a timespec); OSError with errno when it fails. */
    // CPython: Python/pytime.c _PyTime_AsTimespec (seconds floored, nanoseconds 0..999999999)
    static void clockSet(int clock, long nanos) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ts = a.allocate(16, 8);
            ts.set(LONG, 0, Math.floorDiv(nanos, 1_000_000_000L));
            ts.set(LONG, 8, Math.floorMod(nanos, 1_000_000_000L));
            dev.krait.modules.posix.Libc.check((int) ClockSettime.H.invokeExact(
                    dev.krait.modules.posix.Libc.state(), clock, ts));
        } catch (dev.krait.modules.posix.Libc.Failure f) {
            throw f.toOSError(null);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** pthread_getcpuclockid of a live thread; OSError with the error it answers. */
    static int threadCpuClock(long pthread) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment id = a.allocate(INT);
            int err = (int) PthreadGetcpuclockid.H.invokeExact(pthread, id);
            if (err != 0) {
                throw new dev.krait.modules.posix.Libc.Failure(err).toOSError(null);
            }
            return id.get(INT, 0);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** A broken-down time: the nine fields of struct tm, tm_gmtoff and tm_zone. */
    record Tm(int[] fields, long gmtoff, String zone) {}

    /** localtime_r or gmtime_r of {@code seconds}; null when out of range. */
    static Tm breakDown(long seconds, boolean local) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment t = a.allocate(LONG);
            // through a byte buffer, as read() below: time's import calls this (for the zone)
            dev.krait.modules.posix.Libc.fields(t).putLong(0, seconds);
            MemorySegment tm = a.allocate(TM_SIZE, 8);
            MemorySegment r = local ? (MemorySegment) LocaltimeR.H.invokeExact(t, tm)
                    : (MemorySegment) GmtimeR.H.invokeExact(t, tm);
            if (r.address() == 0) {
                return null;
            }
            return read(tm);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    private static Tm read(MemorySegment tm) {
        // Read through a byte buffer, as posix reads struct stat (Libc.fields): the var handles
        // MemorySegment.get builds spin classes at run time, and importlib's zipimport imports
        // time on every start-up.
        java.nio.ByteBuffer b = dev.krait.modules.posix.Libc.fields(tm);
        int[] f = new int[9];
        for (int i = 0; i < 9; i++) {
            f[i] = b.getInt(4 * i);
        }
        long zone = b.getLong(48);
        String z = zone == 0 ? null : MemorySegment.ofAddress(zone).reinterpret(64).getString(0);
        return new Tm(f, b.getLong(40), z);
    }

    private static void write(MemorySegment tm, Tm t, Arena a) {
        for (int i = 0; i < 9; i++) {
            tm.set(INT, 4L * i, t.fields()[i]);
        }
        tm.set(LONG, 40, t.gmtoff());
        tm.set(ValueLayout.ADDRESS, 48, t.zone() == null ? MemorySegment.NULL
                : a.allocateFrom(t.zone()));
    }

    /** mktime(3): the seconds, and the normalised fields written back into {@code out}. */
    static long mktime(Tm t, int[] out) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment tm = a.allocate(TM_SIZE, 8);
            write(tm, t, a);
            // CPython: a tm_wday left at -1 tells an error apart from the time -1.
            tm.set(INT, 24, -1);
            long r = (long) Mktime.H.invokeExact(tm);
            out[0] = tm.get(INT, 24);
            return r;
        } catch (Throwable t2) {
            throw internal(t2);
        }
    }

    static void tzset() {
        try {
            Tzset.H.invokeExact();
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** strftime of a UTF-8 format; null when the result would not fit {@code max} bytes. */
    static byte[] strftime(byte[] format, Tm t, int max) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fmt = a.allocate(format.length + 1L);
            MemorySegment.copy(format, 0, fmt, ValueLayout.JAVA_BYTE, 0, format.length);
            MemorySegment tm = a.allocate(TM_SIZE, 8);
            write(tm, t, a);
            MemorySegment out = a.allocate(max);
            long n = (long) StrftimeL.H.invokeExact(out, (long) max, fmt, tm, CLocale.C);
            if (n == 0) {
                return null;
            }
            byte[] b = new byte[(int) n];
            MemorySegment.copy(out, ValueLayout.JAVA_BYTE, 0, b, 0, (int) n);
            return b;
        } catch (Throwable t2) {
            throw internal(t2);
        }
    }
}
