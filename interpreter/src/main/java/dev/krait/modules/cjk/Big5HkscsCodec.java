package dev.krait.modules.cjk;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.util.HashMap;
import java.util.Map;

/**
 * big5hkscs: Big5 (CPython's big5 codec's table) plus the Hong Kong Supplementary Character
 * Set, read from the JDK's {@code Big5-HKSCS}, including characters of plane 2 and four codes
 * that stand for a letter with a combining mark (so U+00CA and U+00EA at the end of the input
 * wait for the next character unless the encoder is flushing).
 *
 * <p>CPython counterpart: Modules/cjkcodecs/_codecs_hk.c.
 */
final class Big5HkscsCodec extends CjkCodec {
    private final TableCodec big5;
    private volatile Tables tables;

    /** The HKSCS decodings by code and encodings by character. */
    private static final class Tables {
        final int[] decode = new int[0x10000];
        final char[] encodeBmp = new char[0x10000];
        final Map<Integer, Integer> encodeEmp = new HashMap<>();

        Tables() {
            CharsetDecoder dec = JdkTables.decoder("Big5-HKSCS");
            ByteBuffer in = ByteBuffer.allocate(4);
            CharBuffer out = CharBuffer.allocate(8);
            byte[] seq = new byte[2];
            for (int lead = 0x87; lead <= 0xfe; lead++) {
                for (int trail = 0x40; trail <= 0xfe; trail++) {
                    seq[0] = (byte) lead;
                    seq[1] = (byte) trail;
                    int cp = JdkTables.decodeOne(dec, in, out, seq);
                    if (cp > 0) {
                        decode[lead << 8 | trail] = cp;
                    }
                }
            }
            CharsetEncoder enc = JdkTables.encoder("Big5-HKSCS");
            CharBuffer cin = CharBuffer.allocate(2);
            ByteBuffer bout = ByteBuffer.allocate(8);
            for (int cp = 0x80; cp < 0x30000; cp++) {
                if (cp >= 0xd800 && cp <= 0xdfff || cp >= 0x10000 && cp < 0x20000) {
                    continue;
                }
                cin.clear();
                cin.put(Character.toChars(cp)).flip();
                bout.clear();
                enc.reset();
                CoderResult r = enc.encode(cin, bout, true);
                if (r.isError() || cin.hasRemaining() || enc.flush(bout).isError()) {
                    continue;
                }
                bout.flip();
                if (bout.remaining() != 2) {
                    continue;
                }
                int code = (bout.get(0) & 0xff) << 8 | bout.get(1) & 0xff;
                if (cp >= 0xe000 && cp <= 0xf8ff) {
                    continue;
                }
                if (cp < 0x10000) {
                    encodeBmp[cp] = (char) code;
                } else {
                    encodeEmp.put(cp, code);
                }
            }
            for (int code : ADDED_IN_2008) {
                int cp = decode[code];
                decode[code] = 0;
                if (cp < 0x10000 && encodeBmp[cp] == code) {
                    encodeBmp[cp] = 0;
                } else if (cp >= 0x10000) {
                    encodeEmp.remove(cp, code);
                }
            }
        }
    }

    /**
     * The codes HKSCS-2008 (the JDK's edition) added to HKSCS-2004 (CPython's): 0x877A..0x87DF
     * and six in row 0xC6. CPython maps them in neither direction. (The JDK also encodes the
     * Private Use code points older HKSCS editions used, one way; CPython does not, so those
     * are skipped above.)
     */
    private static final int[] ADDED_IN_2008;

    static {
        int[] extra = {0xc6cf, 0xc6d3, 0xc6d5, 0xc6d7, 0xc6de, 0xc6df};
        int n = 0x7e - 0x7a + 1 + 0xdf - 0xa1 + 1;
        ADDED_IN_2008 = new int[n + extra.length];
        int i = 0;
        for (int c = 0x877a; c <= 0x87df; c++) {
            if (c <= 0x877e || c >= 0x87a1) {
                ADDED_IN_2008[i++] = c;
            }
        }
        System.arraycopy(extra, 0, ADDED_IN_2008, i, extra.length);
    }

    Big5HkscsCodec(TableCodec big5) {
        super("big5hkscs");
        this.big5 = big5;
    }

    private Tables tables() {
        Tables t = tables;
        if (t == null) {
            synchronized (this) {
                t = tables;
                if (t == null) {
                    t = new Tables();
                    tables = t;
                }
            }
        }
        return t;
    }

    @Override
    void prepare() {
        big5.prepare();
        tables();
    }

    // CPython: Modules/cjkcodecs/_codecs_hk.c DECODER(big5hkscs)
    @Override
    int decode(byte[] state, DecodeBuffer in) {
        Tables t = tables();
        char[] big5Pairs = big5.tables().pair;
        while (in.pos < in.end) {
            int c = in.at(0);
            if (c < 0x80) {
                in.put(c);
                in.pos++;
                continue;
            }
            if (in.left() < 2) {
                return TOOFEW;
            }
            int c2 = in.at(1);
            int code = c << 8 | c2;
            if ((c < 0xc6 || c > 0xc8 || c < 0xc7 && c2 < 0xa1) && big5Pairs[code] != 0) {
                in.put(big5Pairs[code]);
                in.pos += 2;
                continue;
            }
            if (t.decode[code] != 0) {
                in.put(t.decode[code]);
                in.pos += 2;
                continue;
            }
            switch (code) {
                case 0x8862 -> {
                    in.put(0xca);
                    in.put(0x304);
                }
                case 0x8864 -> {
                    in.put(0xca);
                    in.put(0x30c);
                }
                case 0x88a3 -> {
                    in.put(0xea);
                    in.put(0x304);
                }
                case 0x88a5 -> {
                    in.put(0xea);
                    in.put(0x30c);
                }
                default -> {
                    return 1;
                }
            }
            in.pos += 2;
        }
        return 0;
    }

    // CPython: Modules/cjkcodecs/_codecs_hk.c ENCODER(big5hkscs)
    @Override
    int encode(byte[] state, EncodeBuffer in, int flags) {
        Tables t = tables();
        int[] big5Codes = big5.tables().encode;
        while (in.pos < in.len) {
            int c = in.cps[in.pos];
            if (c < 0x80) {
                in.write1(c);
                in.pos++;
                continue;
            }
            int consumed = 1;
            int code;
            if (c == 0xca || c == 0xea) {
                int c2 = in.left() >= 2 ? in.cps[in.pos + 1] : 0;
                if (in.left() >= 2 && (c2 == 0x304 || c2 == 0x30c)) {
                    code = c == 0xca ? (c2 == 0x304 ? 0x8862 : 0x8864)
                            : (c2 == 0x304 ? 0x88a3 : 0x88a5);
                    consumed = 2;
                } else if (in.left() < 2 && (flags & FLUSH) == 0) {
                    return TOOFEW;
                } else {
                    code = c == 0xca ? 0x8866 : 0x88a7;
                }
            } else if (c < 0x10000) {
                code = t.encodeBmp[c];
                if (code == 0) {
                    int v = big5Codes[c];
                    if (v >>> 24 != 2) {
                        return 1;
                    }
                    code = v & 0xffff;
                }
            } else if (c >> 16 == 2) {
                Integer v = t.encodeEmp.get(c);
                if (v == null) {
                    return 1;
                }
                code = v;
            } else {
                return 1;
            }
            in.write2(code >> 8, code & 0xff);
            in.pos += consumed;
        }
        return 0;
    }
}
