package dev.krait.modules.ssl;

import dev.krait.objects.Ops;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.net.Socket;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Makes the JDK {@code SSLEngine} of one connection from a {@link PySSLContext}: protocols,
 * cipher suites, client authentication, SNI, ALPN, and -- the part OpenSSL does inside
 * {@code SSL_do_handshake} -- certificate verification as OpenSSL reports it. Each connection
 * gets a JDK SSLContext of its own whose key manager and trust manager read the connection's
 * current {@code _SSLContext} (which an SNI callback may change mid-handshake), and whose trust
 * manager records the OpenSSL verify code and message of a failure on the connection, for the
 * SSLCertVerificationError.
 *
 * <p>Verification is the JDK's PKIX validation against the context's CA certificates (no
 * revocation checks, as OpenSSL's default), then the host name check of OpenSSL's
 * {@code X509_check_host}/{@code X509_check_ip_asc} (subjectAltName only, wildcards only as
 * the whole leftmost label), which Krait does itself so that its rules and messages are
 * OpenSSL's.
 *
 * <p>CPython counterpart: Modules/_ssl.c {@code newPySSLSocket}, {@code _ssl_configure_hostname},
 * {@code _servername_callback}; OpenSSL's crypto/x509/v3_utl.c for host names.
 */
final class EngineFactory {
    private EngineFactory() {}

    static SSLEngine create(PySSLSocket conn) throws java.security.GeneralSecurityException {
        PySSLContext ctx = conn.context;
        SSLContext jdk = SSLContext.getInstance("TLS");
        jdk.init(new javax.net.ssl.KeyManager[] {new Keys(conn)},
                new TrustManager[] {new Trust(conn)}, TlsRandom.INSTANCE);
        SSLEngine engine;
        if (!conn.serverSide && conn.serverHostname != null) {
            engine = jdk.createSSLEngine(conn.serverHostname, 443);
        } else {
            engine = jdk.createSSLEngine();
        }
        engine.setUseClientMode(!conn.serverSide);
        SSLParameters p = engine.getSSLParameters();
        p.setProtocols(ctx.enabledProtocols());
        List<String> suites = Ciphers.select(ctx.cipherList);
        if (!suites.isEmpty()) {
            p.setCipherSuites(suites.toArray(new String[0]));
        }
        if (conn.serverSide) {
            if (ctx.verifyMode == PySSLContext.CERT_REQUIRED) {
                p.setNeedClientAuth(true);
            } else if (ctx.verifyMode == PySSLContext.CERT_OPTIONAL) {
                p.setWantClientAuth(true);
            }
        } else if (conn.serverHostname != null && !isIpAddress(conn.serverHostname)) {
            try {
                p.setServerNames(List.of(new SNIHostName(conn.serverHostname)));
            } catch (IllegalArgumentException e) {
                p.setServerNames(List.of()); // a name SNI cannot carry is still checked
            }
        }
        if (ctx.alpnProtocols != null && !ctx.alpnProtocols.isEmpty()) {
            if (conn.serverSide) {
                List<String> mine = ctx.alpnProtocols;
                engine.setHandshakeApplicationProtocolSelector((e, offered) -> {
                    for (String m : mine) {
                        if (offered.contains(m)) {
                            return m;
                        }
                    }
                    // OpenSSL's callback answers NOACK: the handshake goes on without ALPN
                    return "";
                });
            } else {
                p.setApplicationProtocols(ctx.alpnProtocols.toArray(new String[0]));
            }
        }
        engine.setSSLParameters(p);
        return engine;
    }

    static boolean isIpAddress(String s) {
        return ipBytes(s) != null;
    }

    /** The address of a literal IPv4 or IPv6 address, or null (never a name lookup). */
    static byte[] ipBytes(String s) {
        if (s.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            byte[] b = new byte[4];
            String[] parts = s.split("\\.");
            for (int i = 0; i < 4; i++) {
                int v = Integer.parseInt(parts[i]);
                if (v > 255) {
                    return null;
                }
                b[i] = (byte) v;
            }
            return b;
        }
        if (s.indexOf(':') >= 0 && s.matches("[0-9A-Fa-f:.]+")) {
            try {
                return java.net.InetAddress.getByName(s).getAddress();
            } catch (java.net.UnknownHostException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * This side's keys and chains, read from the connection's context at the time asked; an
     * alias is a key's algorithm.
     */
    private static final class Keys extends X509ExtendedKeyManager {
        private final PySSLSocket conn;

        Keys(PySSLSocket conn) {
            this.conn = conn;
        }

        private PySSLContext.KeyEntry entry(String alias) {
            for (PySSLContext.KeyEntry e : conn.context.keys) {
                if (e.key().getAlgorithm().equals(alias)) {
                    return e;
                }
            }
            return null;
        }

        /** The alias of a key usable for the JDK's key type, or null. */
        private String fitting(String keyType) {
            for (PySSLContext.KeyEntry e : conn.context.keys) {
                String alg = e.key().getAlgorithm();
                if (keyType == null || keyType.equalsIgnoreCase(alg)
                        || keyType.equals("RSASSA-PSS") && alg.equals("RSA")
                        || keyType.equals("EdDSA") && alg.startsWith("Ed")) {
                    return alg;
                }
            }
            return null;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            String a = fitting(keyType);
            return a == null ? null : new String[] {a};
        }

        @Override
        public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket s) {
            return chooseEngineClientAlias(keyTypes, issuers, null);
        }

        @Override
        public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers,
                SSLEngine e) {
            for (String t : keyTypes) {
                String a = fitting(t);
                if (a != null) {
                    return a;
                }
            }
            return null;
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return getClientAliases(keyType, issuers);
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket s) {
            return fitting(keyType);
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers,
                SSLEngine e) {
            if (!runSniCallback(conn, e)) {
                return null;
            }
            return fitting(keyType);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            PySSLContext.KeyEntry e = entry(alias);
            return e == null ? null : e.chain().toArray(new X509Certificate[0]);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            PySSLContext.KeyEntry e = entry(alias);
            return e == null ? null : e.key();
        }
    }

    /** Verification as OpenSSL reports it; failures are recorded on the connection. */
    private static final class Trust extends X509ExtendedTrustManager {
        private final PySSLSocket conn;

        Trust(PySSLSocket conn) {
            this.conn = conn;
        }

        private void check(X509Certificate[] chain, String authType, boolean server)
                throws CertificateException {
            PySSLContext ctx = conn.context;
            conn.peerChain = chain;
            if (ctx.verifyMode == PySSLContext.CERT_NONE) {
                return;
            }
            if (ctx.caCerts.isEmpty() && ctx.pathCerts.isEmpty()) {
                fail(chain[0].getSubjectX500Principal().equals(chain[0].getIssuerX500Principal())
                        && chain.length == 1 ? 18 : 20, chain);
            }
            try {
                KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
                ks.load(null, null);
                int i = 0;
                for (X509Certificate ca : ctx.caCerts) {
                    ks.setCertificateEntry("ca" + i++, ca);
                }
                for (X509Certificate ca : ctx.pathCerts) {
                    ks.setCertificateEntry("ca" + i++, ca);
                }
                TrustManagerFactory f = TrustManagerFactory.getInstance("PKIX");
                f.init(ks);
                X509TrustManager pkix = (X509TrustManager) f.getTrustManagers()[0];
                if (server) {
                    pkix.checkServerTrusted(chain, authType);
                } else {
                    pkix.checkClientTrusted(chain, authType);
                }
            } catch (CertificateException e) {
                fail(codeFor(e, chain), chain);
            } catch (java.security.GeneralSecurityException | java.io.IOException e) {
                conn.recordVerifyFailure(1, "unspecified certificate verification error");
                throw new CertificateException(e.getMessage());
            }
            if (server && ctx.checkHostname && conn.serverHostname != null) {
                checkHost(chain[0], conn.serverHostname, ctx.hostFlags);
            }
        }

        private void fail(int code, X509Certificate[] chain) throws CertificateException {
            conn.recordVerifyFailure(code, verifyMessage(code));
            throw rejection(verifyMessage(code), code == 10
                    ? java.security.cert.CertPathValidatorException.BasicReason.EXPIRED : null);
        }

        /**
         * The exception the JDK turns into the alert it sends: with a validator reason it
         * sends OpenSSL's alert for that case (bad_certificate for a host name mismatch,
         * certificate_expired), without one certificate_unknown (OpenSSL: unknown_ca).
         */
        private static CertificateException rejection(String message,
                java.security.cert.CertPathValidatorException.BasicReason reason) {
            if (reason == null) {
                return new CertificateException(message);
            }
            return new CertificateException(message,
                    new java.security.cert.CertPathValidatorException(message, null, null, -1,
                            reason));
        }

        /** The OpenSSL verify code for the JDK's reason. */
        private static int codeFor(CertificateException e, X509Certificate[] chain) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CertificateExpiredException) {
                    return 10;
                }
                if (t instanceof CertificateNotYetValidException) {
                    return 9;
                }
            }
            X509Certificate last = chain[chain.length - 1];
            boolean selfIssued = last.getSubjectX500Principal()
                    .equals(last.getIssuerX500Principal());
            if (selfIssued) {
                return chain.length == 1 ? 18 : 19;
            }
            return 20;
        }

        private void checkHost(X509Certificate cert, String host, int flags)
                throws CertificateException {
            byte[] ip = ipBytes(host);
            List<String> dns = new ArrayList<>();
            List<byte[]> ips = new ArrayList<>();
            try {
                var names = cert.getSubjectAlternativeNames();
                if (names != null) {
                    for (List<?> n : names) {
                        int type = (Integer) n.get(0);
                        if (type == 2) {
                            dns.add((String) n.get(1));
                        } else if (type == 7) {
                            byte[] a = ipBytes((String) n.get(1));
                            if (a != null) {
                                ips.add(a);
                            }
                        }
                    }
                }
            } catch (java.security.cert.CertificateParsingException e) {
                // no usable subjectAltName
            }
            if (ip != null) {
                for (byte[] a : ips) {
                    if (java.util.Arrays.equals(a, ip)) {
                        return;
                    }
                }
                conn.recordVerifyFailure(64, "IP address mismatch, certificate is not valid for '"
                        + host + "'.");
                throw rejection("IP address mismatch",
                        java.security.cert.CertPathValidatorException.BasicReason
                                .INVALID_SIGNATURE);
            }
            if (dns.isEmpty() && (flags & PySSLContext.HOSTFLAG_NEVER_CHECK_SUBJECT) == 0) {
                dns.addAll(commonNames(cert));
            }
            for (String pattern : dns) {
                if (hostMatches(pattern, host)) {
                    return;
                }
            }
            conn.recordVerifyFailure(62, "Hostname mismatch, certificate is not valid for '"
                    + host + "'.");
            throw rejection("Hostname mismatch",
                    java.security.cert.CertPathValidatorException.BasicReason.INVALID_SIGNATURE);
        }

        private static List<String> commonNames(X509Certificate cert) {
            List<String> out = new ArrayList<>();
            PyObject subject = CertDict.name(cert.getSubjectX500Principal().getEncoded());
            for (PyObject rdn : ((dev.krait.objects.PyTuple) subject).items()) {
                for (PyObject pair : ((dev.krait.objects.PyTuple) rdn).items()) {
                    dev.krait.objects.PyTuple t = (dev.krait.objects.PyTuple) pair;
                    if (t.get(0).toString().equals("commonName")) {
                        out.add(t.get(1).toString());
                    }
                }
            }
            return out;
        }

        /** OpenSSL's host match: case-insensitive, a wildcard only as the whole first label. */
        static boolean hostMatches(String pattern, String host) {
            String p = pattern.toLowerCase(Locale.ROOT);
            String h = host.toLowerCase(Locale.ROOT);
            if (h.endsWith(".")) {
                h = h.substring(0, h.length() - 1);
            }
            if (p.equals(h)) {
                return true;
            }
            if (!p.startsWith("*.")) {
                return false;
            }
            String suffix = p.substring(1); // ".example.com"
            if (suffix.indexOf('.', 1) < 0) {
                return false; // "*.com": OpenSSL wants two labels after the wildcard
            }
            int dot = h.indexOf('.');
            return dot > 0 && h.substring(dot).equals(suffix);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            check(chain, authType, false);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            check(chain, authType, true);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket s)
                throws CertificateException {
            check(chain, authType, false);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket s)
                throws CertificateException {
            check(chain, authType, true);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine e)
                throws CertificateException {
            check(chain, authType, false);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine e)
                throws CertificateException {
            check(chain, authType, true);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return conn.context.caCerts.toArray(new X509Certificate[0]);
        }
    }

    /** OpenSSL's text for the verify codes Krait reports. */
    static String verifyMessage(int code) {
        return switch (code) {
            case 9 -> "certificate is not yet valid";
            case 10 -> "certificate has expired";
            case 18 -> "self-signed certificate";
            case 19 -> "self-signed certificate in certificate chain";
            case 20 -> "unable to get local issuer certificate";
            default -> "unspecified certificate verification error";
        };
    }

    /**
     * The server's SNI hook: calls the context's {@code sni_callback(sslobject, name, context)}
     * once per handshake, when the JDK first asks for the server's key (after reading the
     * ClientHello, on the thread driving the handshake, which holds the interpreter lock); the
     * callback may switch the connection's context, whose key is then the one used. A callback
     * that raises or returns an alert number fails the handshake (the JDK sends
     * handshake_failure whatever the number).
     */
    // CPython: Modules/_ssl.c _servername_callback
    static boolean runSniCallback(PySSLSocket conn, SSLEngine engine) {
        if (conn.sniDone) {
            return conn.sniFailure == null && !conn.sniRefused;
        }
        conn.sniDone = true;
        PyObject callback = conn.context.sniCallback;
        if (callback == PyNone.NONE) {
            return true;
        }
        PyObject name = PyNone.NONE;
        if (engine != null && engine.getHandshakeSession()
                instanceof javax.net.ssl.ExtendedSSLSession es) {
            for (SNIServerName n : es.getRequestedServerNames()) {
                if (n instanceof SNIHostName h) {
                    name = PyStr.of(h.getAsciiName());
                }
            }
        }
        try {
            PyObject r = Ops.call(callback, conn.ownerOrSelf(), name, conn.context);
            conn.sniRefused = r != PyNone.NONE;
        } catch (dev.krait.objects.PyException e) {
            conn.sniFailure = e;
        }
        return conn.sniFailure == null && !conn.sniRefused;
    }
}
