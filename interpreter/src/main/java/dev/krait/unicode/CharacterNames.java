package dev.krait.unicode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Character names both ways, as CPython 3.11's {@code unicodedata} knows them: a code point's
 * name ({@code unicodedata.name}), and the character a name denotes in {@code \N{...}} (names and
 * aliases, ASCII case-insensitive) or in {@code unicodedata.lookup} (also named sequences).
 * Hangul syllable and CJK unified ideograph names are computed, and, as in CPython, only their
 * exact upper-case spelling is recognised. The names come from the generated {@code names.gz},
 * read on first use by the lazy class {@link Data}, which also builds a hash index over them.
 * CPython counterpart: {@code Modules/unicodedata.c} _getucname, _getcode.
 */
final class CharacterNames {
    private CharacterNames() {}

    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final int S_BASE = 0xAC00;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;
    private static final int S_COUNT = 19 * V_COUNT * T_COUNT;

    /** The name tables, read when first needed. */
    static final class Data {
        private Data() {}

        /**
         * Entries [0, NAMES) are character names in code point order, [NAMES, SEQUENCES) aliases,
         * then named sequences; entry i's name is BLOB[OFFSETS[i]..OFFSETS[i+1]).
         */
        static final int NAMES;
        static final int SEQUENCES;
        static final byte[] BLOB;
        static final int[] OFFSETS;
        /** The code point of a name or alias entry. */
        static final int[] VALUES;
        /** The characters of each named sequence. */
        static final String[] SEQUENCE_VALUES;
        /** Inclusive ranges of CJK unified ideographs, as [first, last] pairs. */
        static final int[] CJK_RANGES;
        static final String[][] JAMO = new String[3][];

        static {
            try (TableInput in = TableInput.open("names")) {
                NAMES = in.i32();
                SEQUENCES = NAMES + in.i32();
                int[] values = new int[SEQUENCES];
                for (int i = 0, cp = 0; i < NAMES; i++) {
                    cp += in.varint();
                    values[i] = cp;
                }
                System.arraycopy(in.ints(SEQUENCES - NAMES), 0, values, NAMES, SEQUENCES - NAMES);
                VALUES = values;
                byte[] lengths = in.bytes(SEQUENCES);
                byte[] names = in.bytes(in.i32());
                int sequences = in.i32();
                int[] offsets = new int[SEQUENCES + sequences + 1];
                for (int i = 0; i < SEQUENCES; i++) {
                    offsets[i + 1] = offsets[i] + (lengths[i] & 0xff);
                }
                if (offsets[SEQUENCES] != names.length) {
                    throw new IllegalStateException("names.gz: name lengths do not add up");
                }
                SEQUENCE_VALUES = new String[sequences];
                byte[][] sequenceNames = new byte[sequences][];
                for (int i = 0; i < sequences; i++) {
                    sequenceNames[i] = in.bytes(in.u16());
                    offsets[SEQUENCES + i + 1] = offsets[SEQUENCES + i] + sequenceNames[i].length;
                    int[] cps = in.codePoints();
                    SEQUENCE_VALUES[i] = new String(cps, 0, cps.length);
                }
                byte[] blob = Arrays.copyOf(names, offsets[offsets.length - 1]);
                for (int i = 0; i < sequences; i++) {
                    System.arraycopy(sequenceNames[i], 0, blob, offsets[SEQUENCES + i],
                            sequenceNames[i].length);
                }
                BLOB = blob;
                OFFSETS = offsets;
                CJK_RANGES = in.ints(2 * in.i32());
                for (int column = 0; column < 3; column++) {
                    JAMO[column] = new String[in.u8()];
                    for (int i = 0; i < JAMO[column].length; i++) {
                        JAMO[column][i] = in.text();
                    }
                }
            }
        }
    }

    /** The hash index from names to entries, built on the first lookup by name. */
    private static final class Index {
        private Index() {}

        /** Open addressing: entry number + 1, or 0 for an empty slot. */
        static final int[] SLOTS;

        static {
            int entries = Data.OFFSETS.length - 1;
            int[] slots = new int[Integer.highestOneBit(entries * 2) * 2];
            int mask = slots.length - 1;
            byte[] blob = Data.BLOB;
            for (int i = 0; i < entries; i++) {
                int hash = 0;
                for (int at = Data.OFFSETS[i]; at < Data.OFFSETS[i + 1]; at++) {
                    hash = 31 * hash + blob[at];
                }
                int slot = mix(hash) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = i + 1;
            }
            SLOTS = slots;
        }
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16) ^ (hash >>> 7);
    }

    /** {@code unicodedata.name(chr(cp))}, or {@code null} where CPython has no name. */
    static String name(int cp) {
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int index = cp - S_BASE;
            String[][] jamo = Data.JAMO;
            return HANGUL_PREFIX + jamo[0][index / (V_COUNT * T_COUNT)]
                    + jamo[1][index % (V_COUNT * T_COUNT) / T_COUNT] + jamo[2][index % T_COUNT];
        }
        if (isUnifiedIdeograph(cp)) {
            return CJK_PREFIX + Integer.toHexString(cp).toUpperCase();
        }
        int at = Arrays.binarySearch(Data.VALUES, 0, Data.NAMES, cp);
        if (at < 0) {
            return null;
        }
        return new String(Data.BLOB, Data.OFFSETS[at], Data.OFFSETS[at + 1] - Data.OFFSETS[at],
                StandardCharsets.ISO_8859_1);
    }

    private static boolean isUnifiedIdeograph(int cp) {
        int[] ranges = Data.CJK_RANGES;
        for (int i = 0; i < ranges.length; i += 2) {
            if (cp >= ranges[i] && cp <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code \N{name}} denotes in a string literal, or -1: a character name or alias.
     * CPython: Modules/unicodedata.c _getcode with named sequences refused.
     */
    static int codePointOf(String name) {
        if (name.startsWith(HANGUL_PREFIX)) {
            return hangulSyllable(name);
        }
        if (name.startsWith(CJK_PREFIX)) {
            return unifiedIdeograph(name);
        }
        int entry = find(name);
        return entry < 0 || entry >= Data.SEQUENCES ? -1 : Data.VALUES[entry];
    }

    /** {@code unicodedata.lookup(name)}, or {@code null}: also accepts named sequences. */
    static String lookup(String name) {
        int cp = codePointOf(name);
        if (cp >= 0) {
            return Character.toString(cp);
        }
        if (name.startsWith(HANGUL_PREFIX) || name.startsWith(CJK_PREFIX)) {
            return null;
        }
        int entry = find(name);
        return entry < Data.SEQUENCES ? null : Data.SEQUENCE_VALUES[entry - Data.SEQUENCES];
    }

    /**
     * {@code unicodedata.ucd_3_2_0.lookup(name)} as a code point, or -1: the names of characters
     * assigned in Unicode 3.2.0 (no aliases, no named sequences); the algorithmic Hangul and CJK
     * names are not checked against 3.2.0, as CPython does not check them.
     * CPython: Modules/unicodedata.c _getcode with a UCD self (_cmpname refuses the rest).
     */
    static int codePointOf320(String name) {
        if (name.startsWith(HANGUL_PREFIX)) {
            return hangulSyllable(name);
        }
        if (name.startsWith(CJK_PREFIX)) {
            return unifiedIdeograph(name);
        }
        int entry = find(name);
        if (entry < 0 || entry >= Data.NAMES || Unicode320.isUnassigned(Data.VALUES[entry])) {
            return -1;
        }
        return Data.VALUES[entry];
    }

    /** The entry whose name equals {@code name} up to ASCII case, or -1. */
    private static int find(String name) {
        int length = name.length();
        int hash = 0;
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return -1;
            }
            hash = 31 * hash + asciiUpper(c);
        }
        int[] slots = Index.SLOTS;
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (matches(entry, name)) {
                return entry;
            }
        }
        return -1;
    }

    private static boolean matches(int entry, String name) {
        int from = Data.OFFSETS[entry];
        if (Data.OFFSETS[entry + 1] - from != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Data.BLOB[from + i] != asciiUpper(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int asciiUpper(char c) {
        return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
    }

    /**
     * "HANGUL SYLLABLE " + leading, vowel and trailing jamo short names, each column matched
     * greedily by its longest name, as CPython's find_syllable does; exact case only.
     */
    private static int hangulSyllable(String name) {
        int pos = HANGUL_PREFIX.length();
        int syllable = 0;
        for (int column = 0; column < 3; column++) {
            String[] names = Data.JAMO[column];
            int best = -1;
            int bestLength = -1;
            for (int i = 0; i < names.length; i++) {
                String jamo = names[i];
                if (jamo.length() > bestLength && name.startsWith(jamo, pos)) {
                    best = i;
                    bestLength = jamo.length();
                }
            }
            if (best < 0) {
                return -1;
            }
            // Leading, vowel and trailing indexes combine as (L * V_COUNT + V) * T_COUNT + T.
            syllable = column == 0 ? best : column == 1 ? syllable * V_COUNT + best
                    : syllable * T_COUNT + best;
            pos += bestLength;
        }
        if (pos != name.length()) {
            return -1;
        }
        return S_BASE + syllable;
    }

    /** "CJK UNIFIED IDEOGRAPH-" + 4 or 5 upper-case hex digits naming a unified ideograph. */
    private static int unifiedIdeograph(String name) {
        int digits = name.length() - CJK_PREFIX.length();
        if (digits != 4 && digits != 5) {
            return -1;
        }
        int cp = 0;
        for (int i = CJK_PREFIX.length(); i < name.length(); i++) {
            char c = name.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            cp = cp * 16 + digit;
        }
        return isUnifiedIdeograph(cp) ? cp : -1;
    }
}
