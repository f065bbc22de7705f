package dev.krait.modules.hashes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The Keccak-f[1600] permutation and the sponge built on it, as FIPS 202 describes them: the
 * state is 25 lanes of 64 bits, lane (x, y) at index {@code x + 5y}, bytes entering and leaving
 * each lane least significant first. A sponge absorbs its input {@code rate} bytes at a time,
 * pads with the domain suffix (0x06 for SHA-3, 0x1f for SHAKE) and a final 0x80, and is then
 * squeezed for as many bytes as wanted. Digests are taken from a copy, so a hash object keeps
 * absorbing afterwards.
 *
 * <p>CPython counterpart: Modules/_sha3/kcp (tiny_sha3 in later versions); written here from
 * FIPS 202 sections 3.2 (the step mappings), 4 (the sponge) and 5.1 (padding).
 */
public final class Keccak {
    private static final VarHandle LANE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int ROUNDS = 24;
    /** The ρ rotation of each lane, by index x + 5y. */
    private static final int[] RHO = new int[25];
    /** For each destination index of π, the source index it takes its lane from. */
    private static final int[] PI_SOURCE = new int[25];
    /** ι's round constants. */
    private static final long[] ROUND_CONSTANTS = new long[ROUNDS];

    static {
        // ρ: walking (x, y) from (1, 0) by (x, y) -> (y, 2x + 3y), step t rotates by
        // (t + 1)(t + 2) / 2 (FIPS 202 Algorithm 2); lane (0, 0) is not rotated.
        int x = 1;
        int y = 0;
        for (int t = 0; t < 24; t++) {
            RHO[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
            int nx = y;
            y = (2 * x + 3 * y) % 5;
            x = nx;
        }
        // π: A'[x, y] = A[(x + 3y) mod 5, x] (FIPS 202 Algorithm 3).
        for (x = 0; x < 5; x++) {
            for (y = 0; y < 5; y++) {
                PI_SOURCE[x + 5 * y] = ((x + 3 * y) % 5) + 5 * x;
            }
        }
        // ι: bit 2^j - 1 of round i's constant is rc(j + 7i), rc being the output of an 8-bit
        // LFSR with feedback polynomial x^8 + x^6 + x^5 + x^4 + 1 (FIPS 202 Algorithms 5, 6).
        int lfsr = 1;
        boolean[] rc = new boolean[7 * ROUNDS];
        for (int t = 0; t < rc.length; t++) {
            rc[t] = (lfsr & 1) != 0;
            lfsr <<= 1;
            if ((lfsr & 0x100) != 0) {
                lfsr ^= 0x171;
            }
        }
        for (int i = 0; i < ROUNDS; i++) {
            long c = 0;
            for (int j = 0; j < 7; j++) {
                if (rc[j + 7 * i]) {
                    c |= 1L << ((1 << j) - 1);
                }
            }
            ROUND_CONSTANTS[i] = c;
        }
    }

    private final long[] lanes;
    /** Scratch space for {@link #permute}, kept to spare an allocation per block. */
    private final long[] scratch = new long[25];
    private final int rate;
    private final byte suffix;
    /** Where in the current block the next absorbed byte goes. */
    private int position;

    public Keccak(int rate, byte suffix) {
        this(new long[25], rate, suffix, 0);
    }

    private Keccak(long[] lanes, int rate, byte suffix, int position) {
        this.lanes = lanes;
        this.rate = rate;
        this.suffix = suffix;
        this.position = position;
    }

    public Keccak copy() {
        return new Keccak(lanes.clone(), rate, suffix, position);
    }

    int rate() {
        return rate;
    }

    byte suffix() {
        return suffix;
    }

    private void xorByte(int index, int b) {
        lanes[index >>> 3] ^= (long) (b & 0xff) << ((index & 7) << 3);
    }

    /** Absorbs {@code data}, permuting after each full block. */
    public void absorb(byte[] data) {
        int i = 0;
        int n = data.length;
        while (i < n) {
            if ((position & 7) == 0 && n - i >= 8) {
                // a whole lane at a time while the block position is lane-aligned
                int lanesLeft = Math.min((rate - position) >>> 3, (n - i) >>> 3);
                int lane = position >>> 3;
                for (int k = 0; k < lanesLeft; k++, i += 8) {
                    lanes[lane + k] ^= (long) LANE.get(data, i);
                }
                position += lanesLeft << 3;
            } else {
                xorByte(position++, data[i++]);
            }
            if (position == rate) {
                permute(lanes, scratch);
                position = 0;
            }
        }
    }

    /** Pads and squeezes {@code length} bytes, leaving this sponge as it was. */
    public byte[] squeeze(int length) {
        long[] a = lanes.clone();
        a[position >>> 3] ^= (long) (suffix & 0xff) << ((position & 7) << 3);
        a[(rate - 1) >>> 3] ^= 0x80L << (((rate - 1) & 7) << 3);
        permute(a, scratch);
        byte[] out = new byte[length];
        int taken = 0;
        while (true) {
            int chunk = Math.min(rate, length - taken);
            for (int k = 0; k < chunk; k++) {
                out[taken + k] = (byte) (a[k >>> 3] >>> ((k & 7) << 3));
            }
            taken += chunk;
            if (taken == length) {
                return out;
            }
            permute(a, scratch);
        }
    }

    /** Keccak-f[1600]: 24 rounds of θ, ρ and π, χ, ι; {@code b} is scratch space. */
    private static void permute(long[] a, long[] b) {
        for (int round = 0; round < ROUNDS; round++) {
            // θ: each bit gains the parities of two neighbouring columns
            long c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20];
            long c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21];
            long c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22];
            long c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23];
            long c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24];
            long d0 = c4 ^ Long.rotateLeft(c1, 1);
            long d1 = c0 ^ Long.rotateLeft(c2, 1);
            long d2 = c1 ^ Long.rotateLeft(c3, 1);
            long d3 = c2 ^ Long.rotateLeft(c4, 1);
            long d4 = c3 ^ Long.rotateLeft(c0, 1);
            for (int y = 0; y < 25; y += 5) {
                a[y] ^= d0;
                a[y + 1] ^= d1;
                a[y + 2] ^= d2;
                a[y + 3] ^= d3;
                a[y + 4] ^= d4;
            }
            // ρ then π: rotate each lane and move it to its new place
            for (int i = 0; i < 25; i++) {
                int src = PI_SOURCE[i];
                b[i] = Long.rotateLeft(a[src], RHO[src]);
            }
            // χ: each bit is flipped when its right neighbour is 0 and the next one is 1
            for (int y = 0; y < 25; y += 5) {
                long b0 = b[y];
                long b1 = b[y + 1];
                long b2 = b[y + 2];
                long b3 = b[y + 3];
                long b4 = b[y + 4];
                a[y] = b0 ^ (~b1 & b2);
                a[y + 1] = b1 ^ (~b2 & b3);
                a[y + 2] = b2 ^ (~b3 & b4);
                a[y + 3] = b3 ^ (~b4 & b0);
                a[y + 4] = b4 ^ (~b0 & b1);
            }
            // ι
            a[0] ^= ROUND_CONSTANTS[round];
        }
    }
}
