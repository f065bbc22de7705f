package dev.krait.modules.cjk;

/**
 * The graphic character sets the ISO-2022 codecs designate, each identified by its final byte
 * (with 0x80 added for a double-byte set, as CPython's state bytes record it), the plane it is
 * designated to, and its decoding and encoding of one character. The double-byte sets reuse the
 * EUC codecs' tables (JIS X 0208 and 0212 from euc_jp, KS X 1001 from euc_kr, GB 2312 from
 * gb2312), whose sequences are the same codes with the high bits set.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/_codecs_iso2022.c (the *_decoder and *_encoder
 * functions and the REGISTRY_* designations).
 */
abstract class Iso2022Charsets {
    static final int DBCS = 0x80;
    static final int ASCII = 'B';
    static final int ISO8859_1 = 'A';
    static final int ISO8859_7 = 'F';
    static final int JISX0201_K = 'I';
    static final int JISX0201_R = 'J';
    static final int GB2312 = 'A' | DBCS;
    static final int JISX0208 = 'B' | DBCS;
    static final int KSX1001 = 'C' | DBCS;
    static final int JISX0212 = 'D' | DBCS;
    static final int JISX0208_O = '@' | DBCS;

    static final int JISX0213_2000_1 = 'O' | DBCS;
    static final int JISX0213_2 = 'P' | DBCS;
    static final int JISX0213_2004_1 = 'Q' | DBCS;

    /** What decoding or encoding answers when the set has no mapping. */
    static final int UNMAPPABLE = -1;
    /** What encoding answers when the character may begin a pair: ask again with the next. */
    static final int MULTIPLE_AVAIL = -2;

    /** One designation: a set, its plane (0 = G0, 1 = G1, 2 = G2) and width. */
    abstract static class Designation {
        final int mark;
        final int plane;
        final int width;

        Designation(int mark, int plane, int width) {
            this.mark = mark;
            this.plane = plane;
            this.width = width;
        }

        /** The character at {@code in}'s cursor ({@link #width} bytes), or UNMAPPABLE. */
        abstract int decode(DecodeBuffer in);

        /** The code of {@code cp} in this set, UNMAPPABLE, or MULTIPLE_AVAIL. */
        abstract int encode(int cp);

        /**
         * After MULTIPLE_AVAIL: the code of {@code cp} followed by {@code next} (-1 when the
         * input ends there), as {@code consumed << 16 | code}, or UNMAPPABLE.
         */
        int encodePair(int cp, int next) {
            return UNMAPPABLE;
        }

        void prepare() {
        }
    }

    /** A 94x94 set read from an EUC codec's tables (bytes with the high bit set). */
    static final class Euc extends Designation {
        private final String module;
        private final String codec;
        private final boolean supplementary;

        /** {@code supplementary}: JIS X 0212, which euc_jp codes after 0x8F. */
        Euc(int mark, int plane, String module, String codec, boolean supplementary) {
            super(mark, plane, 2);
            this.module = module;
            this.codec = codec;
            this.supplementary = supplementary;
        }

        private TableCodec.Tables tables() {
            return ((TableCodec) CjkCodecs.find(module, codec)).tables();
        }

        @Override
        void prepare() {
            tables();
        }

        @Override
        int decode(DecodeBuffer in) {
            int b1 = in.at(0);
            int b2 = in.at(1);
            if (b1 < 0x21 || b1 > 0x7e || b2 < 0x21 || b2 > 0x7e) {
                return UNMAPPABLE;
            }
            TableCodec.Tables t = tables();
            int index = (b1 | 0x80) << 8 | b2 | 0x80;
            char cp = supplementary ? t.triple[index] : t.pair[index];
            return cp == 0 ? UNMAPPABLE : cp;
        }

        @Override
        int encode(int cp) {
            if (cp > 0xFFFF) {
                return UNMAPPABLE;
            }
            int v = tables().encode[cp];
            int length = v >>> 24;
            if (supplementary ? length != 3 : length != 2 || (v >> 8 & 0xff) < 0xa1) {
                return UNMAPPABLE;
            }
            return v & 0x7f7f;
        }
    }

    /** JIS X 0201 Roman: ASCII with YEN SIGN and OVERLINE in place of backslash and tilde. */
    static final class Jisx0201Roman extends Designation {
        Jisx0201Roman() {
            super(JISX0201_R, 0, 1);
        }

        @Override
        int decode(DecodeBuffer in) {
            int c = in.at(0);
            return c == 0x5c ? 0xa5 : c == 0x7e ? 0x203e : c;
        }

        @Override
        int encode(int cp) {
            if (cp < 0x80 && cp != 0x5c && cp != 0x7e) {
                return cp;
            }
            return cp == 0xa5 ? 0x5c : cp == 0x203e ? 0x7e : UNMAPPABLE;
        }
    }

    /** JIS X 0201 Katakana: the half-width katakana as 0x21..0x5F. */
    static final class Jisx0201Katakana extends Designation {
        Jisx0201Katakana() {
            super(JISX0201_K, 0, 1);
        }

        @Override
        int decode(DecodeBuffer in) {
            int c = in.at(0) ^ 0x80;
            return c >= 0xa1 && c <= 0xdf ? 0xfec0 + c : UNMAPPABLE;
        }

        @Override
        int encode(int cp) {
            return cp >= 0xff61 && cp <= 0xff9f ? cp - 0xfec0 - 0x80 : UNMAPPABLE;
        }
    }

    /**
     * A plane of JIS X 0213, as the ISO-2022-JP-2004 and -3 codecs designate it: plane 1
     * (2004 or 2000 edition), plane 2, or plane 1 for combining pairs only (listed first, so
     * that a pair is written as one code before JIS X 0208 takes its base character alone).
     */
    static final class Jisx0213 extends Designation {
        static final int PLANE1 = 1;
        static final int PLANE2 = 2;
        static final int PAIR_ONLY = 3;

        private final int part;
        private final Jisx0213Codec common;

        Jisx0213(int mark, int part, Jisx0213Codec common) {
            super(mark, 0, 2);
            this.part = part;
            this.common = common;
        }

        @Override
        void prepare() {
            common.prepare();
        }

        // CPython: Modules/cjkcodecs/_codecs_iso2022.c jisx0213_2004_1_decoder and the others
        @Override
        int decode(DecodeBuffer in) {
            int v = part == PLANE2 ? common.decodePlane2Char(in.at(0), in.at(1))
                    : common.decodePlane1Char(in.at(0), in.at(1));
            return v == 0 ? UNMAPPABLE : v;
        }

        // CPython: Modules/cjkcodecs/_codecs_iso2022.c jisx0213_2004_1_encoder and the others
        @Override
        int encode(int cp) {
            int code = common.iso2022Code(cp);
            if (part == PAIR_ONLY) {
                return code == MULTIPLE_AVAIL ? MULTIPLE_AVAIL : UNMAPPABLE;
            }
            return filter(code);
        }

        @Override
        int encodePair(int cp, int next) {
            int r = common.iso2022PairCode(cp, next);
            if (r == UNMAPPABLE) {
                return UNMAPPABLE;
            }
            if (part == PAIR_ONLY) {
                return r >> 16 == 2 ? r : UNMAPPABLE;
            }
            int code = filter(r & 0xffff);
            return code == UNMAPPABLE ? UNMAPPABLE : (r & ~0xffff) | code;
        }

        /** Plane 1 keeps codes without the plane-2 bit, plane 2 those with it (cleared). */
        private int filter(int code) {
            if (code < 0) {
                return code;
            }
            boolean second = (code & 0x8000) != 0;
            if (part == PLANE2) {
                return second ? code & 0x7fff : UNMAPPABLE;
            }
            return second ? UNMAPPABLE : code;
        }
    }

    /** A set only single shift 2 reads (ISO 8859-1 and -7 upper halves in iso2022_jp_2). */
    static final class G2Only extends Designation {
        G2Only(int mark) {
            super(mark, 2, 1);
        }

        @Override
        int decode(DecodeBuffer in) {
            return UNMAPPABLE;
        }

        @Override
        int encode(int cp) {
            return UNMAPPABLE;
        }
    }

    /**
     * The upper half of ISO 8859-7 as CPython's iso2022_jp_2 decodes it after ESC N (G2): the
     * byte {@code c} (0xA0..0xFF) to its character, or UNMAPPABLE.
     */
    // CPython: Modules/cjkcodecs/_codecs_iso2022.c ISO8859_7_DECODE
    static int iso8859_7(int c) {
        if (c < 0xa0) {
            return c;
        }
        if (c < 0xc0 && (0x288f3bc9L & 1L << c - 0xa0) != 0) {
            return c;
        }
        if (c >= 0xb4 && c <= 0xfe && (c >= 0xd4 || (0xbffffd77L & 1L << c - 0xb4) != 0)) {
            return 0x2d0 + c;
        }
        return switch (c) {
            case 0xa1 -> 0x2018;
            case 0xa2 -> 0x2019;
            case 0xaf -> 0x2015;
            default -> UNMAPPABLE;
        };
    }
}
