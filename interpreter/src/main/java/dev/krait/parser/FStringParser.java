package dev.krait.parser;

import dev.krait.ast.Expr;
import dev.krait.lexer.Token;
import dev.krait.lexer.Utf8;

/**
 * Python 3.11's f-string scanner: it walks one f-string token's body, splitting it into literal
 * text and replacement fields, and hands each field's expression text to the parser.
 *
 * <p>In 3.11 the tokenizer sees a whole f-string as one STRING token; the fields are found
 * afterwards by this character-level scan and parsed by a sub-parser, so the errors here are
 * CPython's "f-string: ..." messages and the positions of the sub-parsed nodes are shifted by
 * where the field starts in the token (CPython: Parser/string_parser.c
 * {@code fstring_find_literal}, {@code fstring_find_expr}, {@code fstring_compile_expr},
 * {@code fstring_find_expr_location}, {@code _PyPegen_FstringParser_ConcatFstring}).
 *
 * <p>The scan position {@link #cur} is shared by the recursive calls for format specs, as CPython
 * shares its {@code const char **str}.
 */
final class FStringParser {
    /** CPython's MAXLEVEL (Parser/tokenizer.h): the deepest bracket nesting in a field. */
    private static final int MAX_LEVEL = 200;

    private final StringParser.Host host;
    /** The f-string token being scanned. */
    private final Token token;
    private final String text;
    /** The first and last tokens of the whole concatenation, which fields' positions span. */
    private final Token first;
    private final Token last;
    private final boolean raw;
    private int cur;

    FStringParser(StringParser.Host host, Token token, Token first, Token last, boolean raw) {
        this.host = host;
        this.token = token;
        this.text = token.text();
        this.first = first;
        this.last = last;
        this.raw = raw;
    }

    // CPython: Parser/string_parser.c _PyPegen_FstringParser_ConcatFstring
    /** Scans {@code text[from, end)} into {@code state}; returns where the scan stopped. */
    int concatFString(JoinedStrBuilder state, int from, int end, int recurseLevel) {
        cur = from;
        scan(state, end, recurseLevel);
        return cur;
    }

    private void scan(JoinedStrBuilder state, int end, int recurseLevel) {
        state.markFString();
        while (true) {
            // Literal text up to the next field (or a doubled brace, or the end).
            int start = cur;
            boolean doubledBrace = findLiteral(end, recurseLevel);
            int literalEnd = doubledBrace ? cur - 1 : cur;
            if (literalEnd != start) {
                decodeLiteral(start, literalEnd, state.literalText());
            }
            if (doubledBrace) {
                continue;
            }
            if (cur >= end || text.charAt(cur) == '}') {
                break;
            }
            Field field = findExpr(end, recurseLevel);
            if (field.debugText != null) {
                state.literalText().append(field.debugText);
            }
            state.addField(field.value);
        }
        if (recurseLevel == 0 && cur < end - 1) {
            throw error("f-string: unexpected end of string");
        }
        if (recurseLevel != 0 && text.charAt(cur) != '}') {
            throw error("f-string: expecting '}'");
        }
    }

    // CPython: Parser/string_parser.c fstring_find_literal
    /**
     * Advances {@link #cur} over literal text, stopping at a field's '{', at a format spec's
     * closing '}', or at the end. Returns true when it stopped after a doubled brace, which
     * stands for one brace: {@code cur} is then past both, and the literal ends after the first.
     */
    private boolean findLiteral(int end, int recurseLevel) {
        int s = cur;
        while (s < end) {
            char ch = text.charAt(s++);
            if (!raw && ch == '\\' && s < end) {
                ch = text.charAt(s++);
                if (ch == 'N') {
                    // Skip "\N{name}" so its braces do not start a field; a malformed "\N" is
                    // left to the escape decoder.
                    if (s < end && text.charAt(s++) == '{') {
                        while (s < end && text.charAt(s++) != '}') {
                            // skip the name
                        }
                    }
                    continue;
                }
                if (ch == '{') {
                    // "\{" warns, then falls through: the backslash stays literal and the brace
                    // counts (CPython: fstring_find_literal)
                    host.warnInvalidEscape("invalid escape sequence '\\{'", token);
                }
            }
            if (ch == '{' || ch == '}') {
                // Doubled braces are only recognised at the top level, so that the two closing
                // braces of f'{0:{3}}' end the nested field and then the outer one.
                if (recurseLevel == 0) {
                    if (s < end && text.charAt(s) == ch) {
                        cur = s + 1;
                        return true;
                    }
                    if (ch == '}') {
                        cur = s - 1;
                        throw error("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        cur = s;
        return false;
    }

    private void decodeLiteral(int from, int to, StrValueBuilder out) {
        try {
            if (raw) {
                EscapeDecoder.checkUtf8(text, from, to);
                out.append(text, from, to);
            } else {
                EscapeDecoder.InvalidEscape invalid = new EscapeDecoder.InvalidEscape();
                EscapeDecoder.decodeUnicode(text, from, to, out, invalid);
                StringParser.warnIfInvalid(host, invalid, token);
            }
        } catch (EscapeDecoder.DecodeError e) {
            throw error(e.getMessage());
        }
    }

    /** A parsed replacement field, and for {@code {expr=}} the text shown before its value. */
    private record Field(Expr.FormattedValue value, String debugText) {}

    // CPython: Parser/string_parser.c fstring_find_expr
    /** Scans the replacement field starting at the '{' at {@link #cur}. */
    private Field findExpr(int end, int recurseLevel) {
        if (recurseLevel >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        cur++;
        int exprStart = cur;
        char quoteChar = 0;
        boolean tripleQuoted = false;
        int depth = 0;
        char[] parens = new char[8]; // grown on demand, up to MAX_LEVEL
        // Find where the expression ends. This only needs to get valid expressions right: errors
        // inside them are found when the expression is parsed.
        for (; cur < end; cur++) {
            char ch = text.charAt(cur);
            if (ch == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (!tripleQuoted) {
                        quoteChar = 0;
                    } else if (cur + 2 < end && text.charAt(cur + 1) == ch
                            && text.charAt(cur + 2) == ch) {
                        cur += 2;
                        quoteChar = 0;
                        tripleQuoted = false;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                tripleQuoted = cur + 2 < end && text.charAt(cur + 1) == ch
                        && text.charAt(cur + 2) == ch;
                if (tripleQuoted) {
                    cur += 2;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= MAX_LEVEL) {
                    throw error("f-string: too many nested parenthesis");
                }
                if (depth == parens.length) {
                    parens = java.util.Arrays.copyOf(parens, Math.min(MAX_LEVEL, depth * 2));
                }
                parens[depth++] = ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '='
                    || ch == '>' || ch == '<')) {
                if (cur + 1 < end && text.charAt(cur + 1) == '=' && ch != ':' && ch != '}') {
                    cur++; // "!=", "==", "<=", ">=" are operators, not the end
                    continue;
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw error("f-string: unmatched '" + ch + "'");
                }
                char opening = parens[--depth];
                if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']'
                        || opening == '{' && ch == '}')) {
                    throw error("f-string: closing parenthesis '" + ch
                            + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        int exprEnd = cur;
        if (quoteChar != 0) {
            throw error("f-string: unterminated string");
        }
        if (depth != 0) {
            throw error("f-string: unmatched '" + parens[depth - 1] + "'");
        }
        if (cur >= end) {
            throw expectingBrace();
        }
        // The expression is parsed first, so its errors come before those of what follows it.
        Expr expression = compileExpr(exprStart, exprEnd);

        String debugText = null;
        if (text.charAt(cur) == '=') {
            if (host.featureVersion() < 8) {
                throw host.syntaxErrorAtLastToken("f-string: self documenting expressions are "
                        + "only supported in Python 3.8 and greater");
            }
            cur++;
            while (isPySpace(text.charAt(cur))) {
                cur++; // the closing quote stops this before the end of the token
            }
            if (cur >= end) {
                throw expectingBrace();
            }
            debugText = text.substring(exprStart, cur);
        }
        int conversion = -1;
        if (text.charAt(cur) == '!') {
            cur++;
            if (cur >= end) {
                throw expectingBrace();
            }
            conversion = text.charAt(cur++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        if (cur >= end) {
            throw expectingBrace();
        }
        Expr formatSpec = null;
        if (text.charAt(cur) == ':') {
            cur++;
            if (cur >= end) {
                throw expectingBrace();
            }
            formatSpec = parseFormatSpec(end, recurseLevel + 1);
        }
        if (cur >= end || text.charAt(cur) != '}') {
            throw expectingBrace();
        }
        cur++;
        // "{x=}" shows repr(x) unless a conversion or a format spec says otherwise.
        if (debugText != null && formatSpec == null && conversion == -1) {
            conversion = 'r';
        }
        Expr.FormattedValue value = new Expr.FormattedValue(expression, conversion, formatSpec,
                first.lineno(), first.colOffset(), last.endLineno(), last.endColOffset());
        return new Field(value, debugText);
    }

    // CPython: Parser/string_parser.c fstring_parse
    /** A format spec: an f-string of its own, ending at the field's closing brace. */
    private Expr parseFormatSpec(int end, int recurseLevel) {
        JoinedStrBuilder spec = new JoinedStrBuilder(first, last);
        scan(spec, end, recurseLevel);
        return spec.finish(token, token);
    }

    // CPython: Parser/string_parser.c fstring_compile_expr
    /** Parses the expression {@code text[exprStart, exprEnd)} with the parser's sub-parser. */
    private Expr compileExpr(int exprStart, int exprEnd) {
        int s = exprStart;
        while (s < exprEnd && isParserSpace(text.charAt(s))) {
            s++;
        }
        // Checked here because "()" would parse: the parentheses added below would hide it.
        if (s == exprEnd) {
            char after = text.charAt(exprEnd);
            if (after == '!' || after == ':' || after == '=') {
                throw error("f-string: expression required before '" + after + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        int brace = exprStart - 1;
        int lines = 0;
        for (int i = 0; i < brace; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int cols = exprColumnShift(brace);
        // The parentheses let the expression start with whitespace (it parses as a group).
        String parenthesized = "(" + text.substring(exprStart, exprEnd) + ")";
        return host.parseFStringExpression(parenthesized, token.lineno() + lines,
                lines != 0 ? cols : token.colOffset() + cols);
    }

    // CPython: Parser/string_parser.c fstring_find_expr_location
    /**
     * How far right of its line's start (or of the token's start, on the token's first line) the
     * sub-parser's column 0 lies, in UTF-8 bytes: the columns before the '{'. CPython leaves it 0
     * when only whitespace separates the '{' from a newline or a '}'.
     */
    private int exprColumnShift(int brace) {
        int s = brace + 1;
        while (s < text.length() && text.charAt(s) != '}' && text.charAt(s) != '\n') {
            char c = text.charAt(s);
            if (c != ' ' && c != '\t' && c != '\f') {
                int lineStart = text.lastIndexOf('\n', brace) + 1;
                return Utf8.byteLength(text, lineStart, brace);
            }
            s++;
        }
        return 0;
    }

    /** The whitespace the parser skips, which an expression may consist of. */
    private static boolean isParserSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f';
    }

    /** CPython's {@code Py_ISSPACE}: ASCII whitespace. */
    private static boolean isPySpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }

    private RuntimeException expectingBrace() {
        return error("f-string: expecting '}'");
    }

    private RuntimeException error(String msg) {
        return host.syntaxErrorAtLastToken(msg);
    }
}
