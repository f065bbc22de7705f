package dev.krait.modules.fcntl;

import dev.krait.modules.posix.Libc;
import dev.krait.modules.signal.SignalState;
import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.StrCodecs;
import dev.krait.objects.WritableBuffer;
import java.util.function.IntSupplier;

/**
 * What the native modules that call C on a file descriptor share ({@code fcntl},
 * {@code termios}, {@code resource}, {@code mmap}): the descriptor argument
 * ({@code PyObject_AsFileDescriptor}), a read-only byte string ({@code "s#"}), and a C call
 * retried after a signal as PEP 475 asks, its failure raised as CPython's OSError. The C-typed
 * integer arguments are {@link dev.krait.objects.CArgs}'.
 *
 * <p>CPython counterpart: Objects/fileobject.c {@code PyObject_AsFileDescriptor},
 * Python/getargs.c {@code convertsimple} ({@code "s#"}), Modules/fcntlmodule.c.
 */
public final class CCalls {
    private CCalls() {}

    private static final int EINTR = 4;

    /** An int, or what the object's {@code fileno()} returns; never negative. */
    // CPython: Objects/fileobject.c PyObject_AsFileDescriptor
    public static int fileDescriptor(PyObject o) {
        PyObject v = o;
        if (!(o instanceof PyInt)) {
            PyObject fileno = Attributes.lookupAttrOrNull(o, "fileno");
            if (fileno == null) {
                throw PyExceptions.typeError("argument must be an int, or have a fileno() "
                        + "method.");
            }
            v = Ops.call(fileno);
            if (!(v instanceof PyInt)) {
                throw PyExceptions.typeError("fileno() returned a non-integer");
            }
        }
        PyInt i = (PyInt) v;
        if (!i.isSmall() || i.longValue() > Integer.MAX_VALUE
                || i.longValue() < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        if (i.longValue() < 0) {
            throw PyExceptions.valueError("file descriptor cannot be a negative integer ("
                    + i.longValue() + ")");
        }
        return (int) i.longValue();
    }

    /**
     * The {@code "s#"} format's bytes: a str's UTF-8, or a read-only bytes-like object's
     * contents; null for anything else (a writable buffer included).
     */
    public static byte[] readOnlyBytes(PyObject o) {
        if (o instanceof PyStr s) {
            return StrCodecs.encode(s, StrCodecs.Codec.UTF8, "strict");
        }
        if (WritableBuffer.of(o) != null) {
            return null;
        }
        return PyBytes.bytesLikeCopy(o);
    }

    /**
     * Runs a C call, again after a signal interrupted it (PEP 475: the Python handlers run
     * first, and their exception propagates); another failure becomes CPython's OSError.
     */
    public static int retrying(IntSupplier call) {
        while (true) {
            try {
                return call.getAsInt();
            } catch (Libc.Failure f) {
                if (f.errno != EINTR) {
                    throw osError(f);
                }
                SignalState.checkSignals();
            }
        }
    }

    /** The OSError subclass and message CPython raises for a failed call's errno. */
    public static PyException osError(Libc.Failure f) {
        return f.toOSError(null);
    }
}
