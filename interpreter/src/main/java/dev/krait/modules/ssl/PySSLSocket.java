package dev.krait.modules.ssl;

import dev.krait.modules.socket.PySocket;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.nio.ByteBuffer;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * {@code _ssl._SSLSocket}: one TLS connection, a JDK {@code SSLEngine} driven by hand over
 * either a socket ({@code _wrap_socket}: Lib/ssl.py's SSLSocket) or two {@link PyMemoryBIO}s
 * ({@code _wrap_bio}: SSLObject, asyncio's sslproto). The engine only turns bytes into records
 * and back; this class moves the records: {@link #flush} sends what the engine wrote,
 * {@link #fill} receives what it needs, honouring the socket's timeout, and raising
 * SSLWantReadError/SSLWantWriteError where OpenSSL's non-blocking {@code SSL_*} calls return
 * {@code SSL_ERROR_WANT_*} (a non-blocking socket, or a BIO with nothing to read).
 *
 * <p>Every JDK {@code SSLException} becomes the SSLError CPython raises for the same event
 * ({@link TlsFailures}); a write that could not finish on a non-blocking socket remembers how
 * much it already encrypted, so that the retry with the same data OpenSSL requires continues
 * where it stopped.
 *
 * <p>CPython counterpart: Modules/_ssl.c {@code PySSLSocket}, {@code do_handshake},
 * {@code _ssl__SSLSocket_read_impl}, {@code _ssl__SSLSocket_write_impl},
 * {@code _ssl__SSLSocket_shutdown_impl}, {@code PySSL_select}.
 */
public final class PySSLSocket extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("_SSLSocket", PySSLSocket.class, null)
            .withModule("_ssl");

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    PySSLContext context;
    final boolean serverSide;
    final String serverHostname;
    private final PySocket sock;
    private final PyMemoryBIO incoming;
    private final PyMemoryBIO outgoing;
    private PyObject owner = PyNone.NONE;
    private SSLEngine engine;
    /** Received records not yet decrypted (write mode: position is the end of the data). */
    private ByteBuffer netIn;
    /** Decrypted data not yet read (write mode). */
    private ByteBuffer appIn;
    /** Encrypted bytes not yet sent. */
    private byte[] netOut = new byte[0];
    private int netOutStart;
    private int netOutEnd;
    private boolean began;
    private boolean handshakeDone;
    private boolean closeNotifyReceived;
    private int writeConsumed;
    X509Certificate[] peerChain;
    private int verifyCode = -1;
    private String verifyMessage;
    PyException sniFailure;
    boolean sniDone;
    boolean sniRefused;

    private PySSLSocket(PySSLContext context, PySocket sock, PyMemoryBIO in, PyMemoryBIO out,
            boolean serverSide, String serverHostname) {
        super(TYPE);
        this.context = context;
        this.sock = sock;
        this.incoming = in;
        this.outgoing = out;
        this.serverSide = serverSide;
        this.serverHostname = serverHostname;
    }

    static PyObject create(PySSLContext ctx, PySocket sock, PyMemoryBIO in, PyMemoryBIO out,
            boolean serverSide, String hostname, PyObject owner, PyObject session) {
        if (serverSide && ctx.protocol == PySSLContext.PROTOCOL_TLS_CLIENT) {
            throw PyExceptions.valueError("Cannot create a server socket with a "
                    + "PROTOCOL_TLS_CLIENT context");
        }
        if (!serverSide && ctx.protocol == PySSLContext.PROTOCOL_TLS_SERVER) {
            throw PyExceptions.valueError("Cannot create a client socket with a "
                    + "PROTOCOL_TLS_SERVER context");
        }
        PySSLSocket s = new PySSLSocket(ctx, sock, in, out, serverSide, hostname);
        try {
            s.engine = EngineFactory.create(s);
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            throw SslErrors.plain("cannot create a TLS engine: " + e.getMessage());
        }
        int packet = s.engine.getSession().getPacketBufferSize();
        s.netIn = ByteBuffer.allocate(packet * 2);
        s.appIn = ByteBuffer.allocate(s.engine.getSession().getApplicationBufferSize() * 2);
        if (owner != null && owner != PyNone.NONE) {
            s.owner = owner;
        }
        return s;
    }

    PyObject ownerOrSelf() {
        return owner == PyNone.NONE ? this : owner;
    }

    void recordVerifyFailure(int code, String message) {
        verifyCode = code;
        verifyMessage = message;
    }

    // ---- moving records ----------------------------------------------------------------------

    private void checkSocket() {
        if (sock != null && sock.isClosed()) {
            throw SslErrors.plain("Underlying socket connection gone");
        }
    }

    private static PyException timedOut(String what) {
        return PyExceptions.of(PyExceptions.TimeoutError, "The " + what
                + " operation timed out");
    }

    /** Sends (or puts in the outgoing BIO) every encrypted byte waiting. */
    private void flush(int line, String what) {
        if (netOutEnd == netOutStart) {
            return;
        }
        if (sock == null) {
            outgoing.put(netOut, netOutStart, netOutEnd - netOutStart);
            netOutStart = netOutEnd = 0;
            return;
        }
        long timeout = sock.timeoutNanos();
        long deadline = timeout > 0 ? System.nanoTime() + timeout : 0;
        while (netOutStart < netOutEnd) {
            checkSocket();
            int n = sock.transferNow(true, netOut, netOutStart, netOutEnd - netOutStart);
            if (n >= 0) {
                netOutStart += n;
                continue;
            }
            if (timeout == 0) {
                throw SslErrors.wantWrite(line);
            }
            long left = timeout < 0 ? -1 : deadline - System.nanoTime();
            if (timeout > 0 && left <= 0 || !sock.awaitReady(true, left)) {
                throw timedOut(what);
            }
        }
        netOutStart = netOutEnd = 0;
    }

    /** Receives more records into {@link #netIn}; false at the end of the stream. */
    private boolean fill(int line, String what) {
        if (!netIn.hasRemaining()) {
            ByteBuffer bigger = ByteBuffer.allocate(netIn.capacity() * 2);
            netIn.flip();
            bigger.put(netIn);
            netIn = bigger;
        }
        if (sock == null) {
            if (incoming.pendingCount() == 0) {
                if (incoming.eofWritten()) {
                    return false;
                }
                throw SslErrors.wantRead(line);
            }
            byte[] b = incoming.take(netIn.remaining());
            netIn.put(b);
            return true;
        }
        long timeout = sock.timeoutNanos();
        long deadline = timeout > 0 ? System.nanoTime() + timeout : 0;
        // Take no more than the record being read: what stays in the kernel keeps the socket
        // readable, and programs that select() before each read (asyncore servers) rely on
        // that, as they may with OpenSSL, which reads a header and then its record.
        int have = netIn.position();
        int want;
        if (have < 5) {
            want = 5 - have;
        } else {
            want = 5 + (((netIn.get(3) & 0xFF) << 8) | (netIn.get(4) & 0xFF)) - have;
            if (want <= 0) {
                want = netIn.remaining();
            }
        }
        byte[] buf = new byte[Math.min(want, netIn.remaining())];
        while (true) {
            checkSocket();
            int n = sock.transferNow(false, buf, 0, buf.length);
            if (n > 0) {
                netIn.put(buf, 0, n);
                return true;
            }
            if (n == 0) {
                return false;
            }
            if (timeout == 0) {
                throw SslErrors.wantRead(line);
            }
            long left = timeout < 0 ? -1 : deadline - System.nanoTime();
            if (timeout > 0 && left <= 0 || !sock.awaitReady(false, left)) {
                throw timedOut(what);
            }
        }
    }

    private void appendOut(ByteBuffer dst) {
        dst.flip();
        int n = dst.remaining();
        if (netOutEnd + n > netOut.length) {
            byte[] bigger = new byte[Math.max(netOut.length * 2, netOutEnd + n)];
            System.arraycopy(netOut, 0, bigger, 0, netOutEnd);
            netOut = bigger;
        }
        dst.get(netOut, netOutEnd, n);
        netOutEnd += n;
    }

    private SSLEngineResult wrap(ByteBuffer src) throws SSLException {
        ByteBuffer dst = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        SSLEngineResult r = engine.wrap(src, dst);
        appendOut(dst);
        return r;
    }

    private SSLEngineResult unwrap() throws SSLException {
        netIn.flip();
        try {
            while (true) {
                SSLEngineResult r = engine.unwrap(netIn, appIn);
                if (r.getStatus() != SSLEngineResult.Status.BUFFER_OVERFLOW) {
                    if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
                        closeNotifyReceived = true;
                    }
                    return r;
                }
                ByteBuffer bigger = ByteBuffer.allocate(appIn.capacity() * 2);
                appIn.flip();
                bigger.put(appIn);
                appIn = bigger;
            }
        } finally {
            netIn.compact();
        }
    }

    private void runTasks() {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
            task.run();
        }
    }

    /** Answers what the engine asks for outside the handshake (tickets, key updates). */
    private void service() throws SSLException {
        while (true) {
            switch (engine.getHandshakeStatus()) {
                case NEED_TASK -> runTasks();
                case NEED_WRAP -> {
                    if (wrap(EMPTY).getStatus() == SSLEngineResult.Status.CLOSED
                            && engine.isOutboundDone()) {
                        return;
                    }
                }
                default -> {
                    return;
                }
            }
        }
    }

    private PyException failure(SSLException e, int line) {
        // send the alert the engine has made, as OpenSSL does, before reporting
        try {
            for (int i = 0; i < 4 && engine.getHandshakeStatus()
                    == SSLEngineResult.HandshakeStatus.NEED_WRAP; i++) {
                wrap(EMPTY);
            }
            flush(line, "write");
        } catch (SSLException | PyException ignored) {
            // the connection is failing already
        }
        if (sniFailure != null) {
            PyException f = sniFailure;
            sniFailure = null;
            dev.krait.runtime.Errors.writeUnraisable(context.sniCallback, f.value);
        }
        if (verifyCode >= 0) {
            return SslErrors.verifyFailed(verifyCode, verifyMessage, line);
        }
        return TlsFailures.toPython(e, line);
    }

    // ---- the Python methods ------------------------------------------------------------------

    // CPython: Modules/_ssl.c _ssl__SSLSocket_do_handshake_impl
    @Exposed("do_handshake($self, /)")
    public void do_handshake() {
        checkSocket();
        int line = SslErrors.AT_HANDSHAKE;
        try {
            if (!began) {
                engine.beginHandshake();
                began = true;
            }
            while (true) {
                flush(line, "handshake");
                SSLEngineResult.HandshakeStatus hs = engine.getHandshakeStatus();
                switch (hs) {
                    case NEED_TASK -> runTasks();
                    case NEED_WRAP -> {
                        SSLEngineResult r = wrap(EMPTY);
                        if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
                            flush(line, "handshake");
                            throw new SSLException("engine closed during handshake");
                        }
                    }
                    case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                        SSLEngineResult r = unwrap();
                        if (r.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW
                                && !fill(line, "handshake")) {
                            throw SslErrors.unexpectedEof(line);
                        }
                        if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
                            throw SslErrors.unexpectedEof(line);
                        }
                    }
                    default -> {
                        handshakeDone = true;
                        flush(line, "handshake");
                        return;
                    }
                }
            }
        } catch (SSLException e) {
            throw failure(e, line);
        } catch (RuntimeException e) {
            if (e instanceof PyException) {
                throw e;
            }
            throw SslErrors.plain("TLS engine failure: " + e);
        }
    }

    private void ensureHandshake() {
        if (!handshakeDone) {
            do_handshake();
        }
    }

    // CPython: Modules/_ssl.c _ssl__SSLSocket_read_impl
    @Exposed("read($self, size, buffer=<unrepresentable>, /)")
    public PyObject read(PyObject size, PyObject buffer) {
        int n = CArgs.intFormat(size);
        if (buffer == null && n < 0) {
            throw PyExceptions.valueError("size should not be negative");
        }
        int room = buffer == null ? n : bufferLength(buffer);
        if (buffer != null && (n <= 0 || n > room)) {
            n = room;
        }
        checkSocket();
        if (n == 0) {
            return buffer == null ? PyBytes.EMPTY : dev.krait.objects.PyInt.of(0);
        }
        ensureHandshake();
        int line = SslErrors.AT_READ;
        try {
            while (appIn.position() == 0) {
                if (closeNotifyReceived) {
                    return buffer == null ? PyBytes.EMPTY : dev.krait.objects.PyInt.of(0);
                }
                SSLEngineResult r = unwrap();
                service();
                flush(line, "read");
                if (r.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW
                        && !fill(line, "read")) {
                    throw SslErrors.unexpectedEof(line);
                }
            }
        } catch (SSLException e) {
            throw failure(e, line);
        }
        appIn.flip();
        int k = Math.min(n, appIn.remaining());
        byte[] out = new byte[k];
        appIn.get(out);
        appIn.compact();
        if (buffer == null) {
            return PyBytes.of(out);
        }
        writeInto(buffer, out);
        return dev.krait.objects.PyInt.of(k);
    }

    private static int bufferLength(PyObject buffer) {
        if (buffer instanceof dev.krait.objects.PyByteArray a) {
            return a.size();
        }
        if (buffer instanceof dev.krait.objects.PyMemoryView m && m.isWritableContiguous()) {
            return m.byteLength();
        }
        if (buffer instanceof dev.krait.objects.BufferExporter e
                && !(buffer instanceof dev.krait.objects.PyMemoryView) && !e.bufferReadonly()) {
            return e.bufferLength();
        }
        throw PyExceptions.typeError("read() argument 2 must be read-write bytes-like object, "
                + "not " + buffer.type().getName());
    }

    private static void writeInto(PyObject buffer, byte[] data) {
        if (buffer instanceof dev.krait.objects.PyByteArray a) {
            a.writeAt(0, data, 0, data.length);
        } else if (buffer instanceof dev.krait.objects.PyMemoryView m) {
            m.writeBytes(data, data.length);
        } else if (buffer instanceof dev.krait.objects.BufferExporter e) {
            byte[] storage = e.bufferStorage();
            int n = Math.min(data.length, e.bufferLength());
            System.arraycopy(data, 0, storage, 0, n);
            e.bufferWritten(storage, 0, n);
        }
    }

    // CPython: Modules/_ssl.c _ssl__SSLSocket_write_impl
    @Exposed("write($self, b, /)")
    public long write(PyObject b) {
        byte[] data = PyBytes.requireBytesLike(b);
        checkSocket();
        ensureHandshake();
        int line = SslErrors.AT_WRITE;
        flush(line, "write");
        ByteBuffer src = ByteBuffer.wrap(data);
        src.position(Math.min(writeConsumed, data.length));
        writeConsumed = 0;
        try {
            while (src.hasRemaining()) {
                SSLEngineResult r = wrap(src);
                if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
                    throw SslErrors.zeroReturn(line);
                }
                try {
                    flush(line, "write");
                } catch (PyException e) {
                    writeConsumed = src.position();
                    throw e;
                }
            }
        } catch (SSLException e) {
            throw failure(e, line);
        }
        return data.length;
    }

    @Exposed("pending($self, /)")
    public long pending() {
        return appIn.position();
    }

    // CPython: Modules/_ssl.c _ssl__SSLSocket_shutdown_impl
    @Exposed("shutdown($self, /)")
    public PyObject shutdown() {
        checkSocket();
        int line = SslErrors.AT_SHUTDOWN;
        try {
            if (!engine.isOutboundDone()) {
                engine.closeOutbound();
                while (!engine.isOutboundDone()) {
                    if (wrap(EMPTY).getStatus() == SSLEngineResult.Status.CLOSED
                            && engine.isOutboundDone()) {
                        break;
                    }
                }
            }
            flush(line, "write");
            // then wait for the peer's close_notify, as OpenSSL's second SSL_shutdown does
            while (handshakeDone && !closeNotifyReceived && !engine.isInboundDone()) {
                SSLEngineResult r = unwrap();
                appIn.clear(); // data after our close_notify is dropped
                if (r.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW
                        && !fill(line, "read")) {
                    break;
                }
            }
        } catch (SSLException e) {
            throw failure(e, line);
        }
        return sock == null ? PyNone.NONE : sock;
    }

    // CPython: Modules/_ssl.c _ssl__SSLSocket_getpeercert_impl
    @Exposed("getpeercert($self, der=False, /)")
    public PyObject getpeercert(PyObject der) {
        if (!handshakeDone) {
            throw PyExceptions.valueError("handshake not done yet");
        }
        X509Certificate cert = null;
        try {
            Certificate[] chain = engine.getSession().getPeerCertificates();
            if (chain.length > 0 && chain[0] instanceof X509Certificate x) {
                cert = x;
            }
        } catch (SSLPeerUnverifiedException e) {
            return PyNone.NONE;
        }
        if (cert == null) {
            return PyNone.NONE;
        }
        if (dev.krait.objects.Ops.isTrue(der)) {
            try {
                return PyBytes.of(cert.getEncoded());
            } catch (java.security.cert.CertificateEncodingException e) {
                throw SslErrors.plain("cannot encode certificate: " + e.getMessage());
            }
        }
        if (context.verifyMode == PySSLContext.CERT_NONE) {
            return new dev.krait.objects.PyDict();
        }
        return CertDict.decode(cert);
    }

    /** The peer's chain as it sent it (leaf first), or an empty array. */
    private X509Certificate[] peerCertificates() {
        try {
            Certificate[] chain = engine.getSession().getPeerCertificates();
            X509Certificate[] out = new X509Certificate[chain.length];
            for (int i = 0; i < chain.length; i++) {
                out[i] = (X509Certificate) chain[i];
            }
            return out;
        } catch (SSLPeerUnverifiedException | ClassCastException e) {
            return new X509Certificate[0];
        }
    }

    private static PyObject certificateList(java.util.List<X509Certificate> certs) {
        dev.krait.objects.PyList out = new dev.krait.objects.PyList();
        for (X509Certificate c : certs) {
            out.append(new PyCertificate(c));
        }
        return out;
    }

    // CPython: Modules/_ssl.c _ssl__SSLSocket_get_unverified_chain_impl
    @Exposed("get_unverified_chain($self, /)")
    public PyObject get_unverified_chain() {
        X509Certificate[] chain = peerCertificates();
        return chain.length == 0 ? PyNone.NONE : certificateList(java.util.List.of(chain));
    }

    /** The peer's chain completed with the trusted root it ends at, as OpenSSL builds it. */
    // CPython: Modules/_ssl.c _ssl__SSLSocket_get_verified_chain_impl
    @Exposed("get_verified_chain($self, /)")
    public PyObject get_verified_chain() {
        X509Certificate[] chain = peerCertificates();
        if (chain.length == 0) {
            return PyNone.NONE;
        }
        java.util.List<X509Certificate> out = new java.util.ArrayList<>(
                java.util.List.of(chain));
        X509Certificate last = chain[chain.length - 1];
        if (!last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
            for (X509Certificate ca : context.caCerts) {
                if (ca.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
                    out.add(ca);
                    break;
                }
            }
        }
        return certificateList(out);
    }

    @Exposed("cipher($self, /)")
    public PyObject cipher() {
        if (!handshakeDone) {
            return PyNone.NONE;
        }
        return Ciphers.tuple(engine.getSession().getCipherSuite());
    }

    @Exposed("shared_ciphers($self, /)")
    public PyObject shared_ciphers() {
        if (!handshakeDone || !serverSide) {
            return PyNone.NONE;
        }
        dev.krait.objects.PyList out = new dev.krait.objects.PyList();
        out.append(cipher());
        return out;
    }

    @Exposed("version($self, /)")
    public PyObject version() {
        if (!handshakeDone) {
            return PyNone.NONE;
        }
        return PyStr.of(engine.getSession().getProtocol());
    }

    @Exposed("selected_alpn_protocol($self, /)")
    public PyObject selected_alpn_protocol() {
        String p = engine.getApplicationProtocol();
        return p == null || p.isEmpty() ? PyNone.NONE : PyStr.of(p);
    }

    @Exposed("compression($self, /)")
    public PyObject compression() {
        return PyNone.NONE;
    }

    @Exposed("get_channel_binding($self, /, cb_type='tls-unique')")
    public PyObject get_channel_binding(PyObject cbType) {
        if (!"tls-unique".equals(cbType.toString())) {
            throw PyExceptions.valueError("'" + cbType + "' channel binding type not "
                    + "implemented");
        }
        return PyNone.NONE; // the JDK does not expose the Finished messages
    }

    @Exposed("verify_client_post_handshake($self, /)")
    public void verify_client_post_handshake() {
        throw SslErrors.plain("post-handshake authentication is not supported by the JDK's TLS");
    }

    @Exposed.Getter("context")
    public PyObject getContext() {
        return context;
    }

    @Exposed.Setter("context")
    public void setContext(PyObject v) {
        if (!(v instanceof PySSLContext c)) {
            throw PyExceptions.typeError("The value must be a SSLContext");
        }
        context = c;
    }

    @Exposed.Getter("server_side")
    public boolean getServerSide() {
        return serverSide;
    }

    @Exposed.Getter("server_hostname")
    public PyObject getServerHostname() {
        return serverHostname == null ? PyNone.NONE : PyStr.of(serverHostname);
    }

    @Exposed.Getter("owner")
    public PyObject getOwner() {
        return owner;
    }

    @Exposed.Setter("owner")
    public void setOwner(PyObject v) {
        owner = v;
    }

    @Exposed.Getter("session")
    public PyObject getSession() {
        return PyNone.NONE;
    }

    @Exposed.Setter("session")
    public void setSession(PyObject v) {
        if (v != PyNone.NONE && !(v instanceof PySSLSession)) {
            throw PyExceptions.typeError("Value is not a SSLSession.");
        }
    }

    @Exposed.Getter("session_reused")
    public boolean getSessionReused() {
        return false;
    }
}
