package dev.krait.modules.hashlib;

import dev.krait.modules.hashes.HashData;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;

/**
 * {@code _hashlib.HMAC}: a keyed-hash message authentication code over a named digest, what
 * {@code hmac.new} builds on when the digest is named by a string or an {@code openssl_*}
 * constructor. The HMAC of RFC 2104 is two nested hashes: the inner one starts with the key
 * (padded to a block) xor 0x36, the outer one with the key xor 0x5c and takes the inner
 * digest; both are kept already primed with their key block, so a message costs only its own
 * hashing.
 *
 * <p>CPython counterpart: Modules/_hashopenssl.c {@code HMACobject},
 * {@code _hashlib_hmac_new_impl}, {@code _hashlib_HMAC_*}; OpenSSL's HMAC_Init_ex.
 */
public final class PyHmac extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("HMAC", PyHmac.class, null)
            .withModule("_hashlib");

    private final Digest digest;
    private final Engine inner;
    private final Engine outer;

    private PyHmac(Digest digest, Engine inner, Engine outer) {
        super(TYPE);
        this.digest = digest;
        this.inner = inner;
        this.outer = outer;
    }

    /** The inner and outer engines of an HMAC keyed with {@code key}. */
    // RFC 2104 section 2
    static PyHmac create(Digest digest, byte[] key) {
        if (digest.isXof()) {
            // OpenSSL's HMAC refuses an XOF without queueing an error
            throw HashlibModule.noReason();
        }
        if (key.length > digest.blockSize) {
            Engine e = digest.newEngine();
            e.update(key);
            key = e.finish(digest.digestSize);
        }
        byte[] ipad = new byte[digest.blockSize];
        byte[] opad = new byte[digest.blockSize];
        for (int i = 0; i < ipad.length; i++) {
            byte k = i < key.length ? key[i] : 0;
            ipad[i] = (byte) (k ^ 0x36);
            opad[i] = (byte) (k ^ 0x5c);
        }
        Engine inner = digest.newEngine();
        inner.update(ipad);
        Engine outer = digest.newEngine();
        outer.update(opad);
        return new PyHmac(digest, inner, outer);
    }

    /** The MAC of everything fed so far, leaving this object as it was. */
    byte[] mac() {
        byte[] innerDigest;
        synchronized (this) {
            innerDigest = inner.finish(digest.digestSize);
        }
        Engine o = outer.copy();
        o.update(innerDigest);
        return o.finish(digest.digestSize);
    }

    /**
     * The MAC of {@code data} alone with this object's key, leaving the object as it was:
     * PBKDF2's pseudorandom function, called once an iteration.
     */
    byte[] macOf(byte[] data) {
        Engine i = inner.copy();
        i.update(data);
        Engine o = outer.copy();
        o.update(i.finish(digest.digestSize));
        return o.finish(digest.digestSize);
    }

    int size() {
        return digest.digestSize;
    }

    void feed(byte[] data) {
        synchronized (this) {
            inner.update(data);
        }
    }

    @Exposed(value = "update($self, /, msg)", doc = "Update the HMAC object with msg.")
    public void update(PyObject msg) {
        feed(HashData.bytesOf(msg));
    }

    @Exposed(value = "digest($self, /)",
            doc = "Return the digest of the bytes passed to the update() method so far.")
    public PyObject digest() {
        return PyBytes.of(mac());
    }

    @Exposed(value = "hexdigest($self, /)",
            doc = "Return hexadecimal digest of the bytes passed to the update() method so far."
                    + "\n\nThis may be used to exchange the value safely in email or other "
                    + "non-binary\nenvironments.")
    public PyObject hexdigest() {
        return HashData.hex(mac());
    }

    @Exposed(value = "copy($self, /)", doc = "Return a copy (\"clone\") of the HMAC object.")
    public PyObject copy() {
        synchronized (this) {
            return new PyHmac(digest, inner.copy(), outer);
        }
    }

    @Exposed.Getter("name")
    public PyObject name() {
        return PyStr.of("hmac-" + digest.pyName);
    }

    @Exposed.Getter("digest_size")
    public long digest_size() {
        return digest.digestSize;
    }

    @Exposed.Getter("block_size")
    public long block_size() {
        return digest.blockSize;
    }

    // CPython: Modules/_hashopenssl.c _hmac_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<" + digest.pyName + " HMAC object @ " + Ops.addressOf(this) + ">";
    }
}
