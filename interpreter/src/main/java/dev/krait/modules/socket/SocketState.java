package dev.krait.modules.socket;

import dev.krait.modules.posix.Libc;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;

/**
 * What {@code _socket} keeps per interpreter: its exception classes ({@code herror},
 * {@code gaierror}, both OSErrors) and the default timeout new sockets get
 * ({@code setdefaulttimeout}), which CPython keeps in a C global. Also the one place where
 * failures become Python exceptions with CPython's messages.
 *
 * <p>CPython counterpart: Modules/socketmodule.c {@code socket_herror}, {@code socket_gaierror},
 * {@code defaulttimeout}, {@code set_error}, {@code set_gaierror}, {@code set_herror}.
 */
final class SocketState {
    final PyType herror = newException("herror");
    final PyType gaierror = newException("gaierror");
    /** The default timeout in nanoseconds; -1 for none (blocking sockets). */
    volatile long defaultTimeout = -1;
    /** Closers of the sockets not yet closed (see {@link SocketCloser}). */
    final java.util.Set<SocketCloser> pendingClosers = SocketCloser.newPendingSet();

    private static PyType newException(String name) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("socket"));
        return (PyType) Ops.call(PyType.TYPE, PyStr.of(name), PyTuple.of(PyExceptions.OSError),
                ns);
    }

    static SocketState current() {
        return ThreadState.current().interpreter.state(SocketState.class, SocketState::new);
    }

    /** The OSError for errno, with its subclass and strerror. */
    // CPython: Modules/socketmodule.c set_error
    static PyException error(Libc.Failure f) {
        return f.toOSError(null);
    }

    /** {@code socket.gaierror(code, gai_strerror(code))}, or the OSError of EAI_SYSTEM. */
    // CPython: Modules/socketmodule.c set_gaierror
    static PyException gaiError(Netdb.LookupFailure f) {
        if (f.code == Netdb.EAI_SYSTEM) {
            return new Libc.Failure(f.errno).toOSError(null);
        }
        PyType t = current().gaierror;
        return ((PyBaseException) Ops.call(t, PyInt.of(f.code),
                PyStr.of(Netdb.gaiStrerror(f.code)))).raise();
    }

    /** {@code socket.herror(h_errno, hstrerror(h_errno))}. */
    // CPython: Modules/socketmodule.c set_herror
    static PyException hError(Netdb.LookupFailure f) {
        return ((PyBaseException) Ops.call(current().herror, PyInt.of(f.code),
                PyStr.of(Netdb.hstrerror(f.code)))).raise();
    }

    /** {@code TimeoutError('timed out')}, what a socket's timeout expiring raises. */
    static PyException timedOut() {
        return PyExceptions.of(PyExceptions.TimeoutError, "timed out");
    }

    /** A plain OSError with a message and no errno (CPython's PyErr_SetString(OSError)). */
    static PyException osError(String message) {
        return PyExceptions.of(PyExceptions.OSError, message);
    }
}
