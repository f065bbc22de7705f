package dev.krait.unicode;

import java.util.Arrays;

/**
 * Normalization exactly as CPython 3.11's {@code unicodedata.normalize}: full canonical (NFD,
 * NFC) or compatibility (NFKD, NFKC) decomposition, canonical ordering by combining class, then
 * for NFC and NFKC canonical composition with CPython's blocking rule; Hangul syllables are
 * decomposed and composed arithmetically.
 * The decompositions, combining classes and primary composites come from the generated
 * {@code normalization.gz}, read on first use by the lazy class {@link Data}.
 * CPython counterpart: {@code Modules/unicodedata.c} nfd_nfkd and nfc_nfkc.
 */
final class Normalization {
    private Normalization() {}

    // Hangul syllable arithmetic (The Unicode Standard, section 3.12).
    private static final int S_BASE = 0xAC00;
    private static final int L_BASE = 0x1100;
    private static final int V_BASE = 0x1161;
    private static final int T_BASE = 0x11A7;
    private static final int L_COUNT = 19;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;
    private static final int N_COUNT = V_COUNT * T_COUNT;
    private static final int S_COUNT = L_COUNT * N_COUNT;

    /** Below this, no character decomposes, combines or has a combining class. */
    private static final char FIRST_AFFECTED = 0xA0;

    /** One full decomposition per code point: a table of 1-based entry numbers, the entries. */
    private record Decompositions(CodePointTable numbers, int[] offsets, int[] data) {
        static Decompositions read(TableInput in) {
            CodePointTable numbers = CodePointTable.read(in);
            int count = in.i32();
            int[] offsets = new int[count + 1];
            int[] data = new int[count * 4];
            int size = 0;
            for (int i = 0; i < count; i++) {
                int[] cps = in.codePoints();
                if (size + cps.length > data.length) {
                    data = Arrays.copyOf(data, Math.max(data.length * 2, size + cps.length));
                }
                System.arraycopy(cps, 0, data, size, cps.length);
                size += cps.length;
                offsets[i + 1] = size;
            }
            return new Decompositions(numbers, offsets, Arrays.copyOf(data, size));
        }
    }

    /** The normalization tables, read when first needed. */
    static final class Data {
        private Data() {}

        static final CodePointTable COMBINING;
        static final Decompositions CANONICAL;
        static final Decompositions COMPATIBILITY;
        /** Primary composites keyed by (first << 21 | second), sorted. */
        static final long[] PAIRS;
        static final int[] COMPOSITES;

        static {
            try (TableInput in = TableInput.open("normalization")) {
                COMBINING = CodePointTable.read(in);
                CANONICAL = Decompositions.read(in);
                COMPATIBILITY = Decompositions.read(in);
                int pairs = in.i32();
                PAIRS = new long[pairs];
                COMPOSITES = new int[pairs];
                for (int i = 0; i < pairs; i++) {
                    PAIRS[i] = key(in.i32(), in.i32());
                    COMPOSITES[i] = in.i32();
                }
            }
        }
    }

    private static long key(int first, int second) {
        return ((long) first << 21) | second;
    }

    /** The canonical combining class ({@code unicodedata.combining}). */
    static int combining(int cp) {
        if (cp < 0x300 || cp > UnicodeData.MAX_CODE_POINT) {
            return 0;
        }
        return Data.COMBINING.get(cp);
    }

    /** {@code unicodedata.normalize(form, s)}; returns {@code s} itself when it is unchanged. */
    static String normalize(NormalizationForm form, String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < FIRST_AFFECTED) {
            i++;
        }
        if (i == n || isInert(form, s, i)) {
            return s;
        }
        return run(form, s, false);
    }

    /**
     * {@code unicodedata.ucd_3_2_0.normalize(form, s)}: the same algorithm, but characters
     * unassigned in Unicode 3.2.0 do not decompose and a few decompositions are 3.2.0's; the
     * combining classes and composites stay 14.0's, and no quick check is made, as in CPython.
     */
    static String normalize320(NormalizationForm form, String s) {
        return s.isEmpty() ? s : run(form, s, true);
    }

    private static String run(NormalizationForm form, String s, boolean unicode320) {
        boolean compatibility = form == NormalizationForm.NFKC || form == NormalizationForm.NFKD;
        int[] cps = decompose(s, compatibility ? Data.COMPATIBILITY : Data.CANONICAL,
                unicode320 ? compatibility ? Unicode320.Data.NFKD : Unicode320.Data.NFD : null);
        int length = cps[cps.length - 1];
        sortCanonically(cps, length);
        if (form == NormalizationForm.NFC || form == NormalizationForm.NFKC) {
            length = compose(cps, length);
        }
        String result = new String(cps, 0, length);
        return result.equals(s) ? s : result;
    }

    /**
     * Whether s from {@code start} on is made of characters that are their own normal form,
     * have combining class 0 and never compose with a preceding character: then s is already
     * normalized. A cheaper, narrower form of CPython's is_normalized_quickcheck, which also
     * returns its input unchanged; it reads only the property table.
     */
    private static boolean isInert(NormalizationForm form, String s, int start) {
        int flag = switch (form) {
            case NFC -> CharProperties.NFC_INERT;
            case NFKC -> CharProperties.NFKC_INERT;
            case NFD, NFKD -> 0;
        };
        if (flag == 0) {
            return false;
        }
        for (int i = start; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp >= FIRST_AFFECTED && !CharProperties.has(cp, flag)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * The full decomposition of s, in a buffer whose last slot holds the length; where
     * {@code older} (Unicode 3.2.0's full decompositions, by code point) is given, its entries
     * replace the table's.
     * CPython: Modules/unicodedata.c nfd_nfkd (the stored decompositions are already complete).
     */
    private static int[] decompose(String s, Decompositions table, int[][] older) {
        int[] out = new int[s.length() + 16];
        int o = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (out.length - o < 20) {
                out = Arrays.copyOf(out, out.length * 2 + 20);
            }
            if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
                int index = cp - S_BASE;
                out[o++] = L_BASE + index / N_COUNT;
                out[o++] = V_BASE + (index % N_COUNT) / T_COUNT;
                int t = index % T_COUNT;
                if (t != 0) {
                    out[o++] = T_BASE + t;
                }
                continue;
            }
            if (older != null && cp >= FIRST_AFFECTED) {
                int at = Arrays.binarySearch(Unicode320.Data.DECOMPOSED, cp);
                if (at >= 0) {
                    int[] d = older[at];
                    if (out.length - o < d.length + 1) {
                        out = Arrays.copyOf(out, out.length * 2 + d.length);
                    }
                    System.arraycopy(d, 0, out, o, d.length);
                    o += d.length;
                    continue;
                }
            }
            int entry = cp < FIRST_AFFECTED ? 0 : table.numbers.get(cp);
            if (entry == 0) {
                out[o++] = cp;
                continue;
            }
            int from = table.offsets[entry - 1];
            int to = table.offsets[entry];
            if (out.length - o < to - from + 1) {
                out = Arrays.copyOf(out, out.length * 2 + (to - from));
            }
            System.arraycopy(table.data, from, out, o, to - from);
            o += to - from;
        }
        if (o == out.length) {
            out = Arrays.copyOf(out, o + 1);
        }
        out[out.length - 1] = o;
        return out;
    }

    /**
     * Canonical ordering: within each run of non-starters, a stable sort by combining class.
     * CPython: Modules/unicodedata.c nfd_nfkd, the "Sort canonically" insertion sort.
     */
    private static void sortCanonically(int[] cps, int length) {
        for (int i = 1; i < length; i++) {
            int cur = combining(cps[i]);
            if (cur == 0) {
                continue;
            }
            int j = i;
            int moving = cps[i];
            while (j > 0) {
                int prev = combining(cps[j - 1]);
                if (prev == 0 || prev <= cur) {
                    break;
                }
                cps[j] = cps[j - 1];
                j--;
            }
            cps[j] = moving;
        }
    }

    /**
     * Canonical composition in place; returns the new length. A starter that can begin a pair
     * absorbs each following character it composes with unless that character is blocked: by
     * an uncomposed starter in between, or by an uncomposed non-starter of equal or higher
     * class. Adjacent L+V(+T) jamo become a syllable.
     * CPython: Modules/unicodedata.c nfc_nfkc (its list of consumed positions is our boolean[]).
     */
    private static int compose(int[] cps, int length) {
        boolean[] consumed = null;
        int o = 0;
        int i = 0;
        while (i < length) {
            if (consumed != null && consumed[i]) {
                i++;
                continue;
            }
            int code = cps[i];
            if (code >= L_BASE && code < L_BASE + L_COUNT && i + 1 < length
                    && cps[i + 1] >= V_BASE && cps[i + 1] < V_BASE + V_COUNT) {
                code = S_BASE + ((code - L_BASE) * V_COUNT + (cps[i + 1] - V_BASE)) * T_COUNT;
                i += 2;
                if (i < length && cps[i] > T_BASE && cps[i] < T_BASE + T_COUNT) {
                    code += cps[i] - T_BASE;
                    i++;
                }
                cps[o++] = code;
                continue;
            }
            if (!isFirstOfPair(code)) {
                cps[o++] = code;
                i++;
                continue;
            }
            int blockingClass = 0;
            for (int j = i + 1; j < length; j++) {
                int next = cps[j];
                int nextClass = combining(next);
                if (blockingClass != 0) {
                    if (nextClass == 0) {
                        break;
                    }
                    if (blockingClass >= nextClass) {
                        continue;
                    }
                }
                int composite = composite(code, next);
                if (composite < 0) {
                    if (nextClass == 0) {
                        break;
                    }
                    blockingClass = nextClass;
                    continue;
                }
                code = composite;
                if (consumed == null) {
                    consumed = new boolean[length];
                }
                consumed[j] = true;
                if (!isFirstOfPair(code)) {
                    break;
                }
            }
            // o <= i always, and positions after i are only read, so writing cps[o] is safe.
            cps[o++] = code;
            i++;
        }
        return o;
    }

    /** Whether some primary composite starts with {@code cp}. */
    private static boolean isFirstOfPair(int cp) {
        long[] pairs = Data.PAIRS;
        int at = Arrays.binarySearch(pairs, key(cp, 0));
        if (at < 0) {
            at = -at - 1;
        }
        return at < pairs.length && (pairs[at] >>> 21) == cp;
    }

    /** The primary composite of first + second, or -1. */
    private static int composite(int first, int second) {
        int at = Arrays.binarySearch(Data.PAIRS, key(first, second));
        return at < 0 ? -1 : Data.COMPOSITES[at];
    }
}
