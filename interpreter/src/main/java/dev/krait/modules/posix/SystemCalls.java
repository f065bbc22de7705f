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
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The C library calls behind {@link SystemFunctions}: {@code system}, the load average, the
 * process's user and group identities ({@code set*id}, supplementary groups), priorities and
 * scheduling, the controlling terminal, {@code getrandom}, {@code wait4}/{@code waitid} and
 * {@code execve}. Each function is bound on its first call in a holder class of its own, as in
 * {@link ProcessCalls}; a failing call throws {@link Libc.Failure} with errno.
 */
public final class SystemCalls {
    private SystemCalls() {}

    private static final FunctionDescriptor INT_INT = FunctionDescriptor.of(INT, INT);
    private static final FunctionDescriptor INT_INT_INT = FunctionDescriptor.of(INT, INT, INT);
    private static final FunctionDescriptor INT_3INT =
            FunctionDescriptor.of(INT, INT, INT, INT);

    private static final class SystemH {
        static final MethodHandle H = Libc.errnoCall("system", FunctionDescriptor.of(INT, PTR));
    }
    private static final class Getloadavg {
        static final MethodHandle H = Libc.plainCall("getloadavg",
                FunctionDescriptor.of(INT, PTR, INT));
    }
    private static final class Getgroups {
        static final MethodHandle H = Libc.errnoCall("getgroups",
                FunctionDescriptor.of(INT, INT, PTR));
    }
    private static final class Setgroups {
        static final MethodHandle H = Libc.errnoCall("setgroups",
                FunctionDescriptor.of(INT, LONG, PTR));
    }
    private static final class Getgrouplist {
        static final MethodHandle H = Libc.errnoCall("getgrouplist",
                FunctionDescriptor.of(INT, PTR, INT, PTR, PTR));
    }
    private static final class Initgroups {
        static final MethodHandle H = Libc.errnoCall("initgroups",
                FunctionDescriptor.of(INT, PTR, INT));
    }
    private static final class Setuid {
        static final MethodHandle H = Libc.errnoCall("setuid", INT_INT);
    }
    private static final class Setgid {
        static final MethodHandle H = Libc.errnoCall("setgid", INT_INT);
    }
    private static final class Seteuid {
        static final MethodHandle H = Libc.errnoCall("seteuid", INT_INT);
    }
    private static final class Setegid {
        static final MethodHandle H = Libc.errnoCall("setegid", INT_INT);
    }
    private static final class Setreuid {
        static final MethodHandle H = Libc.errnoCall("setreuid", INT_INT_INT);
    }
    private static final class Setregid {
        static final MethodHandle H = Libc.errnoCall("setregid", INT_INT_INT);
    }
    private static final class Setresuid {
        static final MethodHandle H = Libc.errnoCall("setresuid", INT_3INT);
    }
    private static final class Setresgid {
        static final MethodHandle H = Libc.errnoCall("setresgid", INT_3INT);
    }
    private static final class Getresuid {
        static final MethodHandle H = Libc.errnoCall("getresuid",
                FunctionDescriptor.of(INT, PTR, PTR, PTR));
    }
    private static final class Getresgid {
        static final MethodHandle H = Libc.errnoCall("getresgid",
                FunctionDescriptor.of(INT, PTR, PTR, PTR));
    }
    private static final class Getpriority {
        static final MethodHandle H = Libc.errnoCall("getpriority", INT_INT_INT);
    }
    private static final class Setpriority {
        static final MethodHandle H = Libc.errnoCall("setpriority", INT_3INT);
    }
    private static final class Nice {
        static final MethodHandle H = Libc.errnoCall("nice", INT_INT);
    }
    private static final class Chroot {
        static final MethodHandle H = Libc.errnoCall("chroot", FunctionDescriptor.of(INT, PTR));
    }
    private static final class TtynameR {
        static final MethodHandle H = Libc.plainCall("ttyname_r",
                FunctionDescriptor.of(INT, INT, PTR, LONG));
    }
    private static final class Ctermid {
        static final MethodHandle H = Libc.plainCall("ctermid", FunctionDescriptor.of(PTR, PTR));
    }
    private static final class Getrandom {
        static final MethodHandle H = Libc.errnoCall("getrandom",
                FunctionDescriptor.of(LONG, PTR, LONG, INT));
    }
    private static final class SchedYield {
        static final MethodHandle H = Libc.plainCall("sched_yield", FunctionDescriptor.of(INT));
    }
    private static final class SchedGetaffinity {
        static final MethodHandle H = Libc.errnoCall("sched_getaffinity",
                FunctionDescriptor.of(INT, INT, LONG, PTR));
    }
    private static final class SchedSetaffinity {
        static final MethodHandle H = Libc.errnoCall("sched_setaffinity",
                FunctionDescriptor.of(INT, INT, LONG, PTR));
    }
    private static final class SchedPriorityMin {
        static final MethodHandle H = Libc.errnoCall("sched_get_priority_min", INT_INT);
    }
    private static final class SchedPriorityMax {
        static final MethodHandle H = Libc.errnoCall("sched_get_priority_max", INT_INT);
    }
    private static final class SchedGetscheduler {
        static final MethodHandle H = Libc.errnoCall("sched_getscheduler", INT_INT);
    }
    private static final class SchedSetscheduler {
        static final MethodHandle H = Libc.errnoCall("sched_setscheduler",
                FunctionDescriptor.of(INT, INT, INT, PTR));
    }
    private static final class SchedGetparam {
        static final MethodHandle H = Libc.errnoCall("sched_getparam",
                FunctionDescriptor.of(INT, INT, PTR));
    }
    private static final class SchedSetparam {
        static final MethodHandle H = Libc.errnoCall("sched_setparam",
                FunctionDescriptor.of(INT, INT, PTR));
    }
    private static final class SchedRrGetInterval {
        static final MethodHandle H = Libc.errnoCall("sched_rr_get_interval",
                FunctionDescriptor.of(INT, INT, PTR));
    }
    private static final class Tcgetpgrp {
        static final MethodHandle H = Libc.errnoCall("tcgetpgrp", INT_INT);
    }
    private static final class Tcsetpgrp {
        static final MethodHandle H = Libc.errnoCall("tcsetpgrp", INT_INT_INT);
    }
    private static final class Setpgid {
        static final MethodHandle H = Libc.errnoCall("setpgid", INT_INT_INT);
    }
    private static final class Wait4 {
        static final MethodHandle H = Libc.errnoCall("wait4",
                FunctionDescriptor.of(INT, INT, PTR, INT, PTR));
    }
    private static final class Waitid {
        static final MethodHandle H = Libc.errnoCall("waitid",
                FunctionDescriptor.of(INT, INT, INT, PTR, INT));
    }
    private static final class Execve {
        static final MethodHandle H = Libc.errnoCall("execve",
                FunctionDescriptor.of(INT, PTR, PTR, PTR));
    }
    private static final class Fexecve {
        static final MethodHandle H = Libc.errnoCall("fexecve",
                FunctionDescriptor.of(INT, INT, PTR, PTR));
    }
    private static final class Abort {
        static final MethodHandle H = Libc.plainCall("abort", FunctionDescriptor.ofVoid());
    }
    private static final class Sync {
        static final MethodHandle H = Libc.plainCall("sync", FunctionDescriptor.ofVoid());
    }
    /** Linux's pidfd_open(2) has no glibc wrapper before 2.36: the raw system call. */
    private static final class Syscall {
        static final MethodHandle H = Libc.errnoCall("syscall",
                FunctionDescriptor.of(LONG, LONG, INT, INT),
                java.lang.foreign.Linker.Option.firstVariadicArg(1));
    }
    private static final long SYS_PIDFD_OPEN = 434;

    /** system(3): the wait status of {@code /bin/sh -c command}, or -1. */
    public static int system(byte[] command) {
        try (Arena a = Arena.ofConfined()) {
            return (int) SystemH.H.invokeExact(state(), cString(a, command));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** getloadavg(3): the 1, 5 and 15 minute averages, or null when unobtainable. */
    public static double[] getloadavg() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(ValueLayout.JAVA_DOUBLE, 3);
            if ((int) Getloadavg.H.invokeExact(out, 3) != 3) {
                return null;
            }
            ByteBuffer b = Libc.fields(out);
            return new double[] {b.getDouble(0), b.getDouble(8), b.getDouble(16)};
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** getgroups(2): the supplementary group ids. */
    public static int[] getgroups() {
        try (Arena a = Arena.ofConfined()) {
            while (true) {
                int n = check((int) Getgroups.H.invokeExact(state(), 0, MemorySegment.NULL));
                MemorySegment list = a.allocate(INT, Math.max(n, 1));
                int got = (int) Getgroups.H.invokeExact(state(), n, list);
                if (got == -1 && Libc.lastErrno() == 22 /* EINVAL: the list grew */) {
                    continue;
                }
                check(got);
                return list.asSlice(0, 4L * got).toArray(INT);
            }
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void setgroups(int[] groups) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment list = a.allocate(INT, Math.max(groups.length, 1));
            MemorySegment.copy(groups, 0, list, INT, 0, groups.length);
            check((int) Setgroups.H.invokeExact(state(), (long) groups.length, list));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** getgrouplist(3): the groups of {@code user}, {@code group} included. */
    public static int[] getgrouplist(byte[] user, int group) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment name = cString(a, user);
            int capacity = 64;
            while (true) {
                MemorySegment list = a.allocate(INT, capacity);
                MemorySegment count = a.allocate(INT);
                count.set(INT, 0, capacity);
                int r = (int) Getgrouplist.H.invokeExact(state(), name, group, list, count);
                int n = count.get(INT, 0);
                if (r != -1) {
                    return list.asSlice(0, 4L * n).toArray(INT);
                }
                // -1 says the list was too small; count holds the size needed (glibc)
                capacity = Math.max(n, capacity * 2);
                if (capacity > (1 << 20)) {
                    throw new Libc.Failure(22);
                }
            }
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void initgroups(byte[] user, int group) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Initgroups.H.invokeExact(state(), cString(a, user), group));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** The set*id calls, by name: {@code setuid}, {@code setregid}, {@code setresuid}... */
    public static void setIds(String call, int... ids) {
        try {
            switch (call) {
                case "setuid" -> check((int) Setuid.H.invokeExact(state(), ids[0]));
                case "setgid" -> check((int) Setgid.H.invokeExact(state(), ids[0]));
                case "seteuid" -> check((int) Seteuid.H.invokeExact(state(), ids[0]));
                case "setegid" -> check((int) Setegid.H.invokeExact(state(), ids[0]));
                case "setreuid" -> check((int) Setreuid.H.invokeExact(state(), ids[0], ids[1]));
                case "setregid" -> check((int) Setregid.H.invokeExact(state(), ids[0], ids[1]));
                case "setresuid" -> check((int) Setresuid.H.invokeExact(state(), ids[0], ids[1],
                        ids[2]));
                case "setresgid" -> check((int) Setresgid.H.invokeExact(state(), ids[0], ids[1],
                        ids[2]));
                default -> throw new IllegalArgumentException(call);
            }
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** getresuid(2) or getresgid(2): the real, effective and saved ids. */
    public static int[] getresIds(boolean groups) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ids = a.allocate(INT, 3);
            MemorySegment r = ids.asSlice(0, 4);
            MemorySegment e = ids.asSlice(4, 4);
            MemorySegment s = ids.asSlice(8, 4);
            check(groups ? (int) Getresgid.H.invokeExact(state(), r, e, s)
                    : (int) Getresuid.H.invokeExact(state(), r, e, s));
            return ids.toArray(INT);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** getpriority(2), whose -1 is a priority unless errno says otherwise. */
    public static int getpriority(int which, int who) {
        try {
            ProcessCalls.clearErrno();
            int r = (int) Getpriority.H.invokeExact(state(), which, who);
            if (r == -1 && Libc.lastErrno() != 0) {
                throw new Libc.Failure(Libc.lastErrno());
            }
            return r;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** nice(3), whose -1 is a niceness unless errno says otherwise. */
    public static int nice(int increment) {
        try {
            ProcessCalls.clearErrno();
            int r = (int) Nice.H.invokeExact(state(), increment);
            if (r == -1 && Libc.lastErrno() != 0) {
                throw new Libc.Failure(Libc.lastErrno());
            }
            return r;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void setpriority(int which, int who, int priority) {
        try {
            check((int) Setpriority.H.invokeExact(state(), which, who, priority));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void chroot(byte[] path) {
        try (Arena a = Arena.ofConfined()) {
            check((int) Chroot.H.invokeExact(state(), cString(a, path)));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** ttyname_r(3): the terminal's device path; it returns the errno itself. */
    public static byte[] ttyname(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(4096);
            int err = (int) TtynameR.H.invokeExact(fd, buf, 4096L);
            if (err != 0) {
                throw new Libc.Failure(err);
            }
            return Libc.cBytes(buf, 4096);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** ctermid(3): the controlling terminal's path ("/dev/tty"). */
    public static byte[] ctermid() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(256);
            MemorySegment r = (MemorySegment) Ctermid.H.invokeExact(buf);
            return Libc.cBytes(buf, 256);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** getrandom(2) into a buffer of {@code size} bytes; returns the bytes got. */
    public static byte[] getrandom(int size, int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(size, 1));
            int n = (int) check((long) Getrandom.H.invokeExact(state(), buf, (long) size,
                    flags));
            return buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void schedYield() {
        try {
            int ignored = (int) SchedYield.H.invokeExact();
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /**
     * sched_getaffinity(2) with a CPU mask of {@code bytes} bytes: the mask, or null when the
     * kernel's is larger (EINVAL), so the caller asks again with a larger one.
     */
    public static byte[] schedGetaffinity(int pid, int bytes) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment mask = a.allocate(bytes);
            int r = (int) SchedGetaffinity.H.invokeExact(state(), pid, (long) bytes, mask);
            if (r == -1 && Libc.lastErrno() == 22) {
                return null;
            }
            check(r);
            return mask.toArray(ValueLayout.JAVA_BYTE);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void schedSetaffinity(int pid, byte[] mask) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment m = a.allocate(Math.max(mask.length, 1));
            MemorySegment.copy(mask, 0, m, ValueLayout.JAVA_BYTE, 0, mask.length);
            check((int) SchedSetaffinity.H.invokeExact(state(), pid, (long) mask.length, m));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static int schedPriority(boolean max, int policy) {
        try {
            return check(max ? (int) SchedPriorityMax.H.invokeExact(state(), policy)
                    : (int) SchedPriorityMin.H.invokeExact(state(), policy));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static int schedGetscheduler(int pid) {
        try {
            return check((int) SchedGetscheduler.H.invokeExact(state(), pid));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** sched_setscheduler(2) with {@code struct sched_param} holding one int. */
    public static void schedSetscheduler(int pid, int policy, int priority) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment p = a.allocate(INT);
            p.set(INT, 0, priority);
            check((int) SchedSetscheduler.H.invokeExact(state(), pid, policy, p));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static int schedGetparam(int pid) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment p = a.allocate(INT);
            check((int) SchedGetparam.H.invokeExact(state(), pid, p));
            return p.get(INT, 0);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void schedSetparam(int pid, int priority) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment p = a.allocate(INT);
            p.set(INT, 0, priority);
            check((int) SchedSetparam.H.invokeExact(state(), pid, p));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** sched_rr_get_interval(2): the round-robin quantum in seconds. */
    public static double schedRrGetInterval(int pid) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ts = a.allocate(16);
            check((int) SchedRrGetInterval.H.invokeExact(state(), pid, ts));
            ByteBuffer b = Libc.fields(ts);
            return b.getLong(0) + b.getLong(8) * 1e-9;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static int tcgetpgrp(int fd) {
        try {
            return check((int) Tcgetpgrp.H.invokeExact(state(), fd));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void tcsetpgrp(int fd, int pgid) {
        try {
            check((int) Tcsetpgrp.H.invokeExact(state(), fd, pgid));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** setpgrp(): glibc's is setpgid(0, 0). */
    public static void setpgrp() {
        try {
            check((int) Setpgid.H.invokeExact(state(), 0, 0));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** Linux's {@code struct rusage}: two timevals, then fourteen longs. */
    static final int RUSAGE_SIZE = 144;

    /**
     * wait4(2): {pid, status} and the child's resource usage copied into {@code rusage}
     * ({@link #RUSAGE_SIZE} bytes); the caller releases the interpreter lock around it.
     */
    public static int[] wait4(int pid, int options, byte[] rusage) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment status = a.allocate(INT);
            MemorySegment ru = a.allocate(RUSAGE_SIZE);
            int r = check((int) Wait4.H.invokeExact(state(), pid, status, options, ru));
            MemorySegment.copy(ru, ValueLayout.JAVA_BYTE, 0, rusage, 0, RUSAGE_SIZE);
            return new int[] {r, status.get(INT, 0)};
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /**
     * waitid(2): {si_pid, si_uid, si_signo, si_status, si_code} from Linux's
     * {@code siginfo_t} (si_pid 0 when WNOHANG found no child).
     */
    public static int[] waitid(int idtype, int id, int options) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment info = a.allocate(128);
            check((int) Waitid.H.invokeExact(state(), idtype, id, info, options));
            ByteBuffer b = Libc.fields(info);
            return new int[] {b.getInt(16), b.getInt(20), b.getInt(0), b.getInt(24),
                b.getInt(8)};
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /**
     * execve(2) (fexecve(3) when {@code fd} is not -1): returns only by throwing the failure,
     * since on success this process runs the new program.
     */
    public static void execve(byte[] path, int fd, List<byte[]> argv, List<byte[]> env) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment args = array(a, argv);
            MemorySegment envp = env == null
                    ? Libc.LOOKUP_ENVIRON.reinterpret(8).get(PTR, 0) : array(a, env);
            int r = fd >= 0 ? (int) Fexecve.H.invokeExact(state(), fd, args, envp)
                    : (int) Execve.H.invokeExact(state(), cString(a, path), args, envp);
            throw new Libc.Failure(Libc.lastErrno());
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    private static MemorySegment array(Arena arena, List<byte[]> items) {
        MemorySegment a = arena.allocate(PTR, items.size() + 1L);
        for (int i = 0; i < items.size(); i++) {
            a.setAtIndex(PTR, i, cString(arena, items.get(i)));
        }
        a.setAtIndex(PTR, items.size(), MemorySegment.NULL);
        return a;
    }

    public static void abort() {
        try {
            Abort.H.invokeExact();
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void sync() {
        try {
            Sync.H.invokeExact();
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static int pidfdOpen(int pid, int flags) {
        try {
            return (int) check((long) Syscall.H.invokeExact(state(), SYS_PIDFD_OPEN, pid,
                    flags));
        } catch (Throwable t) {
            throw internal(t);
        }
    }
}
