package dev.krait.parser;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the pieces of a str concatenation: literal text is merged into one pending string until
 * a replacement field arrives, then flushed as a {@code Constant}. Without any f-string the result
 * is a single {@code Constant}; with one, a {@code JoinedStr} (CPython: Parser/string_parser.c
 * {@code FstringParser_*}, {@code make_str_node_and_del}).
 *
 * <p>A {@code Constant} flushed because a replacement field follows spans the whole concatenation
 * (its first to its last token), even inside a format spec; one flushed by {@link #finish} spans
 * the tokens given there (for a format spec, the f-string's own token). That is where CPython
 * puts them, and the {@code kind='u'} mark follows the same token.
 */
final class JoinedStrBuilder {
    private final Token first;
    private final Token last;
    /** The literal text since the last field; may be empty, never flushed when empty. */
    private StrValueBuilder pending;
    private final List<Expr> values = new ArrayList<>();
    /** Whether any f-string took part; CPython's {@code state->fmode}. */
    private boolean fMode;

    JoinedStrBuilder(Token first, Token last) {
        this.first = first;
        this.last = last;
    }

    void markFString() {
        fMode = true;
    }

    // CPython: Parser/string_parser.c _PyPegen_FstringParser_ConcatAndDel
    /**
     * Where the next piece of literal text goes; a piece that turns out empty adds nothing, as
     * CPython drops empty pieces.
     */
    StrValueBuilder literalText() {
        if (pending == null) {
            pending = new StrValueBuilder(16);
        }
        return pending;
    }

    /** Appends a replacement field, after flushing the literal text before it. */
    void addField(Expr.FormattedValue field) {
        flush(first, last);
        values.add(field);
    }

    private void flush(Token from, Token to) {
        if (pending != null && pending.length() > 0) {
            values.add(constant(pending, from, to));
        }
        pending = null;
    }

    private static Expr.Constant constant(StrValueBuilder value, Token from, Token to) {
        // Only a lowercase 'u' as the first character marks kind='u' (make_str_node_and_del).
        String kind = from.text().charAt(0) == 'u' ? "u" : null;
        ConstantValue.Str str = value == null ? new ConstantValue.Str("") : value.toValue();
        return new Expr.Constant(str, kind, from.lineno(), from.colOffset(), to.endLineno(),
                to.endColOffset());
    }

    // CPython: Parser/string_parser.c _PyPegen_FstringParser_Finish
    /** The finished node, spanning {@code from} to {@code to}. */
    Expr finish(Token from, Token to) {
        if (!fMode) {
            return constant(pending, from, to);
        }
        flush(from, to);
        return new Expr.JoinedStr(List.copyOf(values), from.lineno(), from.colOffset(),
                to.endLineno(), to.endColOffset());
    }
}
