package dev.krait.modules.socket;

import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.StrCodecs;
import java.util.List;

/**
 * Socket addresses between Python and the kernel: a Python address ({@code (host, port)} for
 * AF_INET, {@code (host, port, flowinfo, scope_id)} for AF_INET6, a path for AF_UNIX) becomes
 * the bytes of a {@code struct sockaddr_*}, resolving host names as CPython does, and a
 * {@code struct sockaddr} the kernel returns becomes the Python value CPython builds. The
 * addresses of Linux's other families (netlink, packet, CAN, ALG, ...) are
 * {@link FamilyAddresses}'.
 *
 * <p>CPython counterpart: Modules/socketmodule.c {@code getsockaddrarg}, {@code makesockaddr},
 * {@code setipaddr}, {@code idna_converter}.
 */
final class SockAddr {
    private SockAddr() {}

    static final int AF_UNSPEC = 0;
    static final int AF_UNIX = 1;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    private static final int SUN_PATH = 108;
    private static final int AI_PASSIVE = 1;
    private static final int SOCK_DGRAM = 2;

    // ---- Python to kernel --------------------------------------------------------------------

    /**
     * The sockaddr bytes for {@code address} in the family of socket {@code s}; {@code caller}
     * names errors. The Linux-only families are {@link FamilyAddresses}'.
     */
    // CPython: Modules/socketmodule.c getsockaddrarg
    static byte[] fromPython(PySocket s, PyObject address, String caller) {
        switch (s.family) {
            case AF_UNIX:
                return unix(s.family, address);
            case AF_INET:
            case FamilyAddresses.AF_RDS: // RDS sockets take AF_INET addresses
                return inet(AF_INET, address, caller);
            case AF_INET6:
                return inet(AF_INET6, address, caller);
            default:
                byte[] other = FamilyAddresses.fromPython(s, address, caller);
                if (other == null) {
                    throw SocketState.osError(caller + "(): bad family");
                }
                return other;
        }
    }

    private static byte[] unix(int family, PyObject address) {
        byte[] path;
        if (address instanceof PyStr s) {
            path = StrCodecs.encode(s, StrCodecs.Codec.UTF8, "surrogateescape");
        } else {
            path = PyBytes.requireBytesLike(address);
        }
        boolean abstractName = path.length == 0 || path[0] == 0;
        if (abstractName ? path.length > SUN_PATH : path.length >= SUN_PATH) {
            throw SocketState.osError("AF_UNIX path too long");
        }
        // A file name is passed with its terminating NUL; an abstract name is exactly its bytes.
        byte[] out = new byte[2 + path.length + (abstractName ? 0 : 1)];
        putShortHost(out, 0, family);
        System.arraycopy(path, 0, out, 2, path.length);
        return out;
    }

    private static byte[] inet(int family, PyObject address, String caller) {
        String which = family == AF_INET ? "AF_INET" : "AF_INET6";
        if (!(address instanceof PyTuple t)) {
            throw PyExceptions.typeError(caller + "(): " + which + " address must be tuple, not "
                    + address.type().getName());
        }
        String shape = family == AF_INET ? "AF_INET address must be a pair (host, port)"
                : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])";
        int n = t.size();
        if (family == AF_INET ? n != 2 : n < 2 || n > 4) {
            throw PyExceptions.typeError(shape);
        }
        byte[] host = hostArg(t.get(0));
        long port = cInt(t.get(1), caller + "(): port must be 0-65535.");
        if (port < 0 || port > 0xFFFF) {
            throw PyExceptions.overflowError(caller + "(): port must be 0-65535.");
        }
        byte[] resolved = resolve(host, family);
        if (family == AF_INET) {
            putShortNet(resolved, 2, (int) port);
            return resolved;
        }
        long flowinfo = n > 2 ? unsigned(t.get(2)) : 0;
        long scope = n > 3 ? unsigned(t.get(3)) : 0;
        if (flowinfo > 0xFFFFF) {
            throw PyExceptions.overflowError(caller + "(): flowinfo must be 0-1048575.");
        }
        putShortNet(resolved, 2, (int) port);
        putIntNet(resolved, 4, (int) flowinfo);
        putIntHost(resolved, 24, (int) scope);
        return resolved;
    }

    /** A C int argument; an int out of range raises OverflowError with {@code overflow}. */
    private static long cInt(PyObject o, String overflow) {
        PyInt i = Numbers.index(o);
        if (!i.isSmall() || i.longValue() > Integer.MAX_VALUE
                || i.longValue() < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError(overflow);
        }
        return i.longValue();
    }

    private static long unsigned(PyObject o) {
        PyInt i = Numbers.index(o);
        if (i.signum() < 0) {
            throw PyExceptions.overflowError("can't convert negative int to unsigned");
        }
        if (!i.isSmall() || i.longValue() > 0xFFFFFFFFL) {
            throw PyExceptions.overflowError("Python int too large to convert to C unsigned "
                    + "long");
        }
        return i.longValue();
    }

    /**
     * A host name as the "idna" codec encodes it; an ASCII name is its own encoding, so only
     * other names need the codec (and its {@code unicodedata} tables).
     */
    static byte[] idna(PyStr s) {
        String v = s.value();
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) >= 128) {
                return PyBytes.requireBytesLike(Ops.callMethod(s, "encode", PyStr.of("idna")));
            }
        }
        return v.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A host name argument: str (IDNA-encoded), bytes or bytearray. */
    // CPython: Modules/socketmodule.c idna_converter
    static byte[] hostArg(PyObject o) {
        if (o instanceof PyStr s) {
            byte[] b = idna(s);
            for (byte c : b) {
                if (c == 0) {
                    throw PyExceptions.typeError("host name must not contain null character");
                }
            }
            return b;
        }
        if (o instanceof PyBytes || o instanceof PyByteArray) {
            byte[] b = PyBytes.requireBytesLike(o);
            for (byte c : b) {
                if (c == 0) {
                    throw PyExceptions.typeError("host name must not contain null character");
                }
            }
            return b;
        }
        throw PyExceptions.typeError("str, bytes or bytearray expected, not "
                + o.type().getName());
    }

    /**
     * The sockaddr (port 0) of a host name in family {@code af} (AF_UNSPEC: either): the empty
     * name is the wildcard address, {@code <broadcast>} the broadcast one, numeric addresses are
     * parsed, other names looked up with getaddrinfo.
     */
    // CPython: Modules/socketmodule.c setipaddr
    static byte[] resolve(byte[] name, int af) {
        if (name.length == 0) {
            List<Netdb.AddrInfo> r = lookup(null, "0".getBytes(), af, SOCK_DGRAM, AI_PASSIVE);
            Netdb.AddrInfo first = r.get(0);
            if (first.family() != AF_INET && first.family() != AF_INET6) {
                throw SocketState.osError("unsupported address family");
            }
            if (r.size() > 1) {
                throw SocketState.osError("wildcard resolved to multiple address");
            }
            return first.addr();
        }
        String text = new String(name, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (text.equals("255.255.255.255") || text.equals("<broadcast>")) {
            if (af != AF_INET && af != AF_UNSPEC) {
                throw SocketState.osError("address family mismatched");
            }
            byte[] out = inet4(new byte[] {-1, -1, -1, -1});
            return out;
        }
        if (af == AF_INET || af == AF_UNSPEC) {
            byte[] packed = Netdb.inetPton(AF_INET, name);
            if (packed != null) {
                return inet4(packed);
            }
        }
        if (af == AF_INET6 || af == AF_UNSPEC) {
            byte[] packed = Netdb.inetPton(AF_INET6, name);
            if (packed != null) {
                return inet6(packed);
            }
        }
        byte[] found = lookup(name, null, af, 0, 0).get(0).addr();
        int family = shortHost(found, 0);
        if (family != AF_INET && family != AF_INET6) {
            throw SocketState.osError("unknown address family");
        }
        return found;
    }

    private static List<Netdb.AddrInfo> lookup(byte[] host, byte[] serv, int af, int type,
            int flags) {
        try {
            return Netdb.getaddrinfo(host, serv, af, type, 0, flags);
        } catch (Netdb.LookupFailure f) {
            throw SocketState.gaiError(f);
        }
    }

    static byte[] inet4(byte[] packed) {
        byte[] out = new byte[16];
        putShortHost(out, 0, AF_INET);
        System.arraycopy(packed, 0, out, 4, 4);
        return out;
    }

    static byte[] inet6(byte[] packed) {
        byte[] out = new byte[28];
        putShortHost(out, 0, AF_INET6);
        System.arraycopy(packed, 0, out, 8, 16);
        return out;
    }

    // ---- kernel to Python --------------------------------------------------------------------

    /** {@link #toPython(byte[], int, int)} of an address no socket gave (getaddrinfo's). */
    static PyObject toPython(byte[] a) {
        return toPython(a, -1, 0);
    }

    /** The Python value of an address socket {@code s} received. */
    static PyObject toPython(byte[] a, PySocket s) {
        return toPython(a, s.fd, s.proto);
    }

    /**
     * The Python value of a sockaddr the kernel returned (None when it gave none); {@code fd}
     * and {@code proto} are the socket's, which some families need (see
     * {@link FamilyAddresses#toPython}).
     */
    // CPython: Modules/socketmodule.c makesockaddr
    static PyObject toPython(byte[] a, int fd, int proto) {
        if (a == null || a.length < 2) {
            if (a != null && a.length == 2 && shortHost(a, 0) == AF_UNIX) {
                return PyStr.of("");
            }
            return PyNone.NONE;
        }
        int family = shortHost(a, 0);
        switch (family) {
            case AF_INET:
                return PyTuple.of(PyStr.of(Netdb.inetNtop(AF_INET, slice(a, 4, 4))),
                        PyInt.of(shortNet(a, 2)));
            case AF_INET6:
                return PyTuple.of(PyStr.of(Netdb.inetNtop(AF_INET6, slice(a, 8, 16))),
                        PyInt.of(shortNet(a, 2)), PyInt.of(intNet(a, 4) & 0xFFFFFFFFL),
                        PyInt.of(intHost(a, 24) & 0xFFFFFFFFL));
            case AF_UNIX: {
                int len = a.length - 2;
                if (len > 0 && a[2] == 0) {
                    return PyBytes.of(slice(a, 2, len));
                }
                int end = 2;
                while (end < a.length && a[end] != 0) {
                    end++;
                }
                return StrCodecs.decode(a, 2, end, StrCodecs.Codec.UTF8, "surrogateescape");
            }
            default:
                PyObject other = FamilyAddresses.toPython(a, fd, proto);
                if (other != null) {
                    return other;
                }
                return PyTuple.of(PyInt.of(family), PyBytes.of(slice(a, 2,
                        Math.min(14, a.length - 2))));
        }
    }

    /** The family of a sockaddr's bytes. */
    static int family(byte[] a) {
        return shortHost(a, 0);
    }

    // ---- byte order --------------------------------------------------------------------------

    static byte[] slice(byte[] a, int from, int n) {
        byte[] out = new byte[n];
        System.arraycopy(a, from, out, 0, n);
        return out;
    }

    static int shortHost(byte[] a, int at) {
        return (a[at] & 0xFF) | (a[at + 1] & 0xFF) << 8;
    }

    static int shortNet(byte[] a, int at) {
        return (a[at] & 0xFF) << 8 | (a[at + 1] & 0xFF);
    }

    static int intNet(byte[] a, int at) {
        return (a[at] & 0xFF) << 24 | (a[at + 1] & 0xFF) << 16 | (a[at + 2] & 0xFF) << 8
                | (a[at + 3] & 0xFF);
    }

    static int intHost(byte[] a, int at) {
        return (a[at] & 0xFF) | (a[at + 1] & 0xFF) << 8 | (a[at + 2] & 0xFF) << 16
                | (a[at + 3] & 0xFF) << 24;
    }

    static void putShortHost(byte[] a, int at, int v) {
        a[at] = (byte) v;
        a[at + 1] = (byte) (v >> 8);
    }

    static void putShortNet(byte[] a, int at, int v) {
        a[at] = (byte) (v >> 8);
        a[at + 1] = (byte) v;
    }

    static void putIntNet(byte[] a, int at, int v) {
        a[at] = (byte) (v >> 24);
        a[at + 1] = (byte) (v >> 16);
        a[at + 2] = (byte) (v >> 8);
        a[at + 3] = (byte) v;
    }

    static void putIntHost(byte[] a, int at, int v) {
        a[at] = (byte) v;
        a[at + 1] = (byte) (v >> 8);
        a[at + 2] = (byte) (v >> 16);
        a[at + 3] = (byte) (v >> 24);
    }
}
