package dev.krait.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Normalization of combining sequences equals CPython 3.11's in all four forms, and so does
 * {@code is_normalized}: python3 builds the cases (every primary
 * composite from its pair, with marks of lower, equal and higher combining class between the
 * pair, jamo sequences, and seeded random strings over the characters normalization cares
 * about) and prints each with its four normal forms and is_normalized answers.
 */
class NormalizationSequencesTest {
    private static final String PYTHON = """
            import random, unicodedata as u
            MAX = 0x110000
            FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')
            def ok(cp):
                return not 0xD800 <= cp < 0xE000
            marks = [cp for cp in range(MAX) if u.combining(chr(cp)) and ok(cp)]
            pairs = []
            for cp in range(MAX):
                d = u.decomposition(chr(cp))
                if d and not d.startswith('<') and len(d.split()) == 2:
                    a, b = (int(x, 16) for x in d.split())
                    if u.normalize('NFC', chr(a) + chr(b)) == chr(cp):
                        pairs.append((a, b))
            compat = [cp for cp in range(MAX)
                      if ok(cp) and u.decomposition(chr(cp)).startswith('<')]
            jamo = list(range(0x1100, 0x1200)) + list(range(0xAC00, 0xAC40)) + [0xD7A3, 0xD7A4]
            cases = []
            rng = random.Random(3110)
            by_class = {}
            for m in marks:
                by_class.setdefault(u.combining(chr(m)), []).append(m)
            classes = sorted(by_class)
            for a, b in pairs:
                cases.append([a, b])
                cb = u.combining(chr(b))
                for k in (classes[0], cb, classes[-1], rng.choice(classes)):
                    cases.append([a, rng.choice(by_class.get(k, marks)), b])
                cases.append([a, b, b, 0x41, b])
                cases.append([a, 0x61, b])
            pool = marks + [p[0] for p in pairs] + [p[1] for p in pairs] + compat + jamo \\
                + list(range(0x41, 0x7b))
            for i in range(40000):
                cases.append([rng.choice(pool) for _ in range(rng.randint(2, 8))])
            for i in range(5000):
                cases.append([rng.choice(jamo) for _ in range(rng.randint(2, 6))])
            out = []
            for case in cases:
                s = ''.join(map(chr, case))
                line = [' '.join('%X' % cp for cp in case)]
                for form in FORMS:
                    line.append(' '.join('%X' % ord(c) for c in u.normalize(form, s)))
                    line.append('1' if u.is_normalized(form, s) else '0')
                out.append(';'.join(line))
            print('\\n'.join(out))
            """;

    @Test
    void sequencesNormalizeAsInCPython() {
        String[] lines = Python3.run(PYTHON, "").split("\n");
        assertTrue(lines.length > 50000, "python3 made " + lines.length + " cases");
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (String line : lines) {
            String[] fields = line.split(";", -1);
            String input = string(fields[0]);
            StringBuilder actual = new StringBuilder(fields[0]);
            for (NormalizationForm form : NormalizationForm.values()) {
                actual.append(';').append(hexes(UnicodeData.normalize(form, input)))
                        .append(';').append(UnicodeData.isNormalized(form, input) ? '1' : '0');
            }
            if (!line.contentEquals(actual) && failures++ < 10) {
                report.append("\n  CPython ").append(line).append("\n  Krait   ").append(actual);
            }
        }
        assertEquals(0, failures, "normalization differs from CPython "
                + "(input;NFC;is;NFD;is;NFKC;is;NFKD;is):" + report);
    }

    @Test
    void unchangedTextIsReturnedItself() {
        String ascii = "plain_identifier_42";
        assertSame(ascii, UnicodeData.normalizeNfkc(ascii));
        String composed = "caf\u00e9 \uac00";
        assertSame(composed, UnicodeData.normalizeNfkc(composed));
        assertEquals("", UnicodeData.normalizeNfkc(""));
    }

    private static String string(String hexes) {
        if (hexes.isEmpty()) {
            return "";
        }
        int[] cps = Arrays.stream(hexes.split(" ")).mapToInt(h -> Integer.parseInt(h, 16))
                .toArray();
        return new String(cps, 0, cps.length);
    }

    private static String hexes(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(out.isEmpty() ? "" : " ")
                .append(Integer.toHexString(cp).toUpperCase()));
        return out.toString();
    }
}
