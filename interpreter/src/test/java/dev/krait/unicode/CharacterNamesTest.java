package dev.krait.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Names resolve as CPython 3.11 resolves them: {@code \N{...}} in a string literal (names and
 * aliases, any ASCII case, algorithmic names only in upper case, no named sequences) and
 * {@code unicodedata.lookup} (named sequences too). The queries are every name, alias and named
 * sequence Krait knows, in several spellings, every Hangul syllable, CJK names and near misses;
 * python3 answers each one.
 */
class CharacterNamesTest {
    private static final String PYTHON = """
            import unicodedata as u
            def literal(q):
                try:
                    return ('\\\\N{' + q + '}').encode('utf-8').decode('unicode_escape')
                except UnicodeDecodeError:
                    return None
            def lookup(q):
                try:
                    return u.lookup(q)
                except KeyError:
                    return None
            def hexes(s):
                return '-' if s is None else ' '.join('%X' % ord(c) for c in s)
            out = []
            for q in sys.stdin.read().split('\\n'):
                out.append(hexes(literal(q)) + ';' + hexes(lookup(q)))
            print('\\n'.join(out))
            """;

    @Test
    void namesResolveAsInCPython() {
        List<String> queries = queries();
        String[] answers = Python3.run(PYTHON, String.join("\n", queries)).split("\n");
        assertEquals(queries.size(), answers.length);
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < answers.length; i++) {
            String query = queries.get(i);
            String actual = hexes(UnicodeData.lookupName(query)) + ";"
                    + hexes(UnicodeData.lookup(query));
            if (!answers[i].equals(actual) && failures++ < 10) {
                report.append("\n  '").append(query).append("': CPython ").append(answers[i])
                        .append(", Krait ").append(actual);
            }
        }
        assertEquals(0, failures, "name lookups differ from CPython:" + report);
    }

    @Test
    void namedSequencesAreNotCharacterNames() {
        assertTrue(CharacterNames.Data.SEQUENCE_VALUES.length > 400);
        String sequence = entryName(CharacterNames.Data.SEQUENCES);
        assertNull(UnicodeData.lookupName(sequence));
        assertTrue(UnicodeData.lookup(sequence).codePointCount(0, UnicodeData.lookup(sequence)
                .length()) > 1);
    }

    private static List<String> queries() {
        List<String> queries = new ArrayList<>();
        int entries = CharacterNames.Data.OFFSETS.length - 1;
        for (int i = 0; i < entries; i++) {
            String name = entryName(i);
            queries.add(name);
            if (i % 3 == 0) {
                queries.add(name.toLowerCase(Locale.ROOT));
                queries.add(name + " ");
                queries.add(name.replace(' ', '-'));
            }
        }
        for (int cp = 0xAC00; cp <= 0xD7A3; cp++) {
            String name = UnicodeData.name(cp);
            queries.add(name);
            if (cp % 7 == 0) {
                queries.add(name.toLowerCase(Locale.ROOT));
                queries.add(name + "G");
            }
        }
        for (int cp = 0; cp <= UnicodeData.MAX_CODE_POINT; cp += 97) {
            String hex = Integer.toHexString(cp);
            queries.add("CJK UNIFIED IDEOGRAPH-" + hex.toUpperCase());
            queries.add("CJK UNIFIED IDEOGRAPH-" + hex);
            queries.add("CJK UNIFIED IDEOGRAPH-0" + hex.toUpperCase());
            queries.add("cjk unified ideograph-" + hex.toUpperCase());
        }
        String[] jamo = {"", "G", "GG", "A", "AE", "YAE", "LB", "NG", "SS", "X", "K", "KK", "H"};
        for (String a : jamo) {
            for (String b : jamo) {
                for (String c : jamo) {
                    queries.add("HANGUL SYLLABLE " + a + b + c);
                }
            }
        }
        queries.addAll(List.of("", " ", "HANGUL SYLLABLE", "CJK UNIFIED IDEOGRAPH-",
                "LATIN SMALL LETTER \u00c1", "LATIN SMALL LETTER \u017f", "NBSP", "nbsp",
                "Byte Order Mark", "TANGUT IDEOGRAPH-17000", "LINE FEED (LF)", "LF", "lf",
                "CJK COMPATIBILITY IDEOGRAPH-f900", "KHMER VOWEL INHERENT AQ"));
        return queries;
    }

    private static String entryName(int entry) {
        int from = CharacterNames.Data.OFFSETS[entry];
        return new String(CharacterNames.Data.BLOB, from,
                CharacterNames.Data.OFFSETS[entry + 1] - from, StandardCharsets.ISO_8859_1);
    }

    private static String hexes(String s) {
        if (s == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(out.isEmpty() ? "" : " ")
                .append(Integer.toHexString(cp).toUpperCase()));
        return out.toString();
    }
}
