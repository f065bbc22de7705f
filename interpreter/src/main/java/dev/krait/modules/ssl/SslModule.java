package dev.krait.modules.ssl;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.util.List;

/**
 * The {@code _ssl} module: the context, connection, memory BIO and session types, the SSLError
 * family, CPython's constants, and the helper functions Lib/ssl.py imports. TLS itself is the
 * JDK's (package-info). {@code OPENSSL_VERSION} says so; {@code OPENSSL_VERSION_INFO} is the
 * OpenSSL 3.0 API level whose behaviour Krait follows, which is what ssl.py and its tests
 * compare against.
 *
 * <p>CPython counterpart: Modules/_ssl.c {@code sslmodule_init_*}.
 */
@NativeModule.Register("_ssl")
public final class SslModule implements NativeModule {
    static final String DEFAULT_CIPHERS = "@SECLEVEL=2:ECDH+AESGCM:ECDH+CHACHA20:ECDH+AES:DHE+AES"
            + ":!aNULL:!eNULL:!aDSS:!SHA1:!AESCCM";
    /** Where OpenSSL's default store is on common Linux systems, first found wins. */
    static final String[] SYSTEM_CA_FILES = {"/etc/ssl/certs/ca-certificates.crt",
        "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem", "/usr/lib/ssl/cert.pem"};

    private static final Object[][] CONSTANTS = {
        {"ALERT_DESCRIPTION_ACCESS_DENIED", 49}, {"ALERT_DESCRIPTION_BAD_CERTIFICATE", 42},
        {"ALERT_DESCRIPTION_BAD_CERTIFICATE_HASH_VALUE", 114},
        {"ALERT_DESCRIPTION_BAD_CERTIFICATE_STATUS_RESPONSE", 113},
        {"ALERT_DESCRIPTION_BAD_RECORD_MAC", 20}, {"ALERT_DESCRIPTION_CERTIFICATE_EXPIRED", 45},
        {"ALERT_DESCRIPTION_CERTIFICATE_REVOKED", 44},
        {"ALERT_DESCRIPTION_CERTIFICATE_UNKNOWN", 46},
        {"ALERT_DESCRIPTION_CERTIFICATE_UNOBTAINABLE", 111},
        {"ALERT_DESCRIPTION_CLOSE_NOTIFY", 0}, {"ALERT_DESCRIPTION_DECODE_ERROR", 50},
        {"ALERT_DESCRIPTION_DECOMPRESSION_FAILURE", 30}, {"ALERT_DESCRIPTION_DECRYPT_ERROR", 51},
        {"ALERT_DESCRIPTION_HANDSHAKE_FAILURE", 40}, {"ALERT_DESCRIPTION_ILLEGAL_PARAMETER", 47},
        {"ALERT_DESCRIPTION_INSUFFICIENT_SECURITY", 71},
        {"ALERT_DESCRIPTION_INTERNAL_ERROR", 80}, {"ALERT_DESCRIPTION_NO_RENEGOTIATION", 100},
        {"ALERT_DESCRIPTION_PROTOCOL_VERSION", 70}, {"ALERT_DESCRIPTION_RECORD_OVERFLOW", 22},
        {"ALERT_DESCRIPTION_UNEXPECTED_MESSAGE", 10}, {"ALERT_DESCRIPTION_UNKNOWN_CA", 48},
        {"ALERT_DESCRIPTION_UNKNOWN_PSK_IDENTITY", 115},
        {"ALERT_DESCRIPTION_UNRECOGNIZED_NAME", 112},
        {"ALERT_DESCRIPTION_UNSUPPORTED_CERTIFICATE", 43},
        {"ALERT_DESCRIPTION_UNSUPPORTED_EXTENSION", 110},
        {"ALERT_DESCRIPTION_USER_CANCELLED", 90},
        {"CERT_NONE", 0}, {"CERT_OPTIONAL", 1}, {"CERT_REQUIRED", 2},
        {"ENCODING_DER", 2}, {"ENCODING_PEM", 1},
        {"HOSTFLAG_ALWAYS_CHECK_SUBJECT", 1}, {"HOSTFLAG_MULTI_LABEL_WILDCARDS", 8},
        {"HOSTFLAG_NEVER_CHECK_SUBJECT", 32}, {"HOSTFLAG_NO_PARTIAL_WILDCARDS", 4},
        {"HOSTFLAG_NO_WILDCARDS", 2}, {"HOSTFLAG_SINGLE_LABEL_SUBDOMAINS", 16},
        {"OP_ALL", 2147483728L}, {"OP_CIPHER_SERVER_PREFERENCE", 4194304},
        {"OP_ENABLE_MIDDLEBOX_COMPAT", 1048576}, {"OP_IGNORE_UNEXPECTED_EOF", 128},
        {"OP_NO_COMPRESSION", 131072}, {"OP_NO_RENEGOTIATION", 1073741824},
        {"OP_NO_SSLv2", 0}, {"OP_NO_SSLv3", 33554432}, {"OP_NO_TICKET", 16384},
        {"OP_NO_TLSv1", 67108864}, {"OP_NO_TLSv1_1", 268435456}, {"OP_NO_TLSv1_2", 134217728},
        {"OP_NO_TLSv1_3", 536870912}, {"OP_SINGLE_DH_USE", 0}, {"OP_SINGLE_ECDH_USE", 0},
        {"PROTOCOL_SSLv23", 2}, {"PROTOCOL_TLS", 2}, {"PROTOCOL_TLS_CLIENT", 16},
        {"PROTOCOL_TLS_SERVER", 17}, {"PROTOCOL_TLSv1", 3}, {"PROTOCOL_TLSv1_1", 4},
        {"PROTOCOL_TLSv1_2", 5},
        {"PROTO_MAXIMUM_SUPPORTED", -1}, {"PROTO_MINIMUM_SUPPORTED", -2},
        {"PROTO_SSLv3", 768}, {"PROTO_TLSv1", 769}, {"PROTO_TLSv1_1", 770},
        {"PROTO_TLSv1_2", 771}, {"PROTO_TLSv1_3", 772},
        {"SSL_ERROR_EOF", 8}, {"SSL_ERROR_INVALID_ERROR_CODE", 10}, {"SSL_ERROR_SSL", 1},
        {"SSL_ERROR_SYSCALL", 5}, {"SSL_ERROR_WANT_CONNECT", 7}, {"SSL_ERROR_WANT_READ", 2},
        {"SSL_ERROR_WANT_WRITE", 3}, {"SSL_ERROR_WANT_X509_LOOKUP", 4},
        {"SSL_ERROR_ZERO_RETURN", 6},
        {"VERIFY_ALLOW_PROXY_CERTS", 64}, {"VERIFY_CRL_CHECK_CHAIN", 12},
        {"VERIFY_CRL_CHECK_LEAF", 4}, {"VERIFY_DEFAULT", 0},
        {"VERIFY_X509_PARTIAL_CHAIN", 524288}, {"VERIFY_X509_STRICT", 32},
        {"VERIFY_X509_TRUSTED_FIRST", 32768},
    };

    @Override
    public PyModule create(Interpreter interpreter) {
        TlsRandom.install();
        PyModule m = new PyModule("_ssl");
        m.put("__doc__", PyStr.of("Implementation module for SSL socket operations.  See the "
                + "socket module\nfor documentation."));
        ModuleBuilder.addFunctions(m, SslModule.class);
        for (Object[] c : CONSTANTS) {
            m.put((String) c[0], PyInt.of(((Number) c[1]).longValue()));
        }
        SslErrors errors = interpreter.state(SslErrors.class, () -> new SslErrors(interpreter));
        m.put("SSLError", errors.sslError);
        m.put("SSLCertVerificationError", errors.certVerificationError);
        m.put("SSLZeroReturnError", errors.zeroReturnError);
        m.put("SSLWantReadError", errors.wantReadError);
        m.put("SSLWantWriteError", errors.wantWriteError);
        m.put("SSLSyscallError", errors.syscallError);
        m.put("SSLEOFError", errors.eofError);
        m.put("_SSLContext", PySSLContext.TYPE);
        m.put("_SSLSocket", PySSLSocket.TYPE);
        m.put("MemoryBIO", PyMemoryBIO.TYPE);
        m.put("SSLSession", PySSLSession.TYPE);
        m.put("Certificate", PyCertificate.TYPE);
        for (String flag : new String[] {"HAS_SNI", "HAS_ECDH", "HAS_ALPN", "HAS_TLSv1",
            "HAS_TLSv1_1", "HAS_TLSv1_2", "HAS_TLSv1_3"}) {
            m.put(flag, PyBool.TRUE);
        }
        for (String flag : new String[] {"HAS_NPN", "HAS_SSLv2", "HAS_SSLv3",
            "HAS_TLS_UNIQUE"}) {
            m.put(flag, PyBool.FALSE);
        }
        m.put("OPENSSL_VERSION", PyStr.of("Java TLS (" + jdkProvider() + "), OpenSSL 3.0 API"));
        PyTuple info = PyTuple.of(PyInt.of(3), PyInt.of(0), PyInt.of(0), PyInt.of(0),
                PyInt.of(0));
        m.put("OPENSSL_VERSION_INFO", info);
        m.put("_OPENSSL_API_VERSION", info);
        m.put("OPENSSL_VERSION_NUMBER", PyInt.of(0x30000000L));
        m.put("_DEFAULT_CIPHERS", PyStr.of(DEFAULT_CIPHERS));
        m.put("err_codes_to_names", new PyDict());
        m.put("err_names_to_codes", new PyDict());
        m.put("lib_codes_to_names", new PyDict());
        return m;
    }

    private static String jdkProvider() {
        try {
            java.security.Provider p = javax.net.ssl.SSLContext.getDefault().getProvider();
            return p.getName() + " " + p.getVersionStr();
        } catch (java.security.NoSuchAlgorithmException e) {
            return "JSSE";
        }
    }

    // ---- random numbers ----------------------------------------------------------------------

    // CPython: Modules/_ssl.c _ssl_RAND_bytes_impl
    @Exposed("RAND_bytes($module, n, /)")
    public static PyObject RAND_bytes(PyObject n) {
        int k = CArgs.intFormat(n);
        if (k < 0) {
            throw PyExceptions.valueError("num must be positive");
        }
        byte[] b = new byte[k];
        TlsRandom.INSTANCE.nextBytes(b);
        return PyBytes.of(b);
    }

    @Exposed("RAND_pseudo_bytes($module, n, /)")
    public static PyObject RAND_pseudo_bytes(PyObject n) {
        return PyTuple.of(RAND_bytes(n), PyBool.TRUE);
    }

    @Exposed("RAND_status($module, /)")
    public static boolean RAND_status() {
        return true;
    }

    // CPython: Modules/_ssl.c _ssl_RAND_add_impl (the JDK seeds itself; the entropy is mixed in)
    @Exposed("RAND_add($module, string, entropy, /)")
    public static void RAND_add(PyObject string, PyObject entropy) {
        byte[] b = string instanceof PyStr s
                ? s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : PyBytes.requireBytesLike(string);
        TlsRandom.INSTANCE.setSeed(b);
    }

    // ---- objects and paths -------------------------------------------------------------------

    private static PyObject objTuple(Oids.Oid o) {
        return PyTuple.of(PyInt.of(o.nid()), PyStr.of(o.shortName()), PyStr.of(o.longName()),
                PyStr.of(o.dotted()));
    }

    // CPython: Modules/_ssl.c _ssl_txt2obj_impl
    @Exposed("txt2obj($module, /, txt, name=False)")
    public static PyObject txt2obj(PyObject txt, PyObject name) {
        String t = txt.toString();
        Oids.Oid o = Oids.byDotted(t);
        if (o == null && Ops.isTrue(name)) {
            o = Oids.byName(t);
        }
        if (o == null) {
            if (t.matches("\\d+(\\.\\d+)+")) {
                throw PyExceptions.valueError("Unknown object");
            }
            throw PyExceptions.valueError("unknown object '" + t + "'");
        }
        return objTuple(o);
    }

    // CPython: Modules/_ssl.c _ssl_nid2obj_impl
    @Exposed("nid2obj($module, nid, /)")
    public static PyObject nid2obj(PyObject nid) {
        int n = CArgs.intFormat(nid);
        if (n < 0) {
            throw PyExceptions.valueError("NID must be positive.");
        }
        if (n == 0) {
            throw PyExceptions.valueError("Unknown object");
        }
        Oids.Oid o = Oids.byNid(n);
        if (o == null) {
            throw PyExceptions.valueError("unknown NID " + n);
        }
        return objTuple(o);
    }

    // CPython: Modules/_ssl.c _ssl_get_default_verify_paths_impl
    @Exposed("get_default_verify_paths($module, /)")
    public static PyObject get_default_verify_paths() {
        return PyTuple.of(PyStr.of("SSL_CERT_FILE"), PyStr.of("/usr/lib/ssl/cert.pem"),
                PyStr.of("SSL_CERT_DIR"), PyStr.of("/usr/lib/ssl/certs"));
    }

    // CPython: Modules/_ssl.c _ssl__test_decode_cert_impl
    @Exposed("_test_decode_cert($module, path, /)")
    public static PyObject _test_decode_cert(PyObject path) {
        String text = PySSLContext.readFile(path);
        List<java.security.cert.X509Certificate> certs;
        try {
            certs = Pem.certificates(text);
        } catch (Pem.BadPem e) {
            certs = List.of();
        }
        if (certs.isEmpty()) {
            throw SslErrors.plain("Error decoding PEM-encoded file");
        }
        return CertDict.decode(certs.get(0));
    }
}
