package dev.krait.modules.hashlib;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The scrypt key derivation function of RFC 7914: PBKDF2-HMAC-SHA256 spreads the password over
 * p blocks of 128·r bytes, each block is mixed through a table of n earlier states (ROMix,
 * whose memory use is the point of scrypt), and PBKDF2 condenses the result. Words are 32-bit
 * little-endian, as the RFC's Salsa20/8 core wants them.
 *
 * <p>CPython counterpart: none of its own (Modules/_hashopenssl.c calls OpenSSL's
 * EVP_PBE_scrypt); written from RFC 7914 sections 3 to 6.
 */
final class Scrypt {
    private static final VarHandle WORD =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private Scrypt() {}

    /** The derived key; the parameters were checked as OpenSSL checks them. */
    // RFC 7914 section 6
    static byte[] derive(byte[] password, byte[] salt, int n, int r, int p, int dklen) {
        PyHmac prf = PyHmac.create(Digest.SHA256, password);
        int blockWords = 32 * r;
        byte[] b = KeyDerivation.pbkdf2(prf, salt, 1, p * 128 * r);
        int[] x = new int[blockWords];
        int[] v = new int[n * blockWords];
        int[] scratch = new int[blockWords];
        for (int i = 0; i < p; i++) {
            int base = i * 128 * r;
            for (int k = 0; k < blockWords; k++) {
                x[k] = (int) WORD.get(b, base + 4 * k);
            }
            roMix(x, v, scratch, n, r);
            for (int k = 0; k < blockWords; k++) {
                WORD.set(b, base + 4 * k, x[k]);
            }
        }
        return KeyDerivation.pbkdf2(prf, b, 1, dklen);
    }

    /** scryptROMix: fills the table with successive states, then visits it pseudo-randomly. */
    // RFC 7914 section 5
    private static void roMix(int[] x, int[] v, int[] scratch, int n, int r) {
        int words = x.length;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, scratch, r);
        }
        for (int i = 0; i < n; i++) {
            // Integerify: the first word of the last 64-byte block, modulo n (a power of 2)
            int j = x[(2 * r - 1) * 16] & (n - 1);
            int at = j * words;
            for (int k = 0; k < words; k++) {
                x[k] ^= v[at + k];
            }
            blockMix(x, scratch, r);
        }
    }

    /**
     * scryptBlockMix: each 64-byte block is xored into the running one and Salsa20/8'd; the
     * outputs go back even-numbered first, then odd-numbered.
     */
    // RFC 7914 section 4
    private static void blockMix(int[] b, int[] y, int r) {
        int[] t = new int[16];
        System.arraycopy(b, (2 * r - 1) * 16, t, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) {
                t[k] ^= b[i * 16 + k];
            }
            salsa208(t);
            int to = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(t, 0, y, to, 16);
        }
        System.arraycopy(y, 0, b, 0, 32 * r);
    }

    /** The Salsa20/8 core, in place: four double rounds, then the input added back. */
    // RFC 7914 section 3
    private static void salsa208(int[] b) {
        int[] x = b.clone();
        for (int i = 0; i < 8; i += 2) {
            x[4] ^= Integer.rotateLeft(x[0] + x[12], 7);
            x[8] ^= Integer.rotateLeft(x[4] + x[0], 9);
            x[12] ^= Integer.rotateLeft(x[8] + x[4], 13);
            x[0] ^= Integer.rotateLeft(x[12] + x[8], 18);
            x[9] ^= Integer.rotateLeft(x[5] + x[1], 7);
            x[13] ^= Integer.rotateLeft(x[9] + x[5], 9);
            x[1] ^= Integer.rotateLeft(x[13] + x[9], 13);
            x[5] ^= Integer.rotateLeft(x[1] + x[13], 18);
            x[14] ^= Integer.rotateLeft(x[10] + x[6], 7);
            x[2] ^= Integer.rotateLeft(x[14] + x[10], 9);
            x[6] ^= Integer.rotateLeft(x[2] + x[14], 13);
            x[10] ^= Integer.rotateLeft(x[6] + x[2], 18);
            x[3] ^= Integer.rotateLeft(x[15] + x[11], 7);
            x[7] ^= Integer.rotateLeft(x[3] + x[15], 9);
            x[11] ^= Integer.rotateLeft(x[7] + x[3], 13);
            x[15] ^= Integer.rotateLeft(x[11] + x[7], 18);
            x[1] ^= Integer.rotateLeft(x[0] + x[3], 7);
            x[2] ^= Integer.rotateLeft(x[1] + x[0], 9);
            x[3] ^= Integer.rotateLeft(x[2] + x[1], 13);
            x[0] ^= Integer.rotateLeft(x[3] + x[2], 18);
            x[6] ^= Integer.rotateLeft(x[5] + x[4], 7);
            x[7] ^= Integer.rotateLeft(x[6] + x[5], 9);
            x[4] ^= Integer.rotateLeft(x[7] + x[6], 13);
            x[5] ^= Integer.rotateLeft(x[4] + x[7], 18);
            x[11] ^= Integer.rotateLeft(x[10] + x[9], 7);
            x[8] ^= Integer.rotateLeft(x[11] + x[10], 9);
            x[9] ^= Integer.rotateLeft(x[8] + x[11], 13);
            x[10] ^= Integer.rotateLeft(x[9] + x[8], 18);
            x[12] ^= Integer.rotateLeft(x[15] + x[14], 7);
            x[13] ^= Integer.rotateLeft(x[12] + x[15], 9);
            x[14] ^= Integer.rotateLeft(x[13] + x[12], 13);
            x[15] ^= Integer.rotateLeft(x[14] + x[13], 18);
        }
        for (int i = 0; i < 16; i++) {
            b[i] += x[i];
        }
    }
}
