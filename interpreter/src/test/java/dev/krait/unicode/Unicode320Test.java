package dev.krait.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Every code point's answers from {@code unicodedata.ucd_3_2_0} equal CPython 3.11's: category,
 * name, the lookup of its 14.0 name, the four normal forms of the code point alone and of it
 * after 'a' and before a combining acute, combining class, numeric values, bidirectional class,
 * East Asian width, mirrored and decomposition. As in {@link EveryCodePointTest}, python3
 * reports an MD5 digest per block and the lines of a block that differs.
 */
class Unicode320Test {
    private static final int BLOCK = 0x1000;

    private static final String PYTHON = """
            import hashlib, struct, unicodedata as u
            o = u.ucd_3_2_0
            FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')
            def hexes(s, c):
                return '' if s == c else ' '.join('%X' % ord(x) for x in s)
            def looked_up(name):
                try:
                    return '%X' % ord(o.lookup(name))
                except KeyError:
                    return '-'
            def line(cp):
                c = chr(cp)
                numeric = o.numeric(c, None)
                if numeric is not None:
                    numeric = '%X' % struct.unpack('>Q', struct.pack('>d', numeric))[0]
                name = u.name(c, '')
                forms = ';'.join(hexes(o.normalize(f, c), c) + ',' + hexes(
                    o.normalize(f, 'a' + c + '\\u0301'), 'a' + c + '\\u0301') + ','
                    + str(int(o.is_normalized(f, c))) for f in FORMS)
                return '%X|%s|%s|%s|%s|%d|%d|%d|%s|%s|%s|%d|%s\\n' % (
                    cp, o.category(c), o.name(c, ''), looked_up(name) if name else '', forms,
                    o.combining(c), o.decimal(c, -1), o.digit(c, -1), numeric or '',
                    o.bidirectional(c), o.east_asian_width(c), o.mirrored(c), o.decomposition(c))
            if len(sys.argv) > 1:
                start = int(sys.argv[1])
                sys.stdout.write(''.join(line(cp) for cp in range(start, start + BLOCK)))
            else:
                for start in range(0, 0x110000, BLOCK):
                    text = ''.join(line(cp) for cp in range(start, start + BLOCK))
                    print(hashlib.md5(text.encode('utf-8')).hexdigest())
            """.replace("BLOCK", Integer.toString(BLOCK));

    @Test
    void everyCodePointAnswersAsCPythonsUcd320() throws NoSuchAlgorithmException {
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
                String[] expected = Python3.run(PYTHON, "", Integer.toString(start)).split("\n");
                String[] actual = text.toString().split("\n");
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], actual[i], "CPython line first, Krait's second");
                }
                fail("block at U+" + Integer.toHexString(start) + " differs");
            }
        }
    }

    private static void line(int cp, StringBuilder out) {
        String c = Character.toString(cp);
        String name = Unicode320.name(cp);
        out.append(hex(cp)).append('|').append(Unicode320.category(cp)).append('|')
                .append(name == null ? "" : name).append('|');
        String current = UnicodeData.name(cp);
        if (current != null) {
            String found = Unicode320.lookup(current);
            out.append(found == null ? "-" : hex(found.codePointAt(0)));
        }
        out.append('|');
        String separator = "";
        for (NormalizationForm form : new NormalizationForm[] {NormalizationForm.NFC,
            NormalizationForm.NFD, NormalizationForm.NFKC, NormalizationForm.NFKD}) {
            out.append(separator);
            separator = ";";
            hexes(Unicode320.normalize(form, c), c, out);
            String sequence = "a" + c + "\u0301";
            hexes(Unicode320.normalize(form, sequence), sequence, out.append(','));
            out.append(',').append(Unicode320.isNormalized(form, c) ? 1 : 0);
        }
        out.append('|').append(Unicode320.combining(cp)).append('|')
                .append(Unicode320.decimal(cp)).append('|').append(UnicodeData.digit(cp))
                .append('|');
        double numeric = Unicode320.numeric(cp);
        if (!Double.isNaN(numeric)) {
            out.append(Long.toHexString(Double.doubleToLongBits(numeric)).toUpperCase());
        }
        out.append('|').append(Unicode320.bidirectional(cp)).append('|')
                .append(Unicode320.eastAsianWidth(cp)).append('|')
                .append(Unicode320.isMirrored(cp) ? 1 : 0).append('|')
                .append(Unicode320.decomposition(cp)).append('\n');
    }

    private static String hex(int cp) {
        return Integer.toHexString(cp).toUpperCase();
    }

    private static void hexes(String s, String c, StringBuilder out) {
        if (s.equals(c)) {
            return;
        }
        String separator = "";
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            out.append(separator).append(hex(cp));
            separator = " ";
        }
    }
}
