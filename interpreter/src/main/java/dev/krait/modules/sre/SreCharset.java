package dev.krait.modules.sre;

import static dev.krait.modules.sre.SreConstants.*;

/**
 * The engine's single-position tests: set membership ({@code IN} and its variants), anchors
 * ({@code AT}), and {@code count}, which advances over as many repetitions of a one-character
 * item as possible (the fast inner loop of {@code x*}).
 *
 * <p>CPython counterpart: Modules/_sre/sre_lib.h {@code SRE(charset)},
 * {@code SRE(charset_loc_ignore)}, {@code SRE(at)}, {@code SRE(count)}.
 */
final class SreCharset {
    private SreCharset() {}

    /**
     * Every set of one pattern's code answered in advance for the characters below 256: the
     * engine tests such a character with one bit instead of walking the set's items (ranges,
     * categories, bitmaps, negation) and its case rule. {@code index[set]} is the offset in
     * {@code bits} of the 256-bit table of the set starting at code[set], or -1.
     */
    record Tables(int[] index, long[] bits) {
        static final Tables NONE = new Tables(new int[0], new long[0]);
    }

    /** The tables of the sets named by {@code sets} (start and opcode pairs) in {@code code}. */
    static Tables tables(int[] code, int[] sets) {
        if (sets.length == 0) {
            return Tables.NONE;
        }
        int[] index = new int[code.length];
        java.util.Arrays.fill(index, -1);
        long[] bits = new long[sets.length * 2];
        for (int k = 0; k < sets.length; k += 2) {
            int set = sets[k];
            int op = sets[k + 1];
            int offset = k * 2;
            for (int ch = 0; ch < 256; ch++) {
                if (inOp(op, code, set, ch)) {
                    bits[offset + (ch >>> 6)] |= 1L << ch;
                }
            }
            index[set] = offset;
        }
        return new Tables(index, bits);
    }

    /** {@code IN} or one of its variants: whether ch passes the set at code[set]. */
    static boolean inOp(int op, int[] code, int set, int ch) {
        return switch (op) {
            case IN_IGNORE -> in(code, set, SreChars.lowerAscii(ch));
            case IN_UNI_IGNORE -> in(code, set, SreChars.lowerUnicode(ch));
            case IN_LOC_IGNORE -> inLocIgnore(code, set, ch);
            default -> in(code, set, ch);
        };
    }

    /** {@link #inOp}, through the state's tables for a character below 256. */
    static boolean test(SreState s, int op, int[] code, int set, int ch) {
        if (ch < 256 && ch >= 0) {
            int offset = s.setIndex[set];
            if (offset >= 0) {
                return (s.setBits[offset + (ch >>> 6)] & (1L << ch)) != 0;
            }
        }
        return inOp(op, code, set, ch);
    }

    /** Whether ch is in the set starting at code[set] (a sequence of set items ending FAILURE). */
    // CPython: Modules/_sre/sre_lib.h SRE(charset)
    static boolean in(int[] code, int set, int ch) {
        boolean ok = true;
        for (;;) {
            switch (code[set++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (ch == code[set]) {
                        return ok;
                    }
                    set++;
                    break;
                case CATEGORY:
                    if (SreChars.category(code[set], ch)) {
                        return ok;
                    }
                    set++;
                    break;
                case CHARSET:
                    if (ch < 256 && (code[set + (ch >>> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    set += 8;
                    break;
                case RANGE:
                    if (code[set] <= ch && ch <= code[set + 1]) {
                        return ok;
                    }
                    set += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    // ch is already lower case; its upper case may fall in the range instead
                    if (code[set] <= ch && ch <= code[set + 1]) {
                        return ok;
                    }
                    int uch = SreChars.upperUnicode(ch);
                    if (code[set] <= uch && uch <= code[set + 1]) {
                        return ok;
                    }
                    set += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    // <BIGCHARSET> <blockcount> <256 block numbers, 4 to a word> <blocks>
                    int count = code[set++];
                    int block = -1;
                    if (ch >= 0 && ch < 0x10000) {
                        int hi = ch >>> 8;
                        block = (code[set + (hi >>> 2)] >>> ((hi & 3) * 8)) & 0xFF;
                    }
                    set += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (ch & 255);
                        if ((code[set + (bit >>> 5)] & (1 << (ch & 31))) != 0) {
                            return ok;
                        }
                    }
                    set += count * 8;
                    break;
                }
                default:
                    // CPython: an internal error here is taken as "no match"
                    return false;
            }
        }
    }

    // CPython: Modules/_sre/sre_lib.h SRE(charset_loc_ignore)
    static boolean inLocIgnore(int[] code, int set, int ch) {
        int lo = SreChars.lowerLocale(ch);
        if (in(code, set, lo)) {
            return true;
        }
        int up = SreChars.upperLocale(ch);
        return up != lo && in(code, set, up);
    }

    /** Whether position ptr satisfies the anchor {@code at}. */
    // CPython: Modules/_sre/sre_lib.h SRE(at)
    static boolean at(SreState s, int ptr, int at) {
        int end = s.end;
        switch (at) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return ptr == 0;
            case AT_BEGINNING_LINE:
                return ptr == 0 || SreChars.isLinebreak(s.ch(ptr - 1));
            case AT_END:
                return (end - ptr == 1 && SreChars.isLinebreak(s.ch(ptr))) || ptr == end;
            case AT_END_LINE:
                return ptr == end || SreChars.isLinebreak(s.ch(ptr));
            case AT_END_STRING:
                return ptr == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY:
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean before = ptr > 0 && word(at, s.ch(ptr - 1));
                boolean here = ptr < end && word(at, s.ch(ptr));
                boolean boundary = at == AT_BOUNDARY || at == AT_LOC_BOUNDARY
                        || at == AT_UNI_BOUNDARY;
                return boundary ? here != before : here == before;
            }
            default:
                return false;
        }
    }

    private static boolean word(int at, int ch) {
        return switch (at) {
            case AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY -> SreChars.isUniWord(ch);
            case AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY -> SreChars.isLocWord(ch);
            default -> SreChars.isWord(ch);
        };
    }

    /**
     * How many times, at most {@code maxcount}, the one-character item at code[pc] repeats
     * from {@code s.ptr}. An item without a fast path runs through the matcher once per
     * repetition.
     */
    // CPython: Modules/_sre/sre_lib.h SRE(count)
    static int count(SreState s, int[] code, int pc, long maxcount) {
        int ptr = s.ptr;
        int end = s.end;
        if (maxcount < end - ptr && maxcount != MAXREPEAT) {
            end = ptr + (int) maxcount;
        }
        int chr;
        switch (code[pc]) {
            case IN:
            case IN_IGNORE:
            case IN_UNI_IGNORE:
            case IN_LOC_IGNORE: {
                int op = code[pc];
                while (ptr < end && test(s, op, code, pc + 2, s.ch(ptr))) {
                    ptr++;
                }
                break;
            }
            case ANY:
                while (ptr < end && !SreChars.isLinebreak(s.ch(ptr))) {
                    ptr++;
                }
                break;
            case ANY_ALL:
                ptr = end;
                break;
            case LITERAL:
                chr = code[pc + 1];
                while (ptr < end && s.ch(ptr) == chr) {
                    ptr++;
                }
                break;
            case LITERAL_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && SreChars.lowerAscii(s.ch(ptr)) == chr) {
                    ptr++;
                }
                break;
            case LITERAL_UNI_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && SreChars.lowerUnicode(s.ch(ptr)) == chr) {
                    ptr++;
                }
                break;
            case LITERAL_LOC_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && SreChars.charLocIgnore(chr, s.ch(ptr))) {
                    ptr++;
                }
                break;
            case NOT_LITERAL:
                chr = code[pc + 1];
                while (ptr < end && s.ch(ptr) != chr) {
                    ptr++;
                }
                break;
            case NOT_LITERAL_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && SreChars.lowerAscii(s.ch(ptr)) != chr) {
                    ptr++;
                }
                break;
            case NOT_LITERAL_UNI_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && SreChars.lowerUnicode(s.ch(ptr)) != chr) {
                    ptr++;
                }
                break;
            case NOT_LITERAL_LOC_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && !SreChars.charLocIgnore(chr, s.ch(ptr))) {
                    ptr++;
                }
                break;
            default: {
                // a one-character subpattern (a branch, a group-free item): run it repeatedly
                int from = s.ptr;
                while (s.ptr < end) {
                    if (!SreMatcher.match(s, code, pc, false)) {
                        break;
                    }
                }
                return s.ptr - from;
            }
        }
        return ptr - s.ptr;
    }

    /**
     * {@code GROUPREF} and its case-insensitive variants: where the text of group
     * {@code group} (0-based), matched again at {@code ptr}, ends; -1 if it does not match or the
     * group is unset.
     */
    // CPython: Modules/_sre/sre_lib.h SRE(match) case SRE_OP_GROUPREF
    static int groupRef(SreState s, int op, int group, int ptr) {
        int groupref = group * 2;
        if (groupref >= s.lastmark) {
            return -1;
        }
        int p = s.mark[groupref];
        int e = s.mark[groupref + 1];
        if (p < 0 || e < 0 || e < p) {
            return -1;
        }
        int end = s.end;
        while (p < e) {
            if (ptr >= end || !SreChars.sameChar(op, s.ch(ptr), s.ch(p))) {
                return -1;
            }
            p++;
            ptr++;
        }
        return ptr;
    }
}
