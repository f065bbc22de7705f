package dev.krait.modules.multiprocessing;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.PTR;
import static dev.krait.modules.posix.Libc.check;
import static dev.krait.modules.posix.Libc.internal;
import static dev.krait.modules.posix.Libc.state;

import dev.krait.modules.posix.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The C library's POSIX named semaphores ({@code sem_overview(7)}): open, close, unlink, wait,
 * post and read the value of a {@code sem_t*}. Each call that fails throws
 * {@link Libc.Failure} with errno; a call interrupted by a signal (EINTR) fails like any other,
 * and the caller decides whether to retry.
 */
final class SemaphoreCalls {
    private SemaphoreCalls() {}

    static final int O_CREAT = 0100;
    static final int O_EXCL = 0200;
    static final int EINTR = 4;
    static final int EAGAIN = 11;
    static final int EINVAL = 22;
    static final int ETIMEDOUT = 110;

    // Each C function is bound in a holder class of its own, on its first call. sem_open is
    // variadic: the mode and the initial value follow the flags when O_CREAT is given.
    private static final class OpenCreate {
        static final MethodHandle H = Libc.errnoCall("sem_open",
                FunctionDescriptor.of(PTR, PTR, INT, INT, INT), Linker.Option.firstVariadicArg(2));
    }
    private static final class OpenExisting {
        static final MethodHandle H = Libc.errnoCall("sem_open",
                FunctionDescriptor.of(PTR, PTR, INT));
    }
    private static final class Close {
        static final MethodHandle H = Libc.errnoCall("sem_close", FunctionDescriptor.of(INT, PTR));
    }
    private static final class Unlink {
        static final MethodHandle H = Libc.errnoCall("sem_unlink",
                FunctionDescriptor.of(INT, PTR));
    }
    private static final class TryWait {
        static final MethodHandle H = Libc.errnoCall("sem_trywait",
                FunctionDescriptor.of(INT, PTR));
    }
    private static final class TimedWait {
        static final MethodHandle H = Libc.errnoCall("sem_timedwait",
                FunctionDescriptor.of(INT, PTR, PTR));
    }
    private static final class Post {
        static final MethodHandle H = Libc.errnoCall("sem_post", FunctionDescriptor.of(INT, PTR));
    }
    private static final class GetValue {
        static final MethodHandle H = Libc.errnoCall("sem_getvalue",
                FunctionDescriptor.of(INT, PTR, PTR));
    }

    /** {@code sem_open(name, O_CREAT | O_EXCL, 0600, value)}: a new semaphore's address. */
    // CPython: Modules/_multiprocessing/semaphore.c SEM_CREATE
    static long create(byte[] name, int value) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment sem = (MemorySegment) OpenCreate.H.invokeExact(state(),
                    Libc.cString(arena, name), O_CREAT | O_EXCL, 0600, value);
            return address(sem);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** {@code sem_open(name, 0)}: an existing semaphore's address. */
    static long open(byte[] name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment sem = (MemorySegment) OpenExisting.H.invokeExact(state(),
                    Libc.cString(arena, name), 0);
            return address(sem);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** glibc's SEM_FAILED is the null pointer. */
    private static long address(MemorySegment sem) {
        if (sem.address() == 0) {
            throw new Libc.Failure(Libc.lastErrno());
        }
        return sem.address();
    }

    static void close(long sem) {
        try {
            check((int) Close.H.invokeExact(state(), MemorySegment.ofAddress(sem)));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void unlink(byte[] name) {
        try (Arena arena = Arena.ofConfined()) {
            check((int) Unlink.H.invokeExact(state(), Libc.cString(arena, name)));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** {@code sem_trywait}: 0 when taken, else errno (EAGAIN when the value is zero). */
    static int tryWait(long sem) {
        try {
            int r = (int) TryWait.H.invokeExact(state(), MemorySegment.ofAddress(sem));
            return r == 0 ? 0 : Libc.lastErrno();
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /**
     * {@code sem_timedwait} until the {@code CLOCK_REALTIME} instant {@code epochNanos}: 0 when
     * taken, else errno (ETIMEDOUT, EINTR...).
     */
    static int timedWait(long sem, long epochNanos) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment deadline = arena.allocate(16, 8);
            deadline.set(ValueLayout.JAVA_LONG, 0, Math.floorDiv(epochNanos, 1_000_000_000L));
            deadline.set(ValueLayout.JAVA_LONG, 8, Math.floorMod(epochNanos, 1_000_000_000L));
            int r = (int) TimedWait.H.invokeExact(state(), MemorySegment.ofAddress(sem),
                    deadline);
            return r == 0 ? 0 : Libc.lastErrno();
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void post(long sem) {
        try {
            check((int) Post.H.invokeExact(state(), MemorySegment.ofAddress(sem)));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int getValue(long sem) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment value = arena.allocate(ValueLayout.JAVA_INT);
            check((int) GetValue.H.invokeExact(state(), MemorySegment.ofAddress(sem), value));
            return value.get(ValueLayout.JAVA_INT, 0);
        } catch (Throwable t) {
            throw internal(t);
        }
    }
}
