package dev.krait.modules.posix;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.PTR;
import static dev.krait.modules.posix.Libc.check;
import static dev.krait.modules.posix.Libc.cString;
import static dev.krait.modules.posix.Libc.internal;
import static dev.krait.modules.posix.Libc.state;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * Starting and reaping child processes without {@code fork}: glibc's {@code posix_spawn} (a
 * {@code clone(CLONE_VM|CLONE_VFORK)} that runs a list of file actions and attributes and then
 * {@code execve}, reporting an exec failure back as its result) and {@code waitpid}. A JVM must
 * not fork: a forked child holds one thread of a multi-threaded runtime whose other threads
 * (compiler, garbage collector) held locks; so {@code _posixsubprocess.fork_exec} and
 * {@code os.posix_spawn} both describe the child's set-up as a {@link Spawn} and this class
 * runs it.
 *
 * <p>The optional glibc extensions ({@code posix_spawn_file_actions_addchdir_np} since 2.29,
 * {@code _addclosefrom_np} since 2.34) are looked up once; {@link #HAS_CHDIR} and
 * {@link #HAS_CLOSEFROM} say whether this C library has them.
 */
public final class SpawnCalls {
    private SpawnCalls() {}

    // glibc's <spawn.h> flags
    public static final short POSIX_SPAWN_RESETIDS = 0x01;
    public static final short POSIX_SPAWN_SETPGROUP = 0x02;
    public static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    public static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    public static final short POSIX_SPAWN_SETSCHEDPARAM = 0x10;
    public static final short POSIX_SPAWN_SETSCHEDULER = 0x20;
    public static final short POSIX_SPAWN_SETSID = 0x80;

    /** glibc's sizes are 80 and 336 bytes on x86-64; these leave room for other layouts. */
    private static final long FILE_ACTIONS_SIZE = 256;
    private static final long ATTR_SIZE = 1024;
    private static final long SIGSET_SIZE = 128;

    private static final FunctionDescriptor SPAWN_FD =
            FunctionDescriptor.of(INT, PTR, PTR, PTR, PTR, PTR, PTR);
    private static final MethodHandle POSIX_SPAWN = Libc.plainCall("posix_spawn", SPAWN_FD);
    private static final MethodHandle POSIX_SPAWNP = Libc.plainCall("posix_spawnp", SPAWN_FD);
    private static final MethodHandle FA_INIT = Libc.plainCall(
            "posix_spawn_file_actions_init", FunctionDescriptor.of(INT, PTR));
    private static final MethodHandle FA_DESTROY = Libc.plainCall(
            "posix_spawn_file_actions_destroy", FunctionDescriptor.of(INT, PTR));
    private static final MethodHandle FA_OPEN = Libc.plainCall(
            "posix_spawn_file_actions_addopen",
            FunctionDescriptor.of(INT, PTR, INT, PTR, INT, INT));
    private static final MethodHandle FA_CLOSE = Libc.plainCall(
            "posix_spawn_file_actions_addclose", FunctionDescriptor.of(INT, PTR, INT));
    private static final MethodHandle FA_DUP2 = Libc.plainCall(
            "posix_spawn_file_actions_adddup2", FunctionDescriptor.of(INT, PTR, INT, INT));
    private static final MethodHandle FA_CHDIR = optional(
            "posix_spawn_file_actions_addchdir_np", FunctionDescriptor.of(INT, PTR, PTR));
    private static final MethodHandle FA_CLOSEFROM = optional(
            "posix_spawn_file_actions_addclosefrom_np", FunctionDescriptor.of(INT, PTR, INT));
    private static final MethodHandle ATTR_INIT = Libc.plainCall(
            "posix_spawnattr_init", FunctionDescriptor.of(INT, PTR));
    private static final MethodHandle ATTR_DESTROY = Libc.plainCall(
            "posix_spawnattr_destroy", FunctionDescriptor.of(INT, PTR));
    private static final MethodHandle ATTR_SETFLAGS = Libc.plainCall(
            "posix_spawnattr_setflags",
            FunctionDescriptor.of(INT, PTR, java.lang.foreign.ValueLayout.JAVA_SHORT));
    private static final MethodHandle ATTR_SETPGROUP = Libc.plainCall(
            "posix_spawnattr_setpgroup", FunctionDescriptor.of(INT, PTR, INT));
    private static final MethodHandle ATTR_SETSIGDEFAULT = Libc.plainCall(
            "posix_spawnattr_setsigdefault", FunctionDescriptor.of(INT, PTR, PTR));
    private static final MethodHandle ATTR_SETSIGMASK = Libc.plainCall(
            "posix_spawnattr_setsigmask", FunctionDescriptor.of(INT, PTR, PTR));
    private static final MethodHandle ATTR_SETSCHEDPOLICY = Libc.plainCall(
            "posix_spawnattr_setschedpolicy", FunctionDescriptor.of(INT, PTR, INT));
    private static final MethodHandle ATTR_SETSCHEDPARAM = Libc.plainCall(
            "posix_spawnattr_setschedparam", FunctionDescriptor.of(INT, PTR, PTR));
    private static final MethodHandle SIGEMPTYSET = Libc.plainCall(
            "sigemptyset", FunctionDescriptor.of(INT, PTR));
    private static final MethodHandle SIGADDSET = Libc.plainCall(
            "sigaddset", FunctionDescriptor.of(INT, PTR, INT));
    private static final MethodHandle WAITPID = Libc.errnoCall("waitpid",
            FunctionDescriptor.of(INT, INT, PTR, INT));
    private static final MethodHandle KILLPG = Libc.errnoCall("killpg",
            FunctionDescriptor.of(INT, INT, INT));
    private static final MethodHandle GETPGID = Libc.errnoCall("getpgid",
            FunctionDescriptor.of(INT, INT));
    private static final MethodHandle SETPGID = Libc.errnoCall("setpgid",
            FunctionDescriptor.of(INT, INT, INT));
    private static final MethodHandle GETSID = Libc.errnoCall("getsid",
            FunctionDescriptor.of(INT, INT));
    private static final MethodHandle SETSID = Libc.errnoCall("setsid",
            FunctionDescriptor.of(INT));

    /** Whether {@link Spawn#chdir} is available (glibc 2.29+). */
    public static final boolean HAS_CHDIR = FA_CHDIR != null;
    /** Whether {@link Spawn#closeFrom} is available (glibc 2.34+). */
    public static final boolean HAS_CLOSEFROM = FA_CLOSEFROM != null;

    private static MethodHandle optional(String name, FunctionDescriptor fd) {
        return Linker.nativeLinker().defaultLookup().find(name)
                .map(s -> Linker.nativeLinker().downcallHandle(s, fd)).orElse(null);
    }

    /** Throws errno {@code err} as a {@link Libc.Failure} when it is not 0. */
    private static void checkResult(int err) {
        if (err != 0) {
            throw new Libc.Failure(err);
        }
    }

    /**
     * One child's set-up: file actions run in order in the child, then the attributes apply,
     * then the program is executed. Holds native memory until {@link #close}.
     */
    public static final class Spawn implements AutoCloseable {
        private final Arena arena = Arena.ofConfined();
        private final MemorySegment actions = arena.allocate(FILE_ACTIONS_SIZE, 16);
        private final MemorySegment attr = arena.allocate(ATTR_SIZE, 16);
        private short flags;

        public Spawn() {
            try {
                checkResult((int) FA_INIT.invokeExact(actions));
                checkResult((int) ATTR_INIT.invokeExact(attr));
            } catch (Throwable t) {
                throw internal(t);
            }
        }

        /** The child opens {@code path} as descriptor {@code fd}. */
        public void open(int fd, byte[] path, int oflag, int mode) {
            try {
                checkResult((int) FA_OPEN.invokeExact(actions, fd, cString(arena, path), oflag,
                        mode));
            } catch (Throwable t) {
                throw internal(t);
            }
        }

        /** The child closes {@code fd} (glibc ignores a descriptor that is not open). */
        public void close(int fd) {
            try {
                checkResult((int) FA_CLOSE.invokeExact(actions, fd));
            } catch (Throwable t) {
                throw internal(t);
            }
        }

        /** dup2 in the child; with {@code fd == newFd} it clears FD_CLOEXEC (glibc 2.29+). */
        public void dup2(int fd, int newFd) {
            try {
                checkResult((int) FA_DUP2.invokeExact(actions, fd, newFd));
            } catch (Throwable t) {
                throw internal(t);
            }
        }

        /** chdir in the child; only where {@link #HAS_CHDIR}. */
        public void chdir(byte[] path) {
            try {
                checkResult((int) FA_CHDIR.invokeExact(actions, cString(arena, path)));
            } catch (Throwable t) {
                throw internal(t);
            }
        }

        /** The child closes every descriptor from {@code low} up; only where HAS_CLOSEFROM. */
        public void closeFrom(int low) {
            try {
                checkResult((int) FA_CLOSEFROM.invokeExact(actions, low));
            } catch (Throwable t) {
                throw internal(t);
            }
        }

        /** The child joins (or, with 0, leads) the process group {@code pgroup}. */
        public void setProcessGroup(int pgroup) {
            flags |= POSIX_SPAWN_SETPGROUP;
            try {
                checkResult((int) ATTR_SETPGROUP.invokeExact(attr, pgroup));
            } catch (Throwable t) {
                throw internal(t);
            }
        }

        /** The child starts a new session (glibc 2.26+). */
        public void setSession() {
            flags |= POSIX_SPAWN_SETSID;
        }

        /** The effective ids of the child are reset to the real ones. */
        public void resetIds() {
            flags |= POSIX_SPAWN_RESETIDS;
        }

        /** The child's handlers of {@code signals} are reset to SIG_DFL. */
        public void setSignalDefaults(int[] signals) {
            flags |= POSIX_SPAWN_SETSIGDEF;
            try {
                checkResult((int) ATTR_SETSIGDEFAULT.invokeExact(attr, sigset(signals)));
            } catch (Throwable t) {
                throw internal(t);
            }
        }

        /** The child's signal mask is {@code signals} (none blocked for an empty array). */
        public void setSignalMask(int[] signals) {
            flags |= POSIX_SPAWN_SETSIGMASK;
            try {
                checkResult((int) ATTR_SETSIGMASK.invokeExact(attr, sigset(signals)));
            } catch (Throwable t) {
                throw internal(t);
            }
        }

        /** The child's scheduling policy ({@code policy} may be -1 to keep it) and priority. */
        public void setScheduler(int policy, int priority) {
            try {
                MemorySegment param = arena.allocate(INT);
                param.set(INT, 0, priority);
                if (policy >= 0) {
                    flags |= POSIX_SPAWN_SETSCHEDULER;
                    checkResult((int) ATTR_SETSCHEDPOLICY.invokeExact(attr, policy));
                }
                flags |= POSIX_SPAWN_SETSCHEDPARAM;
                checkResult((int) ATTR_SETSCHEDPARAM.invokeExact(attr, param));
            } catch (Throwable t) {
                throw internal(t);
            }
        }

        private MemorySegment sigset(int[] signals) throws Throwable {
            MemorySegment set = arena.allocate(SIGSET_SIZE, 8);
            checkResult((int) SIGEMPTYSET.invokeExact(set));
            for (int s : signals) {
                checkResult((int) SIGADDSET.invokeExact(set, s));
            }
            return set;
        }

        /**
         * Starts {@code path} with {@code argv} and {@code env} ("NAME=value" entries; null
         * for this process's environment), searching PATH when {@code searchPath}. Returns
         * the child's pid; a {@link Libc.Failure} carries the errno of the file action, the
         * attribute or the exec that failed (no child is left behind then).
         */
        public int spawn(byte[] path, List<byte[]> argv, List<byte[]> env, boolean searchPath) {
            try {
                checkResult((int) ATTR_SETFLAGS.invokeExact(attr, flags));
                MemorySegment pid = arena.allocate(INT);
                MemorySegment envp = env == null
                        ? Libc.LOOKUP_ENVIRON.reinterpret(8).get(PTR, 0) : array(env);
                MethodHandle h = searchPath ? POSIX_SPAWNP : POSIX_SPAWN;
                checkResult((int) h.invokeExact(pid, cString(arena, path), actions, attr,
                        array(argv), envp));
                return pid.get(INT, 0);
            } catch (Throwable t) {
                throw internal(t);
            }
        }

        private MemorySegment array(List<byte[]> items) {
            MemorySegment a = arena.allocate(PTR, items.size() + 1L);
            for (int i = 0; i < items.size(); i++) {
                a.setAtIndex(PTR, i, cString(arena, items.get(i)));
            }
            a.setAtIndex(PTR, items.size(), MemorySegment.NULL);
            return a;
        }

        @Override
        public void close() {
            try {
                int ignored = (int) FA_DESTROY.invokeExact(actions);
                ignored = (int) ATTR_DESTROY.invokeExact(attr);
            } catch (Throwable t) {
                throw internal(t);
            } finally {
                arena.close();
            }
        }
    }

    /** waitpid(2): {pid, status}; the caller releases the interpreter lock around it. */
    public static int[] waitpid(int pid, int options) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment status = a.allocate(INT);
            int r = check((int) WAITPID.invokeExact(state(), pid, status, options));
            return new int[] {r, status.get(INT, 0)};
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void killpg(int pgroup, int signal) {
        try {
            check((int) KILLPG.invokeExact(state(), pgroup, signal));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static int getpgid(int pid) {
        try {
            return check((int) GETPGID.invokeExact(state(), pid));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static void setpgid(int pid, int pgroup) {
        try {
            check((int) SETPGID.invokeExact(state(), pid, pgroup));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static int getsid(int pid) {
        try {
            return check((int) GETSID.invokeExact(state(), pid));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    public static int setsid() {
        try {
            return check((int) SETSID.invokeExact(state()));
        } catch (Throwable t) {
            throw internal(t);
        }
    }
}
