package dev.krait.modules.cjk;

/**
 * euc_kr: KS X 1001 as a table codec, plus the eight-byte make-up sequences of KS X 1001:1998
 * Annex 3 that spell a Hangul syllable outside KS X 1001 by its jamo (fill, initial, medial,
 * final, each after the lead byte 0xA4) — CPython decodes them and encodes the CP949-only
 * syllables that way.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/_codecs_kr.c ENCODER(euc_kr), DECODER(euc_kr).
 */
final class EucKrCodec extends TableCodec {
    private static final int JAMO_LEAD = 0xA4;
    private static final int FILLER = 0xD4;

    /**
     * The second byte (after 0xA4) of the KS X 1001 compatibility jamo for each of Unicode's
     * 19 initial consonants in syllable order; KS X 1001 row 4 holds U+3131..U+314E in order.
     */
    private static final int[] INITIAL = {0xA1, 0xA2, 0xA4, 0xA7, 0xA8, 0xA9, 0xB1, 0xB2, 0xB3,
        0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE};
    /** The same for the 27 final consonants (index 0, no final, is the filler). */
    private static final int[] FINAL = {FILLER, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA9,
        0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF, 0xB0, 0xB1, 0xB2, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xBA,
        0xBB, 0xBC, 0xBD, 0xBE};
    /** The 21 medial vowels are the consecutive bytes from this one. */
    private static final int FIRST_MEDIAL = 0xBF;

    EucKrCodec(Spec spec) {
        super(spec);
    }

    @Override
    int decodeSpecial(DecodeBuffer in, int c) {
        if (c != JAMO_LEAD || in.at(1) != FILLER) {
            return NOT_SPECIAL;
        }
        if (in.left() < 8) {
            return TOOFEW;
        }
        if (in.at(2) != JAMO_LEAD || in.at(4) != JAMO_LEAD || in.at(6) != JAMO_LEAD) {
            return 1;
        }
        int initial = indexOf(INITIAL, in.at(3), 0);
        int medial = in.at(5) - FIRST_MEDIAL;
        int fin = indexOf(FINAL, in.at(7), 0);
        if (initial < 0 || medial < 0 || medial > 20 || fin < 0) {
            return 1;
        }
        in.put(0xAC00 + initial * 588 + medial * 28 + fin);
        in.pos += 8;
        return 0;
    }

    private static int indexOf(int[] table, int b, int from) {
        for (int i = from; i < table.length; i++) {
            if (table[i] == b) {
                return i;
            }
        }
        return -1;
    }

    @Override
    int encodeSpecial(EncodeBuffer in, int c) {
        if (c < 0xAC00 || c > 0xD7A3) {
            return NOT_SPECIAL;
        }
        int s = c - 0xAC00;
        in.write2(JAMO_LEAD, FILLER);
        in.write2(JAMO_LEAD, INITIAL[s / 588]);
        in.write2(JAMO_LEAD, FIRST_MEDIAL + s / 28 % 21);
        in.write2(JAMO_LEAD, FINAL[s % 28]);
        in.pos++;
        return 0;
    }
}
