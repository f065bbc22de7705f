package dev.krait.modules.ssl;

import dev.krait.objects.PyBool;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cipher suites between the two naming schemes: the JDK names them as IANA does
 * ({@code TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384}), OpenSSL (and so CPython's {@code cipher()},
 * {@code get_ciphers()} and {@code set_ciphers()} strings) as {@code ECDHE-RSA-AES256-GCM-SHA384};
 * TLS 1.3 suites have the same name in both. {@link #select} reads an OpenSSL cipher string
 * ({@code "ECDH+AESGCM:!aNULL"}) over the JDK's default suites: each element adds, or with
 * {@code !}/{@code -} removes, the suites whose properties it names; TLS 1.3 suites are always
 * kept, as OpenSSL's {@code SSL_CTX_set_cipher_list} leaves them alone.
 *
 * <p>CPython counterpart: Modules/_ssl.c {@code cipher_to_tuple}, {@code cipher_to_dict};
 * OpenSSL's ssl/ssl_ciph.c for the string's meaning (what Krait handles of it).
 */
final class Ciphers {
    private Ciphers() {}

    private static List<String> jdkDefaults() {
        try {
            return List.of(javax.net.ssl.SSLContext.getDefault().getDefaultSSLParameters()
                    .getCipherSuites());
        } catch (java.security.NoSuchAlgorithmException e) {
            return List.of();
        }
    }

    /** OpenSSL's name for a JDK (IANA) suite name. */
    static String openSslName(String iana) {
        if (!iana.startsWith("TLS_") || !iana.contains("_WITH_")) {
            return iana; // TLS 1.3 suites, and signalling values
        }
        String kx = iana.substring(4, iana.indexOf("_WITH_"));
        String rest = iana.substring(iana.indexOf("_WITH_") + 6);
        String cipher;
        String mac = "";
        int lastUnderscore = rest.lastIndexOf('_');
        if (rest.startsWith("CHACHA20_POLY1305")) {
            cipher = "CHACHA20-POLY1305";
        } else {
            String body = rest.substring(0, lastUnderscore);
            mac = rest.substring(lastUnderscore + 1);
            cipher = body.replace("AES_128", "AES128").replace("AES_256", "AES256")
                    .replace("_CBC", "").replace('_', '-');
        }
        StringBuilder sb = new StringBuilder();
        if (!kx.equals("RSA")) {
            sb.append(kx.replace('_', '-')).append('-');
        }
        sb.append(cipher);
        if (!mac.isEmpty()) {
            sb.append('-').append(mac);
        }
        return sb.toString();
    }

    /** The TLS version that introduced a suite, as OpenSSL's {@code SSL_CIPHER_get_version}. */
    static String version(String iana) {
        if (!iana.contains("_WITH_")) {
            return "TLSv1.3";
        }
        return iana.endsWith("_SHA") ? "TLSv1.0" : "TLSv1.2";
    }

    static int bits(String iana) {
        return iana.contains("AES_128") ? 128 : 256;
    }

    private static boolean matches(String part, String iana) {
        String name = openSslName(iana);
        String kx = iana.contains("_WITH_") ? iana.substring(4, iana.indexOf("_WITH_")) : "";
        return switch (part) {
            case "ALL", "DEFAULT", "HIGH", "TLSv1.2", "SECLEVEL" -> true;
            case "ECDH", "EECDH", "ECDHE", "kECDHE", "kEECDH" -> kx.startsWith("ECDHE");
            case "DH", "EDH", "DHE", "kDHE", "kEDH" -> kx.startsWith("DHE");
            case "kRSA" -> kx.equals("RSA");
            case "RSA", "aRSA" -> kx.endsWith("RSA");
            case "ECDSA", "aECDSA" -> kx.endsWith("ECDSA");
            case "AES" -> name.contains("AES");
            case "AESGCM" -> name.contains("AES") && name.contains("GCM");
            case "AES128" -> name.contains("AES128");
            case "AES256" -> name.contains("AES256");
            case "CHACHA20" -> name.contains("CHACHA20");
            case "SHA1", "SHA" -> iana.endsWith("_SHA");
            case "SHA256" -> iana.endsWith("_SHA256");
            case "SHA384" -> iana.endsWith("_SHA384");
            default -> name.equals(part);
        };
    }

    /** The JDK suites an OpenSSL cipher string selects (TLS 1.3 suites always). */
    static List<String> select(String spec) {
        List<String> all = jdkDefaults();
        Set<String> chosen = new LinkedHashSet<>();
        Set<String> banned = new LinkedHashSet<>();
        for (String element : spec.split("[:, ]+")) {
            if (element.isEmpty() || element.startsWith("@")) {
                continue;
            }
            char op = element.charAt(0);
            String body = op == '!' || op == '-' || op == '+' ? element.substring(1) : element;
            String[] parts = body.split("\\+");
            for (String iana : all) {
                if (!iana.contains("_WITH_")) {
                    continue;
                }
                boolean hit = true;
                for (String p : parts) {
                    hit &= matches(p, iana);
                }
                if (!hit) {
                    continue;
                }
                if (op == '!') {
                    banned.add(iana);
                } else if (op == '-') {
                    chosen.remove(iana);
                } else if (op != '+') {
                    chosen.add(iana);
                }
            }
        }
        chosen.removeAll(banned);
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String iana : all) {
            if (!iana.contains("_WITH_") || chosen.contains(iana)) {
                out.add(iana);
            }
        }
        return out;
    }

    /** The cipher tuple CPython's {@code cipher()} returns: (name, version, secret bits). */
    static PyObject tuple(String iana) {
        return dev.krait.objects.PyTuple.of(PyStr.of(openSslName(iana)),
                PyStr.of(version(iana)), PyInt.of(bits(iana)));
    }

    // CPython: Modules/_ssl.c cipher_to_dict
    static PyObject describe(List<String> suites) {
        PyList out = new PyList();
        for (String iana : suites) {
            String name = openSslName(iana);
            PyDict d = new PyDict();
            d.setItem(PyStr.of("name"), PyStr.of(name));
            d.setItem(PyStr.of("protocol"), PyStr.of(version(iana)));
            d.setItem(PyStr.of("strength_bits"), PyInt.of(bits(iana)));
            d.setItem(PyStr.of("alg_bits"), PyInt.of(bits(iana)));
            boolean aead = name.contains("GCM") || name.contains("POLY1305");
            d.setItem(PyStr.of("aead"), PyBool.of(aead));
            String sym = (name.contains("CHACHA20") ? "chacha20-poly1305"
                    : "aes-" + bits(iana) + (name.contains("GCM") ? "-gcm" : "-cbc"));
            d.setItem(PyStr.of("symmetric"), PyStr.of(sym));
            d.setItem(PyStr.of("digest"), aead ? PyNone.NONE
                    : PyStr.of(iana.endsWith("_SHA") ? "sha1"
                            : iana.substring(iana.lastIndexOf('_') + 1).toLowerCase(Locale.ROOT)));
            String kx = iana.contains("_WITH_") ? iana.substring(4, iana.indexOf("_WITH_")) : "";
            d.setItem(PyStr.of("kea"), PyStr.of(kx.startsWith("ECDHE") ? "kx-ecdhe"
                    : kx.startsWith("DHE") ? "kx-dhe" : kx.isEmpty() ? "kx-any" : "kx-rsa"));
            d.setItem(PyStr.of("auth"), PyStr.of(kx.isEmpty() ? "auth-any"
                    : kx.endsWith("ECDSA") ? "auth-ecdsa" : "auth-rsa"));
            out.append(d);
        }
        return out;
    }
}
