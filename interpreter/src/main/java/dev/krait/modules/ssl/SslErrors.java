package dev.krait.modules.ssl;

import dev.krait.objects.Attributes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyOSError;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.objects.Ops;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;

/**
 * {@code _ssl}'s exception classes, one set per interpreter, and the one place where a TLS
 * failure becomes the SSLError CPython raises: its {@code args} ({@code (code, message)}), its
 * {@code library} and {@code reason} attributes, and its text, {@code "[LIB: REASON] text
 * (_ssl.c:LINE)"}.
 *
 * <p>The classes are Python classes made from a few lines of source, as CPython makes them from
 * C ({@code PyErr_NewExceptionWithDoc}): {@code SSLError.__str__} returns the message alone.
 * The location is the line of CPython 3.11.7's _ssl.c that raises the same error, so that a
 * program printing {@code str(e)} sees CPython's text.
 *
 * <p>CPython counterpart: Modules/_ssl.c {@code fill_and_set_sslerror}, {@code PySSL_SetError},
 * {@code SSLError_str}, and the exception types made in {@code sslmodule_init_exceptions}.
 */
final class SslErrors {
    // The lines of CPython 3.11.7's _ssl.c that raise each family of errors.
    static final int AT_HANDSHAKE = 1006;
    static final int AT_WRITE = 2427;
    static final int AT_READ = 2580;
    static final int AT_SHUTDOWN = 2706;
    static final int AT_CERT = 3905;
    static final int AT_KEY = 3926;
    static final int AT_CADATA = 4020;

    // CPython's PySSLErrorCode values (the first of an SSLError's args)
    static final int ERROR_SSL = 1;
    static final int ERROR_WANT_READ = 2;
    static final int ERROR_WANT_WRITE = 3;
    static final int ERROR_SYSCALL = 5;
    static final int ERROR_ZERO_RETURN = 6;
    static final int ERROR_EOF = 8;

    private static final String SOURCE = """
            class SSLError(OSError):
                "An error occurred in the SSL implementation."
                def __str__(self):
                    if isinstance(self.strerror, str):
                        return self.strerror
                    return str(self.args)
            class SSLCertVerificationError(SSLError, ValueError):
                "A certificate could not be verified."
            class SSLZeroReturnError(SSLError):
                "SSL/TLS session closed cleanly."
            class SSLWantReadError(SSLError):
                "Non-blocking SSL socket needs to read more data\\nbefore the requested operation can be completed."
            class SSLWantWriteError(SSLError):
                "Non-blocking SSL socket needs to write more data\\nbefore the requested operation can be completed."
            class SSLSyscallError(SSLError):
                "System error when attempting SSL operation."
            class SSLEOFError(SSLError):
                "SSL/TLS connection terminated abruptly."
            """;

    final PyType sslError;
    final PyType certVerificationError;
    final PyType zeroReturnError;
    final PyType wantReadError;
    final PyType wantWriteError;
    final PyType syscallError;
    final PyType eofError;

    SslErrors(Interpreter interpreter) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__name__"), PyStr.of("ssl"));
        PyObject exec = interpreter.builtins().getItem(PyStr.of("exec"));
        Ops.call(exec, PyStr.of(SOURCE), ns);
        sslError = (PyType) ns.getItem(PyStr.of("SSLError"));
        certVerificationError = (PyType) ns.getItem(PyStr.of("SSLCertVerificationError"));
        zeroReturnError = (PyType) ns.getItem(PyStr.of("SSLZeroReturnError"));
        wantReadError = (PyType) ns.getItem(PyStr.of("SSLWantReadError"));
        wantWriteError = (PyType) ns.getItem(PyStr.of("SSLWantWriteError"));
        syscallError = (PyType) ns.getItem(PyStr.of("SSLSyscallError"));
        eofError = (PyType) ns.getItem(PyStr.of("SSLEOFError"));
    }

    static SslErrors current() {
        Interpreter i = ThreadState.current().interpreter;
        return i.state(SslErrors.class, () -> new SslErrors(i));
    }

    /**
     * An SSL error of class {@code t}: {@code args} are {@code (code, text)} where the text is
     * {@code "[library: reason] message (_ssl.c:line)"} (parts left out when null), and the
     * {@code library} and {@code reason} attributes are set (None when null).
     */
    // CPython: Modules/_ssl.c fill_and_set_sslerror
    static PyException raise(PyType t, int code, String library, String reason, String message,
            int line) {
        String text;
        if (library != null && reason != null) {
            text = "[" + library + ": " + reason + "] " + message + " (_ssl.c:" + line + ")";
        } else if (library != null) {
            text = "[" + library + "] " + message + " (_ssl.c:" + line + ")";
        } else {
            text = message + " (_ssl.c:" + line + ")";
        }
        PyOSError e = PyOSError.of(t, code, text, PyNone.NONE);
        Attributes.setAttr(e, "reason", reason == null ? PyNone.NONE : PyStr.of(reason));
        Attributes.setAttr(e, "library", library == null ? PyNone.NONE : PyStr.of(library));
        return e.raise();
    }

    /** A plain SSLError with one message argument, as {@code PyErr_SetString} makes. */
    static PyException plain(String message) {
        PyOSError e = PyOSError.of(current().sslError, 0, message, PyNone.NONE);
        e.args = dev.krait.objects.PyTuple.of(PyStr.of(message));
        e.errno = null;
        e.strerror = null;
        return e.raise();
    }

    static PyException ssl(String library, String reason, String message, int line) {
        return raise(current().sslError, ERROR_SSL, library, reason, message, line);
    }

    static PyException wantRead(int line) {
        return raise(current().wantReadError, ERROR_WANT_READ, null, null,
                "The operation did not complete (read)", line);
    }

    static PyException wantWrite(int line) {
        return raise(current().wantWriteError, ERROR_WANT_WRITE, null, null,
                "The operation did not complete (write)", line);
    }

    static PyException zeroReturn(int line) {
        return raise(current().zeroReturnError, ERROR_ZERO_RETURN, null, null,
                "TLS/SSL connection has been closed (EOF)", line);
    }

    /** The peer closed the transport without TLS's close_notify. */
    static PyException unexpectedEof(int line) {
        return raise(current().eofError, ERROR_EOF, "SSL", "UNEXPECTED_EOF_WHILE_READING",
                "EOF occurred in violation of protocol", line);
    }

    /** A failed certificate check, with OpenSSL's verify code and message. */
    static PyException verifyFailed(int verifyCode, String verifyMessage, int line) {
        PyException raised = raise(current().certVerificationError, ERROR_SSL, "SSL",
                "CERTIFICATE_VERIFY_FAILED", "certificate verify failed: " + verifyMessage,
                line);
        PyObject e = raised.value;
        Attributes.setAttr(e, "verify_code", PyInt.of(verifyCode));
        Attributes.setAttr(e, "verify_message", PyStr.of(verifyMessage));
        return raised;
    }
}
