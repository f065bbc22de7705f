package dev.krait.modules.io;

import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.PosixCalls;
import dev.krait.modules.posix.StatBuffer;
import dev.krait.objects.PyException;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.StrCodecs;

/**
 * File descriptors as {@code _io} uses them: the C library's own, reached through the Foreign
 * Function and Memory API ({@link PosixCalls}).
 *
 * <p>Why real descriptors rather than a table of Java channels: a descriptor is a process
 * resource that Python code passes around as a number — {@code os.open} then {@code open(fd)},
 * {@code os.pipe} then {@code os.fdopen}, {@code os.dup2(fd, 1)} to redirect output, a child
 * process inheriting 0–2 or a pipe end. With the C library's descriptors every one of those
 * agrees with the operating system, and {@code os.read}/{@code os.write}/{@code os.close} and
 * {@code FileIO} need no shared bookkeeping: the kernel is the table. The cost is that
 * {@code _io} depends on native access ({@code --enable-native-access}, which bin/krait and
 * the jar's manifest grant) and on Linux's struct layouts.
 *
 * <p>This class turns the C library's failures into the OSErrors CPython raises (errno,
 * strerror from the C library, and the file name when one applies).
 */
final class FileDescriptors {
    private FileDescriptors() {}

    static final int SEEK_SET = 0;
    static final int SEEK_CUR = 1;
    static final int SEEK_END = 2;
    static final int EAGAIN = 11;

    /** open(2) of a path given as a str (surrogateescape-decoded), non-inheritable. */
    static int open(String path, int flags, int mode, PyObject name) {
        byte[] b = StrCodecs.encode(PyStr.of(path), StrCodecs.Codec.UTF8, "surrogateescape");
        try {
            return PosixCalls.open(PosixCalls.AT_FDCWD, b, flags | PosixCalls.O_CLOEXEC, mode);
        } catch (Libc.Failure f) {
            throw error(f, name);
        }
    }

    static StatBuffer fstat(int fd) {
        try {
            return PosixCalls.fstat(fd);
        } catch (Libc.Failure f) {
            throw error(f, null);
        }
    }

    /**
     * One read(2); -1 when a non-blocking descriptor has nothing (EAGAIN). Other threads run
     * while it waits (CPython: _Py_read's Py_BEGIN_ALLOW_THREADS): a pipe may need another
     * thread to write before it returns; and signals are acted on ({@code InputWait}) while a
     * descriptor that {@code mayWait} (not a regular file) waits for input.
     */
    static int read(int fd, byte[] buf, int off, int len, boolean mayWait) {
        try {
            if (mayWait) {
                dev.krait.modules.posix.InputWait.untilReadable(fd);
            }
            return dev.krait.runtime.Gil.allowThreads(() -> PosixCalls.read(fd, buf, off, len));
        } catch (Libc.Failure f) {
            if (f.errno == EAGAIN) {
                return -1;
            }
            throw error(f, null);
        }
    }

    /** One write(2), with other threads running; -1 when a non-blocking descriptor is full
     *  (EAGAIN). */
    static int write(int fd, byte[] buf, int off, int len) {
        try {
            return dev.krait.runtime.Gil.allowThreads(() -> PosixCalls.write(fd, buf, off, len));
        } catch (Libc.Failure f) {
            if (f.errno == EAGAIN) {
                return -1;
            }
            throw error(f, null);
        }
    }

    static long lseek(int fd, long offset, int whence) {
        try {
            return PosixCalls.lseek(fd, offset, whence);
        } catch (Libc.Failure f) {
            throw error(f, null);
        }
    }

    /** lseek that answers -1 instead of failing (seekable(), opening in append mode). */
    static long tryLseek(int fd, long offset, int whence) {
        try {
            return PosixCalls.lseek(fd, offset, whence);
        } catch (Libc.Failure f) {
            return -1;
        }
    }

    static void ftruncate(int fd, long length) {
        try {
            PosixCalls.ftruncate(fd, length);
        } catch (Libc.Failure f) {
            throw error(f, null);
        }
    }

    static boolean isatty(int fd) {
        return PosixCalls.isatty(fd);
    }

    static void close(int fd) {
        try {
            PosixCalls.close(fd);
        } catch (Libc.Failure f) {
            throw error(f, null);
        }
    }

    static PyException error(Libc.Failure f, PyObject filename) {
        return f.toOSError(filename);
    }
}
