package dev.krait.modules.posix;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.Pytime;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The posix functions on paths: stat, the directory functions, links, permissions and times.
 * Each converts its path as CPython's {@code path_converter} does ({@link PathArg}), calls the
 * C library's {@code *at} function ({@link PosixCalls}) and reports failure as the OSError
 * CPython raises, with the path as {@code filename}.
 *
 * <p>CPython counterpart: Modules/posixmodule.c (os_stat_impl, os_mkdir_impl, ...).
 */
public final class PathFunctions {
    private PathFunctions() {}

    /** A {@code dir_fd} argument: AT_FDCWD for None. */
    static int dirFd(PyObject dirFd) {
        if (dirFd == null || dirFd == PyNone.NONE) {
            return PosixCalls.AT_FDCWD;
        }
        if (!(dirFd instanceof PyInt)) {
            throw PyExceptions.typeError("argument should be integer or None, not "
                    + dirFd.type().getName());
        }
        return PathArg.fdValue(Numbers.index(dirFd));
    }

    /** {@code fn: can't specify dir_fd without matching path}, as CPython says for an fd. */
    private static void checkFdAndDirFd(String fn, PathArg p, int dirFd, boolean follow) {
        if (p.fd >= 0 && dirFd != PosixCalls.AT_FDCWD) {
            throw PyExceptions.valueError(fn + ": can't specify both dir_fd and fd");
        }
        if (p.fd >= 0 && !follow) {
            throw PyExceptions.valueError(fn + ": cannot use fd and follow_symlinks together");
        }
    }

    // CPython: Modules/posixmodule.c os_stat_impl, posix_do_stat
    @Exposed("stat($module, /, path, *, dir_fd=None, follow_symlinks=True)")
    public static PyObject stat(PyObject path, PyObject dirFd, PyObject followSymlinks) {
        PathArg p = PathArg.of(path, "stat", "path", true);
        int dir = dirFd(dirFd);
        boolean follow = Ops.isTrue(followSymlinks);
        checkFdAndDirFd("stat", p, dir, follow);
        try {
            StatBuffer b = p.fd >= 0 ? PosixCalls.fstat(p.fd) : PosixCalls.stat(dir, p.bytes,
                    follow ? 0 : PosixCalls.AT_SYMLINK_NOFOLLOW);
            return StatResults.statResult(b);
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    @Exposed("lstat($module, /, path, *, dir_fd=None)")
    public static PyObject lstat(PyObject path, PyObject dirFd) {
        PathArg p = PathArg.of(path, "lstat", "path", false);
        try {
            return StatResults.statResult(PosixCalls.stat(dirFd(dirFd), p.bytes,
                    PosixCalls.AT_SYMLINK_NOFOLLOW));
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    @Exposed("fstat($module, /, fd)")
    public static PyObject fstat(PyObject fd) {
        int n = CArgs.asInt(fd);
        try {
            return StatResults.statResult(PosixCalls.fstat(n));
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    // CPython: Modules/posixmodule.c os_listdir_impl, _posix_listdir
    @Exposed("listdir($module, /, path=None)")
    public static PyObject listdir(PyObject path) {
        PathArg p = PathArg.ofOptional(path, "listdir", "path", true, ".");
        List<ProcessCalls.DirEntryData> entries;
        try {
            entries = p.fd >= 0 ? ProcessCalls.readDirectory(null, p.fd)
                    : ProcessCalls.readDirectory(p.bytes, -1);
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
        List<PyObject> names = new ArrayList<>(entries.size());
        for (ProcessCalls.DirEntryData e : entries) {
            names.add(p.name(e.name()));
        }
        return new PyList(names);
    }

    @Exposed("scandir($module, /, path=None)")
    public static PyObject scandir(PyObject path) {
        PathArg p = PathArg.ofOptional(path, "scandir", "path", true, ".");
        try {
            List<ProcessCalls.DirEntryData> entries = p.fd >= 0
                    ? ProcessCalls.readDirectory(null, p.fd)
                    : ProcessCalls.readDirectory(p.bytes, -1);
            return new PyScandirIterator(p, entries);
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    @Exposed("mkdir($module, /, path, mode=511, *, dir_fd=None)")
    public static void mkdir(PyObject path, PyObject mode, PyObject dirFd) {
        PathArg p = PathArg.of(path, "mkdir", "path", false);
        try {
            PosixCalls.mkdir(dirFd(dirFd), p.bytes, CArgs.asInt(mode));
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    @Exposed("rmdir($module, /, path, *, dir_fd=None)")
    public static void rmdir(PyObject path, PyObject dirFd) {
        PathArg p = PathArg.of(path, "rmdir", "path", false);
        try {
            PosixCalls.unlink(dirFd(dirFd), p.bytes, PosixCalls.AT_REMOVEDIR);
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    @Exposed("unlink($module, /, path, *, dir_fd=None)")
    public static void unlink(PyObject path, PyObject dirFd) {
        PathArg p = PathArg.of(path, "unlink", "path", false);
        try {
            PosixCalls.unlink(dirFd(dirFd), p.bytes, 0);
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    @Exposed("remove($module, /, path, *, dir_fd=None)")
    public static void remove(PyObject path, PyObject dirFd) {
        PathArg p = PathArg.of(path, "remove", "path", false);
        try {
            PosixCalls.unlink(dirFd(dirFd), p.bytes, 0);
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    private static void renameImpl(String fn, PyObject src, PyObject dst, PyObject srcDirFd,
            PyObject dstDirFd) {
        PathArg s = PathArg.of(src, fn, "src", false);
        // CPython's "src and dst must be the same type" applies on Windows only (a narrow and
        // a wide path); POSIX mixes str and bytes freely
        PathArg d = PathArg.of(dst, fn, "dst", false);
        try {
            PosixCalls.rename(dirFd(srcDirFd), s.bytes, dirFd(dstDirFd), d.bytes);
        } catch (Libc.Failure f) {
            throw s.error(f, d);
        }
    }

    @Exposed("rename($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)")
    public static void rename(PyObject src, PyObject dst, PyObject srcDirFd, PyObject dstDirFd) {
        renameImpl("rename", src, dst, srcDirFd, dstDirFd);
    }

    @Exposed("replace($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)")
    public static void replace(PyObject src, PyObject dst, PyObject srcDirFd,
            PyObject dstDirFd) {
        renameImpl("replace", src, dst, srcDirFd, dstDirFd);
    }

    @Exposed("link($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None, "
            + "follow_symlinks=True)")
    public static void link(PyObject src, PyObject dst, PyObject srcDirFd, PyObject dstDirFd,
            PyObject followSymlinks) {
        PathArg s = PathArg.of(src, "link", "src", false);
        PathArg d = PathArg.of(dst, "link", "dst", false);
        try {
            PosixCalls.link(dirFd(srcDirFd), s.bytes, dirFd(dstDirFd), d.bytes,
                    Ops.isTrue(followSymlinks) ? PosixCalls.AT_SYMLINK_FOLLOW : 0);
        } catch (Libc.Failure f) {
            throw s.error(f, d);
        }
    }

    @Exposed("symlink($module, /, src, dst, target_is_directory=False, *, dir_fd=None)")
    public static void symlink(PyObject src, PyObject dst, PyObject isDirectory,
            PyObject dirFd) {
        PathArg s = PathArg.of(src, "symlink", "src", false);
        PathArg d = PathArg.of(dst, "symlink", "dst", false);
        try {
            PosixCalls.symlink(s.bytes, dirFd(dirFd), d.bytes);
        } catch (Libc.Failure f) {
            throw s.error(f, d);
        }
    }

    @Exposed("readlink($module, /, path, *, dir_fd=None)")
    public static PyObject readlink(PyObject path, PyObject dirFd) {
        PathArg p = PathArg.of(path, "readlink", "path", false);
        try {
            return p.name(PosixCalls.readlink(dirFd(dirFd), p.bytes));
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    // CPython: Modules/posixmodule.c os_chmod_impl
    @Exposed("chmod($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)")
    public static void chmod(PyObject path, PyObject mode, PyObject dirFd,
            PyObject followSymlinks) {
        PathArg p = PathArg.of(path, "chmod", "path", true);
        int dir = dirFd(dirFd);
        boolean follow = Ops.isTrue(followSymlinks);
        checkFdAndDirFd("chmod", p, dir, follow);
        try {
            if (p.fd >= 0) {
                PosixCalls.fchmod(p.fd, CArgs.asInt(mode));
            } else {
                PosixCalls.chmod(dir, p.bytes, CArgs.asInt(mode),
                        follow ? 0 : PosixCalls.AT_SYMLINK_NOFOLLOW);
            }
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    // CPython: Modules/posixmodule.c os_chown_impl
    @Exposed("chown($module, /, path, uid, gid, *, dir_fd=None, follow_symlinks=True)")
    public static void chown(PyObject path, PyObject uid, PyObject gid, PyObject dirFd,
            PyObject followSymlinks) {
        PathArg p = PathArg.of(path, "chown", "path", true);
        int u = idArg(uid, "uid");
        int g = idArg(gid, "gid");
        int dir = dirFd(dirFd);
        boolean follow = followSymlinks == null || Ops.isTrue(followSymlinks);
        checkFdAndDirFd("chown", p, dir, follow);
        try {
            if (p.fd >= 0) {
                PosixCalls.fchown(p.fd, u, g);
            } else {
                PosixCalls.chown(dir, p.bytes, u, g, follow ? 0 : PosixCalls.AT_SYMLINK_NOFOLLOW);
            }
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    // CPython: Modules/posixmodule.c os_lchown_impl
    @Exposed("lchown($module, /, path, uid, gid)")
    public static void lchown(PyObject path, PyObject uid, PyObject gid) {
        PathArg p = PathArg.of(path, "lchown", "path", false);
        int u = idArg(uid, "uid");
        int g = idArg(gid, "gid");
        try {
            PosixCalls.chown(PosixCalls.AT_FDCWD, p.bytes, u, g, PosixCalls.AT_SYMLINK_NOFOLLOW);
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    // CPython: Modules/posixmodule.c os_fchown_impl
    @Exposed("fchown($module, /, fd, uid, gid)")
    public static void fchown(PyObject fd, PyObject uid, PyObject gid) {
        int f = CArgs.asInt(fd);
        int u = idArg(uid, "uid");
        int g = idArg(gid, "gid");
        try {
            PosixCalls.fchown(f, u, g);
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    /** A uid_t or gid_t: an integer in range, or -1 for "leave unchanged". */
    // CPython: Modules/posixmodule.c _Py_Uid_Converter
    static int idArg(PyObject o, String what) {
        if (o instanceof PyFloat || o.type().lookup("__index__") == null) {
            throw PyExceptions.typeError(what + " should be integer, not " + o.type().tpName());
        }
        PyInt i = Numbers.index(o);
        if (i.isSmall() && i.longValue() == -1) {
            return -1;
        }
        if (i.signum() < 0 || (i.isSmall() && i.longValue() > 0xFFFFFFFFL)) {
            // CPython says "less than minimum" for a value that fits a long but is truncated.
            throw PyExceptions.overflowError(what + " is less than minimum");
        }
        if (!i.isSmall()) {
            throw PyExceptions.overflowError(what + " is greater than maximum");
        }
        return (int) i.longValue();
    }

    @Exposed("access($module, /, path, mode, *, dir_fd=None, effective_ids=False, "
            + "follow_symlinks=True)")
    public static boolean access(PyObject path, PyObject mode, PyObject dirFd,
            PyObject effectiveIds, PyObject followSymlinks) {
        PathArg p = PathArg.of(path, "access", "path", false);
        int flags = (Ops.isTrue(effectiveIds) ? PosixCalls.AT_EACCESS : 0)
                | (Ops.isTrue(followSymlinks) ? 0 : PosixCalls.AT_SYMLINK_NOFOLLOW);
        return PosixCalls.access(dirFd(dirFd), p.bytes, CArgs.asInt(mode), flags);
    }

    @Exposed("truncate($module, /, path, length)")
    public static void truncate(PyObject path, PyObject length) {
        PathArg p = PathArg.of(path, "truncate", "path", true);
        try {
            if (p.fd >= 0) {
                PosixCalls.ftruncate(p.fd, CArgs.asLong(length));
            } else {
                PosixCalls.truncate(p.bytes, CArgs.asLong(length));
            }
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    // CPython: Modules/posixmodule.c os_utime_impl
    @Exposed("utime($module, /, path, times=None, *, ns=<unrepresentable>, dir_fd=None, "
            + "follow_symlinks=True)")
    public static void utime(PyObject path, PyObject times, PyObject ns, PyObject dirFd,
            PyObject followSymlinks) {
        PathArg p = PathArg.of(path, "utime", "path", true);
        long[] t = null;
        if (times != PyNone.NONE && ns != null) {
            throw PyExceptions.valueError("utime: you may specify either 'times' or 'ns' but "
                    + "not both");
        }
        if (times != PyNone.NONE) {
            if (!(times instanceof PyTuple tt) || tt.size() != 2) {
                throw PyExceptions.typeError("utime: 'times' must be either a tuple of two "
                        + "ints or None");
            }
            t = new long[4];
            secondsSplit(tt.get(0), t, 0);
            secondsSplit(tt.get(1), t, 2);
        } else if (ns != null) {
            if (!(ns instanceof PyTuple nt) || nt.size() != 2) {
                throw PyExceptions.typeError("utime: 'ns' must be a tuple of two ints");
            }
            t = new long[4];
            nanosSplit(nt.get(0), t, 0);
            nanosSplit(nt.get(1), t, 2);
        }
        int dir = dirFd(dirFd);
        boolean follow = Ops.isTrue(followSymlinks);
        checkFdAndDirFd("utime", p, dir, follow);
        try {
            PosixCalls.utime(p.fd, dir, p.bytes, t,
                    follow ? 0 : PosixCalls.AT_SYMLINK_NOFOLLOW);
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    // CPython: Modules/posixmodule.c utime_impl, _PyTime_ObjectToTimespec (rounding: floor)
    private static void secondsSplit(PyObject o, long[] out, int at) {
        long[] ts = Pytime.objectToTimespec(o, Pytime.Round.FLOOR);
        out[at] = ts[0];
        out[at + 1] = ts[1];
    }

    private static void nanosSplit(PyObject o, long[] out, int at) {
        BigInteger[] qr = Numbers.index(o).bigValue().divideAndRemainder(
                BigInteger.valueOf(1_000_000_000L));
        // CPython: Modules/posixmodule.c split_py_long_to_s_and_ns, then _PyLong_AsTime_t
        long sec = Pytime.asTimeT(PyInt.of(qr[0]));
        long nanos = qr[1].longValue();
        if (nanos < 0) {
            sec -= 1;
            nanos += 1_000_000_000L;
        }
        out[at] = sec;
        out[at + 1] = nanos;
    }

    @Exposed("statvfs($module, /, path)")
    public static PyObject statvfs(PyObject path) {
        PathArg p = PathArg.of(path, "statvfs", "path", true);
        try {
            return StatResults.statvfsResult(p.fd >= 0 ? PosixCalls.statvfs(null, p.fd)
                    : PosixCalls.statvfs(p.bytes, -1));
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    @Exposed("fstatvfs($module, fd, /)")
    public static PyObject fstatvfs(PyObject fd) {
        try {
            return StatResults.statvfsResult(PosixCalls.statvfs(null, CArgs.asInt(fd)));
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    @Exposed("chdir($module, /, path)")
    public static void chdir(PyObject path) {
        PathArg p = PathArg.of(path, "chdir", "path", true);
        try {
            if (p.fd >= 0) {
                PosixCalls.fchdir(p.fd);
            } else {
                PosixCalls.chdir(p.bytes);
            }
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    @Exposed("fchdir($module, /, fd)")
    public static void fchdir(PyObject fd) {
        try {
            PosixCalls.fchdir(CArgs.asInt(fd));
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    @Exposed("getcwd($module, /)")
    public static PyObject getcwd() {
        try {
            return PathArg.decode(PosixCalls.getcwd());
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    @Exposed("getcwdb($module, /)")
    public static PyObject getcwdb() {
        try {
            return PyBytes.of(PosixCalls.getcwd());
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }
}
