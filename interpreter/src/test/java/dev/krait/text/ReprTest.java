package dev.krait.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.unicode.UnicodeData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Repr} against CPython's {@code repr} on large batches: random doubles of every magnitude
 * (subnormals included) and short decimals, imaginary literals' complex values, every code point,
 * random strings and bytes with both kinds of quotes. The default run samples; with
 * {@code -Dkrait.heavy=true} it checks a million doubles and all code points.
 */
class ReprTest {
    private static final boolean HEAVY = Boolean.getBoolean("krait.heavy");

    private static final String FLOAT_SCRIPT = """
            import random, struct, sys
            rng = random.Random(int(sys.stdin.readline()))
            count = int(sys.stdin.readline())
            def bits(x):
                return struct.unpack('<q', struct.pack('<d', x))[0]
            special = [0.0, -0.0, float('inf'), -float('inf'), float('nan'), 5e-324, 1e16, 1e-4,
                       9999999999999998.0, 1e15, 123456789012345678.0, 0.0001, 0.00001, 2.0**53,
                       1e23, 2e-323, 1e22, 5e-310]
            for x in special:
                print(bits(x), repr(x), repr(complex(0, x)), sep='\\t')
            for i in range(count):
                k = i % 3
                if k == 0:
                    x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
                elif k == 1:
                    x = float('%.*e' % (rng.randrange(1, 18), rng.random()))
                    x *= 10.0 ** rng.randrange(-25, 25)
                else:
                    x = round(rng.uniform(-1e6, 1e6), rng.randrange(0, 8))
                print(bits(x), repr(x), repr(complex(0, x)), sep='\\t')
            """;

    @Test
    void floatAndImaginaryReprMatchCPython() {
        int count = HEAVY ? 1_000_000 : 10_000;
        List<String> lines = PythonBatch.run(FLOAT_SCRIPT, "42\n" + count + "\n", 600);
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            double x = Double.longBitsToDouble(Long.parseLong(f[0]));
            String actual = Repr.floatRepr(x) + "\t" + Repr.imaginaryRepr(x);
            String expected = f[1] + "\t" + f[2];
            if (!expected.equals(actual)) {
                mismatches.add(f[0] + ": expected " + expected + ", actual " + actual);
            }
        }
        assertEquals(count + 18, lines.size());
        assertEquals("", String.join("\n", first(mismatches)), mismatches.size() + " mismatches");
    }

    private static final String CODE_POINT_SCRIPT = """
            import sys
            step = int(sys.stdin.readline())
            for cp in range(0, 0x110000, step):
                print(cp, int(chr(cp).isprintable()), ascii(repr(chr(cp))), sep='\\t')
            """;

    /**
     * Every code point's repr. Where Krait's Unicode tables disagree with CPython's on whether a
     * code point is printable, the difference belongs to {@code UnicodeData}, not to Repr: those
     * are counted apart and must be the only differences.
     */
    @Test
    void strReprOfEveryCodePointMatchesCPython() {
        int step = HEAVY ? 1 : 29;
        List<String> lines = PythonBatch.run(CODE_POINT_SCRIPT, step + "\n", 300);
        List<String> mismatches = new ArrayList<>();
        int tableDifferences = 0;
        for (String line : lines) {
            String[] f = line.split("\t");
            int cp = Integer.parseInt(f[0]);
            String expected = unAscii(f[2]);
            String actual = Repr.strRepr(cp < 0x10000 ? String.valueOf((char) cp)
                    : Character.toString(cp));
            if (!expected.equals(actual)) {
                if ((cp >= 0x7f) && UnicodeData.isPrintable(cp) != f[1].equals("1")) {
                    tableDifferences++;
                } else {
                    mismatches.add(Integer.toHexString(cp) + ": expected " + expected
                            + ", actual " + actual);
                }
            }
        }
        System.out.println("ReprTest: " + tableDifferences
                + " code points differ only through UnicodeData.isPrintable");
        assertEquals((0x110000 + step - 1) / step, lines.size(), "code points checked");
        assertEquals("", String.join("\n", first(mismatches)), mismatches.size() + " mismatches");
    }

    private static final String MIXED_SCRIPT = """
            import random, sys
            rng = random.Random(7)
            alphabet = ['a', "'", '"', '\\\\', '\\n', '\\t', '\\r', '\\x00', '\\x7f', '\\x80',
                        '\\xff',
                        '\\u20ac', '\\ud800', '\\udfff', '\\U0001f600', '\\u2028', ' ', '\\xa0']
            for i in range(int(sys.stdin.readline())):
                s = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(0, 8)))
                b = bytes(rng.choice([39, 34, 92, 10, 9, 13, 0, 127, 128, 255, 97, 32])
                          for _ in range(rng.randrange(0, 8)))
                print(ascii(s), ascii(repr(s)), b.hex(), ascii(repr(b)), sep='\\t')
            for i in range(256):
                b = bytes([i])
                print(ascii(''), ascii(repr('')), b.hex(), ascii(repr(b)), sep='\\t')
            """;

    @Test
    void mixedStrAndBytesReprMatchCPython() {
        List<String> lines = PythonBatch.run(MIXED_SCRIPT, "5000\n", 60);
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            // As code points: a Java String would join an escaped surrogate pair into one.
            int[] s = codePoints(f[0]);
            byte[] b = java.util.HexFormat.of().parseHex(f[2]);
            String actual = Repr.strRepr(s) + "\t" + Repr.bytesRepr(b);
            String expected = unAscii(f[1]) + "\t" + unAscii(f[3]);
            if (!expected.equals(actual)) {
                mismatches.add(f[0] + " / " + f[2] + ": expected " + expected + ", actual "
                        + actual);
            }
        }
        assertEquals(5256, lines.size());
        assertEquals("", String.join("\n", first(mismatches)), mismatches.size() + " mismatches");
    }

    /**
     * The code points of a str shown by {@code ascii()}, each escape one code point (so an
     * escaped surrogate pair stays two).
     */
    private static int[] codePoints(String ascii) {
        List<Integer> out = new ArrayList<>();
        String body = ascii.substring(1, ascii.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.add((int) c);
                continue;
            }
            char n = body.charAt(++i);
            switch (n) {
                case 'x' -> { out.add(Integer.parseInt(body.substring(i + 1, i + 3), 16));
                    i += 2; }
                case 'u' -> { out.add(Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4; }
                case 'U' -> { out.add(Integer.parseInt(body.substring(i + 1, i + 9), 16));
                    i += 8; }
                case 'n' -> out.add((int) '\n');
                case 't' -> out.add((int) '\t');
                case 'r' -> out.add((int) '\r');
                default -> out.add((int) n);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<String> first(List<String> list) {
        return list.subList(0, Math.min(20, list.size()));
    }

    /**
     * Undoes Python's {@code ascii()} of a str, which keeps the output ASCII: the quotes around it
     * and its backslash escapes.
     */
    static String unAscii(String quoted) {
        String body = quoted.substring(1, quoted.length() - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char n = body.charAt(++i);
            switch (n) {
                case 'x' -> { sb.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
                    i += 2; }
                case 'u' -> { sb.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4; }
                case 'U' -> { sb.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9),
                        16)); i += 8; }
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }
}
