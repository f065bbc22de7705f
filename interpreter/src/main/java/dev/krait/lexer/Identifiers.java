package dev.krait.lexer;

import dev.krait.unicode.UnicodeData;

/**
 * Names beyond ASCII (PEP 3131): the check the tokenizer makes on a NAME token holding non-ASCII
 * characters, and the NFKC normalisation the parser applies to every name it keeps.
 */
public final class Identifiers {
    private Identifiers() {}

    /**
     * Checks the NAME token {@code t.s[t.tokStart, t.cur)}: its bytes must decode, its first
     * character be XID_Start or '_', the others XID_Continue. Throws CPython's error otherwise,
     * with the tokenizer moved to just past the offending character, as CPython moves it.
     */
    // CPython: Parser/tokenizer.c verify_identifier; Objects/unicodeobject.c
    // _PyUnicode_ScanIdentifier
    static void verify(Tokenizer t) {
        char[] s = t.s;
        for (int i = t.tokStart; i < t.cur; i++) {
            if (Utf8.isEscapedByteAt(s, i)) {
                throw t.errors.decodeError(Utf8.sourceBytes(java.nio.CharBuffer.wrap(s),
                        t.tokStart, t.cur));
            }
        }
        int i = t.tokStart;
        boolean first = true;
        while (i < t.cur) {
            int cp = Character.codePointAt(s, i, t.cur);
            boolean ok = first ? (cp == '_' || UnicodeData.isXidStart(cp))
                    : UnicodeData.isXidContinue(cp);
            int next = i + Character.charCount(cp);
            if (!ok) {
                if (next < t.cur) {
                    t.cur = next;
                }
                String hex = String.format("%04X", cp);
                if (UnicodeData.isPrintable(cp)) {
                    throw t.errors.syntaxError("invalid character '" + Character.toString(cp)
                            + "' (U+" + hex + ")");
                }
                throw t.errors.syntaxError("invalid non-printable character U+" + hex);
            }
            first = false;
            i = next;
        }
    }

    /**
     * A name as the parser stores it: NFKC-normalised (CPython: Parser/pegen.c
     * {@code _PyPegen_new_identifier}), with ASCII names, nearly all of them, returned as they are.
     */
    public static String normalize(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                return UnicodeData.normalizeNfkc(name);
            }
        }
        return name;
    }
}
