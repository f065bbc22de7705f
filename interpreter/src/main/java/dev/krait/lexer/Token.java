package dev.krait.lexer;

/**
 * One token. Positions are CPython's: lines 1-based, columns 0-based offsets in UTF-8 bytes of the
 * (decoded, re-encoded as UTF-8) line, which is what the parser copies into AST nodes. {@code text}
 * is the token's exact source text (for {@code STRING}, prefix and quotes included, spanning lines
 * for a multi-line string). As in CPython's tokenizer, {@code NEWLINE} has empty text and sits at
 * its {@code '\n'} (start and end column equal), and {@code INDENT}, {@code DEDENT} and
 * {@code ENDMARKER} have empty text and columns -1 (pegen never reads them; the {@code --tokens}
 * listing computes Lib/tokenize.py's own positions for them).
 */
public record Token(TokenKind kind, String text, int lineno, int colOffset, int endLineno,
        int endColOffset) {
}
