package dev.krait.modules.ssl;

import java.util.HashMap;
import java.util.Map;

/**
 * The ASN.1 object identifiers Krait knows by name: OpenSSL's numeric id (NID), short name, long
 * name and dotted form, for the attributes that appear in certificate names, the extended key
 * usages {@code ssl.Purpose} names, and the extensions {@code getpeercert()} reads. The values
 * are OpenSSL's (objects.txt), so {@code txt2obj}/{@code nid2obj} and the names in a decoded
 * certificate agree with CPython; an identifier outside this table is unknown to Krait where
 * OpenSSL might know it (docs/DIFFERENCES.md).
 */
final class Oids {
    private Oids() {}

    record Oid(int nid, String shortName, String longName, String dotted) {}

    private static final Oid[] TABLE = {
        new Oid(13, "CN", "commonName", "2.5.4.3"),
        new Oid(14, "C", "countryName", "2.5.4.6"),
        new Oid(15, "L", "localityName", "2.5.4.7"),
        new Oid(16, "ST", "stateOrProvinceName", "2.5.4.8"),
        new Oid(17, "O", "organizationName", "2.5.4.10"),
        new Oid(18, "OU", "organizationalUnitName", "2.5.4.11"),
        new Oid(48, "emailAddress", "emailAddress", "1.2.840.113549.1.9.1"),
        new Oid(105, "serialNumber", "serialNumber", "2.5.4.5"),
        new Oid(100, "SN", "surname", "2.5.4.4"),
        new Oid(99, "GN", "givenName", "2.5.4.42"),
        new Oid(106, "title", "title", "2.5.4.12"),
        new Oid(107, "description", "description", "2.5.4.13"),
        new Oid(660, "street", "streetAddress", "2.5.4.9"),
        new Oid(661, "postalCode", "postalCode", "2.5.4.17"),
        new Oid(391, "DC", "domainComponent", "0.9.2342.19200300.100.1.25"),
        new Oid(458, "UID", "userId", "0.9.2342.19200300.100.1.1"),
        new Oid(860, "businessCategory", "businessCategory", "2.5.4.15"),
        new Oid(957, "jurisdictionC", "jurisdictionCountryName", "1.3.6.1.4.1.311.60.2.1.3"),
        new Oid(956, "jurisdictionST", "jurisdictionStateOrProvinceName",
                "1.3.6.1.4.1.311.60.2.1.2"),
        new Oid(955, "jurisdictionL", "jurisdictionLocalityName", "1.3.6.1.4.1.311.60.2.1.1"),
        new Oid(129, "serverAuth", "TLS Web Server Authentication", "1.3.6.1.5.5.7.3.1"),
        new Oid(130, "clientAuth", "TLS Web Client Authentication", "1.3.6.1.5.5.7.3.2"),
        new Oid(131, "codeSigning", "Code Signing", "1.3.6.1.5.5.7.3.3"),
        new Oid(132, "emailProtection", "E-mail Protection", "1.3.6.1.5.5.7.3.4"),
        new Oid(173, "name", "name", "2.5.4.41"),
        new Oid(174, "dnQualifier", "dnQualifier", "2.5.4.46"),
        new Oid(510, "pseudonym", "pseudonym", "2.5.4.65"),
        new Oid(101, "initials", "initials", "2.5.4.43"),
        new Oid(509, "generationQualifier", "generationQualifier", "2.5.4.44"),
        new Oid(861, "postalAddress", "postalAddress", "2.5.4.16"),
        new Oid(1089, "organizationIdentifier", "organizationIdentifier", "2.5.4.97"),
        new Oid(6, "rsaEncryption", "rsaEncryption", "1.2.840.113549.1.1.1"),
        new Oid(408, "id-ecPublicKey", "id-ecPublicKey", "1.2.840.10045.2.1"),
        new Oid(85, "subjectAltName", "X509v3 Subject Alternative Name", "2.5.29.17"),
        new Oid(87, "basicConstraints", "X509v3 Basic Constraints", "2.5.29.19"),
        new Oid(83, "keyUsage", "X509v3 Key Usage", "2.5.29.15"),
        new Oid(126, "extendedKeyUsage", "X509v3 Extended Key Usage", "2.5.29.37"),
        new Oid(177, "authorityInfoAccess", "Authority Information Access",
                "1.3.6.1.5.5.7.1.1"),
        new Oid(103, "crlDistributionPoints", "X509v3 CRL Distribution Points", "2.5.29.31"),
        new Oid(178, "OCSP", "OCSP", "1.3.6.1.5.5.7.48.1"),
        new Oid(179, "caIssuers", "CA Issuers", "1.3.6.1.5.5.7.48.2"),
    };

    private static final Map<String, Oid> BY_DOTTED = new HashMap<>();
    private static final Map<String, Oid> BY_NAME = new HashMap<>();
    private static final Map<Integer, Oid> BY_NID = new HashMap<>();

    static {
        for (Oid o : TABLE) {
            BY_DOTTED.put(o.dotted, o);
            BY_NAME.putIfAbsent(o.shortName, o);
            BY_NAME.putIfAbsent(o.longName, o);
            BY_NID.put(o.nid, o);
        }
    }

    static Oid byDotted(String dotted) {
        return BY_DOTTED.get(dotted);
    }

    static Oid byName(String name) {
        return BY_NAME.get(name);
    }

    static Oid byNid(int nid) {
        return BY_NID.get(nid);
    }

    /** The name OpenSSL prints for an attribute in a certificate name: the long name. */
    static String attributeName(String dotted) {
        Oid o = BY_DOTTED.get(dotted);
        return o == null ? dotted : o.longName;
    }
}
