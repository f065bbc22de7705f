package dev.krait.modules.cjk;

/**
 * The Japanese table codecs: JDK charsets plus the places where CPython's tables differ, each
 * found by {@code CjkCodecsDifferentialTest} over the whole code space.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/_codecs_jp.c (shift_jis, cp932, euc_jp) and the
 * JIS X 0208, JIS X 0212 and CP932 tables of mappings_jp.h.
 */
final class JapaneseTables {
    private JapaneseTables() {}

    static TableCodec.Spec shiftJis() {
        return new TableCodec.Spec("shift_jis", "Shift_JIS", TableCodec.INVALID)
                .kind(0x81, 0x9f, TableCodec.LEAD2).kind(0xe0, 0xea, TableCodec.LEAD2)
                .kind(0xa1, 0xdf, TableCodec.SINGLE)
                // JIS X 0208 row 1 cell 29 is HORIZONTAL BAR in CPython (Unicode's JIS0208.TXT),
                // EM DASH in the JDK.
                .decodeOverrides(0x815c, 0x2015)
                .encodeOverrides(0x2014, -1, 0x2015, 0x815c);
    }

    static TableCodec.Spec cp932() {
        return new TableCodec.Spec("cp932", "windows-31j", TableCodec.LEAD2)
                .kind(0x80, 0x80, TableCodec.SINGLE).kind(0xa0, 0xdf, TableCodec.SINGLE)
                .kind(0xfd, 0xff, TableCodec.SINGLE)
                .adjust(JapaneseTables::preferNecSelected)
                // CPython decodes the bytes Windows leaves undefined: 0x80 as U+0080, 0xA0 and
                // 0xFD..0xFF as the Private Use code points U+F8F0..U+F8F3, and encodes them back.
                .decodeOverrides(0x80, 0x80, 0xa0, 0xf8f0, 0xfd, 0xf8f1, 0xfe, 0xf8f2,
                        0xff, 0xf8f3)
                .encodeOverrides(0x80, 0x80, 0xf8f0, 0xa0, 0xf8f1, 0xfd, 0xf8f2, 0xfe,
                        0xf8f3, 0xff,
                        // CPython also encodes the JIS X 0208 meanings of four cells whose CP932
                        // meaning differs (DOUBLE VERTICAL LINE, MINUS SIGN, WAVE DASH).
                        0x2016, 0x8161, 0x2212, 0x817c, 0x301c, 0x8160,
                        // The JDK's best-fit encodings (YEN SIGN as 0x5C, Latin-1 punctuation
                        // as look-alikes, OVERLINE, HIRAGANA VU), which CPython refuses.
                        0xa5, -1, 0xab, -1, 0xaf, -1, 0xb5, -1, 0xb7, -1, 0xb8, -1, 0xbb, -1,
                        0x203e, -1, 0x3094, -1);
    }

    /**
     * CP932 has the IBM extension twice, as rows 0xFA..0xFC and as the NEC-selected rows
     * 0xED..0xEE; CPython encodes a character in both to the NEC-selected code, the JDK to the
     * IBM one.
     */
    private static void preferNecSelected(TableCodec.Tables t) {
        for (int code = 0xed40; code <= 0xeefc; code++) {
            int cp = t.pair[code];
            if (cp == 0) {
                continue;
            }
            int now = TableCodec.Tables.bytesOf(t.encode[cp]);
            if (now >= 0xfa40 && now <= 0xfcff) {
                t.encode[cp] = TableCodec.Tables.packed(code);
            }
        }
    }

    static TableCodec.Spec eucJp() {
        return new TableCodec.Spec("euc_jp", "EUC-JP", TableCodec.LEAD2)
                .kind(0x8f, 0x8f, TableCodec.LEAD3)
                // JIS X 0208 1-29 is HORIZONTAL BAR in CPython, EM DASH in the JDK; JIS X 0212
                // 2-23 is TILDE in CPython, FULLWIDTH TILDE in the JDK (CPython then encodes
                // neither EM DASH nor FULLWIDTH TILDE).
                .decodeOverrides(0xa1bd, 0x2015, 0x8fa2b7, 0x7e)
                .encodeOverrides(0x2014, -1, 0x2015, 0xa1bd, 0xff5e, -1);
    }
}
