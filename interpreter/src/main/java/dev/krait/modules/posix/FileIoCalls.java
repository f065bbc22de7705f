package dev.krait.modules.posix;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.LONG;
import static dev.krait.modules.posix.Libc.PTR;
import static dev.krait.modules.posix.Libc.cString;
import static dev.krait.modules.posix.Libc.check;
import static dev.krait.modules.posix.Libc.internal;
import static dev.krait.modules.posix.Libc.state;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The C library calls behind {@link FileIoFunctions}: positioned and scattered reads and writes
 * ({@code pread}, {@code readv}, {@code preadv2}...), the kernel's copies ({@code sendfile},
 * {@code copy_file_range}, {@code splice}), special files ({@code mkfifoat}, {@code mknodat},
 * {@code eventfd}, {@code memfd_create}), space and advice ({@code posix_fallocate},
 * {@code posix_fadvise}, {@code lockf}), {@code pathconf} and extended attributes. Each
 * function is bound on its first call in a holder class of its own, as in {@link PosixCalls}.
 */
public final class FileIoCalls {
    private FileIoCalls() {}

    private static final class Fdatasync {
        static final MethodHandle H = Libc.errnoCall("fdatasync", FunctionDescriptor.of(INT, INT));
    }
    private static final class Mkfifoat {
        static final MethodHandle H = Libc.errnoCall("mkfifoat",
                FunctionDescriptor.of(INT, INT, PTR, INT));
    }
    private static final class Mknodat {
        static final MethodHandle H = Libc.errnoCall("mknodat",
                FunctionDescriptor.of(INT, INT, PTR, INT, LONG));
    }
    private static final class Pread {
        static final MethodHandle H = Libc.errnoCall("pread",
                FunctionDescriptor.of(LONG, INT, PTR, LONG, LONG));
    }
    private static final class Pwrite {
        static final MethodHandle H = Libc.errnoCall("pwrite",
                FunctionDescriptor.of(LONG, INT, PTR, LONG, LONG));
    }
    private static final class Preadv2 {
        static final MethodHandle H = Libc.errnoCall("preadv2",
                FunctionDescriptor.of(LONG, INT, PTR, INT, LONG, INT));
    }
    private static final class Pwritev2 {
        static final MethodHandle H = Libc.errnoCall("pwritev2",
                FunctionDescriptor.of(LONG, INT, PTR, INT, LONG, INT));
    }
    private static final class Sendfile {
        static final MethodHandle H = Libc.errnoCall("sendfile",
                FunctionDescriptor.of(LONG, INT, INT, PTR, LONG));
    }
    private static final class CopyFileRange {
        static final MethodHandle H = Libc.errnoCall("copy_file_range",
                FunctionDescriptor.of(LONG, INT, PTR, INT, PTR, LONG, INT));
    }
    private static final class Splice {
        static final MethodHandle H = Libc.errnoCall("splice",
                FunctionDescriptor.of(LONG, INT, PTR, INT, PTR, LONG, INT));
    }
    private static final class PosixFallocate {
        static final MethodHandle H = Libc.plainCall("posix_fallocate",
                FunctionDescriptor.of(INT, INT, LONG, LONG));
    }
    private static final class PosixFadvise {
        static final MethodHandle H = Libc.plainCall("posix_fadvise",
                FunctionDescriptor.of(INT, INT, LONG, LONG, INT));
    }
    private static final class Lockf {
        static final MethodHandle H = Libc.errnoCall("lockf",
                FunctionDescriptor.of(INT, INT, INT, LONG));
    }
    private static final class Pathconf {
        static final MethodHandle H = Libc.errnoCall("pathconf",
                FunctionDescriptor.of(LONG, PTR, INT));
    }
    private static final class Fpathconf {
        static final MethodHandle H = Libc.errnoCall("fpathconf",
                FunctionDescriptor.of(LONG, INT, INT));
    }
    private static final class Eventfd {
        static final MethodHandle H = Libc.errnoCall("eventfd",
                FunctionDescriptor.of(INT, INT, INT));
    }
    private static final class MemfdCreate {
        static final MethodHandle H = Libc.errnoCall("memfd_create",
                FunctionDescriptor.of(INT, PTR, INT));
    }
    private static final FunctionDescriptor GETXATTR = FunctionDescriptor.of(LONG, PTR, PTR, PTR,
            LONG);
    private static final FunctionDescriptor FGETXATTR = FunctionDescriptor.of(LONG, INT, PTR,
            PTR, LONG);
    private static final class Getxattr {
        static final MethodHandle PATH = Libc.errnoCall("getxattr", GETXATTR);
        static final MethodHandle LINK = Libc.errnoCall("lgetxattr", GETXATTR);
        static final MethodHandle FD = Libc.errnoCall("fgetxattr", FGETXATTR);
    }
    private static final class Setxattr {
        static final FunctionDescriptor D = FunctionDescriptor.of(INT, PTR, PTR, PTR, LONG, INT);
        static final MethodHandle PATH = Libc.errnoCall("setxattr", D);
        static final MethodHandle LINK = Libc.errnoCall("lsetxattr", D);
        static final MethodHandle FD = Libc.errnoCall("fsetxattr",
                FunctionDescriptor.of(INT, INT, PTR, PTR, LONG, INT));
    }
    private static final class Listxattr {
        static final FunctionDescriptor D = FunctionDescriptor.of(LONG, PTR, PTR, LONG);
        static final MethodHandle PATH = Libc.errnoCall("listxattr", D);
        static final MethodHandle LINK = Libc.errnoCall("llistxattr", D);
        static final MethodHandle FD = Libc.errnoCall("flistxattr",
                FunctionDescriptor.of(LONG, INT, PTR, LONG));
    }
    private static final class Removexattr {
        static final FunctionDescriptor D = FunctionDescriptor.of(INT, PTR, PTR);
        static final MethodHandle PATH = Libc.errnoCall("removexattr", D);
        static final MethodHandle LINK = Libc.errnoCall("lremovexattr", D);
        static final MethodHandle FD = Libc.errnoCall("fremovexattr",
                FunctionDescriptor.of(INT, INT, PTR));
    }

    public static void fdatasync(int fd) {
        try {
            check((int) Fdatasync.H.invokeExact(state(), fd));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void mkfifo(int dirFd, byte[] path, int mode) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Mkfifoat.H.invokeExact(state(), dirFd, cString(a, path), mode));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void mknod(int dirFd, byte[] path, int mode, long device) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Mknodat.H.invokeExact(state(), dirFd, cString(a, path), mode, device));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** pread(2) of up to {@code length} bytes at {@code offset}: the bytes read. */
    public static byte[] pread(int fd, int length, long offset) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(length, 1));
            long n = check((long) Pread.H.invokeExact(state(), fd, buf, (long) length, offset));
            return buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static long pwrite(int fd, byte[] data, long offset) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(data.length, 1));
            MemorySegment.copy(data, 0, buf, ValueLayout.JAVA_BYTE, 0, data.length);
            return check((long) Pwrite.H.invokeExact(state(), fd, buf, (long) data.length,
                    offset));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /**
     * preadv2(2) into buffers of the given sizes ({@code offset} -1: at the file position, as
     * readv does); the bytes read, in order, for the caller to spread over its buffers.
     */
    public static byte[] readv(int fd, int[] sizes, long offset, int flags) {
        try (Arena a = Arena.ofConfined()) {
            long total = 0;
            for (int s : sizes) {
                total += s;
            }
            MemorySegment data = a.allocate(Math.max(total, 1));
            MemorySegment iov = a.allocate(16L * Math.max(sizes.length, 1), 8);
            java.nio.ByteBuffer v = Libc.fields(iov);
            long at = 0;
            for (int i = 0; i < sizes.length; i++) {
                v.putLong(16 * i, data.address() + at);
                v.putLong(16 * i + 8, sizes[i]);
                at += sizes[i];
            }
            long n = check((long) Preadv2.H.invokeExact(state(), fd, iov, sizes.length, offset,
                    flags));
            return data.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** pwritev2(2) of the buffers ({@code offset} -1: at the file position, as writev). */
    public static long writev(int fd, byte[][] buffers, long offset, int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment iov = a.allocate(16L * Math.max(buffers.length, 1), 8);
            java.nio.ByteBuffer v = Libc.fields(iov);
            for (int i = 0; i < buffers.length; i++) {
                MemorySegment b = a.allocate(Math.max(buffers[i].length, 1));
                MemorySegment.copy(buffers[i], 0, b, ValueLayout.JAVA_BYTE, 0,
                        buffers[i].length);
                v.putLong(16 * i, b.address());
                v.putLong(16 * i + 8, buffers[i].length);
            }
            return check((long) Pwritev2.H.invokeExact(state(), fd, iov, buffers.length, offset,
                    flags));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** A {@code loff_t *} holding {@code offset}, or NULL for null. */
    private static MemorySegment offsetPointer(Arena a, Long offset) {
        if (offset == null) {
            return MemorySegment.NULL;
        }
        MemorySegment p = a.allocate(LONG);
        p.set(LONG, 0, offset);
        return p;
    }

    /** sendfile(2) from {@code offset} (null: the input's file position). */
    public static long sendfile(int out, int in, Long offset, long count) {
        try (Arena a = Arena.ofConfined()) {
            return check((long) Sendfile.H.invokeExact(state(), out, in, offsetPointer(a, offset),
                    count));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** copy_file_range(2), or with {@code splice} splice(2). */
    public static long copyRange(boolean splice, int src, Long srcOffset, int dst,
            Long dstOffset, long count, int flags) {
        try (Arena a = Arena.ofConfined()) {
            MethodHandle h = splice ? Splice.H : CopyFileRange.H;
            return check((long) h.invokeExact(state(), src, offsetPointer(a, srcOffset), dst,
                    offsetPointer(a, dstOffset), count, flags));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** posix_fallocate(3) or posix_fadvise(3): they return the error number itself. */
    public static void fileSpace(boolean advise, int fd, long offset, long length, int advice) {
        try {
            int err = advise ? (int) PosixFadvise.H.invokeExact(fd, offset, length, advice)
                    : (int) PosixFallocate.H.invokeExact(fd, offset, length);
            if (err != 0) {
                throw new Libc.Failure(err);
            }
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void lockf(int fd, int command, long length) {
        try {
            check((int) Lockf.H.invokeExact(state(), fd, command, length));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** pathconf(3) or fpathconf(3) (path null); -1 for no limit, a Failure for an error. */
    public static long pathconf(byte[] path, int fd, int name) {
        try (Arena a = Arena.ofConfined()) {
            ProcessCalls.clearErrno();
            long r = path == null ? (long) Fpathconf.H.invokeExact(state(), fd, name)
                    : (long) Pathconf.H.invokeExact(state(), cString(a, path), name);
            if (r == -1 && Libc.lastErrno() != 0) {
                throw new Libc.Failure(Libc.lastErrno());
            }
            return r;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static int eventfd(int initval, int flags) {
        try {
            return check((int) Eventfd.H.invokeExact(state(), initval, flags));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static int memfdCreate(byte[] name, int flags) {
        try (Arena a = Arena.ofConfined()) {
            return check((int) MemfdCreate.H.invokeExact(state(), cString(a, name), flags));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** The extended-attribute calls' target: a path (followed or not) or a descriptor. */
    public record XattrTarget(byte[] path, int fd, boolean follow) {}

    /** getxattr(2) into {@code size} bytes; null when they are too few (ERANGE). */
    public static byte[] getxattr(XattrTarget t, byte[] name, int size) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(size);
            MemorySegment n = cString(a, name);
            long r = t.fd >= 0 ? (long) Getxattr.FD.invokeExact(state(), t.fd, n, buf,
                    (long) size)
                    : t.follow ? (long) Getxattr.PATH.invokeExact(state(), cString(a, t.path), n,
                    buf, (long) size)
                    : (long) Getxattr.LINK.invokeExact(state(), cString(a, t.path), n, buf,
                    (long) size);
            if (r == -1 && Libc.lastErrno() == 34 /* ERANGE */) {
                return null;
            }
            return buf.asSlice(0, check(r)).toArray(ValueLayout.JAVA_BYTE);
        } catch (Throwable e) {
            throw internal(e);
        }
    }

    public static void setxattr(XattrTarget t, byte[] name, byte[] value, int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocate(Math.max(value.length, 1));
            MemorySegment.copy(value, 0, v, ValueLayout.JAVA_BYTE, 0, value.length);
            MemorySegment n = cString(a, name);
            long len = value.length;
            check(t.fd >= 0 ? (int) Setxattr.FD.invokeExact(state(), t.fd, n, v, len, flags)
                    : t.follow ? (int) Setxattr.PATH.invokeExact(state(), cString(a, t.path), n, v,
                    len, flags)
                    : (int) Setxattr.LINK.invokeExact(state(), cString(a, t.path), n, v, len,
                    flags));
        } catch (Throwable e) {
            throw internal(e);
        }
    }

    /** listxattr(2) into {@code size} bytes (NUL-separated names); null on ERANGE. */
    public static byte[] listxattr(XattrTarget t, int size) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(size);
            long r = t.fd >= 0 ? (long) Listxattr.FD.invokeExact(state(), t.fd, buf, (long) size)
                    : t.follow ? (long) Listxattr.PATH.invokeExact(state(), cString(a, t.path),
                    buf, (long) size)
                    : (long) Listxattr.LINK.invokeExact(state(), cString(a, t.path), buf,
                    (long) size);
            if (r == -1 && Libc.lastErrno() == 34 /* ERANGE */) {
                return null;
            }
            return buf.asSlice(0, check(r)).toArray(ValueLayout.JAVA_BYTE);
        } catch (Throwable e) {
            throw internal(e);
        }
    }

    public static void removexattr(XattrTarget t, byte[] name) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment n = cString(a, name);
            check(t.fd >= 0 ? (int) Removexattr.FD.invokeExact(state(), t.fd, n)
                    : t.follow ? (int) Removexattr.PATH.invokeExact(state(), cString(a, t.path),
                    n)
                    : (int) Removexattr.LINK.invokeExact(state(), cString(a, t.path), n));
        } catch (Throwable e) {
            throw internal(e);
        }
    }
}
