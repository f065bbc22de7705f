package dev.krait.modules.hashlib;

import dev.krait.modules.hashes.Blake2;
import dev.krait.modules.hashes.Keccak;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The digests {@code _hashlib} computes, each with the name CPython reports for it, its sizes
 * and the names OpenSSL 3 finds it by. A name is looked up as CPython does: first exactly in
 * CPython's own table of Python names and aliases ({@code py_hashes}: "sha256", "SHA256",
 * "blake2b512"), then case-insensitively among OpenSSL's names ("SHA2-256", "sha-512/256",
 * object identifiers). The digests are those OpenSSL 3's default provider has; the legacy
 * provider's (MD4, Whirlpool, ...) are unsupported, as they are in the machine's CPython.
 *
 * <p>CPython counterpart: Modules/_hashopenssl.c {@code py_hashes}, {@code py_digest_by_name},
 * {@code py_digest_name}; OpenSSL 3's default provider names (providers/implementations).
 */
enum Digest {
    MD5("md5", 16, 64, "MD5", "MD5", "SSL3-MD5", "1.2.840.113549.2.5"),
    SHA1("sha1", 20, 64, "SHA-1", "SHA1", "SHA-1", "SSL3-SHA1", "1.3.14.3.2.26"),
    SHA224("sha224", 28, 64, "SHA-224", "SHA224", "SHA2-224", "SHA-224",
            "2.16.840.1.101.3.4.2.4"),
    SHA256("sha256", 32, 64, "SHA-256", "SHA256", "SHA2-256", "SHA-256",
            "2.16.840.1.101.3.4.2.1"),
    SHA384("sha384", 48, 128, "SHA-384", "SHA384", "SHA2-384", "SHA-384",
            "2.16.840.1.101.3.4.2.2"),
    SHA512("sha512", 64, 128, "SHA-512", "SHA512", "SHA2-512", "SHA-512",
            "2.16.840.1.101.3.4.2.3"),
    SHA512_224("sha512_224", 28, 128, "SHA-512/224", "SHA512_224", "SHA2-512/224",
            "SHA-512/224", "SHA512-224", "2.16.840.1.101.3.4.2.5"),
    SHA512_256("sha512_256", 32, 128, "SHA-512/256", "SHA512_256", "SHA2-512/256",
            "SHA-512/256", "SHA512-256", "2.16.840.1.101.3.4.2.6"),
    SHA3_224("sha3_224", 28, 144, "SHA3-224", null, "SHA3-224", "2.16.840.1.101.3.4.2.7"),
    SHA3_256("sha3_256", 32, 136, "SHA3-256", null, "SHA3-256", "2.16.840.1.101.3.4.2.8"),
    SHA3_384("sha3_384", 48, 104, "SHA3-384", null, "SHA3-384", "2.16.840.1.101.3.4.2.9"),
    SHA3_512("sha3_512", 64, 72, "SHA3-512", null, "SHA3-512", "2.16.840.1.101.3.4.2.10"),
    SHAKE_128("shake_128", 0, 168, null, null, "SHAKE-128", "SHAKE128",
            "2.16.840.1.101.3.4.2.11"),
    SHAKE_256("shake_256", 0, 136, null, null, "SHAKE-256", "SHAKE256",
            "2.16.840.1.101.3.4.2.12"),
    BLAKE2S("blake2s", 32, 64, null, "blake2s256", "BLAKE2S-256", "BLAKE2s256",
            "1.3.6.1.4.1.1722.12.2.2.8"),
    BLAKE2B("blake2b", 64, 128, null, "blake2b512", "BLAKE2B-512", "BLAKE2b512",
            "1.3.6.1.4.1.1722.12.2.1.16"),
    MD5_SHA1("md5-sha1", 36, 64, null, null, "MD5-SHA1"),
    RIPEMD160("ripemd160", 20, 64, null, null, "RIPEMD-160", "RIPEMD160", "RIPEMD", "RMD160",
            "1.3.36.3.2.1"),
    SM3("sm3", 32, 64, null, null, "SM3", "1.2.156.10197.1.401");

    /** SHAKE's domain-separation suffix (FIPS 202 section 6.2). */
    private static final byte SHAKE_SUFFIX = 0x1f;

    /** CPython's table of Python names and aliases, matched exactly. */
    private static final Map<String, Digest> PYTHON_NAMES = new HashMap<>();
    /** OpenSSL's names, matched without regard to case (keys are upper case). */
    private static final Map<String, Digest> OPENSSL_NAMES = new HashMap<>();

    static {
        for (Digest d : values()) {
            if (d.jdkName != null || d.pyAlias != null || d.isXof()) {
                // the entries of CPython's own table; the others OpenSSL alone knows
                PYTHON_NAMES.put(d.pyName, d);
            }
            if (d.pyAlias != null) {
                PYTHON_NAMES.put(d.pyAlias, d);
            }
            for (String n : d.opensslNames) {
                OPENSSL_NAMES.put(n.toUpperCase(Locale.ROOT), d);
            }
        }
    }

    final String pyName;
    final int digestSize;
    final int blockSize;
    private final String jdkName;
    private final String pyAlias;
    private final String[] opensslNames;

    Digest(String pyName, int digestSize, int blockSize, String jdkName, String pyAlias,
            String... opensslNames) {
        this.pyName = pyName;
        this.digestSize = digestSize;
        this.blockSize = blockSize;
        this.jdkName = jdkName;
        this.pyAlias = pyAlias;
        this.opensslNames = opensslNames;
    }

    /** Whether the digest has extendable output (OpenSSL's {@code EVP_MD_FLAG_XOF}). */
    boolean isXof() {
        return digestSize == 0;
    }

    /** The digest a name stands for, or null if none here does. */
    // CPython: Modules/_hashopenssl.c py_digest_by_name
    static Digest lookup(String name) {
        Digest d = PYTHON_NAMES.get(name);
        return d != null ? d : OPENSSL_NAMES.get(name.toUpperCase(Locale.ROOT));
    }

    /**
     * The digest a name stands for; CPython 3.11.7 reports OpenSSL's own complaint about an
     * unknown name as {@code UnsupportedDigestmodError}, so that {@code hmac} falls back on
     * {@code hashlib} and {@code hashlib.new} on its builtin constructors.
     */
    static Digest byName(String name) {
        Digest d = lookup(name);
        if (d == null) {
            throw unsupported();
        }
        return d;
    }

    static PyException unsupported() {
        return HashlibModule.unsupportedDigestmod("[digital envelope routines] unsupported");
    }

    /** A fresh computation of this digest. */
    Engine newEngine() {
        return switch (this) {
            case SHAKE_128, SHAKE_256 -> new Engine.Sponge(new Keccak(blockSize, SHAKE_SUFFIX));
            case BLAKE2S -> new Engine.Blake(Blake2.unkeyed(false));
            case BLAKE2B -> new Engine.Blake(Blake2.unkeyed(true));
            case MD5_SHA1 -> new Engine.Concat(MD5.newEngine(), SHA1.newEngine(), 16, 20);
            case RIPEMD160 -> new Ripemd160();
            case SM3 -> new Sm3();
            default -> {
                try {
                    yield new Engine.Jdk(MessageDigest.getInstance(jdkName));
                } catch (NoSuchAlgorithmException e) {
                    throw PyExceptions.valueError("unsupported hash type " + pyName);
                }
            }
        };
    }
}
