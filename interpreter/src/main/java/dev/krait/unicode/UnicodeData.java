package dev.krait.unicode;

/**
 * Unicode answers as CPython 3.11 gives them (Unicode 14.0), not as the JDK's newer tables would:
 * identifier classes, printability, NFKC, character names, general categories, the predicates
 * behind {@code str.isalpha} and friends, case mappings and numeric values. Every answer comes
 * from Krait's own tables, generated from CPython 3.11's {@code unicodedata} by
 * {@code tools/generate-unicode-tables}; each table is read on its first use, and ASCII answers
 * never touch a table. See {@code docs/UNICODE.md}.
 * CPython counterpart: {@code Objects/unicodectype.c}, {@code Modules/unicodedata.c}.
 */
public final class UnicodeData {
    private UnicodeData() {}

    /** {@code unicodedata.unidata_version}: the Unicode version of every answer here. */
    public static final String UNIDATA_VERSION = "14.0.0";

    /** The largest code point. */
    public static final int MAX_CODE_POINT = 0x10FFFF;

    // Bit c of the pair (LOW for 0..63, HIGH for 64..127) is set when ASCII c has the property.
    private static final long ALPHA_HIGH = 0x07fffffe07fffffeL;
    private static final long START_HIGH = ALPHA_HIGH | (1L << ('_' - 64));
    private static final long DIGITS_LOW = 0x03ff000000000000L;

    private static boolean ascii(long low, long high, int cp) {
        return ((cp < 64 ? low >>> cp : high >>> (cp - 64)) & 1) != 0;
    }

    /** Whether a code point may start an identifier (XID_Start, plus '_'). */
    public static boolean isXidStart(int cp) {
        if (cp < 128) {
            return cp >= 0 && ascii(0, START_HIGH, cp);
        }
        return CharProperties.has(cp, CharProperties.XID_START);
    }

    /** Whether a code point may continue an identifier (XID_Continue). */
    public static boolean isXidContinue(int cp) {
        if (cp < 128) {
            return cp >= 0 && ascii(DIGITS_LOW, START_HIGH, cp);
        }
        return CharProperties.has(cp, CharProperties.XID_CONTINUE);
    }

    /** CPython's {@code Py_UNICODE_ISPRINTABLE}, which {@code repr()} uses. */
    public static boolean isPrintable(int cp) {
        if (cp < 128) {
            return cp >= ' ' && cp < 0x7f;
        }
        return CharProperties.has(cp, CharProperties.PRINTABLE);
    }

    /** {@code unicodedata.normalize('NFKC', s)}; returns {@code s} itself when unchanged. */
    public static String normalizeNfkc(String s) {
        return Normalization.normalize(NormalizationForm.NFKC, s);
    }

    /** {@code unicodedata.normalize(form, s)}; returns {@code s} itself when unchanged. */
    public static String normalize(NormalizationForm form, String s) {
        return Normalization.normalize(form, s);
    }

    /** {@code unicodedata.is_normalized(form, s)}. */
    public static boolean isNormalized(NormalizationForm form, String s) {
        return Normalization.normalize(form, s) == s;
    }

    /** {@code unicodedata.decomposition(chr(cp))}: "" where there is none. */
    public static String decomposition(int cp) {
        return DecompositionText.of(cp);
    }

    /** {@code unicodedata.bidirectional(chr(cp))}: "" where there is none. */
    public static String bidirectional(int cp) {
        return CharProperties.bidirectional(cp);
    }

    /** {@code unicodedata.east_asian_width(chr(cp))}. */
    public static String eastAsianWidth(int cp) {
        return CharProperties.eastAsianWidth(cp);
    }

    /** {@code unicodedata.mirrored(chr(cp))}: whether the character is mirrored in bidi text. */
    public static boolean isMirrored(int cp) {
        return CharProperties.has(cp, CharProperties.MIRRORED);
    }

    /**
     * The code point(s) that {@code \N{name}} denotes, as CPython's {@code unicodedata.lookup}
     * finds them (names, aliases; case-insensitive), or {@code null} if there is none. Named
     * sequences are not accepted, as in CPython 3.11's string literals.
     */
    public static String lookupName(String name) {
        int cp = CharacterNames.codePointOf(name);
        return cp < 0 ? null : Character.toString(cp);
    }

    /** {@code unicodedata.lookup(name)}: like {@link #lookupName} but named sequences too. */
    public static String lookup(String name) {
        return CharacterNames.lookup(name);
    }

    /** {@code unicodedata.name(chr(cp))}, or {@code null} if the code point has no name. */
    public static String name(int cp) {
        return CharacterNames.name(cp);
    }

    /** {@code unicodedata.category(chr(cp))}: the two-letter general category. */
    public static String category(int cp) {
        return CharProperties.category(cp);
    }

    /** {@code unicodedata.combining(chr(cp))}: the canonical combining class. */
    public static int combining(int cp) {
        return Normalization.combining(cp);
    }

    /** {@code chr(cp).isspace()}. */
    public static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
        }
        return CharProperties.has(cp, CharProperties.SPACE);
    }

    /** {@code chr(cp).isalpha()}. */
    public static boolean isAlpha(int cp) {
        if (cp < 128) {
            return cp >= 0 && ascii(0, ALPHA_HIGH, cp);
        }
        return CharProperties.has(cp, CharProperties.ALPHA);
    }

    /** {@code chr(cp).isdecimal()}. */
    public static boolean isDecimal(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        return CharProperties.has(cp, CharProperties.DECIMAL);
    }

    /** {@code chr(cp).isdigit()}. */
    public static boolean isDigit(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        return CharProperties.has(cp, CharProperties.DIGIT);
    }

    /** {@code chr(cp).isnumeric()}. */
    public static boolean isNumeric(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        return CharProperties.has(cp, CharProperties.NUMERIC);
    }

    /** {@code chr(cp).isalnum()}. */
    public static boolean isAlnum(int cp) {
        if (cp < 128) {
            return cp >= 0 && ascii(DIGITS_LOW, ALPHA_HIGH, cp);
        }
        return CharProperties.has(cp, CharProperties.ALNUM);
    }

    /** Whether {@code cp} has the Lowercase property ({@code chr(cp).islower()}). */
    public static boolean isLower(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z';
        }
        return CharProperties.has(cp, CharProperties.LOWER);
    }

    /** Whether {@code cp} has the Uppercase property ({@code chr(cp).isupper()}). */
    public static boolean isUpper(int cp) {
        if (cp < 128) {
            return cp >= 'A' && cp <= 'Z';
        }
        return CharProperties.has(cp, CharProperties.UPPER);
    }

    /** Whether {@code cp} is a titlecase letter (category Lt), as {@code str.istitle} asks. */
    public static boolean isTitle(int cp) {
        return cp >= 128 && CharProperties.has(cp, CharProperties.TITLE);
    }

    /** Whether {@code cp} is cased (Lowercase, Uppercase or Lt), for the final-sigma rule. */
    public static boolean isCased(int cp) {
        if (cp < 128) {
            return cp >= 0 && ascii(0, ALPHA_HIGH, cp);
        }
        return CharProperties.has(cp, CharProperties.CASED);
    }

    /** Whether {@code cp} is Case_Ignorable, for the final-sigma rule of {@code str.lower}. */
    public static boolean isCaseIgnorable(int cp) {
        return CharProperties.has(cp, CharProperties.CASE_IGNORABLE);
    }

    /** Whether {@code str.splitlines} breaks a line at {@code cp}. */
    public static boolean isLinebreak(int cp) {
        if (cp < 128) {
            return (cp >= '\n' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1e);
        }
        return CharProperties.has(cp, CharProperties.LINEBREAK);
    }

    /** The first code point of {@code chr(cp).lower()}: CPython's {@code Py_UNICODE_TOLOWER}. */
    public static int lowerFirst(int cp) {
        return CaseMapping.first(CaseMapping.LOWER, cp);
    }

    /** The first code point of {@code chr(cp).upper()}: CPython's {@code Py_UNICODE_TOUPPER}. */
    public static int upperFirst(int cp) {
        return CaseMapping.first(CaseMapping.UPPER, cp);
    }

    /** {@link #lowerFirst} of every code point below {@code limit}, indexed by code point. */
    public static int[] lowerFirstTable(int limit) {
        return CaseMapping.firstTable(CaseMapping.LOWER, limit);
    }

    /** {@link #upperFirst} of every code point below {@code limit}, indexed by code point. */
    public static int[] upperFirstTable(int limit) {
        return CaseMapping.firstTable(CaseMapping.UPPER, limit);
    }

    /** Appends {@code chr(cp).lower()} (the full mapping) to {@code out}; cp must be valid. */
    public static void appendLower(int cp, StringBuilder out) {
        CaseMapping.append(CaseMapping.LOWER, cp, out);
    }

    /** Appends {@code chr(cp).upper()} (the full mapping) to {@code out}; cp must be valid. */
    public static void appendUpper(int cp, StringBuilder out) {
        CaseMapping.append(CaseMapping.UPPER, cp, out);
    }

    /** Appends {@code chr(cp).title()} (the full titlecase mapping) to {@code out}. */
    public static void appendTitle(int cp, StringBuilder out) {
        CaseMapping.append(CaseMapping.TITLE, cp, out);
    }

    /** Appends {@code chr(cp).casefold()} to {@code out}; cp must be valid. */
    public static void appendCasefold(int cp, StringBuilder out) {
        CaseMapping.append(CaseMapping.FOLD, cp, out);
    }

    /** {@code unicodedata.decimal(chr(cp), -1)}. */
    public static int decimal(int cp) {
        return NumericValues.decimal(cp);
    }

    /** {@code unicodedata.digit(chr(cp), -1)}. */
    public static int digit(int cp) {
        return NumericValues.digit(cp);
    }

    /** {@code unicodedata.numeric(chr(cp))}, or NaN where it has no numeric value. */
    public static double numeric(int cp) {
        return NumericValues.numeric(cp);
    }
}
