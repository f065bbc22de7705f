package dev.krait.parser;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.Token;
import java.util.Arrays;
import java.util.List;

/**
 * The action of the grammar's {@code strings} rule: one or more adjacent STRING tokens become one
 * {@code Constant} (str or bytes) or one {@code JoinedStr} (when an f-string is among them).
 *
 * <p>Each token is first taken apart into prefix, quotes and body ({@link Literal}); plain bodies
 * are decoded by {@link EscapeDecoder}, f-string bodies are scanned by {@link FStringParser}; the
 * pieces are joined by {@link JoinedStrBuilder}, exactly as CPython's
 * {@code _PyPegen_concatenate_strings} joins them (CPython: Parser/action_helpers.c and
 * Parser/string_parser.c).
 */
public final class StringParser {
    private StringParser() {}

    /** What string parsing needs from the parser that called it. */
    public interface Host {
        String filename();

        /**
         * A SyntaxError at a range given in CPython's AST coordinates (UTF-8 byte columns); a
         * column of -1 means "none" (CPython then reports offset 0), as for the digit-limit error.
         */
        PythonSyntaxError syntaxErrorAt(String msg, int lineno, int colOffset, int endLineno,
                int endColOffset);

        /**
         * A SyntaxError where CPython's {@code RAISE_SYNTAX_ERROR} puts it: at the last token the
         * parser has fetched ({@code p->tokens[p->fill - 1]}, usually the token after the strings),
         * from its start to its end (CPython: Parser/pegen_errors.c {@code _PyPegen_raise_error}).
         * Every error of string parsing but one is raised this way.
         */
        PythonSyntaxError syntaxErrorAtLastToken(String msg);

        /**
         * Issues the DeprecationWarning for an invalid escape in {@code token}; when the warnings
         * filters make it an error, throws a SyntaxError with the same message spanning the token.
         */
        void warnInvalidEscape(String message, Token token);

        /**
         * Parses an f-string replacement field's expression, given as {@code "(" + text + ")"},
         * with CPython's {@code fstring} start rule ({@code star_expressions}), shifting token
         * positions by {@code startingLineno}/{@code startingColOffset} as pegen does for a
         * sub-parser (CPython: Parser/string_parser.c {@code fstring_compile_expr}): the
         * sub-tokenizer's first line is {@code startingLineno}, and tokens on that line have
         * {@code startingColOffset} added to their columns.
         */
        Expr parseFStringExpression(String parenthesized, int startingLineno,
                int startingColOffset);

        /** The minor version of Python 3 whose grammar is accepted ({@code feature_version}). */
        int featureVersion();
    }

    // CPython: Parser/action_helpers.c _PyPegen_concatenate_strings
    /** The {@code strings} rule's action: one or more STRING tokens to an expression. */
    public static Expr concatenate(Host host, List<Token> strings) {
        Token first = strings.get(0);
        Token last = strings.get(strings.size() - 1);
        if (strings.size() == 1) {
            // The common case, one plain literal, without the joining machinery.
            Literal literal = Literal.of(first.text());
            if (!literal.fString) {
                Object value = decode(host, first, literal);
                ConstantValue constant = switch (value) {
                    case byte[] b -> new ConstantValue.Bytes(b);
                    case String s -> new ConstantValue.Str(s);
                    default -> ((StrValueBuilder) value).toValue();
                };
                String kind = !literal.bytes && first.text().charAt(0) == 'u' ? "u" : null;
                return new Expr.Constant(constant, kind, first.lineno(), first.colOffset(),
                        first.endLineno(), first.endColOffset());
            }
        }
        boolean bytesMode = false;
        byte[] bytes = null;
        JoinedStrBuilder state = new JoinedStrBuilder(first, last);
        for (int i = 0; i < strings.size(); i++) {
            Token token = strings.get(i);
            Literal literal = Literal.of(token.text());
            Object decoded = literal.fString ? null : decode(host, token, literal);
            if (i != 0 && bytesMode != literal.bytes) {
                throw host.syntaxErrorAtLastToken("cannot mix bytes and nonbytes literals");
            }
            bytesMode = literal.bytes;
            if (literal.fString && host.featureVersion() < 6) {
                // CPython: Parser/string_parser.c _PyPegen_parsestr
                throw host.syntaxErrorAtLastToken(
                        "Format strings are only supported in Python 3.6 and greater");
            }
            if (literal.fString) {
                new FStringParser(host, token, first, last, literal.raw)
                        .concatFString(state, literal.bodyStart, literal.bodyEnd, 0);
            } else if (bytesMode) {
                byte[] b = (byte[]) decoded;
                if (bytes == null) {
                    bytes = b;
                } else {
                    byte[] joined = Arrays.copyOf(bytes, bytes.length + b.length);
                    System.arraycopy(b, 0, joined, bytes.length, b.length);
                    bytes = joined;
                }
            } else if (decoded instanceof String s) {
                state.literalText().append(s);
            } else {
                state.literalText().append((StrValueBuilder) decoded);
            }
        }
        if (bytesMode) {
            return new Expr.Constant(new ConstantValue.Bytes(bytes), null, first.lineno(),
                    first.colOffset(), last.endLineno(), last.endColOffset());
        }
        return state.finish(first, last);
    }

    // CPython: Parser/string_parser.c _PyPegen_parsestr (the part after the prefix scan)
    /**
     * A non-f-string literal's value: a {@code byte[]}; a {@code String} when there was nothing
     * to decode; otherwise a {@link StrValueBuilder}, which knows where escapes made surrogates.
     */
    private static Object decode(Host host, Token token, Literal literal) {
        String text = token.text();
        int from = literal.bodyStart;
        int to = literal.bodyEnd;
        // No backslash anywhere after the opening quote means there is nothing to decode.
        boolean raw = literal.raw || text.indexOf('\\', from) < 0;
        try {
            if (literal.bytes) {
                for (int i = from; i < text.length(); i++) {
                    if (text.charAt(i) >= 0x80) {
                        // CPython 3.11.7 points at the literal itself (3.11.2 at the last token).
                        throw host.syntaxErrorAt("bytes can only contain ASCII literal characters",
                                token.lineno(), token.colOffset(), token.endLineno(),
                                token.endColOffset());
                    }
                }
                if (raw) {
                    byte[] out = new byte[to - from];
                    for (int i = from; i < to; i++) {
                        out[i - from] = (byte) text.charAt(i);
                    }
                    return out;
                }
                EscapeDecoder.InvalidEscape invalid = new EscapeDecoder.InvalidEscape();
                byte[] value = EscapeDecoder.decodeBytes(text, from, to, invalid);
                warnIfInvalid(host, invalid, token);
                return value;
            }
            if (raw) {
                EscapeDecoder.checkUtf8(text, from, to);
                return text.substring(from, to);
            }
            StrValueBuilder out = new StrValueBuilder(to - from);
            EscapeDecoder.InvalidEscape invalid = new EscapeDecoder.InvalidEscape();
            EscapeDecoder.decodeUnicode(text, from, to, out, invalid);
            warnIfInvalid(host, invalid, token);
            return out;
        } catch (EscapeDecoder.DecodeError e) {
            throw host.syntaxErrorAtLastToken(e.getMessage());
        }
    }

    /** The warning for a literal's first invalid escape, issued once it decoded without error. */
    // CPython: Parser/string_parser.c decode_unicode_with_escapes, decode_bytes_with_escapes
    static void warnIfInvalid(Host host, EscapeDecoder.InvalidEscape invalid, Token token) {
        if (invalid.message() != null) {
            host.warnInvalidEscape(invalid.message(), token);
        }
    }

    /** A STRING token taken apart: which prefixes it has and where its body lies. */
    record Literal(boolean bytes, boolean raw, boolean fString, int bodyStart, int bodyEnd) {
        // CPython: Parser/string_parser.c _PyPegen_parsestr (prefix and quote scan)
        static Literal of(String text) {
            boolean bytes = false;
            boolean raw = false;
            boolean fString = false;
            int i = 0;
            for (;; i++) {
                char c = text.charAt(i);
                if (c == 'b' || c == 'B') {
                    bytes = true;
                } else if (c == 'r' || c == 'R') {
                    raw = true;
                } else if (c == 'f' || c == 'F') {
                    fString = true;
                } else if (c != 'u' && c != 'U') {
                    break;
                }
            }
            char quote = text.charAt(i);
            int start = i + 1;
            int end = text.length() - 1;
            if (end - start >= 4 && text.charAt(start) == quote
                    && text.charAt(start + 1) == quote) {
                start += 2;
                end -= 2;
            }
            return new Literal(bytes, raw, fString, start, end);
        }
    }
}
