package dev.krait.modules.zlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The start-value checksums against the JDK's whole-buffer ones: a checksum continued over the
 * second part of a buffer must equal the checksum of the whole, wherever the buffer is split,
 * and CRC-32's combination must match a plain bit-at-a-time CRC from any start value.
 */
class ChecksumsTest {
    private static final Random RANDOM = new Random(42);

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** The textbook reflected CRC-32, one bit at a time, from {@code crc}. */
    private static int slowCrc32(int crc, byte[] data) {
        int c = ~crc;
        for (byte x : data) {
            c ^= x & 0xff;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
            }
        }
        return ~c;
    }

    @Test
    void crc32ContinuedEqualsWhole() {
        for (int n : new int[] {0, 1, 2, 15, 16, 17, 1000, 70000}) {
            byte[] data = randomBytes(n);
            CRC32 whole = new CRC32();
            whole.update(data);
            for (int split = 0; split <= n; split += Math.max(1, n / 7)) {
                int first = Checksums.crc32(0, data, 0, split);
                int both = Checksums.crc32(first, data, split, n - split);
                assertEquals((int) whole.getValue(), both, "n=" + n + " split=" + split);
            }
        }
    }

    @Test
    void crc32FromAnyStartMatchesBitwise() {
        for (int start : new int[] {1, -1, 0x12345678, 0x80000000}) {
            byte[] data = randomBytes(333);
            assertEquals(slowCrc32(start, data), Checksums.crc32(start, data, 0, data.length));
        }
    }

    @Test
    void adler32ContinuedEqualsWhole() {
        for (int n : new int[] {0, 1, 2, 15, 16, 17, 5552, 5553, 100000}) {
            byte[] data = randomBytes(n);
            Adler32 whole = new Adler32();
            whole.update(data);
            for (int split = 0; split <= n; split += Math.max(1, n / 5)) {
                int first = Checksums.adler32(1, data, 0, split);
                int both = Checksums.adler32(first, data, split, n - split);
                assertEquals((int) whole.getValue(), both, "n=" + n + " split=" + split);
            }
        }
    }
}
