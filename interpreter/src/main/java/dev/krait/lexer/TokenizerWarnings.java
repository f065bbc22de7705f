package dev.krait.lexer;

/**
 * The warnings the {@link Tokenizer} issues itself (a number run into a keyword, as in
 * {@code 1if x else y}), sent to the {@link SourceWarnings} its caller chose
 * ({@code tok->report_warnings}: none unless set).
 */
final class TokenizerWarnings {
    private final Tokenizer tokenizer;
    private SourceWarnings sink = SourceWarnings.NONE;

    TokenizerWarnings(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    void reportTo(SourceWarnings sink) {
        this.sink = sink;
    }

    /**
     * Issues a SyntaxWarning on the current line; when the filters turn it into an error, raises
     * the SyntaxError with the same message at the current position instead.
     */
    // CPython: Parser/tokenizer.c parser_warn
    void syntaxWarning(String message) {
        if (sink.warn(SourceWarnings.Category.SYNTAX_WARNING, message, tokenizer.filename,
                tokenizer.lineno)) {
            throw tokenizer.errors.syntaxError(message);
        }
    }
}
