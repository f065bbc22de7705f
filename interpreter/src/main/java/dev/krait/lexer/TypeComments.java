package dev.krait.lexer;

/**
 * Type comments for the {@link Tokenizer}, when {@code ast.parse(..., type_comments=True)} asks
 * for them ({@link Tokenizer#enableTypeComments}): a comment starting {@code # type:} becomes a
 * TYPE_COMMENT or TYPE_IGNORE token instead of being skipped.
 */
final class TypeComments {
    private TypeComments() {}

    private static final String PREFIX = "# type: ";

    /**
     * After a comment was read up to its end {@code c} (a newline or EOF): a TYPE_COMMENT holding
     * the text after {@code # type: }, or a TYPE_IGNORE holding what follows
     * {@code # type: ignore} (its tag), or null for an ordinary comment. In the prefix a space
     * stands for any run of blanks, none included. A TYPE_IGNORE alone on its line takes the
     * newline with it; any other type comment leaves the newline to be read as a NEWLINE, even
     * on a line of its own (so that a function's signature comment may stand on the line after
     * its {@code def}).
     */
    // CPython: Parser/tokenizer.c tok_get, "Skip comment, unless it's a type comment"
    static TokenKind typeComment(Tokenizer t, int c) {
        char[] s = t.s;
        // CPython compares up to tok->cur, one past the newline that ended the comment
        int limit = t.cur;
        int p = t.tokStart;
        for (int i = 0; i < PREFIX.length(); i++) {
            char want = PREFIX.charAt(i);
            if (p >= limit) {
                return null;
            }
            if (want == ' ') {
                while (p < limit && (s[p] == ' ' || s[p] == '\t')) {
                    p++;
                }
            } else if (s[p] == want) {
                p++;
            } else {
                return null;
            }
        }
        t.backup(c); // the newline or EOF is not part of the comment
        int end = t.cur;
        int ignoreEnd = p + 6;
        boolean isIgnore = end >= ignoreEnd && t.regionMatches(p, "ignore")
                && !(end > ignoreEnd && (s[ignoreEnd] >= 128 || isAsciiAlnum(s[ignoreEnd])));
        if (!isIgnore) {
            return t.token(TokenKind.TYPE_COMMENT, p, end);
        }
        t.token(TokenKind.TYPE_IGNORE, ignoreEnd, end);
        if (t.blankline) {
            t.nextc();
            t.atBol = true;
        }
        return TokenKind.TYPE_IGNORE;
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
