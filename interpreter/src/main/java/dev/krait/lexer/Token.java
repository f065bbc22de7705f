package dev.krait.lexer;

/**
 * One token. Positions are CPython's: lines 1-based, columns 0-based offsets in UTF-8 bytes of the
 * (decoded, re-encoded as UTF-8) line, which is what the parser copies into AST nodes. {@code text} is
 * the token's exact source text (for {@code STRING}, prefix and quotes included; for {@code INDENT}, the
 * indentation; for {@code DEDENT} and {@code ENDMARKER}, empty).
 */
public record Token(TokenKind kind, String text, int lineno, int colOffset, int endLineno,
        int endColOffset) {
}
