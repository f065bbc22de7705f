package dev.krait.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DecimalToDouble} against CPython's float() on hard and common texts (near the half-way
 * points between doubles, 16 to 19 digits, the ends of the range, every syntax form), and
 * against {@code Double.parseDouble} (correctly rounded, as CPython's strtod) on a million
 * random texts of every magnitude.
 */
class DecimalToDoubleTest {
    private static double parse(String s) {
        return DecimalToDouble.parse(s, 0, s.length());
    }

    /** Texts whose rounding is hard: half-way points, cut to 19 digits and nudged. */
    private static List<String> hardTexts(SplittableRandom random, int n) {
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double d = Math.abs(Double.longBitsToDouble(random.nextLong()));
            if (Double.isNaN(d) || Double.isInfinite(d) || d == Double.MAX_VALUE) {
                continue;
            }
            BigDecimal half = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d)))
                    .divide(BigDecimal.valueOf(2));
            String digits = half.unscaledValue().toString();
            int exponent = -half.scale();
            for (int cut = 16; cut <= 19 && cut <= digits.length(); cut++) {
                long head = Long.parseUnsignedLong(digits.substring(0, cut));
                int e = exponent + digits.length() - cut;
                for (long delta = -1; delta <= 1; delta++) {
                    texts.add(Long.toUnsignedString(head + delta) + "e" + e);
                }
            }
            texts.add(half.toString());
        }
        return texts;
    }

    @Test
    void matchesCPythonOnHardAndPlainTexts() {
        SplittableRandom random = new SplittableRandom(20261127);
        List<String> texts = new ArrayList<>(List.of("0", "-0", "0.0", "-0.0e5", "+1.5", ".5",
            "5.", "1e5", "1E+05", "1e-05", "00012.50", "0.000123", "123456789012345678",
            "1234567890123456789", "12345678901234567890", "9999999999999999999",
            "0.1", "0.2", "0.3", "12.345000000000001", "-22.222", "1e22", "1e23", "1e-22",
            "1e-23", "9007199254740993", "9007199254740992.5", "1.7976931348623157e308",
            "1.7976931348623158e308", "1.7976931348623159e308", "2.2250738585072011e-308",
            "2.2250738585072014e-308", "4.9e-324", "2.4703282292062328e-324", "1e-400",
            "1e400", "1e-342", "1e-343", "1e308", "1e309", "123e-350", "7e-345",
            "0.000000000000000000000000000000001"));
        texts.addAll(hardTexts(random, 300));
        for (int k = 0; k < 300; k++) {
            texts.add(Double.toString(Math.abs(Double.longBitsToDouble(random.nextLong()))));
            texts.add(random.nextLong(1, Long.MAX_VALUE) + "e" + random.nextInt(-360, 330));
        }
        CPythonCases cases = new CPythonCases();
        for (String text : texts) {
            if (text.contains("NaN") || text.contains("Infinity")) {
                continue;
            }
            cases.add("repr(float('" + text + "'))", () -> Repr.floatRepr(parse(text)));
        }
        cases.assertAllMatch();
    }

    @Test
    void matchesParseDoubleOnRandomTexts() {
        SplittableRandom random = new SplittableRandom(42);
        List<String> texts = hardTexts(random, 20_000);
        for (int k = 0; k < 400_000; k++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                texts.add(Double.toString(d));
                texts.add(String.format("%.16e", d));
            }
            long digits = random.nextLong(1, Long.MAX_VALUE) >>> random.nextInt(64);
            texts.add(digits + "e" + random.nextInt(-345, 312));
            texts.add("0." + digits);
            // repr's form of the benchmark's numbers: a few digits after the point
            texts.add(random.nextInt(100_000) + "." + random.nextInt(1000));
        }
        int wrong = 0;
        StringBuilder first = new StringBuilder();
        for (String text : texts) {
            long expected = Double.doubleToRawLongBits(Double.parseDouble(text));
            long actual = Double.doubleToRawLongBits(parse(text));
            if (expected != actual && wrong++ < 10) {
                first.append(text).append(' ');
            }
        }
        assertEquals("", first.toString(), wrong + " of " + texts.size() + " differ");
    }

    @Test
    void readsOnlyTheGivenRange() {
        assertEquals(12.5, DecimalToDouble.parse("[12.5]", 1, 5));
        assertEquals(-3e-7, DecimalToDouble.parse("x-3e-7,", 1, 6));
    }
}
