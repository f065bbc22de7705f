package dev.krait.modules.sre;

import static dev.krait.modules.sre.SreConstants.*;

/**
 * What a piece of code must match first, and what follows from it: the one-character test an
 * alternative, a search start or a repeat's tail begins with ({@link #firstItem}), the next
 * position where that test passes ({@link #nextCandidate}), and whether two such tests can pass
 * on the same character ({@link #disjoint}).
 *
 * <p>The engine uses these to skip work that could only fail, never to change a result: a
 * search start or a branch alternative whose first character fails is not attempted, and a
 * greedy {@code REPEAT_ONE} whose tail must start with a character its item never matches is run
 * as {@code POSSESSIVE_REPEAT_ONE} ({@link #program}): giving a character back could only put an
 * item character where the tail needs another one, so the first try of the tail is the only one
 * that can succeed. CPython makes the same kind of check for a branch alternative or a repeat
 * tail that starts with a literal (sre_lib.h {@code SRE_OP_BRANCH}, {@code SRE_OP_REPEAT_ONE});
 * these look past marks and into repeats, and compare sets.
 */
final class SreFirstChars {
    private SreFirstChars() {}

    /** Most characters a set is enumerated to, to compare it with another test. */
    private static final int MAX_MEMBERS = 512;

    /**
     * Where the one-character test is that the code at {@code p} must pass at its first
     * position: an item ({@code LITERAL}, {@code IN}, {@code CATEGORY} ...), found after marks
     * and inside a repeat that must match at least once or an atomic group; -1 when the code
     * at {@code p} may match without consuming a character there.
     */
    static int firstItem(int[] code, int p) {
        for (;;) {
            int op = code[p];
            switch (op) {
                case MARK:
                    p += 2;
                    continue;
                case REPEAT_ONE:
                case MIN_REPEAT_ONE:
                case POSSESSIVE_REPEAT_ONE:
                case REPEAT:
                case POSSESSIVE_REPEAT:
                    // <op> <skip> <min> <max> item-or-body
                    if (code[p + 2] == 0) {
                        return -1;
                    }
                    p += 4;
                    continue;
                case ATOMIC_GROUP:
                    // <ATOMIC_GROUP> <skip> pattern
                    p += 2;
                    continue;
                case LITERAL, NOT_LITERAL, IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE, CATEGORY,
                        ANY, ANY_ALL, LITERAL_IGNORE, LITERAL_UNI_IGNORE, LITERAL_LOC_IGNORE,
                        NOT_LITERAL_IGNORE, NOT_LITERAL_UNI_IGNORE, NOT_LITERAL_LOC_IGNORE:
                    return p;
                default:
                    return -1;
            }
        }
    }

    /**
     * The first position in [ptr, limit) whose character passes the item at code[item], or
     * {@code limit}; every position below {@code limit} must hold a character.
     */
    static int nextCandidate(SreState s, int[] code, int item, int ptr, int limit) {
        int op = code[item];
        switch (op) {
            case IN:
            case IN_IGNORE:
            case IN_UNI_IGNORE:
            case IN_LOC_IGNORE:
                while (ptr < limit && !SreCharset.test(s, op, code, item + 2, s.ch(ptr))) {
                    ptr++;
                }
                return ptr;
            case LITERAL: {
                int c = code[item + 1];
                while (ptr < limit && s.ch(ptr) != c) {
                    ptr++;
                }
                return ptr;
            }
            case CATEGORY: {
                int category = code[item + 1];
                while (ptr < limit && !SreChars.category(category, s.ch(ptr))) {
                    ptr++;
                }
                return ptr;
            }
            case ANY_ALL:
                return ptr;
            case NOT_LITERAL: {
                int c = code[item + 1];
                while (ptr < limit && s.ch(ptr) == c) {
                    ptr++;
                }
                return ptr;
            }
            case ANY:
                while (ptr < limit && SreChars.isLinebreak(s.ch(ptr))) {
                    ptr++;
                }
                return ptr;
            default:
                while (ptr < limit
                        && !SreChars.literalIgnore(op, code[item + 1], s.ch(ptr))) {
                    ptr++;
                }
                return ptr;
        }
    }

    /**
     * Whether the code at {@code p} (a branch's alternative) may match at {@code ptr}: false
     * when it starts with a one-character test that the character there fails, or there is no
     * character. Skipping such an alternative is invisible: the marks it would set before
     * failing are above the branch's saved {@code lastmark}, which the branch restores.
     */
    static boolean mayStart(SreState s, int[] code, int p, int ptr) {
        int item = firstItem(code, p);
        if (item < 0) {
            return true;
        }
        return ptr < s.end && nextCandidate(s, code, item, ptr, ptr + 1) == ptr;
    }

    /**
     * The code the engine runs for {@code code}: a copy in which each greedy
     * {@code REPEAT_ONE} (at the positions {@code repeats}) that cannot usefully give
     * characters back is a {@code POSSESSIVE_REPEAT_ONE}, or {@code code} itself when none is.
     * Such a repeat has a fixed count ({@code x{3}}), or a tail that must end the match (only
     * marks before {@code SUCCESS}: a shorter match cannot meet an end condition the longest
     * missed), or a tail whose first character test no item character passes.
     */
    static int[] program(int[] code, int[] repeats) {
        int[] program = code;
        for (int pos : repeats) {
            if (code[pos] == REPEAT_ONE && givesNothingBack(code, pos)) {
                if (program == code) {
                    program = code.clone();
                }
                program[pos] = POSSESSIVE_REPEAT_ONE;
            }
        }
        return program;
    }

    // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
    private static boolean givesNothingBack(int[] code, int pos) {
        if (code[pos + 2] == code[pos + 3]) {
            return true;
        }
        int tail = pos + 1 + code[pos + 1];
        int t = tail;
        while (code[t] == MARK) {
            t += 2;
        }
        if (code[t] == SUCCESS) {
            return true;
        }
        int item = pos + 4;
        int first = firstItem(code, tail);
        return first >= 0 && itemEnd(code, item) == tail - 1 && disjoint(code, item, first);
    }

    /** Where the item at code[item] ends, for the items {@link #disjoint} compares; else -1. */
    private static int itemEnd(int[] code, int item) {
        return switch (code[item]) {
            case LITERAL, NOT_LITERAL, CATEGORY -> item + 2;
            case ANY -> item + 1;
            case IN -> item + 1 + code[item + 1];
            default -> -1;
        };
    }

    /** Whether no character passes both the item at code[a] and the one at code[b]. */
    static boolean disjoint(int[] code, int a, int b) {
        int[] members = members(code, a);
        if (members != null) {
            return noneAccepted(code, b, members);
        }
        members = members(code, b);
        if (members != null) {
            return noneAccepted(code, a, members);
        }
        int ca = category(code, a);
        int cb = category(code, b);
        // CATEGORY_DIGIT and CATEGORY_NOT_DIGIT, and so on: each class beside its complement
        return ca >= 0 && cb >= 0 && (ca ^ 1) == cb;
    }

    private static boolean noneAccepted(int[] code, int item, int[] members) {
        for (int ch : members) {
            if (accepts(code, item, ch)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the case-sensitive item at code[item] passes ch; true (possibly) for the items
     * this class does not compare.
     */
    private static boolean accepts(int[] code, int item, int ch) {
        return switch (code[item]) {
            case LITERAL -> ch == code[item + 1];
            case NOT_LITERAL -> ch != code[item + 1];
            case IN -> SreCharset.in(code, item + 2, ch);
            case CATEGORY -> SreChars.category(code[item + 1], ch);
            case ANY -> !SreChars.isLinebreak(ch);
            default -> true;
        };
    }

    /**
     * Every character the item at code[item] passes, when they are few and known (a literal, or
     * a case-sensitive set of literals, small ranges and bitmaps); null otherwise.
     */
    private static int[] members(int[] code, int item) {
        if (code[item] == LITERAL) {
            return new int[] {code[item + 1]};
        }
        if (code[item] != IN) {
            return null;
        }
        int[] out = new int[16];
        int n = 0;
        int p = item + 2;
        for (;;) {
            int op = code[p];
            if (op == FAILURE) {
                break;
            }
            int lo;
            int hi;
            if (op == LITERAL) {
                lo = code[p + 1];
                hi = lo;
                p += 2;
            } else if (op == RANGE) {
                lo = code[p + 1];
                hi = code[p + 2];
                p += 3;
            } else if (op == CHARSET) {
                lo = 0;
                hi = -1;
                for (int ch = 0; ch < 256; ch++) {
                    if ((code[p + 1 + (ch >>> 5)] & (1 << (ch & 31))) != 0) {
                        if (n == out.length) {
                            out = java.util.Arrays.copyOf(out, n * 2);
                        }
                        out[n++] = ch;
                    }
                }
                p += 9;
            } else {
                // NEGATE, CATEGORY, BIGCHARSET, RANGE_UNI_IGNORE: not enumerated
                return null;
            }
            if ((long) hi - lo + n > MAX_MEMBERS) {
                return null;
            }
            for (int ch = lo; ch <= hi; ch++) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = ch;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The class of a {@code CATEGORY} item or of a set holding one category alone, else -1. */
    private static int category(int[] code, int item) {
        if (code[item] == CATEGORY) {
            return code[item + 1];
        }
        if (code[item] == IN && code[item + 2] == CATEGORY && code[item + 4] == FAILURE) {
            return code[item + 3];
        }
        return -1;
    }
}
