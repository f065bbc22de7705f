package dev.krait.modules.cjk;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Reads mapping tables out of the JDK's own charsets, so that Krait stores none of its own:
 * which single bytes decode to what, what every two-byte (or three- or four-byte) sequence
 * decodes to, and what bytes every BMP code point encodes to. A codec then corrects the few
 * places where CPython's tables differ from the JDK's with a documented override list, checked
 * against CPython over the whole code space by {@code CjkCodecsDifferentialTest}.
 *
 * <p>Each reading runs once per JVM, on the first use of a codec that needs it (tens of
 * milliseconds a codec); programs that use no CJK codec pay nothing.
 */
final class JdkTables {
    private JdkTables() {}

    /** The code point {@code bytes} decode to as one character, or -1. */
    static int decodeOne(CharsetDecoder dec, ByteBuffer in, CharBuffer out, byte[] bytes) {
        in.clear();
        in.put(bytes).flip();
        out.clear();
        dec.reset();
        CoderResult r = dec.decode(in, out, true);
        if (r.isError() || in.hasRemaining()) {
            return -1;
        }
        r = dec.flush(out);
        if (r.isError()) {
            return -1;
        }
        out.flip();
        if (out.remaining() == 1) {
            return out.get(0);
        }
        if (out.remaining() == 2 && Character.isSurrogatePair(out.get(0), out.get(1))) {
            return Character.toCodePoint(out.get(0), out.get(1));
        }
        return -1;
    }

    static CharsetDecoder decoder(String charset) {
        return Charset.forName(charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static CharsetEncoder encoder(String charset) {
        return Charset.forName(charset).newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * What every BMP code point encodes to: {@code length << 24 | bytes} (big-endian), for one
     * to three bytes, and {@code 4 << 24 | index} for GB18030's four-byte sequences (see
     * {@link #fourByteIndex}); 0 where the charset has no mapping.
     */
    static int[] encodeBmp(String charset) {
        CharsetEncoder enc = encoder(charset);
        int[] table = new int[0x10000];
        CharBuffer in = CharBuffer.allocate(1);
        ByteBuffer out = ByteBuffer.allocate(16);
        for (int c = 0x80; c < 0x10000; c++) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                continue;
            }
            in.clear();
            in.put((char) c).flip();
            out.clear();
            enc.reset();
            CoderResult r = enc.encode(in, out, true);
            if (r.isError() || in.hasRemaining() || enc.flush(out).isError()) {
                continue;
            }
            out.flip();
            int n = out.remaining();
            if (n == 4) {
                table[c] = 4 << 24 | fourByteIndex(out.get(0), out.get(1), out.get(2),
                        out.get(3));
                continue;
            }
            if (n < 1 || n > 3) {
                continue;
            }
            int v = 0;
            for (int i = 0; i < n; i++) {
                v = v << 8 | (out.get(i) & 0xff);
            }
            table[c] = n << 24 | v;
        }
        return table;
    }

    /** The position of a GB18030 four-byte sequence in the sequences' order, from 0. */
    static int fourByteIndex(byte b1, byte b2, byte b3, byte b4) {
        return (((b1 & 0xff) - 0x81) * 10 + (b2 & 0xff) - 0x30) * 1260
                + ((b3 & 0xff) - 0x81) * 10 + (b4 & 0xff) - 0x30;
    }
}
