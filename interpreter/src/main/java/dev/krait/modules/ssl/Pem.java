package dev.krait.modules.ssl;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * PEM files as OpenSSL reads them for {@code load_cert_chain} and {@code load_verify_locations}:
 * the {@code -----BEGIN X-----} blocks of a text, certificates (X.509, by the JDK's
 * CertificateFactory) and private keys in the containers OpenSSL writes -- PKCS#8
 * ({@code PRIVATE KEY}), PKCS#8 encrypted with a password ({@code ENCRYPTED PRIVATE KEY}, PBES2
 * or PBES1), PKCS#1 RSA and SEC1 EC keys ({@code RSA PRIVATE KEY}, {@code EC PRIVATE KEY}),
 * these two optionally encrypted the legacy way ({@code Proc-Type: 4,ENCRYPTED} with
 * {@code DEK-Info}, keys derived by OpenSSL's {@code EVP_BytesToKey} with MD5).
 *
 * <p>Failures are {@link BadPem} (CPython's "PEM lib" SSLError) so that the caller decides the
 * message; nothing here is Python-specific.
 */
final class Pem {
    private Pem() {}

    /** A PEM block: its label, its headers (the legacy encryption's), and its DER. */
    record Block(String label, List<String> headers, byte[] der) {}

    /** The PEM text could not be read as what was asked for. */
    static final class BadPem extends Exception {
        final boolean badPassword;

        BadPem(String message, boolean badPassword) {
            super(message, null, false, false);
            this.badPassword = badPassword;
        }
    }

    static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        int pos = 0;
        while (true) {
            int begin = text.indexOf("-----BEGIN ", pos);
            if (begin < 0) {
                return out;
            }
            int labelEnd = text.indexOf("-----", begin + 11);
            if (labelEnd < 0) {
                return out;
            }
            String label = text.substring(begin + 11, labelEnd);
            String endMarker = "-----END " + label + "-----";
            int end = text.indexOf(endMarker, labelEnd);
            if (end < 0) {
                return out;
            }
            List<String> headers = new ArrayList<>();
            StringBuilder b64 = new StringBuilder();
            for (String line : text.substring(labelEnd + 5, end).split("\r?\n")) {
                line = line.strip();
                if (line.contains(":")) {
                    headers.add(line);
                } else {
                    b64.append(line);
                }
            }
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(b64.toString());
            } catch (IllegalArgumentException e) {
                der = null;
            }
            if (der != null) {
                out.add(new Block(label, headers, der));
            }
            pos = end + endMarker.length();
        }
    }

    static X509Certificate certificate(byte[] der) throws GeneralSecurityException {
        CertificateFactory f = CertificateFactory.getInstance("X.509");
        return (X509Certificate) f.generateCertificate(new ByteArrayInputStream(der));
    }

    /** The certificates of the text's CERTIFICATE blocks, in order. */
    static List<X509Certificate> certificates(String text) throws BadPem {
        List<X509Certificate> out = new ArrayList<>();
        for (Block b : blocks(text)) {
            if (b.label.equals("CERTIFICATE") || b.label.equals("TRUSTED CERTIFICATE")
                    || b.label.equals("X509 CERTIFICATE")) {
                try {
                    out.add(certificate(b.der));
                } catch (GeneralSecurityException | RuntimeException e) {
                    throw new BadPem("bad certificate", false);
                }
            }
        }
        return out;
    }

    /** A password supplier, asked only when the key is encrypted. */
    interface Password {
        byte[] get() throws BadPem;
    }

    /** The first private key of the text, or null when it has none. */
    static PrivateKey privateKey(String text, Password password) throws BadPem {
        for (Block b : blocks(text)) {
            switch (b.label) {
                case "PRIVATE KEY":
                    return pkcs8(b.der);
                case "ENCRYPTED PRIVATE KEY":
                    return pkcs8(decryptPkcs8(b.der, password));
                case "RSA PRIVATE KEY":
                    return pkcs8(wrap("1.2.840.113549.1.1.1", null, legacy(b, password)));
                case "EC PRIVATE KEY":
                    return ecKey(legacy(b, password));
                default:
                    break;
            }
        }
        return null;
    }

    private static PrivateKey pkcs8(byte[] der) throws BadPem {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String alg : new String[] {"RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS", "DSA",
                "X25519"}) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(spec);
            } catch (GeneralSecurityException | RuntimeException e) {
                // try the next algorithm
            }
        }
        throw new BadPem("unsupported private key", false);
    }

    /** A PKCS#8 PrivateKeyInfo around a traditional key: version 0, algorithm, key. */
    private static byte[] wrap(String algorithmOid, byte[] parameters, byte[] key) {
        byte[] alg = parameters == null
                ? Der.encode(Der.SEQUENCE, oid(algorithmOid), new byte[] {5, 0})
                : Der.encode(Der.SEQUENCE, oid(algorithmOid), parameters);
        return Der.encode(Der.SEQUENCE, new byte[] {2, 1, 0}, alg,
                Der.encode(Der.OCTET_STRING, key));
    }

    private static byte[] oid(String dotted) {
        String[] parts = dotted.split("\\.");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(Integer.parseInt(parts[0]) * 40 + Integer.parseInt(parts[1]));
        for (int i = 2; i < parts.length; i++) {
            long v = Long.parseLong(parts[i]);
            int shift = 63 - Long.numberOfLeadingZeros(v | 1);
            for (int s = shift / 7 * 7; s > 0; s -= 7) {
                out.write((int) ((v >> s) & 0x7F) | 0x80);
            }
            out.write((int) (v & 0x7F));
        }
        return Der.encode(Der.OID, out.toByteArray());
    }

    /** A SEC1 ECPrivateKey, moved into PKCS#8 with its curve as the algorithm's parameter. */
    private static PrivateKey ecKey(byte[] sec1) throws BadPem {
        try {
            byte[] curve = null;
            for (Der field : Der.parse(sec1).children()) {
                if (field.tag() == 0xA0) {
                    curve = field.children().get(0).encoded();
                }
            }
            if (curve == null) {
                throw new BadPem("EC key without curve", false);
            }
            return pkcs8(wrap("1.2.840.10045.2.1", curve, sec1));
        } catch (IllegalArgumentException e) {
            throw new BadPem("bad EC key", false);
        }
    }

    private static byte[] decryptPkcs8(byte[] der, Password password) throws BadPem {
        byte[] pw = password.get();
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            char[] chars = new String(pw, StandardCharsets.ISO_8859_1).toCharArray();
            SecretKeyFactory f = SecretKeyFactory.getInstance(info.getAlgName());
            javax.crypto.SecretKey key = f.generateSecret(new PBEKeySpec(chars));
            Cipher c = Cipher.getInstance(info.getAlgName());
            c.init(Cipher.DECRYPT_MODE, key, info.getAlgParameters());
            return info.getKeySpec(c).getEncoded();
        } catch (GeneralSecurityException | RuntimeException | java.io.IOException e) {
            throw new BadPem("bad decrypt", true);
        }
    }

    /** A traditional key's DER, decrypted first when its headers say it is encrypted. */
    private static byte[] legacy(Block b, Password password) throws BadPem {
        String dekInfo = null;
        boolean encrypted = false;
        for (String h : b.headers) {
            if (h.startsWith("Proc-Type:") && h.contains("ENCRYPTED")) {
                encrypted = true;
            } else if (h.startsWith("DEK-Info:")) {
                dekInfo = h.substring(9).strip();
            }
        }
        if (!encrypted) {
            return b.der;
        }
        if (dekInfo == null || dekInfo.indexOf(',') < 0) {
            throw new BadPem("bad DEK-Info", false);
        }
        String cipherName = dekInfo.substring(0, dekInfo.indexOf(','));
        byte[] iv = HexFormat.of().parseHex(dekInfo.substring(dekInfo.indexOf(',') + 1));
        String transform;
        String alg;
        int keyLength;
        switch (cipherName) {
            case "AES-128-CBC" -> { transform = "AES/CBC/PKCS5Padding"; alg = "AES"; keyLength = 16; }
            case "AES-192-CBC" -> { transform = "AES/CBC/PKCS5Padding"; alg = "AES"; keyLength = 24; }
            case "AES-256-CBC" -> { transform = "AES/CBC/PKCS5Padding"; alg = "AES"; keyLength = 32; }
            case "DES-EDE3-CBC" -> { transform = "DESede/CBC/PKCS5Padding"; alg = "DESede"; keyLength = 24; }
            case "DES-CBC" -> { transform = "DES/CBC/PKCS5Padding"; alg = "DES"; keyLength = 8; }
            default -> throw new BadPem("unsupported encryption " + cipherName, false);
        }
        byte[] pw = password.get();
        try {
            byte[] key = bytesToKey(pw, java.util.Arrays.copyOf(iv, 8), keyLength);
            Cipher c = Cipher.getInstance(transform);
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, alg), new IvParameterSpec(iv));
            return c.doFinal(b.der);
        } catch (GeneralSecurityException e) {
            throw new BadPem("bad decrypt", true);
        }
    }

    /** OpenSSL's {@code EVP_BytesToKey} with MD5 and one round. */
    private static byte[] bytesToKey(byte[] password, byte[] salt, int length)
            throws GeneralSecurityException {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        byte[] out = new byte[length];
        byte[] prev = new byte[0];
        int filled = 0;
        while (filled < length) {
            md5.update(prev);
            md5.update(password);
            md5.update(salt);
            prev = md5.digest();
            int n = Math.min(prev.length, length - filled);
            System.arraycopy(prev, 0, out, filled, n);
            filled += n;
        }
        return out;
    }
}
