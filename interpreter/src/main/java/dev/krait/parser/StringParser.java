package dev.krait.parser;

import dev.krait.ast.Expr;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.Token;
import java.util.List;

/**
 * Adjacent string literals to one {@code Constant} or {@code JoinedStr} (CPython:
 * Parser/string_parser.c, {@code _PyPegen_concatenate_strings}). INTERIM: the contract only.
 */
public final class StringParser {
    private StringParser() {}

    /** What string parsing needs from the parser that called it. */
    public interface Host {
        String filename();

        /** A SyntaxError at a range given in CPython's AST coordinates (UTF-8 byte columns). */
        PythonSyntaxError syntaxErrorAt(String msg, int lineno, int colOffset, int endLineno,
                int endColOffset);

        /**
         * Parses an f-string replacement field's expression, given as {@code "(" + text + ")"}, with
         * CPython's {@code fstring} start rule ({@code star_expressions}), shifting token positions by
         * {@code startingLineno}/{@code startingColOffset} as pegen does for a sub-parser.
         */
        Expr parseFStringExpression(String parenthesized, int startingLineno, int startingColOffset);
    }

    /** The {@code strings} rule's action: one or more STRING tokens to an expression. */
    public static Expr concatenate(Host host, List<Token> strings) {
        throw host.syntaxErrorAt("string literals are not supported yet", strings.get(0).lineno(),
                strings.get(0).colOffset(), strings.get(0).endLineno(), strings.get(0).endColOffset());
    }
}
