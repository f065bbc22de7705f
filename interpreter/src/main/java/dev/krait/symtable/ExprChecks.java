package dev.krait.symtable;

import dev.krait.ast.Arguments;
import dev.krait.ast.CmpOp;
import dev.krait.ast.Comprehension;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Keyword;
import dev.krait.ast.Stmt;
import java.util.List;

/**
 * The expression half of {@link StaticChecks}: walks expressions in code-generation order,
 * moving the current location to each expression while it is compiled (and back after), and
 * raises or records what {@code compiler_visit_expr} and its helpers do: yield and await outside
 * their functions, starred expressions out of place, {@code __debug__} targets, repeated keyword
 * arguments, and the "perhaps you missed a comma?" warnings.
 */
// CPython: Python/compile.c compiler_visit_expr1 and its helpers
final class ExprChecks {
    private final StaticChecks c;

    ExprChecks(StaticChecks checks) {
        this.c = checks;
    }

    void visitAll(List<Expr> exprs) {
        for (Expr e : exprs) {
            visit(e);
        }
    }

    void visitOptional(Expr e) {
        if (e != null) {
            visit(e);
        }
    }

    // CPython: Python/compile.c compiler_visit_expr (the location is restored afterwards)
    void visit(Expr e) {
        int lineno = c.lineno;
        int col = c.col;
        int endLineno = c.endLineno;
        int endCol = c.endCol;
        c.setLocation(e);
        visitHere(e);
        c.lineno = lineno;
        c.col = col;
        c.endLineno = endLineno;
        c.endCol = endCol;
    }

    private void visitHere(Expr expr) {
        switch (expr) {
            case Expr.NamedExpr e -> {
                visit(e.value());
                visit(e.target());
            }
            case Expr.BoolOp e -> visitAll(e.values());
            case Expr.BinOp e -> {
                visit(e.left());
                visit(e.right());
            }
            case Expr.UnaryOp e when foldsIntoCompare(e) -> foldedNot(e);
            case Expr.UnaryOp e -> visit(e.operand());
            case Expr.Lambda e -> {
                c.checkDebugArgs(e.args());
                defaults(e.args());
                c.inUnit(StaticChecks.UnitKind.LAMBDA, e, () -> visit(e.body()));
            }
            case Expr.IfExp e -> {
                condition(e.test());
                visit(e.body());
                visit(e.orelse());
            }
            case Expr.Dict e -> {
                for (int i = 0; i < e.values().size(); i++) {
                    visitOptional(e.keys().get(i));
                    visit(e.values().get(i));
                }
            }
            case Expr.Set e -> elements(e.elts());
            case Expr.ListComp e -> comprehension(e, false, e.generators(), e.elt(), null);
            case Expr.SetComp e -> comprehension(e, false, e.generators(), e.elt(), null);
            case Expr.DictComp e -> comprehension(e, false, e.generators(), e.key(), e.value());
            case Expr.GeneratorExp e -> comprehension(e, true, e.generators(), e.elt(), null);
            case Expr.Yield e -> {
                if (c.scope.kind() != Scope.Kind.FUNCTION) {
                    throw c.error("'yield' outside function");
                }
                visitOptional(e.value());
            }
            case Expr.YieldFrom e -> {
                if (c.scope.kind() != Scope.Kind.FUNCTION) {
                    throw c.error("'yield' outside function");
                }
                if (c.unit == StaticChecks.UnitKind.ASYNC_FUNCTION) {
                    throw c.error("'yield from' inside async function");
                }
                visit(e.value());
            }
            case Expr.Await e -> {
                if (!c.isTopLevelAwait() && c.scope.kind() != Scope.Kind.FUNCTION) {
                    throw c.error("'await' outside function");
                }
                if (!c.isTopLevelAwait() && c.unit != StaticChecks.UnitKind.ASYNC_FUNCTION
                        && c.unit != StaticChecks.UnitKind.COMPREHENSION) {
                    throw c.error("'await' outside async function");
                }
                visit(e.value());
            }
            case Expr.Compare e -> {
                checkCompare(e);
                visit(e.left());
                visitAll(e.comparators());
            }
            case Expr.Call e -> call(e);
            case Expr.FormattedValue e -> {
                visit(e.value());
                visitOptional(e.formatSpec());
            }
            case Expr.JoinedStr e -> visitAll(e.values());
            case Expr.Constant e -> { }
            case Expr.Attribute e -> {
                visit(e.value());
                matchAttributeStart(e);
                if (e.ctx() == ExprContext.Store) {
                    c.forbiddenName(e.attr(), false);
                }
            }
            case Expr.Subscript e -> {
                if (e.ctx() == ExprContext.Load) {
                    Warnings.checkSubscript(c, e);
                }
                visit(e.value());
                visit(e.slice());
            }
            case Expr.Starred e -> throw c.error(e.ctx() == ExprContext.Store
                    ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here");
            case Expr.Slice e -> {
                visitOptional(e.lower());
                visitOptional(e.upper());
                visitOptional(e.step());
            }
            case Expr.Name e -> {
                if (e.ctx() != ExprContext.Load) {
                    c.forbiddenName(e.id(), e.ctx() == ExprContext.Del);
                }
            }
            case Expr.List e -> sequence(e.elts(), e.ctx());
            case Expr.Tuple e -> sequence(e.elts(), e.ctx());
        }
    }

    /**
     * A multi-line attribute is placed at its attribute name, so that a traceback points at the
     * line of the attribute rather than the start of the object.
     */
    // CPython: Python/compile.c update_start_location_to_match_attr
    void matchAttributeStart(Expr.Attribute e) {
        if (c.lineno != e.endLineno()) {
            c.lineno = e.endLineno();
            int length = e.attr().length();
            if (length <= e.endColOffset()) {
                c.col = e.endColOffset() - length;
            } else {
                c.col = -1;
                c.endCol = -1;
            }
        }
    }

    // CPython: Python/compile.c compiler_list, compiler_tuple, assignment_helper, unpack_helper,
    // starunpack_helper
    private void sequence(List<Expr> elts, ExprContext ctx) {
        if (ctx == ExprContext.Store) {
            boolean seenStar = false;
            for (int i = 0; i < elts.size(); i++) {
                if (elts.get(i) instanceof Expr.Starred) {
                    if (seenStar) {
                        throw c.error("multiple starred expressions in assignment");
                    }
                    if (i >= (1 << 8) || elts.size() - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                        throw c.error("too many expressions in star-unpacking assignment");
                    }
                    seenStar = true;
                }
            }
            elements(elts);
        } else if (ctx == ExprContext.Load) {
            elements(elts);
        } else {
            visitAll(elts);
        }
    }

    /** Elements where a starred item is unpacked: its value is compiled in its place. */
    private void elements(List<Expr> elts) {
        for (Expr e : elts) {
            visit(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    // CPython: Python/compile.c compiler_augassign
    void augAssign(Stmt.AugAssign s) {
        Expr target = s.target();
        int lineno = c.lineno;
        int col = c.col;
        int endLineno = c.endLineno;
        int endCol = c.endCol;
        c.setLocation(target);
        switch (target) {
            case Expr.Attribute a -> visit(a.value());
            case Expr.Subscript sub -> {
                visit(sub.value());
                visit(sub.slice());
            }
            default -> { }
        }
        c.lineno = lineno;
        c.col = col;
        c.endLineno = endLineno;
        c.endCol = endCol;
        visit(s.value());
        c.setLocation(target);
        if (target instanceof Expr.Name n) {
            c.forbiddenName(n.id(), false);
        }
    }

    /** A test compiled as a jump: {@code not}, {@code and}/{@code or} and chains keep the place. */
    // CPython: Python/compile.c compiler_jump_if
    void condition(Expr e) {
        switch (e) {
            case Expr.UnaryOp u when foldsIntoCompare(u) -> visit(u);
            case Expr.UnaryOp u when u.op() == dev.krait.ast.UnaryOp.Not -> condition(u.operand());
            case Expr.BoolOp b -> {
                for (Expr value : b.values()) {
                    condition(value);
                }
            }
            case Expr.IfExp i -> {
                condition(i.test());
                condition(i.body());
                condition(i.orelse());
            }
            case Expr.Compare cmp when cmp.ops().size() > 1 -> {
                checkCompare(cmp);
                visit(cmp.left());
                visitAll(cmp.comparators());
            }
            default -> visit(e);
        }
    }

    // CPython: Python/compile.c compiler_default_arguments
    void defaults(Arguments args) {
        visitAll(args.defaults());
        for (Expr e : args.kwDefaults()) {
            visitOptional(e);
        }
    }

    /** The subscript of an annotated target without a value: only evaluated, never stored. */
    // CPython: Python/compile.c check_ann_subscr
    void annotationSlice(Expr slice) {
        switch (slice) {
            case Expr.Slice s -> {
                visitOptional(s.lower());
                visitOptional(s.upper());
                visitOptional(s.step());
            }
            case Expr.Tuple t -> {
                for (Expr e : t.elts()) {
                    annotationSlice(e);
                }
            }
            default -> visit(slice);
        }
    }

    // CPython: Python/compile.c compiler_call
    private void call(Expr.Call e) {
        validateKeywords(e.keywords());
        if (e.func() instanceof Expr.Attribute method && method.ctx() == ExprContext.Load
                && !isImported(method.value()) && simpleArguments(e)) {
            visit(method.value());
            visitAll(e.args());
            for (Keyword k : e.keywords()) {
                visit(k.value());
            }
            return;
        }
        Warnings.checkCaller(c, e.func());
        visit(e.func());
        callArguments(e.args(), e.keywords());
    }

    /** Whether a method call takes CPython's fast path: no unpacking, few arguments. */
    // CPython: Python/compile.c maybe_optimize_method_call
    private static boolean simpleArguments(Expr.Call e) {
        int n = e.args().size();
        int k = e.keywords().size();
        if (n + k + (k != 0 ? 1 : 0) >= 30) {
            return false;
        }
        for (Expr a : e.args()) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword kw : e.keywords()) {
            if (kw.arg() == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether the object is a name the module binds by an import (CPython then avoids LOAD_METHOD). */
    private boolean isImported(Expr value) {
        return value instanceof Expr.Name n
                && (c.table.top().flagsOf(n.id()) & SymbolFlags.DEF_IMPORT) != 0;
    }

    // CPython: Python/compile.c compiler_call_helper
    void callArguments(List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        elements(args);
        for (Keyword k : keywords) {
            visit(k.value());
        }
    }

    // CPython: Python/compile.c validate_keywords
    private void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword key = keywords.get(i);
            if (key.arg() == null) {
                continue;
            }
            c.forbiddenName(key.arg(), false);
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (key.arg().equals(other.arg())) {
                    c.setLocation(other);
                    throw c.error("keyword argument repeated: " + key.arg());
                }
            }
        }
    }

    // CPython: Python/compile.c check_compare
    /**
     * Whether CPython's AST optimizer folds this {@code not} into the comparison below it:
     * {@code not a is b} becomes {@code a is not b} (also {@code in}, and through several
     * {@code not}s), so the checks see the inverted operator. CPython: Python/ast_opt.c
     * fold_unaryop.
     */
    private static boolean foldsIntoCompare(Expr.UnaryOp u) {
        if (u.op() != dev.krait.ast.UnaryOp.Not) {
            return false;
        }
        return switch (u.operand()) {
            case Expr.Compare cmp -> cmp.ops().size() == 1 && switch (cmp.ops().get(0)) {
                case Is, IsNot, In, NotIn -> true;
                default -> false;
            };
            case Expr.UnaryOp inner -> foldsIntoCompare(inner);
            default -> false;
        };
    }

    /** A {@code not} folded into the comparison it negates, at the comparison's place. */
    private void foldedNot(Expr.UnaryOp u) {
        boolean negated = false;
        Expr e = u;
        while (e instanceof Expr.UnaryOp not) {
            negated = !negated;
            e = not.operand();
        }
        Expr.Compare cmp = (Expr.Compare) e;
        c.setLocation(cmp);
        checkCompare(cmp, negated);
        visit(cmp.left());
        visitAll(cmp.comparators());
    }

    private void checkCompare(Expr.Compare e) {
        checkCompare(e, false);
    }

    private void checkCompare(Expr.Compare e, boolean negated) {
        boolean left = Warnings.isSingletonOrNotConstant(c, e.left());
        for (int i = 0; i < e.ops().size(); i++) {
            CmpOp op = e.ops().get(i);
            if (negated) {
                op = op == CmpOp.Is ? CmpOp.IsNot : op == CmpOp.IsNot ? CmpOp.Is : op;
            }
            boolean right = Warnings.isSingletonOrNotConstant(c, e.comparators().get(i));
            if ((op == CmpOp.Is || op == CmpOp.IsNot) && (!right || !left)) {
                c.warn(op == CmpOp.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
        }
    }

    // CPython: Python/compile.c compiler_comprehension
    private void comprehension(Expr e, boolean generatorExpression,
            List<Comprehension> generators, Expr elt, Expr value) {
        StaticChecks.UnitKind outer = c.unit;
        boolean topLevelAwait = c.isTopLevelAwait();
        c.inUnit(StaticChecks.UnitKind.COMPREHENSION, e, () -> {
            c.setLocation(e);
            if (c.scope.isCoroutine() && !generatorExpression
                    && outer != StaticChecks.UnitKind.ASYNC_FUNCTION
                    && outer != StaticChecks.UnitKind.COMPREHENSION && !topLevelAwait) {
                throw c.error("asynchronous comprehension outside of an asynchronous function");
            }
            generator(generators, 0, elt, value);
        });
        visit(generators.get(0).iter());
    }

    // CPython: Python/compile.c compiler_sync_comprehension_generator,
    // compiler_async_comprehension_generator
    private void generator(List<Comprehension> generators, int index, Expr elt, Expr value) {
        Comprehension g = generators.get(index);
        if (index > 0) {
            visit(g.iter());
        }
        if (g.isAsync() != 0) {
            c.push(StaticChecks.FrameKind.ASYNC_COMPREHENSION_GENERATOR, null);
        }
        visit(g.target());
        for (Expr test : g.ifs()) {
            condition(test);
        }
        if (index + 1 < generators.size()) {
            generator(generators, index + 1, elt, value);
        } else {
            visit(elt);
            visitOptional(value);
        }
        if (g.isAsync() != 0) {
            c.pop();
        }
    }
}
