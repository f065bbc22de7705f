package dev.krait.modules.cjk;

/**
 * hz: GB2312 in seven bits between {@code ~{} and {@code ~}}, {@code ~~} for a tilde and
 * {@code ~} before a newline as a line continuation. The state byte 0 says whether the text is
 * in GB mode.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/_codecs_cn.c ENCODER(hz), DECODER(hz) and their
 * init and reset functions.
 */
final class HzCodec extends CjkCodec {
    private final TableCodec gb2312;

    HzCodec(TableCodec gb2312) {
        super("hz");
        this.gb2312 = gb2312;
    }

    @Override
    void prepare() {
        gb2312.prepare();
    }

    @Override
    boolean hasEncodeReset() {
        return true;
    }

    @Override
    boolean hasDecodeReset() {
        return true;
    }

    @Override
    void encodeInit(byte[] state) {
        state[0] = 0;
    }

    @Override
    void decodeInit(byte[] state) {
        state[0] = 0;
    }

    @Override
    int encodeReset(byte[] state, EncodeBuffer out) {
        if (state[0] != 0) {
            out.write2('~', '}');
            state[0] = 0;
        }
        return 0;
    }

    @Override
    int encode(byte[] state, EncodeBuffer in, int flags) {
        int[] table = gb2312.tables().encode;
        while (in.pos < in.len) {
            int c = in.cps[in.pos];
            if (c < 0x80) {
                if (state[0] != 0) {
                    in.write2('~', '}');
                    state[0] = 0;
                }
                in.write1(c);
                if (c == '~') {
                    in.write1('~');
                }
                in.pos++;
                continue;
            }
            int v = c <= 0xFFFF ? table[c] : 0;
            if (v >>> 24 != 2) {
                return 1;
            }
            if (state[0] == 0) {
                in.write2('~', '{');
                state[0] = 1;
            }
            in.write2(v >> 8 & 0x7f, v & 0x7f);
            in.pos++;
        }
        return 0;
    }

    @Override
    int decode(byte[] state, DecodeBuffer in) {
        char[] pair = gb2312.tables().pair;
        while (in.pos < in.end) {
            int c = in.at(0);
            if (c == '~') {
                if (in.left() < 2) {
                    return TOOFEW;
                }
                int c2 = in.at(1);
                boolean ascii = state[0] == 0;
                if (c2 == '~' && ascii) {
                    in.put('~');
                } else if (c2 == '{' && ascii) {
                    state[0] = 1;
                } else if (c2 == '}' && !ascii) {
                    state[0] = 0;
                } else if (c2 != '\n' || !ascii) {
                    return 1;
                }
                in.pos += 2;
                continue;
            }
            if ((c & 0x80) != 0) {
                return 1;
            }
            if (state[0] == 0) {
                in.put(c);
                in.pos++;
                continue;
            }
            if (in.left() < 2) {
                return TOOFEW;
            }
            int c2 = in.at(1);
            char cp = c >= 0x21 && c2 >= 0x21 && c2 <= 0x7e ? pair[(c | 0x80) << 8 | c2 | 0x80]
                    : 0;
            if (cp == 0) {
                return 1;
            }
            in.put(cp);
            in.pos += 2;
        }
        return 0;
    }
}
