package dev.krait.hashing;

import java.math.BigInteger;

/**
 * CPython's {@code hash()} of the built-in hashable values, on a 64-bit build: numbers reduce
 * modulo the Mersenne prime 2**61-1 so that equal numbers of any type hash alike; str and bytes
 * go through SipHash-1-3 keyed by the interpreter's {@link HashSecret}; a tuple combines its items'
 * hashes xxHash-style; a frozenset xors shuffled item hashes. -1 is never a hash (CPython reserves
 * it for errors), so every function here maps it to -2 (or, for tuples and frozensets, to the
 * constant CPython picks).
 *
 * <p>CPython's build options matched: a 64-bit {@code Py_hash_t}, {@code Py_HASH_ALGORITHM}
 * SipHash-1-3, and {@code Py_HASH_CUTOFF} 0 (no DJBX33A shortcut for short strings), on a
 * little-endian machine (the byte order SipHash reads a str's storage in).
 */
public final class PyHashes {
    private PyHashes() {}

    /** Bits of the numeric hash modulus ({@code sys.hash_info.modulus} is 2**61-1). */
    public static final int BITS = 61;
    /** The prime 2**61-1 that numeric hashes reduce by. */
    public static final long MODULUS = (1L << BITS) - 1;
    /** {@code hash(float('inf'))}. */
    public static final long INF = 314159;
    /** The multiplier of the imaginary part in a complex hash ({@code sys.hash_info.imag}). */
    public static final long IMAG = 1000003;

    // The remaining fields of sys.hash_info (width, modulus, inf and imag are above).
    /** {@code sys.hash_info.width}: bits in a hash value. */
    public static final int WIDTH = 64;
    /** {@code sys.hash_info.nan}: kept at 0 although 3.11 hashes a NaN by identity. */
    public static final long NAN = 0;
    /** {@code sys.hash_info.algorithm}. */
    public static final String ALGORITHM = "siphash13";
    /** {@code sys.hash_info.hash_bits}: output bits of the str/bytes hash. */
    public static final int HASH_BITS = 64;
    /** {@code sys.hash_info.seed_bits}: bits of its key. */
    public static final int SEED_BITS = 128;
    /** {@code sys.hash_info.cutoff}: strings shorter than this would use DJBX33A (none do). */
    public static final int CUTOFF = 0;

    private static final long XXPRIME_1 = -7046029288634856825L; // 11400714785074694791
    private static final long XXPRIME_2 = -4417276706812531889L; // 14029467366897019727
    private static final long XXPRIME_5 = 2870177450012600261L;

    // ---------------------------------------------------------------- numbers

    /** {@code hash(int)} of an int that fits a Java long. */
    // CPython: Objects/longobject.c long_hash
    public static long hashLong(long v) {
        long x;
        if (v >= 0) {
            x = v % MODULUS;
        } else if (v == Long.MIN_VALUE) {
            x = -(Long.remainderUnsigned(v, MODULUS));
        } else {
            x = -((-v) % MODULUS);
        }
        return x == -1 ? -2 : x;
    }

    /** {@code hash(int)} of any int: the residue of |v| modulo 2**61-1, with v's sign. */
    // CPython: Objects/longobject.c long_hash
    public static long hashBig(BigInteger v) {
        if (v.bitLength() < 64) {
            return hashLong(v.longValue());
        }
        long x = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    /**
     * {@code hash(float)}: the hash of the rational number the double is, so that
     * {@code hash(2.0) == hash(2)}. A NaN hashes by object identity in CPython 3.11; the caller
     * passes the identity value that {@link #hashPointer} turns into that hash.
     */
    // CPython: Python/pyhash.c _Py_HashDouble
    public static long hashDouble(double v, long identity) {
        if (!Double.isFinite(v)) {
            if (Double.isInfinite(v)) {
                return v > 0 ? INF : -INF;
            }
            return hashPointer(identity);
        }
        if (v == 0) {
            return 0;
        }
        // frexp: v == m * 2**e with 0.5 <= |m| < 1.
        double a = v;
        int shift = 0;
        if (Math.getExponent(a) < Double.MIN_EXPONENT) {
            a *= 0x1p54; // a subnormal: scale into the normal range first
            shift = 54;
        }
        int exponent = Math.getExponent(a);
        double m = Math.scalb(a, -(exponent + 1));
        int e = exponent + 1 - shift;
        long sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        // Take the mantissa 28 bits at a time, reducing modulo 2**61-1 as we go.
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0; // 2**28
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        // Multiplying by 2**e modulo 2**61-1 is a rotation of the 61 bits by e mod 61.
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** {@code hash(complex)}: the real part's hash plus 1000003 times the imaginary part's. */
    // CPython: Objects/complexobject.c complex_hash
    public static long hashComplex(double real, double imag, long identity) {
        long combined = hashDouble(real, identity) + IMAG * hashDouble(imag, identity);
        return combined == -1 ? -2 : combined;
    }

    /**
     * CPython's hash of an address (default {@code object.__hash__}, a NaN's hash): the value
     * rotated right by 4 bits, since allocation alignment leaves the low bits zero.
     */
    // CPython: Python/pyhash.c _Py_HashPointer
    public static long hashPointer(long address) {
        long x = Long.rotateRight(address, 4);
        return x == -1 ? -2 : x;
    }

    // ---------------------------------------------------------------- tuples

    /** The initial accumulator of an incremental tuple hash. */
    public static long tupleStart() {
        return XXPRIME_5;
    }

    /** Folds one item's hash into a tuple hash accumulator. */
    public static long tupleAdd(long acc, long itemHash) {
        acc += itemHash * XXPRIME_2;
        acc = Long.rotateLeft(acc, 31);
        return acc * XXPRIME_1;
    }

    /** Finishes a tuple hash of {@code length} items. */
    public static long tupleFinish(long acc, long length) {
        acc += length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** {@code hash(tuple)} from its items' hashes. */
    // CPython: Objects/tupleobject.c tuplehash
    public static long hashTuple(long[] itemHashes) {
        long acc = tupleStart();
        for (long h : itemHashes) {
            acc = tupleAdd(acc, h);
        }
        return tupleFinish(acc, itemHashes.length);
    }

    // ---------------------------------------------------------------- frozensets

    /** Spreads the bits of one item hash before a frozenset xors it in. */
    // CPython: Objects/setobject.c _shuffle_bits
    public static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /**
     * {@code hash(frozenset)} from the xor of {@link #shuffleBits} over its items' hashes and its
     * size: the xor is independent of order, as a frozenset hash must be.
     */
    // CPython: Objects/setobject.c frozenset_hash
    public static long frozensetHash(long shuffledXor, long size) {
        long hash = shuffledXor;
        hash ^= (size + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    /** {@code hash(frozenset)} from its items' hashes. */
    public static long hashFrozenset(long[] itemHashes) {
        long xor = 0;
        for (long h : itemHashes) {
            xor ^= shuffleBits(h);
        }
        return frozensetHash(xor, itemHashes.length);
    }

    // ---------------------------------------------------------------- str and bytes

    /**
     * {@code hash(bytes)} (also of a read-only byte memoryview): SipHash-1-3 over the bytes, 0 for
     * no bytes.
     */
    // CPython: Python/pyhash.c _Py_HashBytes
    public static long hashBytes(HashSecret secret, byte[] bytes, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        SipHash13 sip = new SipHash13(secret.k0(), secret.k1());
        int end = offset + length;
        int i = offset;
        for (; end - i >= 8; i += 8) {
            long m = 0;
            for (int j = 7; j >= 0; j--) {
                m = (m << 8) | (bytes[i + j] & 0xFF);
            }
            sip.word(m);
        }
        long tail = 0;
        for (int j = end - 1; j >= i; j--) {
            tail = (tail << 8) | (bytes[j] & 0xFF);
        }
        return noMinusOne(sip.finish(tail, length));
    }

    /**
     * SipHash-1-3 keyed by {@code (key, 0)} over all of {@code bytes}, with no special case for
     * empty input: what {@code _imp.source_hash} reports for hash-based .pyc files.
     */
    // CPython: Python/pyhash.c _Py_KeyedHash
    public static long keyedHash(long key, byte[] bytes) {
        SipHash13 sip = new SipHash13(key, 0);
        int i = 0;
        for (; bytes.length - i >= 8; i += 8) {
            long m = 0;
            for (int j = 7; j >= 0; j--) {
                m = (m << 8) | (bytes[i + j] & 0xFF);
            }
            sip.word(m);
        }
        long tail = 0;
        for (int j = bytes.length - 1; j >= i; j--) {
            tail = (tail << 8) | (bytes[j] & 0xFF);
        }
        return sip.finish(tail, bytes.length);
    }

    /** {@code hash(bytes)} of a whole array. */
    public static long hashBytes(HashSecret secret, byte[] bytes) {
        return hashBytes(secret, bytes, 0, bytes.length);
    }

    /**
     * {@code hash(str)} of a Java string, read as code points (a surrogate pair is one astral code
     * point; a lone surrogate stays a code point of its own, as in a Python str). CPython hashes
     * the PEP 393 storage: 1, 2 or 4 little-endian bytes per code point, chosen by the widest.
     */
    // CPython: Objects/unicodeobject.c unicode_hash
    public static long hashStr(HashSecret secret, String s) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        char max = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                return hashAstral(secret, s);
            }
            if (c > max) {
                max = c;
            }
        }
        SipHash13 sip = new SipHash13(secret.k0(), secret.k1());
        if (max < 0x100) {
            int i = 0;
            for (; n - i >= 8; i += 8) {
                long m = 0;
                for (int j = 7; j >= 0; j--) {
                    m = (m << 8) | s.charAt(i + j);
                }
                sip.word(m);
            }
            long tail = 0;
            for (int j = n - 1; j >= i; j--) {
                tail = (tail << 8) | s.charAt(j);
            }
            return noMinusOne(sip.finish(tail, n));
        }
        int i = 0;
        for (; n - i >= 4; i += 4) {
            sip.word(s.charAt(i) | (long) s.charAt(i + 1) << 16
                    | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48);
        }
        long tail = 0;
        for (int j = n - 1; j >= i; j--) {
            tail = (tail << 16) | s.charAt(j);
        }
        return noMinusOne(sip.finish(tail, 2L * n));
    }

    /** A string with at least one astral code point: 4 bytes per code point. */
    private static long hashAstral(HashSecret secret, String s) {
        SipHash13 sip = new SipHash13(secret.k0(), secret.k1());
        int n = s.length();
        long count = 0;
        long pending = -1;
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            count++;
            if (pending < 0) {
                pending = cp;
            } else {
                sip.word(pending | (long) cp << 32);
                pending = -1;
            }
        }
        return noMinusOne(sip.finish(pending < 0 ? 0 : pending, 4 * count));
    }

    /** {@code hash(str)} of a string given as code points (each in {@code 0..0x10FFFF}). */
    // CPython: Objects/unicodeobject.c unicode_hash
    public static long hashCodePoints(HashSecret secret, int[] codePoints, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int end = offset + length;
        int max = 0;
        for (int i = offset; i < end; i++) {
            max = Math.max(max, codePoints[i]);
        }
        int unitsPerWord = max < 0x100 ? 8 : max < 0x10000 ? 4 : 2;
        int bits = 64 / unitsPerWord;
        SipHash13 sip = new SipHash13(secret.k0(), secret.k1());
        int i = offset;
        for (; end - i >= unitsPerWord; i += unitsPerWord) {
            long m = 0;
            for (int j = unitsPerWord - 1; j >= 0; j--) {
                m = (m << bits) | (codePoints[i + j] & 0xFFFFFFFFL);
            }
            sip.word(m);
        }
        long tail = 0;
        for (int j = end - 1; j >= i; j--) {
            tail = (tail << bits) | (codePoints[j] & 0xFFFFFFFFL);
        }
        return noMinusOne(sip.finish(tail, (long) length * (bits / 8)));
    }

    private static long noMinusOne(long h) {
        return h == -1 ? -2 : h;
    }
}
