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

/**
 * The {@code _socket} module: the socket type, the Linux constants that Lib/socket.py,
 * selectors and asyncio use (for the families AF_INET, AF_INET6 and AF_UNIX), socketpair,
 * the default timeout, byte-order helpers, and the name service functions (in
 * {@link NetdbFunctions}). {@code socket.timeout} is TimeoutError and {@code socket.error} is
 * OSError, as in CPython 3.10 and later.
 *
 * <p>CPython counterpart: Modules/socketmodule.c.
 */
@NativeModule.Register("_socket")
public final class SocketModule implements NativeModule {
    /** Name and value of each integer constant (Linux x86-64 values, as CPython's). */
    private static final Object[] CONSTANTS = {
        "AF_INET", 2, "AF_INET6", 10, "AF_UNIX", 1, "AF_UNSPEC", 0, "AI_ADDRCONFIG", 32,
        "AI_ALL", 16, "AI_CANONNAME", 2, "AI_NUMERICHOST", 4, "AI_NUMERICSERV", 1024,
        "AI_PASSIVE", 1, "AI_V4MAPPED", 8, "EAI_ADDRFAMILY", -9, "EAI_AGAIN", -3,
        "EAI_BADFLAGS", -1, "EAI_FAIL", -4, "EAI_FAMILY", -6, "EAI_MEMORY", -10, "EAI_NODATA", -5,
        "EAI_NONAME", -2, "EAI_OVERFLOW", -12, "EAI_SERVICE", -8, "EAI_SOCKTYPE", -7,
        "EAI_SYSTEM", -11, "INADDR_ALLHOSTS_GROUP", 3758096385L, "INADDR_ANY", 0,
        "INADDR_BROADCAST", 4294967295L, "INADDR_LOOPBACK", 2130706433,
        "INADDR_MAX_LOCAL_GROUP", 3758096639L, "INADDR_NONE", 4294967295L,
        "INADDR_UNSPEC_GROUP", 3758096384L, "IPPORT_RESERVED", 1024, "IPPORT_USERRESERVED", 5000,
        "IPPROTO_AH", 51, "IPPROTO_DSTOPTS", 60, "IPPROTO_EGP", 8, "IPPROTO_ESP", 50,
        "IPPROTO_FRAGMENT", 44, "IPPROTO_GRE", 47, "IPPROTO_HOPOPTS", 0, "IPPROTO_ICMP", 1,
        "IPPROTO_ICMPV6", 58, "IPPROTO_IDP", 22, "IPPROTO_IGMP", 2, "IPPROTO_IP", 0,
        "IPPROTO_IPIP", 4, "IPPROTO_IPV6", 41, "IPPROTO_MPTCP", 262, "IPPROTO_NONE", 59,
        "IPPROTO_PIM", 103, "IPPROTO_PUP", 12, "IPPROTO_RAW", 255, "IPPROTO_ROUTING", 43,
        "IPPROTO_RSVP", 46, "IPPROTO_SCTP", 132, "IPPROTO_TCP", 6, "IPPROTO_TP", 29,
        "IPPROTO_UDP", 17, "IPPROTO_UDPLITE", 136, "IPV6_CHECKSUM", 7, "IPV6_DONTFRAG", 62,
        "IPV6_DSTOPTS", 59,
        "IPV6_HOPLIMIT", 52, "IPV6_HOPOPTS", 54, "IPV6_JOIN_GROUP", 20, "IPV6_LEAVE_GROUP", 21,
        "IPV6_MULTICAST_HOPS", 18, "IPV6_MULTICAST_IF", 17, "IPV6_MULTICAST_LOOP", 19,
        "IPV6_NEXTHOP", 9, "IPV6_PATHMTU", 61, "IPV6_PKTINFO", 50, "IPV6_RECVDSTOPTS", 58,
        "IPV6_RECVHOPLIMIT", 51, "IPV6_RECVHOPOPTS", 53, "IPV6_RECVPATHMTU", 60,
        "IPV6_RECVPKTINFO", 49, "IPV6_RECVRTHDR", 56, "IPV6_RECVTCLASS", 66, "IPV6_RTHDR", 57,
        "IPV6_RTHDRDSTOPTS", 55, "IPV6_RTHDR_TYPE_0", 0, "IPV6_TCLASS", 67,
        "IPV6_UNICAST_HOPS", 16, "IPV6_V6ONLY", 26, "IP_ADD_MEMBERSHIP", 35,
        "IP_BIND_ADDRESS_NO_PORT", 24, "IP_DEFAULT_MULTICAST_LOOP", 1,
        "IP_DEFAULT_MULTICAST_TTL", 1, "IP_DROP_MEMBERSHIP", 36, "IP_HDRINCL", 3,
        "IP_MAX_MEMBERSHIPS", 20, "IP_MULTICAST_IF", 32, "IP_MULTICAST_LOOP", 34,
        "IP_MULTICAST_TTL", 33, "IP_OPTIONS", 4, "IP_RECVOPTS", 6, "IP_RECVRETOPTS", 7,
        "IP_RECVTOS", 13, "IP_RETOPTS", 7, "IP_TOS", 1, "IP_TRANSPARENT", 19, "IP_TTL", 2,
        "MSG_CMSG_CLOEXEC", 1073741824, "MSG_CONFIRM", 2048, "MSG_CTRUNC", 8, "MSG_DONTROUTE", 4,
        "MSG_DONTWAIT", 64, "MSG_EOR", 128, "MSG_ERRQUEUE", 8192, "MSG_FASTOPEN", 536870912,
        "MSG_MORE", 32768, "MSG_NOSIGNAL", 16384, "MSG_OOB", 1, "MSG_PEEK", 2, "MSG_TRUNC", 32,
        "MSG_WAITALL", 256, "NI_DGRAM", 16, "NI_MAXHOST", 1025, "NI_MAXSERV", 32,
        "NI_NAMEREQD", 8, "NI_NOFQDN", 4, "NI_NUMERICHOST", 1, "NI_NUMERICSERV", 2,
        "SCM_CREDENTIALS", 2, 
        "SCM_RIGHTS", 1, "SHUT_RD", 0,
        "SHUT_RDWR", 2, "SHUT_WR", 1, "SOCK_CLOEXEC", 524288, "SOCK_DGRAM", 2,
        "SOCK_RAW", 3, "SOCK_RDM", 4, "SOCK_SEQPACKET", 5,
        "SOCK_NONBLOCK", 2048, "SOCK_STREAM", 1, "SOL_IP", 0, "SOL_SOCKET", 1, "SOL_TCP", 6,
        "SOL_UDP", 17, "SOMAXCONN", 4096, "SO_ACCEPTCONN", 30, "SO_BINDTODEVICE", 25,
        "SO_BROADCAST", 6, "SO_DEBUG", 1, "SO_DOMAIN", 39, "SO_DONTROUTE", 5, "SO_ERROR", 4,
        "SO_INCOMING_CPU", 49, 
        "SO_KEEPALIVE", 9, "SO_LINGER", 13,
        "SO_MARK", 36, "SO_OOBINLINE", 10, "SO_PASSCRED", 16, "SO_PASSSEC", 34, "SO_PEERCRED", 17,
        "SO_PEERSEC", 31, "SO_PRIORITY", 12, "SO_PROTOCOL", 38, "SO_RCVBUF", 8, "SO_RCVLOWAT", 18,
        "SO_RCVTIMEO", 20, "SO_REUSEADDR", 2, "SO_REUSEPORT", 15, "SO_SNDBUF", 7,
        "SO_SNDLOWAT", 19, "SO_SNDTIMEO", 21, "SO_TYPE", 3, "TCP_CONGESTION", 13, "TCP_CORK", 3,
        "TCP_DEFER_ACCEPT", 9, "TCP_FASTOPEN", 23, "TCP_INFO", 11, "TCP_KEEPCNT", 6,
        "TCP_KEEPIDLE", 4, "TCP_KEEPINTVL", 5, "TCP_LINGER2", 8, "TCP_MAXSEG", 2,
        "TCP_NODELAY", 1, "TCP_NOTSENT_LOWAT", 25, "TCP_QUICKACK", 12, "TCP_SYNCNT", 7,
        "TCP_USER_TIMEOUT", 18, "TCP_WINDOW_CLAMP", 10, "UDPLITE_RECV_CSCOV", 11,
        "UDPLITE_SEND_CSCOV", 10,
    };

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_socket");
        m.put("__doc__", PyStr.of("Implementation module for socket operations.\n\n"
                + "See the socket module for documentation."));
        ModuleBuilder.addFunctions(m, SocketModule.class);
        ModuleBuilder.addFunctions(m, NetdbFunctions.class);
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            m.put((String) CONSTANTS[i], PyInt.of(((Number) CONSTANTS[i + 1]).longValue()));
        }
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
