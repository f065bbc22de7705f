package dev.krait.modules.cjk;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;

/**
 * A stateless multi-byte encoding driven by tables: ASCII as itself, some bytes as single
 * characters, lead bytes that start two- (or three-) byte sequences, and a table from BMP code
 * points to bytes. Every CPython decoder of this shape fails the same way — one byte is
 * illegal, and a lead byte at the end of the input is incomplete — so only the tables and the
 * lead bytes differ between encodings. The tables are read from a JDK charset ({@link
 * JdkTables}) and then corrected where CPython differs ({@link Spec#decodeOverrides},
 * {@link Spec#encodeOverrides}).
 *
 * <p>CPython counterpart: the DECODER/ENCODER functions of shift_jis, cp932, euc_jp
 * (Modules/cjkcodecs/_codecs_jp.c), gb2312, gbk (_codecs_cn.c), euc_kr, cp949, johab
 * (_codecs_kr.c), big5 and cp950 (_codecs_tw.c); subclasses add gb18030's four-byte sequences
 * and euc_kr's eight-byte Hangul make-up sequences.
 */
class TableCodec extends CjkCodec {
    static final byte ASCII = 0;
    static final byte SINGLE = 1;
    static final byte LEAD2 = 2;
    static final byte LEAD3 = 3;
    static final byte INVALID = 4;

    /** What one encoding is made of: the JDK charset, the lead bytes, the corrections. */
    static final class Spec {
        final String name;
        final String jdk;
        final byte[] kinds = new byte[256];
        /** Pairs (bytes as a big-endian int, code point or -1 for "unmapped in CPython"). */
        int[] decodeOverrides = {};
        /** Pairs (code point, bytes as a big-endian int or -1 for "unmapped in CPython"). */
        int[] encodeOverrides = {};
        /** Whether CPython maps nothing to or from the Private Use Area (U+E000..U+F8FF). */
        boolean noPrivateUse;
        /** Another encoding whose tables fill what this one's leave unmapped, in both ways. */
        Spec fallback;
        /** A correction by rule, applied after the JDK reading and before the overrides. */
        java.util.function.Consumer<Tables> adjust;

        Spec(String name, String jdk, byte high) {
            this.name = name;
            this.jdk = jdk;
            for (int b = 0x80; b < 0x100; b++) {
                kinds[b] = high;
            }
        }

        Spec kind(int from, int to, byte kind) {
            for (int b = from; b <= to; b++) {
                kinds[b] = kind;
            }
            return this;
        }

        Spec noPrivateUse() {
            noPrivateUse = true;
            return this;
        }

        Spec fallback(Spec other) {
            fallback = other;
            return this;
        }

        Spec adjust(java.util.function.Consumer<Tables> rule) {
            adjust = rule;
            return this;
        }

        Spec decodeOverrides(int... pairs) {
            decodeOverrides = pairs;
            return this;
        }

        Spec encodeOverrides(int... pairs) {
            encodeOverrides = pairs;
            return this;
        }
    }

    final Spec spec;
    private volatile Tables tables;

    /** The decoded forms of singles, pairs and triples, and the encoded form of the BMP. */
    static final class Tables {
        final int[] single = new int[256];
        final char[] pair = new char[0x10000];
        final char[] triple;
        final int[] encode;

        Tables(Spec spec) {
            CharsetDecoder dec = JdkTables.decoder(spec.jdk);
            ByteBuffer in = ByteBuffer.allocate(4);
            CharBuffer out = CharBuffer.allocate(8);
            boolean hasTriple = false;
            for (int b = 0x80; b < 0x100; b++) {
                byte k = spec.kinds[b];
                if (k == SINGLE) {
                    single[b] = JdkTables.decodeOne(dec, in, out, new byte[] {(byte) b});
                } else if (k == LEAD2) {
                    byte[] seq = new byte[2];
                    seq[0] = (byte) b;
                    for (int t = 0; t < 0x100; t++) {
                        seq[1] = (byte) t;
                        int cp = JdkTables.decodeOne(dec, in, out, seq);
                        if (cp > 0 && cp <= 0xFFFF) {
                            pair[b << 8 | t] = (char) cp;
                        }
                    }
                } else if (k == LEAD3) {
                    hasTriple = true;
                }
            }
            triple = hasTriple ? new char[0x10000] : null;
            if (hasTriple) {
                for (int b = 0x80; b < 0x100; b++) {
                    if (spec.kinds[b] != LEAD3) {
                        continue;
                    }
                    byte[] seq = {(byte) b, 0, 0};
                    for (int x = 0xA1; x < 0xFF; x++) {
                        for (int y = 0xA1; y < 0xFF; y++) {
                            seq[1] = (byte) x;
                            seq[2] = (byte) y;
                            int cp = JdkTables.decodeOne(dec, in, out, seq);
                            if (cp > 0 && cp <= 0xFFFF) {
                                triple[x << 8 | y] = (char) cp;
                            }
                        }
                    }
                }
            }
            encode = JdkTables.encodeBmp(spec.jdk);
            for (int i = 0; i < 0x80; i++) {
                encode[i] = 1 << 24 | i;
            }
            if (spec.noPrivateUse) {
                dropPrivateUse();
            }
            if (spec.fallback != null) {
                Tables other = new Tables(spec.fallback);
                for (int i = 0; i < 0x10000; i++) {
                    if (pair[i] == 0) {
                        pair[i] = other.pair[i];
                    }
                    if (encode[i] == 0) {
                        encode[i] = other.encode[i];
                    }
                }
            }
            if (spec.adjust != null) {
                spec.adjust.accept(this);
            }
            int[] d = spec.decodeOverrides;
            for (int i = 0; i < d.length; i += 2) {
                int bytes = d[i];
                int cp = Math.max(d[i + 1], 0);
                if (bytes < 0x100) {
                    single[bytes] = cp == 0 ? -1 : cp;
                } else if (bytes < 0x10000) {
                    pair[bytes] = (char) cp;
                } else {
                    triple[bytes & 0xffff] = (char) cp;
                }
            }
            int[] e = spec.encodeOverrides;
            for (int i = 0; i < e.length; i += 2) {
                encode[e[i]] = packed(e[i + 1]);
            }
        }

        /** The table form of a byte sequence written as a big-endian int (-1: unmapped). */
        static int packed(int bytes) {
            if (bytes < 0) {
                return 0;
            }
            int n = bytes < 0x100 ? 1 : bytes < 0x10000 ? 2 : 3;
            return n << 24 | bytes;
        }

        /** The bytes an entry of {@link #encode} stands for, as a big-endian int (-1: none). */
        static int bytesOf(int entry) {
            return entry == 0 ? -1 : entry & 0xffffff;
        }

        private static boolean privateUse(int cp) {
            return cp >= 0xE000 && cp <= 0xF8FF;
        }

        private void dropPrivateUse() {
            for (int i = 0; i < 0x100; i++) {
                if (privateUse(single[i])) {
                    single[i] = -1;
                }
            }
            for (int i = 0; i < 0x10000; i++) {
                if (privateUse(pair[i])) {
                    pair[i] = 0;
                }
                if (triple != null && privateUse(triple[i])) {
                    triple[i] = 0;
                }
            }
            for (int cp = 0xE000; cp <= 0xF8FF; cp++) {
                encode[cp] = 0;
            }
        }
    }

    TableCodec(Spec spec) {
        super(spec.name);
        this.spec = spec;
    }

    final Tables tables() {
        Tables t = tables;
        if (t == null) {
            synchronized (this) {
                t = tables;
                if (t == null) {
                    t = new Tables(spec);
                    tables = t;
                }
            }
        }
        return t;
    }

    @Override
    void prepare() {
        tables();
    }

    /** Not a sequence the subclass handles: the table path decides. */
    static final int NOT_SPECIAL = Integer.MIN_VALUE;

    /** A subclass's own sequences starting with lead byte {@code c}; NOT_SPECIAL otherwise. */
    int decodeSpecial(DecodeBuffer in, int c) {
        return NOT_SPECIAL;
    }

    /** A subclass's own encoding of {@code c}, which the table does not map. */
    int encodeSpecial(EncodeBuffer in, int c) {
        return NOT_SPECIAL;
    }

    @Override
    int decode(byte[] state, DecodeBuffer in) {
        Tables t = tables();
        byte[] kinds = spec.kinds;
        while (in.pos < in.end) {
            int c = in.at(0);
            switch (kinds[c]) {
                case ASCII -> {
                    in.put(c);
                    in.pos++;
                }
                case SINGLE -> {
                    int cp = t.single[c];
                    if (cp < 0) {
                        return 1;
                    }
                    in.put(cp);
                    in.pos++;
                }
                case LEAD2 -> {
                    if (in.left() < 2) {
                        return TOOFEW;
                    }
                    int r = decodeSpecial(in, c);
                    if (r != NOT_SPECIAL) {
                        if (r != 0) {
                            return r;
                        }
                        continue;
                    }
                    char cp = t.pair[c << 8 | in.at(1)];
                    if (cp == 0) {
                        return 1;
                    }
                    in.put(cp);
                    in.pos += 2;
                }
                case LEAD3 -> {
                    if (in.left() < 3) {
                        return TOOFEW;
                    }
                    char cp = t.triple[in.at(1) << 8 | in.at(2)];
                    if (cp == 0) {
                        return 1;
                    }
                    in.put(cp);
                    in.pos += 3;
                }
                default -> {
                    return 1;
                }
            }
        }
        return 0;
    }

    @Override
    int encode(byte[] state, EncodeBuffer in, int flags) {
        int[] table = tables().encode;
        while (in.pos < in.len) {
            int c = in.cps[in.pos];
            int v = c <= 0xFFFF ? table[c] : 0;
            if (v == 0 && c != 0) {
                int r = encodeSpecial(in, c);
                if (r == NOT_SPECIAL) {
                    return 1;
                }
                if (r != 0) {
                    return r;
                }
                continue;
            }
            switch (v >>> 24) {
                case 1 -> in.write1(v);
                case 2 -> in.write2(v >> 8, v);
                case 3 -> {
                    in.write1(v >> 16);
                    in.write2(v >> 8, v);
                }
                default -> {
                    int r = encodeFour(in, v & 0xffffff);
                    if (r != 0) {
                        return r;
                    }
                }
            }
            in.pos++;
        }
        return 0;
    }

    /** Writes a four-byte form the table records by its index (gb18030 only). */
    int encodeFour(EncodeBuffer in, int index) {
        return INTERNAL;
    }
}
