package dev.krait.modules.socket;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.PosixCalls;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code _socket} module: the socket type, CPython's Linux constants (every family's),
 * socketpair, the default timeout, byte-order helpers, and the name service functions (in
 * {@link NetdbFunctions}). {@code socket.timeout} is TimeoutError and {@code socket.error} is
 * OSError, as in CPython 3.10 and later.
 *
 * <p>CPython counterpart: Modules/socketmodule.c.
 */
@NativeModule.Register("_socket")
public final class SocketModule implements NativeModule {
    /**
     * The integer constants, as CPython 3.11's {@code _socket} has them on Linux x86-64: a
     * resource written by tools/generate-socket-constants from CPython itself (one "NAME VALUE"
     * line each), checked against a fresh generation by SocketConstantsFreshTest.
     */
    private static final String CONSTANTS = "constants.txt";

    private static void addConstants(PyModule m) {
        try (InputStream in = SocketModule.class.getResourceAsStream(CONSTANTS)) {
            if (in == null) {
                throw PyExceptions.systemError("_socket: " + CONSTANTS + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            for (String line : text.split("\n")) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    m.put(line.substring(0, space),
                            PyInt.of(Long.parseLong(line.substring(space + 1))));
                }
            }
        } catch (IOException e) {
            throw PyExceptions.systemError("_socket: cannot read " + CONSTANTS + ": " + e);
        }
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_socket");
        m.put("__doc__", PyStr.of("Implementation module for socket operations.\n\n"
                + "See the socket module for documentation."));
        ModuleBuilder.addFunctions(m, SocketModule.class);
        ModuleBuilder.addFunctions(m, NetdbFunctions.class);
        addConstants(m);
        SocketState st = interpreter.state(SocketState.class, SocketState::new);
        m.put("socket", PySocket.TYPE);
        m.put("SocketType", PySocket.TYPE);
        m.put("error", PyExceptions.OSError);
        m.put("timeout", PyExceptions.TimeoutError);
        m.put("herror", st.herror);
        m.put("gaierror", st.gaierror);
        m.put("has_ipv6", PyBool.TRUE);
        return m;
    }

    // CPython: Modules/socketmodule.c socket_socketpair
    @Exposed(value = "socketpair($module, family=1, type=1, proto=0, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject socketpair(PyObject family, PyObject type, PyObject proto) {
        int fam = CArgs.intFormat(family);
        int typ = CArgs.intFormat(type);
        int pro = CArgs.intFormat(proto);
        int[] fds;
        try {
            fds = SocketCalls.socketpair(fam, typ | PySocket.SOCK_CLOEXEC, pro);
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
        PySocket a = new PySocket(PySocket.TYPE);
        PySocket b = new PySocket(PySocket.TYPE);
        a.init(fds[0], fam, typ, pro);
        b.init(fds[1], fam, typ, pro);
        return PyTuple.of(a, b);
    }

    /** {@code PyLong_AsSocket_t}: a C long, cut to the int a descriptor is. */
    private static int fd(PyObject o) {
        return (int) CArgs.asLong(o);
    }

    // CPython: Modules/socketmodule.c socket_dup (the copy is not inheritable)
    @Exposed(value = "dup($module, fd, /)", signature = Exposed.Signature.HIDDEN)
    public static long dup(PyObject fd) {
        try {
            return PosixCalls.dup(fd(fd));
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }

    // CPython: Modules/socketmodule.c socket_close (ECONNRESET is not an error)
    @Exposed(value = "close($module, fd, /)", signature = Exposed.Signature.HIDDEN)
    public static void close(PyObject fd) {
        try {
            PosixCalls.close(fd(fd));
        } catch (Libc.Failure f) {
            if (f.errno != PySocket.ECONNRESET) {
                throw SocketState.error(f);
            }
        }
    }

    @Exposed(value = "getdefaulttimeout($module, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject getdefaulttimeout() {
        return PySocket.timeoutValue(SocketState.current().defaultTimeout);
    }

    @Exposed(value = "setdefaulttimeout($module, timeout, /)", signature = Exposed.Signature.HIDDEN)
    public static void setdefaulttimeout(PyObject timeout) {
        SocketState.current().defaultTimeout = PySocket.parseTimeout(timeout);
    }

    // ---- byte order --------------------------------------------------------------------------

    private static long short16(PyObject x, String fn) {
        long v = CArgs.intFormat(x);
        if (v < 0) {
            throw PyExceptions.overflowError(fn + ": can't convert negative Python int to C "
                    + "16-bit unsigned integer");
        }
        if (v > 0xFFFF) {
            throw PyExceptions.overflowError(fn + ": Python int too large to convert to C "
                    + "16-bit unsigned integer");
        }
        return Short.reverseBytes((short) v) & 0xFFFF;
    }

    private static long long32(PyObject x) {
        if (!(x instanceof PyInt)) {
            throw PyExceptions.typeError("expected int, " + x.type().getName() + " found");
        }
        long v = CArgs.asUnsignedLong(x);
        if (Long.compareUnsigned(v, 0xFFFFFFFFL) > 0) {
            throw PyExceptions.overflowError("int larger than 32 bits");
        }
        return Integer.reverseBytes((int) v) & 0xFFFFFFFFL;
    }

    // CPython: Modules/socketmodule.c socket_htons
    @Exposed(value = "htons($module, x, /)", signature = Exposed.Signature.HIDDEN)
    public static long htons(PyObject x) {
        return short16(x, "htons");
    }

    @Exposed(value = "ntohs($module, x, /)", signature = Exposed.Signature.HIDDEN)
    public static long ntohs(PyObject x) {
        return short16(x, "ntohs");
    }

    // CPython: Modules/socketmodule.c socket_htonl
    @Exposed(value = "htonl($module, x, /)", signature = Exposed.Signature.HIDDEN)
    public static long htonl(PyObject x) {
        return long32(x);
    }

    @Exposed(value = "ntohl($module, x, /)", signature = Exposed.Signature.HIDDEN)
    public static long ntohl(PyObject x) {
        return long32(x);
    }

    // CPython: Modules/socketmodule.c socket_CMSG_LEN
    @Exposed(value = "CMSG_LEN($module, length, /)", signature = Exposed.Signature.HIDDEN)
    public static long CMSG_LEN(PyObject length) {
        PyInt n = Numbers.index(length);
        if (n.signum() < 0 || !n.isSmall() || n.longValue() > Integer.MAX_VALUE - 16) {
            throw PyExceptions.overflowError("CMSG_LEN() argument out of range");
        }
        return SocketMessages.cmsgLen(n.longValue());
    }

    // CPython: Modules/socketmodule.c socket_CMSG_SPACE
    @Exposed(value = "CMSG_SPACE($module, length, /)", signature = Exposed.Signature.HIDDEN)
    public static long CMSG_SPACE(PyObject length) {
        PyInt n = Numbers.index(length);
        if (n.signum() < 0 || !n.isSmall() || n.longValue() > Integer.MAX_VALUE - 24) {
            throw PyExceptions.overflowError("CMSG_SPACE() argument out of range");
        }
        return SocketMessages.cmsgSpace(n.longValue());
    }
}
