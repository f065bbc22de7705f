package dev.krait.modules.ssl;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import java.io.ByteArrayOutputStream;

/**
 * {@code _ssl.MemoryBIO}: a byte queue one side of a TLS connection made with
 * {@code _wrap_bio} reads its records from (incoming) or writes them to (outgoing), so that
 * the program (asyncio's sslproto) moves them over any transport. {@code write_eof} marks the
 * end of the incoming stream.
 *
 * <p>CPython counterpart: Modules/_ssl.c {@code PySSLMemoryBIO} (an OpenSSL memory BIO).
 */
public final class PyMemoryBIO extends PyObject {
    public static final PyType TYPE = PyType.builtin("MemoryBIO", PyMemoryBIO.class, null)
            .withModule("_ssl");

    private byte[] data = new byte[0];
    private int start;
    private int end;
    private boolean eofWritten;

    PyMemoryBIO(PyType cls) {
        super(cls);
    }

    // CPython: Modules/_ssl.c _ssl_MemoryBIO_impl
    @Exposed(value = "__new__($type, /)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls) {
        return new PyMemoryBIO(cls);
    }

    int pendingCount() {
        return end - start;
    }

    boolean eofWritten() {
        return eofWritten;
    }

    /** Takes up to {@code n} bytes from the front (all when n is negative). */
    byte[] take(int n) {
        int k = n < 0 ? end - start : Math.min(n, end - start);
        byte[] out = java.util.Arrays.copyOfRange(data, start, start + k);
        start += k;
        if (start == end) {
            start = end = 0;
        }
        return out;
    }

    /** Appends bytes at the end. */
    void put(byte[] b, int off, int len) {
        if (end + len > data.length) {
            int live = end - start;
            byte[] bigger = live + len > data.length / 2
                    ? new byte[Math.max(16384, (live + len) * 2)] : data;
            System.arraycopy(data, start, bigger, 0, live);
            data = bigger;
            start = 0;
            end = live;
        }
        System.arraycopy(b, off, data, end, len);
        end += len;
    }

    @Exposed.Getter("pending")
    public long getPending() {
        return end - start;
    }

    @Exposed.Getter("eof")
    public boolean getEof() {
        return eofWritten && end == start;
    }

    // CPython: Modules/_ssl.c _ssl_MemoryBIO_read_impl
    @Exposed("read($self, size=-1, /)")
    public PyObject read(PyObject size) {
        return PyBytes.of(take(CArgs.intFormat(size)));
    }

    // CPython: Modules/_ssl.c _ssl_MemoryBIO_write_impl
    @Exposed("write($self, b, /)")
    public long write(PyObject b) {
        byte[] bytes = PyBytes.requireBytesLike(b);
        if (eofWritten) {
            throw SslErrors.plain("cannot write() after write_eof()");
        }
        put(bytes, 0, bytes.length);
        return bytes.length;
    }

    @Exposed("write_eof($self, /)")
    public void write_eof() {
        eofWritten = true;
    }
}
