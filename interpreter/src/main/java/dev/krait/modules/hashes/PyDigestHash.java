package dev.krait.modules.hashes;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash objects of {@code _md5}, {@code _sha1}, {@code _sha256} and {@code _sha512}: each
 * wraps a JDK {@link MessageDigest}, whose digests are the standard ones. CPython gives each
 * algorithm its own type ({@code _md5.md5}, {@code _sha256.sha224}, ...) that programs can
 * neither instantiate nor subclass; here those types share this class, and each object knows
 * its {@link Algorithm}. {@code digest()} works on a clone, so hashing may go on afterwards.
 *
 * <p>CPython counterpart: Modules/md5module.c, sha1module.c, sha256module.c, sha512module.c
 * ({@code *Type_copy_impl}, {@code *Type_digest_impl}, {@code *Type_update}, the getters).
 */
public final class PyDigestHash extends PyObject {
    public static final PyType MD5 = hashType("md5", "_md5");
    public static final PyType SHA1 = hashType("sha1", "_sha1");
    public static final PyType SHA224 = hashType("sha224", "_sha256");
    public static final PyType SHA256 = hashType("sha256", "_sha256");
    public static final PyType SHA384 = hashType("sha384", "_sha512");
    public static final PyType SHA512 = hashType("sha512", "_sha512");

    /** An algorithm: its Python name, its JDK name, its type and its block size in bytes. */
    enum Algorithm {
        MD5_ALG("md5", "MD5", MD5, 64),
        SHA1_ALG("sha1", "SHA-1", SHA1, 64),
        SHA224_ALG("sha224", "SHA-224", SHA224, 64),
        SHA256_ALG("sha256", "SHA-256", SHA256, 64),
        SHA384_ALG("sha384", "SHA-384", SHA384, 128),
        SHA512_ALG("sha512", "SHA-512", SHA512, 128);

        final String pyName;
        final String jdkName;
        final PyType type;
        final int blockSize;

        Algorithm(String pyName, String jdkName, PyType type, int blockSize) {
            this.pyName = pyName;
            this.jdkName = jdkName;
            this.type = type;
            this.blockSize = blockSize;
        }
    }

    private final Algorithm algorithm;
    private final MessageDigest md;

    private PyDigestHash(Algorithm algorithm, MessageDigest md) {
        super(algorithm.type);
        this.algorithm = algorithm;
        this.md = md;
    }

    private static PyType hashType(String name, String module) {
        return PyType.builtinFinal(name, PyDigestHash.class, null).withModule(module);
    }

    /** A new hash object of the algorithm, fed {@code data} when it is given. */
    // CPython: Modules/md5module.c _md5_md5_impl (and its sha* siblings)
    static PyDigestHash create(Algorithm algorithm, PyObject data, PyObject usedforsecurity) {
        HashData.flag(usedforsecurity);
        byte[] b = data == null ? null : HashData.bytesOf(data);
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(algorithm.jdkName);
        } catch (NoSuchAlgorithmException e) {
            throw PyExceptions.systemError("the JDK lacks " + algorithm.jdkName);
        }
        if (b != null) {
            md.update(b);
        }
        return new PyDigestHash(algorithm, md);
    }

    @Exposed(value = "update($self, obj, /)",
            doc = "Update this hash object's state with the provided string.")
    public void update(PyObject obj) {
        md.update(HashData.bytesOf(obj));
    }

    private byte[] finish() {
        try {
            return ((MessageDigest) md.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw PyExceptions.systemError("cannot clone " + algorithm.jdkName);
        }
    }

    @Exposed(value = "digest($self, /)", doc = "Return the digest value as a bytes object.")
    public PyObject digest() {
        return PyBytes.of(finish());
    }

    @Exposed(value = "hexdigest($self, /)",
            doc = "Return the digest value as a string of hexadecimal digits.")
    public PyObject hexdigest() {
        return HashData.hex(finish());
    }

    @Exposed(value = "copy($self, /)", doc = "Return a copy of the hash object.")
    public PyObject copy() {
        try {
            return new PyDigestHash(algorithm, (MessageDigest) md.clone());
        } catch (CloneNotSupportedException e) {
            throw PyExceptions.systemError("cannot clone " + algorithm.jdkName);
        }
    }

    @Exposed.Getter("name")
    public PyObject name() {
        return PyStr.of(algorithm.pyName);
    }

    @Exposed.Getter("digest_size")
    public long digest_size() {
        return md.getDigestLength();
    }

    @Exposed.Getter("block_size")
    public long block_size() {
        return algorithm.blockSize;
    }
}
