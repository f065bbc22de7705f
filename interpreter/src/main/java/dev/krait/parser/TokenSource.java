package dev.krait.parser;

import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.Token;
import dev.krait.lexer.Tokenizer;

/**
 * The tokenizer as the parser sees it: the tokens, plus the tokenizer state that pegen reads from
 * {@code struct tok_state} to build errors. For an f-string replacement field the tokenizer is
 * {@link Tokenizer#forFStringExpression}'s, which numbers lines from the field's line and shifts
 * columns as pegen's {@code initialize_token} does with {@code p->starting_lineno} and
 * {@code p->starting_col_offset}, and gives its errors the {@code "f-string: "} prefix: the
 * parser needs no shifting of its own.
 */
final class TokenSource {
    final Tokenizer tokenizer;

    TokenSource(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /**
     * The next token. Throws {@link PythonSyntaxError} for a tokenizer error, where CPython's
     * tokenizer sets {@code tok->done} and pegen raises.
     */
    Token next() {
        return tokenizer.next();
    }

    /** {@code tok->level}: how many brackets are open. */
    int bracketLevel() {
        return tokenizer.level();
    }

    /** {@code tok->lineno}. */
    int currentLineno() {
        return tokenizer.currentLineno();
    }

    /**
     * CPython: Parser/pegen_errors.c _PyPegen_raise_error_known_location, with 1-based byte
     * columns (or {@code CURRENT_POS}).
     */
    PythonSyntaxError errorKnownLocation(PythonSyntaxError.Type type, String msg, int lineno,
            int col, int endLineno, int endCol) {
        return tokenizer.errors().errorKnownLocation(type, lineno, col, endLineno, endCol, msg);
    }

    /** CPython: Parser/pegen_errors.c _PyPegen_raise_error, at {@code token}. */
    PythonSyntaxError errorAtToken(PythonSyntaxError.Type type, Token token, String msg) {
        return tokenizer.errors().atToken(type, token, msg);
    }
}
