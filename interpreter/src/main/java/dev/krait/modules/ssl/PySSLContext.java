package dev.krait.modules.ssl;

import dev.krait.modules.posix.ProcessFunctions;
import dev.krait.modules.socket.PySocket;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyOSError;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _ssl._SSLContext}: what CPython keeps in an OpenSSL {@code SSL_CTX} -- the protocol,
 * options, verification mode and flags, the version range, the certificate chain and private key
 * of this side, the trusted CA certificates, ALPN protocols and the SNI callback.
 * {@code ssl.SSLContext} (Lib/ssl.py) subclasses it. Each connection made from it
 * ({@link #_wrap_socket}, {@link #_wrap_bio}) gets a JDK {@code SSLEngine} configured from this
 * state ({@link EngineFactory}).
 *
 * <p>CPython counterpart: Modules/_ssl.c {@code PySSLContext}, {@code _ssl__SSLContext_impl},
 * {@code load_cert_chain}, {@code load_verify_locations}.
 */
public final class PySSLContext extends dev.krait.objects.PyObject {
    public static final PyType TYPE = PyType.builtin("_SSLContext", PySSLContext.class, null)
            .withModule("_ssl");

    static final int PROTOCOL_TLS = 2;
    static final int PROTOCOL_TLSv1 = 3;
    static final int PROTOCOL_TLSv1_1 = 4;
    static final int PROTOCOL_TLSv1_2 = 5;
    static final int PROTOCOL_TLS_CLIENT = 16;
    static final int PROTOCOL_TLS_SERVER = 17;
    static final int CERT_NONE = 0;
    static final int CERT_OPTIONAL = 1;
    static final int CERT_REQUIRED = 2;
    static final int PROTO_MINIMUM_SUPPORTED = -2;
    static final int PROTO_MAXIMUM_SUPPORTED = -1;
    static final long OP_NO_TLSv1 = 0x04000000L;
    static final long OP_NO_TLSv1_1 = 0x10000000L;
    static final long OP_NO_TLSv1_2 = 0x08000000L;
    static final long OP_NO_TLSv1_3 = 0x20000000L;
    /** What a new context's options are in CPython 3.11 (OpenSSL 3.0). */
    static final long DEFAULT_OPTIONS = 2186412112L;
    static final int HOSTFLAG_NEVER_CHECK_SUBJECT = 32;
    static final int HOSTFLAG_NO_PARTIAL_WILDCARDS = 4;

    final int protocol;
    long options = DEFAULT_OPTIONS;
    int verifyMode;
    boolean checkHostname;
    int minimumVersion = 0x303;
    int maximumVersion = PROTO_MAXIMUM_SUPPORTED;
    int hostFlags = HOSTFLAG_NO_PARTIAL_WILDCARDS;
    long verifyFlags = 0x8000;
    boolean postHandshakeAuth;
    int numTickets = 2;
    PyObject keylogFilename = PyNone.NONE;
    PyObject sniCallback = PyNone.NONE;
    PyObject msgCallback = PyNone.NONE;
    /** ALPN protocols in wire format order, or null. */
    List<String> alpnProtocols;
    String cipherList = SslModule.DEFAULT_CIPHERS;
    /** A private key with its certificate chain (leaf first). */
    record KeyEntry(PrivateKey key, List<X509Certificate> chain) {}

    /** This side's keys, one per key algorithm (OpenSSL keeps an RSA and an EC key apart). */
    final List<KeyEntry> keys = new ArrayList<>();
    final List<X509Certificate> caCerts = new ArrayList<>();
    /**
     * The certificates of capath directories: trusted, but not counted by
     * {@code cert_store_stats} nor listed by {@code get_ca_certs}, since OpenSSL loads them only
     * when a verification looks one up.
     */
    final List<X509Certificate> pathCerts = new ArrayList<>();

    PySSLContext(PyType cls, int protocol) {
        super(cls);
        this.protocol = protocol;
        if (protocol == PROTOCOL_TLS_CLIENT) {
            verifyMode = CERT_REQUIRED;
            checkHostname = true;
        } else {
            verifyMode = CERT_NONE;
        }
        if (protocol != PROTOCOL_TLS && protocol != PROTOCOL_TLS_CLIENT
                && protocol != PROTOCOL_TLS_SERVER) {
            minimumVersion = PROTO_MINIMUM_SUPPORTED;
        }
    }

    // CPython: Modules/_ssl.c _ssl__SSLContext_impl
    @Exposed(value = "__new__($type, protocol, /)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject protocol) {
        int p = CArgs.intFormat(protocol);
        switch (p) {
            case PROTOCOL_TLS, PROTOCOL_TLSv1, PROTOCOL_TLSv1_1, PROTOCOL_TLSv1_2,
                    PROTOCOL_TLS_CLIENT, PROTOCOL_TLS_SERVER -> { }
            default -> throw PyExceptions.valueError("invalid or unsupported protocol version "
                    + p);
        }
        return new PySSLContext(cls, p);
    }

    /** The TLS versions a connection from this context may use, as the JDK names them. */
    String[] enabledProtocols() {
        String[] names = {"TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"};
        long[] noFlags = {OP_NO_TLSv1, OP_NO_TLSv1_1, OP_NO_TLSv1_2, OP_NO_TLSv1_3};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int v = 0x301 + i;
            boolean ok = switch (protocol) {
                case PROTOCOL_TLSv1 -> v == 0x301;
                case PROTOCOL_TLSv1_1 -> v == 0x302;
                case PROTOCOL_TLSv1_2 -> v == 0x303;
                default -> (minimumVersion < 0 || v >= minimumVersion)
                        && (maximumVersion < 0 || v <= maximumVersion);
            };
            if (ok && (options & noFlags[i]) == 0) {
                out.add(names[i]);
            }
        }
        return out.toArray(new String[0]);
    }

    // ---- attributes --------------------------------------------------------------------------

    @Exposed.Getter("protocol")
    public long getProtocol() {
        return protocol;
    }

    @Exposed.Getter("options")
    public long getOptions() {
        return options;
    }

    @Exposed.Setter("options")
    public void setOptions(PyObject v) {
        options = CArgs.asUnsignedLong(dev.krait.objects.Numbers.index(v));
    }

    @Exposed.Getter("verify_mode")
    public long getVerifyMode() {
        return verifyMode;
    }

    // CPython: Modules/_ssl.c set_verify_mode and _set_verify_mode
    @Exposed.Setter("verify_mode")
    public void setVerifyMode(PyObject v) {
        int n = CArgs.intFormat(v);
        if (n == CERT_NONE && checkHostname) {
            throw PyExceptions.valueError("Cannot set verify_mode to CERT_NONE when "
                    + "check_hostname is enabled.");
        }
        if (n < CERT_NONE || n > CERT_REQUIRED) {
            throw PyExceptions.valueError("invalid value for verify_mode");
        }
        verifyMode = n;
    }

    @Exposed.Getter("check_hostname")
    public boolean getCheckHostname() {
        return checkHostname;
    }

    // CPython: Modules/_ssl.c set_check_hostname
    @Exposed.Setter("check_hostname")
    public void setCheckHostname(PyObject v) {
        boolean on = Ops.isTrue(v);
        if (on && verifyMode == CERT_NONE) {
            verifyMode = CERT_REQUIRED;
        }
        checkHostname = on;
    }

    @Exposed.Getter("minimum_version")
    public long getMinimumVersion() {
        return minimumVersion;
    }

    @Exposed.Setter("minimum_version")
    public void setMinimumVersion(PyObject v) {
        minimumVersion = version(v);
    }

    @Exposed.Getter("maximum_version")
    public long getMaximumVersion() {
        return maximumVersion;
    }

    @Exposed.Setter("maximum_version")
    public void setMaximumVersion(PyObject v) {
        maximumVersion = version(v);
    }

    // CPython: Modules/_ssl.c set_min_max_proto_version
    private int version(PyObject v) {
        int n = CArgs.intFormat(v);
        if (protocol != PROTOCOL_TLS && protocol != PROTOCOL_TLS_CLIENT
                && protocol != PROTOCOL_TLS_SERVER) {
            throw PyExceptions.valueError("The context's protocol doesn't support modification "
                    + "of highest and lowest version.");
        }
        if (n != PROTO_MINIMUM_SUPPORTED && n != PROTO_MAXIMUM_SUPPORTED
                && (n < 0x300 || n > 0x304)) {
            throw PyExceptions.valueError("Unsupported TLS/SSL version 0x" + Integer.toHexString(n));
        }
        return n;
    }

    @Exposed.Getter("_host_flags")
    public long getHostFlags() {
        return hostFlags;
    }

    @Exposed.Setter("_host_flags")
    public void setHostFlags(PyObject v) {
        hostFlags = (int) CArgs.asUnsignedLong(dev.krait.objects.Numbers.index(v));
    }

    @Exposed.Getter("verify_flags")
    public long getVerifyFlags() {
        return verifyFlags;
    }

    @Exposed.Setter("verify_flags")
    public void setVerifyFlags(PyObject v) {
        verifyFlags = CArgs.asUnsignedLong(dev.krait.objects.Numbers.index(v));
    }

    @Exposed.Getter("security_level")
    public long getSecurityLevel() {
        return 2;
    }

    @Exposed.Getter("num_tickets")
    public long getNumTickets() {
        return numTickets;
    }

    // CPython: Modules/_ssl.c set_num_tickets
    @Exposed.Setter("num_tickets")
    public void setNumTickets(PyObject v) {
        long n = CArgs.asSsizeT(v);
        if (n < 0) {
            throw PyExceptions.valueError("value must be non-negative");
        }
        if (protocol != PROTOCOL_TLS_SERVER) {
            throw PyExceptions.valueError("SSLContext is not a server context.");
        }
        numTickets = (int) Math.min(n, Integer.MAX_VALUE);
    }

    @Exposed.Getter("post_handshake_auth")
    public boolean getPostHandshakeAuth() {
        return postHandshakeAuth;
    }

    @Exposed.Setter("post_handshake_auth")
    public void setPostHandshakeAuth(PyObject v) {
        postHandshakeAuth = Ops.isTrue(v);
    }

    @Exposed.Getter("keylog_filename")
    public PyObject getKeylogFilename() {
        return keylogFilename;
    }

    @Exposed.Setter("keylog_filename")
    public void setKeylogFilename(PyObject v) {
        keylogFilename = v;
    }

    @Exposed.Getter("sni_callback")
    public PyObject getSniCallback() {
        return sniCallback;
    }

    // CPython: Modules/_ssl.c set_sni_callback
    @Exposed.Setter("sni_callback")
    public void setSniCallback(PyObject v) {
        if (protocol == PROTOCOL_TLS_CLIENT) {
            throw PyExceptions.valueError("sni_callback cannot be set on TLS_CLIENT context");
        }
        if (v != PyNone.NONE && !Ops.isCallable(v)) {
            throw PyExceptions.typeError("not a callable object");
        }
        sniCallback = v;
    }

    @Exposed.Getter("_msg_callback")
    public PyObject getMsgCallback() {
        return msgCallback;
    }

    @Exposed.Setter("_msg_callback")
    public void setMsgCallback(PyObject v) {
        msgCallback = v;
    }

    // ---- certificates and keys ---------------------------------------------------------------

    /** The text of a file named by a str, bytes or path-like object. */
    static String readFile(PyObject name) {
        PyObject p = ProcessFunctions.fspath(name);
        String path = p instanceof PyBytes b ? new String(b.array(), StandardCharsets.UTF_8)
                : p.toString();
        try {
            return new String(Files.readAllBytes(Path.of(path)), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw PyOSError.of(PyExceptions.FileNotFoundError, 2, "No such file or directory",
                    PyNone.NONE).raise();
        } catch (IOException e) {
            if (Files.isDirectory(Path.of(path))) {
                throw PyOSError.of(PyExceptions.IsADirectoryError, 21, "Is a directory",
                        PyNone.NONE).raise();
            }
            throw PyOSError.of(PyExceptions.OSError, 5, "Input/output error", PyNone.NONE)
                    .raise();
        } catch (java.nio.file.InvalidPathException e) {
            throw PyOSError.of(PyExceptions.OSError, 5, "Input/output error", PyNone.NONE)
                    .raise();
        }
    }

    private static PyException pemLib(int line) {
        return SslErrors.raise(SslErrors.current().sslError, 524297, "SSL", null, "PEM lib",
                line);
    }

    // CPython: Modules/_ssl.c _ssl__SSLContext_load_cert_chain_impl
    @Exposed("load_cert_chain($self, /, certfile, keyfile=None, password=None)")
    public void load_cert_chain(PyObject certfile, PyObject keyfile, PyObject password) {
        if (keyfile == PyNone.NONE) {
            keyfile = null;
        }
        if (password == PyNone.NONE) {
            password = null;
        }
        if (password != null && !Ops.isCallable(password) && !(password instanceof PyStr)
                && PyBytes.bytesLikeCopy(password) == null) {
            throw PyExceptions.typeError("password should be a string or callable");
        }
        String certText = readFile(certfile);
        List<X509Certificate> certs;
        try {
            certs = Pem.certificates(certText);
        } catch (Pem.BadPem e) {
            throw pemLib(SslErrors.AT_CERT);
        }
        if (certs.isEmpty()) {
            throw pemLib(SslErrors.AT_CERT);
        }
        String keyText = keyfile == null ? certText : readFile(keyfile);
        PrivateKey k;
        PyObject pw = password;
        try {
            k = Pem.privateKey(keyText, () -> passwordBytes(pw));
        } catch (Pem.BadPem e) {
            throw pemLib(SslErrors.AT_KEY);
        }
        if (k == null) {
            throw pemLib(SslErrors.AT_KEY);
        }
        if (!matches(k, certs.get(0))) {
            throw SslErrors.raise(SslErrors.current().sslError, 116, "X509",
                    "KEY_VALUES_MISMATCH", "key values mismatch", SslErrors.AT_KEY);
        }
        keys.removeIf(e -> e.key().getAlgorithm().equals(k.getAlgorithm()));
        keys.add(new KeyEntry(k, certs));
    }

    // CPython: Modules/_ssl.c _pwinfo_set and _password_callback
    private static byte[] passwordBytes(PyObject password) throws Pem.BadPem {
        if (password == null) {
            throw new Pem.BadPem("no password", true);
        }
        PyObject v = password;
        if (Ops.isCallable(password) && !(password instanceof PyStr)) {
            v = Ops.call(password);
            if (!(v instanceof PyStr) && PyBytes.bytesLikeCopy(v) == null) {
                throw PyExceptions.typeError("password callback must return a string");
            }
        }
        byte[] b = v instanceof PyStr s ? s.toString().getBytes(StandardCharsets.UTF_8)
                : PyBytes.bytesLikeCopy(v);
        if (b.length > 1023) {
            throw PyExceptions.valueError("password cannot be longer than 1023 bytes");
        }
        return b;
    }

    /** Whether the private key belongs to the certificate: a signature made with one verifies. */
    private static boolean matches(PrivateKey k, X509Certificate cert) {
        String alg = switch (k.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "DSA" -> "SHA256withDSA";
            case "RSASSA-PSS" -> null;
            default -> k.getAlgorithm(); // Ed25519, Ed448, EdDSA
        };
        if (alg == null) {
            return true;
        }
        try {
            byte[] probe = "krait key check".getBytes(StandardCharsets.US_ASCII);
            Signature s = Signature.getInstance(alg);
            s.initSign(k, TlsRandom.INSTANCE);
            s.update(probe);
            byte[] sig = s.sign();
            Signature v = Signature.getInstance(alg);
            v.initVerify(cert.getPublicKey());
            v.update(probe);
            return v.verify(sig);
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    // CPython: Modules/_ssl.c _ssl__SSLContext_load_verify_locations_impl
    @Exposed("load_verify_locations($self, /, cafile=None, capath=None, cadata=None)")
    public void load_verify_locations(PyObject cafile, PyObject capath, PyObject cadata) {
        if (cafile == PyNone.NONE && capath == PyNone.NONE && cadata == PyNone.NONE) {
            throw PyExceptions.typeError("cafile, capath and cadata cannot be all omitted");
        }
        if (cafile != PyNone.NONE && !(cafile instanceof PyStr) && !(cafile instanceof PyBytes)
                && cafile.type().lookup("__fspath__") == null) {
            throw PyExceptions.typeError("cafile should be a valid filesystem path");
        }
        if (capath != PyNone.NONE && !(capath instanceof PyStr) && !(capath instanceof PyBytes)
                && capath.type().lookup("__fspath__") == null) {
            throw PyExceptions.typeError("capath should be a valid filesystem path");
        }
        if (cadata != PyNone.NONE) {
            if (cadata instanceof PyStr s) {
                List<X509Certificate> certs = pemCerts(s.toString(), SslErrors.AT_CADATA);
                if (certs.isEmpty()) {
                    throw SslErrors.raise(SslErrors.current().sslError, 0, null, null,
                            "no start line: cadata does not contain a certificate",
                            SslErrors.AT_CADATA);
                }
                addCas(certs);
            } else {
                byte[] der = PyBytes.bytesLikeCopy(cadata);
                if (der == null) {
                    throw PyExceptions.typeError("cadata should be an ASCII string or a "
                            + "bytes-like object");
                }
                addCas(derCerts(der));
            }
        }
        if (cafile != PyNone.NONE) {
            List<X509Certificate> certs;
            try {
                certs = Pem.certificates(readFile(cafile));
            } catch (Pem.BadPem e) {
                throw pemLib(SslErrors.AT_CADATA);
            }
            if (certs.isEmpty()) {
                throw SslErrors.raise(SslErrors.current().sslError, 136, "X509",
                        "NO_CERTIFICATE_OR_CRL_FOUND", "no certificate or crl found",
                        SslErrors.AT_CADATA);
            }
            addCas(certs);
        }
        if (capath != PyNone.NONE) {
            PyObject p = ProcessFunctions.fspath(capath);
            String dir = p instanceof PyBytes b ? new String(b.array(), StandardCharsets.UTF_8)
                    : p.toString();
            loadDirectory(dir);
        }
    }

    private static List<X509Certificate> pemCerts(String text, int line) {
        try {
            return Pem.certificates(text);
        } catch (Pem.BadPem e) {
            throw SslErrors.raise(SslErrors.current().sslError, 0, "X509", "BAD_CERTIFICATE",
                    "bad certificate", line);
        }
    }

    private static List<X509Certificate> derCerts(byte[] der) {
        List<X509Certificate> out = new ArrayList<>();
        int pos = 0;
        try {
            while (pos < der.length) {
                byte[] rest = java.util.Arrays.copyOfRange(der, pos, der.length);
                Der one = Der.parse(rest);
                int len = one.start() + one.length();
                out.add(Pem.certificate(java.util.Arrays.copyOf(rest, len)));
                pos += len;
            }
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            if (out.isEmpty()) {
                throw SslErrors.raise(SslErrors.current().sslError, 0, null, null,
                        "not enough data: cadata does not contain a certificate",
                        SslErrors.AT_CADATA);
            }
            throw SslErrors.raise(SslErrors.current().sslError, 0, "ASN1", "NOT_ENOUGH_DATA",
                    "not enough data", SslErrors.AT_CADATA);
        }
        if (out.isEmpty()) {
            throw SslErrors.raise(SslErrors.current().sslError, 0, null, null,
                    "not enough data: cadata does not contain a certificate",
                    SslErrors.AT_CADATA);
        }
        return out;
    }

    /** A hashed directory's certificates (OpenSSL reads them lazily; Krait reads them all). */
    private void loadDirectory(String dir) {
        try (var files = Files.list(Path.of(dir))) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                if (!Files.isRegularFile(f)) {
                    continue;
                }
                try {
                    for (X509Certificate c : Pem.certificates(new String(
                            Files.readAllBytes(f), StandardCharsets.ISO_8859_1))) {
                        if (!pathCerts.contains(c)) {
                            pathCerts.add(c);
                        }
                    }
                } catch (IOException | Pem.BadPem e) {
                    // OpenSSL skips what it cannot read in a hashed directory
                }
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            // OpenSSL reports nothing for a missing directory until a lookup fails
        }
    }

    private void addCas(List<X509Certificate> certs) {
        for (X509Certificate c : certs) {
            if (!caCerts.contains(c)) {
                caCerts.add(c);
            }
        }
    }

    /**
     * OpenSSL's {@code X509_check_ca}: a CA by its basic constraints, by a key usage allowing
     * certificate signing, or a self-signed version 1 certificate.
     */
    private static boolean isCa(X509Certificate c) {
        if (c.getBasicConstraints() >= 0) {
            return true;
        }
        boolean[] usage = c.getKeyUsage();
        if (usage != null && usage.length > 5 && usage[5]) {
            return true;
        }
        return c.getVersion() == 1
                && c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }

    // CPython: Modules/_ssl.c _ssl__SSLContext_set_default_verify_paths_impl
    @Exposed("set_default_verify_paths($self, /)")
    public void set_default_verify_paths() {
        // the C environment, which os.environ changes, as OpenSSL's getenv reads it
        String file = dev.krait.modules.posix.ProcessCalls.getenv("SSL_CERT_FILE");
        String dir = dev.krait.modules.posix.ProcessCalls.getenv("SSL_CERT_DIR");
        String[] files = file != null ? new String[] {file} : SslModule.SYSTEM_CA_FILES;
        for (String f : files) {
            Path p = Path.of(f);
            if (Files.isRegularFile(p)) {
                try {
                    addCas(Pem.certificates(new String(Files.readAllBytes(p),
                            StandardCharsets.ISO_8859_1)));
                    break;
                } catch (IOException | Pem.BadPem e) {
                    // as OpenSSL: an unreadable default store is not an error here
                }
            }
        }
        if (dir != null) {
            loadDirectory(dir);
        }
    }

    // CPython: Modules/_ssl.c cert_store_stats
    @Exposed("cert_store_stats($self, /)")
    public PyObject cert_store_stats() {
        PyDict d = new PyDict();
        int ca = 0;
        for (X509Certificate c : caCerts) {
            if (isCa(c)) {
                ca++;
            }
        }
        d.setItem(PyStr.of("x509"), PyInt.of(caCerts.size()));
        d.setItem(PyStr.of("crl"), PyInt.of(0));
        d.setItem(PyStr.of("x509_ca"), PyInt.of(ca));
        return d;
    }

    // CPython: Modules/_ssl.c _ssl__SSLContext_get_ca_certs_impl
    @Exposed("get_ca_certs($self, /, binary_form=False)")
    public PyObject get_ca_certs(PyObject binaryForm) {
        boolean binary = Ops.isTrue(binaryForm);
        PyList out = new PyList();
        for (X509Certificate c : caCerts) {
            if (!isCa(c)) {
                continue; // only CA certificates, as CPython's X509_check_ca filter
            }
            try {
                out.append(binary ? PyBytes.of(c.getEncoded()) : CertDict.decode(c));
            } catch (java.security.cert.CertificateEncodingException e) {
                throw SslErrors.plain("cannot encode certificate: " + e.getMessage());
            }
        }
        return out;
    }

    @Exposed("session_stats($self, /)")
    public PyObject session_stats() {
        PyDict d = new PyDict();
        for (String k : new String[] {"number", "connect", "connect_good", "connect_renegotiate",
            "accept", "accept_good", "accept_renegotiate", "hits", "misses", "timeouts",
            "cache_full"}) {
            d.setItem(PyStr.of(k), PyInt.of(0));
        }
        return d;
    }

    // ---- ciphers, ALPN, curves ---------------------------------------------------------------

    /**
     * Accepts an OpenSSL cipher string: the JDK's own default suites are kept whatever it says
     * (docs/DIFFERENCES.md), except that a list naming no suite the JDK has fails as OpenSSL's
     * does.
     */
    // CPython: Modules/_ssl.c _ssl__SSLContext_set_ciphers_impl
    @Exposed("set_ciphers($self, cipherlist, /)")
    public void set_ciphers(PyObject cipherlist) {
        if (!(cipherlist instanceof PyStr s)) {
            throw PyExceptions.typeError("set_ciphers() argument must be str, not "
                    + cipherlist.type().getName());
        }
        if (Ciphers.select(s.toString()).isEmpty()) {
            throw SslErrors.raise(SslErrors.current().sslError, 1, null, null,
                    "No cipher can be selected.", 0);
        }
        cipherList = s.toString();
    }

    @Exposed("get_ciphers($self, /)")
    public PyObject get_ciphers() {
        return Ciphers.describe(Ciphers.select(cipherList));
    }

    // CPython: Modules/_ssl.c _ssl__SSLContext__set_alpn_protocols_impl
    @Exposed("_set_alpn_protocols($self, protos, /)")
    public void _set_alpn_protocols(PyObject protos) {
        byte[] wire = PyBytes.requireBytesLike(protos);
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < wire.length) {
            int n = wire[i] & 0xFF;
            if (i + 1 + n > wire.length) {
                break;
            }
            names.add(new String(wire, i + 1, n, StandardCharsets.ISO_8859_1));
            i += 1 + n;
        }
        alpnProtocols = names;
    }

    // CPython: Modules/_ssl.c _ssl__SSLContext_load_dh_params (the JDK then picks its groups)
    @Exposed("load_dh_params($self, path, /)")
    public void load_dh_params(PyObject path) {
        String text = readFile(path);
        for (Pem.Block b : Pem.blocks(text)) {
            if (b.label().equals("DH PARAMETERS") || b.label().equals("X9.42 DH PARAMETERS")) {
                return;
            }
        }
        throw SslErrors.raise(SslErrors.current().sslError, 0, "PEM", "NO_START_LINE",
                "no start line", 4136);
    }

    @Exposed("set_ecdh_curve($self, name, /)")
    public void set_ecdh_curve(PyObject name) {
        byte[] b = name instanceof PyStr s ? s.toString().getBytes(StandardCharsets.UTF_8)
                : PyBytes.bytesLikeCopy(name);
        if (b == null) {
            throw PyExceptions.typeError("set_ecdh_curve() argument must be str or bytes");
        }
        String n = new String(b, StandardCharsets.UTF_8);
        if (!List.of("prime256v1", "secp384r1", "secp521r1", "X25519", "X448").contains(n)) {
            throw PyExceptions.valueError("unknown elliptic curve name '" + n + "'");
        }
    }

    // ---- connections -------------------------------------------------------------------------

    private static String hostname(PyObject name) {
        if (name == PyNone.NONE) {
            return null;
        }
        String s;
        if (name instanceof PyStr str) {
            s = str.toString();
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 127) {
                    throw PyExceptions.typeError("server_hostname must be an ASCII string");
                }
            }
        } else if (name instanceof PyBytes b) {
            s = new String(b.array(), StandardCharsets.ISO_8859_1);
        } else {
            throw PyExceptions.typeError("server_hostname must be str or bytes, not "
                    + name.type().getName());
        }
        if (s.isEmpty() || s.startsWith(".")) {
            throw PyExceptions.valueError("server_hostname cannot be an empty string or start "
                    + "with a leading dot.");
        }
        if (s.indexOf('\0') >= 0) {
            throw PyExceptions.typeError("argument must be encoded string without null bytes");
        }
        return s;
    }

    // CPython: Modules/_ssl.c _ssl__SSLContext__wrap_socket_impl
    @Exposed("_wrap_socket($self, /, sock, server_side, server_hostname=None, *, owner=None, "
            + "session=None)")
    public PyObject _wrap_socket(PyObject sock, PyObject serverSide, PyObject serverHostname,
            PyObject owner, PyObject session) {
        if (!(sock instanceof PySocket s)) {
            throw PyExceptions.typeError("_wrap_socket() argument 'sock' must be "
                    + "_socket.socket, not " + sock.type().getName());
        }
        return PySSLSocket.create(this, s, null, null, Ops.isTrue(serverSide),
                hostname(serverHostname), owner, session);
    }

    // CPython: Modules/_ssl.c _ssl__SSLContext__wrap_bio_impl
    @Exposed("_wrap_bio($self, /, incoming, outgoing, server_side, server_hostname=None, *, "
            + "owner=None, session=None)")
    public PyObject _wrap_bio(PyObject incoming, PyObject outgoing, PyObject serverSide,
            PyObject serverHostname, PyObject owner, PyObject session) {
        if (!(incoming instanceof PyMemoryBIO in)) {
            throw PyExceptions.typeError("_wrap_bio() argument 'incoming' must be "
                    + "_ssl.MemoryBIO, not " + incoming.type().getName());
        }
        if (!(outgoing instanceof PyMemoryBIO out)) {
            throw PyExceptions.typeError("_wrap_bio() argument 'outgoing' must be "
                    + "_ssl.MemoryBIO, not " + outgoing.type().getName());
        }
        return PySSLSocket.create(this, null, in, out, Ops.isTrue(serverSide),
                hostname(serverHostname), owner, session);
    }

    static PyObject bool(boolean b) {
        return PyBool.of(b);
    }
}
