package dev.krait.modules.socket;

import dev.krait.objects.CArgs;
import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.LONG;
import static dev.krait.modules.posix.Libc.PTR;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sendmsg}, {@code recvmsg}, {@code recvmsg_into} and {@code sendmsg_afalg}:
 * scatter/gather I/O with ancillary data (file descriptors passed with SCM_RIGHTS, credentials,
 * AF_ALG's operation and IV), through a {@code struct msghdr} laid out in native memory (Linux
 * x86-64/AArch64 layout: 56 bytes, {@code struct cmsghdr} headers of 16 bytes aligned to 8).
 *
 * <p>CPython counterpart: Modules/socketmodule.c {@code sock_sendmsg}, {@code sock_recvmsg_guts},
 * {@code sock_sendmsg_afalg}, {@code CMSG_LEN}, {@code CMSG_SPACE}.
 */
public final class SocketMessages {
    private SocketMessages() {}

    private static final int MSGHDR = 56;
    private static final int CMSG_HDR = 16;

    private static boolean notIterable(PyObject o) {
        return o.type().lookup("__iter__") == null && o.type().lookup("__getitem__") == null;
    }

    static long align(long n) {
        return (n + 7) & ~7L;
    }

    /** CMSG_LEN(n): a header and n bytes of data. */
    static long cmsgLen(long n) {
        return CMSG_HDR + n;
    }

    /** CMSG_SPACE(n): a header and n bytes of data, padded to the alignment. */
    static long cmsgSpace(long n) {
        return CMSG_HDR + align(n);
    }

    // CPython: Modules/socketmodule.c sock_sendmsg
    @Exposed(value = "sendmsg($self, buffers, ancdata=<unrepresentable>, flags=0, "
            + "address=<unrepresentable>, /)", signature = Exposed.Signature.HIDDEN)
    public static long sendmsg(PySocket self, PyObject buffers, PyObject ancdata, PyObject flags,
            PyObject address) {
        List<byte[]> data = buffers(buffers);
        List<Object[]> items = new ArrayList<>();
        if (ancdata != null) {
            if (notIterable(ancdata)) {
                throw PyExceptions.typeError("sendmsg() argument 2 must be an iterable");
            }
            for (PyObject item : Iteration.toList(ancdata)) {
                if (!(item instanceof PyTuple t) || t.size() != 3) {
                    throw PyExceptions.typeError("[sendmsg() ancillary data items]() argument "
                            + "must be sequence of length 3, not " + item.type().getName());
                }
                items.add(new Object[] {CArgs.intFormat(t.get(0)), CArgs.intFormat(t.get(1)),
                    PyBytes.requireBytesLike(t.get(2))});
            }
        }
        int fl = flags == null ? 0 : CArgs.intFormat(flags);
        byte[] addr = address == null || address == PyNone.NONE ? null
                : SockAddr.fromPython(self, address, "sendmsg");
        return send(self, data, items, fl, addr);
    }

    /** The buffers of sendmsg's first argument. */
    // CPython: Modules/socketmodule.c sock_sendmsg_iovec
    private static List<byte[]> buffers(PyObject buffers) {
        List<byte[]> data = new ArrayList<>();
        if (notIterable(buffers)) {
            throw PyExceptions.typeError("sendmsg() argument 1 must be an iterable");
        }
        for (PyObject b : Iteration.toList(buffers)) {
            data.add(PyBytes.requireBytesLike(b));
        }
        return data;
    }

    /**
     * sendmsg(2) of {@code data} with ancillary {@code items} ({level, type, data} each), to
     * {@code addr} (null: the connected peer).
     */
    private static long send(PySocket self, List<byte[]> data, List<Object[]> items, int fl,
            byte[] addr) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment msg = a.allocate(MSGHDR, 8);
            if (addr != null) {
                msg.set(PTR, 0, SocketCalls.copy(a, addr));
                msg.set(INT, 8, addr.length);
            }
            MemorySegment iov = a.allocate(16L * Math.max(1, data.size()), 8);
            for (int i = 0; i < data.size(); i++) {
                byte[] b = data.get(i);
                iov.set(PTR, 16L * i, SocketCalls.copy(a, b));
                iov.set(LONG, 16L * i + 8, b.length);
            }
            msg.set(PTR, 16, iov);
            msg.set(LONG, 24, data.size());
            long controlLen = 0;
            for (Object[] item : items) {
                controlLen += cmsgSpace(((byte[]) item[2]).length);
            }
            if (controlLen > 0) {
                MemorySegment control = a.allocate(controlLen, 8);
                long off = 0;
                for (Object[] item : items) {
                    byte[] b = (byte[]) item[2];
                    control.set(LONG, off, cmsgLen(b.length));
                    control.set(INT, off + 8, (Integer) item[0]);
                    control.set(INT, off + 12, (Integer) item[1]);
                    MemorySegment.copy(b, 0, control, ValueLayout.JAVA_BYTE, off + CMSG_HDR,
                            b.length);
                    off += cmsgSpace(b.length);
                }
                msg.set(PTR, 32, control);
                msg.set(LONG, 40, controlLen);
            }
            return self.call(true, dontWait -> SocketCalls.sendmsg(self.fd, msg, fl | dontWait));
        }
    }

    // CPython: Modules/socketmodule.c sock_recvmsg
    @Exposed(value = "recvmsg($self, bufsize, ancbufsize=0, flags=0, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject recvmsg(PySocket self, PyObject bufsize, PyObject ancbufsize,
            PyObject flags) {
        long n = CArgs.asSsizeT(bufsize);
        if (n < 0) {
            throw PyExceptions.valueError("negative buffer size in recvmsg()");
        }
        byte[][] out = new byte[1][];
        PyObject[] rest = receive(self, new long[] {n}, ancbufsize, flags, "recvmsg", out);
        return PyTuple.of(PyBytes.of(out[0]), rest[0], rest[1], rest[2]);
    }

    // CPython: Modules/socketmodule.c sock_recvmsg_into
    @Exposed(value = "recvmsg_into($self, buffers, ancbufsize=0, flags=0, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject recvmsg_into(PySocket self, PyObject buffers, PyObject ancbufsize,
            PyObject flags) {
        if (notIterable(buffers)) {
            throw PyExceptions.typeError("recvmsg_into() argument 1 must be an iterable");
        }
        List<PyObject> targets = Iteration.toList(buffers);
        long[] sizes = new long[targets.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = SocketTransfer.writableLength(targets.get(i), "recvmsg_into");
        }
        byte[][] out = new byte[1][];
        PyObject[] rest = receive(self, sizes, ancbufsize, flags, "recvmsg_into", out);
        int at = 0;
        for (int i = 0; i < sizes.length && at < out[0].length; i++) {
            int n = (int) Math.min(sizes[i], out[0].length - at);
            SocketTransfer.write(targets.get(i), SockAddr.slice(out[0], at, n), n);
            at += n;
        }
        return PyTuple.of(PyInt.of(out[0].length), rest[0], rest[1], rest[2]);
    }

    /**
     * recvmsg(2) into buffers of {@code sizes}: the data received goes to {@code out[0]};
     * returns {ancillary data list, msg_flags, address}.
     */
    // CPython: Modules/socketmodule.c sock_recvmsg_guts
    private static PyObject[] receive(PySocket self, long[] sizes, PyObject ancbufsize,
            PyObject flags, String fn, byte[][] out) {
        long anc = ancbufsize == null ? 0 : CArgs.asSsizeT(ancbufsize);
        if (anc < 0) {
            throw PyExceptions.valueError("negative buffer size in " + fn + "()");
        }
        int fl = flags == null ? 0 : CArgs.intFormat(flags);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment msg = a.allocate(MSGHDR, 8);
            MemorySegment name = a.allocate(SocketCalls.ADDR_MAX, 8);
            MemorySegment iov = a.allocate(16L * Math.max(1, sizes.length), 8);
            long total = 0;
            for (long s : sizes) {
                total += s;
            }
            MemorySegment data = a.allocate(Math.max(1, total), 8);
            long off = 0;
            for (int i = 0; i < sizes.length; i++) {
                iov.set(PTR, 16L * i, data.asSlice(off));
                iov.set(LONG, 16L * i + 8, sizes[i]);
                off += sizes[i];
            }
            MemorySegment control = anc > 0 ? a.allocate(anc, 8) : MemorySegment.NULL;
            long got = self.call(false, dontWait -> {
                msg.set(PTR, 0, name);
                msg.set(INT, 8, SocketCalls.ADDR_MAX);
                msg.set(PTR, 16, iov);
                msg.set(LONG, 24, sizes.length);
                msg.set(PTR, 32, control);
                msg.set(LONG, 40, anc);
                msg.set(INT, 48, 0);
                return SocketCalls.recvmsg(self.fd, msg, fl | dontWait);
            });
            out[0] = SocketCalls.bytes(data, (int) got);
            List<PyObject> items = new ArrayList<>();
            long controlLen = msg.get(LONG, 40);
            for (long at = 0; control.address() != 0 && at + CMSG_HDR <= controlLen; ) {
                long len = control.get(LONG, at);
                if (len < CMSG_HDR) {
                    break;
                }
                long dataLen = Math.min(len, controlLen - at) - CMSG_HDR;
                byte[] b = SocketCalls.bytes(control.asSlice(at + CMSG_HDR, dataLen),
                        (int) dataLen);
                items.add(PyTuple.of(PyInt.of(control.get(INT, at + 8)),
                        PyInt.of(control.get(INT, at + 12)), PyBytes.of(b)));
                at += align(len);
            }
            int nameLen = msg.get(INT, 8);
            PyObject address = nameLen == 0 ? PyNone.NONE
                    : SockAddr.toPython(SocketCalls.bytes(name, nameLen));
            return new PyObject[] {new PyList(items), PyInt.of(msg.get(INT, 48)), address};
        }
    }

    private static final int AF_ALG = 38;
    private static final int SOL_ALG = 279;
    private static final int ALG_SET_IV = 2;
    private static final int ALG_SET_OP = 3;
    private static final int ALG_SET_AEAD_ASSOCLEN = 4;

    /**
     * sendmsg for an AF_ALG operation socket: the data, with the operation (ALG_OP_ENCRYPT,
     * ...), an initialisation vector and the AEAD associated data length as SOL_ALG control
     * messages.
     */
    // CPython: Modules/socketmodule.c sock_sendmsg_afalg
    @Exposed(value = "sendmsg_afalg($self, /, msg=<unrepresentable>, *, op=<unrepresentable>, "
            + "iv=<unrepresentable>, assoclen=<unrepresentable>, flags=0)",
            signature = Exposed.Signature.HIDDEN)
    public static long sendmsg_afalg(PySocket self, PyObject msg, PyObject op, PyObject iv,
            PyObject assoclen, PyObject flags) {
        if (self.family != AF_ALG) {
            throw SocketState.osError("algset is only supported for AF_ALG");
        }
        // getargs numbers the arguments by their place in the format "|O$O!y*O!i"
        if (op != null && !(op instanceof PyInt)) {
            throw PyExceptions.typeError("sendmsg_afalg() argument 2 must be int, not "
                    + op.type().getName());
        }
        byte[] ivBytes = iv == null ? null : PyBytes.requireBytesLike(iv);
        if (assoclen != null && !(assoclen instanceof PyInt)) {
            throw PyExceptions.typeError("sendmsg_afalg() argument 4 must be int, not "
                    + assoclen.type().getName());
        }
        int fl = CArgs.intFormat(flags);
        // a missing op, one out of C int's range or a negative one are all the same error
        PyInt opInt = (PyInt) op;
        if (opInt == null || !opInt.isSmall() || opInt.longValue() < 0
                || opInt.longValue() > Integer.MAX_VALUE) {
            throw PyExceptions.typeError("Invalid or missing argument 'op'");
        }
        int assoc = -1;
        if (assoclen != null) {
            assoc = CArgs.asInt(assoclen);
            if (assoc < 0) {
                throw PyExceptions.typeError("assoclen must be positive");
            }
        }
        List<Object[]> items = new ArrayList<>();
        items.add(new Object[] {SOL_ALG, ALG_SET_OP, intBytes((int) opInt.longValue(), 4)});
        if (ivBytes != null) {
            // struct af_alg_iv: the length, then the vector; CPython gives this message the
            // length CMSG_SPACE (padded), which the padding of the data reproduces
            byte[] ivData = new byte[(int) align(4 + ivBytes.length)];
            System.arraycopy(intBytes(ivBytes.length, 4), 0, ivData, 0, 4);
            System.arraycopy(ivBytes, 0, ivData, 4, ivBytes.length);
            items.add(new Object[] {SOL_ALG, ALG_SET_IV, ivData});
        }
        if (assoc >= 0) {
            items.add(new Object[] {SOL_ALG, ALG_SET_AEAD_ASSOCLEN, intBytes(assoc, 4)});
        }
        List<byte[]> data = msg == null ? List.of() : buffers(msg);
        return send(self, data, items, fl, null);
    }

    /** {@code v} in the machine's (little-endian) order, in {@code n} bytes. */
    private static byte[] intBytes(int v, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (v >> (8 * i));
        }
        return b;
    }
}
