package dev.krait.unicode;

/**
 * The answers of {@code unicodedata.ucd_3_2_0}, the Unicode 3.2.0 database that IDNA
 * ({@code encodings.idna}) and {@code stringprep} are defined against. CPython keeps it as a
 * delta from its current tables (change records written by makeunicodedata.py); so does Krait:
 * {@code ucd320.gz} holds, for the code points whose 3.2.0 properties differ from 14.0's, the
 * 3.2.0 record, and the 3.2.0 canonical and compatibility decompositions of the code points
 * where those differ (characters unassigned in 3.2.0 do not decompose; a few mappings were
 * corrected after 3.2.0). Everything else is answered from the 14.0 tables, as CPython does:
 * {@code digit}, the canonical ordering and the composition of normalization included.
 * Read on first use.
 * CPython counterpart: {@code Modules/unicodedata.c} (the {@code UCD_Check(self)} branches,
 * get_change_3_2_0, normalization_3_2_0).
 */
public final class Unicode320 {
    private Unicode320() {}

    /** {@code unicodedata.ucd_3_2_0.unidata_version}. */
    public static final String UNIDATA_VERSION = "3.2.0";

    /** One 3.2.0 record: the values {@code ucd_3_2_0} answers for a changed code point. */
    private record Record(boolean unassigned, String category, String bidirectional,
            String eastAsianWidth, boolean mirrored, int combining, int decimal,
            double numeric) {}

    /** The delta tables, read when first needed. */
    static final class Data {
        private Data() {}

        private static final Record[] RECORDS;
        /** 1-based record numbers; 0 where 3.2.0 answers as 14.0. */
        private static final CodePointTable RECORD_NUMBERS;
        /** The code points whose 3.2.0 NFD or NFKD differs, sorted. */
        static final int[] DECOMPOSED;
        static final int[][] NFD;
        static final int[][] NFKD;

        static {
            try (TableInput in = TableInput.open("ucd320")) {
                RECORDS = new Record[in.i32()];
                for (int i = 0; i < RECORDS.length; i++) {
                    boolean unassigned = (in.u8() & 1) != 0;
                    String category = CharProperties.Table.CATEGORIES[in.u8()];
                    String bidirectional = in.text();
                    String width = in.text();
                    boolean mirrored = in.u8() != 0;
                    int combining = in.u8();
                    int decimal = in.u8();
                    RECORDS[i] = new Record(unassigned, category, bidirectional, width, mirrored,
                            combining, decimal == 255 ? -1 : decimal, in.f64());
                }
                RECORD_NUMBERS = CodePointTable.read(in);
                int count = in.i32();
                DECOMPOSED = new int[count];
                NFD = new int[count][];
                NFKD = new int[count][];
                for (int i = 0; i < count; i++) {
                    DECOMPOSED[i] = in.i32();
                    NFD[i] = in.codePoints();
                    NFKD[i] = in.codePoints();
                }
            }
        }
    }

    /** The 3.2.0 record of {@code cp}, or {@code null} where 3.2.0 answers as 14.0. */
    private static Record record(int cp) {
        if (cp < 0 || cp > UnicodeData.MAX_CODE_POINT) {
            return null;
        }
        int n = Data.RECORD_NUMBERS.get(cp);
        return n == 0 ? null : Data.RECORDS[n - 1];
    }

    /** Whether {@code cp} is assigned in Unicode 14.0 but not in 3.2.0. */
    public static boolean isUnassigned(int cp) {
        Record r = record(cp);
        return r != null && r.unassigned;
    }

    /** {@code ucd_3_2_0.category(chr(cp))}. */
    public static String category(int cp) {
        Record r = record(cp);
        return r == null ? UnicodeData.category(cp) : r.category;
    }

    /** {@code ucd_3_2_0.bidirectional(chr(cp))}. */
    public static String bidirectional(int cp) {
        Record r = record(cp);
        return r == null ? UnicodeData.bidirectional(cp) : r.bidirectional;
    }

    /** {@code ucd_3_2_0.east_asian_width(chr(cp))}. */
    public static String eastAsianWidth(int cp) {
        Record r = record(cp);
        return r == null ? UnicodeData.eastAsianWidth(cp) : r.eastAsianWidth;
    }

    /** {@code ucd_3_2_0.mirrored(chr(cp))}. */
    public static boolean isMirrored(int cp) {
        Record r = record(cp);
        return r == null ? UnicodeData.isMirrored(cp) : r.mirrored;
    }

    /** {@code ucd_3_2_0.combining(chr(cp))}. */
    public static int combining(int cp) {
        Record r = record(cp);
        return r == null ? UnicodeData.combining(cp) : r.combining;
    }

    /** {@code ucd_3_2_0.decimal(chr(cp), -1)}. */
    public static int decimal(int cp) {
        Record r = record(cp);
        return r == null ? UnicodeData.decimal(cp) : r.decimal;
    }

    /** {@code ucd_3_2_0.numeric(chr(cp))}, or NaN where it has no numeric value. */
    public static double numeric(int cp) {
        Record r = record(cp);
        return r == null ? UnicodeData.numeric(cp) : r.numeric;
    }

    /** {@code ucd_3_2_0.decomposition(chr(cp))}: "" for characters 3.2.0 lacks. */
    public static String decomposition(int cp) {
        return isUnassigned(cp) ? "" : UnicodeData.decomposition(cp);
    }

    /** {@code ucd_3_2_0.name(chr(cp))}, or {@code null}: no name for characters 3.2.0 lacks. */
    public static String name(int cp) {
        return isUnassigned(cp) ? null : UnicodeData.name(cp);
    }

    /** {@code ucd_3_2_0.lookup(name)}, or {@code null}: no aliases or named sequences. */
    public static String lookup(String name) {
        int cp = CharacterNames.codePointOf320(name);
        return cp < 0 ? null : Character.toString(cp);
    }

    /** {@code ucd_3_2_0.normalize(form, s)}. */
    public static String normalize(NormalizationForm form, String s) {
        return Normalization.normalize320(form, s);
    }

    /** {@code ucd_3_2_0.is_normalized(form, s)}. */
    public static boolean isNormalized(NormalizationForm form, String s) {
        return Normalization.normalize320(form, s).equals(s);
    }
}
