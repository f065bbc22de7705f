package dev.krait.modules.cjk;

/**
 * The Korean table codecs: JDK charsets plus the places where CPython's tables differ, each
 * found by {@code CjkCodecsDifferentialTest} over the whole code space.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/_codecs_kr.c (euc_kr, cp949, johab) and the
 * KS X 1001 and CP949 tables of mappings_kr.h.
 */
final class KoreanTables {
    private KoreanTables() {}

    static TableCodec.Spec eucKr() {
        return new TableCodec.Spec("euc_kr", "EUC-KR", TableCodec.LEAD2)
                // KS X 1001:2002 added the CIRCLED HANGUL IEUNG U (U+327E) at 0xA2E8; CPython's
                // table is the 1998 one.
                .decodeOverrides(0xa2e8, -1)
                .encodeOverrides(0x327e, -1);
    }

    static TableCodec.Spec cp949() {
        // The JDK maps CP949's user-defined rows (0xC9, 0xFE) to the Private Use Area;
        // CPython leaves them undefined. The 2002 postal mark is as in euc_kr.
        return new TableCodec.Spec("cp949", "x-windows-949", TableCodec.LEAD2).noPrivateUse()
                .decodeOverrides(0xa2e8, -1)
                .encodeOverrides(0x327e, -1);
    }

    static TableCodec.Spec johab() {
        // CPython decodes the Johab codes of a lone initial consonant (and of the all-fill
        // code, as IDEOGRAPHIC SPACE) to compatibility jamo, which the JDK leaves undefined.
        return new TableCodec.Spec("johab", "x-Johab", TableCodec.LEAD2)
                .decodeOverrides(0x8441, 0x3000, 0x8442, 0x3131, 0x8443, 0x3132,
                        0x8445, 0x3134, 0x8448, 0x3137, 0x8449, 0x3139, 0x8451, 0x3141,
                        0x8453, 0x3142, 0x8455, 0x3145, 0x8456, 0x3146, 0x8457, 0x3147,
                        0x8458, 0x3148, 0x8459, 0x314a, 0x845a, 0x314b, 0x845b, 0x314c,
                        0x845c, 0x314d, 0x845d, 0x314e);
    }
}
