package dev.krait.modules.socket;

import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.PosixCalls;
import dev.krait.modules.select.SelectModule;
import dev.krait.modules.signal.SignalState;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Errors;
import dev.krait.runtime.WarningsMachinery;
import dev.krait.runtime.Pytime;

/**
 * {@code _socket.socket}: a socket file descriptor of the C library with its family, type,
 * protocol and timeout. {@code socket.socket} (Lib/socket.py) subclasses it. This class holds
 * the state, creation, options and connection set-up; the data transfer methods are in
 * {@link SocketTransfer} and {@link SocketMessages}.
 *
 * <p>Timeouts work as in CPython: a socket with a timeout has a non-blocking descriptor, and
 * each call first polls the descriptor for the time left ({@link #call}); a blocking socket
 * (timeout None) polls without a limit first, so that signal handlers run while it waits, then
 * makes the call with the interpreter lock released.
 *
 * <p>CPython counterpart: Modules/socketmodule.c {@code PySocketSockObject}, {@code sock_call_ex},
 * {@code sock_initobj}, {@code internal_connect}.
 */
public final class PySocket extends PyObject {
    public static final PyType TYPE = PyType.builtin("socket", PySocket.class, null,
            SocketTransfer.class, SocketMessages.class).withModule("_socket");

    static final int SOCK_STREAM = 1;
    static final int SOCK_NONBLOCK = 04000;
    static final int SOCK_CLOEXEC = 02000000;
    static final int SOL_SOCKET = 1;
    static final int SO_TYPE = 3;
    static final int SO_ERROR = 4;
    static final int SO_PROTOCOL = 38;
    static final int EINTR = 4;
    static final int EAGAIN = 11;
    static final int EBADF = 9;
    static final int ENOTSOCK = 88;
    static final int EINPROGRESS = 115;
    static final int EISCONN = 106;
    static final int ECONNRESET = 104;
    private static final short POLLIN = 1;
    private static final short POLLOUT = 4;
    private static final short POLLERR = 8;

    int fd = -1;
    int family;
    int type;
    int proto;
    /** The timeout in nanoseconds: -1 blocking, 0 non-blocking. */
    long timeout = -1;
    /** Closes the descriptor if this socket becomes garbage while open; null when closed. */
    private SocketCloser closer;

    PySocket(PyType cls) {
        super(cls);
    }

    // CPython: Modules/socketmodule.c sock_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PySocket s = new PySocket(cls);
        s.timeout = SocketState.current().defaultTimeout;
        return s;
    }

    // CPython: Modules/socketmodule.c sock_initobj_impl
    @Exposed("__init__($self, /, family=-1, type=-1, proto=-1, fileno=None)")
    public void __init__(PyObject familyArg, PyObject typeArg, PyObject protoArg,
            PyObject fileno) {
        int fam = CArgs.asInt(familyArg);
        int typ = CArgs.asInt(typeArg);
        int pro = CArgs.asInt(protoArg);
        dev.krait.runtime.Audit.audit("socket.__new__", this, PyInt.of(fam), PyInt.of(typ),
                PyInt.of(pro));
        int newFd;
        if (fileno != null && fileno != PyNone.NONE) {
            // a C long cut to the SOCKET_T (int) that CPython keeps
            newFd = (int) CArgs.asLong(fileno);
            if (newFd < 0) {
                throw PyExceptions.valueError("negative file descriptor");
            }
            try {
                byte[] name = SocketCalls.name(newFd, false);
                if (fam == -1) {
                    fam = SockAddr.family(name);
                }
            } catch (Libc.Failure f) {
                if (fam == -1 || f.errno == EBADF || f.errno == ENOTSOCK) {
                    throw SocketState.error(f);
                }
            }
            try {
                if (typ == -1) {
                    typ = SocketCalls.getsockoptInt(newFd, SOL_SOCKET, SO_TYPE);
                }
                if (pro == -1) {
                    pro = SocketCalls.getsockoptInt(newFd, SOL_SOCKET, SO_PROTOCOL);
                }
            } catch (Libc.Failure f) {
                throw SocketState.error(f);
            }
        } else {
            fam = fam == -1 ? SockAddr.AF_INET : fam;
            typ = typ == -1 ? SOCK_STREAM : typ;
            pro = pro == -1 ? 0 : pro;
            try {
                newFd = SocketCalls.socket(fam, typ | SOCK_CLOEXEC, pro);
            } catch (Libc.Failure f) {
                throw SocketState.error(f);
            }
        }
        init(newFd, fam, typ, pro);
    }

    /** Sets the descriptor and its attributes, and applies the default timeout. */
    // CPython: Modules/socketmodule.c init_sockobject
    void init(int newFd, int fam, int typ, int pro) {
        forgetDescriptor();
        fd = newFd;
        closer = SocketCloser.watch(this, dev.krait.runtime.ThreadState.current().interpreter,
                newFd);
        family = fam;
        type = typ & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        proto = pro;
        if ((typ & SOCK_NONBLOCK) != 0) {
            timeout = 0;
        } else {
            timeout = SocketState.current().defaultTimeout;
            if (timeout >= 0) {
                setBlockingFd(false);
            }
        }
    }

    private void setBlockingFd(boolean blocking) {
        try {
            PosixCalls.setBlocking(fd, blocking);
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }

    // ---- timeouts ----------------------------------------------------------------------------

    /** A timeout argument in nanoseconds: None is -1. */
    // CPython: Modules/socketmodule.c socket_parse_timeout
    static long parseTimeout(PyObject value) {
        if (value == PyNone.NONE) {
            return -1;
        }
        long ns = Pytime.fromSecondsObject(value, Pytime.Round.TIMEOUT);
        if (ns < 0) {
            throw PyExceptions.valueError("Timeout value out of range");
        }
        return ns;
    }

    static PyObject timeoutValue(long nanos) {
        return nanos < 0 ? PyNone.NONE : new PyFloat(nanos / 1e9);
    }

    /**
     * Runs a socket call as CPython's {@code sock_call} does: with a timeout, waits (poll) for
     * the descriptor to be ready first, for the time left, and retries a call that would
     * block; a call interrupted by a signal runs the handlers and is retried. Raises
     * TimeoutError('timed out') when the time runs out, OSError for other failures.
     */
    // CPython: Modules/socketmodule.c sock_call_ex
    /** One attempt of a socket call, given flags to add to its own (MSG_DONTWAIT or 0). */
    @FunctionalInterface
    interface Op {
        long run(int extraFlags);
    }

    /** MSG_DONTWAIT: this one call does not block, whatever the descriptor's mode. */
    static final int MSG_DONTWAIT = 0x40;

    long call(boolean writing, Op op) {
        return call(writing, timeout, op);
    }

    /** {@link #call} with another time limit ({@code sendall}'s time left). */
    long call(boolean writing, long timeout, Op op) {
        long deadline = timeout > 0 ? System.nanoTime() + timeout : 0;
        while (true) {
            if (timeout > 0) {
                long left = deadline - System.nanoTime();
                if (left < 0 || !waitReady(writing, false, left)) {
                    throw SocketState.timedOut();
                }
            } else if (timeout < 0) {
                // A blocking socket waits in poll too, where signal handlers can run (the
                // JVM's signals do not interrupt a blocked system call), and then makes a
                // call that cannot block: if another thread took the data first, it waits again.
                waitReady(writing, false, -1);
            }
            try {
                return op.run(timeout < 0 ? MSG_DONTWAIT : 0);
            } catch (Libc.Failure f) {
                if (f.errno == EINTR) {
                    SignalState.checkSignals();
                    continue;
                }
                if (timeout != 0 && f.errno == EAGAIN) {
                    continue;
                }
                throw SocketState.error(f);
            }
        }
    }

    /**
     * Polls the descriptor for reading or writing for up to {@code nanos} (-1: for ever) with
     * the interpreter lock released; false when the time ran out. A signal's interruption runs
     * the handlers and counts as ready (the caller retries its call).
     */
    // CPython: Modules/socketmodule.c internal_select
    boolean waitReady(boolean writing, boolean connect, long nanos) {
        if (fd == -1) {
            return true; // a closed socket: the call itself fails with EBADF
        }
        short events = writing ? (connect ? (short) (POLLOUT | POLLERR) : POLLOUT) : POLLIN;
        return SelectModule.pollRetrying(new int[] {fd}, new short[] {events}, new short[1],
                nanos) > 0;
    }

    @Exposed(value = "settimeout($self, timeout, /)", signature = Exposed.Signature.HIDDEN)
    public void settimeout(PyObject value) {
        timeout = parseTimeout(value);
        setBlockingFd(timeout < 0);
    }

    @Exposed(value = "gettimeout($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject gettimeout() {
        return timeoutValue(timeout);
    }

    // CPython: Modules/socketmodule.c sock_setblocking
    @Exposed(value = "setblocking($self, flag, /)", signature = Exposed.Signature.HIDDEN)
    public void setblocking(PyObject flag) {
        boolean block = Numbers.index(flag).signum() != 0;
        timeout = block ? -1 : 0;
        setBlockingFd(block);
    }

    @Exposed(value = "getblocking($self, /)", signature = Exposed.Signature.HIDDEN)
    public boolean getblocking() {
        return timeout != 0;
    }

    @Exposed.Getter("timeout")
    public PyObject getTimeout() {
        return timeoutValue(timeout);
    }

    @Exposed.Getter("family")
    public long getFamily() {
        return family;
    }

    @Exposed.Getter("type")
    public long getType() {
        return type;
    }

    @Exposed.Getter("proto")
    public long getProto() {
        return proto;
    }

    // ---- descriptor --------------------------------------------------------------------------

    @Exposed(value = "fileno($self, /)", signature = Exposed.Signature.HIDDEN)
    public long fileno() {
        return fd;
    }

    @Exposed(value = "detach($self, /)", signature = Exposed.Signature.HIDDEN)
    public long detach() {
        int old = fd;
        fd = -1;
        forgetDescriptor();
        return old;
    }

    /** The program closed or detached the descriptor: the garbage-time close must not run. */
    private void forgetDescriptor() {
        if (closer != null) {
            closer.forget();
            closer = null;
        }
    }

    // CPython: Modules/socketmodule.c sock_close (ECONNRESET is not an error on close)
    @Exposed(value = "close($self, /)", signature = Exposed.Signature.HIDDEN)
    public void close() {
        int old = fd;
        if (old != -1) {
            fd = -1;
            forgetDescriptor();
            try {
                PosixCalls.close(old);
            } catch (Libc.Failure f) {
                if (f.errno != ECONNRESET) {
                    throw SocketState.error(f);
                }
            }
        }
    }

    /**
     * What CPython does to a socket it frees while open: a ResourceWarning naming it, then
     * the descriptor closed. Krait calls it when the collector finds a program's socket (an
     * instance of a subclass, as socket.socket is) unreachable; a bare {@code _socket.socket}
     * is closed by its {@link SocketCloser} instead.
     */
    // CPython: Modules/socketmodule.c sock_finalize (the __del__ slot wrapper of tp_finalize)
    @Exposed("__del__($self, /)")
    public void __del__() {
        if (fd == -1) {
            return;
        }
        try {
            WarningsMachinery.warn(PyStr.of("unclosed " + Ops.repr(this).value()),
                    PyExceptions.ResourceWarning, 1, this);
        } catch (PyException e) {
            // CPython reports a warning turned into an error, and drops other errors
            if (e.value.type().isSubtypeOf(PyExceptions.Warning)) {
                Errors.writeUnraisable(this, e.value);
            }
        }
        // closed after the warning, so that a logger may still ask the socket its name
        int old = fd;
        fd = -1;
        forgetDescriptor();
        try {
            PosixCalls.close(old);
        } catch (Libc.Failure f) {
            // a failing close is ignored here, as in CPython
        }
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<socket object, fd=" + fd + ", family=" + family + ", type=" + type
                + ", proto=" + proto + ">";
    }

    // ---- connections -------------------------------------------------------------------------

    @Exposed(value = "bind($self, address, /)", signature = Exposed.Signature.HIDDEN)
    public void bind(PyObject address) {
        byte[] addr = SockAddr.fromPython(this, address, "bind");
        dev.krait.runtime.Audit.audit("socket.bind", this, address);
        try {
            SocketCalls.bind(fd, addr);
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }

    // CPython: Modules/socketmodule.c sock_listen (default backlog min(SOMAXCONN, 128))
    @Exposed(value = "listen($self, backlog=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public void listen(PyObject backlog) {
        int n = backlog == null ? 128 : Math.max(0, CArgs.intFormat(backlog));
        try {
            SocketCalls.listen(fd, n);
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }

    // CPython: Modules/socketmodule.c sock_accept
    @Exposed(value = "_accept($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject _accept() {
        byte[][] peer = new byte[1][];
        long newFd = call(false, dontWait -> SocketCalls.accept(fd, SOCK_CLOEXEC, peer));
        return PyTuple.of(PyInt.of(newFd), SockAddr.toPython(peer[0], this));
    }

    @Exposed(value = "connect($self, address, /)", signature = Exposed.Signature.HIDDEN)
    public void connect(PyObject address) {
        byte[] addr = SockAddr.fromPython(this, address, "connect");
        int err = connectTo(addr, true);
        if (err != 0) {
            throw SocketState.error(new Libc.Failure(err));
        }
    }

    @Exposed(value = "connect_ex($self, address, /)", signature = Exposed.Signature.HIDDEN)
    public long connect_ex(PyObject address) {
        byte[] addr = SockAddr.fromPython(this, address, "connect_ex");
        return connectTo(addr, false);
    }

    /**
     * connect(2), then, for a socket with a timeout whose connection is in progress (or any
     * socket whose connect a signal interrupted), waits for it and reads its outcome from
     * SO_ERROR. Returns errno (0 on success); with {@code raise}, a timeout raises.
     */
    // CPython: Modules/socketmodule.c internal_connect
    private int connectTo(byte[] addr, boolean raise) {
        int err;
        try {
            SocketCalls.connect(fd, addr);
            return 0;
        } catch (Libc.Failure f) {
            err = f.errno;
        }
        boolean wait;
        if (err == EINTR) {
            SignalState.checkSignals();
            wait = timeout != 0;
        } else {
            wait = timeout > 0 && err == EINPROGRESS;
        }
        if (!wait) {
            return err;
        }
        long deadline = timeout > 0 ? System.nanoTime() + timeout : 0;
        while (true) {
            long left = timeout > 0 ? deadline - System.nanoTime() : -1;
            if (timeout > 0 && (left < 0 || !waitReady(true, true, left))) {
                if (raise) {
                    throw SocketState.timedOut();
                }
                return EAGAIN;
            }
            if (timeout < 0) {
                waitReady(true, true, -1);
            }
            int soError;
            try {
                soError = SocketCalls.getsockoptInt(fd, SOL_SOCKET, SO_ERROR);
            } catch (Libc.Failure f) {
                soError = f.errno;
            }
            if (soError == EINTR) {
                SignalState.checkSignals();
                continue;
            }
            return soError == EISCONN ? 0 : soError;
        }
    }

    @Exposed(value = "shutdown($self, how, /)", signature = Exposed.Signature.HIDDEN)
    public void shutdown(PyObject how) {
        try {
            SocketCalls.shutdown(fd, CArgs.intFormat(how));
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }

    @Exposed(value = "getsockname($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject getsockname() {
        return name(false);
    }

    @Exposed(value = "getpeername($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject getpeername() {
        return name(true);
    }

    private PyObject name(boolean peer) {
        try {
            return SockAddr.toPython(SocketCalls.name(fd, peer), this);
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }

    // ---- options -----------------------------------------------------------------------------

    // CPython: Modules/socketmodule.c sock_setsockopt
    @Exposed(value = "setsockopt($self, level, option, value, optlen=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public void setsockopt(PyObject level, PyObject option, PyObject value, PyObject optlen) {
        int lv = CArgs.intFormat(level);
        int opt = CArgs.intFormat(option);
        if (family == FamilyAddresses.AF_VSOCK) {
            setVsockOption(lv, opt, value, optlen);
            return;
        }
        try {
            if (optlen != null) {
                if (value != PyNone.NONE) {
                    throw PyExceptions.typeError("setsockopt() argument 3 must be NoneType, "
                            + "not " + value.type().getName());
                }
                PyInt n = Numbers.index(optlen);
                SocketCalls.setsockoptNull(fd, lv, opt, (int) n.longValue());
            } else if (value instanceof PyInt i) {
                int v = CArgs.intFormat(i);
                SocketCalls.setsockopt(fd, lv, opt, new byte[] {(byte) v, (byte) (v >> 8),
                    (byte) (v >> 16), (byte) (v >> 24)});
            } else {
                byte[] b = dev.krait.objects.PyBytes.bytesLikeCopy(value);
                if (b == null) {
                    throw PyExceptions.typeError("a bytes-like object is required, not '"
                            + value.type().getName() + "'");
                }
                SocketCalls.setsockopt(fd, lv, opt, b);
            }
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }

    /**
     * setsockopt on an AF_VSOCK socket: the value is a 64-bit unsigned int (the "iiK" format,
     * without the bytes and None forms).
     */
    // CPython: Modules/socketmodule.c sock_setsockopt, the AF_VSOCK case
    private void setVsockOption(int level, int option, PyObject value, PyObject optlen) {
        if (optlen != null) {
            throw PyExceptions.typeError("setsockopt() takes exactly 3 arguments (4 given)");
        }
        if (!(value instanceof PyInt)) {
            throw PyExceptions.typeError("setsockopt() argument 3 must be int, not "
                    + value.type().getName());
        }
        long v = CArgs.unsignedLongMask(value);
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        try {
            SocketCalls.setsockopt(fd, level, option, b);
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }

    // CPython: Modules/socketmodule.c sock_getsockopt
    @Exposed(value = "getsockopt($self, level, option, buffersize=0, /)",
            signature = Exposed.Signature.HIDDEN)
    public PyObject getsockopt(PyObject level, PyObject option, PyObject buffersize) {
        int lv = CArgs.intFormat(level);
        int opt = CArgs.intFormat(option);
        int n = CArgs.intFormat(buffersize);
        try {
            if (family == FamilyAddresses.AF_VSOCK) {
                // CPython: the options of AF_VSOCK are 64-bit, and only read as numbers
                if (n != 0) {
                    throw SocketState.osError("getsockopt string buffer not allowed");
                }
                byte[] b = SocketCalls.getsockopt(fd, lv, opt, 8);
                long v = 0;
                for (int i = Math.min(8, b.length) - 1; i >= 0; i--) {
                    v = v << 8 | (b[i] & 0xFF);
                }
                return v >= 0 ? PyInt.of(v)
                        : PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)));
            }
            if (n == 0) {
                return PyInt.of(SocketCalls.getsockoptInt(fd, lv, opt));
            }
            if (n < 0 || n > 1024) {
                throw SocketState.osError("getsockopt buflen out of range");
            }
            return dev.krait.objects.PyBytes.of(SocketCalls.getsockopt(fd, lv, opt, n));
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }

    // ---- for _ssl: a TLS connection drives its own reads and writes -------------------------

    /** The timeout in nanoseconds: -1 blocking, 0 non-blocking ({@code _ssl} reads it). */
    public long timeoutNanos() {
        return timeout;
    }

    /** True once the descriptor is closed or detached. */
    public boolean isClosed() {
        return fd == -1;
    }

    /**
     * One receive (or send, when {@code writing}) of {@code buf[off, off+len)} that never
     * blocks: the byte count (0 for a receive at the end of the stream), or -1 when the
     * descriptor is not ready. {@code _ssl} waits with {@link #awaitReady} itself, as CPython's
     * {@code PySSL_select} does, so that its timeouts carry its own messages.
     */
    public int transferNow(boolean writing, byte[] buf, int off, int len) {
        while (true) {
            try {
                return writing ? SocketCalls.send(fd, buf, off, len, MSG_DONTWAIT, null)
                        : SocketCalls.recv(fd, buf, off, len, MSG_DONTWAIT, null);
            } catch (Libc.Failure f) {
                if (f.errno == EINTR) {
                    SignalState.checkSignals();
                    continue;
                }
                if (f.errno == EAGAIN) {
                    return -1;
                }
                throw SocketState.error(f);
            }
        }
    }

    /**
     * Waits with the interpreter lock released until the descriptor is ready for reading or
     * writing, for at most {@code nanos} (-1: without limit); false when the time ran out.
     */
    public boolean awaitReady(boolean writing, long nanos) {
        return waitReady(writing, false, nanos);
    }
}
