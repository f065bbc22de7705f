package dev.krait.modules.sre;

import static dev.krait.modules.sre.SreConstants.*;

/**
 * The two ways to run a pattern: {@link #match} at {@code s.start} only, and {@link #search},
 * which tries successive start positions, using the pattern's {@code INFO} block to skip ahead:
 * a literal prefix (found with its overlap table, as in Knuth-Morris-Pratt) or the set of
 * possible first characters. In the general case a start whose first test (an anchor such as
 * {@code \b}, or a look-around starting with a literal) fails is skipped without an attempt:
 * that attempt could only fail at once, leaving nothing behind.
 *
 * <p>CPython counterpart: Modules/_sre/sre.c {@code sre_match}, {@code sre_search}, and
 * sre_lib.h {@code SRE(search)}.
 */
final class SreSearch {
    private SreSearch() {}

    static boolean match(SreState s, int[] code) {
        s.ptr = s.start;
        return SreMatcher.match(s, code, 0, true);
    }

    /** On success {@code s.start} is where the match begins and {@code s.ptr} where it ends. */
    // CPython: Modules/_sre/sre_lib.h SRE(search)
    static boolean search(SreState s, int[] code) {
        int ptr = s.start;
        int end = s.end;
        int pc = 0;
        int flags = 0;
        int prefixLen = 0;
        int prefixSkip = 0;
        int prefix = -1;
        int overlap = -1;
        int charset = -1;
        if (ptr > end) {
            return false;
        }
        if (code[0] == INFO) {
            // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
            flags = code[2];
            long min = code[3] & 0xFFFFFFFFL;
            if (min != 0 && end - ptr < min) {
                return false;
            }
            if (min > 1) {
                // leave at least one character, so that the literal scan still works
                end -= (int) (min - 1);
                if (end <= ptr) {
                    end = ptr;
                }
            }
            if ((flags & INFO_PREFIX) != 0) {
                // <length> <skip> <prefix data> <overlap data>
                prefixLen = code[5];
                prefixSkip = code[6];
                prefix = 7;
                overlap = prefix + prefixLen - 1;
            } else if ((flags & INFO_CHARSET) != 0) {
                charset = 5;
            }
            pc = 1 + code[1];
        }

        if (prefixLen == 1) {
            return searchLiteral(s, code, ptr, code[prefix], prefixSkip, flags, pc);
        }
        if (prefixLen > 1) {
            return searchPrefix(s, code, ptr, prefix, prefixLen, prefixSkip, overlap, flags, pc);
        }
        if (charset >= 0) {
            return searchCharset(s, code, ptr, charset, pc);
        }
        return searchGeneral(s, code, ptr, end, pc);
    }

    // Each kind of search is a method of its own, so that the JIT profiles and compiles it
    // for the patterns that take it: in one method, a pattern of a new kind reached branches
    // the last compilation had pruned, and the whole search was compiled again.

    /** A pattern starting with the literal character {@code c}. */
    private static boolean searchLiteral(SreState s, int[] code, int ptr, int c, int prefixSkip,
            int flags, int pc) {
        int end = s.end;
        s.mustAdvance = false;
        while (ptr < end) {
            while (s.ch(ptr) != c) {
                if (++ptr >= end) {
                    return false;
                }
            }
            s.start = ptr;
            s.ptr = ptr + prefixSkip;
            if ((flags & INFO_LITERAL) != 0) {
                return true;
            }
            if (SreMatcher.match(s, code, pc + 2 * prefixSkip, false)) {
                return true;
            }
            ++ptr;
            s.resetCaptures();
        }
        return false;
    }

    /** A pattern starting with a literal prefix of more than one character. */
    private static boolean searchPrefix(SreState s, int[] code, int ptr, int prefix,
            int prefixLen, int prefixSkip, int overlap, int flags, int pc) {
        // the overlap table says how far a partial match carries over
        int end = s.end;
        if (prefixLen > end - ptr) {
            return false;
        }
        while (ptr < end) {
            int c = code[prefix];
            while (s.ch(ptr++) != c) {
                if (ptr >= end) {
                    return false;
                }
            }
            if (ptr >= end) {
                return false;
            }
            int i = 1;
            s.mustAdvance = false;
            do {
                if (s.ch(ptr) == code[prefix + i]) {
                    if (++i != prefixLen) {
                        if (++ptr >= end) {
                            return false;
                        }
                        continue;
                    }
                    // a potential match
                    s.start = ptr - (prefixLen - 1);
                    s.ptr = ptr - (prefixLen - prefixSkip - 1);
                    if ((flags & INFO_LITERAL) != 0) {
                        return true;
                    }
                    if (SreMatcher.match(s, code, pc + 2 * prefixSkip, false)) {
                        return true;
                    }
                    if (++ptr >= end) {
                        return false;
                    }
                    s.resetCaptures();
                }
                i = code[overlap + i];
            } while (i != 0);
        }
        return false;
    }

    /** A pattern whose first character is in the set at {@code code[charset]}. */
    private static boolean searchCharset(SreState s, int[] code, int ptr, int charset, int pc) {
        int end = s.end;
        s.mustAdvance = false;
        for (;;) {
            while (ptr < end && !SreCharset.test(s, IN, code, charset, s.ch(ptr))) {
                ptr++;
            }
            if (ptr >= end) {
                return false;
            }
            s.start = ptr;
            s.ptr = ptr;
            if (SreMatcher.match(s, code, pc, false)) {
                return true;
            }
            ptr++;
            s.resetCaptures();
        }
    }

    /**
     * Any other pattern: an attempt at each start, skipping those whose first tests fail. The
     * pattern's leading zero-width items (marks, an anchor, look-arounds) and its first
     * character test (a literal, a set, or a repeat of one with a minimum of at least one) are
     * tried here before a whole attempt is set up: a start where one of them fails could only
     * fail at once, leaving nothing behind (the next attempt resets the captures).
     */
    private static boolean searchGeneral(SreState s, int[] code, int ptr, int end, int pc) {
        s.start = ptr;
        s.ptr = ptr;
        boolean status = SreMatcher.match(s, code, pc, true);
        s.mustAdvance = false;
        if (!status && code[pc] == AT
                && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
            s.start = end;
            s.ptr = end;
            return false;
        }
        int at = -1;
        int assertBack = -1;
        int assertChar = 0;
        int first = pc;
        for (;;) {
            int op = code[first];
            if (op == MARK) {
                first += 2;
            } else if (op == AT && at < 0) {
                at = code[first + 1];
                first += 2;
            } else if ((op == ASSERT || op == ASSERT_NOT) && code[first + 1] > 0) {
                // <ASSERT> <skip> <back> <pattern>: a look-ahead or look-behind of a literal
                if (op == ASSERT && assertBack < 0 && code[first + 3] == LITERAL) {
                    assertBack = code[first + 2];
                    assertChar = code[first + 4];
                }
                first += 1 + code[first + 1];
            } else {
                break;
            }
        }
        int item = SreFirstChars.firstItem(code, first);
        // past the last start whose first character exists
        int limit = Math.min(end + 1, s.end);
        while (!status && ptr < end) {
            ptr++;
            if (item >= 0) {
                ptr = SreFirstChars.nextCandidate(s, code, item, ptr, limit);
                if (ptr >= limit) {
                    return false;
                }
            }
            if (at >= 0 && !SreCharset.at(s, ptr, at)) {
                continue;
            }
            if (assertBack >= 0) {
                int p = ptr - assertBack;
                if (p < 0 || p >= s.end || s.ch(p) != assertChar) {
                    continue;
                }
            }
            s.resetCaptures();
            s.start = ptr;
            s.ptr = ptr;
            status = SreMatcher.match(s, code, pc, false);
        }
        return status;
    }
}
