package dev.krait.modules.hashes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * BLAKE2s as RFC 7693 describes it: BLAKE2b's structure on 32-bit words, 64-byte blocks,
 * 10 rounds, rotations 16, 12, 8 and 7, a 64-bit byte counter and a 32-byte parameter block
 * (whose node offset has 48 bits). See {@link Blake2b} for the shape shared by both.
 *
 * <p>CPython counterpart: Modules/_blake2/impl (the reference implementation); written here
 * from RFC 7693 sections 2 and 3 and the BLAKE2 paper's parameter block.
 */
final class Blake2s implements Blake2 {
    static final int BLOCK = 64;
    static final int MAX_DIGEST = 32;
    static final int MAX_KEY = 32;
    static final int SALT = 8;
    static final int PERSON = 8;

    private static final VarHandle WORD =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** The IV: SHA-256's initial hash value. */
    private static final int[] IV = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };

    private final int[] h;
    private final byte[] buffer;
    private int buffered;
    /** Bytes compressed so far, a 64-bit counter. */
    private long count;
    private final int digestLength;
    private final boolean lastNode;
    /** Scratch space for {@link #compress}: the message words and the working vector. */
    private final int[] words = new int[16];
    private final int[] work = new int[16];

    private Blake2s(int[] h, byte[] buffer, int buffered, long count, int digestLength,
            boolean lastNode) {
        this.h = h;
        this.buffer = buffer;
        this.buffered = buffered;
        this.count = count;
        this.digestLength = digestLength;
        this.lastNode = lastNode;
    }

    /** A fresh state from the parameters, the key (if any) absorbed as its first block. */
    static Blake2s create(Blake2.Params p) {
        byte[] block = new byte[32];
        block[0] = (byte) p.digestSize();
        block[1] = (byte) p.key().length;
        block[2] = (byte) p.fanout();
        block[3] = (byte) p.depth();
        for (int i = 0; i < 4; i++) {
            block[4 + i] = (byte) (p.leafSize() >>> (8 * i));
        }
        for (int i = 0; i < 6; i++) {
            block[8 + i] = (byte) (p.nodeOffset() >>> (8 * i));
        }
        block[14] = (byte) p.nodeDepth();
        block[15] = (byte) p.innerSize();
        System.arraycopy(p.salt(), 0, block, 16, p.salt().length);
        System.arraycopy(p.person(), 0, block, 24, p.person().length);
        int[] h = new int[8];
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ (int) WORD.get(block, 4 * i);
        }
        Blake2s s = new Blake2s(h, new byte[BLOCK], 0, 0, p.digestSize(), p.lastNode());
        if (p.key().length > 0) {
            byte[] keyBlock = new byte[BLOCK];
            System.arraycopy(p.key(), 0, keyBlock, 0, p.key().length);
            s.update(keyBlock);
        }
        return s;
    }

    @Override
    public Blake2s copy() {
        return new Blake2s(h.clone(), buffer.clone(), buffered, count, digestLength, lastNode);
    }

    @Override
    public void update(byte[] data) {
        int i = 0;
        int n = data.length;
        while (i < n) {
            if (buffered == BLOCK) {
                // more input follows, so the held block is not the last one
                count += BLOCK;
                compress(h, buffer, 0, count, false, false);
                buffered = 0;
            }
            if (buffered == 0 && n - i > BLOCK) {
                count += BLOCK;
                compress(h, data, i, count, false, false);
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
        int[] state = h.clone();
        byte[] last = buffer.clone();
        java.util.Arrays.fill(last, buffered, BLOCK, (byte) 0);
        compress(state, last, 0, count + buffered, true, lastNode);
        byte[] full = new byte[32];
        for (int i = 0; i < 8; i++) {
            WORD.set(full, 4 * i, state[i]);
        }
        return java.util.Arrays.copyOf(full, digestLength);
    }

    /** The compression function F over the block at {@code m[off..off+64)}. */
    private void compress(int[] h, byte[] m, int off, long t, boolean finalBlock,
            boolean lastNode) {
        int[] w = words;
        for (int i = 0; i < 16; i++) {
            w[i] = (int) WORD.get(m, off + 4 * i);
        }
        int[] v = work;
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= (int) t;
        v[13] ^= (int) (t >>> 32);
        if (finalBlock) {
            v[14] = ~v[14];
        }
        if (lastNode) {
            v[15] = ~v[15];
        }
        for (int r = 0; r < 10; r++) {
            byte[] s = Blake2.SIGMA[r];
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
    private static void mix(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] += v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] += v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }
}
