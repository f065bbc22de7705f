package dev.krait.modules.cjk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.differential.CPythonOracle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each CJK codec against CPython 3.11 over its whole code space: every single byte, every
 * two-byte sequence with a high first byte, the three-, four- and eight-byte sequences of the
 * codecs that have them (all of euc_jp's 0x8F plane, gb18030's BMP block and samples of the
 * rest, euc_kr's make-up sequences), and every BMP and plane-2 code point (and a sample of the
 * other planes) encoded alone. Strict decoding and encoding must give the same text or bytes,
 * or fail at the same span with the same reason; this is what proves the tables read from the
 * JDK plus the override lists are CPython's. One python3 process answers each codec's batch.
 * With {@code -Dkrait.cjk.diffs=DIR} every difference is written to {@code DIR/<codec>.txt}
 * (input, CPython's answer, Krait's), which is how the override lists were found.
 */
class CjkCodecsDifferentialTest {
    private static final long TIMEOUT_SECONDS = 120;
    private static final HexFormat HEX = HexFormat.of();

    /** Answers one line per input line: "d HEX" decodes bytes, "e HEX" encodes a code point. */
    private static final String DRIVER = """
            import sys, codecs
            codec = sys.argv[1]
            out = []
            for line in sys.stdin:
                op, arg = line.split()
                try:
                    if op == 'd':
                        r = codecs.decode(bytes.fromhex(arg), codec)
                        out.append('.'.join('%x' % ord(c) for c in r))
                    else:
                        text = ''.join(chr(int(h, 16)) for h in arg.split(','))
                        out.append(codecs.encode(text, codec).hex())
                except UnicodeError as e:
                    out.append('!%d,%d,%s' % (e.start, e.end, e.reason))
            sys.stdout.write('\\n'.join(out) + '\\n')
            """;

    @ParameterizedTest(name = "{1}")
    @CsvSource({"jp, shift_jis", "jp, cp932", "jp, euc_jp", "kr, euc_kr", "kr, cp949",
        "kr, johab", "cn, gb2312", "cn, gbk", "cn, gb18030", "tw, big5", "tw, cp950",
        "cn, hz", "iso2022, iso2022_kr", "iso2022, iso2022_jp", "iso2022, iso2022_jp_1",
        "iso2022, iso2022_jp_2", "iso2022, iso2022_jp_ext", "jp, euc_jis_2004",
        "jp, euc_jisx0213", "jp, shift_jis_2004", "jp, shift_jisx0213",
        "iso2022, iso2022_jp_2004", "iso2022, iso2022_jp_3", "hk, big5hkscs"})
    void wholeCodeSpaceMatchesCPython(String module, String name) throws Exception {
        CjkCodec codec = CjkCodecs.find(module, name);
        List<String> inputs = inputs(name);
        List<String> expected = runCPython(name, inputs);
        assertEquals(inputs.size(), expected.size(), "python3 answered every input");
        List<String> diffs = new ArrayList<>();
        List<String> all = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < inputs.size(); i++) {
            String in = inputs.get(i);
            String mine = in.charAt(0) == 'd' ? decode(codec, HEX.parseHex(in.substring(2)))
                    : encode(codec, codePoints(in.substring(2)));
            if (!mine.equals(expected.get(i))) {
                count++;
                all.add(in + " " + expected.get(i) + " " + mine);
                if (diffs.size() < 40) {
                    diffs.add(in + "  cpython=" + expected.get(i) + "  krait=" + mine);
                }
            }
        }
        String dump = System.getProperty("krait.cjk.diffs");
        if (dump != null) {
            Files.write(Path.of(dump, name + ".txt"), all, StandardCharsets.UTF_8);
        }
        assertTrue(diffs.isEmpty(), count + " differences, first:\n" + String.join("\n", diffs));
    }

    /** Escape sequences (hex) after which each stateful codec's sets are read in full. */
    private static final Map<String, List<String>> PREFIXES = Map.of(
            "hz", List.of("7e7b"),
            "iso2022_kr", List.of("1b2429430e"),
            "iso2022_jp", List.of("1b2442", "1b2440", "1b284a"),
            "iso2022_jp_1", List.of("1b2442", "1b242844"),
            "iso2022_jp_2", List.of("1b2442", "1b242844", "1b242843", "1b242841", "1b284a"),
            "iso2022_jp_ext", List.of("1b2442", "1b242844", "1b2849", "1b284a"),
            "iso2022_jp_2004", List.of("1b2442", "1b242851", "1b242850"),
            "iso2022_jp_3", List.of("1b2442", "1b24284f", "1b242850"));

    /** The inputs of one codec's batch. */
    private static List<String> inputs(String name) {
        List<String> in = new ArrayList<>();
        for (int b = 0; b < 0x100; b++) {
            in.add(String.format("d %02x", b));
        }
        for (int a = 0x80; a < 0x100; a++) {
            for (int b = 0; b < 0x100; b++) {
                in.add(String.format("d %02x%02x", a, b));
            }
        }
        if (name.contains("jis_2004") || name.contains("jisx0213") || name.endsWith("jp_2004")
                || name.endsWith("jp_3")) {
            Jisx0213Tables t = Jisx0213Tables.get();
            for (int c = 0; c < 0x10000; c++) {
                if (t.pairStart[c]) {
                    for (int second : new int[] {'a', 0x309a, 0x300, 0x301, 0x2e5, 0x2e9}) {
                        in.add(String.format("e %x,%x", c, second));
                    }
                }
            }
        }
        if (name.equals("big5hkscs")) {
            for (int c : new int[] {0xca, 0xea}) {
                for (int second : new int[] {'a', 0x304, 0x30c, 0x300}) {
                    in.add(String.format("e %x,%x", c, second));
                }
            }
        }
        if (name.equals("euc_jp") || name.startsWith("euc_jis")) {
            for (int a = 0x80; a < 0x100; a++) {
                for (int b = 0x80; b < 0x100; b++) {
                    in.add(String.format("d 8f%02x%02x", a, b));
                }
            }
        }
        if (name.equals("gb18030")) {
            for (int a = 0x80; a < 0x100; a++) {
                boolean bmp = a >= 0x81 && a <= 0x84;
                for (int b = 0x30; b <= 0x39; b++) {
                    if (!bmp && b != 0x30 && b != 0x39) {
                        continue;
                    }
                    for (int c = 0x80; c < 0x100; c++) {
                        for (int d = 0x30; d <= 0x39; d++) {
                            if (bmp || d == 0x30 || d == 0x39) {
                                in.add(String.format("d %02x%02x%02x%02x", a, b, c, d));
                            }
                        }
                    }
                }
            }
        }
        if (name.equals("euc_kr")) {
            for (int x = 0xA0; x <= 0xBF; x++) {
                for (int y = 0xBE; y <= 0xD4; y++) {
                    for (int z = 0xA0; z <= 0xD4; z += (z < 0xBF ? 1 : 0xD4 - 0xBF)) {
                        in.add(String.format("d a4d4a4%02xa4%02xa4%02x", x, y, z));
                    }
                }
            }
            in.add("d a4d4a4a1a4bf");
            in.add("d a4d4a1a1a4bfa4d4");
        }
        for (String prefix : PREFIXES.getOrDefault(name, List.of())) {
            for (int a = 0x20; a < 0x80; a++) {
                for (int b = 0x20; b < 0x80; b++) {
                    in.add(String.format("d %s%02x%02x", prefix, a, b));
                }
                in.add(String.format("d %s%02x", prefix, a));
            }
        }
        if (name.startsWith("iso2022")) {
            for (int a = 0; a < 0x100; a++) {
                in.add(String.format("d 1b%02x", a));
                for (char c : "()$.&N".toCharArray()) {
                    in.add(String.format("d 1b%02x%02x", (int) c, a));
                }
                in.add(String.format("d 1b2428%02x", a));
                in.add(String.format("d 1b2429%02x", a));
                in.add(String.format("d 1b2e411b4e%02x", a));
                in.add(String.format("d 1b2e461b4e%02x", a));
                in.add(String.format("d 1b26401b24%02x", a));
                in.add(String.format("d 0e%02x", a));
            }
        }
        for (int cp = 0; cp < 0x110000; cp++) {
            if (cp < 0x10000 || cp >> 16 == 2 || cp % 251 == 0) {
                in.add(String.format("e %x", cp));
            }
        }
        return in;
    }

    /** Krait's strict decoding of {@code data}, in the driver's notation. */
    private static String decode(CjkCodec codec, byte[] data) {
        byte[] state = new byte[8];
        codec.decodeInit(state);
        DecodeBuffer buf = new DecodeBuffer(data);
        int r = data.length == 0 ? 0 : codec.decode(state, buf);
        if (r > 0) {
            return "!" + buf.pos + "," + (buf.pos + r) + "," + MultibyteCoding.ILLEGAL;
        }
        if (r == CjkCodec.TOOFEW) {
            return "!" + buf.pos + "," + data.length + "," + MultibyteCoding.INCOMPLETE;
        }
        StringBuilder sb = new StringBuilder();
        for (int cp : buf.result()) {
            sb.append(sb.isEmpty() ? "" : ".").append(Integer.toHexString(cp));
        }
        return sb.toString();
    }

    private static int[] codePoints(String hexList) {
        String[] parts = hexList.split(",");
        int[] cps = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            cps[i] = Integer.parseInt(parts[i], 16);
        }
        return cps;
    }

    /** Krait's strict encoding of code points {@code cps}, in the driver's notation. */
    private static String encode(CjkCodec codec, int[] cps) {
        byte[] state = new byte[8];
        codec.encodeInit(state);
        EncodeBuffer buf = new EncodeBuffer(cps);
        int r = codec.encode(state, buf, CjkCodec.FLUSH | CjkCodec.RESET);
        if (r > 0) {
            return "!" + buf.pos + "," + (buf.pos + r) + "," + MultibyteCoding.ILLEGAL;
        }
        if (r != 0) {
            return "!" + buf.pos + "," + (2 * buf.pos) + "," + MultibyteCoding.INCOMPLETE;
        }
        if (codec.hasEncodeReset() && codec.encodeReset(state, buf) != 0) {
            return "!reset";
        }
        return HEX.formatHex(buf.result());
    }

    private static List<String> runCPython(String codec, List<String> inputs)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("krait-cjk", ".py");
        Path in = Files.createTempFile("krait-cjk", ".in");
        Path out = Files.createTempFile("krait-cjk", ".out");
        try {
            Files.writeString(script, DRIVER, StandardCharsets.UTF_8);
            Files.write(in, inputs, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(CPythonOracle.pythonCommand(), "-X", "utf8",
                    script.toString(), codec)
                    .redirectInput(in.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("python3 timed out after " + TIMEOUT_SECONDS + " s");
            }
            assertEquals(0, process.exitValue(), "python3 failed");
            return Files.readAllLines(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }
}
