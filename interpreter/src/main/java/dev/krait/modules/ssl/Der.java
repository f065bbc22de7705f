package dev.krait.modules.ssl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal reader of ASN.1 DER: enough to walk the certificate fields the JDK's X509Certificate
 * does not give in OpenSSL's shape (names as RDN sequences, authority information access, CRL
 * distribution points) and the key containers CPython accepts in PEM files (PKCS#1, SEC1).
 * An element is its tag, and the bytes of its contents.
 */
record Der(int tag, byte[] data, int offset, int start, int length) {
    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;

    /** Parses the one element at the start of {@code b}. */
    static Der parse(byte[] b) {
        return at(b, 0, b.length);
    }

    private static Der at(byte[] b, int pos, int end) {
        if (pos + 2 > end) {
            throw new IllegalArgumentException("truncated DER");
        }
        int tag = b[pos] & 0xFF;
        int len = b[pos + 1] & 0xFF;
        int p = pos + 2;
        if (len >= 0x80) {
            int n = len & 0x7F;
            if (n == 0 || n > 4 || p + n > end) {
                throw new IllegalArgumentException("bad DER length");
            }
            len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (b[p++] & 0xFF);
            }
        }
        if (len < 0 || p + len > end) {
            throw new IllegalArgumentException("truncated DER");
        }
        return new Der(tag, b, pos, p, len);
    }

    /** The full encoding's end offset (for walking siblings). */
    private int end() {
        return start + length;
    }

    /** The elements inside a constructed element. */
    List<Der> children() {
        List<Der> out = new ArrayList<>();
        int p = start;
        while (p < end()) {
            Der d = at(data, p, end());
            out.add(d);
            p = d.end();
        }
        return out;
    }

    byte[] contents() {
        return java.util.Arrays.copyOfRange(data, start, end());
    }

    /** The element with its header, as bytes of its own. */
    byte[] encoded() {
        return java.util.Arrays.copyOfRange(data, offset, end());
    }

    /** An OBJECT IDENTIFIER's dotted text. */
    String oid() {
        StringBuilder sb = new StringBuilder();
        long v = 0;
        boolean first = true;
        for (int i = start; i < end(); i++) {
            v = (v << 7) | (data[i] & 0x7F);
            if ((data[i] & 0x80) == 0) {
                if (first) {
                    long a = Math.min(v / 40, 2);
                    sb.append(a).append('.').append(v - 40 * a);
                    first = false;
                } else {
                    sb.append('.').append(v);
                }
                v = 0;
            }
        }
        return sb.toString();
    }

    /** A string value (the ASN.1 string types OpenSSL prints as text). */
    String text() {
        return switch (tag) {
            case 0x1E -> new String(data, start, length, StandardCharsets.UTF_16BE); // BMP
            case 0x1C -> { // UniversalString: UTF-32
                StringBuilder sb = new StringBuilder();
                for (int i = start; i + 3 < end(); i += 4) {
                    sb.appendCodePoint(((data[i] & 0xFF) << 24) | ((data[i + 1] & 0xFF) << 16)
                            | ((data[i + 2] & 0xFF) << 8) | (data[i + 3] & 0xFF));
                }
                yield sb.toString();
            }
            case 0x14 -> new String(data, start, length, StandardCharsets.ISO_8859_1); // T61
            default -> new String(data, start, length, StandardCharsets.UTF_8);
        };
    }

    /** A DER header and contents: tag, length, bytes. */
    static byte[] encode(int tag, byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(tag);
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else if (n < 0x10000) {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n);
        } else {
            out.write(0x83);
            out.write(n >> 16);
            out.write(n >> 8);
            out.write(n);
        }
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
