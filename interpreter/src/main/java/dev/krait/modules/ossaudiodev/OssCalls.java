package dev.krait.modules.ossaudiodev;

import dev.krait.modules.fcntl.CCalls;
import dev.krait.modules.fcntl.FcntlCalls;
import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.PosixCalls;
import dev.krait.modules.signal.SignalState;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Gil;
import dev.krait.runtime.ThreadState;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * What both OSS device types share: opening a device file as CPython's {@code _Py_open} does,
 * the ioctls on an {@code int} (the driver writes back what it set), reading and writing with
 * CPython's {@code _Py_read}/{@code _Py_write} retries, the module's {@code OSSAudioError}, and
 * {@code PyArg_ParseTuple}'s argument-count messages for the methods CPython declares
 * {@code METH_VARARGS}.
 *
 * <p>CPython counterpart: Modules/ossaudiodev.c ({@code _do_ioctl_1}, {@code _is_fd_valid}),
 * Python/fileutils.c ({@code _Py_open}, {@code _Py_read}, {@code _Py_write}).
 */
final class OssCalls {
    private OssCalls() {
    }

    static final int O_RDONLY = 0;
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_NONBLOCK = 04000;
    private static final int AT_FDCWD = -100;
    private static final int F_SETFL = 4;
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;
    private static final int POLLOUT = 4;
    /** select()'s limit on descriptors, which CPython's writeall checks. */
    private static final int FD_SETSIZE = 1024;

    /** Closes the descriptor of a device dropped unclosed (CPython's dealloc does). */
    static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    private static final class Poll {
        static final MethodHandle H = Libc.errnoCall("poll",
                FunctionDescriptor.of(Libc.INT, Libc.PTR, Libc.LONG, Libc.INT));
    }

    /** The module's exception class, per interpreter. */
    static final class State {
        final PyType error;

        State() {
            // CPython: PyErr_NewException("ossaudiodev.OSSAudioError", NULL, NULL)
            dev.krait.objects.PyDict ns = new dev.krait.objects.PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("ossaudiodev"));
            error = (PyType) Ops.call(PyType.TYPE, PyStr.of("OSSAudioError"),
                    PyTuple.of(PyExceptions.Exception), ns);
        }
    }

    static PyType errorType() {
        return ThreadState.current().interpreter.state(State.class, State::new).error;
    }

    /** OSSAudioError with a message. */
    static PyException error(String message) {
        return ((PyBaseException) Ops.call(errorType(), PyStr.of(message))).raise();
    }

    /**
     * Opens {@code path} (O_CLOEXEC added, retried after a signal); a failure raises the OSError
     * naming the file.
     */
    // CPython: Python/fileutils.c _Py_open
    static int open(String path, int flags) {
        byte[] name = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        while (true) {
            try {
                return Gil.allowThreads(() -> PosixCalls.open(AT_FDCWD, name,
                        flags | PosixCalls.O_CLOEXEC, 0));
            } catch (Libc.Failure f) {
                if (f.errno != EINTR) {
                    throw f.toOSError(PyStr.of(path));
                }
                SignalState.checkSignals();
            }
        }
    }

    /** Puts a descriptor opened non-blocking back into blocking mode. */
    static void setBlocking(int fd) {
        FcntlCalls.fcntl(fd, F_SETFL, 0);
    }

    static void close(int fd) {
        try {
            PosixCalls.close(fd);
        } catch (Libc.Failure e) {
            // CPython's oss_close ignores close()'s result.
        }
    }

    /** {@code ioctl(fd, request, &value)}: answers what the driver left in {@code value}. */
    static int ioctlInt(int fd, int request, int value) {
        byte[] b = new byte[4];
        ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).putInt(value);
        FcntlCalls.ioctl(fd, request, b);
        return ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).getInt();
    }

    /** {@code ioctl(fd, request, &s)} on a struct of {@code ints} C ints, as Java ints. */
    static int[] ioctlInts(int fd, int request, int ints) {
        byte[] b = new byte[4 * ints];
        FcntlCalls.ioctl(fd, request, b);
        int[] out = new int[ints];
        ByteBuffer in = ByteBuffer.wrap(b).order(ByteOrder.nativeOrder());
        for (int i = 0; i < ints; i++) {
            out[i] = in.getInt();
        }
        return out;
    }

    /** An ioctl whose argument is unused (0), which may block: run without the lock. */
    static void ioctlBlocking(int fd, int request) {
        Gil.allowThreads(() -> FcntlCalls.ioctl(fd, request, 0));
    }

    /** The OSError for a failed call (CPython's PyErr_SetFromErrno). */
    static PyException osError(Libc.Failure f) {
        if (f.errno == 0) {
            // CPython: Python/errors.c names errno 0 "Error"
            return ((PyBaseException) Ops.call(PyExceptions.OSError, PyInt.of(0),
                    PyStr.of("Error"))).raise();
        }
        return CCalls.osError(f);
    }

    /** read(2) of up to {@code size} bytes, retried after a signal. */
    // CPython: Python/fileutils.c _Py_read
    static byte[] read(int fd, int size) {
        byte[] buf = new byte[size];
        int n = CCalls.retrying(() -> Gil.allowThreads(() -> PosixCalls.read(fd, buf, 0, size)));
        return n == size ? buf : java.util.Arrays.copyOf(buf, n);
    }

    /** write(2) of {@code b[off, off+len)}, retried after a signal; answers the count. */
    // CPython: Python/fileutils.c _Py_write
    static int write(int fd, byte[] b, int off, int len) {
        return CCalls.retrying(() -> Gil.allowThreads(() -> PosixCalls.write(fd, b, off, len)));
    }

    /**
     * Writes all of {@code b}, waiting for the device to take more whenever it is full (a
     * non-blocking device).
     */
    // CPython: Modules/ossaudiodev.c oss_writeall
    static void writeAll(int fd, byte[] b) {
        if (fd >= FD_SETSIZE) {
            throw PyExceptions.valueError("file descriptor out of range for select");
        }
        int off = 0;
        while (off < b.length) {
            waitWritable(fd);
            int from = off;
            try {
                off += Gil.allowThreads(() -> PosixCalls.write(fd, b, from, b.length - from));
            } catch (Libc.Failure f) {
                if (f.errno == EINTR) {
                    SignalState.checkSignals();
                } else if (f.errno != EAGAIN) {
                    throw osError(f);
                }
                // The device is full again: wait for it (CPython: "try again").
            }
        }
    }

    /** Blocks until {@code fd} can be written (CPython waits in select()). */
    private static void waitWritable(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pfd = arena.allocate(8);
            pfd.set(ValueLayout.JAVA_INT, 0, fd);
            pfd.set(ValueLayout.JAVA_SHORT, 4, (short) POLLOUT);
            int r = Gil.allowThreads(() -> {
                try {
                    return (int) Poll.H.invokeExact(Libc.state(), pfd, 1L, -1);
                } catch (Throwable t) {
                    throw Libc.internal(t);
                }
            });
            if (r == -1) {
                throw osError(new Libc.Failure(Libc.lastErrno()));
            }
        }
    }

    /** Raises CPython's ValueError for a device already closed. */
    // CPython: Modules/ossaudiodev.c _is_fd_valid
    static void checkOpen(int fd) {
        if (fd < 0) {
            throw PyExceptions.valueError("Operation on closed OSS device.");
        }
    }

    /** A METH_VARARGS method or function refuses keywords, naming itself bare. */
    // CPython: Objects/descrobject.c method_vectorcall_VARARGS
    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError(name + "() takes no keyword arguments");
        }
    }

    /**
     * PyArg_ParseTuple's count check: {@code name} null for a format without ":name", whose
     * message says "function".
     */
    // CPython: Python/getargs.c vgetargs1_impl
    static void count(String name, PyObject[] args, int min, int max) {
        int n = args.length;
        if (n >= min && n <= max) {
            return;
        }
        int bound = n < min ? min : max;
        throw PyExceptions.typeError((name == null ? "function" : name + "()") + " takes "
                + (min == max ? "exactly" : n < min ? "at least" : "at most") + " " + bound
                + " argument" + (bound == 1 ? "" : "s") + " (" + n + " given)");
    }
}
