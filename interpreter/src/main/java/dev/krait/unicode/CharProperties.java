package dev.krait.unicode;

/**
 * The per-code-point property record: the general category in the low 5 bits and one bit per
 * predicate above it, each derived by the generator from CPython 3.11 itself (the identifier
 * classes from {@code str.isidentifier}, printability from {@code str.isprintable}, and so on).
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
    private static final String[] FLAG_NAMES = {"XID_START", "XID_CONTINUE", "PRINTABLE", "SPACE",
        "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "ALNUM", "LOWER", "UPPER", "TITLE", "CASED",
        "CASE_IGNORABLE", "LINEBREAK"};

    /** The tables, read when first needed. */
    static final class Table {
        private Table() {}

        static final String[] CATEGORIES;
        static final int[] RECORDS;
        static final CodePointTable RECORD_NUMBERS;

        static {
            try (TableInput in = TableInput.open("properties")) {
                CATEGORIES = new String[in.u8()];
                for (int i = 0; i < CATEGORIES.length; i++) {
                    CATEGORIES[i] = in.text();
                }
                int flags = in.u8();
                for (int i = 0; i < flags; i++) {
                    String name = in.text();
                    if (i >= FLAG_NAMES.length || !FLAG_NAMES[i].equals(name)) {
                        throw new IllegalStateException("properties.gz flag " + i + " is " + name);
                    }
                }
                RECORDS = new int[in.i32()];
                for (int i = 0; i < RECORDS.length; i++) {
                    RECORDS[i] = in.i32();
                }
                RECORD_NUMBERS = CodePointTable.read(in);
            }
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
}
