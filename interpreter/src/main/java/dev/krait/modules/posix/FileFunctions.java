package dev.krait.modules.posix;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import java.util.Arrays;

/**
 * The posix functions on file descriptors: {@code open}, {@code read}, {@code write},
 * {@code close}, {@code lseek}, {@code dup}/{@code dup2}, {@code pipe}, inheritance and
 * blocking flags, {@code isatty}, {@code fsync}, {@code ftruncate}, the terminal size. The
 * descriptors are the C library's ({@link PosixCalls}), the same numbers {@code _io.FileIO}
 * uses. New descriptors are non-inheritable (O_CLOEXEC), as PEP 446 makes them in CPython.
 *
 * <p>CPython counterpart: Modules/posixmodule.c (os_open_impl, os_read_impl, ...).
 */
public final class FileFunctions {
    private FileFunctions() {}

    /** An object's descriptor: an int, or what its fileno() returns (fsync's argument). */
    // CPython: Objects/fileobject.c PyObject_AsFileDescriptor
    static int fileDescriptor(PyObject o) {
        int fd;
        if (o instanceof PyInt) {
            fd = CArgs.asInt(o);
        } else {
            PyObject fileno = dev.krait.objects.Attributes.lookupAttrOrNull(o, "fileno");
            if (fileno == null) {
                throw PyExceptions.typeError("argument must be an int, or have a fileno() "
                        + "method.");
            }
            PyObject r = Ops.call(fileno);
            if (!(r instanceof PyInt)) {
                throw PyExceptions.typeError("fileno() returned a non-integer");
            }
            fd = CArgs.asInt(r);
        }
        if (fd < 0) {
            throw PyExceptions.valueError("file descriptor cannot be a negative integer ("
                    + fd + ")");
        }
        return fd;
    }

    // CPython: Modules/posixmodule.c os_open_impl
    @Exposed("open($module, /, path, flags, mode=511, *, dir_fd=None)")
    public static long open(PyObject path, PyObject flags, PyObject mode, PyObject dirFd) {
        PathArg p = PathArg.of(path, "open", "path", false);
        int f = CArgs.asInt(flags) | PosixCalls.O_CLOEXEC;
        dev.krait.runtime.Audit.audit("open", p.object, dev.krait.objects.PyNone.NONE,
                dev.krait.objects.PyInt.of(f));
        try {
            return PosixCalls.open(PathFunctions.dirFd(dirFd), p.bytes, f,
                    CArgs.asInt(mode));
        } catch (Libc.Failure e) {
            throw p.error(e);
        }
    }

    @Exposed("close($module, /, fd)")
    public static void close(PyObject fd) {
        try {
            PosixCalls.close(CArgs.asInt(fd));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    @Exposed("closerange($module, fd_low, fd_high, /)")
    public static void closerange(PyObject low, PyObject high) {
        int hi = CArgs.asInt(high);
        for (int i = Math.max(CArgs.asInt(low), 0); i < hi; i++) {
            try {
                PosixCalls.close(i);
            } catch (Libc.Failure e) {
                // CPython ignores errors here: most numbers in the range are not open.
            }
        }
    }

    // CPython: Modules/posixmodule.c os_read_impl
    @Exposed("read($module, fd, length, /)")
    public static PyObject read(PyObject fd, PyObject length) {
        int n = CArgs.asInt(fd);
        long len = CArgs.asSsizeT(length);
        if (len < 0) {
            throw PathArg.Errors.osError(22, null, null);
        }
        byte[] buf = new byte[(int) Math.min(len, Integer.MAX_VALUE - 8)];
        try {
            // other threads run while it waits (CPython: _Py_read's Py_BEGIN_ALLOW_THREADS),
            // and signals are acted on
            InputWait.untilReadable(n);
            int got = dev.krait.runtime.Gil.allowThreads(() -> PosixCalls.read(n, buf, 0,
                    buf.length));
            return PyBytes.of(got == buf.length ? buf : Arrays.copyOf(buf, got));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    @Exposed("write($module, fd, data, /)")
    public static long write(PyObject fd, PyObject data) {
        int n = CArgs.asInt(fd);
        byte[] b = PyBytes.requireBytesLike(data);
        try {
            return dev.krait.runtime.Gil.allowThreads(() -> PosixCalls.write(n, b, 0,
                    b.length));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    @Exposed("lseek($module, fd, position, whence, /)")
    public static long lseek(PyObject fd, PyObject position, PyObject how) {
        try {
            return PosixCalls.lseek(CArgs.asInt(fd), CArgs.asLong(position),
                    CArgs.asInt(how));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    @Exposed("dup($module, fd, /)")
    public static long dup(PyObject fd) {
        try {
            return PosixCalls.dup(CArgs.asInt(fd));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    @Exposed("dup2($module, /, fd, fd2, inheritable=True)")
    public static long dup2(PyObject fd, PyObject fd2, PyObject inheritable) {
        try {
            return PosixCalls.dup2(CArgs.asInt(fd), CArgs.asInt(fd2), Ops.isTrue(inheritable));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    @Exposed("pipe($module, /)")
    public static PyObject pipe() {
        return pipe2(PyInt.of(0));
    }

    @Exposed("pipe2($module, flags, /)")
    public static PyObject pipe2(PyObject flags) {
        try {
            int[] fds = PosixCalls.pipe(CArgs.asInt(flags) | PosixCalls.O_CLOEXEC);
            return PyTuple.of(PyInt.of(fds[0]), PyInt.of(fds[1]));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    // CPython: Modules/posixmodule.c os_openpty_impl
    @Exposed(value = "openpty($module, /)", doc = "Open a pseudo-terminal.\n\nReturn a tuple "
            + "of (master_fd, slave_fd) containing open file descriptors\nfor both the master "
            + "and slave ends.")
    public static PyObject openpty() {
        try {
            int[] fds = PosixCalls.openpty();
            return PyTuple.of(PyInt.of(fds[0]), PyInt.of(fds[1]));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    @Exposed("isatty($module, fd, /)")
    public static boolean isatty(PyObject fd) {
        return PosixCalls.isatty(CArgs.asInt(fd));
    }

    @Exposed("fsync($module, /, fd)")
    public static void fsync(PyObject fd) {
        try {
            PosixCalls.fsync(fileDescriptor(fd));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    @Exposed("ftruncate($module, fd, length, /)")
    public static void ftruncate(PyObject fd, PyObject length) {
        try {
            PosixCalls.ftruncate(CArgs.asInt(fd), CArgs.asLong(length));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    @Exposed("get_inheritable($module, fd, /)")
    public static boolean get_inheritable(PyObject fd) {
        try {
            return PosixCalls.getInheritable(CArgs.asInt(fd));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    @Exposed("set_inheritable($module, fd, inheritable, /)")
    public static void set_inheritable(PyObject fd, PyObject inheritable) {
        try {
            PosixCalls.setInheritable(CArgs.asInt(fd), Ops.isTrue(inheritable));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    @Exposed("get_blocking($module, fd, /)")
    public static boolean get_blocking(PyObject fd) {
        try {
            return PosixCalls.getBlocking(CArgs.asInt(fd));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    @Exposed("set_blocking($module, fd, blocking, /)")
    public static void set_blocking(PyObject fd, PyObject blocking) {
        try {
            PosixCalls.setBlocking(CArgs.asInt(fd), Ops.isTrue(blocking));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    /** 'UTF-8' for a terminal (Krait runs as under a UTF-8 locale), else None. */
    @Exposed("device_encoding($module, /, fd)")
    public static PyObject device_encoding(PyObject fd) {
        return PosixCalls.isatty(CArgs.asInt(fd)) ? PyStr.of("UTF-8") : PyNone.NONE;
    }

    @Exposed("get_terminal_size($module, fd=<unrepresentable>, /)")
    public static PyObject get_terminal_size(PyObject fd) {
        try {
            int[] size = ProcessCalls.terminalSize(fd == null ? 1 : CArgs.asInt(fd));
            return dev.krait.modules.sys.PyStructSequence.make(StatResults.TERMINAL_SIZE,
                    PyInt.of(size[0]), PyInt.of(size[1]));
        } catch (Libc.Failure e) {
            throw PathArg.Errors.osError(e);
        }
    }

    @Exposed("urandom($module, size, /)")
    public static PyObject urandom(PyObject size) {
        long n = CArgs.asSsizeT(size);
        if (n < 0) {
            throw PyExceptions.valueError("negative argument not allowed");
        }
        byte[] b = new byte[(int) n];
        dev.krait.hashing.HashSecret.urandom(b);
        return PyBytes.of(b);
    }
}
