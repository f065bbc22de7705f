package dev.krait.text;

/**
 * Whether {@code repr()} shows a code point as itself: CPython's {@code Py_UNICODE_ISPRINTABLE}.
 * TEMPORARY approximation with the JDK's Unicode tables; to be replaced by Krait's own Unicode 14
 * tables ({@code dev.krait.unicode}).
 */
final class Printable {
    private Printable() {}

    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int type = Character.getType(cp);
        return switch (type) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
