package dev.krait.modules.socket;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.LONG;
import static dev.krait.modules.posix.Libc.PTR;
import static dev.krait.modules.posix.Libc.internal;
import static dev.krait.modules.posix.Libc.state;

import dev.krait.modules.posix.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The C library's name service calls ({@code getaddrinfo}, {@code getnameinfo},
 * {@code gethostbyname_r}, {@code inet_pton}...), bound through FFM, so that Krait resolves
 * names exactly as CPython does on the same machine ({@code /etc/hosts}, nsswitch, DNS).
 * Lookups that may wait on the network run with the interpreter lock released.
 *
 * <p>Failures come back as values (an EAI_* or h_errno code in a {@link Lookup}); the module
 * functions turn them into {@code socket.gaierror} and {@code socket.herror}.
 */
final class Netdb {
    private Netdb() {}

    static final int EAI_SYSTEM = -11;

    private static final MethodHandle GETADDRINFO = Libc.errnoCall("getaddrinfo",
            FunctionDescriptor.of(INT, PTR, PTR, PTR, PTR));
    private static final MethodHandle FREEADDRINFO = Libc.plainCall("freeaddrinfo",
            FunctionDescriptor.ofVoid(PTR));
    private static final MethodHandle GAI_STRERROR = Libc.plainCall("gai_strerror",
            FunctionDescriptor.of(PTR, INT));
    private static final MethodHandle GETNAMEINFO = Libc.errnoCall("getnameinfo",
            FunctionDescriptor.of(INT, PTR, INT, PTR, INT, PTR, INT, INT));
    private static final MethodHandle GETHOSTBYNAME_R = Libc.plainCall("gethostbyname_r",
            FunctionDescriptor.of(INT, PTR, PTR, PTR, LONG, PTR, PTR));
    private static final MethodHandle GETHOSTBYADDR_R = Libc.plainCall("gethostbyaddr_r",
            FunctionDescriptor.of(INT, PTR, INT, INT, PTR, PTR, LONG, PTR, PTR));
    private static final MethodHandle HSTRERROR = Libc.plainCall("hstrerror",
            FunctionDescriptor.of(PTR, INT));
    private static final MethodHandle GETHOSTNAME = Libc.errnoCall("gethostname",
            FunctionDescriptor.of(INT, PTR, LONG));
    private static final MethodHandle INET_PTON = Libc.errnoCall("inet_pton",
            FunctionDescriptor.of(INT, INT, PTR, PTR));
    private static final MethodHandle INET_NTOP = Libc.errnoCall("inet_ntop",
            FunctionDescriptor.of(PTR, INT, PTR, PTR, INT));
    private static final MethodHandle INET_ATON = Libc.plainCall("inet_aton",
            FunctionDescriptor.of(INT, PTR, PTR));
    private static final MethodHandle IF_NAMETOINDEX = Libc.errnoCall("if_nametoindex",
            FunctionDescriptor.of(INT, PTR));
    private static final MethodHandle IF_INDEXTONAME = Libc.errnoCall("if_indextoname",
            FunctionDescriptor.of(PTR, INT, PTR));
    private static final MethodHandle IF_NAMEINDEX = Libc.errnoCall("if_nameindex",
            FunctionDescriptor.of(PTR));
    private static final MethodHandle GETSERVBYNAME = Libc.plainCall("getservbyname",
            FunctionDescriptor.of(PTR, PTR, PTR));
    private static final MethodHandle GETSERVBYPORT = Libc.plainCall("getservbyport",
            FunctionDescriptor.of(PTR, INT, PTR));
    private static final MethodHandle GETPROTOBYNAME = Libc.plainCall("getprotobyname",
            FunctionDescriptor.of(PTR, PTR));
    private static final MethodHandle IF_FREENAMEINDEX = Libc.plainCall("if_freenameindex",
            FunctionDescriptor.ofVoid(PTR));

    /** One entry of getaddrinfo's answer. */
    record AddrInfo(int family, int type, int proto, String canonName, byte[] addr) {}

    /** A host entry (gethostbyname_r / gethostbyaddr_r): name, aliases, raw addresses. */
    record HostEnt(String name, List<String> aliases, int addrType, List<byte[]> addrs) {}

    /** A lookup's failure code (EAI_* or h_errno), with errno for EAI_SYSTEM. */
    static final class LookupFailure extends RuntimeException {
        final int code;
        final int errno;

        LookupFailure(int code, int errno) {
            super(null, null, false, false);
            this.code = code;
            this.errno = errno;
        }
    }

    /** getaddrinfo(3); null host or service means NULL. Throws {@link LookupFailure}. */
    static List<AddrInfo> getaddrinfo(byte[] host, byte[] service, int family, int type,
            int proto, int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment hints = a.allocate(48, 8);
            hints.set(INT, 0, flags);
            hints.set(INT, 4, family);
            hints.set(INT, 8, type);
            hints.set(INT, 12, proto);
            MemorySegment h = host == null ? MemorySegment.NULL : Libc.cString(a, host);
            MemorySegment s = service == null ? MemorySegment.NULL : Libc.cString(a, service);
            MemorySegment out = a.allocate(PTR);
            int err = (int) SocketCalls.blocking(() -> (int) GETADDRINFO.invokeExact(state(), h,
                    s, hints, out));
            if (err != 0) {
                throw new LookupFailure(err, Libc.lastErrno());
            }
            MemorySegment first = out.get(PTR, 0);
            List<AddrInfo> result = new ArrayList<>();
            try {
                for (MemorySegment p = first; p.address() != 0; ) {
                    MemorySegment ai = p.reinterpret(48);
                    int addrLen = ai.get(INT, 16);
                    MemorySegment addr = ai.get(PTR, 24).reinterpret(addrLen);
                    MemorySegment canon = ai.get(PTR, 32);
                    result.add(new AddrInfo(ai.get(INT, 4), ai.get(INT, 8), ai.get(INT, 12),
                            canon.address() == 0 ? "" : Libc.cText(canon, 1025),
                            SocketCalls.bytes(addr, addrLen)));
                    p = ai.get(PTR, 40);
                }
            } finally {
                FREEADDRINFO.invokeExact(first);
            }
            return result;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static String gaiStrerror(int code) {
        try {
            return Libc.cText((MemorySegment) GAI_STRERROR.invokeExact(code), 1024);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static String hstrerror(int code) {
        try {
            return Libc.cText((MemorySegment) HSTRERROR.invokeExact(code), 1024);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** getnameinfo(3): {host, service}. Throws {@link LookupFailure}. */
    static String[] getnameinfo(byte[] addr, int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment sa = SocketCalls.copy(a, addr);
            MemorySegment host = a.allocate(1025);
            MemorySegment serv = a.allocate(32);
            int err = (int) SocketCalls.blocking(() -> (int) GETNAMEINFO.invokeExact(state(), sa,
                    addr.length, host, 1025, serv, 32, flags));
            if (err != 0) {
                throw new LookupFailure(err, Libc.lastErrno());
            }
            return new String[] {Libc.cText(host, 1025), Libc.cText(serv, 32)};
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /**
     * gethostbyname_r(3), or gethostbyaddr_r(3) when {@code addr} is not null (of family
     * {@code family}). Throws {@link LookupFailure} with h_errno.
     */
    static HostEnt gethost(byte[] name, byte[] addr, int family) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ent = a.allocate(32, 8);
            long bufLen = 16384;
            MemorySegment buf = a.allocate(bufLen, 8);
            MemorySegment result = a.allocate(PTR);
            MemorySegment herrno = a.allocate(INT);
            if (addr == null) {
                MemorySegment n = Libc.cString(a, name);
                SocketCalls.blocking(() -> (int) GETHOSTBYNAME_R.invokeExact(n, ent, buf,
                        bufLen, result, herrno));
            } else {
                MemorySegment ad = SocketCalls.copy(a, addr);
                SocketCalls.blocking(() -> (int) GETHOSTBYADDR_R.invokeExact(ad, addr.length,
                        family, ent, buf, bufLen, result, herrno));
            }
            if (result.get(PTR, 0).address() == 0) {
                throw new LookupFailure(herrno.get(INT, 0), 0);
            }
            int length = ent.get(INT, 20);
            List<String> aliases = new ArrayList<>();
            MemorySegment list = ent.get(PTR, 8).reinterpret(Long.MAX_VALUE);
            for (long i = 0; list.getAtIndex(PTR, i).address() != 0; i++) {
                aliases.add(Libc.cText(list.getAtIndex(PTR, i), 1025));
            }
            List<byte[]> addrs = new ArrayList<>();
            list = ent.get(PTR, 24).reinterpret(Long.MAX_VALUE);
            for (long i = 0; list.getAtIndex(PTR, i).address() != 0; i++) {
                addrs.add(SocketCalls.bytes(list.getAtIndex(PTR, i).reinterpret(length),
                        length));
            }
            return new HostEnt(Libc.cText(ent.get(PTR, 0), 1025), aliases, ent.get(INT, 16),
                    addrs);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static String gethostname() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(1025);
            Libc.check((int) GETHOSTNAME.invokeExact(state(), buf, 1024L));
            return Libc.cText(buf, 1025);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** inet_pton(3): the packed address, null when {@code text} is not one. */
    static byte[] inetPton(int family, byte[] text) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment dst = a.allocate(16);
            int r = Libc.check((int) INET_PTON.invokeExact(state(), family, Libc.cString(a,
                    text), dst));
            return r == 0 ? null : SocketCalls.bytes(dst, family == 2 ? 4 : 16);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** inet_ntop(3) of a packed address of the family's size. */
    static String inetNtop(int family, byte[] packed) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment dst = a.allocate(64);
            MemorySegment r = (MemorySegment) INET_NTOP.invokeExact(state(), family,
                    SocketCalls.copy(a, packed), dst, 64);
            if (r.address() == 0) {
                throw new Libc.Failure(Libc.lastErrno());
            }
            return Libc.cText(dst, 64);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** inet_aton(3): the four bytes, null when the text is not an address. */
    static byte[] inetAton(byte[] text) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment dst = a.allocate(4);
            int r = (int) INET_ATON.invokeExact(Libc.cString(a, text), dst);
            return r == 0 ? null : SocketCalls.bytes(dst, 4);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int ifNameToIndex(byte[] name) {
        try (Arena a = Arena.ofConfined()) {
            return (int) IF_NAMETOINDEX.invokeExact(state(), Libc.cString(a, name));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** if_indextoname(3): the name, or a {@link Libc.Failure}. */
    static String ifIndexToName(int index) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(64);
            MemorySegment r = (MemorySegment) IF_INDEXTONAME.invokeExact(state(), index, buf);
            if (r.address() == 0) {
                throw new Libc.Failure(Libc.lastErrno());
            }
            return Libc.cText(buf, 64);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** if_nameindex(3): pairs of index and name. */
    static List<Object[]> ifNameIndex() {
        try {
            MemorySegment first = (MemorySegment) IF_NAMEINDEX.invokeExact(state());
            if (first.address() == 0) {
                throw new Libc.Failure(Libc.lastErrno());
            }
            List<Object[]> out = new ArrayList<>();
            MemorySegment all = first.reinterpret(Long.MAX_VALUE);
            for (long off = 0; ; off += 16) {
                int index = all.get(INT, off);
                MemorySegment name = all.get(PTR, off + 8);
                if (index == 0 && name.address() == 0) {
                    break;
                }
                out.add(new Object[] {index, Libc.cText(name, 64)});
            }
            IF_FREENAMEINDEX.invokeExact(first);
            return out;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /**
     * getservbyname(3): the port (host order), or -1 when unknown. {@code proto} may be null.
     * The C library keeps the answer in static storage, so interpreters take turns.
     */
    static synchronized int getservbyname(byte[] name, byte[] proto) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment p = proto == null ? MemorySegment.NULL : Libc.cString(a, proto);
            MemorySegment r = (MemorySegment) GETSERVBYNAME.invokeExact(Libc.cString(a, name), p);
            if (r.address() == 0) {
                return -1;
            }
            return Short.reverseBytes((short) r.reinterpret(32).get(INT, 16)) & 0xFFFF;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** getservbyport(3): the service name, or null when unknown. */
    static synchronized String getservbyport(int port, byte[] proto) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment p = proto == null ? MemorySegment.NULL : Libc.cString(a, proto);
            int net = Short.reverseBytes((short) port) & 0xFFFF;
            MemorySegment r = (MemorySegment) GETSERVBYPORT.invokeExact(net, p);
            if (r.address() == 0) {
                return null;
            }
            return Libc.cText(r.reinterpret(32).get(PTR, 0), 256);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** getprotobyname(3): the protocol number, or -1 when unknown. */
    static synchronized int getprotobyname(byte[] name) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment r = (MemorySegment) GETPROTOBYNAME.invokeExact(Libc.cString(a, name));
            return r.address() == 0 ? -1 : r.reinterpret(24).get(INT, 16);
        } catch (Throwable t) {
            throw internal(t);
        }
    }
}
