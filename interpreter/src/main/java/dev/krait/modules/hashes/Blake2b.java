package dev.krait.modules.hashes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * BLAKE2b as RFC 7693 describes it: 64-bit words, 128-byte blocks, 12 rounds of the mixing
 * function G with rotations 32, 24, 16 and 63. The state starts as the IV XORed with the
 * 64-byte parameter block (digest length, key length, tree parameters, salt, personalization);
 * a key is hashed as a first block of its own. The last block is held back until
 * {@link #digest} so that it can be compressed with the final-block flag.
 *
 * <p>CPython counterpart: Modules/_blake2/impl (the reference implementation); written here
 * from RFC 7693 sections 2 and 3 and the BLAKE2 paper's parameter block.
 */
final class Blake2b implements Blake2 {
    static final int BLOCK = 128;
    static final int MAX_DIGEST = 64;
    static final int MAX_KEY = 64;
    static final int SALT = 16;
    static final int PERSON = 16;

    private static final VarHandle WORD =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The IV: SHA-512's initial hash value. */
    private static final long[] IV = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L,
    };

    private final long[] h;
    private final byte[] buffer;
    private int buffered;
    /** Bytes compressed so far, a 128-bit counter. */
    private long countLow;
    private long countHigh;
    private final int digestLength;
    private final boolean lastNode;
    /** Scratch space for {@link #compress}: the message words and the working vector. */
    private final long[] words = new long[16];
    private final long[] work = new long[16];

    private Blake2b(long[] h, byte[] buffer, int buffered, long countLow, long countHigh,
            int digestLength, boolean lastNode) {
        this.h = h;
        this.buffer = buffer;
        this.buffered = buffered;
        this.countLow = countLow;
        this.countHigh = countHigh;
        this.digestLength = digestLength;
        this.lastNode = lastNode;
    }

    /** A fresh state from the parameters, the key (if any) absorbed as its first block. */
    static Blake2b create(Blake2.Params p) {
        byte[] block = new byte[64];
        block[0] = (byte) p.digestSize();
        block[1] = (byte) p.key().length;
        block[2] = (byte) p.fanout();
        block[3] = (byte) p.depth();
        for (int i = 0; i < 4; i++) {
            block[4 + i] = (byte) (p.leafSize() >>> (8 * i));
        }
        for (int i = 0; i < 8; i++) {
            block[8 + i] = (byte) (p.nodeOffset() >>> (8 * i));
        }
        block[16] = (byte) p.nodeDepth();
        block[17] = (byte) p.innerSize();
        System.arraycopy(p.salt(), 0, block, 32, p.salt().length);
        System.arraycopy(p.person(), 0, block, 48, p.person().length);
        long[] h = new long[8];
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ (long) WORD.get(block, 8 * i);
        }
        Blake2b s = new Blake2b(h, new byte[BLOCK], 0, 0, 0, p.digestSize(), p.lastNode());
        if (p.key().length > 0) {
            byte[] keyBlock = new byte[BLOCK];
            System.arraycopy(p.key(), 0, keyBlock, 0, p.key().length);
            s.update(keyBlock);
        }
        return s;
    }

    @Override
    public Blake2b copy() {
        return new Blake2b(h.clone(), buffer.clone(), buffered, countLow, countHigh,
                digestLength, lastNode);
    }

    private void count(int n) {
        long before = countLow;
        countLow += n;
        if (Long.compareUnsigned(countLow, before) < 0) {
            countHigh++;
        }
    }

    @Override
    public void update(byte[] data) {
        int i = 0;
        int n = data.length;
        while (i < n) {
            if (buffered == BLOCK) {
                // more input follows, so the held block is not the last one
                count(BLOCK);
                compress(h, buffer, 0, countLow, countHigh, false, false);
                buffered = 0;
            }
            if (buffered == 0 && n - i > BLOCK) {
                count(BLOCK);
                compress(h, data, i, countLow, countHigh, false, false);
                i += BLOCK;
                continue;
            }
            int take = Math.min(BLOCK - buffered, n - i);
            System.arraycopy(data, i, buffer, buffered, take);
            buffered += take;
            i += take;
        }
    }

    @Override
    public byte[] digest() {
        long[] state = h.clone();
        byte[] last = buffer.clone();
        java.util.Arrays.fill(last, buffered, BLOCK, (byte) 0);
        long low = countLow + buffered;
        long high = Long.compareUnsigned(low, countLow) < 0 ? countHigh + 1 : countHigh;
        compress(state, last, 0, low, high, true, lastNode);
        byte[] full = new byte[64];
        for (int i = 0; i < 8; i++) {
            WORD.set(full, 8 * i, state[i]);
        }
        return java.util.Arrays.copyOf(full, digestLength);
    }

    /** The compression function F over the block at {@code m[off..off+128)}. */
    private void compress(long[] h, byte[] m, int off, long t0, long t1,
            boolean finalBlock, boolean lastNode) {
        long[] w = words;
        for (int i = 0; i < 16; i++) {
            w[i] = (long) WORD.get(m, off + 8 * i);
        }
        long[] v = work;
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= t0;
        v[13] ^= t1;
        if (finalBlock) {
            v[14] = ~v[14];
        }
        if (lastNode) {
            v[15] = ~v[15];
        }
        for (int r = 0; r < 12; r++) {
            byte[] s = Blake2.SIGMA[r % 10];
            // columns, then diagonals
            mix(v, 0, 4, 8, 12, w[s[0]], w[s[1]]);
            mix(v, 1, 5, 9, 13, w[s[2]], w[s[3]]);
            mix(v, 2, 6, 10, 14, w[s[4]], w[s[5]]);
            mix(v, 3, 7, 11, 15, w[s[6]], w[s[7]]);
            mix(v, 0, 5, 10, 15, w[s[8]], w[s[9]]);
            mix(v, 1, 6, 11, 12, w[s[10]], w[s[11]]);
            mix(v, 2, 7, 8, 13, w[s[12]], w[s[13]]);
            mix(v, 3, 4, 9, 14, w[s[14]], w[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    /** G: mixes two message words into four state words. */
    private static void mix(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] += v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] += v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }
}
