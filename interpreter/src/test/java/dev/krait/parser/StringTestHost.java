package dev.krait.parser;

import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.Token;
import dev.krait.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the parser in literal tests: it records the expressions f-strings hand over
 * (text and starting position). An expression that is a single name becomes that {@code Name}
 * at the position pegen's sub-parser would give it (columns shifted only on the first line);
 * any other becomes a placeholder {@code Name(id='E')} at position 0. Errors carry their message
 * only.
 */
final class StringTestHost implements StringParser.Host {
    /** One {@code parseFStringExpression} call. */
    record Call(String parenthesized, int lineno, int colOffset) {}

    /** Python 3.11's {@code keyword.kwlist}: these parse as something other than a Name. */
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
            "or", "pass", "raise", "return", "try", "while", "with", "yield");

    final List<Call> calls = new ArrayList<>();
    /** The invalid-escape warnings issued, as their messages. */
    final List<String> warnings = new ArrayList<>();

    @Override
    public String filename() {
        return "<test>";
    }

    @Override
    public int featureVersion() {
        return 11;
    }

    @Override
    public PythonSyntaxError syntaxErrorAt(String msg, int lineno, int colOffset, int endLineno,
            int endColOffset) {
        return new PythonSyntaxError(PythonSyntaxError.Type.SyntaxError, msg, "<test>", lineno,
                colOffset + 1, null, endLineno, endColOffset + 1);
    }

    @Override
    public PythonSyntaxError syntaxErrorAtLastToken(String msg) {
        return new PythonSyntaxError(PythonSyntaxError.Type.SyntaxError, msg, "<test>", 0, 0, null,
                0, 0);
    }

    @Override
    public void warnInvalidEscape(String message, Token token) {
        warnings.add(message);
    }

    @Override
    public Expr parseFStringExpression(String parenthesized, int startingLineno,
            int startingColOffset) {
        calls.add(new Call(parenthesized, startingLineno, startingColOffset));
        int start = 1;
        while (" \t\n\f".indexOf(parenthesized.charAt(start)) >= 0) {
            start++;
        }
        int end = start;
        while (end < parenthesized.length() - 1
                && (Character.isLetterOrDigit(parenthesized.charAt(end))
                        || parenthesized.charAt(end) == '_')) {
            end++;
        }
        String rest = parenthesized.substring(end, parenthesized.length() - 1);
        if (end == start || Character.isDigit(parenthesized.charAt(start))
                || !rest.isBlank() || rest.indexOf('\r') >= 0
                || KEYWORDS.contains(parenthesized.substring(start, end))) {
            return new Expr.Name("E", ExprContext.Load, 0, 0, 0, 0);
        }
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < start; i++) {
            if (parenthesized.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int col = dev.krait.lexer.Utf8.byteLength(parenthesized, lineStart, start);
        int endCol = col + dev.krait.lexer.Utf8.byteLength(parenthesized, start, end);
        int shift = line == 0 ? startingColOffset : 0;
        return new Expr.Name(parenthesized.substring(start, end), ExprContext.Load,
                startingLineno + line, col + shift, startingLineno + line, endCol + shift);
    }

    /** A STRING token with the given text, starting at line 1, column 0. */
    static Token token(String text) {
        int lines = 0;
        int lastNewline = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
                lastNewline = i;
            }
        }
        int endCol = dev.krait.lexer.Utf8.byteLength(text, lastNewline + 1, text.length());
        return new Token(TokenKind.STRING, text, 1, 0, 1 + lines, endCol);
    }
}
