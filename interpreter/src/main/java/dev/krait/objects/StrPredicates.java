package dev.krait.objects;

import dev.krait.unicode.UnicodeData;

/**
 * The character-class predicates of {@code str} ({@code isalpha}, {@code isdigit},
 * {@code isspace}, ...): true when the string is not empty and every code point has the
 * property in Unicode 14 — except {@code isascii} and {@code isprintable}, which are true for
 * the empty string — and {@code isidentifier}, which asks the XID properties.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c {@code unicode_isalpha_impl} and friends,
 * {@code _PyUnicode_ScanIdentifier}.
 */
public final class StrPredicates {
    private StrPredicates() {}

    /**
     * Whether {@code str.split()} and {@code strip()} treat cp as white space: the ASCII
     * separators 0x1c-0x1f count, as in CPython's {@code Py_UNICODE_ISSPACE}.
     */
    static boolean isSpace(int cp) {
        return cp < 128 ? cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31)
                : UnicodeData.isSpace(cp);
    }

    /** Which property a predicate asks of each code point. */
    private enum Property { ALPHA, ALNUM, DECIMAL, DIGIT, NUMERIC, SPACE, PRINTABLE }

    private static boolean has(Property p, int cp) {
        return switch (p) {
            case ALPHA -> UnicodeData.isAlpha(cp);
            case ALNUM -> UnicodeData.isAlnum(cp);
            case DECIMAL -> UnicodeData.isDecimal(cp);
            case DIGIT -> UnicodeData.isDigit(cp);
            case NUMERIC -> UnicodeData.isNumeric(cp);
            case SPACE -> isSpace(cp);
            case PRINTABLE -> UnicodeData.isPrintable(cp);
        };
    }

    private static boolean all(PyStr s, Property p, boolean whenEmpty) {
        int n = s.length();
        if (n == 0) {
            return whenEmpty;
        }
        for (int i = 0; i < n; i++) {
            if (!has(p, s.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Exposed("isalpha($self, /)")
    public static boolean isalpha(PyStr self) {
        return all(self, Property.ALPHA, false);
    }

    @Exposed("isalnum($self, /)")
    public static boolean isalnum(PyStr self) {
        return all(self, Property.ALNUM, false);
    }

    @Exposed("isdecimal($self, /)")
    public static boolean isdecimal(PyStr self) {
        return all(self, Property.DECIMAL, false);
    }

    @Exposed("isdigit($self, /)")
    public static boolean isdigit(PyStr self) {
        return all(self, Property.DIGIT, false);
    }

    @Exposed("isnumeric($self, /)")
    public static boolean isnumeric(PyStr self) {
        return all(self, Property.NUMERIC, false);
    }

    @Exposed("isspace($self, /)")
    public static boolean isspace(PyStr self) {
        return all(self, Property.SPACE, false);
    }

    @Exposed("isprintable($self, /)")
    public static boolean isprintable(PyStr self) {
        return all(self, Property.PRINTABLE, true);
    }

    @Exposed("isascii($self, /)")
    public static boolean isascii(PyStr self) {
        return self.isAscii();
    }

    // CPython: Objects/unicodeobject.c _PyUnicode_ScanIdentifier (no NFKC normalisation here)
    @Exposed("isidentifier($self, /)")
    public static boolean isidentifier(PyStr self) {
        int n = self.length();
        if (n == 0) {
            return false;
        }
        int first = self.codePointAt(0);
        if (first != '_' && !UnicodeData.isXidStart(first)) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (!UnicodeData.isXidContinue(self.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }
}
