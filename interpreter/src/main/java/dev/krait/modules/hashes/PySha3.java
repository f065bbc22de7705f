package dev.krait.modules.hashes;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;

/**
 * The fixed-length SHA-3 hash objects of {@code _sha3} ({@code sha3_224} to {@code sha3_512}),
 * over the {@link Keccak} sponge. As in CPython the four types are instantiated directly
 * ({@code _sha3.sha3_256(b"data")}) and cannot be subclassed; here they share this class.
 *
 * <p>CPython counterpart: Modules/_sha3/sha3module.c {@code py_sha3_new_impl},
 * {@code _sha3_sha3_224_digest_impl} and the getters.
 */
public final class PySha3 extends PyObject {
    public static final PyType SHA3_224 = sha3Type("sha3_224", 28);
    public static final PyType SHA3_256 = sha3Type("sha3_256", 32);
    public static final PyType SHA3_384 = sha3Type("sha3_384", 48);
    public static final PyType SHA3_512 = sha3Type("sha3_512", 64);

    private static final byte SHA3_SUFFIX = 0x06;

    private final Keccak sponge;
    private final int digestSize;

    private PySha3(PyType type, Keccak sponge, int digestSize) {
        super(type);
        this.sponge = sponge;
        this.digestSize = digestSize;
    }

    private static PyType sha3Type(String name, int digestSize) {
        PyType t = PyType.builtinFinal(name, PySha3.class, null).withModule("_sha3");
        t.getTypeDict().setItem(PyStr.of("__doc__"), PyStr.of(name
                + "([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash "
                + "object with a hashbit length of " + digestSize + " bytes."));
        return t;
    }

    // CPython: Modules/_sha3/sha3module.c py_sha3_new_impl
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        // CPython 3.11's six types share one argument parser, which calls itself sha3_224
        PyObject[] kw = new PyObject[1];
        PyObject data = HashData.constructorData("sha3_224", args, kwnames, kw,
                "usedforsecurity");
        HashData.flag(kw[0]);
        int digestSize = cls == SHA3_224 ? 28 : cls == SHA3_256 ? 32 : cls == SHA3_384 ? 48 : 64;
        PySha3 h = new PySha3(cls, new Keccak(200 - 2 * digestSize, SHA3_SUFFIX), digestSize);
        if (data != null) {
            h.sponge.absorb(HashData.bytesOf(data));
        }
        return h;
    }

    @Exposed(value = "update($self, data, /)",
            doc = "Update this hash object's state with the provided bytes-like object.")
    public void update(PyObject data) {
        sponge.absorb(HashData.bytesOf(data));
    }

    @Exposed(value = "digest($self, /)", doc = "Return the digest value as a bytes object.")
    public PyObject digest() {
        return PyBytes.of(sponge.squeeze(digestSize));
    }

    @Exposed(value = "hexdigest($self, /)",
            doc = "Return the digest value as a string of hexadecimal digits.")
    public PyObject hexdigest() {
        return HashData.hex(sponge.squeeze(digestSize));
    }

    @Exposed(value = "copy($self, /)", doc = "Return a copy of the hash object.")
    public PyObject copy() {
        return new PySha3(type(), sponge.copy(), digestSize);
    }

    @Exposed.Getter("name")
    public PyObject name() {
        return PyStr.of(type().getName());
    }

    @Exposed.Getter("digest_size")
    public long digest_size() {
        return digestSize;
    }

    @Exposed.Getter("block_size")
    public long block_size() {
        return sponge.rate();
    }

    @Exposed.Getter("_capacity_bits")
    public long _capacity_bits() {
        return 1600 - 8L * sponge.rate();
    }

    @Exposed.Getter("_rate_bits")
    public long _rate_bits() {
        return 8L * sponge.rate();
    }

    @Exposed.Getter("_suffix")
    public PyObject _suffix() {
        return PyBytes.of(new byte[] {sponge.suffix()});
    }
}
