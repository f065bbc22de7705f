package dev.krait.modules.hashes;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;

/**
 * The hash objects of {@code _blake2}: {@code blake2b} and {@code blake2s}, instantiated
 * directly (but not subclassed) with BLAKE2's parameters (digest size, key, salt,
 * personalization and the tree hashing fields). Arguments are converted in CPython's order and
 * checked with its messages; the data comes last, so a bad parameter is reported before a str
 * given as data.
 *
 * <p>CPython counterpart: Modules/_blake2/blake2b_impl.c {@code py_blake2b_new_impl} and
 * blake2s_impl.c, with the methods and getters of both.
 */
public final class PyBlake2 extends PyObject {
    public static final PyType BLAKE2B = blakeType("blake2b", "BLAKE2b", Blake2b.SALT,
            Blake2b.PERSON, Blake2b.MAX_KEY, Blake2b.MAX_DIGEST);
    public static final PyType BLAKE2S = blakeType("blake2s", "BLAKE2s", Blake2s.SALT,
            Blake2s.PERSON, Blake2s.MAX_KEY, Blake2s.MAX_DIGEST);

    private static final String[] KEYWORDS = {"digest_size", "key", "salt", "person", "fanout",
        "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node",
        "usedforsecurity"};

    private final Blake2 state;
    private final int digestSize;

    private PyBlake2(PyType type, Blake2 state, int digestSize) {
        super(type);
        this.state = state;
        this.digestSize = digestSize;
    }

    private static PyType blakeType(String name, String title, int salt, int person, int key,
            int digest) {
        PyType t = PyType.builtinFinal(name, PyBlake2.class, null).withModule("_blake2");
        t.getTypeDict().setItem(PyStr.of("__doc__"),
                PyStr.of("Return a new " + title + " hash object."));
        t.getTypeDict().setItem(PyStr.of("SALT_SIZE"), PyInt.of(salt));
        t.getTypeDict().setItem(PyStr.of("PERSON_SIZE"), PyInt.of(person));
        t.getTypeDict().setItem(PyStr.of("MAX_KEY_SIZE"), PyInt.of(key));
        t.getTypeDict().setItem(PyStr.of("MAX_DIGEST_SIZE"), PyInt.of(digest));
        return t;
    }

    private static byte[] buffer(PyObject o) {
        return o == null ? new byte[0] : HashData.simpleBuffer(o);
    }

    private static int intOr(PyObject o, int dflt) {
        return o == null ? dflt : CArgs.asInt(o);
    }

    // CPython: Modules/_blake2/blake2b_impl.c py_blake2b_new_impl (blake2s_impl.c likewise)
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        boolean wide = cls == BLAKE2B;
        String name = wide ? "blake2b" : "blake2s";
        PyObject[] kw = new PyObject[KEYWORDS.length];
        PyObject data = HashData.constructorData(name, args, kwnames, kw, KEYWORDS);
        int maxDigest = wide ? Blake2b.MAX_DIGEST : Blake2s.MAX_DIGEST;
        // Argument Clinic converts every argument, in order, before the checks below
        int digestSize = intOr(kw[0], maxDigest);
        byte[] key = buffer(kw[1]);
        byte[] salt = buffer(kw[2]);
        byte[] person = buffer(kw[3]);
        int fanout = intOr(kw[4], 1);
        int depth = intOr(kw[5], 1);
        long leafSize = kw[6] == null ? 0 : CArgs.unsignedLongConverter(kw[6]);
        long nodeOffset = kw[7] == null ? 0 : CArgs.unsignedLongLongConverter(kw[7]);
        int nodeDepth = intOr(kw[8], 0);
        int innerSize = intOr(kw[9], 0);
        boolean lastNode = kw[10] != null && Ops.isTrue(kw[10]);
        HashData.flag(kw[11]);

        if (digestSize <= 0 || digestSize > maxDigest) {
            throw PyExceptions.valueError("digest_size must be between 1 and " + maxDigest
                    + " bytes");
        }
        int maxSalt = wide ? Blake2b.SALT : Blake2s.SALT;
        if (salt.length > maxSalt) {
            throw PyExceptions.valueError("maximum salt length is " + maxSalt + " bytes");
        }
        int maxPerson = wide ? Blake2b.PERSON : Blake2s.PERSON;
        if (person.length > maxPerson) {
            throw PyExceptions.valueError("maximum person length is " + maxPerson + " bytes");
        }
        if (fanout < 0 || fanout > 255) {
            throw PyExceptions.valueError("fanout must be between 0 and 255");
        }
        if (depth <= 0 || depth > 255) {
            throw PyExceptions.valueError("depth must be between 1 and 255");
        }
        if (Long.compareUnsigned(leafSize, 0xFFFFFFFFL) > 0) {
            throw PyExceptions.overflowError("leaf_size is too large");
        }
        if (!wide && Long.compareUnsigned(nodeOffset, 0xFFFFFFFFFFFFL) > 0) {
            // BLAKE2s keeps 48 bits of node offset
            throw PyExceptions.overflowError("node_offset is too large");
        }
        if (nodeDepth < 0 || nodeDepth > 255) {
            throw PyExceptions.valueError("node_depth must be between 0 and 255");
        }
        if (innerSize < 0 || innerSize > maxDigest) {
            // sic: CPython's message
            throw PyExceptions.valueError("inner_size must be between 0 and is " + maxDigest);
        }
        int maxKey = wide ? Blake2b.MAX_KEY : Blake2s.MAX_KEY;
        if (key.length > maxKey) {
            throw PyExceptions.valueError("maximum key length is " + maxKey + " bytes");
        }
        Blake2.Params p = new Blake2.Params(digestSize, key, salt, person, fanout, depth,
                leafSize, nodeOffset, nodeDepth, innerSize, lastNode);
        Blake2 st = wide ? Blake2b.create(p) : Blake2s.create(p);
        if (data != null) {
            st.update(HashData.bytesOf(data));
        }
        return new PyBlake2(cls, st, digestSize);
    }

    @Exposed(value = "update($self, data, /)",
            doc = "Update this hash object's state with the provided bytes-like object.")
    public void update(PyObject data) {
        state.update(HashData.bytesOf(data));
    }

    @Exposed(value = "digest($self, /)", doc = "Return the digest value as a bytes object.")
    public PyObject digest() {
        return PyBytes.of(state.digest());
    }

    @Exposed(value = "hexdigest($self, /)",
            doc = "Return the digest value as a string of hexadecimal digits.")
    public PyObject hexdigest() {
        return HashData.hex(state.digest());
    }

    // CPython: Modules/_blake2/blake2b_impl.c _blake2_blake2b_copy_impl
    @Exposed(value = "copy($self, /)", doc = "Return a copy of the hash object.")
    public PyObject copy() {
        return new PyBlake2(type(), state.copy(), digestSize);
    }

    @Exposed.Getter("name")
    public PyObject name() {
        return PyStr.of(state instanceof Blake2b ? "blake2b" : "blake2s");
    }

    @Exposed.Getter("digest_size")
    public long digest_size() {
        return digestSize;
    }

    @Exposed.Getter("block_size")
    public long block_size() {
        return state instanceof Blake2b ? Blake2b.BLOCK : Blake2s.BLOCK;
    }
}
