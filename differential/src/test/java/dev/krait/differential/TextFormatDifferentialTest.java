package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.krait.text.BuiltinFormat;
import dev.krait.text.FloatHex;
import dev.krait.text.FloatText;
import dev.krait.text.IntText;
import dev.krait.text.NumberRounding;
import dev.krait.text.PercentConversion;
import dev.krait.text.PercentFormat;
import dev.krait.text.Repr;
import dev.krait.text.TextFormatError;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text algorithms of {@code dev.krait.text} against CPython 3.11 on thousands of seeded random
 * cases: {@code format()} of int, float, complex and str, {@code %}-formatting, {@code float(str)},
 * {@code int(str, base)}, {@code round}, {@code float.hex}/{@code fromhex},
 * {@code as_integer_ratio}, {@code str(int)} under the digit limit, float and complex repr.
 * Every answer is either the same text or the same exception type and message. CPython answers
 * the whole batch in one run of {@code text_format_oracle.py}.
 */
class TextFormatDifferentialTest {
    /** The seed; {@code -Dkrait.textfmt.seed=N} explores other cases. */
    private static final long SEED = Long.getLong("krait.textfmt.seed", 20261126L);
    /** How many times the default number of cases; {@code -Dkrait.textfmt.scale=N}. */
    private static final int SCALE = Integer.getInteger("krait.textfmt.scale", 1);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_STR_DIGITS = 4300;

    @TempDir
    Path dir;

    @Test
    void textAlgorithmsMatchCPython() throws IOException {
        TextFormatCases gen = new TextFormatCases(SEED);
        generate(gen);
        List<List<String>> cases = gen.cases;
        Path input = dir.resolve("cases.tsv");
        StringBuilder text = new StringBuilder();
        for (List<String> c : cases) {
            text.append(String.join("\t", c)).append('\n');
        }
        Files.writeString(input, text, StandardCharsets.UTF_8);
        Path script = dir.resolve("text_format_oracle.py");
        try (InputStream in = getClass().getResourceAsStream("text_format_oracle.py")) {
            Files.write(script, in.readAllBytes());
        }
        PythonRun.Result run = PythonRun.runFile(script, TIMEOUT, input.toString());
        assertFalse(run.timedOut(), "python3 timed out");
        assertEquals(0, run.exitCode(), run.stderr());
        String[] answers = run.stdout().split("\n");
        assertEquals(cases.size(), answers.length, "one answer per case");

        Map<String, int[]> counts = new TreeMap<>();
        int errors = 0;
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            List<String> c = cases.get(i);
            String actual = evaluate(c);
            int[] count = counts.computeIfAbsent(c.get(0), k -> new int[3]);
            count[0]++;
            if (answers[i].startsWith("ERR")) {
                errors++;
                count[2]++;
            }
            if (!actual.equals(answers[i])) {
                count[1]++;
                mismatches.add(describe(c) + "\n    CPython: " + show(answers[i])
                        + "\n    Krait:   " + show(actual));
            }
        }
        StringBuilder summary = new StringBuilder("cases compared (" + errors
                + " of them errors in CPython; kind: total/errors/mismatched):");
        counts.forEach((k, v) -> summary.append(' ').append(k).append(": ").append(v[0])
                .append('/').append(v[2]).append('/').append(v[1]));
        System.out.println(summary);
        assertEquals("", String.join("\n", mismatches.subList(0, Math.min(25, mismatches.size()))),
                mismatches.size() + " mismatches; " + summary);
    }

    private static void generate(TextFormatCases gen) {
        fixedPercentCases(gen);
        for (int round = 0; round < SCALE; round++) {
            generateRound(gen);
        }
    }

    /** Hand-picked %-formatting cases: each error of the parser and of the conversions. */
    private static void fixedPercentCases(TextFormatCases gen) {
        Object[][] cases = {
            {""}, {"%"}, {"abc%"}, {"%("}, {"%(a)s"}, {"%5", 1}, {"%.5", 1}, {"%-", 1},
            {"%y", 1}, {"ab%\u20ac", 1}, {"%d"}, {"%d %d", 1}, {"%d", 1, 2}, {"%*d", "x", 5},
            {"%*d|", -5, 3}, {"%.*f", -2, 1.5}, {"%.*f", 3}, {"%c", 0x110000}, {"%c", -1},
            {"%c", "ab"}, {"%c", 1.5}, {"%c", BigInteger.TWO.pow(70)}, {"%5c|%-3c|", 0x1F600, "e"},
            {"%x", 1.5}, {"%d", "a"}, {"%f", "a"}, {"%d", Double.POSITIVE_INFINITY},
            {"%d", Double.NaN}, {"%d", 2.7}, {"%#o %#x %#X", 8, 255, 255}, {"%+#010x", -255},
            {"%-#10x|", 255}, {"%#5.3o", 8}, {"%08.3f", -1.5}, {"% d", 5}, {"%+s", "a"},
            {"%.2s", "h\u00e9llo"}, {"%10.3r", "x"}, {"%a", "\u00e9\ud83d\ude00"},
            {"%%%d%%", 5}, {"%5%"}, {"%5%", 1}, {"%hd %ld %Ld", 1, 2, 3},
            {"%.0e %#.0e %.0f %#.0f %g %#g", 2.5, 2.5, 2.5, 2.5, 1e-5, 1.0}, {"%i %u", -3, 4},
            {"%s", BigInteger.TEN.pow(5000)}, {"%d", BigInteger.TEN.pow(5000)},
            {"%x", BigInteger.TEN.pow(500)}, {"%.3000d", 7}, {"%0-8d|", 42}, {"%-08.3f|", 1.0},
            {"%#.3x", 1}, {"%+.0f", -0.4}, {"%05s", "ab"}, {"%05c", "a"}, {"%.5d", -42},
            {"%#X", -0xabc}, {"%e", BigInteger.TEN.pow(400)}, {"%ld%", 1}, {"%.2147483648f", 1.0},
            {"%99999999999999999999d", 1}, {"%\ud83d\ude00", 1}, {"%s %r %a", 1.5, 1.5, -0.0},
        };
        for (Object[] c : cases) {
            List<String> fields = new ArrayList<>();
            fields.add("pc");
            fields.add(TextFormatCases.encode(unescape((String) c[0])));
            for (int i = 1; i < c.length; i++) {
                fields.add(token(c[i]));
            }
            gen.add(fields.toArray(String[]::new));
        }
        String[][] mappingCases = {{"%(a)s %(b)05d", "a", "x", "b", "5"}, {"%(a)*d", "a", "3"},
            {"%(c)s", "a", "1"}, {"%(a", "a", "1"}, {"%(a(b))s", "a(b)", "ok"},
            {"%(a)s %s", "a", "1"}, {"%()s", "", "empty"}, {"%(a)", "a", "1"},
            {"%(a)y", "a", "1"}, {"%(a)d", "a", "x"}};
        for (String[] c : mappingCases) {
            List<String> fields = new ArrayList<>();
            fields.add("pm");
            fields.add(TextFormatCases.encode(c[0]));
            for (int i = 1; i < c.length; i += 2) {
                Object v = c[i + 1].matches("-?\\d+") ? (Object) new BigInteger(c[i + 1])
                        : c[i + 1];
                fields.add(TextFormatCases.encode(c[i]) + "=" + token(v));
            }
            gen.add(fields.toArray(String[]::new));
        }
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    private static String token(Object v) {
        if (v instanceof Integer n) {
            return "i:" + n;
        }
        if (v instanceof BigInteger n) {
            return "i:" + n;
        }
        if (v instanceof Double d) {
            return "f:" + TextFormatCases.bits(d);
        }
        return "s:" + TextFormatCases.encode(unescape((String) v));
    }

    private static void generateRound(TextFormatCases gen) {
        for (int i = 0; i < 3000; i++) {
            gen.add("fi", gen.anInt().toString(),
                    TextFormatCases.encode(gen.aSpec("bcdoxXneEfFgG%s")));
        }
        for (int i = 0; i < 4000; i++) {
            gen.add("ff", TextFormatCases.bits(gen.aDouble()),
                    TextFormatCases.encode(gen.aSpec("eEfFgGn%d")));
        }
        for (int i = 0; i < 2000; i++) {
            // Correct rounding at every precision the 128-bit fast path covers, and past it.
            String spec = "." + gen.nextInt(0, 21) + "efg".charAt(gen.nextInt(3));
            gen.add("ff", TextFormatCases.bits(gen.aDouble()), TextFormatCases.encode(spec));
        }
        for (int i = 0; i < 1000; i++) {
            gen.add("fc", TextFormatCases.bits(gen.aDouble()), TextFormatCases.bits(gen.aDouble()),
                    TextFormatCases.encode(gen.aSpec("eEfFgGn%")));
        }
        for (int i = 0; i < 1000; i++) {
            gen.add("fs", TextFormatCases.encode(gen.aString(10)),
                    TextFormatCases.encode(gen.aStrSpec()));
        }
        for (int i = 0; i < 3000; i++) {
            gen.aPercentCase(false);
        }
        for (int i = 0; i < 1000; i++) {
            gen.aPercentCase(true);
        }
        for (int i = 0; i < 2000; i++) {
            gen.add("pf", TextFormatCases.encode(gen.aFloatText()));
        }
        for (int i = 0; i < 1000; i++) {
            gen.add("pz", TextFormatCases.encode(gen.aComplexText()));
        }
        for (int i = 0; i < 2000; i++) {
            int base = new int[] {0, 10, 10, 16, 2, 8, 36, 7, 1, 37}[gen.nextInt(10)];
            int limit = gen.nextInt(4) == 0 ? 0 : MAX_STR_DIGITS;
            gen.add("pi", TextFormatCases.encode(gen.anIntText(base)), Integer.toString(base),
                    Integer.toString(limit));
        }
        for (int i = 0; i < 2000; i++) {
            gen.add("rd", TextFormatCases.bits(gen.aDouble()),
                    Integer.toString(gen.nextInt(-330, 340)));
            gen.add("rd", TextFormatCases.bits(gen.aDouble()),
                    Integer.toString(gen.nextInt(-3, 8)));
            if (i % 50 == 0) {
                double big = Double.MAX_VALUE / (1 << gen.nextInt(4));
                gen.add("rd", TextFormatCases.bits(gen.nextInt(2) == 0 ? big : -big),
                        Integer.toString(gen.nextInt(-309, -300)));
            }
        }
        for (int i = 0; i < 500; i++) {
            gen.add("rn", TextFormatCases.bits(gen.aDouble()));
            gen.add("ri", gen.anInt().toString(), Integer.toString(gen.nextInt(-40, 3)));
            gen.add("ir", TextFormatCases.bits(gen.aDouble()));
            gen.add("si", gen.anIntNearLimit().toString(), gen.nextInt(3) == 0 ? "0" : "4300");
        }
        for (int i = 0; i < 1000; i++) {
            gen.add("mp", TextFormatCases.encode(gen.aMarkup()));
            gen.add("mn", TextFormatCases.encode(gen.aFieldName()));
            gen.add("sf", TextFormatCases.encode(gen.aMarkup()),
                    Integer.toString(gen.nextInt(-99, 99)),
                    Integer.toString(gen.nextInt(0, 30)), Integer.toString(gen.nextInt(-5, 5)));
        }
        for (int i = 0; i < 1000; i++) {
            gen.add("hx", TextFormatCases.bits(gen.aDouble()));
            gen.add("fh", TextFormatCases.encode(gen.aHexText()));
            gen.add("rp", TextFormatCases.bits(gen.aDouble()), TextFormatCases.bits(gen.aDouble()));
        }
    }

    /** Krait's answer in the oracle's encoding. */
    private static String evaluate(List<String> c) {
        try {
            return "OK\t" + TextFormatCases.encode(compute(c));
        } catch (TextFormatError e) {
            return "ERR\t" + e.pythonType() + "\t" + TextFormatCases.encode(e.getMessage());
        } catch (RuntimeException e) {
            return "JAVA\t" + e;
        }
    }

    private static String compute(List<String> c) {
        String a = c.size() > 1 ? c.get(1) : null;
        String b = c.size() > 2 ? c.get(2) : null;
        return switch (c.get(0)) {
            case "fi" -> BuiltinFormat.formatInt(new BigInteger(a), TextFormatCases.decode(b),
                    "int", MAX_STR_DIGITS);
            case "ff" -> BuiltinFormat.formatFloat(TextFormatCases.decodeDouble(a),
                    TextFormatCases.decode(b), "float");
            case "fc" -> BuiltinFormat.formatComplex(TextFormatCases.decodeDouble(a),
                    TextFormatCases.decodeDouble(b), TextFormatCases.decode(c.get(3)), "complex");
            case "fs" -> BuiltinFormat.formatStr(TextFormatCases.decode(a),
                    TextFormatCases.decode(b), "str");
            case "pc" -> PercentDriver.format(TextFormatCases.decode(a), c.subList(2, c.size()));
            case "pb" -> PercentDriver.formatBytes(TextFormatCases.decode(a),
                    c.subList(2, c.size()));
            case "pm" -> PercentDriver.formatMapping(TextFormatCases.decode(a),
                    c.subList(2, c.size()));
            case "mp" -> MarkupDriver.parserRepr(TextFormatCases.decode(a));
            case "mn" -> MarkupDriver.fieldNameSplitRepr(TextFormatCases.decode(a));
            case "sf" -> MarkupDriver.format(TextFormatCases.decode(a),
                    c.subList(2, c.size()).stream().map(BigInteger::new).toList());
            case "pf" -> Repr.floatRepr(FloatText.parse(TextFormatCases.decode(a)));
            case "pz" -> {
                double[] z = FloatText.parseComplex(TextFormatCases.decode(a));
                yield Repr.complexRepr(z[0], z[1]);
            }
            case "pi" -> IntText.parse(TextFormatCases.decode(a), Integer.parseInt(b),
                    Integer.parseInt(c.get(3))).toString();
            case "rd" -> Repr.floatRepr(NumberRounding.round(TextFormatCases.decodeDouble(a),
                    Long.parseLong(b)));
            case "rn" -> NumberRounding.toBigInteger(
                    NumberRounding.roundHalfEven(TextFormatCases.decodeDouble(a))).toString();
            case "ri" -> NumberRounding.roundInt(new BigInteger(a), Long.parseLong(b)).toString();
            case "ir" -> {
                BigInteger[] r = NumberRounding.asIntegerRatio(TextFormatCases.decodeDouble(a));
                yield r[0] + "/" + r[1];
            }
            case "si" -> IntText.toDecimal(new BigInteger(a), Integer.parseInt(b));
            case "hx" -> FloatHex.hex(TextFormatCases.decodeDouble(a));
            case "fh" -> Repr.floatRepr(FloatHex.fromhex(TextFormatCases.decode(a)));
            case "rp" -> Repr.floatRepr(TextFormatCases.decodeDouble(a)) + " "
                    + Repr.complexRepr(TextFormatCases.decodeDouble(a),
                            TextFormatCases.decodeDouble(b));
            default -> throw new IllegalArgumentException(c.get(0));
        };
    }

    private static String describe(List<String> c) {
        StringBuilder sb = new StringBuilder(c.get(0));
        for (String field : c.subList(1, c.size())) {
            sb.append(" | ").append(field.length() > 80 ? field.substring(0, 80) + "..." : field);
            if (field.contains(".") || field.equals("~")) {
                try {
                    String decoded = TextFormatCases.decode(field);
                    sb.append(" (").append(Repr.strRepr(decoded.length() > 60
                            ? decoded.substring(0, 60) + "..." : decoded)).append(')');
                } catch (RuntimeException e) {
                    // not an encoded string
                }
            }
        }
        return sb.toString();
    }

    private static String show(String answer) {
        String[] f = answer.split("\t");
        StringBuilder sb = new StringBuilder(f[0]);
        for (int i = 1; i < f.length; i++) {
            String shown = f[i];
            try {
                shown = Repr.strRepr(TextFormatCases.decode(f[i]));
            } catch (RuntimeException e) {
                // a type name
            }
            sb.append(' ').append(shown.length() > 200 ? shown.substring(0, 200) + "..." : shown);
        }
        return sb.toString();
    }
}
