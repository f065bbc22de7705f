package dev.krait.parser;

import dev.krait.ast.CmpOp;
import dev.krait.ast.Comprehension;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.Keyword;
import dev.krait.lexer.Token;
import java.util.List;

/**
 * The bodies of the {@code invalid_*} rules for expressions, calls, assignments, comprehensions and
 * targets (the grammar's "INVALID RULES" section). They are only tried in the second pass
 * ({@link #callInvalidRules}); each either raises CPython's specialised SyntaxError (by throwing it)
 * or does not match ({@code null}). The main rules call them exactly where python.gram lists them.
 */
abstract class InvalidExpressionRules extends FunctionRules {
    /** CPython: pegen.h TARGETS_TYPE. */
    enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    InvalidExpressionRules(TokenSource source, String filename, int expectedTokens) {
        super(source, filename, expectedTokens);
    }

    /** CPython: _PyPegen_get_expr_name, how an error message names an expression. */
    static String getExprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> c.value() instanceof ConstantValue.None ? "None"
                    : c.value() == ConstantValue.FALSE || c.value().equals(ConstantValue.FALSE)
                    ? "False"
                    : c.value().equals(ConstantValue.TRUE) ? "True"
                    : c.value() instanceof ConstantValue.Ellipsis ? "ellipsis" : "literal";
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    /** CPython: _PyPegen_get_invalid_target. */
    static Expr getInvalidTarget(Expr e, TargetsType type) {
        if (e == null) {
            return null;
        }
        switch (e) {
            case Expr.List l -> {
                for (Expr other : l.elts()) {
                    Expr child = getInvalidTarget(other, type);
                    if (child != null) {
                        return child;
                    }
                }
                return null;
            }
            case Expr.Tuple t -> {
                for (Expr other : t.elts()) {
                    Expr child = getInvalidTarget(other, type);
                    if (child != null) {
                        return child;
                    }
                }
                return null;
            }
            case Expr.Starred s -> {
                return type == TargetsType.DEL_TARGETS ? e : getInvalidTarget(s.value(), type);
            }
            case Expr.Compare c -> {
                if (type == TargetsType.FOR_TARGETS) {
                    return c.ops().get(0) == CmpOp.In ? getInvalidTarget(c.left(), type) : null;
                }
                return e;
            }
            case Expr.Name n -> {
                return null;
            }
            case Expr.Subscript s -> {
                return null;
            }
            case Expr.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    /** CPython: RAISE_SYNTAX_ERROR_INVALID_TARGET; no match when every target is valid. */
    final Object raiseInvalidTarget(TargetsType type, Expr e) {
        Expr invalid = getInvalidTarget(e, type);
        if (invalid == null) {
            return null;
        }
        String msg = type == TargetsType.DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s";
        throw raiseSyntaxErrorKnownLocation(invalid, msg.formatted(getExprName(invalid)));
    }

    /**
     * <pre>
     * invalid_arguments:
     *     | ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+
     *        ',' kwargs) | kwargs) ',' b='*'
     *     | a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
     *     | a=NAME b='=' expression for_if_clauses
     *     | a=args b=for_if_clauses
     *     | args ',' a=expression b=for_if_clauses
     *     | a=args ',' args
     * </pre>
     */
    @Override
    final Object invalid_arguments() {
        int start = mark;
        // CPython 3.11.7's first alternative (the 3.11.2 sources still read a=args ',' '*' and
        // point at the arguments; 3.11.7 requires keyword arguments and points at the star)
        boolean keywordsFirst = positionalArguments() && expect(COMMA) != null && kwargs() != null;
        if (!keywordsFirst) {
            mark = start;
            keywordsFirst = kwargs() != null;
        }
        Token star;
        if (keywordsFirst && expect(COMMA) != null && (star = expect(STAR)) != null) {
            throw raiseSyntaxErrorKnownLocation(star,
                    "iterable argument unpacking follows keyword argument unpacking");
        }
        mark = start;
        Expr a = expression();
        List<Comprehension> b;
        if (a != null && (b = for_if_clauses()) != null && expect(COMMA) != null) {
            int m = mark;
            if (args() == null) {
                mark = m;
                if (expression() == null || for_if_clauses() == null) {
                    mark = m;
                }
            }
            throw raiseSyntaxErrorKnownRange(a, getLastComprehensionItem(b.get(b.size() - 1)),
                    "Generator expression must be parenthesized");
        }
        mark = start;
        Token n = expect(NAME);
        Token eq;
        if (n != null && (eq = expect(EQUAL)) != null && expression() != null
                && for_if_clauses() != null) {
            throw raiseSyntaxErrorKnownRange(n, eq,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        mark = start;
        a = args();
        if (a != null && (b = for_if_clauses()) != null) {
            Object r = nonparenGenexpInCall((Expr.Call) a, b);
            if (r != null) {
                return r;
            }
        }
        mark = start;
        if (args() != null && expect(COMMA) != null && (a = expression()) != null
                && (b = for_if_clauses()) != null) {
            throw raiseSyntaxErrorKnownRange(a, getLastComprehensionItem(b.get(b.size() - 1)),
                    "Generator expression must be parenthesized");
        }
        mark = start;
        a = args();
        if (a != null && expect(COMMA) != null && args() != null) {
            throw argumentsParsingError((Expr.Call) a);
        }
        mark = start;
        return null;
    }

    /** CPython: _PyPegen_arguments_parsing_error. */
    private RuntimeException argumentsParsingError(Expr.Call e) {
        boolean kwargUnpacking = false;
        for (Keyword k : e.keywords()) {
            if (k.arg() == null) {
                kwargUnpacking = true;
            }
        }
        return raiseSyntaxError(kwargUnpacking
                ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument");
    }

    /**
     * {@code ','.(starred_expression | (assignment_expression | expression !':=') !'=')+}: whether
     * at least one positional argument was read (the mark is then after the last one).
     */
    private boolean positionalArguments() {
        boolean any = false;
        while (true) {
            int m = mark;
            if (any && expect(COMMA) == null) {
                return true;
            }
            if (!positionalArgumentHere()) {
                mark = m;
                return any;
            }
            any = true;
        }
    }

    /** {@code starred_expression | (assignment_expression | expression !':=') !'='} */
    private boolean positionalArgumentHere() {
        int start = mark;
        if (starred_expression() != null) {
            return true;
        }
        mark = start;
        Expr e = assignment_expression();
        if (e == null) {
            mark = start;
            e = expression();
            if (e != null && at(COLONEQUAL)) {
                e = null;
            }
        }
        if (e != null && !at(EQUAL)) {
            return true;
        }
        mark = start;
        return false;
    }

    /**
     * <pre>
     * invalid_kwarg:
     *     | a=('True'|'False'|'None') b='='
     *     | a=NAME b='=' expression for_if_clauses
     *     | !(NAME '=') a=expression b='='
     * </pre>
     */
    @Override
    final Object invalid_kwarg() {
        int start = mark;
        int type = peekType();
        Token eq;
        if (type == K_TRUE || type == K_FALSE || type == K_NONE) {
            Token a = tokens[mark++];
            if ((eq = expect(EQUAL)) != null) {
                throw raiseSyntaxErrorKnownRange(a, eq, "cannot assign to " + a.text());
            }
        }
        mark = start;
        Token n = expect(NAME);
        if (n != null && (eq = expect(EQUAL)) != null && expression() != null
                && for_if_clauses() != null) {
            throw raiseSyntaxErrorKnownRange(n, eq,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        mark = start;
        boolean nameEquals = expect(NAME) != null && expect(EQUAL) != null;
        mark = start;
        if (!nameEquals) {
            Expr a = expression();
            if (a != null && (eq = expect(EQUAL)) != null) {
                throw raiseSyntaxErrorKnownRange(a, eq,
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * expression_without_invalid:
     *     | a=disjunction 'if' b=disjunction 'else' c=expression { IfExp(b, a, c) }
     *     | disjunction
     *     | lambdef
     * </pre>
     * With the invalid rules switched off underneath, as its "_without_invalid" suffix asks.
     */
    final Expr expression_without_invalid() {
        boolean previous = callInvalidRules;
        callInvalidRules = false;
        try {
            int start = mark;
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
        } finally {
            callInvalidRules = previous;
        }
    }

    /**
     * <pre>
     * invalid_legacy_expression:
     *     | a=NAME !'(' b=star_expressions
     *       { check_legacy_stmt(a) ? "Missing parentheses in call to '%U'. Did you mean %U(...)?" }
     * </pre>
     */
    @Override
    final Object invalid_legacy_expression() {
        int start = mark;
        Expr.Name a = name_token();
        if (a != null && !at(LPAR)) {
            Expr b = star_expressions();
            if (b != null && checkLegacyStmt(a)) {
                throw raiseSyntaxErrorKnownRange(a, b, "Missing parentheses in call to '"
                        + a.id() + "'. Did you mean " + a.id() + "(...)?");
            }
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_expression:
     *     | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
     *       { "invalid syntax. Perhaps you forgot a comma?" inside brackets }
     *     | a=disjunction 'if' b=disjunction !('else'|':')
     *       { "expected 'else' after 'if' expression" }
     * </pre>
     */
    @Override
    final Object invalid_expression() {
        int start = mark;
        boolean excluded = expect(NAME) != null && at(STRING);
        mark = start;
        if (!excluded && soft_keyword_token() != null) {
            excluded = true;
        }
        mark = start;
        if (!excluded) {
            Expr a = disjunction();
            Expr b;
            if (a != null && (b = expression_without_invalid()) != null) {
                if (!checkLegacyStmt(a) && levels[mark - 1] != 0) {
                    throw raiseSyntaxErrorKnownRange(a, b,
                            "invalid syntax. Perhaps you forgot a comma?");
                }
                // the alternative matched and its action gave NULL: the rule ends here
                mark = start;
                return null;
            }
        }
        mark = start;
        Expr a = disjunction();
        Expr b;
        if (a != null && expect(K_IF) != null && (b = disjunction()) != null
                && !at(K_ELSE) && !at(COLON)) {
            throw raiseSyntaxErrorKnownRange(a, b, "expected 'else' after 'if' expression");
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_named_expression (memo):
     *     | a=expression ':=' expression
     *     | a=NAME '=' b=bitwise_or !('='|':=')
     *     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
     * </pre>
     */
    @Override
    final Object invalid_named_expression() {
        if (isMemoized(INVALID_NAMED_EXPRESSION)) {
            return memoResult;
        }
        int start = mark;
        Expr a = expression();
        if (a != null && expect(COLONEQUAL) != null && expression() != null) {
            throw raiseSyntaxErrorKnownLocation(a,
                    "cannot use assignment expressions with " + getExprName(a));
        }
        mark = start;
        Expr.Name n = name_token();
        Expr b;
        if (n != null && expect(EQUAL) != null && (b = bitwise_or()) != null && !at(EQUAL)
                && !at(COLONEQUAL)) {
            throw raiseSyntaxErrorKnownRange(n, b,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        mark = start;
        boolean excluded = list() != null;
        mark = start;
        excluded = excluded || tuple() != null;
        mark = start;
        excluded = excluded || genexp() != null;
        mark = start;
        int type = peekType();
        excluded = excluded || type == K_TRUE || type == K_NONE || type == K_FALSE;
        if (!excluded) {
            a = bitwise_or();
            if (a != null && expect(EQUAL) != null && bitwise_or() != null && !at(EQUAL)
                    && !at(COLONEQUAL)) {
                throw raiseSyntaxErrorKnownLocation(a, "cannot assign to " + getExprName(a)
                        + " here. Maybe you meant '==' instead of '='?");
            }
        }
        mark = start;
        memoize(start, INVALID_NAMED_EXPRESSION, null);
        return null;
    }

    /**
     * <pre>
     * invalid_assignment:
     *     | a=invalid_ann_assign_target ':' expression
     *     | a=star_named_expression ',' star_named_expressions* ':' expression
     *     | a=expression ':' expression
     *     | (star_targets '=')* a=star_expressions '='
     *     | (star_targets '=')* a=yield_expr '='
     *     | a=star_expressions augassign (yield_expr | star_expressions)
     * </pre>
     */
    @Override
    final Object invalid_assignment() {
        int start = mark;
        Expr a = invalid_ann_assign_target();
        if (a != null && expect(COLON) != null && expression() != null) {
            throw raiseSyntaxErrorKnownLocation(a,
                    "only single target (not " + getExprName(a) + ") can be annotated");
        }
        mark = start;
        a = star_named_expression();
        if (a != null && expect(COMMA) != null) {
            while (star_named_expressions() != null) {
                // star_named_expressions*
            }
            if (expect(COLON) != null && expression() != null) {
                throw raiseSyntaxErrorKnownLocation(a,
                        "only single target (not tuple) can be annotated");
            }
        }
        mark = start;
        a = expression();
        if (a != null && expect(COLON) != null && expression() != null) {
            throw raiseSyntaxErrorKnownLocation(a, "illegal target for annotation");
        }
        mark = start;
        skipStarTargetsAssignments();
        a = star_expressions();
        if (a != null && expect(EQUAL) != null) {
            Object r = raiseInvalidTarget(TargetsType.STAR_TARGETS, a);
            if (r != null) {
                return r;
            }
        }
        mark = start;
        skipStarTargetsAssignments();
        a = yield_expr();
        if (a != null && expect(EQUAL) != null) {
            throw raiseSyntaxErrorKnownLocation(a, "assignment to yield expression not possible");
        }
        mark = start;
        a = star_expressions();
        if (a != null && augassign() != null && (yield_expr() != null
                || star_expressions() != null)) {
            throw raiseSyntaxErrorKnownLocation(a, "'" + getExprName(a)
                    + "' is an illegal expression for augmented assignment");
        }
        mark = start;
        return null;
    }

    /** {@code (star_targets '=')*} */
    private void skipStarTargetsAssignments() {
        while (true) {
            int m = mark;
            if (star_targets() == null || expect(EQUAL) == null) {
                mark = m;
                return;
            }
        }
    }

    /** {@code invalid_ann_assign_target: list | tuple | '(' a=invalid_ann_assign_target ')' { a }} */
    final Expr invalid_ann_assign_target() {
        int start = mark;
        Expr r = list();
        if (r == null) {
            r = tuple();
        }
        if (r != null) {
            return r;
        }
        if (expect(LPAR) != null && (r = invalid_ann_assign_target()) != null
                && expect(RPAR) != null) {
            return r;
        }
        mark = start;
        return null;
    }

    /** {@code invalid_del_stmt: 'del' a=star_expressions { INVALID_TARGET(DEL_TARGETS, a) }} */
    @Override
    final Object invalid_del_stmt() {
        int start = mark;
        Expr a;
        if (expect(K_DEL) != null && (a = star_expressions()) != null) {
            Object r = raiseInvalidTarget(TargetsType.DEL_TARGETS, a);
            if (r != null) {
                return r;
            }
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_comprehension:
     *     | ('[' | '(' | '{') a=starred_expression for_if_clauses
     *     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
     *     | ('[' | '{') a=star_named_expression b=',' for_if_clauses
     * </pre>
     */
    @Override
    final Object invalid_comprehension() {
        int start = mark;
        int type = peekType();
        if (type != LSQB && type != LPAR && type != LBRACE) {
            return null;
        }
        mark++;
        Expr a = starred_expression();
        if (a != null && for_if_clauses() != null) {
            throw raiseSyntaxErrorKnownLocation(a,
                    "iterable unpacking cannot be used in comprehension");
        }
        if (type == LPAR) {
            mark = start;
            return null;
        }
        mark = start + 1;
        a = star_named_expression();
        List<Expr> b;
        if (a != null && expect(COMMA) != null && (b = star_named_expressions()) != null
                && for_if_clauses() != null) {
            throw raiseSyntaxErrorKnownRange(a, b.get(b.size() - 1),
                    "did you forget parentheses around the comprehension target?");
        }
        mark = start + 1;
        a = star_named_expression();
        Token comma;
        if (a != null && (comma = expect(COMMA)) != null && for_if_clauses() != null) {
            throw raiseSyntaxErrorKnownRange(a, comma,
                    "did you forget parentheses around the comprehension target?");
        }
        mark = start;
        return null;
    }

    /** {@code invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'} */
    @Override
    final Object invalid_dict_comprehension() {
        int start = mark;
        Token a;
        if (expect(LBRACE) != null && (a = expect(DOUBLESTAR)) != null && bitwise_or() != null
                && for_if_clauses() != null && expect(RBRACE) != null) {
            throw raiseSyntaxErrorKnownLocation(a,
                    "dict unpacking cannot be used in dict comprehension");
        }
        mark = start;
        return null;
    }

    /** {@code invalid_for_target: ASYNC? 'for' a=star_expressions { INVALID_TARGET(FOR, a) }} */
    @Override
    final Object invalid_for_target() {
        int start = mark;
        expect(K_ASYNC);
        Expr a;
        if (expect(K_FOR) != null && (a = star_expressions()) != null) {
            Object r = raiseInvalidTarget(TargetsType.FOR_TARGETS, a);
            if (r != null) {
                return r;
            }
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_group:
     *     | '(' a=starred_expression ')' { "cannot use starred expression here" }
     *     | '(' a='**' expression ')' { "cannot use double starred expression here" }
     * </pre>
     */
    @Override
    final Object invalid_group() {
        int start = mark;
        Expr a;
        if (expect(LPAR) != null && (a = starred_expression()) != null && expect(RPAR) != null) {
            throw raiseSyntaxErrorKnownLocation(a, "cannot use starred expression here");
        }
        mark = start;
        Token t;
        if (expect(LPAR) != null && (t = expect(DOUBLESTAR)) != null && expression() != null
                && expect(RPAR) != null) {
            throw raiseSyntaxErrorKnownLocation(t, "cannot use double starred expression here");
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_double_starred_kvpairs:
     *     | ','.double_starred_kvpair+ ',' invalid_kvpair
     *     | expression ':' a='*' bitwise_or
     *     | expression a=':' &('}'|',')
     * </pre>
     */
    @Override
    final Object invalid_double_starred_kvpairs() {
        int start = mark;
        if (double_starred_kvpair() != null) {
            while (true) {
                int m = mark;
                if (expect(COMMA) == null || double_starred_kvpair() == null) {
                    mark = m;
                    break;
                }
            }
            if (expect(COMMA) != null && invalid_kvpair() != null) {
                return Boolean.TRUE;
            }
        }
        mark = start;
        Token a;
        if (expression() != null && expect(COLON) != null && (a = expect(STAR)) != null
                && bitwise_or() != null) {
            throw raiseSyntaxErrorStartingFrom(a,
                    "cannot use a starred expression in a dictionary value");
        }
        mark = start;
        if (expression() != null && (a = expect(COLON)) != null && (at(RBRACE) || at(COMMA))) {
            throw raiseSyntaxErrorKnownLocation(a,
                    "expression expected after dictionary key and ':'");
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_kvpair:
     *     | a=expression !(':') { "':' expected after dictionary key" }
     *     | expression ':' a='*' bitwise_or
     *     | expression a=':' &('}'|',')
     * </pre>
     */
    final Object invalid_kvpair() {
        int start = mark;
        Expr e = expression();
        if (e != null && !at(COLON)) {
            throw raiseErrorKnownLocation(dev.krait.lexer.PythonSyntaxError.Type.SyntaxError,
                    "':' expected after dictionary key", e.lineno(), e.endColOffset(),
                    e.endLineno(), 0);
        }
        mark = start;
        Token a;
        if (expression() != null && expect(COLON) != null && (a = expect(STAR)) != null
                && bitwise_or() != null) {
            throw raiseSyntaxErrorStartingFrom(a,
                    "cannot use a starred expression in a dictionary value");
        }
        mark = start;
        if (expression() != null && (a = expect(COLON)) != null && (at(RBRACE) || at(COMMA))) {
            throw raiseSyntaxErrorKnownLocation(a,
                    "expression expected after dictionary key and ':'");
        }
        mark = start;
        return null;
    }
}
