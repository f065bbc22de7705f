package dev.krait.symtable;

import dev.krait.ast.Alias;
import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.Comprehension;
import dev.krait.ast.ExceptHandler;
import dev.krait.ast.Expr;
import dev.krait.ast.Keyword;
import dev.krait.ast.MatchCase;
import dev.krait.ast.Pattern;
import dev.krait.ast.Stmt;
import dev.krait.ast.WithItem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Computes each function's {@code co_varnames}: its parameters, then its other fast locals in
 * the order CPython's code generator first meets them (a name enters the table at its first
 * load, store or delete), which is not the symbol table's order: {@code x = y} evaluates
 * {@code y} first. A local the code generator never reaches (a walrus inside a variable
 * annotation in a function) is left out, as in CPython.
 *
 * <p>The walk follows {@code Python/compile.c}'s evaluation order: decorators, then defaults, then
 * annotations, then the body of a function; values before targets; a comprehension's first
 * iterable in the enclosing block.
 */
// CPython: Python/compile.c compiler_nameop (compiler_add_o on u_varnames)
final class LocalsOrder {
    private final SymbolTable table;
    private final boolean futureAnnotations;
    /** The block being compiled. */
    private Scope scope;
    private LinkedHashSet<String> names;
    private String privateName;
    /**
     * The enclosing loops ({@code null} entries) and try-finally bodies (their finally blocks) of
     * the block being compiled: {@code return}, {@code break} and {@code continue} compile the
     * finally blocks they leave, before the rest of the body is compiled.
     */
    private ArrayList<List<Stmt>> frames = new ArrayList<>();

    private LocalsOrder(SymbolTable table, boolean futureAnnotations) {
        this.table = table;
        this.futureAnnotations = futureAnnotations;
    }

    static void compute(SymbolTable table, List<Stmt> moduleBody, boolean futureAnnotations) {
        LocalsOrder walk = new LocalsOrder(table, futureAnnotations);
        walk.scope = table.top();
        walk.statements(moduleBody);
    }

    static void computeExpression(SymbolTable table, Expr body) {
        LocalsOrder walk = new LocalsOrder(table, false);
        walk.scope = table.top();
        walk.expr(body);
    }

    private void name(String id) {
        if (names != null) {
            String mangled = Mangling.mangle(privateName, id);
            if (scope.scopeOf(mangled) == NameScope.LOCAL) {
                names.add(mangled);
            }
        }
    }

    /** Walks a nested block, then records its varnames. */
    private void block(Object node, Runnable body, String classPrivate) {
        Scope outerScope = scope;
        LinkedHashSet<String> outerNames = names;
        String outerPrivate = privateName;
        ArrayList<List<Stmt>> outerFrames = frames;
        frames = new ArrayList<>();
        scope = table.scopeOf(node);
        if (classPrivate != null) {
            privateName = classPrivate;
        }
        if (scope.kind() == Scope.Kind.FUNCTION) {
            names = new LinkedHashSet<>(scope.parameters);
        } else {
            names = null;
        }
        body.run();
        scope.setVarnames(names == null ? List.copyOf(scope.parameters) : List.copyOf(names));
        scope = outerScope;
        names = outerNames;
        privateName = outerPrivate;
        frames = outerFrames;
    }

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt statement) {
        switch (statement) {
            case Stmt.FunctionDef s -> function(s, s.name(), s.args(), s.body(),
                    s.decoratorList(), s.returns());
            case Stmt.AsyncFunctionDef s -> function(s, s.name(), s.args(), s.body(),
                    s.decoratorList(), s.returns());
            case Stmt.ClassDef s -> {
                exprs(s.decoratorList());
                block(s, () -> statements(s.body()), s.name());
                exprs(s.bases());
                keywords(s.keywords());
                name(s.name());
            }
            case Stmt.Return s -> {
                optional(s.value());
                unwind(false);
            }
            case Stmt.Delete s -> exprs(s.targets());
            case Stmt.Assign s -> {
                expr(s.value());
                exprs(s.targets());
            }
            case Stmt.AugAssign s -> {
                expr(s.target());
                expr(s.value());
            }
            case Stmt.AnnAssign s -> annAssign(s);
            case Stmt.For s -> loop(s.iter(), s.target(), s.body(), s.orelse());
            case Stmt.AsyncFor s -> loop(s.iter(), s.target(), s.body(), s.orelse());
            case Stmt.While s -> {
                expr(s.test());
                frames.add(null);
                statements(s.body());
                frames.remove(frames.size() - 1);
                statements(s.orelse());
            }
            case Stmt.If s -> {
                expr(s.test());
                statements(s.body());
                statements(s.orelse());
            }
            case Stmt.Match s -> {
                expr(s.subject());
                for (MatchCase c : s.cases()) {
                    pattern(c.pattern());
                    optional(c.guard());
                    statements(c.body());
                }
            }
            case Stmt.Raise s -> {
                optional(s.exc());
                optional(s.cause());
            }
            case Stmt.Try s -> tryStatement(s.body(), s.orelse(), s.handlers(), s.finalbody());
            case Stmt.TryStar s -> tryStatement(s.body(), s.orelse(), s.handlers(),
                    s.finalbody());
            case Stmt.Assert s -> {
                expr(s.test());
                optional(s.msg());
            }
            case Stmt.Import s -> aliases(s.names());
            case Stmt.ImportFrom s -> aliases(s.names());
            case Stmt.Expr s -> expr(s.value());
            case Stmt.With s -> withItems(s.items(), s.body());
            case Stmt.AsyncWith s -> withItems(s.items(), s.body());
            case Stmt.Global s -> { }
            case Stmt.Nonlocal s -> { }
            case Stmt.Pass s -> { }
            case Stmt.Break s -> unwind(true);
            case Stmt.Continue s -> unwind(true);
        }
    }

    // CPython: Python/compile.c compiler_function
    private void function(Stmt s, String name, Arguments args, List<Stmt> body,
            List<Expr> decorators, Expr returns) {
        exprs(decorators);
        defaults(args);
        if (!futureAnnotations) {
            argAnnotations(args.args());
            argAnnotations(args.posonlyargs());
            argAnnotation(args.vararg());
            argAnnotations(args.kwonlyargs());
            argAnnotation(args.kwarg());
            optional(returns);
        }
        int first = FutureFeatures.hasDocstring(body) ? 1 : 0;
        block(s, () -> statements(body.subList(first, body.size())), null);
        name(name);
    }

    // CPython: Python/compile.c compiler_default_arguments
    private void defaults(Arguments args) {
        exprs(args.defaults());
        for (Expr e : args.kwDefaults()) {
            optional(e);
        }
    }

    private void argAnnotations(List<Arg> args) {
        for (Arg a : args) {
            argAnnotation(a);
        }
    }

    private void argAnnotation(Arg a) {
        if (a != null) {
            optional(a.annotation());
        }
    }

    // CPython: Python/compile.c compiler_annassign
    private void annAssign(Stmt.AnnAssign s) {
        if (s.value() != null) {
            expr(s.value());
            expr(s.target());
        }
        boolean evaluatesAnnotations = scope.kind() != Scope.Kind.FUNCTION;
        switch (s.target()) {
            case Expr.Name n -> {
                if (s.simple() != 0 && evaluatesAnnotations && !futureAnnotations) {
                    expr(s.annotation());
                }
            }
            case Expr.Attribute a -> {
                if (s.value() == null) {
                    expr(a.value());
                }
            }
            case Expr.Subscript sub -> {
                if (s.value() == null) {
                    expr(sub.value());
                    expr(sub.slice());
                }
            }
            default -> { }
        }
        if (s.simple() == 0 && !futureAnnotations && evaluatesAnnotations) {
            expr(s.annotation());
        }
    }

    private void loop(Expr iter, Expr target, List<Stmt> body, List<Stmt> orelse) {
        expr(iter);
        expr(target);
        frames.add(null);
        statements(body);
        frames.remove(frames.size() - 1);
        statements(orelse);
    }

    // CPython: Python/compile.c compiler_try_except (the else block before the handlers)
    private void tryStatement(List<Stmt> body, List<Stmt> orelse, List<ExceptHandler> handlers,
            List<Stmt> finalbody) {
        if (!finalbody.isEmpty()) {
            frames.add(finalbody);
        }
        statements(body);
        statements(orelse);
        for (ExceptHandler h : handlers) {
            optional(h.type());
            if (h.name() != null) {
                name(h.name());
            }
            statements(h.body());
        }
        if (!finalbody.isEmpty()) {
            frames.remove(frames.size() - 1);
        }
        statements(finalbody);
    }

    /**
     * Compiles the finally blocks that a {@code return} (all of them) or a {@code break} or
     * {@code continue} (those inside the innermost loop) leaves, innermost first, each with the
     * frames outside it.
     */
    // CPython: Python/compile.c compiler_unwind_fblock_stack
    private void unwind(boolean toLoop) {
        if (frames.isEmpty()) {
            return;
        }
        List<Stmt> top = frames.get(frames.size() - 1);
        if (top == null && toLoop) {
            return;
        }
        frames.remove(frames.size() - 1);
        if (top != null) {
            statements(top);
        }
        unwind(toLoop);
        frames.add(top);
    }

    private void withItems(List<WithItem> items, List<Stmt> body) {
        for (WithItem item : items) {
            expr(item.contextExpr());
            optional(item.optionalVars());
        }
        statements(body);
    }

    private void aliases(List<Alias> aliases) {
        for (Alias a : aliases) {
            String stored = a.asname() != null ? a.asname() : a.name();
            if (!stored.equals("*")) {
                int dot = stored.indexOf('.');
                name(dot >= 0 ? stored.substring(0, dot) : stored);
            }
        }
    }

    private void keywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            expr(k.value());
        }
    }

    private void optional(Expr e) {
        if (e != null) {
            expr(e);
        }
    }

    private void exprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            expr(e);
        }
    }

    private void expr(Expr expr) {
        switch (expr) {
            case Expr.Name e -> name(e.id());
            case Expr.NamedExpr e -> {
                expr(e.value());
                expr(e.target());
            }
            case Expr.BoolOp e -> exprs(e.values());
            case Expr.BinOp e -> {
                expr(e.left());
                expr(e.right());
            }
            case Expr.UnaryOp e -> expr(e.operand());
            case Expr.Lambda e -> {
                defaults(e.args());
                block(e, () -> expr(e.body()), null);
            }
            case Expr.IfExp e -> {
                expr(e.test());
                expr(e.body());
                expr(e.orelse());
            }
            case Expr.Dict e -> {
                for (int i = 0; i < e.values().size(); i++) {
                    optional(e.keys().get(i));
                    expr(e.values().get(i));
                }
            }
            case Expr.Set e -> exprs(e.elts());
            case Expr.List e -> exprs(e.elts());
            case Expr.Tuple e -> exprs(e.elts());
            case Expr.ListComp e -> comprehension(e, e.generators(), e.elt(), null);
            case Expr.SetComp e -> comprehension(e, e.generators(), e.elt(), null);
            case Expr.GeneratorExp e -> comprehension(e, e.generators(), e.elt(), null);
            case Expr.DictComp e -> comprehension(e, e.generators(), e.key(), e.value());
            case Expr.Await e -> expr(e.value());
            case Expr.Yield e -> optional(e.value());
            case Expr.YieldFrom e -> expr(e.value());
            case Expr.Compare e -> {
                expr(e.left());
                exprs(e.comparators());
            }
            case Expr.Call e -> {
                expr(e.func());
                exprs(e.args());
                keywords(e.keywords());
            }
            case Expr.FormattedValue e -> {
                expr(e.value());
                optional(e.formatSpec());
            }
            case Expr.JoinedStr e -> exprs(e.values());
            case Expr.Constant e -> { }
            case Expr.Attribute e -> expr(e.value());
            case Expr.Subscript e -> {
                expr(e.value());
                expr(e.slice());
            }
            case Expr.Starred e -> expr(e.value());
            case Expr.Slice e -> {
                optional(e.lower());
                optional(e.upper());
                optional(e.step());
            }
        }
    }

    // CPython: Python/compile.c compiler_comprehension, compiler_sync_comprehension_generator
    private void comprehension(Expr e, List<Comprehension> generators, Expr elt, Expr value) {
        block(e, () -> {
            for (int i = 0; i < generators.size(); i++) {
                Comprehension g = generators.get(i);
                if (i > 0) {
                    expr(g.iter());
                }
                expr(g.target());
                exprs(g.ifs());
            }
            expr(elt);
            optional(value);
        }, null);
        expr(generators.get(0).iter());
    }

    // CPython: Python/compile.c compiler_pattern
    private void pattern(Pattern pattern) {
        switch (pattern) {
            case Pattern.MatchValue p -> expr(p.value());
            case Pattern.MatchSingleton p -> { }
            case Pattern.MatchSequence p -> patterns(p.patterns());
            case Pattern.MatchStar p -> {
                if (p.name() != null) {
                    name(p.name());
                }
            }
            case Pattern.MatchMapping p -> {
                exprs(p.keys());
                patterns(p.patterns());
                if (p.rest() != null) {
                    name(p.rest());
                }
            }
            case Pattern.MatchClass p -> {
                expr(p.cls());
                patterns(p.patterns());
                patterns(p.kwdPatterns());
            }
            case Pattern.MatchAs p -> {
                if (p.pattern() != null) {
                    pattern(p.pattern());
                }
                if (p.name() != null) {
                    name(p.name());
                }
            }
            case Pattern.MatchOr p -> patterns(p.patterns());
        }
    }

    private void patterns(List<Pattern> patterns) {
        for (Pattern p : patterns) {
            pattern(p);
        }
    }
}
