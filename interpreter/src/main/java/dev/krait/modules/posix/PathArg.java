package dev.krait.modules.posix;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.WarningsMachinery;

/**
 * A path argument of a posix function converted as CPython's {@code path_converter} does: a
 * str (encoded with the file system encoding, UTF-8 with surrogateescape), bytes, an
 * {@code os.PathLike}, or (where the function allows it) an open file descriptor. It keeps the
 * object the caller passed, which OSError reports as {@code filename}, and whether the path was
 * bytes, in which case names a function returns are bytes too.
 *
 * <p>CPython counterpart: Modules/posixmodule.c {@code path_converter}, {@code path_t}.
 */
final class PathArg {
    /** The object passed, for error messages ({@code filename}). */
    final PyObject object;
    /** The encoded path, or null when the argument was a file descriptor. */
    final byte[] bytes;
    /** The descriptor given instead of a path, or -1. */
    final int fd;
    /** The caller passed bytes (or a PathLike returning bytes). */
    final boolean isBytes;

    private PathArg(PyObject object, byte[] bytes, int fd, boolean isBytes) {
        this.object = object;
        this.bytes = bytes;
        this.fd = fd;
        this.isBytes = isBytes;
    }

    /** Converts argument {@code argName} of function {@code fn}; {@code allowFd} admits ints. */
    static PathArg of(PyObject o, String fn, String argName, boolean allowFd) {
        return of(o, fn, argName, allowFd, false);
    }

    // CPython: Modules/posixmodule.c path_converter
    private static PathArg of(PyObject o, String fn, String argName, boolean allowFd,
            boolean nullable) {
        if (allowFd && o instanceof PyInt i) {
            return new PathArg(o, null, fdValue(i), false);
        }
        PyObject p = o;
        if (!(p instanceof PyStr) && !(p instanceof PyBytes)) {
            PyObject fspath = p.type().lookup("__fspath__");
            String should = fn + ": " + argName + " should be " + (allowFd && nullable
                    ? "string, bytes, os.PathLike, integer or None"
                    : allowFd ? "string, bytes, os.PathLike or integer"
                    : nullable ? "string, bytes, os.PathLike or None"
                    : "string, bytes or os.PathLike") + ", not " + p.type().getName();
            if (fspath == null) {
                // Other bytes-like objects are still accepted, deprecated since 3.6.
                byte[] buffer = PyBytes.bytesLikeCopy(p);
                if (buffer == null) {
                    throw PyExceptions.typeError(should);
                }
                WarningsMachinery.warn(PyStr.of(should), PyExceptions.DeprecationWarning, 1,
                        null);
                return checked(o, fn, argName, buffer, true);
            }
            p = Ops.callDescriptor(fspath, o);
            if (!(p instanceof PyStr) && !(p instanceof PyBytes)) {
                throw PyExceptions.typeError("expected " + o.type().getName()
                        + ".__fspath__() to return str or bytes, not " + p.type().getName());
            }
        }
        byte[] b;
        boolean isBytes = p instanceof PyBytes;
        if (p instanceof PyBytes pb) {
            b = java.util.Arrays.copyOf(pb.array(), pb.size());
        } else {
            b = encode((PyStr) p);
        }
        return checked(o, fn, argName, b, isBytes);
    }

    private static PathArg checked(PyObject o, String fn, String argName, byte[] b,
            boolean isBytes) {
        for (byte x : b) {
            if (x == 0) {
                // CPython: PyUnicode_FSConverter for str, path_converter for bytes
                throw PyExceptions.valueError(isBytes ? fn + ": embedded null character in "
                        + argName : "embedded null byte");
            }
        }
        return new PathArg(o, b, -1, isBytes);
    }

    /** A path argument that may be None (meaning {@code dflt}), as listdir's is. */
    static PathArg ofOptional(PyObject o, String fn, String argName, boolean allowFd,
            String dflt) {
        if (o == null || o == PyNone.NONE) {
            return new PathArg(PyStr.of(dflt), dflt.getBytes(java.nio.charset.StandardCharsets
                    .UTF_8), -1, false);
        }
        return of(o, fn, argName, allowFd, true);
    }

    static int fdValue(PyInt i) {
        if (i.signum() > 0 && (!i.isSmall() || i.longValue() > Integer.MAX_VALUE)) {
            throw PyExceptions.of(PyExceptions.OverflowError,
                    "fd is greater than maximum");
        }
        if (!i.isSmall() || i.longValue() < Integer.MIN_VALUE) {
            throw PyExceptions.of(PyExceptions.OverflowError, "fd is less than minimum");
        }
        return (int) i.longValue();
    }

    /** A str in the file system encoding (UTF-8, surrogateescape). */
    static byte[] encode(PyStr s) {
        return StrCodecs.encode(s, StrCodecs.Codec.UTF8, "surrogateescape");
    }

    /** Bytes from the kernel as str (UTF-8, surrogateescape). */
    static PyStr decode(byte[] b) {
        return StrCodecs.decode(b, 0, b.length, StrCodecs.Codec.UTF8, "surrogateescape");
    }

    /** A name the kernel gave back, typed as this path was (bytes for bytes). */
    PyObject name(byte[] b) {
        return isBytes ? PyBytes.of(b) : decode(b);
    }

    /** The OSError for a failed call on this path (filename is the object passed). */
    PyException error(Libc.Failure f) {
        return Errors.osError(f.errno, object, null);
    }

    /** The OSError for a failed call on two paths (rename, link, symlink). */
    PyException error(Libc.Failure f, PathArg second) {
        return Errors.osError(f.errno, object, second.object);
    }

    /** OSErrors with CPython's subclass, errno, strerror and file names. */
    static final class Errors {
        private Errors() {}

        // CPython: Python/errors.c PyErr_SetFromErrnoWithFilenameObjects
        static PyException osError(int errno, PyObject filename, PyObject filename2) {
            String message = ProcessCalls.strerror(errno);
            PyObject[] args = filename == null
                    ? new PyObject[] {PyInt.of(errno), PyStr.of(message)}
                    : filename2 == null
                    ? new PyObject[] {PyInt.of(errno), PyStr.of(message), filename}
                    : new PyObject[] {PyInt.of(errno), PyStr.of(message), filename,
                        PyInt.of(0), filename2};
            if (filename2 != null) {
                args[3] = PyNone.NONE;
            }
            PyObject e = Ops.call(PyExceptions.OSError, args);
            return ((PyBaseException) e).raise();
        }

        static PyException osError(Libc.Failure f) {
            return osError(f.errno, null, null);
        }
    }
}
