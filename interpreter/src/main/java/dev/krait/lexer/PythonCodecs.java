package dev.krait.lexer;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Map;

/**
 * Python codec names (as a coding cookie spells them) to Java charsets, and CPython's wording of a
 * decoding failure. Only codecs that decode text are listed: a cookie naming anything else is
 * "unknown encoding", as it is for a name Python does not know.
 */
final class PythonCodecs {
    private PythonCodecs() {}

    /** Normalised Python codec name (lower case, '_' separators) to its Java charset name. */
    private static final Map<String, String> CHARSETS = new HashMap<>();

    /** Any accepted spelling to Python's canonical codec name (as its error messages show it). */
    private static final Map<String, String> CANONICAL = new HashMap<>();

    /** Codecs Python implements as {@code charmap} codecs: their errors name 'charmap'. */
    private static final Map<String, Boolean> CHARMAP = new HashMap<>();

    static {
        javaName("ascii", "US-ASCII", "646", "us_ascii", "us", "ansi_x3.4_1968", "cp367", "ibm367",
                "iso646_us", "iso_646.irv_1991");
        javaName("latin_1", "ISO-8859-1", "iso8859_1", "iso_8859_1", "latin", "latin1", "l1",
                "cp819", "8859", "ibm819", "iso_ir_100");
        javaName("utf_8", "UTF-8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4");
        javaName("utf_16", "UTF-16", "utf16", "u16");
        javaName("utf_16_le", "UTF-16LE", "utf_16le", "unicodelittleunmarked");
        javaName("utf_16_be", "UTF-16BE", "utf_16be", "unicodebigunmarked");
        javaName("utf_32", "UTF-32", "utf32", "u32");
        javaName("utf_32_le", "UTF-32LE", "utf_32le");
        javaName("utf_32_be", "UTF-32BE", "utf_32be");
        for (int n : new int[] {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16}) {
            javaName("iso8859_" + n, "ISO-8859-" + n, "iso_8859_" + n);
            CHARMAP.put("iso8859_" + n, true);
        }
        alias("iso8859_15", "latin9", "latin_9", "l9");
        alias("iso8859_2", "latin2", "l2");
        alias("iso8859_5", "cyrillic");
        alias("iso8859_7", "greek", "greek8");
        for (int n = 1250; n <= 1258; n++) {
            javaName("cp" + n, "windows-" + n, "windows_" + n);
            CHARMAP.put("cp" + n, true);
        }
        for (String cp : new String[] {"437", "737", "775", "850", "852", "855", "857", "858",
                "860", "861", "862", "863", "864", "865", "866", "869", "874", "037", "1026",
                "1140", "500", "273", "424", "875", "1006"}) {
            javaName("cp" + cp, "IBM" + cp, "ibm" + cp);
            CHARMAP.put("cp" + cp, true);
        }
        alias("cp037", "ibm039", "ibm037");
        javaName("koi8_r", "KOI8-R");
        javaName("koi8_u", "KOI8-U");
        javaName("mac_roman", "x-MacRoman", "macroman", "macintosh");
        javaName("mac_cyrillic", "x-MacCyrillic", "maccyrillic");
        javaName("mac_greek", "x-MacGreek", "macgreek");
        javaName("mac_latin2", "x-MacCentralEurope", "maclatin2", "maccentraleurope",
                "mac_centeuro");
        javaName("mac_turkish", "x-MacTurkish", "macturkish");
        javaName("mac_iceland", "x-MacIceland", "maciceland");
        for (String c : new String[] {"koi8_r", "koi8_u", "mac_roman", "mac_cyrillic", "mac_greek",
                "mac_latin2", "mac_turkish", "mac_iceland"}) {
            CHARMAP.put(c, true);
        }
        javaName("euc_jp", "EUC-JP", "eucjp", "ujis", "u_jis");
        javaName("shift_jis", "Shift_JIS", "shiftjis", "sjis", "s_jis", "csshiftjis");
        javaName("cp932", "windows-31j", "932", "ms932", "mskanji", "ms_kanji");
        javaName("euc_kr", "EUC-KR", "euckr", "korean", "ksc5601", "ks_c_5601", "ks_c_5601_1987",
                "ksx1001", "ks_x_1001");
        javaName("cp949", "x-windows-949", "949", "ms949", "uhc");
        javaName("gb2312", "GB2312", "chinese", "csiso58gb231280", "euc_cn", "euccn",
                "eucgb2312_cn", "gb2312_1980", "gb2312_80", "iso_ir_58");
        javaName("gbk", "GBK", "936", "cp936", "ms936");
        javaName("gb18030", "GB18030", "gb18030_2000");
        javaName("big5", "Big5", "big5_tw", "csbig5");
        javaName("cp950", "x-windows-950", "950", "ms950");
        javaName("iso2022_jp", "ISO-2022-JP", "csiso2022jp", "iso2022jp", "iso_2022_jp");
        javaName("iso2022_kr", "ISO-2022-KR", "csiso2022kr", "iso2022kr", "iso_2022_kr");
        javaName("tis_620", "TIS-620", "tis620", "tis_620_0", "tis_620_2529_0", "tis_620_2529_1",
                "iso_ir_166");
    }

    private static void javaName(String python, String java, String... aliases) {
        CHARSETS.put(python, java);
        alias(python, aliases);
    }

    private static void alias(String python, String... aliases) {
        for (String a : aliases) {
            CHARSETS.put(a, CHARSETS.get(python));
            CANONICAL.put(a, python);
        }
        CANONICAL.putIfAbsent(python, python);
    }

    /** Lower case, and runs of characters other than letters, digits and '.' to one '_'. */
    // CPython: Lib/encodings/__init__.py normalize_encoding (after codecs' lower-casing)
    static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean punct = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    /** The codec's canonical Python name ({@code "u16"} is {@code "utf_16"}). */
    static String canonical(String pythonName) {
        String norm = normalize(pythonName);
        return CANONICAL.getOrDefault(norm, norm);
    }

    /** The Java charset for a Python codec name, or {@code null} if Python would not find one. */
    static Charset charsetFor(String pythonName) {
        String java = CHARSETS.get(normalize(pythonName));
        if (java == null) {
            return null;
        }
        try {
            return Charset.forName(java);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * {@code str(UnicodeDecodeError)} for the first byte of {@code source[start..]} that the codec
     * cannot decode. Positions count bytes after CPython's newline translation ({@code \r\n} is one
     * byte), as CPython decodes the translated text.
     */
    static String decodeErrorMessage(String pythonName, byte[] source, int start) {
        String norm = normalize(pythonName);
        String canonical = CANONICAL.getOrDefault(norm, norm);
        if (canonical.equals("utf_8")) { // a spelling that get_normal_name does not fold
            return Utf8.decodeErrorMessage(translatedNewlines(source, start));
        }
        Charset charset = charsetFor(pythonName);
        int bad = firstUndecodable(charset, source, start);
        int position = bad - start;
        for (int i = start; i + 1 < bad; i++) {
            if (source[i] == '\r' && source[i + 1] == '\n') {
                position--;
            }
        }
        int b = bad < source.length ? source[bad] & 0xFF : 0;
        if (canonical.equals("ascii")) {
            return String.format("'ascii' codec can't decode byte 0x%02x in position %d: "
                    + "ordinal not in range(128)", b, position);
        }
        if (CHARMAP.containsKey(canonical)) {
            return String.format("'charmap' codec can't decode byte 0x%02x in position %d: "
                    + "character maps to <undefined>", b, position);
        }
        String display = canonical.replace('_', '-');
        if (display.startsWith("euc") || display.startsWith("gb") || display.startsWith("big5")
                || display.startsWith("shift") || display.startsWith("cp9")
                || display.startsWith("iso2022")) {
            return String.format("'%s' codec can't decode byte 0x%02x in position %d: "
                    + "illegal multibyte sequence", canonical, b, position);
        }
        return String.format("'%s' codec can't decode byte 0x%02x in position %d: "
                + "invalid data", display, b, position);
    }

    /**
     * {@code source[start..]} with {@code \r\n} and {@code \r} made {@code \n}, as CPython decodes
     * it.
     */
    private static byte[] translatedNewlines(byte[] source, int start) {
        byte[] out = new byte[source.length - start];
        int n = 0;
        for (int i = start; i < source.length; i++) {
            byte b = source[i];
            if (b == '\r') {
                b = '\n';
                if (i + 1 < source.length && source[i + 1] == '\n') {
                    i++;
                }
            }
            out[n++] = b;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The index of the first byte a strict decoder stops at (found by growing the prefix). */
    private static int firstUndecodable(Charset charset, byte[] source, int start) {
        if (charset == null) {
            return start;
        }
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(source, start, source.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(source.length + 16);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            return in.position();
        }
        return in.position();
    }
}
