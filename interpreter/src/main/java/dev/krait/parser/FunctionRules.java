package dev.krait.parser;

import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.Expr;
import dev.krait.ast.Stmt;
import dev.krait.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Function definitions" and "Function parameters" sections: {@code function_def},
 * {@code function_def_raw}, {@code params} and the parameter rules, whose pieces
 * {@code _PyPegen_make_arguments} assembles into an {@code arguments} node.
 */
abstract class FunctionRules extends CompoundRules {
    FunctionRules(TokenSource source, String filename, int expectedTokens) {
        super(source, filename, expectedTokens);
    }

    // Rules defined further up the class chain.
    abstract Object invalid_def_raw();

    abstract Object invalid_parameters();

    abstract Object invalid_star_etc();

    abstract Object invalid_kwds();

    abstract Object invalid_double_type_comments();

    /**
     * <pre>
     * function_def:
     *     | d=decorators f=function_def_raw { _PyPegen_function_def_decorators(p, d, f) }
     *     | function_def_raw
     * </pre>
     */
    @Override
    final Stmt function_def() {
        int start = mark;
        enter();
        try {
            List<Expr> d = decorators();
            Stmt f;
            if (d != null && (f = function_def_raw()) != null) {
                return functionDefDecorators(d, f);
            }
            mark = start;
            return function_def_raw();
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * function_def_raw:
     *     | invalid_def_raw
     *     | 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression { z }] &&':'
     *       tc=[func_type_comment] b=block { FunctionDef(n, params, b, NULL, a, tc) }
     *     | ASYNC 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression { z }] &&':'
     *       tc=[func_type_comment] b=block { AsyncFunctionDef(n, params, b, NULL, a, tc) }
     * </pre>
     */
    final Stmt function_def_raw() {
        int start = mark;
        enter();
        try {
            if (callInvalidRules) {
                Object r = invalid_def_raw();
                if (r != null) {
                    return (Stmt) r;
                }
                mark = start;
            }
            boolean isAsync = expect(K_ASYNC) != null;
            Expr.Name n;
            if (expect(K_DEF) == null || (n = name_token()) == null) {
                mark = start;
                return null;
            }
            expectForced(LPAR, "(");
            Arguments params = params();
            if (expect(RPAR) == null) {
                mark = start;
                return null;
            }
            Expr returns = null;
            int m = mark;
            if (expect(RARROW) != null && (returns = expression()) == null) {
                mark = m;
            }
            expectForced(COLON, ":");
            String tc = typeComment(func_type_comment());
            List<Stmt> b = block();
            if (b == null) {
                mark = start;
                return null;
            }
            Token s = tokens[start];
            Token e = lastToken();
            Arguments args = params == null ? emptyArguments() : params;
            return isAsync
                    ? checkVersion(5, "Async functions are", new Stmt.AsyncFunctionDef(n.id(),
                            args, b, List.of(), returns, tc, s.lineno(), s.colOffset(),
                            e.endLineno(), e.endColOffset()))
                    : new Stmt.FunctionDef(n.id(), args, b, List.of(), returns, tc, s.lineno(),
                            s.colOffset(), e.endLineno(), e.endColOffset());
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * func_type_comment:
     *     | NEWLINE t=TYPE_COMMENT &(NEWLINE INDENT) { t }  # Must be followed by indented block
     *     | invalid_double_type_comments
     *     | TYPE_COMMENT
     * </pre>
     */
    final Token func_type_comment() {
        int start = mark;
        Token t;
        if (expect(NEWLINE) != null && (t = expect(TYPE_COMMENT)) != null) {
            int m = mark;
            boolean blockFollows = expect(NEWLINE) != null && expect(INDENT) != null;
            mark = m;
            if (blockFollows) {
                return t;
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalid_double_type_comments();
            mark = start;
        }
        return expect(TYPE_COMMENT);
    }

    /** {@code params: invalid_parameters | parameters} */
    final Arguments params() {
        int start = mark;
        enter();
        if (callInvalidRules) {
            Object r = invalid_parameters();
            if (r != null) {
                leave();
                return (Arguments) r;
            }
            mark = start;
        }
        Arguments r = parameters();
        leave();
        return r;
    }

    /**
     * <pre>
     * parameters:
     *     | a=slash_no_default b=param_no_default* c=param_with_default* d=[star_etc]
     *     | a=slash_with_default b=param_with_default* c=[star_etc]
     *     | a=param_no_default+ b=param_with_default* c=[star_etc]
     *     | a=param_with_default+ b=[star_etc]
     *     | a=star_etc
     * </pre>
     */
    final Arguments parameters() {
        int start = mark;
        enter();
        try {
            List<Arg> a = slash_no_default();
            if (a != null) {
                List<Arg> b = paramNoDefaults();
                List<NameDefaultPair> c = paramWithDefaults();
                StarEtc d = star_etc();
                return checkVersion(8, "Positional-only parameters are",
                        makeArguments(a, null, b, c, d));
            }
            mark = start;
            SlashWithDefault sw = slash_with_default();
            if (sw != null) {
                List<NameDefaultPair> b = paramWithDefaults();
                StarEtc c = star_etc();
                return checkVersion(8, "Positional-only parameters are",
                        makeArguments(null, sw, null, b, c));
            }
            mark = start;
            List<Arg> plain = paramNoDefaults();
            if (!plain.isEmpty()) {
                List<NameDefaultPair> b = paramWithDefaults();
                StarEtc c = star_etc();
                return makeArguments(null, null, plain, b, c);
            }
            mark = start;
            List<NameDefaultPair> withDefaults = paramWithDefaults();
            if (!withDefaults.isEmpty()) {
                StarEtc b = star_etc();
                return makeArguments(null, null, null, withDefaults, b);
            }
            mark = start;
            StarEtc se = star_etc();
            if (se != null) {
                return makeArguments(null, null, null, null, se);
            }
            mark = start;
            return null;
        } finally {
            leave();
        }
    }

    private List<Arg> paramNoDefaults() {
        List<Arg> r = new ArrayList<>();
        Arg a;
        while ((a = param_no_default()) != null) {
            r.add(a);
        }
        return r;
    }

    private List<NameDefaultPair> paramWithDefaults() {
        List<NameDefaultPair> r = new ArrayList<>();
        NameDefaultPair a;
        while ((a = param_with_default()) != null) {
            r.add(a);
        }
        return r;
    }

    private List<NameDefaultPair> paramMaybeDefaults() {
        List<NameDefaultPair> r = new ArrayList<>();
        NameDefaultPair a;
        while ((a = param_maybe_default()) != null) {
            r.add(a);
        }
        return r;
    }

    /**
     * <pre>
     * slash_no_default:
     *     | a=param_no_default+ '/' ',' { a }
     *     | a=param_no_default+ '/' &')' { a }
     * </pre>
     */
    final List<Arg> slash_no_default() {
        int start = mark;
        List<Arg> a = paramNoDefaults();
        if (!a.isEmpty() && expect(SLASH) != null && (expect(COMMA) != null || at(RPAR))) {
            return a;
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * slash_with_default:
     *     | a=param_no_default* b=param_with_default+ '/' ',' { (a, b) }
     *     | a=param_no_default* b=param_with_default+ '/' &')' { (a, b) }
     * </pre>
     */
    final SlashWithDefault slash_with_default() {
        int start = mark;
        List<Arg> a = paramNoDefaults();
        List<NameDefaultPair> b = paramWithDefaults();
        if (!b.isEmpty() && expect(SLASH) != null && (expect(COMMA) != null || at(RPAR))) {
            return new SlashWithDefault(a, b);
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * star_etc:
     *     | invalid_star_etc
     *     | '*' a=param_no_default b=param_maybe_default* c=[kwds] { (a, b, c) }
     *     | '*' a=param_no_default_star_annotation b=param_maybe_default* c=[kwds] { (a, b, c) }
     *     | '*' ',' b=param_maybe_default+ c=[kwds] { (NULL, b, c) }
     *     | a=kwds { (NULL, NULL, a) }
     * </pre>
     */
    final StarEtc star_etc() {
        int start = mark;
        enter();
        try {
            if (callInvalidRules) {
                Object r = invalid_star_etc();
                if (r != null) {
                    return (StarEtc) r;
                }
                mark = start;
            }
            if (expect(STAR) != null) {
                Arg a = param_no_default();
                if (a == null) {
                    a = param_no_default_star_annotation();
                }
                if (a != null) {
                    List<NameDefaultPair> b = paramMaybeDefaults();
                    Arg c = kwds();
                    return new StarEtc(a, b, c);
                }
                if (expect(COMMA) != null) {
                    List<NameDefaultPair> b = paramMaybeDefaults();
                    if (!b.isEmpty()) {
                        Arg c = kwds();
                        return new StarEtc(null, b, c);
                    }
                }
            }
            mark = start;
            Arg a = kwds();
            if (a != null) {
                return new StarEtc(null, null, a);
            }
            mark = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code kwds: invalid_kwds | '**' a=param_no_default { a }} */
    final Arg kwds() {
        int start = mark;
        if (callInvalidRules) {
            Object r = invalid_kwds();
            if (r != null) {
                return (Arg) r;
            }
            mark = start;
        }
        Arg a;
        if (expect(DOUBLESTAR) != null && (a = param_no_default()) != null) {
            return a;
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * param_no_default:
     *     | a=param ',' tc=TYPE_COMMENT? { a }
     *     | a=param tc=TYPE_COMMENT? &')' { a }
     * </pre>
     */
    final Arg param_no_default() {
        int start = mark;
        Arg a = param();
        if (a != null && paramEnd()) {
            return withTypeComment(a);
        }
        mark = start;
        return null;
    }

    /** The TYPE_COMMENT the last {@link #paramEnd} matched, or null. */
    private Token paramTypeComment;

    /**
     * The endings {@code ',' TYPE_COMMENT?} or {@code TYPE_COMMENT? &')'}, the comment left in
     * {@link #paramTypeComment}.
     */
    private boolean paramEnd() {
        if (expect(COMMA) != null) {
            paramTypeComment = expect(TYPE_COMMENT);
            return true;
        }
        int m = mark;
        paramTypeComment = expect(TYPE_COMMENT);
        if (at(RPAR)) {
            return true;
        }
        mark = m;
        return false;
    }

    /** CPython: Parser/action_helpers.c _PyPegen_add_type_comment_to_arg, for paramEnd's. */
    private Arg withTypeComment(Arg a) {
        Token tc = paramTypeComment;
        if (tc == null) {
            return a;
        }
        return new Arg(a.arg(), a.annotation(), tc.text(), a.lineno(), a.colOffset(),
                a.endLineno(), a.endColOffset());
    }

    /**
     * <pre>
     * param_no_default_star_annotation:
     *     | a=param_star_annotation ',' tc=TYPE_COMMENT? { a }
     *     | a=param_star_annotation tc=TYPE_COMMENT? &')' { a }
     * </pre>
     */
    final Arg param_no_default_star_annotation() {
        int start = mark;
        Arg a = param_star_annotation();
        if (a != null && paramEnd()) {
            return withTypeComment(a);
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * param_with_default:
     *     | a=param c=default ',' tc=TYPE_COMMENT? { (a, c) }
     *     | a=param c=default tc=TYPE_COMMENT? &')' { (a, c) }
     * </pre>
     */
    final NameDefaultPair param_with_default() {
        int start = mark;
        Arg a = param();
        Expr c;
        if (a != null && (c = default_()) != null && paramEnd()) {
            return new NameDefaultPair(withTypeComment(a), c);
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * param_maybe_default:
     *     | a=param c=default? ',' tc=TYPE_COMMENT? { (a, c) }
     *     | a=param c=default? tc=TYPE_COMMENT? &')' { (a, c) }
     * </pre>
     */
    final NameDefaultPair param_maybe_default() {
        int start = mark;
        Arg a = param();
        if (a != null) {
            Expr c = default_();
            if (paramEnd()) {
                return new NameDefaultPair(withTypeComment(a), c);
            }
        }
        mark = start;
        return null;
    }

    /** {@code param: a=NAME b=annotation? { arg(a, b, NULL) }} */
    final Arg param() {
        int start = mark;
        Expr.Name a = name_token();
        if (a == null) {
            return null;
        }
        Expr b = annotation();
        Token s = tokens[start];
        Token e = lastToken();
        return new Arg(a.id(), b, null, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /** {@code param_star_annotation: a=NAME b=star_annotation { arg(a, b, NULL) }} */
    final Arg param_star_annotation() {
        int start = mark;
        Expr.Name a = name_token();
        Expr b;
        if (a == null || (b = star_annotation()) == null) {
            mark = start;
            return null;
        }
        Token s = tokens[start];
        Token e = lastToken();
        return new Arg(a.id(), b, null, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /** {@code annotation: ':' a=expression { a }} */
    final Expr annotation() {
        int start = mark;
        Expr a;
        if (expect(COLON) != null && (a = expression()) != null) {
            return a;
        }
        mark = start;
        return null;
    }

    /** {@code star_annotation: ':' a=star_expression { a }} */
    final Expr star_annotation() {
        int start = mark;
        Expr a;
        if (expect(COLON) != null && (a = star_expression()) != null) {
            return a;
        }
        mark = start;
        return null;
    }
}
