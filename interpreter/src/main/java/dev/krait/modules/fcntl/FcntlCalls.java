package dev.krait.modules.fcntl;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.LONG;
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
 * The C library calls behind {@code fcntl}: {@code fcntl(2)} and {@code ioctl(2)} with an int
 * or a buffer as their third argument, {@code flock(2)}, and {@code fcntl}'s record locks with
 * a {@code struct flock}. Each throws {@link Libc.Failure} carrying errno when the call fails;
 * a call interrupted by a signal (EINTR) fails like any other and the caller retries it.
 * {@code ossaudiodev} drives its devices through the same {@code fcntl} and {@code ioctl}.
 */
public final class FcntlCalls {
    private FcntlCalls() {}

    // Each C function is bound in a holder class of its own, on its first call. fcntl and
    // ioctl are variadic: the third argument is passed as a variadic int or pointer.
    private static final class FcntlInt {
        static final MethodHandle H = Libc.errnoCall("fcntl",
                FunctionDescriptor.of(INT, INT, INT, INT), Linker.Option.firstVariadicArg(2));
    }
    private static final class FcntlPtr {
        static final MethodHandle H = Libc.errnoCall("fcntl",
                FunctionDescriptor.of(INT, INT, INT, PTR), Linker.Option.firstVariadicArg(2));
    }
    private static final class IoctlInt {
        static final MethodHandle H = Libc.errnoCall("ioctl",
                FunctionDescriptor.of(INT, INT, LONG, INT), Linker.Option.firstVariadicArg(2));
    }
    private static final class IoctlPtr {
        static final MethodHandle H = Libc.errnoCall("ioctl",
                FunctionDescriptor.of(INT, INT, LONG, PTR), Linker.Option.firstVariadicArg(2));
    }
    private static final class Flock {
        static final MethodHandle H = Libc.errnoCall("flock", FunctionDescriptor.of(INT, INT, INT));
    }

    /** {@code struct flock} on Linux x86-64: two shorts, two off_t at 8 and 16, a pid_t. */
    private static final long FLOCK_SIZE = 32;

    public static int fcntl(int fd, int cmd, int arg) {
        try {
            return check((int) FcntlInt.H.invokeExact(state(), fd, cmd, arg));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** fcntl with a pointer to a copy of {@code buf}, which receives what the call wrote. */
    static int fcntl(int fd, int cmd, byte[] buf) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = copyIn(arena, buf);
            int r = check((int) FcntlPtr.H.invokeExact(state(), fd, cmd, s));
            copyOut(s, buf);
            return r;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static int ioctl(int fd, int request, int arg) {
        try {
            // The request is an unsigned long in C: the 32-bit code, zero-extended.
            return check((int) IoctlInt.H.invokeExact(state(), fd,
                    Integer.toUnsignedLong(request), arg));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** ioctl with a pointer to a NUL-terminated copy of {@code buf}, copied back after. */
    public static int ioctl(int fd, int request, byte[] buf) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = copyIn(arena, buf);
            int r = check((int) IoctlPtr.H.invokeExact(state(), fd,
                    Integer.toUnsignedLong(request), s));
            copyOut(s, buf);
            return r;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void flock(int fd, int operation) {
        try {
            check((int) Flock.H.invokeExact(state(), fd, operation));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** A record lock: {@code fcntl(fd, cmd, &l)} with {@code l} built from the arguments. */
    static void recordLock(int fd, int cmd, short type, short whence, long start, long len) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment l = arena.allocate(FLOCK_SIZE, 8);
            l.set(ValueLayout.JAVA_SHORT, 0, type);
            l.set(ValueLayout.JAVA_SHORT, 2, whence);
            l.set(ValueLayout.JAVA_LONG, 8, start);
            l.set(ValueLayout.JAVA_LONG, 16, len);
            check((int) FcntlPtr.H.invokeExact(state(), fd, cmd, l));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** A copy of {@code buf} with a NUL after it (at least 1024 bytes, as CPython's stack buffer). */
    private static MemorySegment copyIn(Arena arena, byte[] buf) {
        MemorySegment s = arena.allocate(Math.max(buf.length + 1L, 1025L));
        MemorySegment.copy(buf, 0, s, ValueLayout.JAVA_BYTE, 0, buf.length);
        return s;
    }

    private static void copyOut(MemorySegment s, byte[] buf) {
        MemorySegment.copy(s, ValueLayout.JAVA_BYTE, 0, buf, 0, buf.length);
    }
}
