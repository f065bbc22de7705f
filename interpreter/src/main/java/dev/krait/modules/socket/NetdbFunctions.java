package dev.krait.modules.socket;

import dev.krait.modules.posix.Libc;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.StrCodecs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The name and address functions of {@code _socket}: getaddrinfo, getnameinfo, gethostname,
 * gethostbyname(_ex), gethostbyaddr, getservbyname/port, getprotobyname, the inet_* text
 * conversions and the network interface names, all on the C library's implementations (see
 * {@link Netdb}) with CPython's argument handling and errors.
 *
 * <p>CPython counterpart: Modules/socketmodule.c {@code socket_getaddrinfo} and its neighbours.
 */
public final class NetdbFunctions {
    private NetdbFunctions() {}

    private static final int AI_NUMERICHOST = 4;
    private static final int SOCK_DGRAM = 2;

    /** The {@code "I"} format's unsigned int: the low 32 bits of any int, no range check. */
    private static long unsignedInt(PyObject o) {
        return Integer.toUnsignedLong(CArgs.unsignedIntMask(o));
    }

    /** A str argument as UTF-8 (CPython's {@code s} format), refusing NUL characters. */
    private static byte[] text(PyObject o, String fn, int position) {
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError(fn + "() argument " + position + " must be str, not "
                    + o.type().getName());
        }
        return CArgs.cStringBytes(s);
    }

    // CPython: Modules/socketmodule.c socket_getaddrinfo
    @Exposed(value = "getaddrinfo($module, /, host, port, family=0, type=0, proto=0, flags=0)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject getaddrinfo(PyObject host, PyObject port, PyObject family,
            PyObject type, PyObject proto, PyObject flags) {
        byte[] h;
        if (host == PyNone.NONE) {
            h = null;
        } else if (host instanceof PyStr s) {
            h = SockAddr.idna(s);
        } else if (host instanceof PyBytes b) {
            h = PyBytes.requireBytesLike(b);
        } else {
            throw PyExceptions.typeError("getaddrinfo() argument 1 must be string or None");
        }
        byte[] p;
        if (port.type() == PyInt.TYPE) {
            PyInt i = (PyInt) port;
            if (!i.isSmall()) {
                throw PyExceptions.overflowError("Python int too large to convert to C long");
            }
            p = Long.toString(i.longValue()).getBytes(StandardCharsets.US_ASCII);
        } else if (port instanceof PyStr s) {
            p = StrCodecs.encode(s, StrCodecs.Codec.UTF8, "strict");
        } else if (port instanceof PyBytes b) {
            p = PyBytes.requireBytesLike(b);
        } else if (port == PyNone.NONE) {
            p = null;
        } else {
            throw SocketState.osError("Int or String expected");
        }
        List<Netdb.AddrInfo> found;
        try {
            found = Netdb.getaddrinfo(h, p, CArgs.intFormat(family), CArgs.intFormat(type),
                    CArgs.intFormat(proto), CArgs.intFormat(flags));
        } catch (Netdb.LookupFailure f) {
            throw SocketState.gaiError(f);
        }
        List<PyObject> out = new ArrayList<>(found.size());
        for (Netdb.AddrInfo ai : found) {
            out.add(PyTuple.of(PyInt.of(ai.family()), PyInt.of(ai.type()), PyInt.of(ai.proto()),
                    PyStr.of(ai.canonName()), SockAddr.toPython(ai.addr())));
        }
        return new PyList(out);
    }

    // CPython: Modules/socketmodule.c socket_getnameinfo
    @Exposed(value = "getnameinfo($module, sockaddr, flags, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject getnameinfo(PyObject sockaddr, PyObject flags) {
        int fl = CArgs.intFormat(flags);
        if (!(sockaddr instanceof PyTuple t)) {
            throw PyExceptions.typeError("getnameinfo() argument 1 must be a tuple");
        }
        if (t.size() < 2 || t.size() > 4 || !(t.get(0) instanceof PyStr)) {
            throw PyExceptions.typeError("getnameinfo(): illegal sockaddr argument");
        }
        byte[] host = text(t.get(0), "getnameinfo", 1);
        int port = CArgs.intFormat(t.get(1));
        // CPython: format "si|II", unsigned ints without a range check
        long flowinfo = t.size() > 2 ? unsignedInt(t.get(2)) : 0;
        long scope = t.size() > 3 ? unsignedInt(t.get(3)) : 0;
        if (flowinfo > 0xFFFFF) {
            throw PyExceptions.overflowError("getnameinfo(): flowinfo must be 0-1048575.");
        }
        List<Netdb.AddrInfo> found;
        try {
            found = Netdb.getaddrinfo(host, Integer.toString(port).getBytes(
                    StandardCharsets.US_ASCII), 0, SOCK_DGRAM, 0, AI_NUMERICHOST);
        } catch (Netdb.LookupFailure f) {
            throw SocketState.gaiError(f);
        }
        if (found.size() > 1) {
            throw SocketState.osError("sockaddr resolved to multiple addresses");
        }
        byte[] addr = found.get(0).addr();
        if (found.get(0).family() == SockAddr.AF_INET && t.size() != 2) {
            throw SocketState.osError("IPv4 sockaddr must be 2 tuple");
        }
        if (found.get(0).family() == SockAddr.AF_INET6) {
            SockAddr.putIntNet(addr, 4, (int) flowinfo);
            SockAddr.putIntHost(addr, 24, (int) scope);
        }
        try {
            String[] r = Netdb.getnameinfo(addr, fl);
            return PyTuple.of(PyStr.of(r[0]), PyStr.of(r[1]));
        } catch (Netdb.LookupFailure f) {
            throw SocketState.gaiError(f);
        }
    }

    @Exposed(value = "gethostname($module, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject gethostname() {
        dev.krait.runtime.Audit.audit("socket.gethostname");
        try {
            return PyStr.of(Netdb.gethostname());
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }

    // CPython: Modules/socketmodule.c socket_sethostname (bytes as they are, else a file
    // system path's encoding)
    @Exposed(value = "sethostname($module, name, /)", signature = Exposed.Signature.HIDDEN)
    public static void sethostname(PyObject name) {
        byte[] b = name instanceof PyBytes bytes
                ? java.util.Arrays.copyOf(bytes.array(), bytes.size())
                : FamilyAddresses.fsConvert(name);
        try {
            SocketCalls.sethostname(b);
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }

    /** A host argument of the gethostby* functions: str (IDNA), bytes, bytearray. */
    private static byte[] hostName(PyObject o, String fn) {
        if (o instanceof PyStr || o instanceof PyBytes || o instanceof dev.krait.objects
                .PyByteArray) {
            return SockAddr.hostArg(o);
        }
        throw PyExceptions.typeError(fn + "() argument 1 must be str, bytes or bytearray, not "
                + o.type().getName());
    }

    // CPython: Modules/socketmodule.c socket_gethostbyname
    @Exposed(value = "gethostbyname($module, hostname, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject gethostbyname(PyObject hostname) {
        byte[] addr = SockAddr.resolve(hostName(hostname, "gethostbyname"), SockAddr.AF_INET);
        return PyStr.of(Netdb.inetNtop(SockAddr.AF_INET, SockAddr.slice(addr, 4, 4)));
    }

    // CPython: Modules/socketmodule.c socket_gethostbyname_ex, gethost_common
    @Exposed(value = "gethostbyname_ex($module, hostname, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject gethostbyname_ex(PyObject hostname) {
        byte[] name = hostName(hostname, "gethostbyname_ex");
        SockAddr.resolve(name, SockAddr.AF_INET);
        try {
            return hostTuple(Netdb.gethost(name, null, SockAddr.AF_INET));
        } catch (Netdb.LookupFailure f) {
            throw SocketState.hError(f);
        }
    }

    // CPython: Modules/socketmodule.c socket_gethostbyaddr
    @Exposed(value = "gethostbyaddr($module, ip_address, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject gethostbyaddr(PyObject ipAddress) {
        byte[] sa = SockAddr.resolve(hostName(ipAddress, "gethostbyaddr"), SockAddr.AF_UNSPEC);
        int af = SockAddr.family(sa);
        byte[] packed = af == SockAddr.AF_INET ? SockAddr.slice(sa, 4, 4)
                : SockAddr.slice(sa, 8, 16);
        try {
            return hostTuple(Netdb.gethost(null, packed, af));
        } catch (Netdb.LookupFailure f) {
            throw SocketState.hError(f);
        }
    }

    private static PyObject hostTuple(Netdb.HostEnt h) {
        List<PyObject> aliases = new ArrayList<>();
        for (String a : h.aliases()) {
            aliases.add(PyStr.of(a));
        }
        List<PyObject> addrs = new ArrayList<>();
        for (byte[] a : h.addrs()) {
            addrs.add(PyStr.of(Netdb.inetNtop(h.addrType(), a)));
        }
        return PyTuple.of(PyStr.of(h.name()), new PyList(aliases), new PyList(addrs));
    }

    // CPython: Modules/socketmodule.c socket_getservbyname
    @Exposed(value = "getservbyname($module, servicename, protocolname=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long getservbyname(PyObject servicename, PyObject protocolname) {
        int port = Netdb.getservbyname(text(servicename, "getservbyname", 1),
                protocolname == null ? null : text(protocolname, "getservbyname", 2));
        if (port < 0) {
            throw SocketState.osError("service/proto not found");
        }
        return port;
    }

    // CPython: Modules/socketmodule.c socket_getservbyport
    @Exposed(value = "getservbyport($module, port, protocolname=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject getservbyport(PyObject port, PyObject protocolname) {
        int p = CArgs.intFormat(port);
        if (p < 0 || p > 0xFFFF) {
            throw PyExceptions.overflowError("getservbyport: port must be 0-65535.");
        }
        String name = Netdb.getservbyport(p, protocolname == null ? null
                : text(protocolname, "getservbyport", 2));
        if (name == null) {
            throw SocketState.osError("port/proto not found");
        }
        return PyStr.of(name);
    }

    @Exposed(value = "getprotobyname($module, protocolname, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long getprotobyname(PyObject protocolname) {
        int n = Netdb.getprotobyname(text(protocolname, "getprotobyname", 1));
        if (n < 0) {
            throw SocketState.osError("protocol not found");
        }
        return n;
    }

    // ---- text and packed addresses -----------------------------------------------------------

    // CPython: Modules/socketmodule.c socket_inet_aton
    @Exposed(value = "inet_aton($module, string, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject inet_aton(PyObject string) {
        byte[] packed = Netdb.inetAton(text(string, "inet_aton", 1));
        if (packed == null) {
            throw SocketState.osError("illegal IP address string passed to inet_aton");
        }
        return PyBytes.of(packed);
    }

    // CPython: Modules/socketmodule.c socket_inet_ntoa
    @Exposed(value = "inet_ntoa($module, packed_ip, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject inet_ntoa(PyObject packedIp) {
        byte[] b = PyBytes.requireBytesLike(packedIp);
        if (b.length != 4) {
            throw SocketState.osError("packed IP wrong length for inet_ntoa");
        }
        return PyStr.of((b[0] & 0xFF) + "." + (b[1] & 0xFF) + "." + (b[2] & 0xFF) + "."
                + (b[3] & 0xFF));
    }

    // CPython: Modules/socketmodule.c socket_inet_pton
    @Exposed(value = "inet_pton($module, address_family, ip_string, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject inet_pton(PyObject family, PyObject ipString) {
        int af = CArgs.intFormat(family);
        byte[] text = text(ipString, "inet_pton", 2);
        byte[] packed;
        try {
            packed = Netdb.inetPton(af, text);
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
        if (packed == null) {
            throw SocketState.osError("illegal IP address string passed to inet_pton");
        }
        return PyBytes.of(packed);
    }

    // CPython: Modules/socketmodule.c socket_inet_ntop
    @Exposed(value = "inet_ntop($module, address_family, packed_ip, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject inet_ntop(PyObject family, PyObject packedIp) {
        int af = CArgs.intFormat(family);
        byte[] b = PyBytes.requireBytesLike(packedIp);
        if (af != SockAddr.AF_INET && af != SockAddr.AF_INET6) {
            throw PyExceptions.valueError("unknown address family " + af);
        }
        if (b.length != (af == SockAddr.AF_INET ? 4 : 16)) {
            throw PyExceptions.valueError("invalid length of packed IP address string");
        }
        try {
            return PyStr.of(Netdb.inetNtop(af, b));
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }

    // ---- network interfaces ------------------------------------------------------------------

    @Exposed(value = "if_nameindex($module, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject if_nameindex() {
        try {
            List<PyObject> out = new ArrayList<>();
            for (Object[] pair : Netdb.ifNameIndex()) {
                out.add(PyTuple.of(PyInt.of((Integer) pair[0]), PyStr.of((String) pair[1])));
            }
            return new PyList(out);
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }

    // CPython: Modules/socketmodule.c socket_if_nametoindex (the name is an os.fsencode'd path)
    @Exposed(value = "if_nametoindex($module, oname, /)", signature = Exposed.Signature.HIDDEN)
    public static long if_nametoindex(PyObject oname) {
        byte[] name = oname instanceof PyStr s
                ? StrCodecs.encode(s, StrCodecs.Codec.UTF8, "surrogateescape")
                : PyBytes.requireBytesLike(oname);
        int index = Netdb.ifNameToIndex(name);
        if (index == 0) {
            throw SocketState.osError("no interface with this name");
        }
        return index & 0xFFFFFFFFL;
    }

    @Exposed(value = "if_indextoname($module, index, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject if_indextoname(PyObject index) {
        // an unsigned long, cut to the unsigned int the C call takes
        int i = (int) CArgs.asUnsignedLong(index);
        try {
            return PyStr.of(Netdb.ifIndexToName(i));
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }
}
