package dev.krait.lexer;

/**
 * String literals for the {@link Tokenizer}: one STRING token from the opening quote (its prefix
 * already read) to the closing one, across lines for a triple-quoted string or an escaped newline.
 * Escapes are only skipped here; what they mean, and f-string contents, is the parser's business.
 */
final class StringScanner {
    private StringScanner() {}

    /** The rest of a string whose opening quote {@code quote} has just been read. */
    // CPython: Parser/tokenizer.c tok_get, the "String" block
    static TokenKind string(Tokenizer t, int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        // a string may span lines: its start is on the line it began on
        t.firstLineno = t.lineno;
        t.multiLineStart = t.lineStart;
        t.multiLineNonAscii = t.lineNonAscii;
        int c = t.nextc();
        if (c == quote) {
            c = t.nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1; // the empty string
            }
        }
        if (c != quote) {
            t.backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = t.nextc();
            if (c == Tokenizer.EOF || (quoteSize == 1 && c == '\n')) {
                // report from the opening quote, on the line where the string began
                int detectedAt = t.lineno;
                t.cur = t.tokStart + 1;
                t.lineStart = t.multiLineStart;
                t.lineNonAscii = t.multiLineNonAscii;
                t.lineno = t.firstLineno;
                throw t.errors.syntaxError(quoteSize == 3
                        ? "unterminated triple-quoted string literal (detected at line "
                                + detectedAt + ")"
                        : "unterminated string literal (detected at line " + detectedAt + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    t.nextc(); // the escaped character cannot end the string
                }
            }
        }
        return t.token(TokenKind.STRING);
    }
}
