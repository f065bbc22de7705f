/**
 * The {@code _ssl} module on the JDK's TLS: Lib/ssl.py, unmodified, imports it.
 *
 * <p>Where CPython calls OpenSSL, Krait drives a {@code javax.net.ssl.SSLEngine} itself
 * ({@link dev.krait.modules.ssl.PySSLSocket}): the engine encrypts and decrypts, the module
 * moves the records over the socket's descriptor (with the socket's timeout, non-blocking sockets
 * raising SSLWantReadError/SSLWantWriteError as OpenSSL's do) or through two
 * {@code MemoryBIO}s. Certificates and keys come from PEM files read by
 * {@link dev.krait.modules.ssl.Pem} (the JDK's CertificateFactory and KeyFactory);
 * verification is the JDK's PKIX validation plus OpenSSL's host-name rules, reported with
 * OpenSSL's verify codes and messages ({@link dev.krait.modules.ssl.EngineFactory}); errors
 * are CPython's SSLError family with its "[LIB: REASON] text" strings
 * ({@link dev.krait.modules.ssl.SslErrors}, {@link dev.krait.modules.ssl.TlsFailures}).
 * Certificates decoded for {@code getpeercert()} have CPython's dictionary layout
 * ({@link dev.krait.modules.ssl.CertDict}).
 *
 * <p>CPython counterpart: Modules/_ssl.c (and Modules/_ssl/*.c).
 */
package dev.krait.modules.ssl;
