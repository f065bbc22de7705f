package dev.krait.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Every code point's answers equal CPython 3.11's: category, all predicates, name, the four
 * normalization forms of the code point alone, combining class, the four case mappings, the
 * numeric values, bidirectional class, East Asian width, mirrored and decomposition. Both sides
 * write one line per code point in the same format; python3 reports an MD5 digest per block of
 * 4096 code points, and for a block that differs it prints the lines so the failure names the
 * first code point that disagrees.
 */
class EveryCodePointTest {
    private static final int BLOCK = 0x1000;

    /** The line format, in Python; {@link #line} writes the same from Krait's answers. */
    private static final String PYTHON = """
            import hashlib, struct, unicodedata as u
            FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')
            def sigma_final(s, at=-1):
                return s.lower()[at] == '\\u03c2'
            def hexes(s, c):
                return '' if s == c else ' '.join('%X' % ord(x) for x in s)
            def line(cp):
                c = chr(cp)
                cased = c.islower() or c.istitle()
                if cased:
                    ignorable = sigma_final('a\\u03a3' + c, 1)
                else:
                    ignorable = sigma_final('a' + c + '\\u03a3')
                flags = [c.isidentifier(), ('a' + c).isidentifier(), c.isprintable(), c.isspace(),
                         c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(),
                         c.islower(), c.isupper(), u.category(c) == 'Lt', cased, ignorable,
                         len(('a' + c + 'b').splitlines()) > 1]
                numeric = u.numeric(c, None)
                if numeric is not None:
                    numeric = '%X' % struct.unpack('>Q', struct.pack('>d', numeric))[0]
                forms = ';'.join(hexes(u.normalize(f, c), c) for f in FORMS)
                return '%X|%s|%s|%s|%s|%d|%s|%s|%s|%s|%d|%d|%s|%s|%s|%d|%s\\n' % (
                    cp, u.category(c), ''.join('1' if f else '0' for f in flags), u.name(c, ''),
                    forms, u.combining(c), hexes(c.lower(), c),
                    hexes(c.upper(), c), hexes(c.title(), c), hexes(c.casefold(), c),
                    u.decimal(c, -1), u.digit(c, -1), numeric or '', u.bidirectional(c),
                    u.east_asian_width(c), u.mirrored(c), u.decomposition(c))
            if len(sys.argv) > 1:
                start = int(sys.argv[1])
                sys.stdout.write(''.join(line(cp) for cp in range(start, start + BLOCK)))
            else:
                for start in range(0, 0x110000, BLOCK):
                    text = ''.join(line(cp) for cp in range(start, start + BLOCK))
                    print(hashlib.md5(text.encode('utf-8')).hexdigest())
            """.replace("BLOCK", Integer.toString(BLOCK));

    @Test
    void everyCodePointAnswersAsCPython() throws NoSuchAlgorithmException {
        String[] digests = Python3.run(PYTHON, "").split("\n");
        assertEquals((UnicodeData.MAX_CODE_POINT + 1) / BLOCK, digests.length);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        StringBuilder text = new StringBuilder();
        for (int block = 0; block < digests.length; block++) {
            text.setLength(0);
            int start = block * BLOCK;
            for (int cp = start; cp < start + BLOCK; cp++) {
                line(cp, text);
            }
            String digest = HexFormat.of().formatHex(
                    md5.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            if (!digest.equals(digests[block])) {
                reportFirstDifference(start, text.toString());
            }
        }
    }

    private static void reportFirstDifference(int start, String krait) {
        String[] expected = Python3.run(PYTHON, "", Integer.toString(start)).split("\n");
        String[] actual = krait.split("\n");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], "CPython line first, Krait's second");
        }
        fail("block at U+" + Integer.toHexString(start) + " differs");
    }

    private static void line(int cp, StringBuilder out) {
        boolean[] flags = {UnicodeData.isXidStart(cp), UnicodeData.isXidContinue(cp),
            UnicodeData.isPrintable(cp), UnicodeData.isSpace(cp), UnicodeData.isAlpha(cp),
            UnicodeData.isDecimal(cp), UnicodeData.isDigit(cp), UnicodeData.isNumeric(cp),
            UnicodeData.isAlnum(cp), UnicodeData.isLower(cp), UnicodeData.isUpper(cp),
            UnicodeData.isTitle(cp), UnicodeData.isCased(cp), UnicodeData.isCaseIgnorable(cp),
            UnicodeData.isLinebreak(cp)};
        out.append(Integer.toHexString(cp).toUpperCase()).append('|')
                .append(UnicodeData.category(cp)).append('|');
        for (boolean flag : flags) {
            out.append(flag ? '1' : '0');
        }
        String name = UnicodeData.name(cp);
        out.append('|').append(name == null ? "" : name).append('|');
        String c = Character.toString(cp);
        hexes(UnicodeData.normalize(NormalizationForm.NFC, c), c, out);
        hexes(UnicodeData.normalize(NormalizationForm.NFD, c), c, out.append(';'));
        hexes(UnicodeData.normalizeNfkc(c), c, out.append(';'));
        hexes(UnicodeData.normalize(NormalizationForm.NFKD, c), c, out.append(';'));
        out.append('|').append(UnicodeData.combining(cp)).append('|');
        StringBuilder mapped = new StringBuilder();
        UnicodeData.appendLower(cp, mapped);
        hexes(mapped.toString(), c, out.append(""));
        mapped.setLength(0);
        UnicodeData.appendUpper(cp, mapped);
        hexes(mapped.toString(), c, out.append('|'));
        mapped.setLength(0);
        UnicodeData.appendTitle(cp, mapped);
        hexes(mapped.toString(), c, out.append('|'));
        mapped.setLength(0);
        UnicodeData.appendCasefold(cp, mapped);
        hexes(mapped.toString(), c, out.append('|'));
        out.append('|').append(UnicodeData.decimal(cp)).append('|').append(UnicodeData.digit(cp))
                .append('|');
        double numeric = UnicodeData.numeric(cp);
        if (!Double.isNaN(numeric)) {
            out.append(Long.toHexString(Double.doubleToLongBits(numeric)).toUpperCase());
        }
        out.append('|').append(UnicodeData.bidirectional(cp)).append('|')
                .append(UnicodeData.eastAsianWidth(cp)).append('|')
                .append(UnicodeData.isMirrored(cp) ? 1 : 0).append('|')
                .append(UnicodeData.decomposition(cp)).append('\n');
    }

    private static void hexes(String s, String c, StringBuilder out) {
        if (s.equals(c)) {
            return;
        }
        String separator = "";
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            out.append(separator).append(Integer.toHexString(cp).toUpperCase());
            separator = " ";
        }
    }
}
