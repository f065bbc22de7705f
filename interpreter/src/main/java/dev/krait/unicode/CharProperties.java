package dev.krait.unicode;

import java.util.Arrays;

/**
 * The per-code-point property record: the general category in the low 5 bits, one bit per
 * predicate above it, then the bidirectional class, East Asian width, mirrored bit and two
 * normalization quick-check bits, each derived by the generator from CPython 3.11 itself (the
 * identifier classes from {@code str.isidentifier}, printability from {@code str.isprintable},
 * and so on).
 * Distinct records are few (a few hundred), so the table maps code points to record numbers.
 * Loaded on first use, as a whole, by the JVM's lazy class initialisation of {@link Table}.
 * CPython counterpart: {@code Objects/unicodectype.c} and its {@code _PyUnicode_TypeRecord}.
 */
final class CharProperties {
    private CharProperties() {}

    static final int CATEGORY_MASK = 0x1f;
    // The flag order is the generator's FLAGS list; loading checks the names.
    static final int XID_START = 1 << 5;
    static final int XID_CONTINUE = 1 << 6;
    static final int PRINTABLE = 1 << 7;
    static final int SPACE = 1 << 8;
    static final int ALPHA = 1 << 9;
    static final int DECIMAL = 1 << 10;
    static final int DIGIT = 1 << 11;
    static final int NUMERIC = 1 << 12;
    static final int ALNUM = 1 << 13;
    static final int LOWER = 1 << 14;
    static final int UPPER = 1 << 15;
    static final int TITLE = 1 << 16;
    static final int CASED = 1 << 17;
    static final int CASE_IGNORABLE = 1 << 18;
    static final int LINEBREAK = 1 << 19;
    private static final int BIDI_SHIFT = 20;
    private static final int WIDTH_SHIFT = 25;
    static final int MIRRORED = 1 << 28;
    /** Its own NFC (NFKC), combining class 0, never composes with what precedes it. */
    static final int NFC_INERT = 1 << 29;
    static final int NFKC_INERT = 1 << 30;
    private static final String[] FLAG_NAMES = {"XID_START", "XID_CONTINUE", "PRINTABLE", "SPACE",
        "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "ALNUM", "LOWER", "UPPER", "TITLE", "CASED",
        "CASE_IGNORABLE", "LINEBREAK"};

    /** The tables, read when first needed. */
    static final class Table {
        private Table() {}

        static final String[] CATEGORIES;
        static final String[] BIDI_CLASSES;
        static final String[] WIDTHS;
        static final int[] RECORDS;
        static final CodePointTable RECORD_NUMBERS;

        static {
            try (TableInput in = TableInput.open("properties")) {
                CATEGORIES = names(in);
                String[] flags = names(in);
                if (!Arrays.equals(flags, FLAG_NAMES)) {
                    throw new IllegalStateException("properties.gz has flags "
                            + String.join(",", flags));
                }
                BIDI_CLASSES = names(in);
                WIDTHS = names(in);
                RECORDS = new int[in.i32()];
                for (int i = 0; i < RECORDS.length; i++) {
                    RECORDS[i] = in.i32();
                }
                RECORD_NUMBERS = CodePointTable.read(in);
            }
        }

        private static String[] names(TableInput in) {
            String[] names = new String[in.u8()];
            for (int i = 0; i < names.length; i++) {
                names[i] = in.text();
            }
            return names;
        }
    }

    /** The record of {@code cp}; 0 (unassigned, no flags) outside the code point range. */
    static int of(int cp) {
        if (cp < 0 || cp > UnicodeData.MAX_CODE_POINT) {
            return 0;
        }
        return Table.RECORDS[Table.RECORD_NUMBERS.get(cp)];
    }

    static boolean has(int cp, int flag) {
        return (of(cp) & flag) != 0;
    }

    /** The two-letter general category ({@code unicodedata.category}). */
    static String category(int cp) {
        return Table.CATEGORIES[of(cp) & CATEGORY_MASK];
    }

    /** The bidirectional class ({@code unicodedata.bidirectional}), "" where there is none. */
    static String bidirectional(int cp) {
        return Table.BIDI_CLASSES[(of(cp) >>> BIDI_SHIFT) & 0x1f];
    }

    /** The East Asian width ({@code unicodedata.east_asian_width}). */
    static String eastAsianWidth(int cp) {
        return Table.WIDTHS[(of(cp) >>> WIDTH_SHIFT) & 0x7];
    }
}
