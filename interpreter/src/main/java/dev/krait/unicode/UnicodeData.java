package dev.krait.unicode;

/**
 * Unicode answers as CPython 3.11 gives them (Unicode 14.0), not as the JDK's newer tables would.
 * INTERIM: answers from the JDK's tables until Krait's generated Unicode 14 tables replace them.
 */
public final class UnicodeData {
    private UnicodeData() {}

    /** Whether a code point may start an identifier (XID_Start, plus '_'). */
    public static boolean isXidStart(int cp) {
        return cp == '_' || Character.isUnicodeIdentifierStart(cp);
    }

    /** Whether a code point may continue an identifier (XID_Continue). */
    public static boolean isXidContinue(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    /** CPython's {@code Py_UNICODE_ISPRINTABLE}, which {@code repr()} uses. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** {@code unicodedata.normalize('NFKC', s)}. */
    public static String normalizeNfkc(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
    }

    /**
     * The code point(s) that {@code \N{name}} denotes, as CPython's {@code unicodedata.lookup} finds them
     * (names, aliases; case-insensitive), or {@code null} if there is none.
     */
    public static String lookupName(String name) {
        try {
            return Character.toString(Character.codePointOf(name));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
