package dev.krait.modules.ssl;

import dev.krait.objects.PyDict;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A certificate as {@code getpeercert()} and {@code _test_decode_cert} show it: the dictionary
 * CPython builds from OpenSSL's view of the certificate -- subject and issuer as tuples of
 * relative distinguished names of {@code (longName, value)} pairs, version, serial number in
 * upper-case hex, validity in OpenSSL's {@code "Mon DD HH:MM:SS YYYY GMT"}, and, when present,
 * subjectAltName, OCSP, caIssuers and crlDistributionPoints. The names and extensions are read
 * from the DER, since the JDK's accessors reorder and re-escape them.
 *
 * <p>CPython counterpart: Modules/_ssl.c {@code _decode_certificate},
 * {@code _create_tuple_for_X509_NAME}, {@code _get_peer_alt_names}, {@code _get_aia_uri},
 * {@code _get_crl_dp}.
 */
final class CertDict {
    private CertDict() {}

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
        "Aug", "Sep", "Oct", "Nov", "Dec"};

    static PyDict decode(X509Certificate cert) {
        PyDict d = new PyDict();
        d.setItem(PyStr.of("subject"), name(cert.getSubjectX500Principal().getEncoded()));
        d.setItem(PyStr.of("issuer"), name(cert.getIssuerX500Principal().getEncoded()));
        d.setItem(PyStr.of("version"), PyInt.of(cert.getVersion()));
        d.setItem(PyStr.of("serialNumber"), PyStr.of(serial(cert.getSerialNumber())));
        d.setItem(PyStr.of("notBefore"), PyStr.of(time(cert.getNotBefore())));
        d.setItem(PyStr.of("notAfter"), PyStr.of(time(cert.getNotAfter())));
        byte[] san = extension(cert, "2.5.29.17");
        if (san != null) {
            d.setItem(PyStr.of("subjectAltName"), altNames(san));
        }
        byte[] aia = extension(cert, "1.3.6.1.5.5.7.1.1");
        if (aia != null) {
            PyTuple ocsp = accessUris(aia, "1.3.6.1.5.5.7.48.1");
            if (ocsp != null) {
                d.setItem(PyStr.of("OCSP"), ocsp);
            }
            PyTuple issuers = accessUris(aia, "1.3.6.1.5.5.7.48.2");
            if (issuers != null) {
                d.setItem(PyStr.of("caIssuers"), issuers);
            }
        }
        byte[] crl = extension(cert, "2.5.29.31");
        if (crl != null) {
            PyTuple points = crlPoints(crl);
            if (points != null) {
                d.setItem(PyStr.of("crlDistributionPoints"), points);
            }
        }
        return d;
    }

    /** An extension's value (the DER inside its OCTET STRING), or null. */
    private static byte[] extension(X509Certificate cert, String oid) {
        byte[] wrapped = cert.getExtensionValue(oid);
        return wrapped == null ? null : Der.parse(wrapped).contents();
    }

    /** A Name: a tuple of RDNs, each a tuple of {@code (attribute, value)} pairs. */
    // CPython: Modules/_ssl.c _create_tuple_for_X509_NAME
    static PyTuple name(byte[] der) {
        return name(Der.parse(der));
    }

    private static PyTuple name(Der seq) {
        List<PyObject> rdns = new ArrayList<>();
        for (Der set : seq.children()) {
            List<PyObject> pairs = new ArrayList<>();
            for (Der atv : set.children()) {
                List<Der> parts = atv.children();
                pairs.add(PyTuple.of(PyStr.of(Oids.attributeName(parts.get(0).oid())),
                        PyStr.of(parts.get(1).text())));
            }
            rdns.add(PyTuple.of(pairs.toArray(new PyObject[0])));
        }
        return PyTuple.of(rdns.toArray(new PyObject[0]));
    }

    /** OpenSSL's {@code i2a_ASN1_INTEGER}: upper-case hex, two digits a byte. */
    static String serial(BigInteger n) {
        byte[] b = n.abs().toByteArray();
        StringBuilder sb = new StringBuilder(n.signum() < 0 ? "-" : "");
        int start = b.length > 1 && b[0] == 0 ? 1 : 0;
        for (int i = start; i < b.length; i++) {
            sb.append(String.format("%02X", b[i] & 0xFF));
        }
        return sb.toString();
    }

    /** OpenSSL's {@code ASN1_TIME_print}: {@code "Aug 29 14:23:16 2018 GMT"}. */
    static String time(java.util.Date date) {
        ZonedDateTime t = date.toInstant().atZone(ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%s %2d %02d:%02d:%02d %d GMT",
                MONTHS[t.getMonthValue() - 1], t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), t.getYear());
    }

    // CPython: Modules/_ssl.c _get_peer_alt_names
    private static PyTuple altNames(byte[] der) {
        List<PyObject> out = new ArrayList<>();
        for (Der g : Der.parse(der).children()) {
            out.add(generalName(g));
        }
        return PyTuple.of(out.toArray(new PyObject[0]));
    }

    private static PyTuple generalName(Der g) {
        return switch (g.tag() & 0x1F) {
            case 0 -> pair("othername", "<unsupported>");
            case 1 -> pair("email", g.text());
            case 2 -> pair("DNS", g.text());
            case 3 -> pair("X400Name", "<unsupported>");
            case 4 -> PyTuple.of(PyStr.of("DirName"), name(g.children().get(0)));
            case 5 -> pair("EdiPartyName", "<unsupported>");
            case 6 -> pair("URI", g.text());
            case 7 -> pair("IP Address", ipText(g.contents()));
            case 8 -> {
                String dotted = new Der(Der.OID, g.data(), g.offset(), g.start(), g.length())
                        .oid();
                Oids.Oid known = Oids.byDotted(dotted);
                yield pair("Registered ID", known == null ? dotted : known.longName());
            }
            default -> pair("unknown", "<unsupported>");
        };
    }

    private static PyTuple pair(String kind, String value) {
        return PyTuple.of(PyStr.of(kind), PyStr.of(value));
    }

    static String ipText(byte[] p) {
        if (p.length == 4) {
            return (p[0] & 0xFF) + "." + (p[1] & 0xFF) + "." + (p[2] & 0xFF) + "." + (p[3] & 0xFF);
        }
        if (p.length == 16) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i += 2) {
                if (i > 0) {
                    sb.append(':');
                }
                sb.append(Integer.toHexString(((p[i] & 0xFF) << 8) | (p[i + 1] & 0xFF))
                        .toUpperCase(Locale.ROOT));
            }
            return sb.toString();
        }
        return "<invalid>";
    }

    /** The URIs of one access method of an AuthorityInfoAccess extension, or null. */
    // CPython: Modules/_ssl.c _get_aia_uri
    private static PyTuple accessUris(byte[] der, String method) {
        List<PyObject> out = new ArrayList<>();
        for (Der ad : Der.parse(der).children()) {
            List<Der> parts = ad.children();
            if (parts.get(0).oid().equals(method) && (parts.get(1).tag() & 0x1F) == 6) {
                out.add(PyStr.of(parts.get(1).text()));
            }
        }
        return out.isEmpty() ? null : PyTuple.of(out.toArray(new PyObject[0]));
    }

    /** The URIs of a CRLDistributionPoints extension's full names, or null. */
    // CPython: Modules/_ssl.c _get_crl_dp
    private static PyTuple crlPoints(byte[] der) {
        List<PyObject> out = new ArrayList<>();
        for (Der point : Der.parse(der).children()) {
            for (Der field : point.children()) {
                if (field.tag() != 0xA0) {
                    continue; // reasons, CRL issuer
                }
                for (Der pointName : field.children()) {
                    if (pointName.tag() != 0xA0) {
                        continue; // nameRelativeToCRLIssuer
                    }
                    for (Der g : pointName.children()) {
                        if ((g.tag() & 0x1F) == 6) {
                            out.add(PyStr.of(g.text()));
                        }
                    }
                }
            }
        }
        return out.isEmpty() ? null : PyTuple.of(out.toArray(new PyObject[0]));
    }
}
