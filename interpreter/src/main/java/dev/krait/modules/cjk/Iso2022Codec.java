package dev.krait.modules.cjk;

import dev.krait.modules.cjk.Iso2022Charsets.Designation;

/**
 * The ISO-2022 codecs (iso2022_jp, _jp_1, _jp_2, _jp_ext, iso2022_kr): text switches between
 * character sets by escape sequences that designate a set to G0 or G1 (and, in iso2022_jp_2,
 * G2 for single shifts), and by SO/SI between G0 and G1. The encoder takes the first listed
 * set that has a character and writes the designation only when it changes.
 *
 * <p>The eight state bytes are CPython's: bytes 0..3 hold the sets designated to G0..G3 (their
 * final byte, plus 0x80 for a double-byte set) and byte 4 the flags "shifted out" (1) and
 * "inside an escape sequence that is not ISO-2022's" (2).
 *
 * <p>CPython counterpart: Modules/cjkcodecs/_codecs_iso2022.c.
 */
final class Iso2022Codec extends CjkCodec {
    static final int NO_SHIFT = 1;
    static final int USE_G2 = 2;
    static final int USE_JISX0208_EXT = 4;

    private static final int ESC = 0x1b;
    private static final int SO = 0x0e;
    private static final int SI = 0x0f;
    private static final int LF = 0x0a;
    private static final int MAX_ESCAPE = 16;

    private static final int SHIFTED = 1;
    private static final int ESC_THROUGHOUT = 2;

    private final int config;
    private final Designation[] designations;

    Iso2022Codec(String name, int config, Designation... designations) {
        super(name);
        this.config = config;
        this.designations = designations;
    }

    @Override
    void prepare() {
        for (Designation d : designations) {
            d.prepare();
        }
    }

    @Override
    boolean hasEncodeReset() {
        return true;
    }

    @Override
    boolean hasDecodeReset() {
        return true;
    }

    // CPython: Modules/cjkcodecs/_codecs_iso2022.c ENCODER_INIT(iso2022)
    @Override
    void encodeInit(byte[] state) {
        state[4] = 0;
        state[0] = Iso2022Charsets.ASCII;
        state[1] = Iso2022Charsets.ASCII;
    }

    // CPython: Modules/cjkcodecs/_codecs_iso2022.c DECODER_INIT(iso2022)
    @Override
    void decodeInit(byte[] state) {
        state[4] = 0;
        state[0] = Iso2022Charsets.ASCII;
        state[1] = Iso2022Charsets.ASCII;
        state[2] = Iso2022Charsets.ASCII;
    }

    /** The decoder's reset is lighter than its init: G0 back to ASCII, shift cleared. */
    // CPython: Modules/cjkcodecs/_codecs_iso2022.c DECODER_RESET(iso2022)
    @Override
    void decodeReset(byte[] state) {
        state[0] = Iso2022Charsets.ASCII;
        state[4] &= ~SHIFTED;
    }

    // CPython: Modules/cjkcodecs/_codecs_iso2022.c ENCODER_RESET(iso2022)
    @Override
    int encodeReset(byte[] state, EncodeBuffer out) {
        if ((state[4] & SHIFTED) != 0) {
            out.write1(SI);
            state[4] &= ~SHIFTED;
        }
        if (state[0] != Iso2022Charsets.ASCII) {
            out.write1(ESC);
            out.write2('(', 'B');
            state[0] = Iso2022Charsets.ASCII;
        }
        return 0;
    }

    private static int g(byte[] state, int n) {
        return state[n] & 0xff;
    }

    // CPython: Modules/cjkcodecs/_codecs_iso2022.c ENCODER(iso2022)
    @Override
    int encode(byte[] state, EncodeBuffer in, int flags) {
        while (in.pos < in.len) {
            int c = in.cps[in.pos];
            if (c < 0x80) {
                if (g(state, 0) != Iso2022Charsets.ASCII) {
                    in.write1(ESC);
                    in.write2('(', 'B');
                    state[0] = Iso2022Charsets.ASCII;
                }
                if ((state[4] & SHIFTED) != 0) {
                    in.write1(SI);
                    state[4] &= ~SHIFTED;
                }
                in.write1(c);
                in.pos++;
                continue;
            }
            Designation dsg = null;
            int code = Iso2022Charsets.UNMAPPABLE;
            int consumed = 1;
            for (Designation d : designations) {
                code = d.encode(c);
                if (code == Iso2022Charsets.MULTIPLE_AVAIL) {
                    if (in.left() < 2 && (flags & FLUSH) == 0) {
                        return TOOFEW;
                    }
                    int r = d.encodePair(c, in.left() < 2 ? -1 : in.cps[in.pos + 1]);
                    if (r != Iso2022Charsets.UNMAPPABLE) {
                        code = r & 0xffff;
                        consumed = r >>> 16;
                        dsg = d;
                        break;
                    }
                } else if (code != Iso2022Charsets.UNMAPPABLE) {
                    dsg = d;
                    break;
                }
            }
            if (dsg == null) {
                return 1;
            }
            int mark = dsg.mark & 0x7f;
            if (dsg.plane == 0) {
                if ((state[4] & SHIFTED) != 0) {
                    in.write1(SI);
                    state[4] &= ~SHIFTED;
                }
                if (g(state, 0) != dsg.mark) {
                    in.write1(ESC);
                    if (dsg.width == 1) {
                        in.write2('(', mark);
                    } else if (dsg.mark == Iso2022Charsets.JISX0208) {
                        in.write2('$', mark);
                    } else {
                        in.write1('$');
                        in.write2('(', mark);
                    }
                    state[0] = (byte) dsg.mark;
                }
            } else if (dsg.plane == 1) {
                if (g(state, 1) != dsg.mark) {
                    in.write1(ESC);
                    if (dsg.width == 1) {
                        in.write2(')', mark);
                    } else {
                        in.write1('$');
                        in.write2(')', mark);
                    }
                    state[1] = (byte) dsg.mark;
                }
                if ((state[4] & SHIFTED) == 0) {
                    in.write1(SO);
                    state[4] |= SHIFTED;
                }
            } else {
                return INTERNAL;
            }
            if (dsg.width == 1) {
                in.write1(code);
            } else {
                in.write2(code >> 8, code & 0xff);
            }
            in.pos += consumed;
        }
        return 0;
    }

    private static boolean escapeEnd(int c) {
        return c >= 'A' && c <= 'Z' || c == '@';
    }

    // CPython: Modules/cjkcodecs/_codecs_iso2022.c DECODER(iso2022)
    @Override
    int decode(byte[] state, DecodeBuffer in) {
        while (in.pos < in.end) {
            int c = in.at(0);
            if ((state[4] & ESC_THROUGHOUT) != 0) {
                in.put(c);
                in.pos++;
                if (escapeEnd(c)) {
                    state[4] &= ~ESC_THROUGHOUT;
                }
                continue;
            }
            switch (c) {
                case ESC -> {
                    if (in.left() < 2) {
                        return TOOFEW;
                    }
                    int c2 = in.at(1);
                    if (c2 == '(' || c2 == ')' || c2 == '$' || c2 == '.' || c2 == '&') {
                        int r = escape(state, in);
                        if (r != 0) {
                            return r;
                        }
                    } else if ((config & USE_G2) != 0 && c2 == 'N') {
                        if (in.left() < 3) {
                            return TOOFEW;
                        }
                        int r = singleShift2(state, in);
                        if (r != 0) {
                            return r;
                        }
                    } else {
                        in.put(ESC);
                        state[4] |= ESC_THROUGHOUT;
                        in.pos++;
                    }
                }
                case SI, SO -> {
                    if ((config & NO_SHIFT) != 0) {
                        in.put(c);
                    } else if (c == SI) {
                        state[4] &= ~SHIFTED;
                    } else {
                        state[4] |= SHIFTED;
                    }
                    in.pos++;
                }
                case LF -> {
                    state[4] &= ~SHIFTED;
                    in.put(LF);
                    in.pos++;
                }
                default -> {
                    if (c >= 0x80) {
                        return 1;
                    }
                    int charset = (state[4] & SHIFTED) != 0 ? g(state, 1) : g(state, 0);
                    if (c < 0x20 || charset == Iso2022Charsets.ASCII) {
                        in.put(c);
                        in.pos++;
                        continue;
                    }
                    Designation dsg = designation(charset);
                    if (dsg == null) {
                        return INTERNAL;
                    }
                    if (in.left() < dsg.width) {
                        return TOOFEW;
                    }
                    int cp = dsg.decode(in);
                    if (cp == Iso2022Charsets.UNMAPPABLE) {
                        return dsg.width;
                    }
                    if ((cp & Jisx0213Tables.PAIR) != 0) {
                        in.put(cp >> 16 & 0x7fff);
                        in.put(cp & 0xffff);
                    } else {
                        in.put(cp);
                    }
                    in.pos += dsg.width;
                }
            }
        }
        return 0;
    }

    private Designation designation(int mark) {
        for (Designation d : designations) {
            if (d.mark == mark) {
                return d;
            }
        }
        return null;
    }

    /** Reads a designation escape at the cursor; 0, TOOFEW or the length of a bad one. */
    // CPython: Modules/cjkcodecs/_codecs_iso2022.c iso2022processesc
    private int escape(byte[] state, DecodeBuffer in) {
        int length = 0;
        int left = in.left();
        for (int i = 1; i < MAX_ESCAPE; i++) {
            if (i >= left) {
                return TOOFEW;
            }
            if (escapeEnd(in.at(i))) {
                length = i + 1;
                break;
            } else if ((config & USE_JISX0208_EXT) != 0 && i + 1 < left && in.at(i) == '&'
                    && in.at(i + 1) == '@') {
                i += 2;
            }
        }
        int charset;
        int plane;
        switch (length) {
            case 0 -> {
                return 1;
            }
            case 3 -> {
                if (in.at(1) == '$') {
                    charset = in.at(2) | Iso2022Charsets.DBCS;
                    plane = 0;
                } else {
                    charset = in.at(2);
                    if (in.at(1) == '(') {
                        plane = 0;
                    } else if (in.at(1) == ')') {
                        plane = 1;
                    } else if ((config & USE_G2) != 0 && in.at(1) == '.') {
                        plane = 2;
                    } else {
                        return 3;
                    }
                }
            }
            case 4 -> {
                if (in.at(1) != '$') {
                    return 4;
                }
                charset = in.at(3) | Iso2022Charsets.DBCS;
                if (in.at(2) == '(') {
                    plane = 0;
                } else if (in.at(2) == ')') {
                    plane = 1;
                } else {
                    return 4;
                }
            }
            case 6 -> {
                if ((config & USE_JISX0208_EXT) != 0 && in.at(3) == ESC && in.at(4) == '$'
                        && in.at(5) == 'B') {
                    charset = Iso2022Charsets.JISX0208;
                    plane = 0;
                } else {
                    return 6;
                }
            }
            default -> {
                return length;
            }
        }
        if ((charset & 0xff) != Iso2022Charsets.ASCII && designation(charset & 0xff) == null) {
            return length;
        }
        state[plane] = (byte) charset;
        in.pos += length;
        return 0;
    }

    /** ESC N c: one character from the set designated to G2. */
    // CPython: Modules/cjkcodecs/_codecs_iso2022.c iso2022processg2
    private int singleShift2(byte[] state, DecodeBuffer in) {
        int c = in.at(2);
        switch (g(state, 2)) {
            case Iso2022Charsets.ISO8859_1 -> {
                if (c >= 0x80) {
                    return 3;
                }
                in.put(c + 0x80);
            }
            case Iso2022Charsets.ISO8859_7 -> {
                int cp = Iso2022Charsets.iso8859_7(c ^ 0x80);
                if (cp == Iso2022Charsets.UNMAPPABLE) {
                    return 3;
                }
                in.put(cp);
            }
            case Iso2022Charsets.ASCII -> {
                if ((c & 0x80) != 0) {
                    return 3;
                }
                in.put(c);
            }
            default -> {
                return INTERNAL;
            }
        }
        in.pos += 3;
        return 0;
    }
}
