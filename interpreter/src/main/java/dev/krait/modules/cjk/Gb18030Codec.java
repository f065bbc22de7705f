package dev.krait.modules.cjk;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;

/**
 * gb18030: GBK's one- and two-byte table plus the four-byte sequences, which cover the rest of
 * the BMP through a table (read from the JDK's GB18030) and the supplementary planes by
 * arithmetic from 0x90308130.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/_codecs_cn.c ENCODER(gb18030), DECODER(gb18030).
 */
final class Gb18030Codec extends TableCodec {
    /** The number of four-byte sequences that map the BMP (CPython decodes no more). */
    private static final int BMP_SEQUENCES = 39420;
    private volatile char[] four;

    Gb18030Codec(Spec spec) {
        super(spec);
    }

    private char[] four() {
        char[] f = four;
        if (f == null) {
            synchronized (this) {
                f = four;
                if (f == null) {
                    f = readFour();
                    four = f;
                }
            }
        }
        return f;
    }

    private char[] readFour() {
        CharsetDecoder dec = JdkTables.decoder(spec.jdk);
        ByteBuffer in = ByteBuffer.allocate(4);
        CharBuffer out = CharBuffer.allocate(8);
        char[] f = new char[BMP_SEQUENCES];
        byte[] seq = new byte[4];
        for (int i = 0; i < BMP_SEQUENCES; i++) {
            seq[0] = (byte) (0x81 + i / 12600);
            seq[1] = (byte) (0x30 + i / 1260 % 10);
            seq[2] = (byte) (0x81 + i / 10 % 126);
            seq[3] = (byte) (0x30 + i % 10);
            int cp = JdkTables.decodeOne(dec, in, out, seq);
            f[i] = cp > 0 && cp <= 0xFFFF ? (char) cp : 0;
        }
        for (int i = 0; i < SWAPS.length; i += 2) {
            int two = SWAPS[i];
            int cp = JdkTables.decodeOne(dec, in, out, new byte[] {(byte) (two >> 8),
                (byte) two});
            f[fourIndex(SWAPS[i + 1])] = (char) cp;
        }
        return f;
    }

    /**
     * GB18030-2005 (which the JDK follows) moved nineteen characters between a two-byte code
     * and a four-byte one; CPython keeps GB18030-2000's assignment. Pairs (two-byte code,
     * four-byte code) whose characters are exchanged.
     */
    private static final int[] SWAPS = {0xa6d9, 0x84318236, 0xa6da, 0x84318238,
        0xa6db, 0x84318237, 0xa6dc, 0x84318239, 0xa6dd, 0x84318330, 0xa6de, 0x84318331,
        0xa6df, 0x84318332, 0xa6ec, 0x84318333, 0xa6ed, 0x84318334, 0xa6f3, 0x84318335,
        0xa8bc, 0x8135f437, 0xfe59, 0x82359037, 0xfe61, 0x82359038, 0xfe66, 0x82359039,
        0xfe67, 0x82359130, 0xfe6d, 0x82359131, 0xfe7e, 0x82359132, 0xfe90, 0x82359133,
        0xfea0, 0x82359134};

    private static int fourIndex(int bytes) {
        return JdkTables.fourByteIndex((byte) (bytes >> 24), (byte) (bytes >> 16),
                (byte) (bytes >> 8), (byte) bytes);
    }

    /** The two-byte half of {@link #SWAPS}, applied to the one- and two-byte tables. */
    static void swapTwoByteCodes(TableCodec.Tables t) {
        CharsetDecoder dec = JdkTables.decoder("GB18030");
        ByteBuffer in = ByteBuffer.allocate(4);
        CharBuffer out = CharBuffer.allocate(8);
        for (int i = 0; i < SWAPS.length; i += 2) {
            int two = SWAPS[i];
            int four = SWAPS[i + 1];
            int jdkTwo = t.pair[two];
            int jdkFour = JdkTables.decodeOne(dec, in, out, new byte[] {(byte) (four >> 24),
                (byte) (four >> 16), (byte) (four >> 8), (byte) four});
            t.pair[two] = (char) jdkFour;
            t.encode[jdkFour] = TableCodec.Tables.packed(two);
            t.encode[jdkTwo] = 4 << 24 | fourIndex(four);
        }
    }

    @Override
    void prepare() {
        super.prepare();
        four();
    }

    @Override
    int decodeSpecial(DecodeBuffer in, int c) {
        int c2 = in.at(1);
        if (c2 < 0x30 || c2 > 0x39) {
            return NOT_SPECIAL;
        }
        if (in.left() < 4) {
            return TOOFEW;
        }
        int c3 = in.at(2);
        int c4 = in.at(3);
        if (c < 0x81 || c > 0xFE || c3 < 0x81 || c3 > 0xFE || c4 < 0x30 || c4 > 0x39) {
            return 1;
        }
        int index = ((c - 0x81) * 10 + c2 - 0x30) * 1260 + (c3 - 0x81) * 10 + c4 - 0x30;
        if (c - 0x81 < 4) {
            if (index < BMP_SEQUENCES && four()[index] != 0) {
                in.put(four()[index]);
                in.pos += 4;
                return 0;
            }
        } else if (c - 0x81 >= 15) {
            int cp = 0x10000 + index - 15 * 12600;
            if (cp <= 0x10FFFF) {
                in.put(cp);
                in.pos += 4;
                return 0;
            }
        }
        return 1;
    }

    @Override
    int encodeSpecial(EncodeBuffer in, int c) {
        if (c < 0x10000) {
            return NOT_SPECIAL;
        }
        writeFour(in, c - 0x10000 + 15 * 12600);
        in.pos++;
        return 0;
    }

    @Override
    int encodeFour(EncodeBuffer in, int index) {
        writeFour(in, index);
        return 0;
    }

    private static void writeFour(EncodeBuffer in, int index) {
        in.write2(0x81 + index / 12600, 0x30 + index / 1260 % 10);
        in.write2(0x81 + index / 10 % 126, 0x30 + index % 10);
    }
}
