package dev.krait.symtable;

import static dev.krait.symtable.SymbolFlags.DEF_COMP_ITER;
import static dev.krait.symtable.SymbolFlags.DEF_GLOBAL;
import static dev.krait.symtable.SymbolFlags.DEF_LOCAL;
import static dev.krait.symtable.SymbolFlags.DEF_NONLOCAL;
import static dev.krait.symtable.SymbolFlags.DEF_PARAM;
import static dev.krait.symtable.SymbolFlags.USE;

import dev.krait.ast.Comprehension;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Keyword;
import dev.krait.ast.Pattern;
import java.util.List;

/**
 * The symbol table's first pass over expressions and match patterns: name uses and bindings,
 * lambdas and comprehensions (each a function block of its own), assignment expressions (which
 * bind in the block enclosing their comprehensions), and the yield/await facts that make a
 * function a generator or a coroutine.
 */
// CPython: Python/symtable.c symtable_visit_expr, symtable_visit_pattern,
// symtable_handle_comprehension, symtable_handle_namedexpr
final class ExprVisitor {
    private final ScopeBuilder st;

    ExprVisitor(ScopeBuilder st) {
        this.st = st;
    }

    void visitAll(List<Expr> exprs) {
        for (Expr e : exprs) {
            visit(e);
        }
    }

    /** Visits a list whose entries may be {@code null} (missing keyword defaults, dict unpacking). */
    void visitAllWithNull(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                visit(e);
            }
        }
    }

    // CPython: Python/symtable.c symtable_visit_expr
    void visit(Expr expr) {
        st.enterNode();
        switch (expr) {
            case Expr.NamedExpr e -> {
                forbiddenInAnnotation("named expression", e);
                namedExpr(e);
            }
            case Expr.BoolOp e -> visitAll(e.values());
            case Expr.BinOp e -> {
                visit(e.left());
                visit(e.right());
            }
            case Expr.UnaryOp e -> visit(e.operand());
            case Expr.Lambda e -> {
                visitAll(e.args().defaults());
                visitAllWithNull(e.args().kwDefaults());
                st.enterBlock("lambda", Scope.Kind.FUNCTION, e, e.lineno(), e.colOffset());
                st.parameters(e.args());
                visit(e.body());
                st.exitBlock();
            }
            case Expr.IfExp e -> {
                visit(e.test());
                visit(e.body());
                visit(e.orelse());
            }
            case Expr.Dict e -> {
                visitAllWithNull(e.keys());
                visitAll(e.values());
            }
            case Expr.Set e -> visitAll(e.elts());
            case Expr.GeneratorExp e -> comprehension(e, "genexpr", Scope.Comprehension.GENERATOR,
                    e.generators(), e.elt(), null);
            case Expr.ListComp e -> comprehension(e, "listcomp", Scope.Comprehension.LIST,
                    e.generators(), e.elt(), null);
            case Expr.SetComp e -> comprehension(e, "setcomp", Scope.Comprehension.SET,
                    e.generators(), e.elt(), null);
            case Expr.DictComp e -> comprehension(e, "dictcomp", Scope.Comprehension.DICT,
                    e.generators(), e.key(), e.value());
            case Expr.Yield e -> {
                forbiddenInAnnotation("yield expression", e);
                if (e.value() != null) {
                    visit(e.value());
                }
                yielded(e);
            }
            case Expr.YieldFrom e -> {
                forbiddenInAnnotation("yield expression", e);
                visit(e.value());
                yielded(e);
            }
            case Expr.Await e -> {
                forbiddenInAnnotation("await expression", e);
                visit(e.value());
                st.current.coroutine = true;
            }
            case Expr.Compare e -> {
                visit(e.left());
                visitAll(e.comparators());
            }
            case Expr.Call e -> {
                visit(e.func());
                visitAll(e.args());
                for (Keyword k : e.keywords()) {
                    visit(k.value());
                }
            }
            case Expr.FormattedValue e -> {
                visit(e.value());
                if (e.formatSpec() != null) {
                    visit(e.formatSpec());
                }
            }
            case Expr.JoinedStr e -> visitAll(e.values());
            case Expr.Constant e -> { }
            case Expr.Attribute e -> visit(e.value());
            case Expr.Subscript e -> {
                visit(e.value());
                visit(e.slice());
            }
            case Expr.Starred e -> visit(e.value());
            case Expr.Slice e -> {
                if (e.lower() != null) {
                    visit(e.lower());
                }
                if (e.upper() != null) {
                    visit(e.upper());
                }
                if (e.step() != null) {
                    visit(e.step());
                }
            }
            case Expr.Name e -> {
                boolean load = e.ctx() == ExprContext.Load;
                st.addDef(e.id(), load ? USE : DEF_LOCAL, e);
                // super() needs the __class__ cell that the class body provides.
                if (load && st.current.kind() == Scope.Kind.FUNCTION && e.id().equals("super")) {
                    st.addDef("__class__", USE, e);
                }
            }
            case Expr.List e -> visitAll(e.elts());
            case Expr.Tuple e -> visitAll(e.elts());
        }
        st.exitNode();
    }

    private void yielded(Expr e) {
        st.current.generator = true;
        if (st.current.isComprehension()) {
            String kind = switch (st.current.comprehension) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                default -> "generator expression";
            };
            throw st.error("'yield' inside " + kind, e);
        }
    }

    // CPython: Python/symtable.c symtable_raise_if_annotation_block
    private void forbiddenInAnnotation(String what, Expr e) {
        if (st.current.kind() == Scope.Kind.ANNOTATION) {
            throw st.error("'" + what + "' can not be used within an annotation", e);
        }
    }

    // CPython: Python/symtable.c symtable_handle_namedexpr
    private void namedExpr(Expr.NamedExpr e) {
        if (st.current.compIterExpr > 0) {
            throw st.error("assignment expression cannot be used in a comprehension iterable "
                    + "expression", e);
        }
        if (st.current.isComprehension()) {
            extendNamedExprScope((Expr.Name) e.target());
        }
        visit(e.value());
        visit(e.target());
    }

    /**
     * Binds the target of a walrus inside a comprehension in the nearest enclosing function or
     * module, declaring it there nonlocal or global from the comprehension's point of view.
     */
    // CPython: Python/symtable.c symtable_extend_namedexpr_scope
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        for (int i = st.stack.size() - 1; i >= 0; i--) {
            Scope scope = st.stack.get(i);
            if (scope.isComprehension()) {
                Integer inScope = scope.symbols.get(name);
                if (inScope != null && (inScope & DEF_COMP_ITER) != 0) {
                    throw st.error("assignment expression cannot rebind comprehension iteration "
                            + "variable '" + name + "'", target);
                }
                continue;
            }
            if (scope.kind() == Scope.Kind.FUNCTION) {
                Integer inScope = scope.symbols.get(name);
                boolean global = inScope != null && (inScope & DEF_GLOBAL) != 0;
                st.addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, target);
                directive(target);
                st.addDef(name, DEF_LOCAL, scope, target.lineno(), target.colOffset(),
                        target.endLineno(), target.endColOffset());
                return;
            }
            if (scope.kind() == Scope.Kind.MODULE) {
                st.addDef(name, DEF_GLOBAL, target);
                directive(target);
                st.addDef(name, DEF_GLOBAL, scope, target.lineno(), target.colOffset(),
                        target.endLineno(), target.endColOffset());
                return;
            }
            if (scope.kind() == Scope.Kind.CLASS) {
                throw st.error("assignment expression within a comprehension cannot be used in "
                        + "a class body", target);
            }
        }
        throw new IllegalStateException("no block encloses the comprehension");
    }

    private void directive(Expr.Name target) {
        st.recordDirective(target.id(), target.lineno(), target.colOffset(), target.endLineno(),
                target.endColOffset());
    }

    // CPython: Python/symtable.c symtable_handle_comprehension
    private void comprehension(Expr e, String name, Scope.Comprehension kind,
            List<Comprehension> generators, Expr elt, Expr value) {
        boolean isGenerator = kind == Scope.Comprehension.GENERATOR;
        Comprehension outermost = generators.get(0);
        // The outermost iterable is evaluated in the enclosing block.
        st.current.compIterExpr++;
        visit(outermost.iter());
        st.current.compIterExpr--;
        st.enterBlock(name, Scope.Kind.FUNCTION, e, e.lineno(), e.colOffset());
        Scope scope = st.current;
        scope.comprehension = kind;
        if (outermost.isAsync() != 0) {
            scope.coroutine = true;
        }
        // ... and passed in as the implicit parameter ".0".
        st.addDef(".0", DEF_PARAM, scope, e.lineno(), e.colOffset(), e.endLineno(),
                e.endColOffset());
        scope.compIterTarget = true;
        visit(outermost.target());
        scope.compIterTarget = false;
        visitAll(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension c = generators.get(i);
            scope.compIterTarget = true;
            visit(c.target());
            scope.compIterTarget = false;
            scope.compIterExpr++;
            visit(c.iter());
            scope.compIterExpr--;
            visitAll(c.ifs());
            if (c.isAsync() != 0) {
                scope.coroutine = true;
            }
        }
        if (value != null) {
            visit(value);
        }
        visit(elt);
        scope.generator = isGenerator;
        boolean isAsync = scope.coroutine && !isGenerator;
        st.exitBlock();
        if (isAsync) {
            st.current.coroutine = true;
        }
    }

    // CPython: Python/symtable.c symtable_visit_pattern
    void visitPattern(Pattern pattern) {
        st.enterNode();
        switch (pattern) {
            case Pattern.MatchValue p -> visit(p.value());
            case Pattern.MatchSingleton p -> { }
            case Pattern.MatchSequence p -> visitPatterns(p.patterns());
            case Pattern.MatchStar p -> {
                if (p.name() != null) {
                    st.addDef(p.name(), DEF_LOCAL, p);
                }
            }
            case Pattern.MatchMapping p -> {
                visitAll(p.keys());
                visitPatterns(p.patterns());
                if (p.rest() != null) {
                    st.addDef(p.rest(), DEF_LOCAL, p);
                }
            }
            case Pattern.MatchClass p -> {
                visit(p.cls());
                visitPatterns(p.patterns());
                visitPatterns(p.kwdPatterns());
            }
            case Pattern.MatchAs p -> {
                if (p.pattern() != null) {
                    visitPattern(p.pattern());
                }
                if (p.name() != null) {
                    st.addDef(p.name(), DEF_LOCAL, p);
                }
            }
            case Pattern.MatchOr p -> visitPatterns(p.patterns());
        }
        st.exitNode();
    }

    private void visitPatterns(List<Pattern> patterns) {
        for (Pattern p : patterns) {
            visitPattern(p);
        }
    }
}
