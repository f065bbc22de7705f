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
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The process-level C library calls of the posix module: identities ({@code getpid},
 * {@code getuid}…), {@code umask}, {@code kill}, {@code strerror}, {@code uname},
 * {@code sysconf}, the environment ({@code setenv}), the terminal size, directory reading
 * ({@code getdents64} on Linux, else {@code opendir}/{@code readdir}; scandir reports their
 * {@code d_type}) and {@code _exit}.
 */
public final class ProcessCalls {
    private ProcessCalls() {}

    private static final FunctionDescriptor INT_VOID = FunctionDescriptor.of(INT);
    // Each C function is bound in a holder class of its own, which the JVM initialises on the
    // function's first call: binding a downcall handle spins classes, and a program calls few
    // of these functions. The handle stays a constant the JIT can inline.
    /** Binds confstr (and with it the (int, pointer, long) -> long signature of read(2)). */
    static MethodHandle bindConfstr() {
        return Confstr.H;
    }

    /** Binds strerror, which the first OSError's message needs. */
    static MethodHandle bindStrerror() {
        return Strerror.H;
    }

    /** Binds geteuid and getuid, which {@code site} compares at every start-up. */
    static MethodHandle[] bindUserIds() {
        return new MethodHandle[] {Geteuid.H, Getuid.H};
    }

    private static final class Getpid {
        static final MethodHandle H = Libc.plainCall("getpid", INT_VOID);
    }
    private static final class Getppid {
        static final MethodHandle H = Libc.plainCall("getppid", INT_VOID);
    }
    private static final class Getuid {
        static final MethodHandle H = Libc.plainCall("getuid", INT_VOID);
    }
    private static final class Geteuid {
        static final MethodHandle H = Libc.plainCall("geteuid", INT_VOID);
    }
    private static final class Getgid {
        static final MethodHandle H = Libc.plainCall("getgid", INT_VOID);
    }
    private static final class Getegid {
        static final MethodHandle H = Libc.plainCall("getegid", INT_VOID);
    }
    private static final class Getpgrp {
        static final MethodHandle H = Libc.plainCall("getpgrp", INT_VOID);
    }
    private static final class Umask {
        static final MethodHandle H = Libc.plainCall("umask",
                FunctionDescriptor.of(INT, INT));
    }
    private static final class Kill {
        static final MethodHandle H = Libc.errnoCall("kill",
                FunctionDescriptor.of(INT, INT, INT));
    }
    private static final class Strerror {
        static final MethodHandle H = Libc.plainCall("strerror",
                FunctionDescriptor.of(PTR, INT));
    }
    private static final class Uname {
        static final MethodHandle H = Libc.errnoCall("uname",
                FunctionDescriptor.of(INT, PTR));
    }
    private static final class Sysconf {
        static final MethodHandle H = Libc.errnoCall("sysconf",
                FunctionDescriptor.of(LONG, INT));
    }
    private static final class Setenv {
        static final MethodHandle H = Libc.errnoCall("setenv",
                FunctionDescriptor.of(INT, PTR, PTR, INT));
    }
    private static final class Getenv {
        static final MethodHandle H = Libc.plainCall("getenv",
                FunctionDescriptor.of(PTR, PTR));
    }
    private static final class Unsetenv {
        static final MethodHandle H = Libc.errnoCall("unsetenv",
                FunctionDescriptor.of(INT, PTR));
    }
    private static final class Ioctl {
        static final MethodHandle H = Libc.errnoCall("ioctl",
                FunctionDescriptor.of(INT, INT, LONG, PTR),
                java.lang.foreign.Linker.Option.firstVariadicArg(2));
    }
    private static final class Opendir {
        static final MethodHandle H = Libc.errnoCall("opendir",
                FunctionDescriptor.of(PTR, PTR));
    }
    private static final class Fdopendir {
        static final MethodHandle H = Libc.errnoCall("fdopendir",
                FunctionDescriptor.of(PTR, INT));
    }
    private static final class Readdir {
        static final MethodHandle H = Libc.errnoCall("readdir",
                FunctionDescriptor.of(PTR, PTR));
    }
    private static final class Closedir {
        static final MethodHandle H = Libc.plainCall("closedir",
                FunctionDescriptor.of(INT, PTR));
    }
    private static final class Rewinddir {
        static final MethodHandle H = Libc.plainCall("rewinddir",
                FunctionDescriptor.ofVoid(PTR));
    }
    /**
     * Linux's getdents64(2): a buffer's worth of directory records in one call, where readdir
     * is one call per entry; null where the C library lacks it (macOS), which reads with
     * readdir. glibc's readdir reads these very records, so names, order, d_ino and d_type
     * are the same.
     */
    private static final class Getdents64 {
        static final MethodHandle H = Libc.has("getdents64")
                ? Libc.errnoCall("getdents64", FunctionDescriptor.of(LONG, INT, PTR, LONG))
                : null;
    }
    private static final class Exit {
        static final MethodHandle H = Libc.plainCall("_exit",
                FunctionDescriptor.ofVoid(INT));
    }
    private static final class Strsignal {
        static final MethodHandle H = Libc.plainCall("strsignal",
                FunctionDescriptor.of(PTR, INT));
    }
    private static final class Raise {
        static final MethodHandle H = Libc.errnoCall("raise",
                FunctionDescriptor.of(INT, INT));
    }
    private static final class Alarm {
        static final MethodHandle H = Libc.plainCall("alarm",
                FunctionDescriptor.of(INT, INT));
    }
    private static final class Confstr {
        static final MethodHandle H = Libc.errnoCall("confstr",
                FunctionDescriptor.of(LONG, INT, PTR, LONG));
    }
    private static final class ErrnoLocation {
        static final MethodHandle H = Libc.plainCall("__errno_location",
                FunctionDescriptor.of(PTR));
    }
    private static final class Times {
        static final MethodHandle H = Libc.errnoCall("times",
                FunctionDescriptor.of(LONG, PTR));
    }

    private static int intCall(MethodHandle h) {
        try {
            return (int) h.invokeExact();
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static int getpid() {
        return intCall(Getpid.H);
    }

    public static int getppid() {
        return intCall(Getppid.H);
    }

    public static int getuid() {
        return intCall(Getuid.H);
    }

    public static int geteuid() {
        return intCall(Geteuid.H);
    }

    public static int getgid() {
        return intCall(Getgid.H);
    }

    public static int getegid() {
        return intCall(Getegid.H);
    }

    public static int getpgrp() {
        return intCall(Getpgrp.H);
    }

    public static int umask(int mask) {
        try {
            return (int) Umask.H.invokeExact(mask);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void kill(int pid, int signal) {
        try {
            check((int) Kill.H.invokeExact(state(), pid, signal));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** The C library's message for an errno ("Unknown error 999" for unknown ones). */
    public static String strerror(int errno) {
        try {
            MemorySegment s = (MemorySegment) Strerror.H.invokeExact(errno);
            return Libc.cText(s, 1024);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** strsignal(3): glibc's description of a signal, or null. */
    public static String strsignal(int signum) {
        try {
            MemorySegment s = (MemorySegment) Strsignal.H.invokeExact(signum);
            return s.address() == 0 ? null : Libc.cText(s, 1024);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** raise(3): sends {@code signum} to this thread. */
    public static void raise(int signum) {
        try {
            check((int) Raise.H.invokeExact(state(), signum));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** alarm(2): schedules SIGALRM in {@code seconds}; returns the previous alarm's rest. */
    public static int alarm(int seconds) {
        try {
            return (int) Alarm.H.invokeExact(seconds);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** uname(2): sysname, nodename, release, version, machine (Linux: 65-byte fields). */
    public static String[] uname() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(65 * 6);
            check((int) Uname.H.invokeExact(state(), buf));
            String[] out = new String[5];
            for (int i = 0; i < 5; i++) {
                out[i] = Libc.cText(buf.asSlice(65L * i), 65);
            }
            return out;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** Sets this thread's errno to 0, for calls whose failure shows only in errno. */
    static void clearErrno() throws Throwable {
        MemorySegment p = (MemorySegment) ErrnoLocation.H.invokeExact();
        p.reinterpret(4).set(INT, 0, 0);
    }

    /** sysconf(3): -1 for an indeterminate limit; a Failure for an invalid name. */
    // CPython: Modules/posixmodule.c os_sysconf_impl (errno cleared first)
    public static long sysconf(int name) {
        try {
            clearErrno();
            long v = (long) Sysconf.H.invokeExact(state(), name);
            if (v == -1 && Libc.lastErrno() != 0) {
                throw new Libc.Failure(Libc.lastErrno());
            }
            return v;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** confstr(3): the value as bytes, or null when the name has none. */
    // CPython: Modules/posixmodule.c os_confstr_impl
    public static byte[] confstr(int name) {
        try (Arena a = Arena.ofConfined()) {
            clearErrno();
            long n = (long) Confstr.H.invokeExact(state(), name, MemorySegment.NULL, 0L);
            if (n == 0) {
                if (Libc.lastErrno() != 0) {
                    throw new Libc.Failure(Libc.lastErrno());
                }
                return null;
            }
            MemorySegment buf = a.allocate(n);
            long m = (long) Confstr.H.invokeExact(state(), name, buf, n);
            return Libc.cBytes(buf, Math.min(n, m));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /**
     * confstr(3) for a name the C library is known to define (sys.thread_info's
     * _CS_GNU_LIBPTHREAD_VERSION): the value, or null when it has none. It skips clearing errno,
     * which only tells a failure from an empty value and costs a binding of its own (one more
     * stub class for the linker to make) on every start-up, where sys is made.
     */
    public static byte[] confstrValue(int name) {
        try (Arena a = Arena.ofConfined()) {
            long n = (long) Confstr.H.invokeExact(state(), name, MemorySegment.NULL, 0L);
            if (n == 0) {
                return null;
            }
            MemorySegment buf = a.allocate(n);
            long m = (long) Confstr.H.invokeExact(state(), name, buf, n);
            return Libc.cBytes(buf, Math.min(n, m));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void setenv(byte[] key, byte[] value) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Setenv.H.invokeExact(state(), cString(a, key), cString(a, value), 1));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /**
     * getenv(3): the variable as the C environment holds it now (which {@code os.putenv}
     * changes, unlike Java's start-up snapshot {@code System.getenv}), or null.
     */
    public static String getenv(String key) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = (MemorySegment) Getenv.H.invokeExact(
                    cString(a, key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return s.address() == 0 ? null : Libc.cText(s, Integer.MAX_VALUE);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void unsetenv(byte[] key) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Unsetenv.H.invokeExact(state(), cString(a, key)));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** ioctl(fd, TIOCGWINSZ): {columns, lines}. */
    public static int[] terminalSize(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ws = a.allocate(8);
            check((int) Ioctl.H.invokeExact(state(), fd, 0x5413L, ws));
            return new int[] {Short.toUnsignedInt(ws.get(ValueLayout.JAVA_SHORT, 2)),
                Short.toUnsignedInt(ws.get(ValueLayout.JAVA_SHORT, 0))};
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** times(2): {user, system, children's user, children's system, elapsed} in ticks. */
    public static long[] times() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment tms = a.allocate(LONG, 4);
            long elapsed = check((long) Times.H.invokeExact(state(), tms));
            return new long[] {tms.getAtIndex(LONG, 0), tms.getAtIndex(LONG, 1),
                tms.getAtIndex(LONG, 2), tms.getAtIndex(LONG, 3), elapsed};
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** One directory entry: its name's bytes, d_type and d_ino. */
    public record DirEntryData(byte[] name, int type, long ino) {}

    /**
     * The entries of a directory, named by path or (when {@code path} is null) open as
     * {@code fd}, in readdir's order, without "." and "..".
     */
    public static List<DirEntryData> readDirectory(byte[] path, int fd) {
        if (path != null && Getdents64.H != null) {
            return readDirectoryInBulk(path);
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment dir;
            if (path != null) {
                dir = (MemorySegment) Opendir.H.invokeExact(state(), cString(a, path));
            } else {
                // fdopendir takes over the descriptor: give it a copy, as CPython does.
                int copy = PosixCalls.dup(fd);
                dir = (MemorySegment) Fdopendir.H.invokeExact(state(), copy);
                if (dir.address() == 0) {
                    int errno = Libc.lastErrno();
                    PosixCalls.close(copy);
                    throw new Libc.Failure(errno);
                }
            }
            if (dir.address() == 0) {
                throw new Libc.Failure(Libc.lastErrno());
            }
            List<DirEntryData> out = new ArrayList<>();
            try {
                if (path == null) {
                    Rewinddir.H.invokeExact(dir);
                }
                while (true) {
                    MemorySegment e = (MemorySegment) Readdir.H.invokeExact(state(), dir);
                    if (e.address() == 0) {
                        break;
                    }
                    e = e.reinterpret(19 + 256);
                    ByteBuffer fields = Libc.fields(e);
                    long ino = fields.getLong(0);
                    int type = fields.get(18);
                    byte[] name = Libc.cBytes(e.asSlice(19), 256);
                    if (name.length == 1 && name[0] == '.'
                            || name.length == 2 && name[0] == '.' && name[1] == '.') {
                        continue;
                    }
                    out.add(new DirEntryData(name, type, ino));
                }
            } finally {
                int ignored = (int) Closedir.H.invokeExact(dir);
            }
            return out;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** The bytes getdents64 may fill per call: room for some hundreds of entries. */
    private static final int DIRECTORY_CHUNK = 32 * 1024;
    private static final int O_RDONLY_DIRECTORY = 0200000;  // O_RDONLY | O_DIRECTORY

    /**
     * {@link #readDirectory} of a path through getdents64: the directory opened as opendir
     * opens it (so the same errno for a missing path, a file or a folder without permission),
     * its records copied into a Java array a chunk at a time and cut up there. Each downcall
     * costs far more than the Java around it while the code is still cold, which is when
     * site and the import search list their folders.
     */
    // CPython: Modules/posixmodule.c _posix_listdir (opendir/readdir, which glibc builds on
    // getdents64)
    private static List<DirEntryData> readDirectoryInBulk(byte[] path) {
        int fd = PosixCalls.open(PosixCalls.AT_FDCWD, path,
                O_RDONLY_DIRECTORY | PosixCalls.O_CLOEXEC, 0);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment chunk = a.allocate(DIRECTORY_CHUNK, 8);
            ByteBuffer view = Libc.fields(chunk);
            byte[] records = new byte[DIRECTORY_CHUNK];
            ByteBuffer fields = ByteBuffer.wrap(records).order(ByteOrder.nativeOrder());
            List<DirEntryData> out = new ArrayList<>();
            while (true) {
                int filled = (int) check((long) Getdents64.H.invokeExact(state(), fd, chunk,
                        (long) DIRECTORY_CHUNK));
                if (filled == 0) {
                    return out;
                }
                view.get(0, records, 0, filled);
                // struct linux_dirent64: d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1),
                // then the NUL-terminated name
                for (int at = 0; at < filled; at += fields.getShort(at + 16) & 0xffff) {
                    int nameStart = at + 19;
                    int nameEnd = nameStart;
                    while (records[nameEnd] != 0) {
                        nameEnd++;
                    }
                    int length = nameEnd - nameStart;
                    if (length == 1 && records[nameStart] == '.' || length == 2
                            && records[nameStart] == '.' && records[nameStart + 1] == '.') {
                        continue;
                    }
                    out.add(new DirEntryData(Arrays.copyOfRange(records, nameStart,
                            nameEnd), records[at + 18], fields.getLong(at)));
                }
            }
        } catch (Throwable t) {
            throw internal(t);
        } finally {
            try {
                PosixCalls.close(fd);
            } catch (Libc.Failure ignored) {
                // as closedir's answer goes unchecked in CPython's listdir
            }
        }
    }

    /** The entries of the C library's {@code environ}, "NAME=value" as bytes, in order. */
    public static List<byte[]> environment() {
        // the pointers read as plain words, without an ADDRESS var handle (Libc.fields)
        long array = Libc.pointerAt(Libc.LOOKUP_ENVIRON.address());
        List<byte[]> out = new ArrayList<>();
        if (array == 0) {
            return out;
        }
        for (long i = 0;; i++) {
            long entry = Libc.pointerAt(array + 8 * i);
            if (entry == 0) {
                break;
            }
            out.add(Libc.cBytes(MemorySegment.ofAddress(entry), 1 << 20));
        }
        return out;
    }

    /** _exit(2): ends the process at once, running nothing. */
    public static void exit(int status) {
        try {
            Exit.H.invokeExact(status);
        } catch (Throwable t) {
            throw internal(t);
        }
    }
}
