package dev.krait.modules.ssl;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * {@code _ssl.Certificate}: one certificate of a connection's chain, as
 * {@code get_verified_chain()} and {@code get_unverified_chain()} return them (CPython 3.11
 * uses them in its tests; Lib/ssl.py does not yet).
 *
 * <p>CPython counterpart: Modules/_ssl/cert.c.
 */
public final class PyCertificate extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("Certificate", PyCertificate.class,
            null).withModule("_ssl");

    final X509Certificate cert;

    PyCertificate(X509Certificate cert) {
        super(TYPE);
        this.cert = cert;
    }

    private byte[] der() {
        try {
            return cert.getEncoded();
        } catch (CertificateEncodingException e) {
            throw SslErrors.plain("cannot encode certificate: " + e.getMessage());
        }
    }

    // CPython: Modules/_ssl/cert.c _ssl_Certificate_public_bytes_impl
    @Exposed("public_bytes($self, /, format=ENCODING_PEM)")
    public PyObject public_bytes(PyObject format) {
        int f = format == null ? 1 : CArgs.intFormat(format);
        if (f == 2) {
            return PyBytes.of(der());
        }
        if (f != 1) {
            throw PyExceptions.valueError("Unsupported format");
        }
        String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der());
        String pem = "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n";
        return PyBytes.of(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Exposed("get_info($self, /)")
    public PyObject get_info() {
        return CertDict.decode(cert);
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PyCertificate c)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(cert.equals(c.cert));
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject other) {
        if (!(other instanceof PyCertificate c)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(!cert.equals(c.cert));
    }

    @Exposed("__hash__($self, /)")
    public long __hash__() {
        return cert.hashCode();
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<Certificate '" + cert.getSubjectX500Principal().getName() + "'>";
    }

}
