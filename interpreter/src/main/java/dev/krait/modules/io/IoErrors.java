package dev.krait.modules.io;

import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyOSError;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The errors of the I/O layer, made as CPython makes them: {@code io.UnsupportedOperation}
 * (both an OSError and a ValueError), "I/O operation on closed file.", and OSErrors whose
 * subclass, {@code errno} and {@code strerror} follow the C library's (CPython picks the
 * subclass from errno: ENOENT gives FileNotFoundError, and so on). Java reports file-system
 * failures as typed exceptions or reason strings, which are mapped back to errno here.
 *
 * <p>CPython counterpart: Modules/_io/_iomodule.c (UnsupportedOperation),
 * Objects/exceptions.c (errno to subclass) and Python/errors.c
 * PyErr_SetFromErrnoWithFilenameObject.
 */
public final class IoErrors {
    private IoErrors() {}

    /** {@code io.UnsupportedOperation}: a subclass of OSError and ValueError. */
    public static final PyType UnsupportedOperation = PyType.sharedLayout("UnsupportedOperation",
            PyExceptions.OSError, PyExceptions.ValueError).withModule("io").asRuntimeClass();

    public static final int ENOENT = 2;
    public static final int EBADF = 9;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ENOSPC = 28;
    public static final int ESPIPE = 29;
    public static final int ENOTEMPTY = 39;
    public static final int EINTR = 4;
    public static final int EAGAIN = 11;
    public static final int EMFILE = 24;
    public static final int EROFS = 30;
    public static final int EPIPE = 32;
    public static final int ENAMETOOLONG = 36;
    public static final int ELOOP = 40;

    /** The errnos recognised in Java's failure reasons, by their C library text. */
    private static final int[] KNOWN = {ENOENT, EBADF, EACCES, EEXIST, ENOTDIR, EISDIR, EINVAL,
        ENOSPC, ESPIPE, ENOTEMPTY, EINTR, EAGAIN, EMFILE, EROFS, EPIPE, ENAMETOOLONG, ELOOP};

    public static PyException unsupported(String what) {
        return PyExceptions.of(UnsupportedOperation, what);
    }

    /** BlockingIOError(EAGAIN, ..., written), as a buffered write that could not finish. */
    // CPython: Modules/_io/bufferedio.c _set_BlockingIOError
    static PyException writeWouldBlock(int written) {
        return ((PyBaseException) dev.krait.objects.Ops.call(PyExceptions.BlockingIOError,
                PyInt.of(EAGAIN), PyStr.of("write could not complete without blocking"),
                PyInt.of(written))).raise();
    }

    public static PyException closedFile() {
        return PyExceptions.valueError("I/O operation on closed file.");
    }

    /** The C library's message for an errno (glibc's text, which CPython shows). */
    static String strerror(int errno) {
        return switch (errno) {
            case ENOENT -> "No such file or directory";
            case EBADF -> "Bad file descriptor";
            case EACCES -> "Permission denied";
            case EEXIST -> "File exists";
            case ENOTDIR -> "Not a directory";
            case EISDIR -> "Is a directory";
            case EINVAL -> "Invalid argument";
            case ENOSPC -> "No space left on device";
            case ESPIPE -> "Illegal seek";
            case ENOTEMPTY -> "Directory not empty";
            case EINTR -> "Interrupted system call";
            case EAGAIN -> "Resource temporarily unavailable";
            case EMFILE -> "Too many open files";
            case EROFS -> "Read-only file system";
            case EPIPE -> "Broken pipe";
            case ENAMETOOLONG -> "File name too long";
            case ELOOP -> "Too many levels of symbolic links";
            default -> "Input/output error";
        };
    }

    /** The OSError subclass CPython raises for an errno. */
    // CPython: Objects/exceptions.c _PyExc_InitState (the errno map)
    static PyType typeFor(int errno) {
        return switch (errno) {
            case ENOENT -> PyExceptions.FileNotFoundError;
            case EACCES -> PyExceptions.PermissionError;
            case EEXIST -> PyExceptions.FileExistsError;
            case ENOTDIR -> PyExceptions.NotADirectoryError;
            case EISDIR -> PyExceptions.IsADirectoryError;
            case EINTR -> PyExceptions.InterruptedError;
            case EAGAIN -> PyExceptions.BlockingIOError;
            case EPIPE -> PyExceptions.BrokenPipeError;
            default -> PyExceptions.OSError;
        };
    }

    /**
     * {@code OSError(errno, strerror[, filename])}: args hold the first two, as CPython's do,
     * and str() is {@code [Errno 2] No such file or directory: 'x'}.
     */
    public static PyException osError(int errno, PyObject filename) {
        return osError(errno, strerror(errno), filename);
    }

    public static PyException osError(int errno, String strerror, PyObject filename) {
        return PyOSError.of(typeFor(errno), errno, strerror, filename).raise();
    }

    /** The errno a Java I/O failure stands for. */
    static int errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        } else if (e instanceof AccessDeniedException) {
            return EACCES;
        } else if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        } else if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        } else if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason != null) {
            for (int errno : KNOWN) {
                if (reason.contains(strerror(errno))) {
                    return errno;
                }
            }
        }
        return 5;
    }

    /** The OSError for a Java I/O failure on {@code filename} (null when none applies). */
    public static PyException fromIOException(IOException e, PyObject filename) {
        int errno = errnoOf(e);
        String message = errno == 5 && e.getMessage() != null ? strerror(5) : strerror(errno);
        return osError(errno, message, filename);
    }
}
