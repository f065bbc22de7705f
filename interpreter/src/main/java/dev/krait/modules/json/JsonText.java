package dev.krait.modules.json;

import dev.krait.objects.PyStr;

/**
 * A str as the JSON scanner reads it: code point {@code i} in O(1) whatever the str holds (its
 * Java chars when it has no surrogates, else its code point array), and substrings made the
 * cheap way for each.
 */
final class JsonText {
    final PyStr str;
    /** The Java string when it has no surrogates (code point i is char i), else null. */
    final String chars;
    private final int[] codePoints;
    final int length;

    JsonText(PyStr str) {
        this.str = str;
        if (str.isSimple()) {
            chars = str.value();
            codePoints = null;
            length = chars.length();
        } else {
            chars = null;
            codePoints = str.codePoints();
            length = codePoints.length;
        }
    }

    int at(int i) {
        return chars != null ? chars.charAt(i) : codePoints[i];
    }

    /** Code points [start, end) as a str. */
    PyStr slice(int start, int end) {
        if (chars != null) {
            return PyStr.of(chars.substring(start, end));
        }
        return str.substring(start, end);
    }

    /** JSON's whitespace characters as bits of a mask indexed by the character. */
    private static final long WHITESPACE = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << '\r';

    /**
     * One test for the four characters: the JIT then sees one branch taken both ways in any
     * document, where four tests compiled for compact text would deoptimise at the first
     * newline of an indented one.
     */
    static boolean isWhitespace(int c) {
        return c <= ' ' && (WHITESPACE >>> c & 1) != 0;
    }
}
