package dev.krait.modules.zlib;

import java.util.zip.CRC32;

/**
 * Adler-32 and CRC-32 continued from a caller's start value, as zlib's {@code adler32} and
 * {@code crc32} compute them. The JDK's checksum classes always start afresh, so CRC-32 runs the
 * JDK's (intrinsic, fast) {@link CRC32} over the data and then combines the start value in with
 * zlib's {@code crc32_combine} algebra: the CRC of {@code A || B} is the CRC of {@code A} shifted
 * through {@code len(B)} zero bytes, xor the CRC of {@code B}. Adler-32 is computed directly,
 * branch for branch as zlib does, so that unreduced start values give zlib's answers.
 */
final class Checksums {
    private Checksums() {
    }

    /** The CRC-32 polynomial, reflected. */
    private static final int POLY = 0xedb88320;

    /** {@code X2N[k]} is x^(2^k) modulo the polynomial: x shifted through 2^k zero bits. */
    private static final int[] X2N = new int[32];

    static {
        int p = 1 << 30; // x^1
        X2N[0] = p;
        for (int n = 1; n < 32; n++) {
            p = multModP(p, p);
            X2N[n] = p;
        }
    }

    /** The product of two polynomials modulo the CRC polynomial (bit-reflected). */
    // CPython: zlib crc32.c multmodp (the zlib library's, which CPython calls)
    private static int multModP(int a, int b) {
        int m = 1 << 31;
        int p = 0;
        for (;;) {
            if ((a & m) != 0) {
                p ^= b;
                if ((a & (m - 1)) == 0) {
                    break;
                }
            }
            m >>>= 1;
            b = (b & 1) != 0 ? (b >>> 1) ^ POLY : b >>> 1;
        }
        return p;
    }

    /** x^(n * 2^k) modulo the polynomial: the shift of a CRC through {@code n} zero bytes. */
    private static int x2nModP(long n, int k) {
        int p = 1 << 31; // x^0
        while (n != 0) {
            if ((n & 1) != 0) {
                p = multModP(X2N[k & 31], p);
            }
            n >>>= 1;
            k++;
        }
        return p;
    }

    /** The CRC-32 of {@code A || B} from the CRC of {@code A}, that of {@code B} and B's length. */
    static int crc32Combine(int crc1, int crc2, long len2) {
        return multModP(x2nModP(len2, 3), crc1) ^ crc2;
    }

    /** zlib's {@code crc32(crc, data, len)}: the data's CRC-32, continuing from {@code crc}. */
    static int crc32(int crc, byte[] data, int off, int len) {
        CRC32 c = new CRC32();
        c.update(data, off, len);
        int fresh = (int) c.getValue();
        return crc == 0 ? fresh : crc32Combine(crc, fresh, len);
    }

    private static final int BASE = 65521;
    /** The most bytes summed before {@code sum2} could overflow 32 bits unsigned. */
    private static final int NMAX = 5552;

    /** zlib's {@code adler32(adler, data, len)}, including its answers for unreduced starts. */
    // CPython: zlib adler32.c adler32_z
    static int adler32(int adler, byte[] data, int off, int len) {
        long sum2 = (adler >>> 16) & 0xffff;
        long a = adler & 0xffff;
        if (len == 1) {
            a += data[off] & 0xff;
            if (a >= BASE) {
                a -= BASE;
            }
            sum2 += a;
            if (sum2 >= BASE) {
                sum2 -= BASE;
            }
            return (int) (a | sum2 << 16);
        }
        if (len < 16) {
            for (int i = 0; i < len; i++) {
                a += data[off + i] & 0xff;
                sum2 += a;
            }
            if (a >= BASE) {
                a -= BASE;
            }
            sum2 %= BASE;
            return (int) (a | sum2 << 16);
        }
        int i = off;
        int end = off + len;
        while (i < end) {
            int n = Math.min(NMAX, end - i);
            int stop = i + n;
            for (; i < stop; i++) {
                a += data[i] & 0xff;
                sum2 += a;
            }
            a %= BASE;
            sum2 %= BASE;
        }
        return (int) (a | sum2 << 16);
    }
}
