package dev.krait.modules.posix;

import dev.krait.modules.sys.SysAudit;
import dev.krait.objects.CArgs;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.WritableBuffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The posix functions on file contents and special files beyond {@link FileFunctions}:
 * positioned and scattered I/O ({@code pread}, {@code pwrite}, {@code readv}, {@code writev},
 * {@code preadv}, {@code pwritev}), the kernel's copies ({@code sendfile}, which shutil uses
 * on Linux, {@code copy_file_range}, {@code splice}), {@code fchmod}, {@code fdatasync},
 * {@code mkfifo}, {@code mknod} and the device-number macros, {@code posix_fallocate},
 * {@code posix_fadvise}, {@code lockf}, {@code pathconf}, extended attributes, {@code eventfd}
 * and {@code memfd_create}. Calls that can block release the interpreter lock and are retried
 * after a signal ({@link SystemFunctions#blocking}). The C calls are in {@link FileIoCalls}.
 *
 * <p>CPython counterpart: Modules/posixmodule.c.
 */
public final class FileIoFunctions {
    private FileIoFunctions() {}

    /** pathconf's names (Linux's {@code os.pathconf_names}). */
    static final Map<String, Integer> PATHCONF_NAMES = new LinkedHashMap<>();

    static {
        String[] names = {"PC_LINK_MAX", "PC_MAX_CANON", "PC_MAX_INPUT", "PC_NAME_MAX",
            "PC_PATH_MAX", "PC_PIPE_BUF", "PC_CHOWN_RESTRICTED", "PC_NO_TRUNC", "PC_VDISABLE",
            "PC_SYNC_IO", "PC_ASYNC_IO", "PC_PRIO_IO", "PC_SOCK_MAXBUF", "PC_FILESIZEBITS",
            "PC_REC_INCR_XFER_SIZE", "PC_REC_MAX_XFER_SIZE", "PC_REC_MIN_XFER_SIZE",
            "PC_REC_XFER_ALIGN", "PC_ALLOC_SIZE_MIN", "PC_SYMLINK_MAX"};
        for (int i = 0; i < names.length; i++) {
            PATHCONF_NAMES.put(names[i], i);
        }
    }

    private static final int XATTR_SIZE_MAX = 65536;

    private static void audit(String event, PyObject... args) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = PyStr.of(event);
        System.arraycopy(args, 0, all, 1, args.length);
        SysAudit.audit(all, null);
    }

    // CPython: Modules/posixmodule.c os_fchmod_impl
    @Exposed("fchmod($module, /, fd, mode)")
    public static void fchmod(PyObject fd, PyObject mode) {
        int n = CArgs.asInt(fd);
        int m = CArgs.asInt(mode);
        SystemFunctions.blocking(() -> {
            PosixCalls.fchmod(n, m);
            return null;
        });
    }

    @Exposed("fdatasync($module, /, fd)")
    public static void fdatasync(PyObject fd) {
        int n = FileFunctions.fileDescriptor(fd);
        SystemFunctions.blocking(() -> {
            FileIoCalls.fdatasync(n);
            return null;
        });
    }

    /** Runs a call retried after a signal; its OSError names no file, as CPython's. */
    private static void retried(Runnable call) {
        SystemFunctions.blocking(() -> {
            call.run();
            return null;
        });
    }

    // CPython: Modules/posixmodule.c os_mkfifo_impl (its OSError has no filename)
    @Exposed("mkfifo($module, /, path, mode=438, *, dir_fd=None)")
    public static void mkfifo(PyObject path, PyObject mode, PyObject dirFd) {
        PathArg p = PathArg.of(path, "mkfifo", "path", false);
        int m = CArgs.asInt(mode);
        int dir = PathFunctions.dirFd(dirFd);
        retried(() -> FileIoCalls.mkfifo(dir, p.bytes, m));
    }

    // CPython: Modules/posixmodule.c os_mknod_impl
    @Exposed("mknod($module, /, path, mode=384, device=0, *, dir_fd=None)")
    public static void mknod(PyObject path, PyObject mode, PyObject device, PyObject dirFd) {
        PathArg p = PathArg.of(path, "mknod", "path", false);
        int m = CArgs.asInt(mode);
        long dev = deviceNumber(device);
        int dir = PathFunctions.dirFd(dirFd);
        retried(() -> FileIoCalls.mknod(dir, p.bytes, m, dev));
    }

    /** A dev_t argument: an int from 0 to 2**64-1. */
    // CPython: Modules/posixmodule.c _Py_Dev_Converter (PyLong_AsUnsignedLongLong)
    private static long deviceNumber(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyExceptions.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw PyExceptions.overflowError("can't convert negative int to unsigned");
        }
        if (!i.isSmall() && i.bigValue().bitLength() > 64) {
            throw PyExceptions.overflowError("int too big to convert");
        }
        return i.isSmall() ? i.longValue() : i.bigValue().longValue();
    }

    // CPython: Modules/posixmodule.c os_major_impl (glibc's gnu_dev_major)
    @Exposed("major($module, device, /)")
    public static long major(PyObject device) {
        long d = deviceNumber(device);
        return Integer.toUnsignedLong((int) (((d >>> 8) & 0xfff) | ((d >>> 32) & ~0xfffL)));
    }

    @Exposed("minor($module, device, /)")
    public static long minor(PyObject device) {
        long d = deviceNumber(device);
        return Integer.toUnsignedLong((int) ((d & 0xff) | ((d >>> 12) & ~0xffL)));
    }

    /** The dev_t of a major and a minor number, as an unsigned 64-bit int. */
    @Exposed("makedev($module, major, minor, /)")
    public static PyObject makedev(PyObject major, PyObject minor) {
        long ma = Integer.toUnsignedLong(CArgs.asInt(major));
        long mi = Integer.toUnsignedLong(CArgs.asInt(minor));
        long d = ((ma & 0xfff) << 8) | ((ma & ~0xfffL) << 32) | (mi & 0xff)
                | ((mi & ~0xffL) << 12);
        return PyInt.of(new java.math.BigInteger(Long.toUnsignedString(d)));
    }

    // CPython: Modules/posixmodule.c os_pread_impl
    @Exposed("pread($module, fd, length, offset, /)")
    public static PyObject pread(PyObject fd, PyObject length, PyObject offset) {
        int n = CArgs.asInt(fd);
        long len = CArgs.asSsizeT(length);
        long off = CArgs.asLong(offset);
        if (len < 0) {
            throw PathArg.Errors.osError(22, null, null);
        }
        int size = (int) Math.min(len, Integer.MAX_VALUE - 8);
        return PyBytes.of(SystemFunctions.blocking(() -> FileIoCalls.pread(n, size, off)));
    }

    @Exposed("pwrite($module, fd, buffer, offset, /)")
    public static long pwrite(PyObject fd, PyObject buffer, PyObject offset) {
        int n = CArgs.asInt(fd);
        byte[] data = PyBytes.requireBytesLike(buffer);
        long off = CArgs.asLong(offset);
        return SystemFunctions.blocking(() -> FileIoCalls.pwrite(n, data, off));
    }

    /** The items of readv's or writev's buffers argument, which must be a sequence. */
    private static List<PyObject> bufferList(PyObject buffers, String fn) {
        if (buffers.type().lookup("__getitem__") == null
                || buffers instanceof dev.krait.objects.PyDict) {
            throw PyExceptions.typeError(fn + "() arg 2 must be a sequence");
        }
        long n = Containers.len(buffers);
        List<PyObject> items = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            items.add(Containers.getItem(buffers, PyInt.of(i)));
        }
        return items;
    }

    /** readv/preadv: fills the writable buffers in order; returns the bytes read. */
    // CPython: Modules/posixmodule.c os_readv_impl, iov_setup (PyBUF_WRITABLE)
    private static long readInto(PyObject fd, PyObject buffers, long offset, int flags,
            String fn) {
        int n = CArgs.asInt(fd);
        List<PyObject> items = bufferList(buffers, fn);
        WritableBuffer[] targets = new WritableBuffer[items.size()];
        int[] sizes = new int[items.size()];
        for (int i = 0; i < targets.length; i++) {
            PyObject item = items.get(i);
            targets[i] = WritableBuffer.of(item);
            if (targets[i] == null) {
                if (PyBytes.bytesLikeCopy(item) != null) {
                    throw PyExceptions.of(PyExceptions.BufferError, "Object is not writable.");
                }
                throw PyExceptions.typeError("a bytes-like object is required, not '"
                        + item.type().getName() + "'");
            }
            sizes[i] = targets[i].length();
        }
        byte[] got = SystemFunctions.blocking(() -> FileIoCalls.readv(n, sizes, offset, flags));
        int at = 0;
        for (int i = 0; i < targets.length && at < got.length; i++) {
            int part = Math.min(sizes[i], got.length - at);
            targets[i].write(0, got, at, part);
            at += part;
        }
        return got.length;
    }

    private static long writeFrom(PyObject fd, PyObject buffers, long offset, int flags,
            String fn) {
        int n = CArgs.asInt(fd);
        List<PyObject> items = bufferList(buffers, fn);
        byte[][] data = new byte[items.size()][];
        for (int i = 0; i < data.length; i++) {
            data[i] = PyBytes.requireBytesLike(items.get(i));
        }
        return SystemFunctions.blocking(() -> FileIoCalls.writev(n, data, offset, flags));
    }

    @Exposed("readv($module, fd, buffers, /)")
    public static long readv(PyObject fd, PyObject buffers) {
        return readInto(fd, buffers, -1, 0, "readv");
    }

    @Exposed("writev($module, fd, buffers, /)")
    public static long writev(PyObject fd, PyObject buffers) {
        return writeFrom(fd, buffers, -1, 0, "writev");
    }

    // CPython: Modules/posixmodule.c os_preadv_impl
    @Exposed("preadv($module, fd, buffers, offset, flags=0, /)")
    public static long preadv(PyObject fd, PyObject buffers, PyObject offset, PyObject flags) {
        return readInto(fd, buffers, CArgs.asLong(offset), CArgs.asInt(flags), "preadv");
    }

    @Exposed("pwritev($module, fd, buffers, offset, flags=0, /)")
    public static long pwritev(PyObject fd, PyObject buffers, PyObject offset, PyObject flags) {
        return writeFrom(fd, buffers, CArgs.asLong(offset), CArgs.asInt(flags), "pwritev");
    }

    /** An optional offset argument: null for None. */
    private static Long optionalOffset(PyObject o) {
        return o == null || o == PyNone.NONE ? null : CArgs.asLong(o);
    }

    // CPython: Modules/posixmodule.c os_sendfile_impl (the Linux branch)
    @Exposed("sendfile($module, /, out_fd, in_fd, offset, count)")
    public static long sendfile(PyObject outFd, PyObject inFd, PyObject offset,
            PyObject count) {
        int out = CArgs.asInt(outFd);
        int in = CArgs.asInt(inFd);
        Long off = optionalOffset(offset);
        long n = CArgs.asSsizeT(count);
        return SystemFunctions.blocking(() -> FileIoCalls.sendfile(out, in, off, n));
    }

    // CPython: Modules/posixmodule.c os_copy_file_range_impl
    @Exposed("copy_file_range($module, /, src, dst, count, offset_src=None, offset_dst=None)")
    public static long copy_file_range(PyObject src, PyObject dst, PyObject count,
            PyObject offsetSrc, PyObject offsetDst) {
        return copyRange(false, src, dst, count, offsetSrc, offsetDst, null);
    }

    @Exposed("splice($module, /, src, dst, count, offset_src=None, offset_dst=None, flags=0)")
    public static long splice(PyObject src, PyObject dst, PyObject count, PyObject offsetSrc,
            PyObject offsetDst, PyObject flags) {
        return copyRange(true, src, dst, count, offsetSrc, offsetDst, flags);
    }

    /**
     * copy_file_range and splice: their arguments converted in CPython's order (flags last,
     * splice's only), then the copy with the interpreter lock released.
     */
    private static long copyRange(boolean splice, PyObject src, PyObject dst, PyObject count,
            PyObject offsetSrc, PyObject offsetDst, PyObject flags) {
        int s = CArgs.asInt(src);
        int d = CArgs.asInt(dst);
        long n = CArgs.asSsizeT(count);
        if (n < 0) {
            throw PyExceptions.valueError("negative value not allowed");
        }
        Long os = optionalOffset(offsetSrc);
        Long od = optionalOffset(offsetDst);
        int f = flags == null ? 0 : CArgs.unsignedIntMask(flags);
        return SystemFunctions.blocking(() -> FileIoCalls.copyRange(splice, s, os, d, od, n, f));
    }

    // CPython: Modules/posixmodule.c os_posix_fallocate_impl
    @Exposed("posix_fallocate($module, fd, offset, length, /)")
    public static void posix_fallocate(PyObject fd, PyObject offset, PyObject length) {
        int n = CArgs.asInt(fd);
        long off = CArgs.asLong(offset);
        long len = CArgs.asLong(length);
        SystemFunctions.blocking(() -> {
            FileIoCalls.fileSpace(false, n, off, len, 0);
            return null;
        });
    }

    @Exposed("posix_fadvise($module, fd, offset, length, advice, /)")
    public static void posix_fadvise(PyObject fd, PyObject offset, PyObject length,
            PyObject advice) {
        int n = CArgs.asInt(fd);
        long off = CArgs.asLong(offset);
        long len = CArgs.asLong(length);
        int a = CArgs.asInt(advice);
        SystemFunctions.blocking(() -> {
            FileIoCalls.fileSpace(true, n, off, len, a);
            return null;
        });
    }

    // CPython: Modules/posixmodule.c os_lockf_impl (audited as os.lockf)
    @Exposed("lockf($module, fd, command, length, /)")
    public static void lockf(PyObject fd, PyObject command, PyObject length) {
        int n = CArgs.asInt(fd);
        int c = CArgs.asInt(command);
        long len = CArgs.asLong(length);
        audit("os.lockf", fd, command, length);
        dev.krait.runtime.Gil.allowThreads(() -> {
            try {
                FileIoCalls.lockf(n, c, len);
            } catch (Libc.Failure f) {
                throw PathArg.Errors.osError(f);
            }
            return null;
        });
    }

    // CPython: Modules/posixmodule.c os_pathconf_impl
    @Exposed("pathconf($module, /, path, name)")
    public static long pathconf(PyObject path, PyObject name) {
        PathArg p = PathArg.of(path, "pathconf", "path", true);
        int n = ProcessFunctions.confName(name, PATHCONF_NAMES);
        try {
            return FileIoCalls.pathconf(p.fd >= 0 ? null : p.bytes, p.fd, n);
        } catch (Libc.Failure f) {
            // EINVAL could be the path's or the name's fault: no file name then
            throw f.errno == 22 ? PathArg.Errors.osError(f) : p.error(f);
        }
    }

    @Exposed("fpathconf($module, fd, name, /)")
    public static long fpathconf(PyObject fd, PyObject name) {
        int f = FileFunctions.fileDescriptor(fd);
        int n = ProcessFunctions.confName(name, PATHCONF_NAMES);
        try {
            return FileIoCalls.pathconf(null, f, n);
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    private static FileIoCalls.XattrTarget xattrTarget(String fn, PathArg p,
            PyObject followSymlinks) {
        boolean follow = followSymlinks == null || Ops.isTrue(followSymlinks);
        if (p.fd >= 0 && !follow) {
            throw PyExceptions.valueError(fn + ": cannot use fd and follow_symlinks together");
        }
        return new FileIoCalls.XattrTarget(p.bytes, p.fd, follow);
    }

    // CPython: Modules/posixmodule.c os_getxattr_impl
    @Exposed("getxattr($module, /, path, attribute, *, follow_symlinks=True)")
    public static PyObject getxattr(PyObject path, PyObject attribute, PyObject followSymlinks) {
        PathArg p = PathArg.of(path, "getxattr", "path", true);
        PathArg a = PathArg.of(attribute, "getxattr", "attribute", false);
        FileIoCalls.XattrTarget t = xattrTarget("getxattr", p, followSymlinks);
        audit("os.getxattr", p.object, a.object);
        for (int size : new int[] {128, XATTR_SIZE_MAX}) {
            try {
                byte[] v = dev.krait.runtime.Gil.allowThreads(() -> FileIoCalls.getxattr(t,
                        a.bytes, size));
                if (v != null) {
                    return PyBytes.of(v);
                }
            } catch (Libc.Failure f) {
                throw p.error(f);
            }
        }
        throw p.error(new Libc.Failure(34));
    }

    @Exposed("setxattr($module, /, path, attribute, value, flags=0, *, follow_symlinks=True)")
    public static void setxattr(PyObject path, PyObject attribute, PyObject value,
            PyObject flags, PyObject followSymlinks) {
        PathArg p = PathArg.of(path, "setxattr", "path", true);
        PathArg a = PathArg.of(attribute, "setxattr", "attribute", false);
        byte[] v = PyBytes.requireBytesLike(value);
        int f = CArgs.asInt(flags);
        FileIoCalls.XattrTarget t = xattrTarget("setxattr", p, followSymlinks);
        audit("os.setxattr", p.object, a.object, value, flags);
        try {
            dev.krait.runtime.Gil.allowThreads(() -> {
                FileIoCalls.setxattr(t, a.bytes, v, f);
                return null;
            });
        } catch (Libc.Failure e) {
            throw p.error(e);
        }
    }

    @Exposed("listxattr($module, /, path=None, *, follow_symlinks=True)")
    public static PyObject listxattr(PyObject path, PyObject followSymlinks) {
        PathArg p = PathArg.ofOptional(path, "listxattr", "path", true, ".");
        FileIoCalls.XattrTarget t = xattrTarget("listxattr", p, followSymlinks);
        audit("os.listxattr", path == null ? PyNone.NONE : path);
        for (int size : new int[] {256, XATTR_SIZE_MAX}) {
            byte[] names;
            try {
                names = dev.krait.runtime.Gil.allowThreads(() -> FileIoCalls.listxattr(t, size));
            } catch (Libc.Failure f) {
                throw p.error(f);
            }
            if (names == null) {
                continue;
            }
            List<PyObject> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < names.length; i++) {
                if (names[i] == 0) {
                    out.add(PathArg.decode(java.util.Arrays.copyOfRange(names, start, i)));
                    start = i + 1;
                }
            }
            return new PyList(out);
        }
        throw p.error(new Libc.Failure(34));
    }

    @Exposed("removexattr($module, /, path, attribute, *, follow_symlinks=True)")
    public static void removexattr(PyObject path, PyObject attribute, PyObject followSymlinks) {
        PathArg p = PathArg.of(path, "removexattr", "path", true);
        PathArg a = PathArg.of(attribute, "removexattr", "attribute", false);
        FileIoCalls.XattrTarget t = xattrTarget("removexattr", p, followSymlinks);
        audit("os.removexattr", p.object, a.object);
        try {
            dev.krait.runtime.Gil.allowThreads(() -> {
                FileIoCalls.removexattr(t, a.bytes);
                return null;
            });
        } catch (Libc.Failure e) {
            throw p.error(e);
        }
    }

    // CPython: Modules/posixmodule.c os_eventfd_impl
    @Exposed("eventfd($module, /, initval, flags=EFD_CLOEXEC)")
    public static long eventfd(PyObject initval, PyObject flags) {
        int v = (int) CArgs.unsignedIntConverter(initval);
        int f = flags == null ? 0x80000 : CArgs.asInt(flags);
        try {
            return FileIoCalls.eventfd(v, f);
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    /** eventfd_read: the 8-byte counter read from the descriptor. */
    @Exposed("eventfd_read($module, /, fd)")
    public static PyObject eventfd_read(PyObject fd) {
        int n = FileFunctions.fileDescriptor(fd);
        byte[] b = new byte[8];
        int got = SystemFunctions.blocking(() -> PosixCalls.read(n, b, 0, 8));
        if (got != 8) {
            throw PathArg.Errors.osError(22, null, null);
        }
        long v = ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).getLong();
        return PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)));
    }

    @Exposed("eventfd_write($module, /, fd, value)")
    public static void eventfd_write(PyObject fd, PyObject value) {
        int n = FileFunctions.fileDescriptor(fd);
        long v = CArgs.unsignedLongLongConverter(value);
        byte[] b = new byte[8];
        ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).putLong(v);
        SystemFunctions.blocking(() -> PosixCalls.write(n, b, 0, 8));
    }

    // CPython: Modules/posixmodule.c os_memfd_create_impl
    @Exposed("memfd_create($module, /, name, flags=MFD_CLOEXEC)")
    public static long memfd_create(PyObject name, PyObject flags) {
        byte[] n = SpawnFunctions.fsConvert(name);
        int f = flags == null ? 1 : CArgs.unsignedIntMask(flags);
        try {
            return FileIoCalls.memfdCreate(n, f);
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }
}
