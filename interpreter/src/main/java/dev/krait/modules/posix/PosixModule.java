package dev.krait.modules.posix;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code posix} module, on which Lib/os.py stands ({@code os.name == 'posix'}): files and
 * directories, real file descriptors, stat, scandir, the environment, process identities.
 * The C library is called through the Foreign Function and Memory API (see {@link Libc}); the
 * constants are Linux's, the system Krait's struct layouts are written for.
 *
 * <p>CPython counterpart: Modules/posixmodule.c.
 */
@NativeModule.Register("posix")
public final class PosixModule implements NativeModule {
    /** sysconf's names (a subset of Linux's {@code os.sysconf_names}). */
    static final Map<String, Integer> SYSCONF_NAMES = new LinkedHashMap<>();

    static {
        Object[] names = {"SC_ARG_MAX", 0, "SC_CHILD_MAX", 1, "SC_CLK_TCK", 2,
            "SC_NGROUPS_MAX", 3, "SC_OPEN_MAX", 4, "SC_STREAM_MAX", 5, "SC_TZNAME_MAX", 6,
            "SC_PAGESIZE", 30, "SC_PAGE_SIZE", 30, "SC_NPROCESSORS_CONF", 83,
            "SC_NPROCESSORS_ONLN", 84, "SC_PHYS_PAGES", 85, "SC_AVPHYS_PAGES", 86,
            "SC_LINE_MAX", 43, "SC_HOST_NAME_MAX", 180, "SC_LOGIN_NAME_MAX", 71,
            "SC_IOV_MAX", 60, "SC_SEM_NSEMS_MAX", 32, "SC_MINSIGSTKSZ", 249};
        for (int i = 0; i < names.length; i += 2) {
            SYSCONF_NAMES.put((String) names[i], (Integer) names[i + 1]);
        }
    }

    /** confstr's names (glibc's {@code os.confstr_names}). */
    static final Map<String, Integer> CONFSTR_NAMES = new LinkedHashMap<>();

    static {
        CONFSTR_NAMES.put("CS_PATH", 0);
        CONFSTR_NAMES.put("CS_GNU_LIBC_VERSION", 2);
        CONFSTR_NAMES.put("CS_GNU_LIBPTHREAD_VERSION", 3);
        String[] lfs = {"CS_LFS_CFLAGS", "CS_LFS_LDFLAGS", "CS_LFS_LIBS", "CS_LFS_LINTFLAGS",
            "CS_LFS64_CFLAGS", "CS_LFS64_LDFLAGS", "CS_LFS64_LIBS", "CS_LFS64_LINTFLAGS"};
        for (int i = 0; i < lfs.length; i++) {
            CONFSTR_NAMES.put(lfs[i], 1000 + i);
        }
        String[] models = {"ILP32_OFF32", "ILP32_OFFBIG", "LP64_OFF64", "LPBIG_OFFBIG"};
        String[] kinds = {"CFLAGS", "LDFLAGS", "LIBS", "LINTFLAGS"};
        for (int i = 0; i < models.length; i++) {
            for (int j = 0; j < kinds.length; j++) {
                CONFSTR_NAMES.put("CS_XBS5_" + models[i] + "_" + kinds[j], 1100 + 4 * i + j);
            }
        }
    }

    /** The integer constants (Linux's values). */
    private static final Object[] CONSTANTS = {
        "F_OK", 0, "R_OK", 4, "W_OK", 2, "X_OK", 1,
        "O_RDONLY", 0, "O_WRONLY", 1, "O_RDWR", 2, "O_ACCMODE", 3, "O_CREAT", 0100,
        "O_EXCL", 0200, "O_NOCTTY", 0400, "O_TRUNC", 01000, "O_APPEND", 02000,
        "O_NONBLOCK", 04000, "O_NDELAY", 04000, "O_DSYNC", 010000, "O_ASYNC", 020000,
        "O_DIRECT", 040000, "O_LARGEFILE", 0, "O_DIRECTORY", 0200000, "O_NOFOLLOW", 0400000,
        "O_NOATIME", 01000000, "O_CLOEXEC", 02000000, "O_SYNC", 04010000,
        "O_RSYNC", 04010000, "O_FSYNC", 04010000, "O_PATH", 010000000,
        "O_TMPFILE", 020200000,
        "SEEK_DATA", 3, "SEEK_HOLE", 4,
        "EX_OK", 0, "EX_USAGE", 64, "EX_DATAERR", 65, "EX_NOINPUT", 66, "EX_NOUSER", 67,
        "EX_NOHOST", 68, "EX_UNAVAILABLE", 69, "EX_SOFTWARE", 70, "EX_OSERR", 71,
        "EX_OSFILE", 72, "EX_CANTCREAT", 73, "EX_IOERR", 74, "EX_TEMPFAIL", 75,
        "EX_PROTOCOL", 76, "EX_NOPERM", 77, "EX_CONFIG", 78,
        "WNOHANG", 1, "WUNTRACED", 2, "WSTOPPED", 2, "WEXITED", 4, "WCONTINUED", 8,
        "WNOWAIT", 0x1000000, "P_ALL", 0, "P_PID", 1, "P_PGID", 2,
        "F_LOCK", 1, "F_TLOCK", 2, "F_ULOCK", 0, "F_TEST", 3,
        "PRIO_PROCESS", 0, "PRIO_PGRP", 1, "PRIO_USER", 2,
        "ST_RDONLY", 1, "ST_NOSUID", 2, "TMP_MAX", 238328, "NGROUPS_MAX", 65536,
        "CLD_EXITED", 1, "CLD_KILLED", 2, "CLD_DUMPED", 3, "CLD_TRAPPED", 4, "CLD_STOPPED", 5,
        "CLD_CONTINUED", 6, "P_PIDFD", 3,
        "EFD_CLOEXEC", 0x80000, "EFD_NONBLOCK", 0x800, "EFD_SEMAPHORE", 1,
        "GRND_NONBLOCK", 1, "GRND_RANDOM", 2, "MFD_CLOEXEC", 1, "MFD_ALLOW_SEALING", 2,
        "MFD_HUGETLB", 4, "MFD_HUGE_SHIFT", 26, "MFD_HUGE_MASK", 63,
        "MFD_HUGE_64KB", 16 << 26, "MFD_HUGE_512KB", 19 << 26, "MFD_HUGE_1MB", 20 << 26,
        "MFD_HUGE_2MB", 21 << 26, "MFD_HUGE_8MB", 23 << 26, "MFD_HUGE_16MB", 24 << 26,
        "MFD_HUGE_32MB", 25 << 26, "MFD_HUGE_256MB", 28 << 26, "MFD_HUGE_512MB", 29 << 26,
        "MFD_HUGE_1GB", 30 << 26, "MFD_HUGE_2GB", 31 << 26, "MFD_HUGE_16GB", 34L << 26,
        "POSIX_FADV_NORMAL", 0, "POSIX_FADV_RANDOM", 1, "POSIX_FADV_SEQUENTIAL", 2,
        "POSIX_FADV_WILLNEED", 3, "POSIX_FADV_DONTNEED", 4, "POSIX_FADV_NOREUSE", 5,
        "RTLD_LAZY", 1, "RTLD_NOW", 2, "RTLD_NOLOAD", 4, "RTLD_DEEPBIND", 8,
        "RTLD_GLOBAL", 0x100, "RTLD_LOCAL", 0, "RTLD_NODELETE", 0x1000,
        "RWF_HIPRI", 1, "RWF_DSYNC", 2, "RWF_SYNC", 4, "RWF_NOWAIT", 8, "RWF_APPEND", 16,
        "SCHED_OTHER", 0, "SCHED_FIFO", 1, "SCHED_RR", 2, "SCHED_BATCH", 3, "SCHED_IDLE", 5,
        "SCHED_RESET_ON_FORK", 0x40000000,
        "SPLICE_F_MOVE", 1, "SPLICE_F_NONBLOCK", 2, "SPLICE_F_MORE", 4,
        "ST_NODEV", 4, "ST_NOEXEC", 8, "ST_SYNCHRONOUS", 16, "ST_MANDLOCK", 64,
        "ST_WRITE", 128, "ST_APPEND", 0x100, "ST_NOATIME", 0x400, "ST_NODIRATIME", 0x800,
        "ST_RELATIME", 0x1000,
        "XATTR_CREATE", 1, "XATTR_REPLACE", 2, "XATTR_SIZE_MAX", 0x10000,
        "POSIX_SPAWN_OPEN", 0, "POSIX_SPAWN_CLOSE", 1, "POSIX_SPAWN_DUP2", 2,
        "P_WAIT", SpawnvFunctions.P_WAIT, "P_NOWAIT", SpawnvFunctions.P_NOWAIT,
        "P_NOWAITO", SpawnvFunctions.P_NOWAIT,
    };

    /** The C functions os.py asks about through {@code _have_functions}. */
    private static final String[] HAVE = {"HAVE_EVENTFD", "HAVE_FACCESSAT", "HAVE_FCHDIR",
        "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FEXECVE", "HAVE_FDOPENDIR", "HAVE_FPATHCONF",
        "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LINKAT",
        "HAVE_LSTAT", "HAVE_MEMFD_CREATE", "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_MKNODAT",
        "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT",
        "HAVE_UTIMENSAT"};

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("posix");
        m.put("__doc__", PyStr.of("This module provides access to operating system "
                + "functionality that is\nstandardized by the C Standard and the POSIX "
                + "standard (a thinly\ndisguised Unix interface).  Refer to the library "
                + "manual and\ncorresponding Unix manual entries for more information on "
                + "calls."));
        ModuleBuilder.addFunctions(m, PathFunctions.class);
        ModuleBuilder.addFunctions(m, FileFunctions.class);
        ModuleBuilder.addFunctions(m, ProcessFunctions.class);
        ModuleBuilder.addFunctions(m, ChildFunctions.class);
        ModuleBuilder.addFunctions(m, SpawnFunctions.class);
        ModuleBuilder.addFunctions(m, SpawnvFunctions.class);
        ModuleBuilder.addFunctions(m, SystemFunctions.class);
        ModuleBuilder.addFunctions(m, NormPath.class);
        ModuleBuilder.addFunctions(m, FileIoFunctions.class);
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            m.put((String) CONSTANTS[i], PyInt.of(((Number) CONSTANTS[i + 1]).longValue()));
        }
        PyDict sysconfNames = new PyDict();
        for (Map.Entry<String, Integer> e : SYSCONF_NAMES.entrySet()) {
            sysconfNames.setItem(PyStr.of(e.getKey()), PyInt.of(e.getValue()));
        }
        m.put("sysconf_names", sysconfNames);
        PyDict confstrNames = new PyDict();
        for (Map.Entry<String, Integer> e : CONFSTR_NAMES.entrySet()) {
            confstrNames.setItem(PyStr.of(e.getKey()), PyInt.of(e.getValue()));
        }
        m.put("confstr_names", confstrNames);
        PyDict pathconfNames = new PyDict();
        for (Map.Entry<String, Integer> e : FileIoFunctions.PATHCONF_NAMES.entrySet()) {
            pathconfNames.setItem(PyStr.of(e.getKey()), PyInt.of(e.getValue()));
        }
        m.put("pathconf_names", pathconfNames);
        PyObject[] have = new PyObject[HAVE.length];
        for (int i = 0; i < HAVE.length; i++) {
            have[i] = PyStr.of(HAVE[i]);
        }
        m.put("_have_functions", new PyList(List.of(have)));
        m.put("environ", ProcessFunctions.environ());
        m.put("error", PyExceptions.OSError);
        m.put("stat_result", StatResults.STAT_RESULT);
        m.put("uname_result", StatResults.UNAME_RESULT);
        m.put("terminal_size", StatResults.TERMINAL_SIZE);
        m.put("times_result", StatResults.TIMES_RESULT);
        m.put("statvfs_result", StatResults.STATVFS_RESULT);
        m.put("DirEntry", PyDirEntry.TYPE);
        m.put("waitid_result", SystemFunctions.WAITID_RESULT);
        m.put("sched_param", SystemFunctions.SCHED_PARAM);
        return m;
    }
}
