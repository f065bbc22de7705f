package dev.krait.parser;

import dev.krait.ast.Alias;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Mod;
import dev.krait.ast.Operator;
import dev.krait.ast.Stmt;
import dev.krait.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The STARTING RULES, GENERAL STATEMENTS and SIMPLE STATEMENTS sections of the grammar: the start
 * rules for each mode, {@code statements}, {@code simple_stmts}, {@code simple_stmt},
 * {@code assignment}, the small statements and the import statements.
 */
abstract class StatementRules extends TargetRules {
    StatementRules(TokenSource source, String filename, int expectedTokens) {
        super(source, filename, expectedTokens);
    }

    // Rules defined further up the class chain.
    abstract Stmt compound_stmt();

    abstract Object invalid_assignment();

    abstract Object invalid_del_stmt();

    abstract Object invalid_import_from_targets();

    /** {@code file: a=[statements] ENDMARKER { _PyPegen_make_module(p, a) }} */
    final Mod file() {
        enter();
        List<Stmt> a = statements();
        // CPython: Parser/action_helpers.c _PyPegen_make_module, with the type ignores read
        Mod r = expect(ENDMARKER) == null ? null
                : new Mod.Module(orEmpty(a), List.copyOf(typeIgnores));
        leave();
        return r;
    }

    /** {@code interactive: a=statement_newline { Interactive(a) }} */
    final Mod interactive() {
        enter();
        List<Stmt> a = statement_newline();
        leave();
        return a == null ? null : new Mod.Interactive(a);
    }

    /** {@code eval: a=expressions NEWLINE* ENDMARKER { Expression(a) }} */
    final Mod eval() {
        enter();
        Expr a = expressions();
        leave();
        if (a == null) {
            return null;
        }
        while (expect(NEWLINE) != null) {
            // NEWLINE*
        }
        if (expect(ENDMARKER) == null) {
            return null;
        }
        return new Mod.Expression(a);
    }

    /**
     * {@code func_type: '(' a=[type_expressions] ')' '->' b=expression NEWLINE* ENDMARKER
     * { FunctionType(a, b) }}
     */
    final Mod func_type() {
        if (expect(LPAR) == null) {
            return null;
        }
        List<Expr> a = type_expressions();
        Expr b;
        if (expect(RPAR) == null || expect(RARROW) == null || (b = expression()) == null) {
            return null;
        }
        while (expect(NEWLINE) != null) {
            // NEWLINE*
        }
        if (expect(ENDMARKER) == null) {
            return null;
        }
        return new Mod.FunctionType(orEmpty(a), b);
    }

    /** {@code fstring: star_expressions} */
    final Expr fstring() {
        return star_expressions();
    }

    /** {@code statements: a=statement+ { _PyPegen_seq_flatten(p, a) }} */
    final List<Stmt> statements() {
        enter();
        enter(); // CPython's _loop1 function for statement+
        List<Stmt> r = null;
        List<Stmt> s;
        while ((s = statement()) != null) {
            if (r == null) {
                r = new ArrayList<>();
            }
            r.addAll(s);
        }
        level -= 2;
        return r;
    }

    /** {@code statement: a=compound_stmt { [a] } | a=simple_stmts { a }} */
    final List<Stmt> statement() {
        enter();
        Stmt a = compound_stmt();
        List<Stmt> r = a != null ? singletonSeq(a) : simple_stmts();
        leave();
        return r;
    }

    /**
     * <pre>
     * statement_newline:
     *     | a=compound_stmt NEWLINE { [a] }
     *     | simple_stmts
     *     | NEWLINE { [Pass] }
     *     | ENDMARKER { _PyPegen_interactive_exit(p) }
     * </pre>
     */
    final List<Stmt> statement_newline() {
        int start = mark;
        enter();
        try {
            Stmt a = compound_stmt();
            if (a != null && expect(NEWLINE) != null) {
                return singletonSeq(a);
            }
            mark = start;
            List<Stmt> r = simple_stmts();
            if (r != null) {
                return r;
            }
            Token t = expect(NEWLINE);
            if (t != null) {
                return singletonSeq(new Stmt.Pass(t.lineno(), t.colOffset(), t.endLineno(),
                        t.endColOffset()));
            }
            // ENDMARKER: the interactive loop's end of input; ast.parse has nothing to return
            return null;
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * simple_stmts:
     *     | a=simple_stmt !';' NEWLINE { [a] }
     *     | a=';'.simple_stmt+ [';'] NEWLINE { a }
     * </pre>
     */
    final List<Stmt> simple_stmts() {
        int start = mark;
        enter();
        try {
            Stmt a = simple_stmt();
            if (a == null) {
                return null;
            }
            if (!at(SEMI) && expect(NEWLINE) != null) {
                return singletonSeq(a);
            }
            mark = start;
            List<Stmt> r = new ArrayList<>();
            r.add(simple_stmt());
            while (true) {
                int m = mark;
                if (expect(SEMI) != null && (a = simple_stmt()) != null) {
                    r.add(a);
                } else {
                    mark = m;
                    break;
                }
            }
            expect(SEMI);
            if (expect(NEWLINE) != null) {
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
     * simple_stmt (memo):
     *     | assignment
     *     | e=star_expressions { Expr(e) }
     *     | &'return' return_stmt
     *     | &('import' | 'from') import_stmt
     *     | &'raise' raise_stmt
     *     | 'pass' { Pass }
     *     | &'del' del_stmt
     *     | &'yield' yield_stmt
     *     | &'assert' assert_stmt
     *     | 'break' { Break }
     *     | 'continue' { Continue }
     *     | &'global' global_stmt
     *     | &'nonlocal' nonlocal_stmt
     * </pre>
     */
    final Stmt simple_stmt() {
        if (isMemoized(SIMPLE_STMT)) {
            return (Stmt) memoResult;
        }
        int start = mark;
        enter();
        Stmt r = simple_stmt_body(start);
        if (r == null) {
            mark = start;
        }
        leave();
        memoize(start, SIMPLE_STMT, r);
        return r;
    }

    private Stmt simple_stmt_body(int start) {
        Stmt r = assignment();
        if (r != null) {
            return r;
        }
        mark = start;
        Expr e = star_expressions();
        if (e != null) {
            Token s = tokens[start];
            Token t = lastToken();
            return new Stmt.Expr(e, s.lineno(), s.colOffset(), t.endLineno(), t.endColOffset());
        }
        mark = start;
        int type = peekType();
        Token s = tokens[start];
        if (type == K_RETURN) {
            return return_stmt();
        } else if (type == K_IMPORT || type == K_FROM) {
            return import_stmt();
        } else if (type == K_RAISE) {
            return raise_stmt();
        } else if (type == K_PASS) {
            mark++;
            return new Stmt.Pass(s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
        } else if (type == K_DEL) {
            return del_stmt();
        } else if (type == K_YIELD) {
            return yield_stmt();
        } else if (type == K_ASSERT) {
            return assert_stmt();
        } else if (type == K_BREAK) {
            mark++;
            return new Stmt.Break(s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
        } else if (type == K_CONTINUE) {
            mark++;
            return new Stmt.Continue(s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
        } else if (type == K_GLOBAL) {
            return global_stmt();
        } else if (type == K_NONLOCAL) {
            return nonlocal_stmt();
        }
        return null;
    }

    /**
     * <pre>
     * assignment:
     *     | a=NAME ':' b=expression c=['=' d=annotated_rhs { d }] { AnnAssign(a, b, c, 1) }
     *     | a=('(' b=single_target ')' { b } | single_subscript_attribute_target) ':'
     *       b=expression c=['=' d=annotated_rhs { d }] { AnnAssign(a, b, c, 0) }
     *     | a=(z=star_targets '=' { z })+ b=(yield_expr | star_expressions) !'='
     *       tc=[TYPE_COMMENT] { Assign(a, b, tc) }
     *     | a=single_target b=augassign ~ c=(yield_expr | star_expressions)
     *       { AugAssign(a, b, c) }
     *     | invalid_assignment
     * </pre>
     */
    final Stmt assignment() {
        int start = mark;
        enter();
        try {
            // a=NAME ':' b=expression c=['=' d=annotated_rhs]
            Expr.Name name = name_token();
            if (name != null && expect(COLON) != null) {
                Stmt r = annAssignRest(setExprContext(name, ExprContext.Store), 1, start);
                if (r != null) {
                    return r;
                }
            }
            mark = start;
            // a=('(' b=single_target ')' | single_subscript_attribute_target) ':' ...
            Expr target = null;
            if (expect(LPAR) != null) {
                target = single_target();
                if (target == null || expect(RPAR) == null) {
                    target = null;
                }
            }
            if (target == null) {
                mark = start;
                target = single_subscript_attribute_target();
            }
            if (target != null && expect(COLON) != null) {
                Stmt r = annAssignRest(target, 0, start);
                if (r != null) {
                    return r;
                }
            }
            mark = start;
            // a=(z=star_targets '=' { z })+ b=(yield_expr | star_expressions) !'='
            List<Expr> targets = null;
            while (true) {
                int m = mark;
                Expr z = star_targets();
                if (z != null && expect(EQUAL) != null) {
                    if (targets == null) {
                        targets = new ArrayList<>(1);
                    }
                    targets.add(z);
                } else {
                    mark = m;
                    break;
                }
            }
            if (targets != null) {
                enter(); // CPython's _tmp function for (yield_expr | star_expressions)
                Expr b = yield_expr();
                if (b == null) {
                    b = star_expressions();
                }
                leave();
                if (b != null && !at(EQUAL)) {
                    String tc = typeComment(expect(TYPE_COMMENT));
                    Token s = tokens[start];
                    Token e = lastToken();
                    return new Stmt.Assign(targets, b, tc, s.lineno(), s.colOffset(),
                            e.endLineno(), e.endColOffset());
                }
            }
            mark = start;
            // a=single_target b=augassign ~ c=(yield_expr | star_expressions)
            Expr a = single_target();
            Operator op;
            if (a != null && (op = augassign()) != null) {
                enter(); // CPython's _tmp function for (yield_expr | star_expressions)
                Expr c = yield_expr();
                if (c == null) {
                    c = star_expressions();
                }
                leave();
                if (c == null) {
                    mark = start;
                    return null; // cut: invalid_assignment is not tried
                }
                Token s = tokens[start];
                Token e = lastToken();
                return new Stmt.AugAssign(a, op, c, s.lineno(), s.colOffset(), e.endLineno(),
                        e.endColOffset());
            }
            mark = start;
            if (callInvalidRules) {
                Object r = invalid_assignment();
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

    /** {@code b=expression c=['=' d=annotated_rhs { d }]} after an annotation target's ':'. */
    private Stmt annAssignRest(Expr target, int simple, int start) {
        Expr b = expression();
        if (b == null) {
            return null;
        }
        Expr c = null;
        int m = mark;
        if (expect(EQUAL) != null) {
            c = annotated_rhs();
            if (c == null) {
                mark = m;
            }
        }
        Token s = tokens[start];
        Token e = lastToken();
        // the two alternatives word it differently in CPython's grammar
        return checkVersion(6, simple == 1 ? "Variable annotation syntax is"
                : "Variable annotations syntax is", new Stmt.AnnAssign(target, b, c, simple,
                        s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset()));
    }

    /** {@code annotated_rhs: yield_expr | star_expressions} */
    final Expr annotated_rhs() {
        enter();
        Expr r = yield_expr();
        if (r == null) {
            r = star_expressions();
        }
        leave();
        return r;
    }

    /** {@code augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | ... | '//='} */
    final Operator augassign() {
        Token t = tokenAt(mark);
        Operator op = switch (t.kind()) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
        if (op != null) {
            mark++;
        }
        if (op == Operator.MatMult) {
            checkVersion(5, "The '@' operator is", op);
        }
        return op;
    }

    /** {@code return_stmt: 'return' a=[star_expressions] { Return(a) }} */
    final Stmt return_stmt() {
        int start = mark;
        if (expect(K_RETURN) == null) {
            return null;
        }
        Expr a = star_expressions();
        Token s = tokens[start];
        Token e = lastToken();
        return new Stmt.Return(a, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /**
     * <pre>
     * raise_stmt:
     *     | 'raise' a=expression b=['from' z=expression { z }] { Raise(a, b) }
     *     | 'raise' { Raise(NULL, NULL) }
     * </pre>
     */
    final Stmt raise_stmt() {
        int start = mark;
        if (expect(K_RAISE) == null) {
            return null;
        }
        Expr a = expression();
        Expr b = null;
        if (a != null) {
            int m = mark;
            if (expect(K_FROM) != null) {
                b = expression();
                if (b == null) {
                    mark = m;
                }
            }
        }
        Token s = tokens[start];
        Token e = lastToken();
        return new Stmt.Raise(a, b, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /** {@code global_stmt: 'global' a=','.NAME+ { Global(a) }} */
    final Stmt global_stmt() {
        return globalOrNonlocal(K_GLOBAL);
    }

    /** {@code nonlocal_stmt: 'nonlocal' a=','.NAME+ { Nonlocal(a) }} */
    final Stmt nonlocal_stmt() {
        return globalOrNonlocal(K_NONLOCAL);
    }

    private Stmt globalOrNonlocal(int keyword) {
        int start = mark;
        if (expect(keyword) == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        Expr.Name n = name_token();
        if (n == null) {
            mark = start;
            return null;
        }
        names.add(n.id());
        while (true) {
            int m = mark;
            if (expect(COMMA) != null && (n = name_token()) != null) {
                names.add(n.id());
            } else {
                mark = m;
                break;
            }
        }
        Token s = tokens[start];
        Token e = lastToken();
        return keyword == K_GLOBAL
                ? new Stmt.Global(names, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset())
                : new Stmt.Nonlocal(names, s.lineno(), s.colOffset(), e.endLineno(),
                        e.endColOffset());
    }

    /** {@code del_stmt: 'del' a=del_targets &(';' | NEWLINE) { Delete(a) } | invalid_del_stmt} */
    final Stmt del_stmt() {
        int start = mark;
        enter();
        try {
            List<Expr> a;
            if (expect(K_DEL) != null && (a = del_targets()) != null
                    && (at(SEMI) || at(NEWLINE))) {
                Token s = tokens[start];
                Token e = lastToken();
                return new Stmt.Delete(a, s.lineno(), s.colOffset(), e.endLineno(),
                        e.endColOffset());
            }
            mark = start;
            if (callInvalidRules) {
                Object r = invalid_del_stmt();
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

    /** {@code yield_stmt: y=yield_expr { Expr(y) }} */
    final Stmt yield_stmt() {
        int start = mark;
        Expr y = yield_expr();
        if (y == null) {
            return null;
        }
        Token s = tokens[start];
        Token e = lastToken();
        return new Stmt.Expr(y, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /** {@code assert_stmt: 'assert' a=expression b=[',' z=expression { z }] { Assert(a, b) }} */
    final Stmt assert_stmt() {
        int start = mark;
        Expr a;
        if (expect(K_ASSERT) == null || (a = expression()) == null) {
            mark = start;
            return null;
        }
        Expr b = null;
        int m = mark;
        if (expect(COMMA) != null) {
            b = expression();
            if (b == null) {
                mark = m;
            }
        }
        Token s = tokens[start];
        Token e = lastToken();
        return new Stmt.Assert(a, b, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /** {@code import_stmt: import_name | import_from} */
    final Stmt import_stmt() {
        enter();
        Stmt r = import_name();
        if (r == null) {
            r = import_from();
        }
        leave();
        return r;
    }

    /** {@code import_name: 'import' a=dotted_as_names { Import(a) }} */
    final Stmt import_name() {
        int start = mark;
        List<Alias> a;
        if (expect(K_IMPORT) == null || (a = dotted_as_names()) == null) {
            mark = start;
            return null;
        }
        Token s = tokens[start];
        Token e = lastToken();
        return new Stmt.Import(a, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /**
     * <pre>
     * import_from:
     *     | 'from' a=('.' | '...')* b=dotted_name 'import' c=import_from_targets
     *       { ImportFrom(b, c, dots(a)) }
     *     | 'from' a=('.' | '...')+ 'import' b=import_from_targets { ImportFrom(NULL, b, dots(a)) }
     * </pre>
     */
    final Stmt import_from() {
        int start = mark;
        if (expect(K_FROM) == null) {
            return null;
        }
        int dots = 0;
        while (true) {
            if (expect(DOT) != null) {
                dots++;
            } else if (expect(ELLIPSIS) != null) {
                dots += 3;
            } else {
                break;
            }
        }
        int afterDots = mark;
        Expr.Name b = dotted_name();
        List<Alias> c;
        if (b != null && expect(K_IMPORT) != null && (c = import_from_targets()) != null) {
            Token s = tokens[start];
            Token e = lastToken();
            return new Stmt.ImportFrom(b.id(), c, dots, s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        }
        mark = afterDots;
        if (dots > 0 && expect(K_IMPORT) != null && (c = import_from_targets()) != null) {
            Token s = tokens[start];
            Token e = lastToken();
            return new Stmt.ImportFrom(null, c, dots, s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * import_from_targets:
     *     | '(' a=import_from_as_names [','] ')' { a }
     *     | import_from_as_names !','
     *     | '*' { [alias('*')] }
     *     | invalid_import_from_targets
     * </pre>
     */
    final List<Alias> import_from_targets() {
        int start = mark;
        enter();
        try {
            List<Alias> a;
            if (expect(LPAR) != null && (a = import_from_as_names()) != null) {
                expect(COMMA);
                if (expect(RPAR) != null) {
                    return a;
                }
            }
            mark = start;
            a = import_from_as_names();
            if (a != null && !at(COMMA)) {
                return a;
            }
            mark = start;
            Token star = expect(STAR);
            if (star != null) {
                return singletonSeq(new Alias("*", null, star.lineno(), star.colOffset(),
                        star.endLineno(), star.endColOffset()));
            }
            if (callInvalidRules) {
                Object r = invalid_import_from_targets();
                if (r != null) {
                    @SuppressWarnings("unchecked")
                    List<Alias> l = (List<Alias>) r;
                    return l;
                }
                mark = start;
            }
            return null;
        } finally {
            leave();
        }
    }

    /** {@code import_from_as_names: a=','.import_from_as_name+ { a }} */
    final List<Alias> import_from_as_names() {
        Alias a = import_from_as_name();
        if (a == null) {
            return null;
        }
        List<Alias> r = singletonSeq(a);
        while (true) {
            int m = mark;
            if (expect(COMMA) != null && (a = import_from_as_name()) != null) {
                r.add(a);
            } else {
                mark = m;
                break;
            }
        }
        return r;
    }

    /** {@code import_from_as_name: a=NAME b=['as' z=NAME { z }] { alias(a, b) }} */
    final Alias import_from_as_name() {
        int start = mark;
        Expr.Name a = name_token();
        if (a == null) {
            return null;
        }
        return aliasWithOptionalAs(a.id(), start);
    }

    private Alias aliasWithOptionalAs(String name, int start) {
        int m = mark;
        Expr.Name b = null;
        if (expect(K_AS) != null) {
            b = name_token();
            if (b == null) {
                mark = m;
            }
        }
        Token s = tokens[start];
        Token e = lastToken();
        return new Alias(name, b == null ? null : b.id(), s.lineno(), s.colOffset(), e.endLineno(),
                e.endColOffset());
    }

    /** {@code dotted_as_names: a=','.dotted_as_name+ { a }} */
    final List<Alias> dotted_as_names() {
        Alias a = dotted_as_name();
        if (a == null) {
            return null;
        }
        List<Alias> r = singletonSeq(a);
        while (true) {
            int m = mark;
            if (expect(COMMA) != null && (a = dotted_as_name()) != null) {
                r.add(a);
            } else {
                mark = m;
                break;
            }
        }
        return r;
    }

    /** {@code dotted_as_name: a=dotted_name b=['as' z=NAME { z }] { alias(a, b) }} */
    final Alias dotted_as_name() {
        int start = mark;
        Expr.Name a = dotted_name();
        if (a == null) {
            return null;
        }
        return aliasWithOptionalAs(a.id(), start);
    }

    /** {@code dotted_name: a=dotted_name '.' b=NAME { join_names_with_dot(a, b) } | NAME} */
    final Expr.Name dotted_name() {
        if (isMemoized(DOTTED_NAME)) {
            return (Expr.Name) memoResult;
        }
        int start = mark;
        Expr.Name a = name_token();
        while (a != null) {
            int m = mark;
            Expr.Name b;
            if (expect(DOT) != null && (b = name_token()) != null) {
                a = joinNamesWithDot(a, b);
            } else {
                mark = m;
                break;
            }
        }
        memoize(start, DOTTED_NAME, a);
        return a;
    }
}
