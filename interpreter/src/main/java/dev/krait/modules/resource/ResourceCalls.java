package dev.krait.modules.resource;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.PTR;
import static dev.krait.modules.posix.Libc.check;
import static dev.krait.modules.posix.Libc.internal;
import static dev.krait.modules.posix.Libc.state;

import dev.krait.modules.posix.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The C library's resource calls. A {@code struct rlimit} is two 64-bit {@code rlim_t}; a
 * {@code struct rusage} on Linux x86-64 is two {@code struct timeval} (seconds and
 * microseconds, 64 bits each) then fourteen longs. Each call throws {@link Libc.Failure} with
 * errno when it fails.
 */
final class ResourceCalls {
    private ResourceCalls() {}

    private static final long RUSAGE_SIZE = 144;

    // Each C function is bound in a holder class of its own, on its first call.
    private static final class Getrusage {
        static final MethodHandle H = Libc.errnoCall("getrusage",
                FunctionDescriptor.of(INT, INT, PTR));
    }
    private static final class Getrlimit {
        static final MethodHandle H = Libc.errnoCall("getrlimit",
                FunctionDescriptor.of(INT, INT, PTR));
    }
    private static final class Setrlimit {
        static final MethodHandle H = Libc.errnoCall("setrlimit",
                FunctionDescriptor.of(INT, INT, PTR));
    }
    private static final class Prlimit {
        static final MethodHandle H = Libc.errnoCall("prlimit",
                FunctionDescriptor.of(INT, INT, INT, PTR, PTR));
    }
    private static final class Getpagesize {
        static final MethodHandle H = Libc.plainCall("getpagesize", FunctionDescriptor.of(INT));
    }

    /**
     * getrusage(2): the user and system times in seconds (as CPython computes them, seconds
     * plus microseconds times 0.000001), then the fourteen counters.
     */
    static double[] getrusageTimes(int who, long[] counters) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ru = arena.allocate(RUSAGE_SIZE, 8);
            check((int) Getrusage.H.invokeExact(state(), who, ru));
            for (int i = 0; i < counters.length; i++) {
                counters[i] = ru.get(ValueLayout.JAVA_LONG, 32 + 8L * i);
            }
            return new double[] {
                ru.get(ValueLayout.JAVA_LONG, 0) + ru.get(ValueLayout.JAVA_LONG, 8) * 0.000001,
                ru.get(ValueLayout.JAVA_LONG, 16) + ru.get(ValueLayout.JAVA_LONG, 24) * 0.000001};
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** getrlimit(2): {soft, hard}, RLIM_INFINITY being -1. */
    static long[] getrlimit(int resource) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment rl = arena.allocate(16, 8);
            check((int) Getrlimit.H.invokeExact(state(), resource, rl));
            return new long[] {rl.get(ValueLayout.JAVA_LONG, 0), rl.get(ValueLayout.JAVA_LONG, 8)};
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void setrlimit(int resource, long soft, long hard) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment rl = arena.allocate(16, 8);
            rl.set(ValueLayout.JAVA_LONG, 0, soft);
            rl.set(ValueLayout.JAVA_LONG, 8, hard);
            check((int) Setrlimit.H.invokeExact(state(), resource, rl));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** prlimit(2): the old {soft, hard} of process {@code pid}, setting new ones if given. */
    static long[] prlimit(int pid, int resource, long[] limits) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment old = arena.allocate(16, 8);
            MemorySegment set = MemorySegment.NULL;
            if (limits != null) {
                set = arena.allocate(16, 8);
                set.set(ValueLayout.JAVA_LONG, 0, limits[0]);
                set.set(ValueLayout.JAVA_LONG, 8, limits[1]);
            }
            check((int) Prlimit.H.invokeExact(state(), pid, resource, set, old));
            return new long[] {old.get(ValueLayout.JAVA_LONG, 0),
                old.get(ValueLayout.JAVA_LONG, 8)};
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int getpagesize() {
        try {
            return (int) Getpagesize.H.invokeExact();
        } catch (Throwable t) {
            throw internal(t);
        }
    }
}
