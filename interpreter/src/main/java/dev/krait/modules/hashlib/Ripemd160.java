package dev.krait.modules.hashlib;

/**
 * RIPEMD-160, which OpenSSL 3 still offers in its default provider and the JDK does not: two
 * parallel lines of five rounds of sixteen steps each over the same block, with different
 * word orders, rotations and constants, combined at the end.
 *
 * <p>Written from Dobbertin, Bosselaers and Preneel, "RIPEMD-160: A Strengthened Version of
 * RIPEMD" (1996), appendix A.
 */
final class Ripemd160 extends BlockDigest {
    private static final int[] LEFT_WORD = {
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8,
        3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12,
        1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2,
        4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13,
    };
    private static final int[] RIGHT_WORD = {
        5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12,
        6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2,
        15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13,
        8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14,
        12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11,
    };
    private static final int[] LEFT_SHIFT = {
        11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8,
        7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12,
        11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5,
        11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12,
        9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6,
    };
    private static final int[] RIGHT_SHIFT = {
        8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6,
        9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11,
        9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5,
        15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8,
        8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11,
    };
    private static final int[] LEFT_K = {0, 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xa953fd4e};
    private static final int[] RIGHT_K = {0x50a28be6, 0x5c4dd124, 0x6d703ef3, 0x7a6d76e9, 0};

    private final int[] x = new int[16];

    Ripemd160() {
        super(new int[] {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0});
    }

    @Override
    protected BlockDigest fresh() {
        return new Ripemd160();
    }

    @Override
    protected boolean littleEndian() {
        return true;
    }

    /** The round function of round {@code round} (0 to 4). */
    private static int f(int round, int b, int c, int d) {
        return switch (round) {
            case 0 -> b ^ c ^ d;
            case 1 -> (b & c) | (~b & d);
            case 2 -> (b | ~c) ^ d;
            case 3 -> (b & d) | (c & ~d);
            default -> b ^ (c | ~d);
        };
    }

    @Override
    protected void compress(byte[] block, int offset) {
        for (int i = 0; i < 16; i++) {
            x[i] = word(block, offset, i);
        }
        int al = state[0], bl = state[1], cl = state[2], dl = state[3], el = state[4];
        int ar = al, br = bl, cr = cl, dr = dl, er = el;
        for (int j = 0; j < 80; j++) {
            int round = j >> 4;
            int t = Integer.rotateLeft(al + f(round, bl, cl, dl) + x[LEFT_WORD[j]]
                    + LEFT_K[round], LEFT_SHIFT[j]) + el;
            al = el;
            el = dl;
            dl = Integer.rotateLeft(cl, 10);
            cl = bl;
            bl = t;
            t = Integer.rotateLeft(ar + f(4 - round, br, cr, dr) + x[RIGHT_WORD[j]]
                    + RIGHT_K[round], RIGHT_SHIFT[j]) + er;
            ar = er;
            er = dr;
            dr = Integer.rotateLeft(cr, 10);
            cr = br;
            br = t;
        }
        int t = state[1] + cl + dr;
        state[1] = state[2] + dl + er;
        state[2] = state[3] + el + ar;
        state[3] = state[4] + al + br;
        state[4] = state[0] + bl + cr;
        state[0] = t;
    }
}
