package dev.krait.modules.socket;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.LONG;
import static dev.krait.modules.posix.Libc.PTR;
import static dev.krait.modules.posix.Libc.check;
import static dev.krait.modules.posix.Libc.internal;
import static dev.krait.modules.posix.Libc.state;

import dev.krait.modules.posix.Libc;
import dev.krait.runtime.Gil;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The BSD socket calls of the C library, bound through the Foreign Function and Memory API, on
 * real file descriptors (so a socket's {@code fileno()} means the same to {@code select},
 * {@code os.read} and child processes as in CPython). Addresses travel as the raw bytes of a
 * {@code struct sockaddr} ({@link SockAddr} converts them to and from Python's tuples).
 *
 * <p>The calls that may wait (connect, accept, send, recv and their kin) run with the global
 * interpreter lock released, as CPython's {@code Py_BEGIN_ALLOW_THREADS} does, so that other
 * Python threads run meanwhile. Each method throws {@link Libc.Failure} with errno when the call
 * fails; the caller ({@link PySocket}) applies timeouts and turns errno into OSError.
 */
final class SocketCalls {
    private SocketCalls() {}

    /** The size of {@code struct sockaddr_storage}: room for any address. */
    static final int ADDR_MAX = 128;

    private static final MethodHandle SOCKET = Libc.errnoCall("socket",
            FunctionDescriptor.of(INT, INT, INT, INT));
    private static final MethodHandle SOCKETPAIR = Libc.errnoCall("socketpair",
            FunctionDescriptor.of(INT, INT, INT, INT, PTR));
    private static final MethodHandle BIND = Libc.errnoCall("bind",
            FunctionDescriptor.of(INT, INT, PTR, INT));
    private static final MethodHandle LISTEN = Libc.errnoCall("listen",
            FunctionDescriptor.of(INT, INT, INT));
    private static final MethodHandle ACCEPT4 = Libc.errnoCall("accept4",
            FunctionDescriptor.of(INT, INT, PTR, PTR, INT));
    private static final MethodHandle CONNECT = Libc.errnoCall("connect",
            FunctionDescriptor.of(INT, INT, PTR, INT));
    private static final MethodHandle SEND = Libc.errnoCall("send",
            FunctionDescriptor.of(LONG, INT, PTR, LONG, INT));
    private static final MethodHandle SENDTO = Libc.errnoCall("sendto",
            FunctionDescriptor.of(LONG, INT, PTR, LONG, INT, PTR, INT));
    private static final MethodHandle RECV = Libc.errnoCall("recv",
            FunctionDescriptor.of(LONG, INT, PTR, LONG, INT));
    private static final MethodHandle RECVFROM = Libc.errnoCall("recvfrom",
            FunctionDescriptor.of(LONG, INT, PTR, LONG, INT, PTR, PTR));
    private static final MethodHandle SENDMSG = Libc.errnoCall("sendmsg",
            FunctionDescriptor.of(LONG, INT, PTR, INT));
    private static final MethodHandle RECVMSG = Libc.errnoCall("recvmsg",
            FunctionDescriptor.of(LONG, INT, PTR, INT));
    private static final MethodHandle SHUTDOWN = Libc.errnoCall("shutdown",
            FunctionDescriptor.of(INT, INT, INT));
    private static final MethodHandle GETSOCKNAME = Libc.errnoCall("getsockname",
            FunctionDescriptor.of(INT, INT, PTR, PTR));
    private static final MethodHandle GETPEERNAME = Libc.errnoCall("getpeername",
            FunctionDescriptor.of(INT, INT, PTR, PTR));
    private static final MethodHandle SETSOCKOPT = Libc.errnoCall("setsockopt",
            FunctionDescriptor.of(INT, INT, INT, INT, PTR, INT));
    private static final MethodHandle GETSOCKOPT = Libc.errnoCall("getsockopt",
            FunctionDescriptor.of(INT, INT, INT, INT, PTR, PTR));

    /** ioctl(2) with a pointer argument (it is variadic in C). */
    private static final MethodHandle IOCTL = Libc.errnoCall("ioctl",
            FunctionDescriptor.of(INT, INT, LONG, PTR), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle SETHOSTNAME = Libc.errnoCall("sethostname",
            FunctionDescriptor.of(INT, PTR, LONG));
    private static final long SIOCGIFNAME = 0x8910;
    private static final long SIOCGIFINDEX = 0x8933;
    /** {@code sizeof(struct ifreq)}: the name, then a union whose first int is the index. */
    private static final int IFREQ = 40;

    /** A native call that may throw anything the method handle machinery throws. */
    @FunctionalInterface
    interface NativeCall {
        long run() throws Throwable;
    }

    /** Runs a call that may wait, with the interpreter lock released. */
    static long blocking(NativeCall call) {
        return Gil.allowThreads(() -> {
            try {
                return call.run();
            } catch (Throwable t) {
                throw internal(t);
            }
        });
    }

    static int socket(int family, int type, int proto) {
        try {
            return check((int) SOCKET.invokeExact(state(), family, type, proto));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int[] socketpair(int family, int type, int proto) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fds = a.allocate(INT, 2);
            check((int) SOCKETPAIR.invokeExact(state(), family, type, proto, fds));
            return new int[] {fds.getAtIndex(INT, 0), fds.getAtIndex(INT, 1)};
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void bind(int fd, byte[] addr) {
        try (Arena a = Arena.ofConfined()) {
            check((int) BIND.invokeExact(state(), fd, copy(a, addr), addr.length));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void listen(int fd, int backlog) {
        try {
            check((int) LISTEN.invokeExact(state(), fd, backlog));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** accept4(2): the new descriptor, with the peer's address stored in {@code peer[0]}. */
    static int accept(int fd, int flags, byte[][] peer) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(ADDR_MAX, 8);
            MemorySegment len = a.allocate(INT);
            len.set(INT, 0, ADDR_MAX);
            int s = (int) check(blocking(() -> (int) ACCEPT4.invokeExact(state(), fd, buf, len,
                    flags)));
            peer[0] = bytes(buf, len.get(INT, 0));
            return s;
        }
    }

    /** connect(2); the caller handles EINPROGRESS of a non-blocking socket. */
    static void connect(int fd, byte[] addr) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = copy(a, addr);
            check(blocking(() -> (int) CONNECT.invokeExact(state(), fd, s, addr.length)));
        }
    }

    /** send(2) or, with an address, sendto(2) of {@code data[off, off+len)}. */
    static int send(int fd, byte[] data, int off, int len, int flags, byte[] addr) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = a.allocate(Math.max(len, 1));
            MemorySegment.copy(data, off, s, ValueLayout.JAVA_BYTE, 0, len);
            if (addr == null) {
                return (int) check(blocking(() -> (long) SEND.invokeExact(state(), fd, s,
                        (long) len, flags)));
            }
            MemorySegment to = copy(a, addr);
            return (int) check(blocking(() -> (long) SENDTO.invokeExact(state(), fd, s,
                    (long) len, flags, to, addr.length)));
        }
    }

    /**
     * recv(2), or recvfrom(2) when {@code from} is not null (the sender's address is stored in
     * {@code from[0]}, null when the kernel gave none), into {@code buf[off, off+len)}; returns
     * the count received.
     */
    static int recv(int fd, byte[] buf, int off, int len, int flags, byte[][] from) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = a.allocate(Math.max(len, 1));
            int n;
            if (from == null) {
                n = (int) check(blocking(() -> (long) RECV.invokeExact(state(), fd, s,
                        (long) len, flags)));
            } else {
                MemorySegment addr = a.allocate(ADDR_MAX, 8);
                MemorySegment addrLen = a.allocate(INT);
                addrLen.set(INT, 0, ADDR_MAX);
                n = (int) check(blocking(() -> (long) RECVFROM.invokeExact(state(), fd, s,
                        (long) len, flags, addr, addrLen)));
                from[0] = bytes(addr, addrLen.get(INT, 0));
            }
            MemorySegment.copy(s, ValueLayout.JAVA_BYTE, 0, buf, off, n);
            return n;
        }
    }

    /** sendmsg(2) of a prepared {@code struct msghdr}. */
    static long sendmsg(int fd, MemorySegment msghdr, int flags) {
        return check(blocking(() -> (long) SENDMSG.invokeExact(state(), fd, msghdr, flags)));
    }

    /** recvmsg(2) into a prepared {@code struct msghdr}. */
    static long recvmsg(int fd, MemorySegment msghdr, int flags) {
        return check(blocking(() -> (long) RECVMSG.invokeExact(state(), fd, msghdr, flags)));
    }

    static void shutdown(int fd, int how) {
        try {
            check((int) SHUTDOWN.invokeExact(state(), fd, how));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** getsockname(2), or getpeername(2) when {@code peer}: the address's bytes. */
    static byte[] name(int fd, boolean peer) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(ADDR_MAX, 8);
            MemorySegment len = a.allocate(INT);
            len.set(INT, 0, ADDR_MAX);
            if (peer) {
                check((int) GETPEERNAME.invokeExact(state(), fd, buf, len));
            } else {
                check((int) GETSOCKNAME.invokeExact(state(), fd, buf, len));
            }
            return bytes(buf, len.get(INT, 0));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void setsockopt(int fd, int level, int option, byte[] value) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = value.length == 0 ? MemorySegment.NULL : copy(a, value);
            check((int) SETSOCKOPT.invokeExact(state(), fd, level, option, s, value.length));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** setsockopt(2) with a NULL value of {@code length} bytes (the optval=None form). */
    static void setsockoptNull(int fd, int level, int option, int length) {
        try {
            check((int) SETSOCKOPT.invokeExact(state(), fd, level, option, MemorySegment.NULL,
                    length));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** getsockopt(2) with room for {@code length} bytes: the bytes the kernel gave. */
    static byte[] getsockopt(int fd, int level, int option, int length) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(length, 1), 8);
            MemorySegment len = a.allocate(INT);
            len.set(INT, 0, length);
            check((int) GETSOCKOPT.invokeExact(state(), fd, level, option, buf, len));
            return bytes(buf, len.get(INT, 0));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** getsockopt(2) of an int option. */
    static int getsockoptInt(int fd, int level, int option) {
        byte[] b = getsockopt(fd, level, option, 4);
        return (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24;
    }

    /** The index of the interface named {@code name} (SIOCGIFINDEX on {@code fd}). */
    static int interfaceIndex(int fd, byte[] name) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment req = a.allocate(IFREQ, 8);
            MemorySegment.copy(name, 0, req, ValueLayout.JAVA_BYTE, 0,
                    Math.min(name.length, FamilyAddresses.IFNAMSIZ - 1));
            check((int) IOCTL.invokeExact(state(), fd, SIOCGIFINDEX, req));
            return req.get(INT, FamilyAddresses.IFNAMSIZ);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** The name of interface {@code index} (SIOCGIFNAME on {@code fd}), or null on failure. */
    static byte[] interfaceName(int fd, int index) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment req = a.allocate(IFREQ, 8);
            req.set(INT, FamilyAddresses.IFNAMSIZ, index);
            if ((int) IOCTL.invokeExact(state(), fd, SIOCGIFNAME, req) < 0) {
                return null;
            }
            byte[] name = bytes(req, FamilyAddresses.IFNAMSIZ);
            int end = 0;
            while (end < name.length && name[end] != 0) {
                end++;
            }
            return java.util.Arrays.copyOf(name, end);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void sethostname(byte[] name) {
        try (Arena a = Arena.ofConfined()) {
            check((int) SETHOSTNAME.invokeExact(state(), copy(a, name), (long) name.length));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static MemorySegment copy(Arena a, byte[] data) {
        MemorySegment s = a.allocate(Math.max(data.length, 1), 8);
        MemorySegment.copy(data, 0, s, ValueLayout.JAVA_BYTE, 0, data.length);
        return s;
    }

    static byte[] bytes(MemorySegment s, int n) {
        byte[] out = new byte[Math.max(0, Math.min(n, (int) s.byteSize()))];
        MemorySegment.copy(s, ValueLayout.JAVA_BYTE, 0, out, 0, out.length);
        return out;
    }
}
