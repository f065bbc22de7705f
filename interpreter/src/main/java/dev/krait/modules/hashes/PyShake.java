package dev.krait.modules.hashes;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;

/**
 * The extendable-output hash objects of {@code _sha3}, {@code shake_128} and {@code shake_256}:
 * the {@link Keccak} sponge with the SHAKE suffix, squeezed for as many bytes as
 * {@code digest(length)} asks. Their {@code digest_size} is 0, as in CPython.
 *
 * <p>CPython counterpart: Modules/_sha3/sha3module.c {@code _SHAKE_digest} and the SHAKE type
 * slots.
 */
public final class PyShake extends PyObject {
    public static final PyType SHAKE_128 = shakeType("shake_128");
    public static final PyType SHAKE_256 = shakeType("shake_256");

    private static final byte SHAKE_SUFFIX = 0x1f;
    /** CPython refuses lengths from 2**29 on. */
    private static final long MAX_LENGTH = 1L << 29;

    private final Keccak sponge;

    private PyShake(PyType type, Keccak sponge) {
        super(type);
        this.sponge = sponge;
    }

    private static PyType shakeType(String name) {
        PyType t = PyType.builtinFinal(name, PyShake.class, null).withModule("_sha3");
        t.getTypeDict().setItem(PyStr.of("__doc__"), PyStr.of(name
                + "([data], *, usedforsecurity=True) -> SHAKE object\n\n"
                + "Return a new SHAKE hash object."));
        return t;
    }

    // CPython: Modules/_sha3/sha3module.c py_sha3_new_impl (shake_128 and shake_256)
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        // CPython 3.11's six types share one argument parser, which calls itself sha3_224
        PyObject[] kw = new PyObject[1];
        PyObject data = HashData.constructorData("sha3_224", args, kwnames, kw,
                "usedforsecurity");
        HashData.flag(kw[0]);
        // security strength 128 or 256 bits: capacity twice that
        int rate = cls == SHAKE_128 ? 168 : 136;
        PyShake h = new PyShake(cls, new Keccak(rate, SHAKE_SUFFIX));
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

    /** The requested output length, converted as CPython's unsigned long converter does. */
    // CPython: Modules/_sha3/sha3module.c _SHAKE_digest, Objects/longobject.c
    // _PyLong_UnsignedLong_Converter
    private static int length(PyObject length) {
        long n = CArgs.unsignedLongConverter(length);
        if (n < 0 || n >= MAX_LENGTH) {
            throw PyExceptions.valueError("length is too large");
        }
        return (int) n;
    }

    @Exposed(value = "digest($self, length, /)",
            doc = "Return the digest value as a bytes object.")
    public PyObject digest(PyObject length) {
        return PyBytes.of(sponge.squeeze(length(length)));
    }

    @Exposed(value = "hexdigest($self, length, /)",
            doc = "Return the digest value as a string of hexadecimal digits.")
    public PyObject hexdigest(PyObject length) {
        return HashData.hex(sponge.squeeze(length(length)));
    }

    @Exposed(value = "copy($self, /)", doc = "Return a copy of the hash object.")
    public PyObject copy() {
        return new PyShake(type(), sponge.copy());
    }

    @Exposed.Getter("name")
    public PyObject name() {
        return PyStr.of(type().getName());
    }

    @Exposed.Getter("digest_size")
    public long digest_size() {
        return 0;
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
        return PyBytes.of(new byte[] {SHAKE_SUFFIX});
    }
}
