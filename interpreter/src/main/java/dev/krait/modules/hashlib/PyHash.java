package dev.krait.modules.hashlib;

import dev.krait.modules.hashes.HashData;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;

/**
 * {@code _hashlib.HASH}: a hash object of any named digest, what {@code hashlib.new} and the
 * {@code openssl_*} constructors return. Programs cannot instantiate it (CPython's
 * {@code Py_TPFLAGS_DISALLOW_INSTANTIATION}: the type has no {@code __new__}) but it is a base
 * type, of which {@link PyHashXof} is the subclass for extendable-output digests. Updates are
 * serialised on the object, as CPython's per-object lock serialises them once the GIL is let go.
 *
 * <p>CPython counterpart: Modules/_hashopenssl.c {@code EVPobject}, {@code EVP_update},
 * {@code EVP_digest}, {@code EVP_hexdigest}, {@code EVP_copy}, {@code EVP_repr}, the getters.
 */
public class PyHash extends PyObject {
    public static final PyType TYPE = PyType.builtin("HASH", PyHash.class, null)
            .withModule("_hashlib");

    final Digest digest;
    final Engine engine;

    PyHash(PyType type, Digest digest, Engine engine) {
        super(type);
        this.digest = digest;
        this.engine = engine;
    }

    /** A new hash object of the digest, fed {@code data} when it is not null. */
    // CPython: Modules/_hashopenssl.c py_evp_fromname
    static PyHash create(Digest digest, byte[] data) {
        Engine e = digest.newEngine();
        if (data != null && data.length > 0) {
            e.update(data);
        }
        return digest.isXof() ? new PyHashXof(digest, e) : new PyHash(TYPE, digest, e);
    }

    @Exposed(value = "update($self, obj, /)",
            doc = "Update this hash object's state with the provided string.")
    public void update(PyObject obj) {
        byte[] b = HashData.bytesOf(obj);
        synchronized (this) {
            engine.update(b);
        }
    }

    /** The digest so far, {@code length} bytes of it for an XOF. */
    final byte[] finish(int length) {
        synchronized (this) {
            return engine.finish(length);
        }
    }

    @Exposed(value = "digest($self, /)", doc = "Return the digest value as a bytes object.")
    public PyObject digest() {
        return PyBytes.of(finish(digest.digestSize));
    }

    @Exposed(value = "hexdigest($self, /)",
            doc = "Return the digest value as a string of hexadecimal digits.")
    public PyObject hexdigest() {
        return HashData.hex(finish(digest.digestSize));
    }

    // CPython: Modules/_hashopenssl.c EVP_copy_impl (the copy has the original's type)
    @Exposed(value = "copy($self, /)", doc = "Return a copy of the hash object.")
    public PyObject copy() {
        Engine e;
        synchronized (this) {
            e = engine.copy();
        }
        return digest.isXof() ? new PyHashXof(digest, e) : new PyHash(type(), digest, e);
    }

    @Exposed.Getter(value = "name", doc = "algorithm name.")
    public PyObject name() {
        return PyStr.of(digest.pyName);
    }

    @Exposed.Getter("digest_size")
    public long digest_size() {
        return digest.digestSize;
    }

    @Exposed.Getter("block_size")
    public long block_size() {
        return digest.blockSize;
    }

    // CPython: Modules/_hashopenssl.c EVP_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<" + digest.pyName + " " + type().moduleName() + "." + type().getName()
                + " object @ " + Ops.addressOf(this) + ">";
    }
}
