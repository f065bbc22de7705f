package dev.krait.modules.socket;

import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.ProcessFunctions;
import dev.krait.objects.CArgs;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.StrCodecs;
import java.math.BigInteger;

/**
 * The addresses of Linux's other socket families, both ways, as CPython builds and parses
 * them: AF_NETLINK {@code (pid, groups)}, AF_QIPCRTR {@code (node, port)}, AF_VSOCK
 * {@code (cid, port)}, AF_PACKET {@code (ifname, proto[, pkttype[, hatype[, addr]]])}, AF_TIPC
 * {@code (addr_type, v1, v2, v3[, scope])}, AF_CAN {@code (interface,)} (ISOTP adds
 * {@code rx_id, tx_id}, J1939 {@code name, pgn, addr}) and AF_ALG
 * {@code (type, name[, feat[, mask]])}. Each family parses its tuple with the
 * {@code PyArg_ParseTuple} format CPython uses, so wrong shapes and types raise CPython's
 * messages; an interface name becomes an index with the SIOCGIFINDEX ioctl, and back with
 * SIOCGIFNAME, on the socket's own descriptor. {@link SockAddr} handles the Internet and Unix
 * families and calls here for the others.
 *
 * <p>CPython counterpart: Modules/socketmodule.c {@code getsockaddrarg} and
 * {@code makesockaddr}, the cases of these families.
 */
final class FamilyAddresses {
    private FamilyAddresses() {}

    static final int AF_NETLINK = 16;
    static final int AF_PACKET = 17;
    static final int AF_RDS = 21;
    static final int AF_CAN = 29;
    static final int AF_TIPC = 30;
    static final int AF_ALG = 38;
    static final int AF_VSOCK = 40;
    static final int AF_QIPCRTR = 42;

    private static final int CAN_RAW = 1;
    private static final int CAN_BCM = 2;
    private static final int CAN_ISOTP = 6;
    private static final int CAN_J1939 = 7;
    private static final int TIPC_ADDR_NAMESEQ = 1;
    private static final int TIPC_ADDR_NAME = 2;
    private static final int TIPC_ADDR_ID = 3;
    private static final int TIPC_CLUSTER_SCOPE = 2;
    /** {@code IFNAMSIZ}: an interface name and its NUL. */
    static final int IFNAMSIZ = 16;
    private static final int ALG_TYPE_SIZE = 14;
    private static final int ALG_NAME_SIZE = 64;

    // ---- Python to kernel --------------------------------------------------------------------

    /** The sockaddr for {@code address} on socket {@code s}, or null for another family. */
    // CPython: Modules/socketmodule.c getsockaddrarg
    static byte[] fromPython(PySocket s, PyObject address, String caller) {
        switch (s.family) {
            case AF_NETLINK: {
                PyTuple t = tuple(address, caller, "AF_NETLINK");
                if (t.size() != 2) {
                    throw PyExceptions.typeError("AF_NETLINK address must be a pair (pid, groups)");
                }
                byte[] out = new byte[12];
                SockAddr.putShortHost(out, 0, AF_NETLINK);
                SockAddr.putIntHost(out, 4, CArgs.unsignedIntMask(t.get(0)));
                SockAddr.putIntHost(out, 8, CArgs.unsignedIntMask(t.get(1)));
                return out;
            }
            case AF_QIPCRTR:
            case AF_VSOCK: {
                // CPython names the function "getsockaddrarg" in these two families' errors
                String which = s.family == AF_VSOCK ? "AF_VSOCK" : "AF_QIPCRTR";
                if (!(address instanceof PyTuple t)) {
                    throw PyExceptions.typeError("getsockaddrarg: " + which
                            + " address must be tuple, not " + address.type().getName());
                }
                count(t, 2, "getsockaddrarg() takes");
                int first = CArgs.unsignedIntMask(t.get(0));
                int second = CArgs.unsignedIntMask(t.get(1));
                byte[] out = new byte[s.family == AF_VSOCK ? 16 : 12];
                SockAddr.putShortHost(out, 0, s.family);
                if (s.family == AF_VSOCK) {
                    SockAddr.putIntHost(out, 4, second); // svm_port, then svm_cid
                    SockAddr.putIntHost(out, 8, first);
                } else {
                    SockAddr.putIntHost(out, 4, first); // sq_node, then sq_port
                    SockAddr.putIntHost(out, 8, second);
                }
                return out;
            }
            case AF_RDS:
                return null; // an AF_INET address (SockAddr)
            case AF_PACKET:
                return packet(s, address, caller);
            case AF_TIPC:
                return tipc(address, caller);
            case AF_CAN:
                return can(s, address, caller);
            case AF_ALG:
                return alg(address, caller);
            default:
                return null;
        }
    }

    private static PyTuple tuple(PyObject address, String caller, String family) {
        if (address instanceof PyTuple t) {
            return t;
        }
        throw PyExceptions.typeError(caller + "(): " + family + " address must be tuple, not "
                + address.type().getName());
    }

    /** PyArg_ParseTuple's count error for a format of exactly {@code n} items. */
    private static void count(PyTuple t, int n, String takes) {
        if (t.size() != n) {
            throw PyExceptions.typeError(takes + " exactly " + n + " arguments (" + t.size()
                    + " given)");
        }
    }

    /** The "s" format: a str without NUL, as UTF-8; another type gets {@code shape}. */
    private static byte[] string(PyObject o, String shape) {
        if (!(o instanceof PyStr str)) {
            throw PyExceptions.typeError(shape);
        }
        return CArgs.cStringBytes(str);
    }

    /** The "i" format of an AF_PACKET field: an overflow says the argument is out of range. */
    private static int packetInt(PyObject o, String caller) {
        try {
            return CArgs.intFormat(o);
        } catch (dev.krait.objects.PyException e) {
            if (e.value.type() == PyExceptions.OverflowError) {
                throw PyExceptions.overflowError(caller + "(): address argument out of range");
            }
            throw e;
        }
    }

    // CPython: Modules/socketmodule.c getsockaddrarg, case AF_PACKET
    private static byte[] packet(PySocket s, PyObject address, String caller) {
        PyTuple t = tuple(address, caller, "AF_PACKET");
        String shape = "AF_PACKET address must be a tuple of two to five elements";
        if (t.size() < 2 || t.size() > 5) {
            throw PyExceptions.typeError(shape);
        }
        byte[] ifname = string(t.get(0), shape);
        int proto = packetInt(t.get(1), caller);
        int pkttype = t.size() > 2 ? packetInt(t.get(2), caller) : 0; // PACKET_HOST
        int hatype = t.size() > 3 ? packetInt(t.get(3), caller) : 0;
        byte[] haddr = t.size() > 4 ? PyBytes.requireBytesLike(t.get(4)) : null;
        // like strncpy into ifr_name: a longer name is cut, not refused
        int index = interfaceIndex(s, java.util.Arrays.copyOf(ifname,
                Math.min(ifname.length, IFNAMSIZ - 1)));
        if (haddr != null && haddr.length > 8) {
            throw PyExceptions.valueError("Hardware address must be 8 bytes or less");
        }
        if (proto < 0 || proto > 0xFFFF) {
            throw PyExceptions.overflowError(caller + "(): proto must be 0-65535.");
        }
        byte[] out = new byte[20];
        SockAddr.putShortHost(out, 0, AF_PACKET);
        SockAddr.putShortNet(out, 2, proto);
        SockAddr.putIntHost(out, 4, index);
        SockAddr.putShortHost(out, 8, hatype);
        out[10] = (byte) pkttype;
        if (haddr != null) {
            out[11] = (byte) haddr.length;
            System.arraycopy(haddr, 0, out, 12, haddr.length);
        }
        return out;
    }

    // CPython: Modules/socketmodule.c getsockaddrarg, case AF_TIPC
    private static byte[] tipc(PyObject address, String caller) {
        PyTuple t = tuple(address, caller, "AF_TIPC");
        if (t.size() < 4 || t.size() > 5) {
            throw PyExceptions.typeError("AF_TIPC address must be a tuple "
                    + "(addr_type, v1, v2, v3[, scope])");
        }
        int atype = CArgs.unsignedIntMask(t.get(0));
        int v1 = CArgs.unsignedIntMask(t.get(1));
        int v2 = CArgs.unsignedIntMask(t.get(2));
        int v3 = CArgs.unsignedIntMask(t.get(3));
        int scope = t.size() > 4 ? CArgs.unsignedIntMask(t.get(4)) : TIPC_CLUSTER_SCOPE;
        byte[] out = new byte[16];
        SockAddr.putShortHost(out, 0, AF_TIPC);
        out[2] = (byte) atype;
        out[3] = (byte) scope;
        switch (atype) {
            case TIPC_ADDR_NAMESEQ:
                SockAddr.putIntHost(out, 4, v1);
                SockAddr.putIntHost(out, 8, v2);
                SockAddr.putIntHost(out, 12, v3);
                break;
            case TIPC_ADDR_NAME:
                SockAddr.putIntHost(out, 4, v1);
                SockAddr.putIntHost(out, 8, v2);
                break;
            case TIPC_ADDR_ID:
                // struct tipc_portid holds ref before node; the tuple gives node first
                SockAddr.putIntHost(out, 8, v1);
                SockAddr.putIntHost(out, 4, v2);
                break;
            default:
                throw PyExceptions.typeError("Invalid address type");
        }
        return out;
    }

    // CPython: Modules/socketmodule.c getsockaddrarg, case AF_CAN
    private static byte[] can(PySocket s, PyObject address, String caller) {
        byte[] out = new byte[24];
        SockAddr.putShortHost(out, 0, AF_CAN);
        switch (s.proto) {
            case CAN_RAW:
            case CAN_BCM: {
                PyTuple t = tuple(address, caller, "AF_CAN");
                if (t.size() != 1) {
                    throw PyExceptions.typeError("AF_CAN address must be a tuple (interface, )");
                }
                SockAddr.putIntHost(out, 4, canInterface(s, t.get(0)));
                return out;
            }
            case CAN_ISOTP: {
                PyTuple t = formatTuple(address, 3);
                byte[] name = fsConvert(t.get(0));
                long rx = unsignedLongFormat(t.get(1), 2);
                long tx = unsignedLongFormat(t.get(2), 3);
                SockAddr.putIntHost(out, 4, canIndex(s, name));
                SockAddr.putIntHost(out, 8, (int) rx);
                SockAddr.putIntHost(out, 12, (int) tx);
                return out;
            }
            case CAN_J1939: {
                PyTuple t = formatTuple(address, 4);
                byte[] name = fsConvert(t.get(0));
                long j1939Name = unsignedLongFormat(t.get(1), 2);
                int pgn = CArgs.unsignedIntMask(t.get(2));
                int addr = CArgs.unsignedIntMask(t.get(3)); // "B": the low byte
                SockAddr.putIntHost(out, 4, canIndex(s, name));
                SockAddr.putIntHost(out, 8, (int) j1939Name);
                SockAddr.putIntHost(out, 12, (int) (j1939Name >>> 32));
                SockAddr.putIntHost(out, 16, pgn);
                out[20] = (byte) addr;
                return out;
            }
            default:
                throw SocketState.osError(caller + "(): unsupported CAN protocol");
        }
    }

    /**
     * The tuple of a nameless "O&kk"-style format of {@code n} items: CPython parses the ISOTP
     * and J1939 addresses without checking first that they are tuples.
     */
    private static PyTuple formatTuple(PyObject address, int n) {
        if (!(address instanceof PyTuple t)) {
            throw PyExceptions.systemError("new style getargs format but argument is not a "
                    + "tuple");
        }
        count(t, n, "function takes");
        return t;
    }

    /** The "k" and "K" formats: an int (no __index__), its low 64 bits. */
    private static long unsignedLongFormat(PyObject o, int position) {
        if (!(o instanceof PyInt)) {
            throw PyExceptions.typeError("argument " + position + " must be int, not "
                    + o.type().getName());
        }
        return CArgs.unsignedLongMask(o);
    }

    /** PyUnicode_FSConverter: str (UTF-8, surrogateescape), bytes or os.PathLike. */
    // CPython: Objects/unicodeobject.c PyUnicode_FSConverter
    static byte[] fsConvert(PyObject o) {
        PyObject p = ProcessFunctions.fspath(o);
        byte[] b = p instanceof PyStr str
                ? StrCodecs.encode(str, StrCodecs.Codec.UTF8, "surrogateescape")
                : PyBytes.requireBytesLike(p);
        for (byte x : b) {
            if (x == 0) {
                throw PyExceptions.valueError("embedded null byte");
            }
        }
        return b;
    }

    private static int canInterface(PySocket s, PyObject name) {
        return canIndex(s, fsConvert(name));
    }

    /** An AF_CAN interface's index: 0 (any) for the empty name. */
    private static int canIndex(PySocket s, byte[] name) {
        if (name.length == 0) {
            return 0;
        }
        if (name.length >= IFNAMSIZ) {
            throw SocketState.osError("AF_CAN interface name too long");
        }
        return interfaceIndex(s, name);
    }

    private static int interfaceIndex(PySocket s, byte[] name) {
        try {
            return SocketCalls.interfaceIndex(s.fd, name);
        } catch (Libc.Failure f) {
            throw SocketState.error(f);
        }
    }

    // CPython: Modules/socketmodule.c getsockaddrarg, case AF_ALG
    private static byte[] alg(PyObject address, String caller) {
        PyTuple t = tuple(address, caller, "AF_ALG");
        String shape = "AF_ALG address must be a tuple (type, name[, feat[, mask]])";
        if (t.size() < 2 || t.size() > 4) {
            throw PyExceptions.typeError(shape);
        }
        byte[] type = string(t.get(0), shape);
        byte[] name = string(t.get(1), shape);
        // "H": the low 16 bits, written over the low half of the 32-bit fields
        int feat = t.size() > 2 ? CArgs.unsignedIntMask(t.get(2)) & 0xFFFF : 0;
        int mask = t.size() > 3 ? CArgs.unsignedIntMask(t.get(3)) & 0xFFFF : 0;
        if (type.length >= ALG_TYPE_SIZE) {
            throw PyExceptions.valueError("AF_ALG type too long.");
        }
        if (name.length >= ALG_NAME_SIZE) {
            throw PyExceptions.valueError("AF_ALG name too long.");
        }
        byte[] out = new byte[88];
        SockAddr.putShortHost(out, 0, AF_ALG);
        System.arraycopy(type, 0, out, 2, type.length);
        SockAddr.putIntHost(out, 16, feat);
        SockAddr.putIntHost(out, 20, mask);
        System.arraycopy(name, 0, out, 24, name.length);
        return out;
    }

    // ---- kernel to Python --------------------------------------------------------------------

    /**
     * The Python value of sockaddr {@code a} of these families, or null for another family;
     * {@code fd} (-1 for none) names interfaces, {@code proto} picks the AF_CAN shape.
     */
    // CPython: Modules/socketmodule.c makesockaddr
    static PyObject toPython(byte[] given, int fd, int proto) {
        // the kernel may return less than the whole struct: the rest reads as zeros, as in
        // CPython's zeroed buffer
        byte[] a = java.util.Arrays.copyOf(given, Math.max(given.length, SocketCalls.ADDR_MAX));
        switch (SockAddr.family(a)) {
            case AF_NETLINK:
            case AF_QIPCRTR:
                return PyTuple.of(uint(a, 4), uint(a, 8));
            case AF_VSOCK:
                return PyTuple.of(uint(a, 8), uint(a, 4)); // (cid, port)
            case AF_PACKET: {
                int halen = Math.min(8, a[11] & 0xFF);
                byte[] raw = interfaceName(fd, intAt(a, 4));
                PyStr ifname = StrCodecs.decode(raw, 0, raw.length, StrCodecs.Codec.UTF8,
                        "strict");
                return PyTuple.of(ifname, PyInt.of(SockAddr.shortNet(a, 2)),
                        PyInt.of(a[10] & 0xFF), PyInt.of(SockAddr.shortHost(a, 8)),
                        PyBytes.of(SockAddr.slice(a, 12, halen)));
            }
            case AF_TIPC:
                return tipcToPython(a);
            case AF_CAN: {
                byte[] raw = interfaceName(fd, intAt(a, 4));
                PyObject ifname = StrCodecs.decode(raw, 0, raw.length, StrCodecs.Codec.UTF8,
                        "surrogateescape");
                if (proto == CAN_ISOTP) {
                    return PyTuple.of(ifname, uint(a, 8), uint(a, 12));
                }
                if (proto == CAN_J1939) {
                    long name = (intAt(a, 8) & 0xFFFFFFFFL) | (long) intAt(a, 12) << 32;
                    PyInt big = name >= 0 ? PyInt.of(name)
                            : PyInt.of(new BigInteger(Long.toUnsignedString(name)));
                    return PyTuple.of(ifname, big, uint(a, 16), PyInt.of(a[20] & 0xFF));
                }
                return PyTuple.of(ifname);
            }
            case AF_ALG:
                return PyTuple.of(cString(a, 2, ALG_TYPE_SIZE), cString(a, 24, ALG_NAME_SIZE),
                        PyInt.of(intAt(a, 16) & 0xFFFF), PyInt.of(intAt(a, 20) & 0xFFFF));
            default:
                return null;
        }
    }

    // CPython: Modules/socketmodule.c makesockaddr, case AF_TIPC
    private static PyObject tipcToPython(byte[] a) {
        int atype = a[2] & 0xFF;
        PyInt scope = PyInt.of(a[3] & 0xFFFFFFFFL); // a signed char widened to unsigned int
        switch (atype) {
            case TIPC_ADDR_NAMESEQ:
                return PyTuple.of(PyInt.of(atype), uint(a, 4), uint(a, 8), uint(a, 12), scope);
            case TIPC_ADDR_NAME:
                return PyTuple.of(PyInt.of(atype), uint(a, 4), uint(a, 8), uint(a, 8), scope);
            case TIPC_ADDR_ID:
                return PyTuple.of(PyInt.of(atype), uint(a, 8), uint(a, 4), PyInt.of(0), scope);
            default:
                throw PyExceptions.valueError("Invalid address type");
        }
    }

    private static int intAt(byte[] a, int at) {
        return at + 4 <= a.length ? SockAddr.intHost(a, at) : 0;
    }

    private static PyInt uint(byte[] a, int at) {
        return PyInt.of(intAt(a, at) & 0xFFFFFFFFL);
    }

    /** A NUL-terminated UTF-8 field of {@code size} bytes ("s#" with strnlen). */
    private static PyObject cString(byte[] a, int at, int size) {
        int end = at;
        while (end < Math.min(a.length, at + size) && a[end] != 0) {
            end++;
        }
        return StrCodecs.decode(a, at, end, StrCodecs.Codec.UTF8, "strict");
    }

    /** The name of interface {@code index}: empty for 0 or when the ioctl fails, as in C. */
    private static byte[] interfaceName(int fd, int index) {
        if (index == 0) {
            return new byte[0];
        }
        byte[] name = SocketCalls.interfaceName(fd, index);
        return name == null ? new byte[0] : name;
    }
}
