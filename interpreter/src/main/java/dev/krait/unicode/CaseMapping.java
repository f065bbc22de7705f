package dev.krait.unicode;

import java.util.Arrays;

/**
 * Full case mappings of single code points as CPython 3.11's {@code str.lower}, {@code upper},
 * {@code title} and {@code casefold} give them (special casing included, so one code point may
 * map to up to three). Only code points whose mapping differs from themselves are stored, sorted,
 * and found by binary search. The context-dependent final sigma is the caller's business (see
 * {@link UnicodeData#isCased} and {@link UnicodeData#isCaseIgnorable}). Read on first use.
 * CPython counterpart: {@code Objects/unicodectype.c} _PyUnicode_ToLowerFull and friends.
 */
final class CaseMapping {
    private CaseMapping() {}

    static final int LOWER = 0;
    static final int UPPER = 1;
    static final int TITLE = 2;
    static final int FOLD = 3;

    /** One mapping: sorted keys, and for key i the code points DATA[OFFSETS[i]..OFFSETS[i+1]). */
    private record Mapping(int[] keys, int[] offsets, int[] data) {
        static Mapping read(TableInput in) {
            int count = in.i32();
            int[] keys = new int[count];
            int[] offsets = new int[count + 1];
            int[] data = new int[count * 3];
            int size = 0;
            for (int i = 0; i < count; i++) {
                keys[i] = in.i32();
                int[] cps = in.codePoints();
                if (size + cps.length > data.length) {
                    data = Arrays.copyOf(data, data.length * 2 + cps.length);
                }
                System.arraycopy(cps, 0, data, size, cps.length);
                size += cps.length;
                offsets[i + 1] = size;
            }
            return new Mapping(keys, offsets, Arrays.copyOf(data, size));
        }
    }

    /** The four mappings, read when first needed. */
    static final class Data {
        private Data() {}

        static final Mapping[] MAPPINGS = new Mapping[4];

        static {
            try (TableInput in = TableInput.open("case")) {
                for (int i = 0; i < MAPPINGS.length; i++) {
                    MAPPINGS[i] = Mapping.read(in);
                }
            }
        }
    }

    /**
     * The first code point of the {@code kind} mapping of {@code cp} (cp itself when unmapped):
     * CPython's simple mappings {@code _PyUnicode_ToLowercase} and {@code _PyUnicode_ToUppercase},
     * which give the first character of an extended (special-casing) mapping.
     */
    static int first(int kind, int cp) {
        Mapping mapping = Data.MAPPINGS[kind];
        int at = Arrays.binarySearch(mapping.keys, cp);
        return at < 0 ? cp : mapping.data[mapping.offsets[at]];
    }

    /**
     * {@link #first} of every code point below {@code limit}, indexed by code point: filled
     * from the stored mappings alone, so it costs a pass over the array and the few thousand
     * mapped code points, not a search per code point.
     */
    static int[] firstTable(int kind, int limit) {
        int[] table = new int[limit];
        for (int cp = 0; cp < limit; cp++) {
            table[cp] = cp;
        }
        Mapping mapping = Data.MAPPINGS[kind];
        for (int i = 0; i < mapping.keys.length && mapping.keys[i] < limit; i++) {
            table[mapping.keys[i]] = mapping.data[mapping.offsets[i]];
        }
        return table;
    }

    /** Appends the {@code kind} mapping of {@code cp} to {@code out}. */
    static void append(int kind, int cp, StringBuilder out) {
        if (cp < 128 && cp >= 0) {
            // ASCII maps letter to letter, and never needs the table.
            boolean toUpper = kind == UPPER || kind == TITLE;
            if (toUpper ? cp >= 'a' && cp <= 'z' : cp >= 'A' && cp <= 'Z') {
                cp ^= 0x20;
            }
            out.append((char) cp);
            return;
        }
        Mapping mapping = Data.MAPPINGS[kind];
        int at = Arrays.binarySearch(mapping.keys, cp);
        if (at < 0) {
            out.appendCodePoint(cp);
            return;
        }
        for (int i = mapping.offsets[at]; i < mapping.offsets[at + 1]; i++) {
            out.appendCodePoint(mapping.data[i]);
        }
    }
}
