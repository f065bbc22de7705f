package dev.krait.modules.cjk;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.util.HashMap;
import java.util.Map;

/**
 * JIS X 0213 (both planes, the 2004 edition), read from the JDK's {@code x-SJIS_0213}: what
 * every code decodes to (one BMP character, one plane-2 character, or a base character with a
 * combining mark), what code every character encodes to, and which characters begin a
 * combining pair. Codes are kept by their Shift_JIS form, into which both planes fold without
 * overlap; {@link #sjisOf} converts a plane, row and cell.
 *
 * <p>CPython counterpart: the jisx0213 tables of Modules/cjkcodecs/mappings_jp.h and
 * mappings_jisx0213_pair.h.
 */
final class Jisx0213Tables {
    /** Marks a {@link #decode} entry that is a pair: {@code PAIR | first << 16 | second}. */
    static final int PAIR = 0x80000000;

    /** By Shift_JIS code: the decoding, 0 where unmapped. */
    final int[] decode = new int[0x10000];
    /** By BMP code point: the Shift_JIS code of the character alone, 0 where none. */
    final char[] encodeBmp = new char[0x10000];
    /** Plane-2 (U+2xxxx) characters' Shift_JIS codes. */
    final Map<Integer, Integer> encodeEmp = new HashMap<>();
    /** Pairs' Shift_JIS codes, by {@code first << 16 | second}. */
    final Map<Integer, Integer> encodePair = new HashMap<>();
    /** The characters that begin a pair. */
    final boolean[] pairStart = new boolean[0x10000];

    private static volatile Jisx0213Tables instance;

    static Jisx0213Tables get() {
        Jisx0213Tables t = instance;
        if (t == null) {
            synchronized (Jisx0213Tables.class) {
                t = instance;
                if (t == null) {
                    t = new Jisx0213Tables();
                    instance = t;
                }
            }
        }
        return t;
    }

    private Jisx0213Tables() {
        CharsetDecoder dec = JdkTables.decoder("x-SJIS_0213");
        ByteBuffer in = ByteBuffer.allocate(4);
        CharBuffer out = CharBuffer.allocate(8);
        for (int lead = 0x81; lead <= 0xfc; lead++) {
            if (lead >= 0xa0 && lead < 0xe0) {
                continue;
            }
            for (int trail = 0x40; trail <= 0xfc; trail++) {
                if (trail == 0x7f) {
                    continue;
                }
                in.clear();
                in.put((byte) lead).put((byte) trail).flip();
                out.clear();
                dec.reset();
                CoderResult r = dec.decode(in, out, true);
                if (r.isError() || in.hasRemaining() || dec.flush(out).isError()) {
                    continue;
                }
                out.flip();
                int code = lead << 8 | trail;
                String s = out.toString();
                int n = s.codePointCount(0, s.length());
                if (n == 1) {
                    int cp = s.codePointAt(0);
                    decode[code] = cp;
                } else if (n == 2 && s.length() == 2) {
                    decode[code] = PAIR | s.charAt(0) << 16 | s.charAt(1);
                    encodePair.put(s.charAt(0) << 16 | s.charAt(1), code);
                    pairStart[s.charAt(0)] = true;
                }
            }
        }
        CharsetEncoder enc = JdkTables.encoder("x-SJIS_0213");
        CharBuffer cin = CharBuffer.allocate(2);
        ByteBuffer bout = ByteBuffer.allocate(8);
        for (int cp = 0x80; cp < 0x30000; cp++) {
            if (cp >= 0xd800 && cp <= 0xdfff || cp >= 0x10000 && cp < 0x20000) {
                continue;
            }
            int code = encodeOne(enc, cin, bout, cp);
            if (code < 0x8100) {
                continue;
            }
            if (cp < 0x10000) {
                encodeBmp[cp] = (char) code;
            } else {
                encodeEmp.put(cp, code);
            }
        }
        correct();
    }

    /**
     * Where CPython's JIS X 0213 table differs from the JDK's (found by
     * CjkCodecsDifferentialTest): 1-1-32 is REVERSE SOLIDUS and 1-2-18 TILDE in CPython,
     * their fullwidth forms in the JDK; 1-2-54 and 1-2-55 are the white parentheses U+2985 and
     * U+2986 in CPython, their fullwidth forms U+FF5F and U+FF60 in the JDK; and CPython does
     * not encode EM DASH (1-1-29 decodes to HORIZONTAL BAR, as in its JIS X 0208).
     */
    private void correct() {
        int[][] moved = {{0x815f, 0x5c, 0xff3c}, {0x81b0, 0x7e, 0xff5e},
            {0x81d4, 0x2985, 0xff5f}, {0x81d5, 0x2986, 0xff60}};
        for (int[] m : moved) {
            decode[m[0]] = m[1];
            encodeBmp[m[1]] = (char) m[0];
            encodeBmp[m[2]] = 0;
        }
        encodeBmp[0x2014] = 0;
    }

    /** The two-byte Shift_JIS code the JDK encodes {@code cp} alone to, or -1. */
    private static int encodeOne(CharsetEncoder enc, CharBuffer in, ByteBuffer out, int cp) {
        in.clear();
        in.put(Character.toChars(cp)).flip();
        out.clear();
        enc.reset();
        CoderResult r = enc.encode(in, out, true);
        if (r.isError() || in.hasRemaining() || enc.flush(out).isError()) {
            return -1;
        }
        out.flip();
        return out.remaining() == 2 ? (out.get(0) & 0xff) << 8 | out.get(1) & 0xff : -1;
    }

    /** Whether plane 2 of JIS X 0213 has row {@code row} (1..94); it has 26 of them. */
    static boolean plane2Row(int row) {
        return row == 1 || row >= 3 && row <= 5 || row == 8 || row >= 12 && row <= 15
                || row >= 78;
    }

    /**
     * The Shift_JIS code of plane {@code plane} (1 or 2), row and cell given as bytes
     * 0x21..0x7E; -1 for a plane-2 row JIS X 0213 does not have.
     */
    // CPython: Modules/cjkcodecs/_codecs_jp.c ENCODER(shift_jis_2004), the code conversion
    static int sjisOf(int plane, int c1, int c2) {
        int row;
        if (plane == 1) {
            row = c1 - 0x21;
        } else {
            if (!plane2Row(c1 - 0x20)) {
                return -1;
            }
            int c = c1 | 0x80;
            row = c >= 0xee ? c - 0x87 : c >= 0xac || c == 0xa8 ? c - 0x49 : c - 0x43;
        }
        int cell = c2 - 0x21;
        if ((row & 1) != 0) {
            cell += 0x5e;
        }
        row >>= 1;
        return (row + (row < 0x1f ? 0x81 : 0xc1)) << 8 | cell + (cell < 0x3f ? 0x40 : 0x41);
    }

    /** The plane (1 or 2), row and cell of a Shift_JIS code: {@code plane << 16 | c1 << 8 | c2}. */
    // CPython: Modules/cjkcodecs/_codecs_jp.c DECODER(shift_jis_2004), the code conversion
    static int jisOf(int sjis) {
        int lead = sjis >> 8;
        int trail = sjis & 0xff;
        int c1 = lead < 0xe0 ? lead - 0x81 : lead - 0xc1;
        int c2 = trail < 0x80 ? trail - 0x40 : trail - 0x41;
        c1 = 2 * c1 + (c2 < 0x5e ? 0 : 1);
        c2 = (c2 < 0x5e ? c2 : c2 - 0x5e) + 0x21;
        if (c1 < 0x5e) {
            return 1 << 16 | c1 + 0x21 << 8 | c2;
        }
        c1 = c1 >= 0x67 ? c1 + 0x07 : c1 >= 0x63 || c1 == 0x5f ? c1 - 0x37 : c1 - 0x3d;
        return 2 << 16 | c1 << 8 | c2;
    }
}
