package dev.krait.parser;

import dev.krait.ast.BoolOp;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.UnaryOp;
import dev.krait.lexer.Token;
import java.util.List;

/**
 * The grammar's EXPRESSIONS section down to the operators: {@code expressions} and
 * {@code expression}, {@code yield_expr}, the star and named expressions, and the boolean rules
 * {@code disjunction}, {@code conjunction} and {@code inversion}, whose operand
 * {@code comparison} is in {@link OperatorRules}.
 */
abstract class ExpressionRules extends OperatorRules {
    ExpressionRules(TokenSource source, String filename, int expectedTokens) {
        super(source, filename, expectedTokens);
    }

    // Rules defined further up the class chain.
    abstract Expr lambdef();

    abstract Object invalid_expression();

    abstract Object invalid_legacy_expression();

    abstract Object invalid_named_expression();

    /**
     * <pre>
     * expressions:
     *     | a=expression b=(',' c=expression { c })+ [','] { Tuple(a + b, Load) }
     *     | a=expression ',' { Tuple([a], Load) }
     *     | expression
     * </pre>
     */
    final Expr expressions() {
        enter();
        int start = mark;
        Expr a = expression();
        if (a == null) {
            leave();
            return null;
        }
        List<Expr> elts = null;
        while (true) {
            int m = mark;
            Expr c;
            if (expect(COMMA) != null && (c = expression()) != null) {
                if (elts == null) {
                    elts = singletonSeq(a);
                }
                elts.add(c);
            } else {
                mark = m;
                break;
            }
        }
        Expr r = a;
        if (elts != null) {
            expect(COMMA);
            r = tuple(elts, ExprContext.Load, start);
        } else if (expect(COMMA) != null) {
            r = tuple(singletonSeq(a), ExprContext.Load, start);
        }
        leave();
        return r;
    }

    final Expr.Tuple tuple(List<Expr> elts, ExprContext ctx, int start) {
        Token s = tokens[start];
        Token e = lastToken();
        return new Expr.Tuple(elts, ctx, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /** A List display or target spanning from token {@code start} to the last token read. */
    final Expr.List list(List<Expr> elts, ExprContext ctx, int start) {
        Token s = tokens[start];
        Token e = lastToken();
        return new Expr.List(elts, ctx, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /**
     * <pre>
     * expression (memo):
     *     | invalid_expression
     *     | invalid_legacy_expression
     *     | a=disjunction 'if' b=disjunction 'else' c=expression { IfExp(b, a, c) }
     *     | disjunction
     *     | lambdef
     * </pre>
     */
    final Expr expression() {
        if (isMemoized(EXPRESSION)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enter();
        Expr r = expression_body(start);
        leave();
        memoize(start, EXPRESSION, r);
        return r;
    }

    private Expr expression_body(int start) {
        if (callInvalidRules) {
            // both raise when they match; a match without an error would end the rule here
            if (invalid_expression() != null) {
                return null;
            }
            mark = start;
            if (invalid_legacy_expression() != null) {
                return null;
            }
            mark = start;
        }
        Expr a = disjunction();
        if (a != null) {
            int m = mark;
            Expr b;
            Expr c;
            if (expect(K_IF) != null && (b = disjunction()) != null && expect(K_ELSE) != null
                    && (c = expression()) != null) {
                Token s = tokens[start];
                Token e = lastToken();
                return new Expr.IfExp(b, a, c, s.lineno(), s.colOffset(), e.endLineno(),
                        e.endColOffset());
            }
            mark = m;
            return a;
        }
        mark = start;
        return lambdef();
    }

    /**
     * <pre>
     * yield_expr:
     *     | 'yield' 'from' a=expression { YieldFrom(a) }
     *     | 'yield' a=[star_expressions] { Yield(a) }
     * </pre>
     */
    final Expr yield_expr() {
        int start = mark;
        if (expect(K_YIELD) == null) {
            return null;
        }
        enter();
        Expr a;
        if (expect(K_FROM) != null && (a = expression()) != null) {
            Token s = tokens[start];
            Token e = lastToken();
            leave();
            return new Expr.YieldFrom(a, s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        }
        mark = start + 1;
        a = star_expressions();
        Token s = tokens[start];
        Token e = lastToken();
        leave();
        return new Expr.Yield(a, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /**
     * <pre>
     * star_expressions:
     *     | a=star_expression b=(',' c=star_expression { c })+ [','] { Tuple(a + b, Load) }
     *     | a=star_expression ',' { Tuple([a], Load) }
     *     | star_expression
     * </pre>
     */
    final Expr star_expressions() {
        enter();
        int start = mark;
        Expr a = star_expression();
        if (a == null) {
            leave();
            return null;
        }
        List<Expr> elts = null;
        while (true) {
            int m = mark;
            Expr c;
            if (expect(COMMA) != null && (c = star_expression()) != null) {
                if (elts == null) {
                    elts = singletonSeq(a);
                }
                elts.add(c);
            } else {
                mark = m;
                break;
            }
        }
        Expr r = a;
        if (elts != null) {
            expect(COMMA);
            r = tuple(elts, ExprContext.Load, start);
        } else if (expect(COMMA) != null) {
            r = tuple(singletonSeq(a), ExprContext.Load, start);
        }
        leave();
        return r;
    }

    /**
     * <pre>
     * star_expression (memo):
     *     | '*' a=bitwise_or { Starred(a, Load) }
     *     | expression
     * </pre>
     */
    final Expr star_expression() {
        if (isMemoized(STAR_EXPRESSION)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enter();
        Expr r = starredBitwiseOr(start);
        if (r == null) {
            mark = start;
            r = expression();
        }
        leave();
        memoize(start, STAR_EXPRESSION, r);
        return r;
    }

    /** The common alternative {@code '*' a=bitwise_or { Starred(a, Load) }}. */
    private Expr starredBitwiseOr(int start) {
        Expr a;
        if (expect(STAR) != null && (a = bitwise_or()) != null) {
            Token s = tokens[start];
            Token e = lastToken();
            return new Expr.Starred(a, ExprContext.Load, s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        }
        mark = start;
        return null;
    }

    /** {@code star_named_expressions: a=','.star_named_expression+ [','] { a }} */
    final List<Expr> star_named_expressions() {
        enter();
        enter(); // CPython's _gather function for ','.star_named_expression+
        Expr a = star_named_expression();
        if (a == null) {
            level -= 2;
            return null;
        }
        List<Expr> r = singletonSeq(a);
        while (true) {
            int m = mark;
            if (expect(COMMA) != null && (a = star_named_expression()) != null) {
                r.add(a);
            } else {
                mark = m;
                break;
            }
        }
        expect(COMMA);
        level -= 2;
        return r;
    }

    /**
     * <pre>
     * star_named_expression:
     *     | '*' a=bitwise_or { Starred(a, Load) }
     *     | named_expression
     * </pre>
     */
    final Expr star_named_expression() {
        int start = mark;
        enter();
        Expr r = starredBitwiseOr(start);
        if (r == null) {
            r = named_expression();
        }
        leave();
        return r;
    }

    /** {@code assignment_expression: a=NAME ':=' ~ b=expression { NamedExpr(a as Store, b) }} */
    final Expr assignment_expression() {
        int start = mark;
        Expr.Name a = name_token();
        if (a == null) {
            return null;
        }
        if (expect(COLONEQUAL) == null) {
            mark = start;
            return null;
        }
        enter();
        Expr b = expression();
        leave();
        if (b == null) {
            mark = start;
            return null;
        }
        Token s = tokens[start];
        Token e = lastToken();
        return checkVersion(8, "Assignment expressions are", new Expr.NamedExpr(
                setExprContext(a, ExprContext.Store), b, s.lineno(), s.colOffset(),
                e.endLineno(), e.endColOffset()));
    }

    /**
     * <pre>
     * named_expression:
     *     | assignment_expression
     *     | invalid_named_expression
     *     | expression !':='
     * </pre>
     */
    final Expr named_expression() {
        int start = mark;
        enter();
        Expr r = assignment_expression();
        if (r == null) {
            if (callInvalidRules) {
                Object inv = invalid_named_expression();
                if (inv != null) {
                    leave();
                    return (Expr) inv;
                }
                mark = start;
            }
            r = expression();
            if (r != null && at(COLONEQUAL)) {
                r = null;
                mark = start;
            }
        }
        leave();
        return r;
    }

    /**
     * <pre>
     * disjunction (memo):
     *     | a=conjunction b=('or' c=conjunction { c })+ { BoolOp(Or, a + b) }
     *     | conjunction
     * </pre>
     */
    final Expr disjunction() {
        if (isMemoized(DISJUNCTION)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enter();
        Expr r = boolOp(start, true);
        leave();
        memoize(start, DISJUNCTION, r);
        return r;
    }

    /**
     * <pre>
     * conjunction (memo):
     *     | a=inversion b=('and' c=inversion { c })+ { BoolOp(And, a + b) }
     *     | inversion
     * </pre>
     */
    final Expr conjunction() {
        if (isMemoized(CONJUNCTION)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enter();
        Expr r = boolOp(start, false);
        leave();
        memoize(start, CONJUNCTION, r);
        return r;
    }

    private Expr boolOp(int start, boolean or) {
        Expr a = or ? conjunction() : inversion();
        if (a == null) {
            return null;
        }
        List<Expr> values = null;
        int keyword = or ? K_OR : K_AND;
        while (true) {
            int m = mark;
            Expr c;
            if (expect(keyword) != null && (c = or ? conjunction() : inversion()) != null) {
                if (values == null) {
                    values = singletonSeq(a);
                }
                values.add(c);
            } else {
                mark = m;
                break;
            }
        }
        if (values == null) {
            return a;
        }
        Token s = tokens[start];
        Token e = lastToken();
        return new Expr.BoolOp(or ? BoolOp.Or : BoolOp.And, values, s.lineno(), s.colOffset(),
                e.endLineno(), e.endColOffset());
    }

    /**
     * <pre>
     * inversion (memo):
     *     | 'not' a=inversion { UnaryOp(Not, a) }
     *     | comparison
     * </pre>
     */
    final Expr inversion() {
        if (isMemoized(INVERSION)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enter();
        Expr r = null;
        Expr a;
        if (expect(K_NOT) != null && (a = inversion()) != null) {
            Token s = tokens[start];
            Token e = lastToken();
            r = new Expr.UnaryOp(UnaryOp.Not, a, s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        } else {
            mark = start;
            r = comparison();
        }
        leave();
        memoize(start, INVERSION, r);
        return r;
    }
}
