package dev.krait.modules.hashes;

/**
 * What {@link PyBlake2} (and {@code _hashlib}) needs of a BLAKE2 state, {@link Blake2b} or {@link Blake2s}, with the
 * parameters both take and the message schedule both use.
 */
public interface Blake2 {
    /** The message word permutations of RFC 7693 section 2.7, one row a round (mod 10). */
    byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };

    /** The parameter block's fields, checked by the caller; {@code key}'s length is its own. */
    record Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth,
            long leafSize, long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {}

    /**
     * A plain BLAKE2b-512 or BLAKE2s-256 state (no key, salt or personalisation), the digests
     * OpenSSL offers under the names {@code blake2b512} and {@code blake2s256}.
     */
    static Blake2 unkeyed(boolean big) {
        byte[] none = new byte[0];
        Params p = new Params(big ? 64 : 32, none, none, none, 1, 1, 0, 0, 0, 0, false);
        return big ? Blake2b.create(p) : Blake2s.create(p);
    }

    void update(byte[] data);

    /** The digest of what was absorbed, leaving the state as it was. */
    byte[] digest();

    Blake2 copy();
}
