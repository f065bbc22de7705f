package dev.krait.parser;

import dev.krait.ast.ExceptHandler;
import dev.krait.ast.Expr;
import dev.krait.ast.Keyword;
import dev.krait.ast.Stmt;
import dev.krait.ast.WithItem;
import dev.krait.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The COMPOUND STATEMENTS section except function definitions: {@code compound_stmt},
 * {@code block}, decorators, class definitions, and the if, while, for, with and try statements.
 */
abstract class CompoundRules extends CompositePatternRules {
    CompoundRules(TokenSource source, String filename, int expectedTokens) {
        super(source, filename, expectedTokens);
    }

    // Rules defined further up the class chain.
    abstract Stmt function_def();

    abstract Object invalid_block();

    abstract Object invalid_class_def_raw();

    abstract Object invalid_if_stmt();

    abstract Object invalid_elif_stmt();

    abstract Object invalid_else_stmt();

    abstract Object invalid_while_stmt();

    abstract Object invalid_for_stmt();

    abstract Object invalid_with_stmt_indent();

    abstract Object invalid_with_stmt();

    abstract Object invalid_with_item();

    abstract Object invalid_try_stmt();

    abstract Object invalid_except_stmt_indent();

    abstract Object invalid_except_star_stmt_indent();

    abstract Object invalid_except_stmt();

    abstract Object invalid_finally_stmt();

    /**
     * <pre>
     * compound_stmt:
     *     | &('def' | '@' | ASYNC) function_def
     *     | &'if' if_stmt
     *     | &('class' | '@') class_def
     *     | &('with' | ASYNC) with_stmt
     *     | &('for' | ASYNC) for_stmt
     *     | &'try' try_stmt
     *     | &'while' while_stmt
     *     | match_stmt
     * </pre>
     */
    @Override
    final Stmt compound_stmt() {
        enter();
        try {
            int type = peekType();
            Stmt r;
            if ((type == K_DEF || type == AT || type == K_ASYNC) && (r = function_def()) != null) {
                return r;
            }
            if (type == K_IF && (r = if_stmt()) != null) {
                return r;
            }
            if ((type == K_CLASS || type == AT) && (r = class_def()) != null) {
                return r;
            }
            if ((type == K_WITH || type == K_ASYNC) && (r = with_stmt()) != null) {
                return r;
            }
            if ((type == K_FOR || type == K_ASYNC) && (r = for_stmt()) != null) {
                return r;
            }
            if (type == K_TRY && (r = try_stmt()) != null) {
                return r;
            }
            if (type == K_WHILE && (r = while_stmt()) != null) {
                return r;
            }
            return type == NAME ? match_stmt() : null;
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * block (memo):
     *     | NEWLINE INDENT a=statements DEDENT { a }
     *     | simple_stmts
     *     | invalid_block
     * </pre>
     */
    @Override
    final List<Stmt> block() {
        if (isMemoized(BLOCK)) {
            @SuppressWarnings("unchecked")
            List<Stmt> r = (List<Stmt>) memoResult;
            return r;
        }
        int start = mark;
        enter();
        List<Stmt> r = null;
        if (expect(NEWLINE) != null && expect(INDENT) != null) {
            r = statements();
            if (r == null || expect(DEDENT) == null) {
                r = null;
            }
        }
        if (r == null) {
            mark = start;
            r = simple_stmts();
        }
        if (r == null && callInvalidRules) {
            mark = start;
            invalid_block();
        }
        if (r == null) {
            mark = start;
        }
        leave();
        memoize(start, BLOCK, r);
        return r;
    }

    /** {@code decorators: a=('@' f=named_expression NEWLINE { f })+ { a }} */
    final List<Expr> decorators() {
        List<Expr> r = null;
        while (true) {
            int m = mark;
            Expr f;
            if (expect(AT) != null && (f = named_expression()) != null
                    && expect(NEWLINE) != null) {
                if (r == null) {
                    r = new ArrayList<>();
                }
                r.add(f);
            } else {
                mark = m;
                break;
            }
        }
        return r;
    }

    /**
     * <pre>
     * class_def:
     *     | a=decorators b=class_def_raw { _PyPegen_class_def_decorators(p, a, b) }
     *     | class_def_raw
     * </pre>
     */
    final Stmt class_def() {
        int start = mark;
        enter();
        try {
            List<Expr> a = decorators();
            Stmt b;
            if (a != null && (b = class_def_raw()) != null) {
                return classDefDecorators(a, b);
            }
            mark = start;
            return class_def_raw();
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * class_def_raw:
     *     | invalid_class_def_raw
     *     | 'class' a=NAME b=['(' z=[arguments] ')' { z }] ':' c=block
     *       { ClassDef(a, b.args, b.keywords, c, NULL) }
     * </pre>
     */
    final Stmt class_def_raw() {
        int start = mark;
        enter();
        try {
            if (callInvalidRules) {
                Object r = invalid_class_def_raw();
                if (r != null) {
                    return (Stmt) r;
                }
                mark = start;
            }
            Expr.Name a;
            if (expect(K_CLASS) == null || (a = name_token()) == null) {
                mark = start;
                return null;
            }
            Expr.Call b = null;
            int m = mark;
            if (expect(LPAR) != null) {
                b = (Expr.Call) arguments();
                if (expect(RPAR) == null) {
                    b = null;
                    mark = m;
                }
            }
            List<Stmt> c;
            if (expect(COLON) == null || (c = block()) == null) {
                mark = start;
                return null;
            }
            Token s = tokens[start];
            Token e = lastToken();
            List<Expr> bases = b == null ? List.of() : b.args();
            List<Keyword> keywords = b == null ? List.of() : b.keywords();
            return new Stmt.ClassDef(a.id(), bases, keywords, c, List.of(), s.lineno(),
                    s.colOffset(), e.endLineno(), e.endColOffset());
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * if_stmt:
     *     | invalid_if_stmt
     *     | 'if' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c]) }
     *     | 'if' a=named_expression ':' b=block c=[else_block] { If(a, b, c) }
     * </pre>
     */
    final Stmt if_stmt() {
        return ifOrElif(K_IF);
    }

    /**
     * <pre>
     * elif_stmt:
     *     | invalid_elif_stmt
     *     | 'elif' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c]) }
     *     | 'elif' a=named_expression ':' b=block c=[else_block] { If(a, b, c) }
     * </pre>
     */
    final Stmt elif_stmt() {
        return ifOrElif(K_ELIF);
    }

    private Stmt ifOrElif(int keyword) {
        int start = mark;
        enter();
        try {
            if (callInvalidRules) {
                Object r = keyword == K_IF ? invalid_if_stmt() : invalid_elif_stmt();
                if (r != null) {
                    return (Stmt) r;
                }
                mark = start;
            }
            Expr a;
            List<Stmt> b;
            if (expect(keyword) == null || (a = named_expression()) == null
                    || expect(COLON) == null || (b = block()) == null) {
                mark = start;
                return null;
            }
            int m = mark;
            Stmt c = elif_stmt();
            List<Stmt> orelse;
            if (c != null) {
                orelse = singletonSeq(c);
            } else {
                mark = m;
                orelse = orEmpty(else_block());
            }
            Token s = tokens[start];
            Token e = lastToken();
            return new Stmt.If(a, b, orelse, s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        } finally {
            leave();
        }
    }

    /** {@code else_block: invalid_else_stmt | 'else' &&':' b=block { b }} */
    final List<Stmt> else_block() {
        int start = mark;
        if (callInvalidRules) {
            Object r = invalid_else_stmt();
            if (r != null) {
                return null;
            }
            mark = start;
        }
        if (expect(K_ELSE) == null) {
            return null;
        }
        expectForced(COLON, ":");
        List<Stmt> b = block();
        if (b == null) {
            mark = start;
        }
        return b;
    }

    /**
     * <pre>
     * while_stmt:
     *     | invalid_while_stmt
     *     | 'while' a=named_expression ':' b=block c=[else_block] { While(a, b, c) }
     * </pre>
     */
    final Stmt while_stmt() {
        int start = mark;
        enter();
        try {
            if (callInvalidRules) {
                Object r = invalid_while_stmt();
                if (r != null) {
                    return (Stmt) r;
                }
                mark = start;
            }
            Expr a;
            List<Stmt> b;
            if (expect(K_WHILE) == null || (a = named_expression()) == null
                    || expect(COLON) == null || (b = block()) == null) {
                mark = start;
                return null;
            }
            List<Stmt> c = orEmpty(else_block());
            Token s = tokens[start];
            Token e = lastToken();
            return new Stmt.While(a, b, c, s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * for_stmt:
     *     | invalid_for_stmt
     *     | 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block
     *       el=[else_block] { For(t, ex, b, el, tc) }
     *     | ASYNC 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block
     *       el=[else_block] { AsyncFor(t, ex, b, el, tc) }
     *     | invalid_for_target
     * </pre>
     */
    final Stmt for_stmt() {
        int start = mark;
        enter();
        try {
            if (callInvalidRules) {
                Object r = invalid_for_stmt();
                if (r != null) {
                    return (Stmt) r;
                }
                mark = start;
            }
            boolean isAsync = expect(K_ASYNC) != null;
            Expr t;
            if (expect(K_FOR) != null && (t = star_targets()) != null && expect(K_IN) != null) {
                // cut: past 'in', no later alternative is tried
                Expr ex;
                List<Stmt> b;
                if ((ex = star_expressions()) == null || expect(COLON) == null) {
                    mark = start;
                    return null;
                }
                String tc = typeComment(expect(TYPE_COMMENT));
                if ((b = block()) == null) {
                    mark = start;
                    return null;
                }
                List<Stmt> el = orEmpty(else_block());
                Token s = tokens[start];
                Token e = lastToken();
                return isAsync
                        ? checkVersion(5, "Async for loops are", new Stmt.AsyncFor(t, ex, b, el,
                                tc, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset()))
                        : new Stmt.For(t, ex, b, el, tc, s.lineno(), s.colOffset(),
                                e.endLineno(), e.endColOffset());
            }
            mark = start;
            if (callInvalidRules) {
                Object r = invalid_for_target();
                if (r != null) {
                    return (Stmt) r;
                }
                mark = start;
            }
            return null;
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * with_stmt:
     *     | invalid_with_stmt_indent
     *     | 'with' '(' a=','.with_item+ ','? ')' ':' b=block { With(a, b) }
     *     | 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block { With(a, b, tc) }
     *     | ASYNC 'with' '(' a=','.with_item+ ','? ')' ':' b=block { AsyncWith(a, b) }
     *     | ASYNC 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block { AsyncWith(a, b, tc) }
     *     | invalid_with_stmt
     * </pre>
     */
    final Stmt with_stmt() {
        int start = mark;
        enter();
        try {
            if (callInvalidRules) {
                Object r = invalid_with_stmt_indent();
                if (r != null) {
                    return (Stmt) r;
                }
                mark = start;
            }
            boolean isAsync = expect(K_ASYNC) != null;
            if (expect(K_WITH) != null) {
                int afterWith = mark;
                List<WithItem> a;
                List<Stmt> b;
                if (expect(LPAR) != null && (a = withItems()) != null) {
                    expect(COMMA);
                    if (expect(RPAR) != null && expect(COLON) != null && (b = block()) != null) {
                        Stmt w = with(isAsync, a, b, null, start);
                        return isAsync ? w
                                : checkVersion(9, "Parenthesized context managers are", w);
                    }
                }
                mark = afterWith;
                if ((a = withItems()) != null && expect(COLON) != null) {
                    String tc = typeComment(expect(TYPE_COMMENT));
                    if ((b = block()) != null) {
                        return with(isAsync, a, b, tc, start);
                    }
                }
            }
            mark = start;
            if (callInvalidRules) {
                Object r = invalid_with_stmt();
                if (r != null) {
                    return (Stmt) r;
                }
                mark = start;
            }
            return null;
        } finally {
            leave();
        }
    }

    private Stmt with(boolean isAsync, List<WithItem> items, List<Stmt> body, String tc,
            int start) {
        Token s = tokens[start];
        Token e = lastToken();
        return isAsync
                ? checkVersion(5, "Async with statements are", new Stmt.AsyncWith(items, body,
                        tc, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset()))
                : new Stmt.With(items, body, tc, s.lineno(), s.colOffset(), e.endLineno(),
                        e.endColOffset());
    }

    /** {@code ','.with_item+} */
    private List<WithItem> withItems() {
        WithItem w = with_item();
        if (w == null) {
            return null;
        }
        List<WithItem> r = singletonSeq(w);
        while (true) {
            int m = mark;
            if (expect(COMMA) != null && (w = with_item()) != null) {
                r.add(w);
            } else {
                mark = m;
                break;
            }
        }
        return r;
    }

    /**
     * <pre>
     * with_item:
     *     | e=expression 'as' t=star_target &(',' | ')' | ':') { withitem(e, t) }
     *     | invalid_with_item
     *     | e=expression { withitem(e, NULL) }
     * </pre>
     */
    final WithItem with_item() {
        int start = mark;
        enter();
        try {
            Expr e = expression();
            if (e == null) {
                return null;
            }
            Expr t;
            if (expect(K_AS) != null && (t = star_target()) != null
                    && (at(COMMA) || at(RPAR) || at(COLON))) {
                return new WithItem(e, t);
            }
            mark = start;
            if (callInvalidRules) {
                Object r = invalid_with_item();
                if (r != null) {
                    return (WithItem) r;
                }
                mark = start;
            }
            expression();
            return new WithItem(e, null);
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * try_stmt:
     *     | invalid_try_stmt
     *     | 'try' &&':' b=block f=finally_block { Try(b, [], [], f) }
     *     | 'try' &&':' b=block ex=except_block+ el=[else_block] f=[finally_block]
     *       { Try(b, ex, el, f) }
     *     | 'try' &&':' b=block ex=except_star_block+ el=[else_block] f=[finally_block]
     *       { TryStar(b, ex, el, f) }
     * </pre>
     */
    final Stmt try_stmt() {
        int start = mark;
        enter();
        try {
            if (callInvalidRules) {
                Object r = invalid_try_stmt();
                if (r != null) {
                    return (Stmt) r;
                }
                mark = start;
            }
            if (expect(K_TRY) == null) {
                return null;
            }
            expectForced(COLON, ":");
            List<Stmt> b = block();
            if (b == null) {
                mark = start;
                return null;
            }
            int afterBody = mark;
            List<Stmt> f = finally_block();
            if (f != null) {
                Token s = tokens[start];
                Token e = lastToken();
                return new Stmt.Try(b, List.of(), List.of(), f, s.lineno(), s.colOffset(),
                        e.endLineno(), e.endColOffset());
            }
            for (int star = 0; star < 2; star++) {
                mark = afterBody;
                List<ExceptHandler> ex = new ArrayList<>();
                ExceptHandler h;
                while ((h = star == 0 ? except_block() : except_star_block()) != null) {
                    ex.add(h);
                }
                if (ex.isEmpty()) {
                    continue;
                }
                List<Stmt> el = orEmpty(else_block());
                List<Stmt> fin = orEmpty(finally_block());
                Token s = tokens[start];
                Token e = lastToken();
                return star == 0
                        ? new Stmt.Try(b, ex, el, fin, s.lineno(), s.colOffset(), e.endLineno(),
                                e.endColOffset())
                        : checkVersion(11, "Exception groups are", new Stmt.TryStar(b, ex,
                                el, fin, s.lineno(), s.colOffset(), e.endLineno(),
                                e.endColOffset()));
            }
            mark = start;
            return null;
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * except_block:
     *     | invalid_except_stmt_indent
     *     | 'except' e=expression t=['as' z=NAME { z }] ':' b=block { ExceptHandler(e, t, b) }
     *     | 'except' ':' b=block { ExceptHandler(NULL, NULL, b) }
     *     | invalid_except_stmt
     * </pre>
     */
    final ExceptHandler except_block() {
        return exceptBlock(false);
    }

    /**
     * <pre>
     * except_star_block:
     *     | invalid_except_star_stmt_indent
     *     | 'except' '*' e=expression t=['as' z=NAME { z }] ':' b=block { ExceptHandler(e, t, b) }
     *     | invalid_except_stmt
     * </pre>
     */
    final ExceptHandler except_star_block() {
        return exceptBlock(true);
    }

    private ExceptHandler exceptBlock(boolean star) {
        int start = mark;
        enter();
        try {
            if (callInvalidRules) {
                Object r = star ? invalid_except_star_stmt_indent() : invalid_except_stmt_indent();
                if (r != null) {
                    return (ExceptHandler) r;
                }
                mark = start;
            }
            if (expect(K_EXCEPT) != null && (!star || expect(STAR) != null)) {
                int afterExcept = mark;
                Expr e = expression();
                if (e != null) {
                    int m = mark;
                    Expr.Name t = null;
                    if (expect(K_AS) != null && (t = name_token()) == null) {
                        mark = m;
                    }
                    List<Stmt> b;
                    if (expect(COLON) != null && (b = block()) != null) {
                        return handler(e, t == null ? null : t.id(), b, start);
                    }
                }
                mark = afterExcept;
                List<Stmt> b;
                if (!star && expect(COLON) != null && (b = block()) != null) {
                    return handler(null, null, b, start);
                }
            }
            mark = start;
            if (callInvalidRules) {
                Object r = invalid_except_stmt();
                if (r != null) {
                    return (ExceptHandler) r;
                }
                mark = start;
            }
            return null;
        } finally {
            leave();
        }
    }

    private ExceptHandler handler(Expr type, String name, List<Stmt> body, int start) {
        Token s = tokens[start];
        Token e = lastToken();
        return new ExceptHandler(type, name, body, s.lineno(), s.colOffset(), e.endLineno(),
                e.endColOffset());
    }

    /** {@code finally_block: invalid_finally_stmt | 'finally' &&':' a=block { a }} */
    final List<Stmt> finally_block() {
        int start = mark;
        if (callInvalidRules) {
            Object r = invalid_finally_stmt();
            if (r != null) {
                return null;
            }
            mark = start;
        }
        if (expect(K_FINALLY) == null) {
            return null;
        }
        expectForced(COLON, ":");
        List<Stmt> a = block();
        if (a == null) {
            mark = start;
        }
        return a;
    }
}
