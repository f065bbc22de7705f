package dev.krait.parser;

import dev.krait.ast.Comprehension;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Keyword;
import dev.krait.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Comprehensions and generator expressions ({@code for_if_clauses}, {@code listcomp},
 * {@code setcomp}, {@code genexp}, {@code dictcomp}) and the FUNCTION CALL ARGUMENTS section
 * ({@code arguments}, {@code args}, {@code kwargs}, ...). As in CPython, {@code args} returns a
 * {@code Call} on a dummy name that only carries the positional and keyword lists to its caller.
 */
abstract class ComprehensionRules extends PrimaryRules {
    ComprehensionRules(TokenSource source, String filename, int expectedTokens) {
        super(source, filename, expectedTokens);
    }

    // Rules defined further up the class chain.
    abstract Expr star_targets();

    abstract Object invalid_for_target();

    abstract Object invalid_comprehension();

    abstract Object invalid_dict_comprehension();

    abstract Object invalid_arguments();

    abstract Object invalid_kwarg();

    /** {@code for_if_clauses: a=for_if_clause+ { a }} */
    final List<Comprehension> for_if_clauses() {
        enter();
        Comprehension c = for_if_clause();
        if (c == null) {
            leave();
            return null;
        }
        List<Comprehension> r = singletonSeq(c);
        while ((c = for_if_clause()) != null) {
            r.add(c);
        }
        leave();
        return r;
    }

    /**
     * <pre>
     * for_if_clause:
     *     | ASYNC 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })*
     *       { comprehension(a, b, c, 1) }
     *     | 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })*
     *       { comprehension(a, b, c, 0) }
     *     | invalid_for_target
     * </pre>
     */
    final Comprehension for_if_clause() {
        int start = mark;
        enter();
        try {
            int isAsync = expect(K_ASYNC) != null ? 1 : 0;
            Expr a;
            if (expect(K_FOR) != null && (a = star_targets()) != null && expect(K_IN) != null) {
                // cut: after 'in' no other alternative is tried
                Expr b = disjunction();
                if (b == null) {
                    mark = start;
                    return null;
                }
                List<Expr> ifs = new ArrayList<>();
                while (true) {
                    int m = mark;
                    Expr z;
                    if (expect(K_IF) != null && (z = disjunction()) != null) {
                        ifs.add(z);
                    } else {
                        mark = m;
                        break;
                    }
                }
                Comprehension r = new Comprehension(a, b, ifs, isAsync);
                return isAsync == 1 ? checkVersion(6, "Async comprehensions are", r) : r;
            }
            mark = start;
            if (callInvalidRules) {
                Object r = invalid_for_target();
                if (r != null) {
                    return (Comprehension) r;
                }
                mark = start;
            }
            return null;
        } finally {
            leave();
        }
    }

    /** {@code listcomp: '[' a=named_expression b=for_if_clauses ']' | invalid_comprehension} */
    @Override
    final Expr listcomp() {
        return comprehension(LSQB, RSQB, 0);
    }

    /** {@code setcomp: '{' a=named_expression b=for_if_clauses '}' | invalid_comprehension} */
    @Override
    final Expr setcomp() {
        return comprehension(LBRACE, RBRACE, 1);
    }

    /**
     * <pre>
     * genexp:
     *     | '(' a=(assignment_expression | expression !':=') b=for_if_clauses ')'
     *       { GeneratorExp(a, b) }
     *     | invalid_comprehension
     * </pre>
     */
    @Override
    final Expr genexp() {
        return comprehension(LPAR, RPAR, 2);
    }

    private Expr comprehension(int open, int close, int kind) {
        int start = mark;
        enter();
        try {
            if (expect(open) != null) {
                Expr a;
                if (kind == 2) {
                    a = assignment_expression();
                    if (a == null) {
                        a = expression();
                        if (a != null && at(COLONEQUAL)) {
                            a = null;
                        }
                    }
                } else {
                    a = named_expression();
                }
                List<Comprehension> b;
                if (a != null && (b = for_if_clauses()) != null && expect(close) != null) {
                    Token s = tokens[start];
                    Token e = lastToken();
                    return switch (kind) {
                        case 0 -> new Expr.ListComp(a, b, s.lineno(), s.colOffset(),
                                e.endLineno(), e.endColOffset());
                        case 1 -> new Expr.SetComp(a, b, s.lineno(), s.colOffset(),
                                e.endLineno(), e.endColOffset());
                        default -> new Expr.GeneratorExp(a, b, s.lineno(), s.colOffset(),
                                e.endLineno(), e.endColOffset());
                    };
                }
            }
            mark = start;
            if (callInvalidRules) {
                Object r = invalid_comprehension();
                if (r != null) {
                    return (Expr) r;
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
     * dictcomp:
     *     | '{' a=kvpair b=for_if_clauses '}' { DictComp(a.key, a.value, b) }
     *     | invalid_dict_comprehension
     * </pre>
     */
    @Override
    final Expr dictcomp() {
        int start = mark;
        enter();
        try {
            if (expect(LBRACE) != null) {
                KeyValuePair a = kvpair();
                List<Comprehension> b;
                if (a != null && (b = for_if_clauses()) != null && expect(RBRACE) != null) {
                    Token s = tokens[start];
                    Token e = lastToken();
                    return new Expr.DictComp(a.key(), a.value(), b, s.lineno(), s.colOffset(),
                            e.endLineno(), e.endColOffset());
                }
            }
            mark = start;
            if (callInvalidRules) {
                Object r = invalid_dict_comprehension();
                if (r != null) {
                    return (Expr) r;
                }
                mark = start;
            }
            return null;
        } finally {
            leave();
        }
    }

    /** {@code arguments (memo): a=args [','] &')' { a } | invalid_arguments} */
    @Override
    final Expr arguments() {
        if (isMemoized(ARGUMENTS)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enter();
        Expr r = args();
        if (r != null) {
            expect(COMMA);
            if (!at(RPAR)) {
                r = null;
            }
        }
        if (r == null) {
            mark = start;
            if (callInvalidRules) {
                r = (Expr) invalid_arguments();
                if (r == null) {
                    mark = start;
                }
            }
        }
        leave();
        memoize(start, ARGUMENTS, r);
        return r;
    }

    /**
     * <pre>
     * args:
     *     | a=','.(starred_expression | (assignment_expression | expression !':=') !'=')+
     *       b=[',' k=kwargs { k }] { _PyPegen_collect_call_seqs(a, b) }
     *     | a=kwargs { Call(dummy, starred(a), keywords(a)) }
     * </pre>
     */
    final Expr args() {
        int start = mark;
        enter();
        List<Expr> a = null;
        while (true) {
            int m = mark;
            if (a != null && expect(COMMA) == null) {
                break;
            }
            Expr e = positionalArgument();
            if (e == null) {
                mark = m;
                break;
            }
            if (a == null) {
                a = new ArrayList<>();
            }
            a.add(e);
        }
        if (a != null) {
            int m = mark;
            List<KeywordOrStarred> b = null;
            if (expect(COMMA) == null || (b = kwargs()) == null) {
                mark = m;
            }
            leave();
            return collectCallSeqs(a, b, tokens[start], lastToken());
        }
        mark = start;
        List<KeywordOrStarred> k = kwargs();
        leave();
        if (k == null) {
            return null;
        }
        Token s = tokens[start];
        Token e = lastToken();
        return new Expr.Call(DUMMY_NAME, seqExtractStarredExprs(k), seqDeleteStarredExprs(k),
                s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /** {@code starred_expression | (assignment_expression | expression !':=') !'='} */
    private Expr positionalArgument() {
        int start = mark;
        Expr e = starred_expression();
        if (e != null) {
            return e;
        }
        e = assignment_expression();
        if (e == null) {
            e = expression();
            if (e != null && at(COLONEQUAL)) {
                e = null;
            }
        }
        if (e != null && at(EQUAL)) {
            e = null;
        }
        if (e == null) {
            mark = start;
        }
        return e;
    }

    /**
     * <pre>
     * kwargs:
     *     | a=','.kwarg_or_starred+ ',' b=','.kwarg_or_double_starred+ { a + b }
     *     | ','.kwarg_or_starred+
     *     | ','.kwarg_or_double_starred+
     * </pre>
     */
    final List<KeywordOrStarred> kwargs() {
        int start = mark;
        enter();
        List<KeywordOrStarred> a = kwargList(true);
        if (a != null) {
            int m = mark;
            List<KeywordOrStarred> b;
            if (expect(COMMA) != null && (b = kwargList(false)) != null) {
                leave();
                return joinSequences(a, b);
            }
            mark = m;
            leave();
            return a;
        }
        mark = start;
        List<KeywordOrStarred> b = kwargList(false);
        leave();
        return b;
    }

    private List<KeywordOrStarred> kwargList(boolean starred) {
        List<KeywordOrStarred> r = null;
        while (true) {
            int m = mark;
            if (r != null && expect(COMMA) == null) {
                break;
            }
            KeywordOrStarred k = starred ? kwarg_or_starred() : kwarg_or_double_starred();
            if (k == null) {
                mark = m;
                break;
            }
            if (r == null) {
                r = new ArrayList<>();
            }
            r.add(k);
        }
        return r;
    }

    /** {@code starred_expression: '*' a=expression { Starred(a, Load) }} */
    @Override
    final Expr starred_expression() {
        int start = mark;
        if (expect(STAR) == null) {
            return null;
        }
        enter();
        Expr a = expression();
        leave();
        if (a == null) {
            mark = start;
            return null;
        }
        Token s = tokens[start];
        Token e = lastToken();
        return new Expr.Starred(a, ExprContext.Load, s.lineno(), s.colOffset(), e.endLineno(),
                e.endColOffset());
    }

    /**
     * <pre>
     * kwarg_or_starred:
     *     | invalid_kwarg
     *     | a=NAME '=' b=expression { keyword(a, b) }
     *     | a=starred_expression
     * </pre>
     */
    final KeywordOrStarred kwarg_or_starred() {
        int start = mark;
        enter();
        try {
            if (callInvalidRules) {
                Object r = invalid_kwarg();
                if (r != null) {
                    return (KeywordOrStarred) r;
                }
                mark = start;
            }
            Keyword k = namedKeyword(start);
            if (k != null) {
                return new KeywordOrStarred(k, true);
            }
            Expr a = starred_expression();
            return a == null ? null : new KeywordOrStarred(a, false);
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * kwarg_or_double_starred:
     *     | invalid_kwarg
     *     | a=NAME '=' b=expression { keyword(a, b) }
     *     | '**' a=expression { keyword(NULL, a) }
     * </pre>
     */
    final KeywordOrStarred kwarg_or_double_starred() {
        int start = mark;
        enter();
        try {
            if (callInvalidRules) {
                Object r = invalid_kwarg();
                if (r != null) {
                    return (KeywordOrStarred) r;
                }
                mark = start;
            }
            Keyword k = namedKeyword(start);
            if (k != null) {
                return new KeywordOrStarred(k, true);
            }
            Expr a;
            if (expect(DOUBLESTAR) != null && (a = expression()) != null) {
                Token s = tokens[start];
                Token e = lastToken();
                return new KeywordOrStarred(new Keyword(null, a, s.lineno(), s.colOffset(),
                        e.endLineno(), e.endColOffset()), true);
            }
            mark = start;
            return null;
        } finally {
            leave();
        }
    }

    /** The alternative {@code a=NAME '=' b=expression { keyword(a, b) }}. */
    private Keyword namedKeyword(int start) {
        Expr.Name a = name_token();
        Expr b;
        if (a != null && expect(EQUAL) != null && (b = expression()) != null) {
            Token s = tokens[start];
            Token e = lastToken();
            return new Keyword(a.id(), b, s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        }
        mark = start;
        return null;
    }
}
