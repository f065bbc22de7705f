package dev.krait.modules.posix;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.LONG;
import static dev.krait.modules.posix.Libc.PTR;
import static dev.krait.modules.posix.Libc.check;
import static dev.krait.modules.posix.Libc.cString;
import static dev.krait.modules.posix.Libc.internal;
import static dev.krait.modules.posix.Libc.state;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The file and directory system calls, on real C library file descriptors. {@code _io.FileIO}
 * and the {@code posix} module both go through this class, so a descriptor number means the
 * same to {@code os.open}, {@code open(fd)}, {@code os.pipe}, {@code os.dup2} and child
 * processes. Names are passed as bytes (the file system encoding's output) and every path call
 * is the {@code *at} form, relative to a directory descriptor ({@link #AT_FDCWD} for none), as
 * CPython's {@code dir_fd} arguments need.
 *
 * <p>Each method throws {@link Libc.Failure} with errno when the call fails.
 */
public final class PosixCalls {
    private PosixCalls() {}

    public static final int AT_FDCWD = -100;
    public static final int AT_SYMLINK_NOFOLLOW = 0x100;
    public static final int AT_REMOVEDIR = 0x200;
    public static final int AT_SYMLINK_FOLLOW = 0x400;
    public static final int AT_EACCESS = 0x200;

    // Each C function is bound in a holder class of its own, which the JVM initialises on the
    // function's first call: binding a downcall handle spins classes, and a program calls few
    // of these functions. The handle stays a constant the JIT can inline.
    /**
     * Binds stat (its holder's initialisation), for {@link StartupBindings}; a thread that calls
     * it meanwhile waits for its holder, as for any class being initialised.
     */
    static MethodHandle bindStat() {
        return Fstatat.H;
    }

    /** Binds the functions that opening and reading a file call, as {@link #bindStat}. */
    static MethodHandle[] bindFileFunctions() {
        return new MethodHandle[] {Openat.H, Fstat.H, Isatty.H, Lseek.H, Read.H, Close.H};
    }

    private static final class Openat {
        static final MethodHandle H = Libc.errnoCall("openat",
                FunctionDescriptor.of(INT, INT, PTR, INT, INT), Linker.Option.firstVariadicArg(3));
    }
    private static final class Close {
        static final MethodHandle H = Libc.errnoCall("close",
                FunctionDescriptor.of(INT, INT));
    }
    private static final class Read {
        static final MethodHandle H = Libc.errnoCall("read",
                FunctionDescriptor.of(LONG, INT, PTR, LONG));
    }
    private static final class Write {
        static final MethodHandle H = Libc.errnoCall("write",
                FunctionDescriptor.of(LONG, INT, PTR, LONG));
    }
    private static final class Lseek {
        static final MethodHandle H = Libc.errnoCall("lseek",
                FunctionDescriptor.of(LONG, INT, LONG, INT));
    }
    private static final class Dup {
        static final MethodHandle H = Libc.errnoCall("dup", FunctionDescriptor.of(INT, INT));
    }
    private static final class Dup3 {
        static final MethodHandle H = Libc.errnoCall("dup3",
                FunctionDescriptor.of(INT, INT, INT, INT));
    }
    private static final class Dup2 {
        static final MethodHandle H = Libc.errnoCall("dup2",
                FunctionDescriptor.of(INT, INT, INT));
    }
    private static final class Pipe2 {
        static final MethodHandle H = Libc.errnoCall("pipe2",
                FunctionDescriptor.of(INT, PTR, INT));
    }
    private static final class Openpty {
        static final MethodHandle H = Libc.errnoCall("openpty",
                FunctionDescriptor.of(INT, PTR, PTR, PTR, PTR, PTR));
    }
    // isatty captures errno although nothing reads it: the linker makes one stub class per
    // signature, and close's (int)int with errno, bound by the same start-up, serves both.
    private static final class Isatty {
        static final MethodHandle H = Libc.errnoCall("isatty",
                FunctionDescriptor.of(INT, INT));
    }
    private static final class Fsync {
        static final MethodHandle H = Libc.errnoCall("fsync",
                FunctionDescriptor.of(INT, INT));
    }
    private static final class Ftruncate {
        static final MethodHandle H = Libc.errnoCall("ftruncate",
                FunctionDescriptor.of(INT, INT, LONG));
    }
    private static final class Truncate {
        static final MethodHandle H = Libc.errnoCall("truncate",
                FunctionDescriptor.of(INT, PTR, LONG));
    }
    private static final class Fcntl {
        static final MethodHandle H = Libc.errnoCall("fcntl",
                FunctionDescriptor.of(INT, INT, INT, INT), Linker.Option.firstVariadicArg(2));
    }
    private static final class Fstatat {
        static final MethodHandle H = Libc.errnoCall("fstatat",
                FunctionDescriptor.of(INT, INT, PTR, PTR, INT));
    }
    private static final class Fstat {
        static final MethodHandle H = Libc.errnoCall("fstat",
                FunctionDescriptor.of(INT, INT, PTR));
    }
    private static final class Mkdirat {
        static final MethodHandle H = Libc.errnoCall("mkdirat",
                FunctionDescriptor.of(INT, INT, PTR, INT));
    }
    private static final class Unlinkat {
        static final MethodHandle H = Libc.errnoCall("unlinkat",
                FunctionDescriptor.of(INT, INT, PTR, INT));
    }
    private static final class Renameat {
        static final MethodHandle H = Libc.errnoCall("renameat",
                FunctionDescriptor.of(INT, INT, PTR, INT, PTR));
    }
    private static final class Linkat {
        static final MethodHandle H = Libc.errnoCall("linkat",
                FunctionDescriptor.of(INT, INT, PTR, INT, PTR, INT));
    }
    private static final class Symlinkat {
        static final MethodHandle H = Libc.errnoCall("symlinkat",
                FunctionDescriptor.of(INT, PTR, INT, PTR));
    }
    private static final class Readlinkat {
        static final MethodHandle H = Libc.errnoCall("readlinkat",
                FunctionDescriptor.of(LONG, INT, PTR, PTR, LONG));
    }
    private static final class Fchmodat {
        static final MethodHandle H = Libc.errnoCall("fchmodat",
                FunctionDescriptor.of(INT, INT, PTR, INT, INT));
    }
    private static final class Fchmod {
        static final MethodHandle H = Libc.errnoCall("fchmod",
                FunctionDescriptor.of(INT, INT, INT));
    }
    private static final class Fchownat {
        static final MethodHandle H = Libc.errnoCall("fchownat",
                FunctionDescriptor.of(INT, INT, PTR, INT, INT, INT));
    }
    private static final class Fchown {
        static final MethodHandle H = Libc.errnoCall("fchown",
                FunctionDescriptor.of(INT, INT, INT, INT));
    }
    private static final class Faccessat {
        static final MethodHandle H = Libc.errnoCall("faccessat",
                FunctionDescriptor.of(INT, INT, PTR, INT, INT));
    }
    private static final class Utimensat {
        static final MethodHandle H = Libc.errnoCall("utimensat",
                FunctionDescriptor.of(INT, INT, PTR, PTR, INT));
    }
    private static final class Futimens {
        static final MethodHandle H = Libc.errnoCall("futimens",
                FunctionDescriptor.of(INT, INT, PTR));
    }
    private static final class Chdir {
        static final MethodHandle H = Libc.errnoCall("chdir",
                FunctionDescriptor.of(INT, PTR));
    }
    private static final class Fchdir {
        static final MethodHandle H = Libc.errnoCall("fchdir",
                FunctionDescriptor.of(INT, INT));
    }
    private static final class Getcwd {
        static final MethodHandle H = Libc.errnoCall("getcwd",
                FunctionDescriptor.of(PTR, PTR, LONG));
    }

    private static final class Statvfs {
        static final MethodHandle H = Libc.errnoCall("statvfs",
                FunctionDescriptor.of(INT, PTR, PTR));
    }
    private static final class Fstatvfs {
        static final MethodHandle H = Libc.errnoCall("fstatvfs",
                FunctionDescriptor.of(INT, INT, PTR));
    }
    private static final class Poll {
        static final MethodHandle H = Libc.errnoCall("poll",
                FunctionDescriptor.of(INT, PTR, LONG, INT));
    }

    private static final int F_GETFD = 1;
    private static final int F_SETFD = 2;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int FD_CLOEXEC = 1;
    private static final int O_NONBLOCK = 04000;
    public static final int O_CLOEXEC = 02000000;

    /** open(2) relative to {@code dirFd}; the caller passes O_CLOEXEC as CPython does. */
    public static int open(int dirFd, byte[] path, int flags, int mode) {
        try (Arena a = Arena.ofConfined()) {
            return check((int) Openat.H.invokeExact(state(), dirFd, cString(a, path), flags, mode));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void close(int fd) {
        try {
            check((int) Close.H.invokeExact(state(), fd));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** read(2) into {@code buf[off, off+len)}; returns the count, 0 at end of file. */
    public static int read(int fd, byte[] buf, int off, int len) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = a.allocate(Math.max(len, 1));
            int n = (int) check((long) Read.H.invokeExact(state(), fd, s, (long) len));
            MemorySegment.copy(s, ValueLayout.JAVA_BYTE, 0, buf, off, n);
            return n;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** write(2) of {@code buf[off, off+len)}; returns the count written (maybe short). */
    public static int write(int fd, byte[] buf, int off, int len) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = a.allocate(Math.max(len, 1));
            MemorySegment.copy(buf, off, s, ValueLayout.JAVA_BYTE, 0, len);
            return (int) check((long) Write.H.invokeExact(state(), fd, s, (long) len));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static long lseek(int fd, long offset, int whence) {
        try {
            return check((long) Lseek.H.invokeExact(state(), fd, offset, whence));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** dup(2), the copy non-inheritable as CPython's os.dup makes it. */
    public static int dup(int fd) {
        try {
            int copy = check((int) Dup.H.invokeExact(state(), fd));
            setInheritable(copy, false);
            return copy;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static int dup2(int fd, int fd2, boolean inheritable) {
        try {
            if (inheritable || fd == fd2) {
                return check((int) Dup2.H.invokeExact(state(), fd, fd2));
            }
            return check((int) Dup3.H.invokeExact(state(), fd, fd2, O_CLOEXEC));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** pipe2(2) with O_CLOEXEC: {read end, write end}. */
    public static int[] pipe(int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fds = a.allocate(INT, 2);
            check((int) Pipe2.H.invokeExact(state(), fds, flags));
            return new int[] {fds.getAtIndex(INT, 0), fds.getAtIndex(INT, 1)};
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** openpty(3) with no name, termios or size: {master, slave}, both non-inheritable. */
    public static int[] openpty() {
        int[] fds;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment m = a.allocate(INT, 2);
            check((int) Openpty.H.invokeExact(state(), m, m.asSlice(4), MemorySegment.NULL,
                    MemorySegment.NULL, MemorySegment.NULL));
            fds = new int[] {m.getAtIndex(INT, 0), m.getAtIndex(INT, 1)};
        } catch (Throwable t) {
            throw internal(t);
        }
        setInheritable(fds[0], false);
        setInheritable(fds[1], false);
        return fds;
    }

    public static boolean isatty(int fd) {
        try {
            return (int) Isatty.H.invokeExact(state(), fd) == 1;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void fsync(int fd) {
        try {
            check((int) Fsync.H.invokeExact(state(), fd));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void ftruncate(int fd, long length) {
        try {
            check((int) Ftruncate.H.invokeExact(state(), fd, length));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void truncate(byte[] path, long length) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Truncate.H.invokeExact(state(), cString(a, path), length));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    private static int fcntl(int fd, int cmd, int arg) {
        try {
            return check((int) Fcntl.H.invokeExact(state(), fd, cmd, arg));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static boolean getInheritable(int fd) {
        return (fcntl(fd, F_GETFD, 0) & FD_CLOEXEC) == 0;
    }

    public static void setInheritable(int fd, boolean inheritable) {
        int flags = fcntl(fd, F_GETFD, 0);
        int wanted = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
        if (wanted != flags) {
            fcntl(fd, F_SETFD, wanted);
        }
    }

    public static boolean getBlocking(int fd) {
        return (fcntl(fd, F_GETFL, 0) & O_NONBLOCK) == 0;
    }

    public static void setBlocking(int fd, boolean blocking) {
        int flags = fcntl(fd, F_GETFL, 0);
        int wanted = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
        if (wanted != flags) {
            fcntl(fd, F_SETFL, wanted);
        }
    }

    /** fstatat(2): {@code flags} may hold {@link #AT_SYMLINK_NOFOLLOW}. */
    public static StatBuffer stat(int dirFd, byte[] path, int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(StatBuffer.SIZE, 8);
            check((int) Fstatat.H.invokeExact(state(), dirFd, cString(a, path), buf, flags));
            return StatBuffer.of(buf);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static StatBuffer fstat(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(StatBuffer.SIZE, 8);
            check((int) Fstat.H.invokeExact(state(), fd, buf));
            return StatBuffer.of(buf);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void mkdir(int dirFd, byte[] path, int mode) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Mkdirat.H.invokeExact(state(), dirFd, cString(a, path), mode));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** unlinkat(2): {@link #AT_REMOVEDIR} in flags removes a directory. */
    public static void unlink(int dirFd, byte[] path, int flags) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Unlinkat.H.invokeExact(state(), dirFd, cString(a, path), flags));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void rename(int srcDir, byte[] src, int dstDir, byte[] dst) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Renameat.H.invokeExact(state(), srcDir, cString(a, src), dstDir,
                    cString(a, dst)));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void link(int srcDir, byte[] src, int dstDir, byte[] dst, int flags) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Linkat.H.invokeExact(state(), srcDir, cString(a, src), dstDir,
                    cString(a, dst), flags));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void symlink(byte[] target, int dirFd, byte[] link) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Symlinkat.H.invokeExact(state(), cString(a, target), dirFd,
                    cString(a, link)));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static byte[] readlink(int dirFd, byte[] path) {
        try (Arena a = Arena.ofConfined()) {
            long size = 4096;
            MemorySegment buf = a.allocate(size);
            int n = (int) check((long) Readlinkat.H.invokeExact(state(), dirFd, cString(a, path),
                    buf, size));
            byte[] out = new byte[n];
            MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, out, 0, n);
            return out;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void chmod(int dirFd, byte[] path, int mode, int flags) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Fchmodat.H.invokeExact(state(), dirFd, cString(a, path), mode, flags));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void fchmod(int fd, int mode) {
        try {
            check((int) Fchmod.H.invokeExact(state(), fd, mode));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** fchownat(2); a uid or gid of -1 leaves that id unchanged. */
    public static void chown(int dirFd, byte[] path, int uid, int gid, int flags) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Fchownat.H.invokeExact(state(), dirFd, cString(a, path), uid, gid,
                    flags));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void fchown(int fd, int uid, int gid) {
        try {
            check((int) Fchown.H.invokeExact(state(), fd, uid, gid));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** faccessat(2): true when allowed; a failure is just false, as os.access answers. */
    public static boolean access(int dirFd, byte[] path, int mode, int flags) {
        try (Arena a = Arena.ofConfined()) {
            return (int) Faccessat.H.invokeExact(state(), dirFd, cString(a, path), mode,
                    flags) == 0;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /**
     * utimensat(2) with {atime s, atime ns, mtime s, mtime ns}, or null for "now"; a negative
     * {@code fd} means the path form.
     */
    public static void utime(int fd, int dirFd, byte[] path, long[] times, int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ts = MemorySegment.NULL;
            if (times != null) {
                ts = a.allocate(LONG, 4);
                for (int i = 0; i < 4; i++) {
                    ts.setAtIndex(LONG, i, times[i]);
                }
            }
            if (fd >= 0) {
                check((int) Futimens.H.invokeExact(state(), fd, ts));
            } else {
                check((int) Utimensat.H.invokeExact(state(), dirFd, cString(a, path), ts, flags));
            }
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void chdir(byte[] path) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Chdir.H.invokeExact(state(), cString(a, path)));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void fchdir(int fd) {
        try {
            check((int) Fchdir.H.invokeExact(state(), fd));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static byte[] getcwd() {
        try (Arena a = Arena.ofConfined()) {
            long size = 4096;
            MemorySegment buf = a.allocate(size);
            MemorySegment r = (MemorySegment) Getcwd.H.invokeExact(state(), buf, size);
            if (r.address() == 0) {
                throw new Libc.Failure(Libc.lastErrno());
            }
            return Libc.cBytes(buf, size);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /**
     * poll(2) on {@code fds} with the wanted {@code events}; fills {@code revents} and returns
     * how many are ready. {@code timeoutMillis} -1 waits for ever.
     */
    public static int poll(int[] fds, short[] events, short[] revents, int timeoutMillis) {
        try (Arena a = Arena.ofConfined()) {
            int n = fds.length;
            MemorySegment set = a.allocate(8L * Math.max(n, 1), 8);
            for (int i = 0; i < n; i++) {
                set.set(INT, 8L * i, fds[i]);
                set.set(ValueLayout.JAVA_SHORT, 8L * i + 4, events[i]);
                set.set(ValueLayout.JAVA_SHORT, 8L * i + 6, (short) 0);
            }
            int ready = check((int) Poll.H.invokeExact(state(), set, (long) n, timeoutMillis));
            for (int i = 0; i < n; i++) {
                revents[i] = set.get(ValueLayout.JAVA_SHORT, 8L * i + 6);
            }
            return ready;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /**
     * statvfs(3) of a path, or fstatvfs(3) when {@code path} is null: f_bsize, f_frsize,
     * f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_fsid, f_flag, f_namemax
     * (Linux's 64-bit {@code struct statvfs}: eleven unsigned longs).
     */
    public static long[] statvfs(byte[] path, int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(128, 8);
            if (path != null) {
                check((int) Statvfs.H.invokeExact(state(), cString(a, path), buf));
            } else {
                check((int) Fstatvfs.H.invokeExact(state(), fd, buf));
            }
            long[] out = new long[11];
            for (int i = 0; i < 11; i++) {
                out[i] = buf.getAtIndex(LONG, i);
            }
            return out;
        } catch (Throwable t) {
            throw internal(t);
        }
    }
}
