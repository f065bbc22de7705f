package dev.krait.modules.socket;

import dev.krait.modules.signal.SignalState;
import dev.krait.objects.BufferExporter;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyMemoryView;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;

/**
 * The data transfer methods of {@code _socket.socket}: {@code send}, {@code sendall},
 * {@code sendto}, {@code recv}, {@code recv_into}, {@code recvfrom}, {@code recvfrom_into}.
 * Each goes through {@link PySocket#call}, so timeouts, signals and non-blocking sockets behave
 * as in CPython.
 *
 * <p>CPython counterpart: Modules/socketmodule.c {@code sock_send}, {@code sock_sendall},
 * {@code sock_recv}, {@code sock_recv_into} and their siblings.
 */
public final class SocketTransfer {
    private SocketTransfer() {}

    private static int flags(PyObject o) {
        return o == null ? 0 : CArgs.intFormat(o);
    }

    private static int size(PyObject o) {
        long n = CArgs.asSsizeT(o);
        if (n > Integer.MAX_VALUE) {
            // beyond what a Java array holds
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return (int) Math.max(-1, n);
    }

    // ---- receiving ---------------------------------------------------------------------------

    // CPython: Modules/socketmodule.c sock_recv
    @Exposed(value = "recv($self, bufsize, flags=0, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject recv(PySocket self, PyObject bufsize, PyObject flags) {
        int n = size(bufsize);
        if (n < 0) {
            throw PyExceptions.valueError("negative buffersize in recv");
        }
        int fl = flags(flags);
        byte[] buf = new byte[n];
        int got = (int) self.call(false, dontWait -> SocketCalls.recv(self.fd, buf, 0, n,
                fl | dontWait, null));
        return PyBytes.of(got == n ? buf : java.util.Arrays.copyOf(buf, got));
    }

    // CPython: Modules/socketmodule.c sock_recvfrom
    @Exposed(value = "recvfrom($self, bufsize, flags=0, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject recvfrom(PySocket self, PyObject bufsize, PyObject flags) {
        int n = size(bufsize);
        if (n < 0) {
            throw PyExceptions.valueError("negative buffersize in recvfrom");
        }
        int fl = flags(flags);
        byte[] buf = new byte[n];
        byte[][] from = new byte[1][];
        int got = (int) self.call(false, dontWait -> SocketCalls.recv(self.fd, buf, 0, n,
                fl | dontWait, from));
        return PyTuple.of(PyBytes.of(got == n ? buf : java.util.Arrays.copyOf(buf, got)),
                SockAddr.toPython(from[0], self));
    }

    // CPython: Modules/socketmodule.c sock_recv_into
    @Exposed(value = "recv_into($self, /, buffer, nbytes=0, flags=0)",
            signature = Exposed.Signature.HIDDEN)
    public static long recv_into(PySocket self, PyObject buffer, PyObject nbytes,
            PyObject flags) {
        int room = writableLength(buffer, "recv_into");
        int n = size(nbytes);
        if (n < 0) {
            throw PyExceptions.valueError("negative buffersize in recv_into");
        }
        if (n == 0) {
            n = room;
        }
        if (room < n) {
            throw PyExceptions.valueError("buffer too small for requested bytes");
        }
        int fl = flags(flags);
        byte[] buf = new byte[n];
        int want = n;
        int got = (int) self.call(false, dontWait -> SocketCalls.recv(self.fd, buf, 0, want,
                fl | dontWait, null));
        write(buffer, buf, got);
        return got;
    }

    // CPython: Modules/socketmodule.c sock_recvfrom_into
    @Exposed(value = "recvfrom_into($self, /, buffer, nbytes=0, flags=0)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject recvfrom_into(PySocket self, PyObject buffer, PyObject nbytes,
            PyObject flags) {
        int room = writableLength(buffer, "recvfrom_into");
        int n = size(nbytes);
        if (n < 0) {
            throw PyExceptions.valueError("negative buffersize in recvfrom_into");
        }
        if (n == 0) {
            n = room;
        } else if (n > room) {
            throw PyExceptions.valueError("nbytes is greater than the length of the buffer");
        }
        int fl = flags(flags);
        byte[] buf = new byte[n];
        byte[][] from = new byte[1][];
        int want = n;
        int got = (int) self.call(false, dontWait -> SocketCalls.recv(self.fd, buf, 0, want,
                fl | dontWait, from));
        write(buffer, buf, got);
        return PyTuple.of(PyInt.of(got), SockAddr.toPython(from[0], self));
    }

    /**
     * The length of a buffer a call may write into: a writable, C-contiguous bytes-like
     * object (CPython's {@code w*} argument), else the TypeError CPython raises.
     */
    static int writableLength(PyObject buffer, String fn) {
        if (buffer instanceof PyByteArray a) {
            return a.size();
        }
        if (buffer instanceof PyMemoryView m && m.isWritableContiguous()) {
            return m.byteLength();
        }
        if (buffer instanceof BufferExporter e && !(buffer instanceof PyMemoryView)
                && !e.bufferReadonly()) {
            return e.bufferLength();
        }
        throw PyExceptions.typeError(fn + "() argument 1 must be read-write bytes-like "
                + "object, not " + buffer.type().getName());
    }

    /** Copies {@code data[0, n)} to the start of a buffer {@link #writableLength} accepted. */
    static void write(PyObject buffer, byte[] data, int n) {
        if (buffer instanceof PyByteArray a) {
            a.writeAt(0, data, 0, Math.min(n, a.size()));
        } else if (buffer instanceof PyMemoryView m) {
            m.writeBytes(data, n);
        } else if (buffer instanceof BufferExporter e) {
            byte[] s = e.bufferStorage();
            int length = Math.min(n, e.bufferLength());
            System.arraycopy(data, 0, s, 0, length);
            e.bufferWritten(s, 0, length);
        }
    }

    // ---- sending -----------------------------------------------------------------------------

    // CPython: Modules/socketmodule.c sock_send
    @Exposed(value = "send($self, data, flags=0, /)", signature = Exposed.Signature.HIDDEN)
    public static long send(PySocket self, PyObject data, PyObject flags) {
        byte[] b = PyBytes.requireBytesLike(data);
        int fl = flags(flags);
        if (self.timeout >= 0 || self.type != PySocket.SOCK_STREAM) {
            return self.call(true, dontWait -> SocketCalls.send(self.fd, b, 0, b.length,
                    fl | dontWait, null));
        }
        // A blocking stream socket's send(2) returns when all the data is queued; the calls
        // here cannot block (see PySocket.call), so they are repeated until that is so.
        int sent = 0;
        do {
            int from = sent;
            sent += (int) self.call(true, dontWait -> SocketCalls.send(self.fd, b, from,
                    b.length - from, fl | dontWait, null));
        } while (sent < b.length);
        return sent;
    }

    /**
     * Sends all the data, call after call; with a timeout, the time limit applies to the whole
     * operation. Signal handlers run between calls.
     */
    // CPython: Modules/socketmodule.c sock_sendall
    @Exposed(value = "sendall($self, data, flags=0, /)", signature = Exposed.Signature.HIDDEN)
    public static void sendall(PySocket self, PyObject data, PyObject flags) {
        byte[] b = PyBytes.requireBytesLike(data);
        int fl = flags(flags);
        long deadline = self.timeout > 0 ? System.nanoTime() + self.timeout : 0;
        int sent = 0;
        while (sent < b.length) {
            long limit = self.timeout;
            if (limit > 0) {
                limit = deadline - System.nanoTime();
                if (limit <= 0) {
                    throw SocketState.timedOut();
                }
            }
            int from = sent;
            long n = self.call(true, limit, dontWait -> SocketCalls.send(self.fd, b, from,
                    b.length - from, fl | dontWait, null));
            sent += (int) n;
            SignalState.checkSignals();
        }
    }

    // CPython: Modules/socketmodule.c sock_sendto
    @Exposed(value = "sendto($self, /, *args, **kwargs)", signature = Exposed.Signature.HIDDEN)
    public static long sendto(PySocket self, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("sendto() takes no keyword arguments");
        }
        PyObject data;
        PyObject flagsArg = null;
        PyObject address;
        if (args.length == 2) {
            data = args[0];
            address = args[1];
        } else if (args.length == 3) {
            data = args[0];
            flagsArg = args[1];
            address = args[2];
        } else {
            throw PyExceptions.typeError("sendto() takes 2 or 3 arguments (" + args.length
                    + " given)");
        }
        byte[] b = PyBytes.requireBytesLike(data);
        int fl = flags(flagsArg);
        byte[] addr = SockAddr.fromPython(self, address, "sendto");
        return self.call(true, dontWait -> SocketCalls.send(self.fd, b, 0, b.length,
                fl | dontWait, addr));
    }
}
