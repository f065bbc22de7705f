package dev.krait.hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The invariants CPython's hashes keep (equal numbers hash alike whatever their type, -1 is never
 * a hash, a str hashes its PEP 393 bytes), plus a batch of values checked against python3. The
 * differential test compares thousands more under several seeds.
 */
class PyHashesTest {
    private static final HashSecret SEED_42 = HashSecret.fromSeed(42);

    @Test
    void equalNumbersHashAlikeAcrossTypes() {
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            long n = random.nextInt(4) == 0 ? random.nextLong() >> random.nextInt(64)
                    : random.nextInt(2001) - 1000;
            double d = n;
            if ((long) d == n) {
                assertEquals(PyHashes.hashLong(n), PyHashes.hashDouble(d, 0), "hash(" + n + ")");
                assertEquals(PyHashes.hashLong(n), PyHashes.hashComplex(d, 0.0, 0));
            }
            assertEquals(PyHashes.hashLong(n), PyHashes.hashBig(BigInteger.valueOf(n)));
        }
        BigInteger big = BigInteger.TWO.pow(1000);
        assertEquals(PyHashes.hashBig(big), PyHashes.hashDouble(Math.pow(2, 1000), 0));
        assertEquals(PyHashes.hashBig(big.negate()), PyHashes.hashDouble(-Math.pow(2, 1000), 0));
    }

    @Test
    void minusOneIsNeverAHash() {
        BigInteger p = BigInteger.valueOf(PyHashes.MODULUS);
        assertEquals(-2, PyHashes.hashLong(-1));
        assertEquals(-2, PyHashes.hashBig(p.add(BigInteger.ONE).negate()));
        assertEquals(-2, PyHashes.hashDouble(-1.0, 0));
        assertEquals(-2, PyHashes.hashPointer(-1L << 4 | 0xF));
        assertEquals(0, PyHashes.hashBig(p));
        assertEquals(1, PyHashes.hashBig(p.add(BigInteger.ONE)));
    }

    @Test
    void infinitiesAndNaNs() {
        assertEquals(PyHashes.INF, PyHashes.hashDouble(Double.POSITIVE_INFINITY, 0));
        assertEquals(-PyHashes.INF, PyHashes.hashDouble(Double.NEGATIVE_INFINITY, 0));
        assertEquals(0, PyHashes.hashDouble(-0.0, 0));
        assertEquals(PyHashes.hashPointer(0x7f00_1234_5670L),
                PyHashes.hashDouble(Double.NaN, 0x7f00_1234_5670L));
        assertNotEquals(PyHashes.hashDouble(Double.NaN, 16), PyHashes.hashDouble(Double.NaN, 32));
    }

    @Test
    void aStrHashesItsPep393Bytes() {
        // Kind 1: one byte per code point, so a Latin-1 str hashes as its Latin-1 bytes.
        String latin1 = "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e";
        assertEquals(PyHashes.hashBytes(SEED_42, latin1.getBytes(StandardCharsets.ISO_8859_1)),
                PyHashes.hashStr(SEED_42, latin1));
        // Kind 2: two little-endian bytes per code point.
        String bmp = "\u20ac\u00e9x\uffff"; // (getBytes would replace a lone surrogate)
        assertEquals(PyHashes.hashBytes(SEED_42, bmp.getBytes(StandardCharsets.UTF_16LE)),
                PyHashes.hashStr(SEED_42, bmp));
        // Kind 4: four little-endian bytes per code point.
        String astral = "a\ud83d\ude00\u00e9";
        byte[] utf32 = astral.getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
        assertEquals(PyHashes.hashBytes(SEED_42, utf32), PyHashes.hashStr(SEED_42, astral));
        assertEquals(0, PyHashes.hashStr(SEED_42, ""));
        assertEquals(0, PyHashes.hashBytes(SEED_42, new byte[0]));
    }

    @Test
    void stringsAndCodePointArraysHashAlike() {
        Random random = new Random(2);
        for (int i = 0; i < 2000; i++) {
            int[] cps = new int[random.nextInt(30)];
            int limit = new int[] {0x80, 0x100, 0xD800, 0x110000}[random.nextInt(4)];
            for (int j = 0; j < cps.length; j++) {
                cps[j] = random.nextInt(limit);
            }
            String s = new String(cps, 0, cps.length);
            assertEquals(PyHashes.hashCodePoints(SEED_42, cps, 0, cps.length),
                    PyHashes.hashStr(SEED_42, s), s);
        }
    }

    @Test
    void frozensetHashIgnoresOrder() {
        long[] a = {1, 2, 3, -5, PyHashes.INF};
        long[] b = {PyHashes.INF, -5, 3, 2, 1};
        assertEquals(PyHashes.hashFrozenset(a), PyHashes.hashFrozenset(b));
        SetTable<Long> set = new SetTable<>(Long::equals);
        for (long h : b) {
            set.add(h, h);
        }
        set.add(99L, 99);
        set.discard(99L, 99);
        assertEquals(PyHashes.hashFrozenset(a), set.frozensetHash());
    }

    @Test
    void valuesMatchPython() {
        String script = """
                import sys
                print(hash(1.5), hash(-2.25e-310), hash(1e300), hash(2**100), hash(-2**63))
                print(hash((1, 2, 3)), hash(()), hash(((),)), hash(1.5+2.5j))
                print(hash(frozenset()), hash(frozenset({1, 2, 3})))
                print(hash('a'), hash('h\\xe9llo'), hash('\\u20ac'), hash('\\U0001f600x'))
                print(hash(b'abcdefghij'), hash(b'x'))
                i = sys.hash_info
                print(i.width, i.modulus, i.inf, i.nan, i.imag, i.algorithm, i.hash_bits,
                      i.seed_bits, i.cutoff)
                """;
        java.util.List<String> lines = dev.krait.text.PythonBatch.run(
                "import os, subprocess, sys\n"
                        + "r = subprocess.run([sys.executable, '-c', sys.stdin.read()],"
                        + " env=dict(os.environ, PYTHONHASHSEED='42'), capture_output=True,"
                        + " text=True, timeout=30)\n"
                        + "sys.stdout.write(r.stdout)\n", script, 60);
        String[] expected = String.join(" ", lines).split(" ");
        long[] actual = {
            PyHashes.hashDouble(1.5, 0), PyHashes.hashDouble(-2.25e-310, 0),
            PyHashes.hashDouble(1e300, 0), PyHashes.hashBig(BigInteger.TWO.pow(100)),
            PyHashes.hashLong(Long.MIN_VALUE),
            PyHashes.hashTuple(new long[] {1, 2, 3}), PyHashes.hashTuple(new long[0]),
            PyHashes.hashTuple(new long[] {PyHashes.hashTuple(new long[0])}),
            PyHashes.hashComplex(1.5, 2.5, 0),
            PyHashes.hashFrozenset(new long[0]), PyHashes.hashFrozenset(new long[] {1, 2, 3}),
            PyHashes.hashStr(SEED_42, "a"), PyHashes.hashStr(SEED_42, "h\u00e9llo"),
            PyHashes.hashStr(SEED_42, "\u20ac"), PyHashes.hashStr(SEED_42, "\ud83d\ude00x"),
            PyHashes.hashBytes(SEED_42, "abcdefghij".getBytes(StandardCharsets.US_ASCII)),
            PyHashes.hashBytes(SEED_42, new byte[] {'x'}),
        };
        String hashInfo = PyHashes.WIDTH + " " + PyHashes.MODULUS + " " + PyHashes.INF + " "
                + PyHashes.NAN + " " + PyHashes.IMAG + " " + PyHashes.ALGORITHM + " "
                + PyHashes.HASH_BITS + " " + PyHashes.SEED_BITS + " " + PyHashes.CUTOFF;
        assertEquals(hashInfo, lines.get(lines.size() - 1), "sys.hash_info");
        assertEquals(actual.length + 9, expected.length, String.join(" ", lines));
        for (int i = 0; i < actual.length; i++) {
            assertEquals(expected[i], Long.toString(actual[i]), "value " + i);
        }
    }
}
