package dev.krait.hashing;

/**
 * SipHash-1-3 with CPython's final step, the function CPython applies to the bytes of a str (in
 * its PEP 393 form) or of a bytes object. The message is supplied as little-endian 64-bit words,
 * so a str is hashed straight from its code points without building a byte array.
 *
 * <p>One instance holds the running state of one hash; {@link PyHashes} creates it, feeds the
 * whole words, then the tail. The JIT's escape analysis keeps the state in registers.
 */
// CPython: Python/pyhash.c siphash13
final class SipHash13 {
    private long v0;
    private long v1;
    private long v2;
    private long v3;

    SipHash13(long k0, long k1) {
        v0 = k0 ^ 0x736f6d6570736575L;
        v1 = k1 ^ 0x646f72616e646f6dL;
        v2 = k0 ^ 0x6c7967656e657261L;
        v3 = k1 ^ 0x7465646279746573L;
    }

    /** Absorbs one whole 8-byte word of the message, read little-endian. */
    void word(long m) {
        v3 ^= m;
        round();
        v0 ^= m;
    }

    /**
     * Absorbs the last 0 to 7 bytes ({@code tail}, little-endian, high bytes zero) and the total
     * length in bytes, and returns the hash (CPython keeps the xor of all four state words).
     */
    long finish(long tail, long totalLength) {
        long b = (totalLength << 56) | tail;
        v3 ^= b;
        round();
        v0 ^= b;
        v2 ^= 0xff;
        round();
        round();
        round();
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    private void round() {
        v0 += v1;
        v2 += v3;
        v1 = Long.rotateLeft(v1, 13) ^ v0;
        v3 = Long.rotateLeft(v3, 16) ^ v2;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v1;
        v0 += v3;
        v1 = Long.rotateLeft(v1, 17) ^ v2;
        v3 = Long.rotateLeft(v3, 21) ^ v0;
        v2 = Long.rotateLeft(v2, 32);
    }
}
