package dev.krait.modules.posixsubprocess;

import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.PosixCalls;
import dev.krait.modules.posix.ProcessCalls;
import dev.krait.modules.posix.SpawnCalls;
import dev.krait.objects.PyExceptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One child of {@code fork_exec}, started with {@code posix_spawn}: the steps CPython's
 * {@code child_exec} runs between fork and exec become file actions and spawn attributes, in
 * the same order and with the same effect.
 * <ul>
 *   <li>The parent's pipe ends ({@code p2cwrite}, {@code c2pread}, {@code errread},
 *       {@code errpipe_read}) are closed, then the child's ends are dup2'ed onto 0, 1 and 2. A
 *       source that is itself 0, 1 or 2 and would be overwritten first is copied above 2 in
 *       the parent beforehand (CPython dups it in the child); a dup2 onto itself clears
 *       FD_CLOEXEC, as CPython's {@code _Py_set_inheritable_async_safe} does.</li>
 *   <li>{@code pass_fds} are made inheritable the same way; with {@code close_fds} every
 *       other descriptor from 3 up is closed ({@code addclosefrom_np} above the highest one
 *       kept, single closes below it for what {@code /proc/self/fd} lists).</li>
 *   <li>{@code cwd} is an {@code addchdir_np} action; {@code restore_signals} resets SIGPIPE
 *       and SIGXFSZ to their defaults; {@code start_new_session} and {@code process_group}
 *       are POSIX_SPAWN_SETSID and SETPGROUP; the signal mask is emptied (a JVM thread's mask
 *       is not the Python program's). {@code umask} is set in this process around the spawn,
 *       which the child copies (posix_spawn has no umask action).</li>
 * </ul>
 * Each entry of the executable list is tried in turn as CPython's loop of {@code execv}
 * calls does. glibc's posix_spawn reports a failed exec as its result and leaves no child;
 * the failure then reaches subprocess.py the way a CPython child reports it, as an
 * {@code "OSError:<hex errno>:"} record written to {@code errpipe_write} ("noexec" appended
 * when the working directory was the cause), and the pid returned is one no process can
 * have, so that subprocess.py's {@code waitpid} on it raises ChildProcessError as it expects.
 *
 * <p>CPython counterpart: Modules/_posixsubprocess.c {@code child_exec}.
 */
final class ChildSpawn {
    /** Beyond Linux's PID_MAX_LIMIT (2^22): waitpid answers ECHILD, kill ESRCH. */
    static final int NO_CHILD = Integer.MAX_VALUE;

    private static final int ENOENT = 2;
    private static final int EACCES = 13;
    private static final int ENOTDIR = 20;
    private static final int SIGPIPE = 13;
    private static final int SIGXFSZ = 25;
    private static final int O_DIRECTORY = 0200000;
    private static final int O_PATH = 010000000;
    private static final int X_OK = 1;
    /** The process-wide umask is swapped around a spawn: one spawn with a umask at a time. */
    private static final Object UMASK_LOCK = new Object();

    List<byte[]> argv = new ArrayList<>();
    List<byte[]> executables;
    List<byte[]> env;
    byte[] cwd;
    boolean closeFds;
    int[] fdsToKeep;
    int p2cread;
    int p2cwrite;
    int c2pread;
    int c2pwrite;
    int errread;
    int errwrite;
    int errpipeRead;
    int errpipeWrite;
    boolean restoreSignals;
    boolean callSetsid;
    int pgidToSet;
    int umask;

    /** Starts the child; returns its pid, or {@link #NO_CHILD} after writing the error. */
    int start() {
        if (cwd != null && !SpawnCalls.HAS_CHDIR) {
            throw PyExceptions.notImplementedError("cwd= needs posix_spawn_file_actions_"
                    + "addchdir_np, which this C library lacks (glibc 2.29 or later has it)");
        }
        List<Integer> parentCopies = new ArrayList<>();
        try (SpawnCalls.Spawn spawn = new SpawnCalls.Spawn()) {
            describe(spawn, parentCopies);
            return run(spawn);
        } catch (Libc.Failure f) {
            // a file action or attribute could not even be recorded (CPython: fork failed)
            throw f.toOSError(null);
        } finally {
            for (int fd : parentCopies) {
                PosixCalls.close(fd);
            }
        }
    }

    // CPython: Modules/_posixsubprocess.c child_exec, up to the exec loop
    private void describe(SpawnCalls.Spawn spawn, List<Integer> parentCopies) {
        for (int fd : new int[] {p2cwrite, c2pread, errread}) {
            if (fd != -1) {
                spawn.close(fd);
            }
        }
        spawn.close(errpipeRead);
        int in = p2cread;
        int out = c2pwrite == 0 ? copyAbove2(c2pwrite, parentCopies) : c2pwrite;
        int err = errwrite == 0 || errwrite == 1 ? copyAbove2(errwrite, parentCopies)
                : errwrite;
        dupOnto(spawn, in, 0);
        dupOnto(spawn, out, 1);
        dupOnto(spawn, err, 2);
        // CPython: make_inheritable -- every fd to keep but errpipe_write
        for (int fd : fdsToKeep) {
            if (fd != errpipeWrite) {
                spawn.dup2(fd, fd);
            }
        }
        if (cwd != null) {
            spawn.chdir(cwd);
        }
        if (restoreSignals) {
            spawn.setSignalDefaults(new int[] {SIGPIPE, SIGXFSZ});
        }
        spawn.setSignalMask(new int[0]);
        if (callSetsid) {
            spawn.setSession();
        }
        if (pgidToSet >= 0) {
            spawn.setProcessGroup(pgidToSet);
        }
        if (closeFds) {
            closeOthers(spawn);
        }
    }

    /** A copy of {@code fd} numbered 3 or more, closed again after the spawn. */
    private static int copyAbove2(int fd, List<Integer> parentCopies) {
        List<Integer> low = new ArrayList<>();
        try {
            int copy = PosixCalls.dup(fd);
            while (copy < 3) {
                low.add(copy);
                copy = PosixCalls.dup(fd);
            }
            parentCopies.add(copy);
            return copy;
        } finally {
            for (int fd2 : low) {
                PosixCalls.close(fd2);
            }
        }
    }

    private static void dupOnto(SpawnCalls.Spawn spawn, int source, int target) {
        if (source != -1) {
            spawn.dup2(source, target);
        }
    }

    // CPython: Modules/_posixsubprocess.c _close_open_fds (3 and up, but those to keep)
    private void closeOthers(SpawnCalls.Spawn spawn) {
        int highestKept = fdsToKeep.length == 0 ? 2 : fdsToKeep[fdsToKeep.length - 1];
        if (fdsToKeep.length == 0 && SpawnCalls.HAS_CLOSEFROM) {
            spawn.closeFrom(3);
            return;
        }
        List<ProcessCalls.DirEntryData> open;
        try {
            open = ProcessCalls.readDirectory("/proc/self/fd".getBytes(StandardCharsets.UTF_8),
                    -1);
        } catch (Libc.Failure f) {
            throw f.toOSError(null);
        }
        for (ProcessCalls.DirEntryData e : open) {
            int fd = Integer.parseInt(new String(e.name(), StandardCharsets.US_ASCII));
            boolean below = !SpawnCalls.HAS_CLOSEFROM || fd < highestKept;
            if (fd >= 3 && below && Arrays.binarySearch(fdsToKeep, fd) < 0) {
                spawn.close(fd);
            }
        }
        if (SpawnCalls.HAS_CLOSEFROM) {
            spawn.closeFrom(highestKept + 1);
        }
    }

    /** Runs the spawn with the child's umask set around it when one is asked for. */
    private int run(SpawnCalls.Spawn spawn) {
        if (umask < 0) {
            return execLoop(spawn);
        }
        synchronized (UMASK_LOCK) {
            int previous = ProcessCalls.umask(umask);
            try {
                return execLoop(spawn);
            } finally {
                ProcessCalls.umask(previous);
            }
        }
    }

    // CPython: Modules/_posixsubprocess.c child_exec, the exec loop and its error report
    private int execLoop(SpawnCalls.Spawn spawn) {
        int savedErrno = 0;
        int lastErrno = ENOENT;
        for (byte[] executable : executables) {
            try {
                return spawn.spawn(executable, argv, env, false);
            } catch (Libc.Failure f) {
                lastErrno = f.errno;
                int cwdErrno = cwd == null ? 0 : cwdError();
                if (cwdErrno != 0) {
                    report(cwdErrno, true);
                    return NO_CHILD;
                }
                if (f.errno != ENOENT && f.errno != ENOTDIR && savedErrno == 0) {
                    savedErrno = f.errno;
                }
            }
        }
        // the first error other than "not found" is reported, as CPython does
        report(savedErrno != 0 ? savedErrno : lastErrno, false);
        return NO_CHILD;
    }

    /** Why chdir(cwd) would fail in the child (0 when it would not). */
    private int cwdError() {
        try {
            PosixCalls.close(PosixCalls.open(PosixCalls.AT_FDCWD, cwd,
                    O_PATH | O_DIRECTORY | PosixCalls.O_CLOEXEC, 0));
        } catch (Libc.Failure f) {
            return f.errno;
        }
        return PosixCalls.access(PosixCalls.AT_FDCWD, cwd, X_OK, 0) ? 0 : EACCES;
    }

    /** Writes the child's error record as CPython's child_exec does ("OSError:hex:"). */
    private void report(int errno, boolean beforeExec) {
        String record = "OSError:" + Integer.toHexString(errno) + ":"
                + (beforeExec ? "noexec" : "");
        byte[] b = record.getBytes(StandardCharsets.US_ASCII);
        try {
            PosixCalls.write(errpipeWrite, b, 0, b.length);
        } catch (Libc.Failure f) {
            throw f.toOSError(null);
        }
    }
}
