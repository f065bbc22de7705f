package dev.krait.fuzz;

import dev.krait.ast.Alias;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.ExceptHandler;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Keyword;
import dev.krait.ast.MatchCase;
import dev.krait.ast.Mod;
import dev.krait.ast.Operator;
import dev.krait.ast.Stmt;
import dev.krait.ast.WithItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Random statements of every kind, nested into blocks: definitions with decorators and every
 * parameter form, classes with keywords, every loop and {@code with} form (async ones too), try
 * with {@code except*}, match with every pattern kind, global/nonlocal, imports, annotated and
 * augmented assignments. Break/continue appear only in loops and return/yield only in functions,
 * so the programs look like real ones, although {@code ast.parse} would take them anywhere.
 */
final class StmtGenerator {
    private final GenContext g;
    private final ExprGenerator e;
    private final PatternGenerator p;

    StmtGenerator(GenContext g) {
        this.g = g;
        this.e = new ExprGenerator(g);
        this.p = new PatternGenerator(g);
    }

    Mod.Module module() {
        List<Stmt> body = block(1, 8);
        return new Mod.Module(body, List.of());
    }

    private List<Stmt> block(int lo, int hi) {
        List<Stmt> body = new ArrayList<>();
        if (g.chance(0.1)) {
            body.add(new Stmt.Expr(new Expr.Constant(new ConstantValue.Str(
                    g.pickOf("doc", "multi\nline doc", "quote\"end", "it's \\ here")), null,
                    0, 0, 0, 0), 0, 0, 0, 0));
        }
        for (int n = g.count(lo, hi); body.size() < n || body.isEmpty(); ) {
            body.add(stmt());
        }
        return body;
    }

    Stmt stmt() {
        g.budget--;
        if (g.mustBeLeaf() || g.chance(0.4)) {
            return simple();
        }
        g.depth++;
        try {
            return compound();
        } finally {
            g.depth--;
        }
    }

    private Stmt simple() {
        switch (g.nextInt(17)) {
            case 0: return new Stmt.Pass(0, 0, 0, 0);
            case 1: return g.inLoop ? new Stmt.Break(0, 0, 0, 0) : new Stmt.Pass(0, 0, 0, 0);
            case 2: return g.inLoop ? new Stmt.Continue(0, 0, 0, 0) : new Stmt.Pass(0, 0, 0, 0);
            case 3: return new Stmt.Return(g.inFunction && g.chance(0.7) ? value() : null,
                    0, 0, 0, 0);
            case 4: {
                List<Expr> targets = new ArrayList<>();
                for (int n = g.between(1, 2); targets.size() < n; ) {
                    targets.add(e.target());
                }
                return new Stmt.Assign(targets, value(), null, 0, 0, 0, 0);
            }
            case 5: return new Stmt.AugAssign(e.singleTarget(),
                    g.pick(List.of(Operator.values())),
                    g.inFunction && g.chance(0.1) ? e.yieldExpr()
                    : e.expr(), 0, 0, 0, 0);
            case 6: {
                Expr target = e.singleTarget();
                boolean isName = target instanceof Expr.Name;
                return new Stmt.AnnAssign(target, e.expr(), g.chance(0.6) ? value() : null,
                        isName && g.chance(0.8) ? 1 : 0, 0, 0, 0, 0);
            }
            case 7: {
                List<Expr> targets = new ArrayList<>();
                for (int n = g.between(1, 3); targets.size() < n; ) {
                    targets.add(delTarget());
                }
                return new Stmt.Delete(targets, 0, 0, 0, 0);
            }
            case 8: return new Stmt.Assert(e.expr(), g.chance(0.4) ? e.expr() : null, 0, 0, 0, 0);
            case 9: return new Stmt.Raise(g.chance(0.8) ? e.expr() : null, null, 0, 0, 0, 0);
            case 10: return new Stmt.Raise(e.expr(), e.expr(), 0, 0, 0, 0);
            case 11: return new Stmt.Import(aliases(true), 0, 0, 0, 0);
            case 12: {
                int level = g.pickOf(0, 0, 1, 2, 3);
                String module = level > 0 && g.chance(0.4) ? null : dottedName();
                List<Alias> names = g.chance(0.1)
                        ? List.of(new Alias("*", null, 0, 0, 0, 0)) : aliases(false);
                return new Stmt.ImportFrom(module, names, level, 0, 0, 0, 0);
            }
            case 13: return new Stmt.Global(names(), 0, 0, 0, 0);
            case 14: return new Stmt.Nonlocal(names(), 0, 0, 0, 0);
            default: return new Stmt.Expr(g.inFunction && g.chance(0.15) ? e.yieldExpr() : e.expr(),
                    0, 0, 0, 0);
        }
    }

    /** The right side of an assignment or return: an expression, a bare tuple, a yield. */
    private Expr value() {
        if (g.inFunction && g.chance(0.1)) {
            return e.yieldExpr();
        }
        if (g.chance(0.15)) {
            return new Expr.Tuple(e.starredList(2, 3), ExprContext.Load, 0, 0, 0, 0);
        }
        return e.expr();
    }

    private Expr delTarget() {
        Expr t = e.singleTarget();
        if (t instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ExprContext.Del, 0, 0, 0, 0);
        }
        if (g.chance(0.2)) {
            return new Expr.Tuple(List.of(new Expr.Name("a", ExprContext.Del, 0, 0, 0, 0),
                    new Expr.Name("b", ExprContext.Del, 0, 0, 0, 0)), ExprContext.Del, 0, 0, 0, 0);
        }
        return t;
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (int n = g.between(1, 3); names.size() < n; ) {
            names.add(g.name());
        }
        return names;
    }

    private String dottedName() {
        return g.pickOf("os", "os.path", "a.b.c", "match", "\u00e9t\u00e9");
    }

    private List<Alias> aliases(boolean dotted) {
        List<Alias> list = new ArrayList<>();
        for (int n = g.between(1, 3); list.size() < n; ) {
            list.add(new Alias(dotted ? dottedName() : g.name(), g.chance(0.3) ? g.name() : null,
                    0, 0, 0, 0));
        }
        return list;
    }

    private Stmt compound() {
        return switch (g.nextInt(12)) {
            case 0 -> function(false);
            case 1 -> function(true);
            case 2 -> classDef();
            case 3 -> loop(false);
            case 4 -> {
                boolean saved = g.inLoop;
                g.inLoop = true;
                List<Stmt> body = block(1, 3);
                g.inLoop = saved;
                yield new Stmt.While(e.expr(), body, g.chance(0.3) ? block(1, 2) : List.of(),
                        0, 0, 0, 0);
            }
            case 5 -> ifStmt(g.chance(0.2) ? 3 : 1);
            case 6 -> with(false);
            case 7 -> tryStmt();
            case 8 -> match();
            case 9 -> g.inAsyncFunction ? loop(true) : loop(false);
            case 10 -> g.inAsyncFunction ? with(true) : with(false);
            default -> simple();
        };
    }

    private Stmt function(boolean async) {
        List<Expr> decorators = decorators();
        boolean savedF = g.inFunction;
        boolean savedA = g.inAsyncFunction;
        boolean savedL = g.inLoop;
        g.inFunction = true;
        g.inAsyncFunction = async;
        g.inLoop = false;
        var args = e.arguments(true);
        Expr returns = g.chance(0.3) ? e.expr() : null;
        List<Stmt> body = block(1, 4);
        g.inFunction = savedF;
        g.inAsyncFunction = savedA;
        g.inLoop = savedL;
        String name = g.pickOf("f", "g", "__init__", "match", "run");
        return async
                ? new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, null, 0, 0, 0, 0)
                : new Stmt.FunctionDef(name, args, body, decorators, returns, null, 0, 0, 0, 0);
    }

    private List<Expr> decorators() {
        List<Expr> list = new ArrayList<>();
        for (int n = g.chance(0.3) ? g.between(1, 2) : 0; list.size() < n; ) {
            list.add(e.expr());
        }
        return list;
    }

    private Stmt classDef() {
        List<Expr> decorators = decorators();
        List<Expr> bases = e.starredList(0, 2);
        List<Keyword> keywords = new ArrayList<>();
        if (g.chance(0.3)) {
            keywords.add(new Keyword("metaclass", e.expr(), 0, 0, 0, 0));
        }
        if (g.chance(0.2)) {
            keywords.add(new Keyword(null, e.expr(), 0, 0, 0, 0));
        }
        boolean savedF = g.inFunction;
        boolean savedL = g.inLoop;
        g.inFunction = false;
        g.inLoop = false;
        List<Stmt> body = block(1, 4);
        g.inFunction = savedF;
        g.inLoop = savedL;
        return new Stmt.ClassDef(g.pickOf("C", "Point", "match"), bases, keywords, body,
                decorators, 0, 0, 0, 0);
    }

    private Stmt loop(boolean async) {
        Expr target = e.target();
        Expr iter = g.chance(0.15)
                ? new Expr.Tuple(e.starredList(2, 3), ExprContext.Load, 0, 0, 0, 0) : e.expr();
        boolean saved = g.inLoop;
        g.inLoop = true;
        List<Stmt> body = block(1, 3);
        g.inLoop = saved;
        List<Stmt> orelse = g.chance(0.3) ? block(1, 2) : List.of();
        return async ? new Stmt.AsyncFor(target, iter, body, orelse, null, 0, 0, 0, 0)
                : new Stmt.For(target, iter, body, orelse, null, 0, 0, 0, 0);
    }

    private Stmt ifStmt(int chain) {
        Expr test = e.expr();
        List<Stmt> body = block(1, 3);
        List<Stmt> orelse;
        if (chain > 1) {
            orelse = List.of(ifStmt(chain - 1));
        } else {
            orelse = g.chance(0.4) ? block(1, 2) : List.of();
        }
        return new Stmt.If(test, body, orelse, 0, 0, 0, 0);
    }

    private Stmt with(boolean async) {
        List<WithItem> items = new ArrayList<>();
        for (int n = g.between(1, 3); items.size() < n; ) {
            Expr context = e.expr();
            if (context instanceof Expr.Tuple) {
                context = e.atom(); // "with (a,):" is one parenthesised with-item, not a tuple
            }
            items.add(new WithItem(context, g.chance(0.5) ? e.target() : null));
        }
        List<Stmt> body = block(1, 3);
        return async ? new Stmt.AsyncWith(items, body, null, 0, 0, 0, 0)
                : new Stmt.With(items, body, null, 0, 0, 0, 0);
    }

    private Stmt tryStmt() {
        boolean star = g.chance(0.3);
        List<Stmt> body = block(1, 3);
        List<ExceptHandler> handlers = new ArrayList<>();
        int n = star ? g.between(1, 2) : g.between(0, 2);
        for (int i = 0; i < n; i++) {
            boolean bare = !star && i == n - 1 && g.chance(0.3);
            handlers.add(new ExceptHandler(bare ? null : e.expr(),
                    !bare && g.chance(0.4) ? g.name() : null, block(1, 2), 0, 0, 0, 0));
        }
        List<Stmt> orelse = !handlers.isEmpty() && g.chance(0.3) ? block(1, 2) : List.of();
        List<Stmt> finalbody = handlers.isEmpty() || g.chance(0.3) ? block(1, 2) : List.of();
        return star ? new Stmt.TryStar(body, handlers, orelse, finalbody, 0, 0, 0, 0)
                : new Stmt.Try(body, handlers, orelse, finalbody, 0, 0, 0, 0);
    }

    private Stmt match() {
        Expr subject = g.chance(0.2)
                ? new Expr.Tuple(e.starredList(2, 3), ExprContext.Load, 0, 0, 0, 0) : e.expr();
        List<MatchCase> cases = new ArrayList<>();
        for (int n = g.between(1, 3); cases.size() < n; ) {
            cases.add(new MatchCase(p.pattern(), g.chance(0.3) ? e.expr() : null, block(1, 2)));
        }
        return new Stmt.Match(subject, cases, 0, 0, 0, 0);
    }
}
