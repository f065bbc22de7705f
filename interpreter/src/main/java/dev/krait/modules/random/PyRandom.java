package dev.krait.modules.random;

import dev.krait.hashing.HashSecret;
import dev.krait.objects.ArgParser;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.math.BigInteger;

/**
 * {@code _random.Random}: MT19937, the 32-bit Mersenne Twister, with CPython's seeding (an int
 * seed's absolute value split into 32-bit words, least significant first, fed to
 * {@code init_by_array}; other objects by their hash), its 53-bit {@code random()}, its
 * word order for {@code getrandbits}, and its state tuple (624 words and the index).
 *
 * <p>CPython counterpart: Modules/_randommodule.c {@code genrand_uint32}, {@code init_genrand},
 * {@code init_by_array}, {@code random_seed}, {@code _random_Random_getrandbits_impl},
 * {@code _random_Random_getstate_impl}, {@code _random_Random_setstate}.
 */
public class PyRandom extends PyObject {
    public static final PyType TYPE = PyType.builtin("Random", PyRandom.class, null)
            .withModule("_random");

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index = N + 1;

    protected PyRandom(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyRandom(cls);
    }

    // CPython: Modules/_randommodule.c random_init
    @Exposed("__init__($self, /, *args, **kwargs)")
    public void __init__(PyObject[] args, String[] kwnames) {
        if (type() == TYPE || type().lookup("__init__") == TYPE.lookup("__init__")) {
            ArgParser.noKeywords("Random", kwnames);
        }
        int npos = ArgParser.positionalCount(args, kwnames);
        if (npos > 1) {
            throw PyExceptions.typeError("Random() requires 0 or 1 argument");
        }
        seedWith(npos == 1 ? args[0] : null);
    }

    // ---- the generator -----------------------------------------------------------------------

    // CPython: Modules/_randommodule.c genrand_uint32
    final int next32() {
        int y;
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
            }
            y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
            index = 0;
        }
        y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    // CPython: Modules/_randommodule.c init_by_array
    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    // CPython: Modules/_randommodule.c random_seed
    private void seedWith(PyObject arg) {
        if (arg == null || arg == PyNone.NONE) {
            // CPython reads the key from the system's random source (_PyOS_URandomNonblock);
            // so does this, which spares every `import random` the JDK's SecureRandom set-up
            byte[] bytes = new byte[4 * N];
            HashSecret.urandom(bytes);
            int[] key = new int[N];
            for (int i = 0; i < N; i++) {
                key[i] = (bytes[4 * i] & 0xFF) | (bytes[4 * i + 1] & 0xFF) << 8
                        | (bytes[4 * i + 2] & 0xFF) << 16 | (bytes[4 * i + 3] & 0xFF) << 24;
            }
            initByArray(key);
            return;
        }
        BigInteger n;
        if (arg instanceof PyInt i) {
            // int.__abs__ itself, never a subclass's override
            n = i.bigValue().abs();
        } else {
            long hash = Ops.hash(arg);
            n = BigInteger.valueOf(hash);
            if (hash < 0) {
                n = n.add(BigInteger.ONE.shiftLeft(64));
            }
        }
        int bits = n.bitLength();
        int keyused = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[keyused];
        for (int w = 0; w < keyused; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        initByArray(key);
    }

    // ---- Python methods ----------------------------------------------------------------------

    @Exposed(value = "seed($self, n=None, /)", doc = "seed([n]) -> None.\n\nDefaults to use "
            + "urandom and falls back to a combination\nof the current time and the process "
            + "identifier.")
    public void seed(PyObject n) {
        seedWith(n);
    }

    // CPython: Modules/_randommodule.c _random_Random_random_impl (genrand_res53)
    @Exposed(value = "random($self, /)", doc = "random() -> x in the interval [0, 1).")
    public PyObject random() {
        long a = (next32() >>> 5) & 0xffffffffL;
        long b = (next32() >>> 6) & 0xffffffffL;
        return new PyFloat((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
    }

    // CPython: Modules/_randommodule.c _random_Random_getrandbits_impl
    @Exposed(value = "getrandbits($self, k, /)",
            doc = "getrandbits(k) -> x.  Generates an int with k random bits.")
    public PyObject getrandbits(PyObject kObj) {
        if (kObj instanceof PyFloat) {
            throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt ki = Numbers.index(kObj);
        if (!ki.isSmall() || ki.longValue() > Integer.MAX_VALUE
                || ki.longValue() < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        int k = (int) ki.longValue();
        if (k < 0) {
            throw PyExceptions.valueError("number of bits must be non-negative");
        }
        if (k == 0) {
            return PyInt.of(0);
        }
        if (k <= 32) {
            return PyInt.of((next32() >>> (32 - k)) & 0xffffffffL);
        }
        int words = (k - 1) / 32 + 1;
        byte[] be = new byte[words * 4 + 1];
        for (int i = 0; i < words; i++, k -= 32) {
            int r = next32();
            if (k < 32) {
                r >>>= 32 - k;
            }
            // word i is the i-th least significant 32 bits
            int at = be.length - 4 * (i + 1);
            be[at] = (byte) (r >>> 24);
            be[at + 1] = (byte) (r >>> 16);
            be[at + 2] = (byte) (r >>> 8);
            be[at + 3] = (byte) r;
        }
        return PyInt.of(new BigInteger(be));
    }

    @Exposed(value = "getstate($self, /)",
            doc = "getstate() -> tuple containing the current state.")
    public PyObject getstate() {
        PyObject[] state = new PyObject[N + 1];
        for (int i = 0; i < N; i++) {
            state[i] = PyInt.of(mt[i] & 0xffffffffL);
        }
        state[N] = PyInt.of(index);
        return new PyTuple(state);
    }

    // CPython: Modules/_randommodule.c _random_Random_setstate
    @Exposed(value = "setstate($self, state, /)",
            doc = "setstate(state) -> None.  Restores generator state.")
    public void setstate(PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw PyExceptions.typeError("state vector must be a tuple");
        }
        if (t.size() != N + 1) {
            throw PyExceptions.valueError("state vector is the wrong size");
        }
        int[] fresh = new int[N];
        for (int i = 0; i < N; i++) {
            fresh[i] = (int) unsignedLong(t.get(i));
        }
        PyObject last = t.get(N);
        if (!(last instanceof PyInt li)) {
            throw PyExceptions.typeError("an integer is required");
        }
        if (!li.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C long");
        }
        long idx = li.longValue();
        if (idx < 0 || idx > N) {
            throw PyExceptions.valueError("invalid state");
        }
        index = (int) idx;
        System.arraycopy(fresh, 0, mt, 0, N);
    }

    /** {@code PyLong_AsUnsignedLong}: an int in [0, 2**64). */
    private static long unsignedLong(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyExceptions.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw PyExceptions.overflowError("can't convert negative value to unsigned int");
        }
        if (i.bigValue().bitLength() > 64) {
            throw PyExceptions.overflowError("Python int too large to convert to C unsigned "
                    + "long");
        }
        return i.bigValue().longValue();
    }
}
