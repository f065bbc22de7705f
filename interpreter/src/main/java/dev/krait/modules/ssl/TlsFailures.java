package dev.krait.modules.ssl;

import dev.krait.objects.PyException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * The SSLError CPython raises for what the JDK reports as an {@code SSLException}: an alert
 * from the peer becomes OpenSSL's {@code SSLV3_ALERT_*}/{@code TLSV1_ALERT_*} reason, a record
 * that is not TLS becomes {@code WRONG_VERSION_NUMBER}, no common protocol
 * {@code NO_PROTOCOLS_AVAILABLE}; anything else keeps the JDK's message under library "SSL".
 *
 * <p>CPython counterpart: Modules/_ssl.c {@code PySSL_SetError}; OpenSSL's ssl/ssl_err.c texts.
 */
final class TlsFailures {
    private TlsFailures() {}

    /** The TLS 1.0 alerts OpenSSL names TLSV1_ALERT_ (the rest of RFC 5246's are SSLv3's). */
    private static final java.util.Set<String> TLS1_ALERTS = java.util.Set.of("unknown_ca",
            "access_denied", "decode_error", "decrypt_error", "export_restriction",
            "protocol_version", "insufficient_security", "internal_error", "user_cancelled",
            "no_renegotiation", "inappropriate_fallback", "unknown_psk_identity",
            "no_application_protocol", "record_overflow", "decryption_failed");

    static PyException toPython(SSLException e, int line) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int alert = m.indexOf("Received fatal alert: ");
        if (alert >= 0) {
            String name = m.substring(alert + 22).strip();
            String words = name.replace('_', ' ');
            String upper = name.toUpperCase(Locale.ROOT);
            if (name.equals("certificate_required")) {
                return SslErrors.ssl("SSL", "TLSV13_ALERT_CERTIFICATE_REQUIRED",
                        "tlsv13 alert certificate required", line);
            }
            if (name.equals("unrecognized_name")) {
                return SslErrors.ssl("SSL", "TLSV1_UNRECOGNIZED_NAME", "tlsv1 unrecognized name",
                        line);
            }
            if (TLS1_ALERTS.contains(name)) {
                return SslErrors.ssl("SSL", "TLSV1_ALERT_" + upper, "tlsv1 alert " + words,
                        line);
            }
            return SslErrors.ssl("SSL", "SSLV3_ALERT_" + upper, "sslv3 alert " + words, line);
        }
        if (m.contains("Unsupported or unrecognized SSL message")
                || m.contains("plaintext connection")) {
            return SslErrors.ssl("SSL", "WRONG_VERSION_NUMBER", "wrong version number", line);
        }
        if (m.contains("No appropriate protocol") || m.contains("protocol is disabled")) {
            return SslErrors.ssl("SSL", "NO_PROTOCOLS_AVAILABLE", "no protocols available",
                    line);
        }
        if (m.contains("No available authentication scheme")
                || m.contains("no cipher suites in common")) {
            return SslErrors.ssl("SSL", "NO_SHARED_CIPHER", "no shared cipher", line);
        }
        if (m.contains("Empty client certificate chain")
                || m.contains("certificate_required")) {
            return SslErrors.ssl("SSL", "PEER_DID_NOT_RETURN_A_CERTIFICATE",
                    "peer did not return a certificate", line);
        }
        return SslErrors.ssl("SSL", null, m, line);
    }
}
