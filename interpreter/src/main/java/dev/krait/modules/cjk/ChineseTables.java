package dev.krait.modules.cjk;

/**
 * The Chinese table codecs: JDK charsets plus the places where CPython's tables differ, each
 * found by {@code CjkCodecsDifferentialTest} over the whole code space.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/_codecs_cn.c (gb2312, gbk, gb18030),
 * _codecs_tw.c (big5, cp950), and the tables of mappings_cn.h and mappings_tw.h.
 */
final class ChineseTables {
    private ChineseTables() {}

    static TableCodec.Spec gb2312() {
        return new TableCodec.Spec("gb2312", "GB2312", TableCodec.LEAD2);
    }

    static TableCodec.Spec gbk() {
        // The JDK maps GBK's user-defined areas to the Private Use Area; CPython leaves them
        // undefined. 0xA892 is CIRCLED PLUS (U+2295) in CPython, EARTH (U+2641) in the JDK;
        // and CPython's GBK has no euro sign.
        return new TableCodec.Spec("gbk", "GBK", TableCodec.LEAD2).noPrivateUse()
                .decodeOverrides(0xa892, 0x2295, 0xa2e3, -1)
                .encodeOverrides(0x2295, 0xa892, 0x2641, -1, 0x20ac, -1);
    }

    static TableCodec.Spec gb18030() {
        return new TableCodec.Spec("gb18030", "GB18030", TableCodec.LEAD2)
                .adjust(Gb18030Codec::swapTwoByteCodes);
    }

    static TableCodec.Spec big5() {
        // Five cells where CPython follows Unicode's BIG5.TXT and the JDK the Microsoft
        // reading, and three one-way encodings CPython has.
        return new TableCodec.Spec("big5", "Big5", TableCodec.LEAD2)
                .decodeOverrides(0xa15a, 0x2574, 0xa1c3, 0xffe3, 0xa1c5, 0x2cd,
                        0xa1fe, 0xff0f, 0xa240, 0xff3c)
                .encodeOverrides(0x2cd, 0xa1c5, 0x2574, 0xa15a, 0xffe3, 0xa1c3);
    }

    static TableCodec.Spec cp950() {
        // CPython's cp950 is its CP950 extension table over its big5 codec, in both
        // directions; the JDK's maps Big5's user-defined and ETEN rows to the Private Use
        // Area instead. Four box-drawing characters CP950 has twice encode to the Big5 code.
        return new TableCodec.Spec("cp950", "x-windows-950", TableCodec.LEAD2).noPrivateUse()
                .fallback(big5())
                .encodeOverrides(0x2550, 0xa2a4, 0x255e, 0xa2a5, 0x2561, 0xa2a7, 0x256a, 0xa2a6);
    }
}
