package dev.krait.parser;

import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.Token;
import dev.krait.lexer.Tokenizer;

/**
 * The tokenizer as the parser sees it: the tokens, plus the tokenizer state that pegen reads from
 * {@code struct tok_state} to build errors. For a module this is the lexer's {@link Tokenizer} as
 * is; for an f-string replacement field it shifts every token by the field's place in the
 * enclosing source, as pegen's {@code initialize_token} does with {@code p->starting_lineno} and
 * {@code p->starting_col_offset}.
 */
final class TokenSource {
    final Tokenizer tokenizer;
    /** {@code p->starting_lineno}, or 0 for a parser over a whole source. */
    private final int startingLineno;
    /** {@code p->starting_col_offset}. */
    private final int startingColOffset;

    TokenSource(Tokenizer tokenizer, int startingLineno, int startingColOffset) {
        this.tokenizer = tokenizer;
        this.startingLineno = startingLineno;
        this.startingColOffset = startingColOffset;
    }

    /**
     * The next token, shifted for a sub-parser. Throws {@link PythonSyntaxError} for a tokenizer
     * error, where CPython's tokenizer sets {@code tok->done} and pegen raises.
     */
    // CPython: Parser/pegen.c initialize_token (the starting_lineno/starting_col_offset shift)
    Token next() {
        Token t = tokenizer.next();
        if (startingLineno == 0) {
            return t;
        }
        int lineShift = startingLineno - 1;
        // the sub-tokenizer's lines count from 1; CPython's start at starting_lineno, and columns
        // shift only while the tokenizer is still on that first line
        boolean firstLine = tokenizer.currentLineno() == 1;
        int col = t.colOffset();
        int endCol = t.endColOffset();
        if (firstLine) {
            col = col == -1 ? -1 : col + startingColOffset;
            endCol = endCol == -1 ? -1 : endCol + startingColOffset;
        }
        return new Token(t.kind(), t.text(), t.lineno() + lineShift, col, t.endLineno() + lineShift,
                endCol);
    }

    /** {@code tok->level}: how many brackets are open. */
    int bracketLevel() {
        return tokenizer.level();
    }

    /** {@code tok->lineno} in the parser's (shifted) line numbers. */
    int currentLineno() {
        return tokenizer.currentLineno() + (startingLineno == 0 ? 0 : startingLineno - 1);
    }

    /**
     * CPython: Parser/pegen_errors.c _PyPegen_raise_error_known_location, with 1-based byte
     * columns (or {@code CURRENT_POS}). In an f-string sub-parser the message gets the
     * "f-string: " prefix and the columns lose {@code starting_col_offset}, as in CPython.
     */
    PythonSyntaxError errorKnownLocation(PythonSyntaxError.Type type, String msg, int lineno,
            int col, int endLineno, int endCol) {
        if (startingLineno == 0) {
            return tokenizer.errors().errorKnownLocation(type, lineno, col, endLineno, endCol, msg);
        }
        // the sub-tokenizer numbers its lines from 1; the error keeps the enclosing source's
        int lineShift = startingLineno - 1;
        if (col > 0) {
            col -= startingColOffset;
        }
        if (endCol > 0) {
            endCol -= startingColOffset;
        }
        PythonSyntaxError e = tokenizer.errors().errorKnownLocation(type, lineno - lineShift, col,
                endLineno == dev.krait.lexer.TokenizerErrors.CURRENT_POS ? endLineno
                        : endLineno - lineShift, endCol, "f-string: " + msg);
        return new PythonSyntaxError(e.type, e.msg, e.filename, e.lineno + lineShift, e.offset,
                e.text, e.endLineno + lineShift, e.endOffset);
    }

    /** CPython: Parser/pegen_errors.c _PyPegen_raise_error, at {@code token}. */
    PythonSyntaxError errorAtToken(PythonSyntaxError.Type type, Token token, String msg) {
        if (token.colOffset() == -1 && startingLineno == 0) {
            return tokenizer.errors().atToken(type, token, msg);
        }
        int col = token.colOffset() == -1 ? 0 : token.colOffset() + 1;
        int endCol = token.endColOffset() != -1 ? token.endColOffset() + 1 : -1;
        return errorKnownLocation(type, msg, token.lineno(), col, token.endLineno(), endCol);
    }
}
