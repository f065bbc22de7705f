package dev.krait.modules.hashlib;

/**
 * SM3, the Chinese national standard hash that OpenSSL 3's default provider offers and the JDK
 * does not: a SHA-256-like design of 64 rounds over 68 expanded words and 64 derived ones.
 *
 * <p>Written from GB/T 32905-2016 (the IETF draft draft-shen-sm3-hash), sections 4 and 5.
 */
final class Sm3 extends BlockDigest {
    private final int[] w = new int[68];
    private final int[] w1 = new int[64];

    Sm3() {
        super(new int[] {0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa,
            0xe38dee4d, 0xb0fb0e4e});
    }

    @Override
    protected BlockDigest fresh() {
        return new Sm3();
    }

    @Override
    protected boolean littleEndian() {
        return false;
    }

    private static int p0(int x) {
        return x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
    }

    private static int p1(int x) {
        return x ^ Integer.rotateLeft(x, 15) ^ Integer.rotateLeft(x, 23);
    }

    @Override
    protected void compress(byte[] block, int offset) {
        for (int j = 0; j < 16; j++) {
            w[j] = word(block, offset, j);
        }
        for (int j = 16; j < 68; j++) {
            w[j] = p1(w[j - 16] ^ w[j - 9] ^ Integer.rotateLeft(w[j - 3], 15))
                    ^ Integer.rotateLeft(w[j - 13], 7) ^ w[j - 6];
        }
        for (int j = 0; j < 64; j++) {
            w1[j] = w[j] ^ w[j + 4];
        }
        int a = state[0], b = state[1], c = state[2], d = state[3];
        int e = state[4], f = state[5], g = state[6], h = state[7];
        for (int j = 0; j < 64; j++) {
            int t = j < 16 ? 0x79cc4519 : 0x7a879d8a;
            int a12 = Integer.rotateLeft(a, 12);
            int ss1 = Integer.rotateLeft(a12 + e + Integer.rotateLeft(t, j & 31), 7);
            int ss2 = ss1 ^ a12;
            int ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
            int gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
            int tt1 = ff + d + ss2 + w1[j];
            int tt2 = gg + h + ss1 + w[j];
            d = c;
            c = Integer.rotateLeft(b, 9);
            b = a;
            a = tt1;
            h = g;
            g = Integer.rotateLeft(f, 19);
            f = e;
            e = p0(tt2);
        }
        state[0] ^= a;
        state[1] ^= b;
        state[2] ^= c;
        state[3] ^= d;
        state[4] ^= e;
        state[5] ^= f;
        state[6] ^= g;
        state[7] ^= h;
    }
}
