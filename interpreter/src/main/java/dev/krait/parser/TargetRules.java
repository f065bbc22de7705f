package dev.krait.parser;

import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The ASSIGNMENT TARGETS section ({@code star_targets}, {@code single_target}, {@code t_primary},
 * {@code del_targets}, ...) and {@code type_expressions}. {@code t_primary} is left-recursive in the
 * grammar; here it is an atom followed by a loop over its suffixes, each of which must be followed by
 * {@code t_lookahead} ({@code (}, {@code [} or {@code .}), exactly as the seed-grown rule accepts.
 */
abstract class TargetRules extends ComprehensionRules {
    TargetRules(TokenSource source, String filename, int expectedTokens) {
        super(source, filename, expectedTokens);
    }

    /**
     * <pre>
     * star_targets:
     *     | a=star_target !',' { a }
     *     | a=star_target b=(',' c=star_target { c })* [','] { Tuple(a + b, Store) }
     * </pre>
     */
    @Override
    final Expr star_targets() {
        int start = mark;
        enter();
        Expr a = star_target();
        if (a == null) {
            leave();
            return null;
        }
        if (!at(COMMA)) {
            leave();
            return a;
        }
        List<Expr> elts = singletonSeq(a);
        while (true) {
            int m = mark;
            Expr c;
            if (expect(COMMA) != null && (c = star_target()) != null) {
                elts.add(c);
            } else {
                mark = m;
                break;
            }
        }
        expect(COMMA);
        leave();
        return tuple(elts, ExprContext.Store, start);
    }

    /** {@code star_targets_list_seq: a=','.star_target+ [','] { a }} */
    final List<Expr> star_targets_list_seq() {
        Expr a = star_target();
        if (a == null) {
            return null;
        }
        List<Expr> r = singletonSeq(a);
        while (true) {
            int m = mark;
            if (expect(COMMA) != null && (a = star_target()) != null) {
                r.add(a);
            } else {
                mark = m;
                break;
            }
        }
        expect(COMMA);
        return r;
    }

    /**
     * <pre>
     * star_targets_tuple_seq:
     *     | a=star_target b=(',' c=star_target { c })+ [','] { a + b }
     *     | a=star_target ',' { [a] }
     * </pre>
     */
    final List<Expr> star_targets_tuple_seq() {
        int start = mark;
        Expr a = star_target();
        if (a == null) {
            return null;
        }
        List<Expr> r = singletonSeq(a);
        while (true) {
            int m = mark;
            Expr c;
            if (expect(COMMA) != null && (c = star_target()) != null) {
                r.add(c);
            } else {
                mark = m;
                break;
            }
        }
        if (r.size() > 1) {
            expect(COMMA);
            return r;
        }
        if (expect(COMMA) != null) {
            return r;
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * star_target (memo):
     *     | '*' a=(!'*' star_target) { Starred(a as Store, Store) }
     *     | target_with_star_atom
     * </pre>
     */
    final Expr star_target() {
        if (isMemoized(STAR_TARGET)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enter();
        Expr r = null;
        if (expect(STAR) != null) {
            Expr a;
            if (!at(STAR) && (a = star_target()) != null) {
                Token s = tokens[start];
                Token e = lastToken();
                r = new Expr.Starred(setExprContext(a, ExprContext.Store), ExprContext.Store,
                        s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
            } else {
                mark = start;
            }
        } else {
            r = target_with_star_atom();
        }
        leave();
        memoize(start, STAR_TARGET, r);
        return r;
    }

    /**
     * <pre>
     * target_with_star_atom (memo):
     *     | a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b, Store) }
     *     | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, Store) }
     *     | star_atom
     * </pre>
     */
    final Expr target_with_star_atom() {
        if (isMemoized(TARGET_WITH_STAR_ATOM)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enter();
        Expr r = subscriptAttributeTarget(start, ExprContext.Store);
        if (r == null) {
            r = star_atom();
        }
        leave();
        memoize(start, TARGET_WITH_STAR_ATOM, r);
        return r;
    }

    /**
     * The two alternatives shared by {@code target_with_star_atom},
     * {@code single_subscript_attribute_target} and {@code del_target}:
     * {@code t_primary '.' NAME !t_lookahead} and {@code t_primary '[' slices ']' !t_lookahead}.
     */
    private Expr subscriptAttributeTarget(int start, ExprContext ctx) {
        Expr a = t_primary();
        if (a == null) {
            mark = start;
            return null;
        }
        int afterPrimary = mark;
        Expr.Name b;
        if (expect(DOT) != null && (b = name_token()) != null && !t_lookahead()) {
            Token s = tokens[start];
            Token e = lastToken();
            return new Expr.Attribute(a, b.id(), ctx, s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        }
        mark = afterPrimary;
        Expr slice;
        if (expect(LSQB) != null && (slice = slices()) != null && expect(RSQB) != null
                && !t_lookahead()) {
            Token s = tokens[start];
            Token e = lastToken();
            return new Expr.Subscript(a, slice, ctx, s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * star_atom:
     *     | a=NAME { a as Store }
     *     | '(' a=target_with_star_atom ')' { a as Store }
     *     | '(' a=[star_targets_tuple_seq] ')' { Tuple(a, Store) }
     *     | '[' a=[star_targets_list_seq] ']' { List(a, Store) }
     * </pre>
     */
    final Expr star_atom() {
        int start = mark;
        int type = peekType();
        if (type == NAME) {
            return setExprContext(name_token(), ExprContext.Store);
        }
        enter();
        try {
            if (type == LPAR) {
                mark++;
                Expr a = target_with_star_atom();
                if (a != null && expect(RPAR) != null) {
                    return setExprContext(a, ExprContext.Store);
                }
                mark = start + 1;
                List<Expr> elts = star_targets_tuple_seq();
                if (expect(RPAR) != null) {
                    return tuple(orEmpty(elts), ExprContext.Store, start);
                }
            } else if (type == LSQB) {
                mark++;
                List<Expr> elts = star_targets_list_seq();
                if (expect(RSQB) != null) {
                    return list(orEmpty(elts), ExprContext.Store, start);
                }
            }
            mark = start;
            return null;
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * single_target:
     *     | single_subscript_attribute_target
     *     | a=NAME { a as Store }
     *     | '(' a=single_target ')' { a }
     * </pre>
     */
    final Expr single_target() {
        int start = mark;
        enter();
        try {
            Expr r = single_subscript_attribute_target();
            if (r != null) {
                return r;
            }
            Expr.Name n = name_token();
            if (n != null) {
                return setExprContext(n, ExprContext.Store);
            }
            if (expect(LPAR) != null && (r = single_target()) != null && expect(RPAR) != null) {
                return r;
            }
            mark = start;
            return null;
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * single_subscript_attribute_target:
     *     | a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b, Store) }
     *     | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, Store) }
     * </pre>
     */
    final Expr single_subscript_attribute_target() {
        enter();
        Expr r = subscriptAttributeTarget(mark, ExprContext.Store);
        leave();
        return r;
    }

    /**
     * <pre>
     * t_primary:
     *     | a=t_primary '.' b=NAME &t_lookahead { Attribute(a, b, Load) }
     *     | a=t_primary '[' b=slices ']' &t_lookahead { Subscript(a, b, Load) }
     *     | a=t_primary b=genexp &t_lookahead { Call(a, [b], []) }
     *     | a=t_primary '(' b=[arguments] ')' &t_lookahead { Call(a, b.args, b.keywords) }
     *     | a=atom &t_lookahead { a }
     * </pre>
     */
    final Expr t_primary() {
        if (isMemoized(T_PRIMARY)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enterLeftRecursive();
        Expr a = atom();
        if (a != null && !t_lookahead()) {
            a = null;
        }
        while (a != null) {
            Expr next = tPrimarySuffix(a, start);
            if (next == null) {
                break;
            }
            a = next;
        }
        if (a == null) {
            mark = start;
        }
        leaveLeftRecursive();
        memoize(start, T_PRIMARY, a);
        return a;
    }

    private Expr tPrimarySuffix(Expr a, int start) {
        int m = mark;
        Expr.Name b;
        if (expect(DOT) != null && (b = name_token()) != null && t_lookahead()) {
            Token s = tokens[start];
            Token e = lastToken();
            return new Expr.Attribute(a, b.id(), ExprContext.Load, s.lineno(), s.colOffset(),
                    e.endLineno(), e.endColOffset());
        }
        mark = m;
        Expr slice;
        if (expect(LSQB) != null && (slice = slices()) != null && expect(RSQB) != null
                && t_lookahead()) {
            Token s = tokens[start];
            Token e = lastToken();
            return new Expr.Subscript(a, slice, ExprContext.Load, s.lineno(), s.colOffset(),
                    e.endLineno(), e.endColOffset());
        }
        mark = m;
        if (at(LPAR)) {
            Expr g = genexp();
            if (g != null && t_lookahead()) {
                Token s = tokens[start];
                Token e = lastToken();
                return new Expr.Call(a, singletonSeq(g), List.of(), s.lineno(), s.colOffset(),
                        e.endLineno(), e.endColOffset());
            }
            mark = m + 1;
            Expr args = arguments();
            if (expect(RPAR) != null && t_lookahead()) {
                Token s = tokens[start];
                Token e = lastToken();
                Expr.Call c = (Expr.Call) args;
                return new Expr.Call(a, args == null ? List.of() : c.args(),
                        args == null ? List.of() : c.keywords(), s.lineno(), s.colOffset(),
                        e.endLineno(), e.endColOffset());
            }
        } else if (callInvalidRules && at(LSQB)) {
            // the genexp alternative in the second pass: invalid_comprehension may raise at '['
            genexp();
        }
        mark = m;
        return null;
    }

    /** {@code t_lookahead: '(' | '[' | '.'} (as a lookahead, consuming nothing). */
    final boolean t_lookahead() {
        int type = peekType();
        return type == LPAR || type == LSQB || type == DOT;
    }

    /** {@code del_targets: a=','.del_target+ [','] { a }} */
    final List<Expr> del_targets() {
        Expr a = del_target();
        if (a == null) {
            return null;
        }
        List<Expr> r = singletonSeq(a);
        while (true) {
            int m = mark;
            if (expect(COMMA) != null && (a = del_target()) != null) {
                r.add(a);
            } else {
                mark = m;
                break;
            }
        }
        expect(COMMA);
        return r;
    }

    /**
     * <pre>
     * del_target (memo):
     *     | a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b, Del) }
     *     | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, Del) }
     *     | del_t_atom
     * </pre>
     */
    final Expr del_target() {
        if (isMemoized(DEL_TARGET)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enter();
        Expr r = subscriptAttributeTarget(start, ExprContext.Del);
        if (r == null) {
            r = del_t_atom();
        }
        leave();
        memoize(start, DEL_TARGET, r);
        return r;
    }

    /**
     * <pre>
     * del_t_atom:
     *     | a=NAME { a as Del }
     *     | '(' a=del_target ')' { a as Del }
     *     | '(' a=[del_targets] ')' { Tuple(a, Del) }
     *     | '[' a=[del_targets] ']' { List(a, Del) }
     * </pre>
     */
    final Expr del_t_atom() {
        int start = mark;
        int type = peekType();
        if (type == NAME) {
            return setExprContext(name_token(), ExprContext.Del);
        }
        enter();
        try {
            if (type == LPAR) {
                mark++;
                Expr a = del_target();
                if (a != null && expect(RPAR) != null) {
                    return setExprContext(a, ExprContext.Del);
                }
                mark = start + 1;
                List<Expr> elts = del_targets();
                if (expect(RPAR) != null) {
                    return tuple(orEmpty(elts), ExprContext.Del, start);
                }
            } else if (type == LSQB) {
                mark++;
                List<Expr> elts = del_targets();
                if (expect(RSQB) != null) {
                    return list(orEmpty(elts), ExprContext.Del, start);
                }
            }
            mark = start;
            return null;
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * type_expressions:
     *     | a=','.expression+ ',' '*' b=expression ',' '**' c=expression { a + [b, c] }
     *     | a=','.expression+ ',' '*' b=expression { a + [b] }
     *     | a=','.expression+ ',' '**' b=expression { a + [b] }
     *     | '*' a=expression ',' '**' b=expression { [a, b] }
     *     | '*' a=expression { [a] }
     *     | '**' a=expression { [a] }
     *     | a=','.expression+ { a }
     * </pre>
     */
    final List<Expr> type_expressions() {
        int start = mark;
        List<Expr> a = new ArrayList<>();
        Expr e = expression();
        if (e != null) {
            a.add(e);
            while (true) {
                int m = mark;
                if (expect(COMMA) != null && (e = expression()) != null) {
                    a.add(e);
                } else {
                    mark = m;
                    break;
                }
            }
            int afterList = mark;
            Expr b;
            Expr c;
            if (expect(COMMA) != null && expect(STAR) != null && (b = expression()) != null) {
                int m = mark;
                if (expect(COMMA) != null && expect(DOUBLESTAR) != null
                        && (c = expression()) != null) {
                    a.add(b);
                    a.add(c);
                    return a;
                }
                mark = m;
                a.add(b);
                return a;
            }
            mark = afterList;
            if (expect(COMMA) != null && expect(DOUBLESTAR) != null && (b = expression()) != null) {
                a.add(b);
                return a;
            }
            mark = afterList;
            return a;
        }
        mark = start;
        Expr b;
        if (expect(STAR) != null && (e = expression()) != null) {
            List<Expr> r = singletonSeq(e);
            int m = mark;
            if (expect(COMMA) != null && expect(DOUBLESTAR) != null && (b = expression()) != null) {
                r.add(b);
                return r;
            }
            mark = m;
            return r;
        }
        mark = start;
        if (expect(DOUBLESTAR) != null && (e = expression()) != null) {
            return singletonSeq(e);
        }
        mark = start;
        return null;
    }
}
