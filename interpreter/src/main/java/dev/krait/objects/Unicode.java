package dev.krait.objects;

import dev.krait.unicode.UnicodeData;

/**
 * The Unicode questions str's methods ask, answered from Krait's Unicode 14 tables (the version
 * CPython 3.11 uses), never from Java's own Character class, whose Unicode version differs.
 */
final class Unicode {
    private Unicode() {}

    static boolean isSpace(int cp) {
        return cp < 128 ? cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31)
                : UnicodeData.isSpace(cp);
    }
}
