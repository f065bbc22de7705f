package dev.krait.modules.cjk;

/**
 * The JIS X 0213 codecs: euc_jis_2004 and shift_jis_2004, and their JIS X 0213:2000 forms
 * euc_jisx0213 and shift_jisx0213 (which refuse the ten characters the 2004 edition added and
 * keep one older mapping). JIS X 0208's codes keep CPython's JIS X 0208 meanings; JIS X 0213
 * adds the rest of plane 1, plane 2, plane-2 (U+2xxxx) characters, and codes that stand for a
 * base character with a combining mark — so an encoder that meets a base character that could
 * begin such a pair at the end of its input waits for the next one ({@link CjkCodec#TOOFEW})
 * unless it is flushing.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/_codecs_jp.c ENCODER/DECODER(euc_jis_2004) and
 * (shift_jis_2004), and emu_jisx0213_2000.h.
 */
final class Jisx0213Codec extends CjkCodec {
    private final boolean euc;
    private final boolean edition2000;
    private final TableCodec eucJp;

    /** Plane-1 codes (row << 8 | cell) the 2000 edition does not have. */
    private static final int[] NEW_IN_2004 = {0x2e21, 0x2f7e, 0x4f54, 0x4f7e, 0x7427, 0x7e7a,
        0x7e7b, 0x7e7c, 0x7e7d, 0x7e7e};
    /** Characters the 2000 edition cannot encode (those codes' characters). */
    private static final int[] NEW_CHARACTERS_2004 = {0x9b1c, 0x4ff1, 0x525d, 0x541e, 0x5653,
        0x59f8, 0x5c5b, 0x5e77, 0x7626, 0x7e6b, 0x20b9f};

    Jisx0213Codec(String name, boolean euc, boolean edition2000, TableCodec eucJp) {
        super(name);
        this.euc = euc;
        this.edition2000 = edition2000;
        this.eucJp = eucJp;
    }

    @Override
    void prepare() {
        eucJp.prepare();
        Jisx0213Tables.get();
    }

    /** CPython's JIS X 0208 table (euc_jp's, whose 0x2140 CPython reads as U+005C). */
    private int jisx0208(int c1, int c2) {
        if (c1 < 0x21 || c1 > 0x7e || c2 < 0x21 || c2 > 0x7e) {
            return 0;
        }
        if (c1 == 0x21 && c2 == 0x40) {
            return 0x5c;
        }
        return eucJp.tables().pair[(c1 | 0x80) << 8 | c2 | 0x80];
    }

    private int jisx0212(int c1, int c2) {
        if (c1 < 0x21 || c1 > 0x7e || c2 < 0x21 || c2 > 0x7e) {
            return 0;
        }
        return eucJp.tables().triple[(c1 | 0x80) << 8 | c2 | 0x80];
    }

    /** JIS X 0213's decoding of plane, row and cell, 0 where unmapped. */
    private static int jisx0213(int plane, int c1, int c2) {
        if (c1 < 0x21 || c1 > 0x7e || c2 < 0x21 || c2 > 0x7e) {
            return 0;
        }
        int sjis = Jisx0213Tables.sjisOf(plane, c1, c2);
        return sjis < 0 ? 0 : Jisx0213Tables.get().decode[sjis];
    }

    private static void put(DecodeBuffer in, int value) {
        if ((value & Jisx0213Tables.PAIR) != 0) {
            in.put(value >> 16 & 0x7fff);
            in.put(value & 0xffff);
        } else {
            in.put(value);
        }
    }

    private boolean invalid2000(int c1, int c2) {
        if (!edition2000) {
            return false;
        }
        int code = c1 << 8 | c2;
        for (int x : NEW_IN_2004) {
            if (x == code) {
                return true;
            }
        }
        return false;
    }

    /** Decodes plane 1's row and cell; 0 or an error count. */
    private int decodePlane1(DecodeBuffer in, int c1, int c2, int length) {
        if (invalid2000(c1, c2)) {
            return 2;
        }
        int v;
        if (euc && c1 == 0x21 && c2 == 0x40) {
            v = 0xff3c;
        } else if (euc && c1 == 0x22 && c2 == 0x32) {
            v = 0xff5e;
        } else {
            v = jisx0208(c1, c2);
            if (v == 0) {
                v = jisx0213(1, c1, c2);
            }
        }
        if (v == 0) {
            return 1;
        }
        put(in, v);
        in.pos += length;
        return 0;
    }

    /** Decodes plane 2's row and cell (and, in EUC, JIS X 0212's); 0 or an error count. */
    private int decodePlane2(DecodeBuffer in, int c1, int c2, int length) {
        int v;
        if (edition2000 && c1 == 0x7d && c2 == 0x3b) {
            v = 0x9b1d;
        } else {
            v = jisx0213(2, c1, c2);
            if (v == 0 && euc) {
                v = jisx0212(c1, c2);
            }
        }
        if (v == 0) {
            return 1;
        }
        put(in, v);
        in.pos += length;
        return 0;
    }

    /**
     * Plane 1's row and cell as the ISO-2022 codecs decode them (0 where unmapped): as in EUC,
     * except that 2-18 is JIS X 0213's TILDE and the refused 2000 codes are just unmapped.
     */
    // CPython: Modules/cjkcodecs/_codecs_iso2022.c jisx0213_2004_1_decoder, _2000_1_decoder
    int decodePlane1Char(int c1, int c2) {
        if (invalid2000(c1, c2)) {
            return 0;
        }
        if (c1 == 0x21 && c2 == 0x40) {
            return 0xff3c;
        }
        int v = jisx0208(c1, c2);
        return v != 0 ? v : jisx0213(1, c1, c2);
    }

    /** Plane 2's row and cell as the ISO-2022 codecs decode them (0 where unmapped). */
    // CPython: Modules/cjkcodecs/_codecs_iso2022.c jisx0213_2004_2_decoder, _2000_2_decoder
    int decodePlane2Char(int c1, int c2) {
        return jisx0213(2, c1, c2);
    }

    /** A Shift_JIS code as CPython's JIS X 0213 code: row << 8 | cell, 0x8000 for plane 2. */
    private static int jisCode(int sjis) {
        int jis = Jisx0213Tables.jisOf(sjis);
        return (jis >> 16 == 2 ? 0x8000 : 0) | jis & 0xffff;
    }

    /**
     * The code of {@code c} alone for the ISO-2022 codecs, MULTIPLE_AVAIL for a character that
     * may begin a pair, or UNMAPPABLE.
     */
    // CPython: Modules/cjkcodecs/_codecs_iso2022.c jisx0213_encoder (length 1)
    int iso2022Code(int c) {
        Jisx0213Tables t = Jisx0213Tables.get();
        if (refused2000(c)) {
            return Iso2022Charsets.UNMAPPABLE;
        }
        if (c >= 0x10000) {
            Integer code = c >> 16 == 2 ? t.encodeEmp.get(c) : null;
            return code == null ? Iso2022Charsets.UNMAPPABLE : jisCode(code);
        }
        if (edition2000 && c == 0x9b1d) {
            return 0x8000 | 0x7d3b;
        }
        if (t.pairStart[c]) {
            return Iso2022Charsets.MULTIPLE_AVAIL;
        }
        if (t.encodeBmp[c] != 0) {
            return jisCode(t.encodeBmp[c]);
        }
        int common = jisxCommon(c);
        return common < 0 || (common & 0x8000) != 0 ? Iso2022Charsets.UNMAPPABLE : common;
    }

    /**
     * The code of pair-beginning {@code c} followed by {@code next} (-1 at the end of the
     * input), as {@code consumed << 16 | code}; UNMAPPABLE if neither the pair nor {@code c}
     * alone has one.
     */
    // CPython: Modules/cjkcodecs/_codecs_iso2022.c jisx0213_encoder (lengths 2 and -1)
    int iso2022PairCode(int c, int next) {
        Jisx0213Tables t = Jisx0213Tables.get();
        if (next >= 0 && next <= 0xffff) {
            Integer pair = t.encodePair.get(c << 16 | next);
            if (pair != null) {
                return 2 << 16 | jisCode(pair);
            }
        }
        return t.encodeBmp[c] == 0 ? Iso2022Charsets.UNMAPPABLE : 1 << 16 | jisCode(t.encodeBmp[c]);
    }

    @Override
    int decode(byte[] state, DecodeBuffer in) {
        while (in.pos < in.end) {
            int r = euc ? decodeEuc(in) : decodeSjis(in);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }

    // CPython: Modules/cjkcodecs/_codecs_jp.c DECODER(euc_jis_2004)
    private int decodeEuc(DecodeBuffer in) {
        int c = in.at(0);
        if (c < 0x80) {
            in.put(c);
            in.pos++;
            return 0;
        }
        if (c == 0x8e) {
            if (in.left() < 2) {
                return TOOFEW;
            }
            int c2 = in.at(1);
            if (c2 < 0xa1 || c2 > 0xdf) {
                return 1;
            }
            in.put(0xfec0 + c2);
            in.pos += 2;
            return 0;
        }
        if (c == 0x8f) {
            if (in.left() < 3) {
                return TOOFEW;
            }
            return decodePlane2(in, in.at(1) ^ 0x80, in.at(2) ^ 0x80, 3);
        }
        if (in.left() < 2) {
            return TOOFEW;
        }
        return decodePlane1(in, c ^ 0x80, in.at(1) ^ 0x80, 2);
    }

    // CPython: Modules/cjkcodecs/_codecs_jp.c DECODER(shift_jis_2004)
    private int decodeSjis(DecodeBuffer in) {
        int c = in.at(0);
        if (c < 0x80) {
            in.put(c == 0x5c ? 0xa5 : c == 0x7e ? 0x203e : c);
            in.pos++;
            return 0;
        }
        if (c >= 0xa1 && c <= 0xdf) {
            in.put(0xfec0 + c);
            in.pos++;
            return 0;
        }
        if (c < 0x81 || c > 0x9f && c < 0xe0 || c > 0xfc) {
            return 1;
        }
        if (in.left() < 2) {
            return TOOFEW;
        }
        int c2 = in.at(1);
        if (c2 < 0x40 || c2 == 0x7f || c2 > 0xfc) {
            return 1;
        }
        int jis = Jisx0213Tables.jisOf(c << 8 | c2);
        int c1 = jis >> 8 & 0xff;
        int cell = jis & 0xff;
        return jis >> 16 == 1 ? decodePlane1(in, c1, cell, 2) : decodePlane2(in, c1, cell, 2);
    }

    /** CPython's jisxcommon: JIS X 0208 (as a 0x7F7F code) or 0212 (with 0x8000), or -1. */
    private int jisxCommon(int c) {
        if (c == 0x5c) {
            return 0x2140;
        }
        if (c == 0xff3c) {
            return -1;
        }
        int v = eucJp.tables().encode[c];
        return switch (v >>> 24) {
            case 2 -> (v >> 8 & 0xff) >= 0xa1 ? v & 0x7f7f : -1;
            case 3 -> 0x8000 | v & 0x7f7f;
            default -> -1;
        };
    }

    private boolean refused2000(int c) {
        if (edition2000) {
            for (int x : NEW_CHARACTERS_2004) {
                if (x == c) {
                    return true;
                }
            }
        }
        return false;
    }

    // CPython: Modules/cjkcodecs/_codecs_jp.c ENCODER(euc_jis_2004), ENCODER(shift_jis_2004)
    @Override
    int encode(byte[] state, EncodeBuffer in, int flags) {
        Jisx0213Tables t = Jisx0213Tables.get();
        while (in.pos < in.len) {
            int c = in.cps[in.pos];
            if (c < 0x80 && (euc || c != 0x5c && c != 0x7e)) {
                in.write1(c);
                in.pos++;
                continue;
            }
            if (!euc) {
                int single = c == 0xa5 ? 0x5c : c == 0x203e ? 0x7e
                        : c >= 0xff61 && c <= 0xff9f ? c - 0xfec0 : -1;
                if (single >= 0) {
                    in.write1(single);
                    in.pos++;
                    continue;
                }
            }
            int consumed = 1;
            int sjis = -1;
            int common = -1;
            if (refused2000(c)) {
                return 1;
            } else if (c <= 0xffff) {
                if (edition2000 && c == 0x9b1d) {
                    sjis = Jisx0213Tables.sjisOf(2, 0x7d, 0x3b);
                } else if (t.pairStart[c]) {
                    if (in.left() < 2 && (flags & FLUSH) == 0) {
                        return TOOFEW;
                    }
                    Integer pair = in.left() < 2 ? null
                            : t.encodePair.get(c << 16 | in.cps[in.pos + 1]);
                    if (pair != null) {
                        sjis = pair;
                        consumed = 2;
                    } else if (t.encodeBmp[c] != 0) {
                        sjis = t.encodeBmp[c];
                    } else {
                        return 1;
                    }
                } else if (t.encodeBmp[c] != 0) {
                    sjis = t.encodeBmp[c];
                } else {
                    common = jisxCommon(c);
                    if (common < 0 || !euc && (common & 0x8000) != 0) {
                        if (euc && c >= 0xff61 && c <= 0xff9f) {
                            in.write2(0x8e, c - 0xfec0);
                            in.pos++;
                            continue;
                        }
                        if (euc && c == 0xff3c) {
                            common = 0x2140;
                        } else if (euc && c == 0xff5e) {
                            common = 0x2232;
                        } else {
                            return 1;
                        }
                    }
                }
            } else if (c >> 16 == 2) {
                Integer code = t.encodeEmp.get(c);
                if (code == null) {
                    return 1;
                }
                sjis = code;
            } else {
                return 1;
            }
            if (sjis >= 0) {
                if (euc) {
                    int jis = Jisx0213Tables.jisOf(sjis);
                    if (jis >> 16 == 2) {
                        in.write1(0x8f);
                    }
                    in.write2(jis >> 8 & 0xff | 0x80, jis & 0xff | 0x80);
                } else {
                    in.write2(sjis >> 8, sjis & 0xff);
                }
            } else if (euc) {
                if ((common & 0x8000) != 0) {
                    in.write1(0x8f);
                }
                in.write2(common >> 8 | 0x80, common & 0xff | 0x80);
            } else {
                in.write2(Jisx0213Tables.sjisOf(1, common >> 8, common & 0xff) >> 8,
                        Jisx0213Tables.sjisOf(1, common >> 8, common & 0xff) & 0xff);
            }
            in.pos += consumed;
        }
        return 0;
    }
}
