package dev.krait.modules.sre;

import static dev.krait.modules.sre.SreConstants.*;

import dev.krait.unicode.UnicodeData;

/**
 * The character predicates and case mappings the engine asks: ASCII ones (the default for
 * bytes patterns), locale ones, and Unicode 14 ones from Krait's own tables (CPython's answers,
 * not the JDK's newer ones). The locale variants answer as CPython does under a UTF-8
 * {@code LC_CTYPE} (Krait's fixed locale): bytes above 127 have no case and are not letters.
 *
 * <p>Case-insensitive matching lowers every subject character, so the simple Unicode mappings
 * of the Basic Multilingual Plane are computed once into shared read-only tables.
 *
 * <p>CPython counterpart: Modules/_sre/sre.c {@code sre_lower_ascii}, {@code sre_lower_locale},
 * {@code sre_lower_unicode}, {@code sre_upper_unicode}, {@code sre_category},
 * {@code char_loc_ignore}, and the {@code SRE_IS_*} macros.
 */
final class SreChars {
    private SreChars() {}

    /** {@code Py_TOLOWER} below 128; other characters unchanged. */
    static int lowerAscii(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    /** C's {@code tolower} in a UTF-8 locale: ASCII letters only. */
    static int lowerLocale(int ch) {
        return lowerAscii(ch);
    }

    static int upperLocale(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    /** {@code Py_UNICODE_TOLOWER}: the first code point of the full lower-case mapping. */
    static int lowerUnicode(int ch) {
        if (ch < 128) {
            return lowerAscii(ch);
        }
        if (ch < 0x10000) {
            return Tables.LOWER[ch];
        }
        return firstOfLower(ch);
    }

    /** {@code Py_UNICODE_TOUPPER}: the first code point of the full upper-case mapping. */
    static int upperUnicode(int ch) {
        if (ch < 128) {
            return upperLocale(ch);
        }
        if (ch < 0x10000) {
            return Tables.UPPER[ch];
        }
        return firstOfUpper(ch);
    }

    private static int firstOfLower(int ch) {
        return ch > UnicodeData.MAX_CODE_POINT || ch < 0 ? ch : UnicodeData.lowerFirst(ch);
    }

    private static int firstOfUpper(int ch) {
        return ch > UnicodeData.MAX_CODE_POINT || ch < 0 ? ch : UnicodeData.upperFirst(ch);
    }

    /**
     * The BMP case tables, made on first case-insensitive use from the stored mappings (a
     * search per code point, 131,072 of them in a cold static initializer, took 100-200 ms
     * of the first {@code re.compile(..., re.IGNORECASE)}).
     */
    private static final class Tables {
        static final int[] LOWER = UnicodeData.lowerFirstTable(0x10000);
        static final int[] UPPER = UnicodeData.upperFirstTable(0x10000);
    }

    static boolean isLinebreak(int ch) {
        return ch == '\n';
    }

    static boolean isDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    /** {@code SRE_IS_SPACE}: space, \t, \n, \v, \f, \r. */
    static boolean isSpace(int ch) {
        return ch == ' ' || (ch >= 9 && ch <= 13);
    }

    static boolean isAsciiAlnum(int ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    static boolean isWord(int ch) {
        return isAsciiAlnum(ch) || ch == '_';
    }

    /** {@code SRE_LOC_IS_WORD} under a UTF-8 locale, where only ASCII is alphanumeric. */
    static boolean isLocWord(int ch) {
        return isWord(ch);
    }

    static boolean isUniDigit(int ch) {
        return ch < 128 ? isDigit(ch) : UnicodeData.isDecimal(ch);
    }

    /** {@code Py_UNICODE_ISSPACE}, which counts the separators 0x1c-0x1f as well. */
    static boolean isUniSpace(int ch) {
        return ch < 128 ? ch == ' ' || (ch >= 9 && ch <= 13) || (ch >= 28 && ch <= 31)
                : UnicodeData.isSpace(ch);
    }

    static boolean isUniLinebreak(int ch) {
        return UnicodeData.isLinebreak(ch);
    }

    static boolean isUniWord(int ch) {
        return ch < 128 ? isWord(ch) : UnicodeData.isAlnum(ch);
    }

    // CPython: Modules/_sre/sre.c sre_category
    static boolean category(int category, int ch) {
        return switch (category) {
            case CATEGORY_DIGIT -> isDigit(ch);
            case CATEGORY_NOT_DIGIT -> !isDigit(ch);
            case CATEGORY_SPACE -> isSpace(ch);
            case CATEGORY_NOT_SPACE -> !isSpace(ch);
            case CATEGORY_WORD -> isWord(ch);
            case CATEGORY_NOT_WORD -> !isWord(ch);
            case CATEGORY_LINEBREAK -> isLinebreak(ch);
            case CATEGORY_NOT_LINEBREAK -> !isLinebreak(ch);
            case CATEGORY_LOC_WORD -> isLocWord(ch);
            case CATEGORY_LOC_NOT_WORD -> !isLocWord(ch);
            case CATEGORY_UNI_DIGIT -> isUniDigit(ch);
            case CATEGORY_UNI_NOT_DIGIT -> !isUniDigit(ch);
            case CATEGORY_UNI_SPACE -> isUniSpace(ch);
            case CATEGORY_UNI_NOT_SPACE -> !isUniSpace(ch);
            case CATEGORY_UNI_WORD -> isUniWord(ch);
            case CATEGORY_UNI_NOT_WORD -> !isUniWord(ch);
            case CATEGORY_UNI_LINEBREAK -> isUniLinebreak(ch);
            case CATEGORY_UNI_NOT_LINEBREAK -> !isUniLinebreak(ch);
            default -> false;
        };
    }

    // CPython: Modules/_sre/sre.c char_loc_ignore
    static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern;
    }

    /** Whether ch passes a (NOT_)LITERAL_*IGNORE test against the code's literal. */
    static boolean literalIgnore(int op, int literal, int ch) {
        return switch (op) {
            case LITERAL_IGNORE -> lowerAscii(ch) == literal;
            case LITERAL_UNI_IGNORE -> lowerUnicode(ch) == literal;
            case LITERAL_LOC_IGNORE -> charLocIgnore(literal, ch);
            case NOT_LITERAL_IGNORE -> lowerAscii(ch) != literal;
            case NOT_LITERAL_UNI_IGNORE -> lowerUnicode(ch) != literal;
            default -> !charLocIgnore(literal, ch);
        };
    }

    static boolean sameChar(int op, int a, int b) {
        return switch (op) {
            case GROUPREF_IGNORE -> lowerAscii(a) == lowerAscii(b);
            case GROUPREF_UNI_IGNORE -> lowerUnicode(a) == lowerUnicode(b);
            case GROUPREF_LOC_IGNORE -> lowerLocale(a) == lowerLocale(b);
            default -> a == b;
        };
    }
}
