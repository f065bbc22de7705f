package dev.krait.ast;

import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ThreadState;
import java.util.List;

/**
 * Checks a tree that a program built by hand ({@code compile(ast.Module(...), ...)}) before the
 * compiler sees it: the parser never makes a Compare without comparators, a Name in Store context
 * where a value is read, an empty function body or an inverted position range, but hand-built
 * trees can hold anything the node classes accept. Each problem raises CPython's ValueError or
 * TypeError with CPython's message, instead of the compiler failing somewhere inside.
 *
 * <p>The checks follow CPython's order, so that a tree with several problems reports the one
 * CPython reports. The types of constants need no check here: the conversion from Python objects
 * already refused the types a Constant cannot hold; only how deep tuples of constants nest is
 * checked.
 *
 * <p>CPython counterpart: Python/ast.c ({@code _PyAST_Validate}).
 */
public final class AstValidator {
    /** CPython scales the recursion limit for the validator (COMPILER_STACK_FRAME_SCALE). */
    private static final int STACK_FRAME_SCALE = 3;

    private int depth;
    private final int limit;

    private AstValidator(int depth, int limit) {
        this.depth = depth;
        this.limit = limit;
    }

    /** Raises CPython's exception for the first problem in {@code mod}. */
    public static void validate(Mod mod) {
        ThreadState ts = ThreadState.current();
        int recursionLimit = ts == null ? 1000 : ts.interpreter.recursionLimit();
        int start = ts == null ? 0 : ts.depth;
        AstValidator v = new AstValidator(start * STACK_FRAME_SCALE,
                recursionLimit * STACK_FRAME_SCALE);
        switch (mod) {
            case Mod.Module m -> v.stmts(m.body());
            case Mod.Interactive m -> v.stmts(m.body());
            case Mod.Expression m -> v.expr(m.body(), ExprContext.Load);
            case Mod.FunctionType m -> {
                v.exprs(m.argtypes(), ExprContext.Load, false);
                v.expr(m.returns(), ExprContext.Load);
            }
        }
    }

    private static PyException valueError(String message) {
        return PyExceptions.valueError(message);
    }

    private void enter() {
        if (++depth > limit) {
            throw Errors.recursionError("maximum recursion depth exceeded during compilation");
        }
    }

    /** A tuple or frozenset constant counts its nesting against the recursion limit. */
    // CPython: Python/ast.c validate_constant
    private void constant(ConstantValue v) {
        List<ConstantValue> items = switch (v) {
            case ConstantValue.Tuple t -> t.items();
            case ConstantValue.FrozenSet f -> f.items();
            default -> null;
        };
        if (items != null) {
            enter();
            items.forEach(this::constant);
            depth--;
        }
    }

    // CPython: Python/ast.c VALIDATE_POSITIONS
    private static void positions(Located node) {
        int line = node.lineno();
        int endLine = node.endLineno();
        int col = node.colOffset();
        int endCol = node.endColOffset();
        if (line > endLine) {
            throw valueError("AST node line range (" + line + ", " + endLine + ") is not valid");
        }
        if ((line < 0 && endLine != line) || (col < 0 && col != endCol)) {
            throw valueError("AST node column range (" + col + ", " + endCol
                    + ") for line range (" + line + ", " + endLine + ") is not valid");
        }
        if (line == endLine && col > endCol) {
            throw valueError("line " + line + ", column " + col + "-" + endCol
                    + " is not a valid range");
        }
    }

    private static void name(String name) {
        if (name.equals("None") || name.equals("True") || name.equals("False")) {
            throw valueError("identifier field can't represent '" + name + "' constant");
        }
    }

    private static void nonEmpty(List<?> seq, String what, String owner) {
        if (seq.isEmpty()) {
            throw valueError("empty " + what + " on " + owner);
        }
    }

    private void body(List<Stmt> body, String owner) {
        nonEmpty(body, "body", owner);
        stmts(body);
    }

    private void stmts(List<Stmt> seq) {
        for (Stmt s : seq) {
            if (s == null) {
                throw valueError("None disallowed in statement list");
            }
            stmt(s);
        }
    }

    private void exprs(List<Expr> seq, ExprContext ctx, boolean nullOk) {
        for (Expr e : seq) {
            if (e != null) {
                expr(e, ctx);
            } else if (!nullOk) {
                throw valueError("None disallowed in expression list");
            }
        }
    }

    private void optional(Expr e) {
        if (e != null) {
            expr(e, ExprContext.Load);
        }
    }

    private void stmt(Stmt stmt) {
        positions(stmt);
        enter();
        ExprContext load = ExprContext.Load;
        switch (stmt) {
            case Stmt.FunctionDef s -> {
                body(s.body(), "FunctionDef");
                arguments(s.args());
                exprs(s.decoratorList(), load, false);
                optional(s.returns());
            }
            case Stmt.AsyncFunctionDef s -> {
                body(s.body(), "AsyncFunctionDef");
                arguments(s.args());
                exprs(s.decoratorList(), load, false);
                optional(s.returns());
            }
            case Stmt.ClassDef s -> {
                body(s.body(), "ClassDef");
                exprs(s.bases(), load, false);
                keywords(s.keywords());
                exprs(s.decoratorList(), load, false);
            }
            case Stmt.Return s -> optional(s.value());
            case Stmt.Delete s -> assignList(s.targets(), ExprContext.Del);
            case Stmt.Assign s -> {
                assignList(s.targets(), ExprContext.Store);
                expr(s.value(), load);
            }
            case Stmt.AugAssign s -> {
                expr(s.target(), ExprContext.Store);
                expr(s.value(), load);
            }
            case Stmt.AnnAssign s -> {
                if (!(s.target() instanceof Expr.Name) && s.simple() != 0) {
                    throw PyExceptions.typeError("AnnAssign with simple non-Name target");
                }
                expr(s.target(), ExprContext.Store);
                optional(s.value());
                expr(s.annotation(), load);
            }
            case Stmt.For s -> loop(s.target(), s.iter(), s.body(), s.orelse(), "For");
            case Stmt.AsyncFor s -> loop(s.target(), s.iter(), s.body(), s.orelse(), "AsyncFor");
            case Stmt.While s -> {
                expr(s.test(), load);
                body(s.body(), "While");
                stmts(s.orelse());
            }
            case Stmt.If s -> {
                expr(s.test(), load);
                body(s.body(), "If");
                stmts(s.orelse());
            }
            case Stmt.With s -> with(s.items(), s.body(), "With");
            case Stmt.AsyncWith s -> with(s.items(), s.body(), "AsyncWith");
            case Stmt.Match s -> {
                expr(s.subject(), load);
                nonEmpty(s.cases(), "cases", "Match");
                for (MatchCase m : s.cases()) {
                    pattern(m.pattern(), false);
                    optional(m.guard());
                    body(m.body(), "match_case");
                }
            }
            case Stmt.Raise s -> {
                if (s.exc() != null) {
                    expr(s.exc(), load);
                    optional(s.cause());
                } else if (s.cause() != null) {
                    throw valueError("Raise with cause but no exception");
                }
            }
            case Stmt.Try s -> tryStmt(s.body(), s.handlers(), s.orelse(), s.finalbody(), "Try",
                    true);
            case Stmt.TryStar s -> tryStmt(s.body(), s.handlers(), s.orelse(), s.finalbody(),
                    "TryStar", false);
            case Stmt.Assert s -> {
                expr(s.test(), load);
                optional(s.msg());
            }
            case Stmt.Import s -> nonEmpty(s.names(), "names", "Import");
            case Stmt.ImportFrom s -> {
                if (s.level() != null && s.level() < 0) {
                    throw valueError("Negative ImportFrom level");
                }
                nonEmpty(s.names(), "names", "ImportFrom");
            }
            case Stmt.Global s -> nonEmpty(s.names(), "names", "Global");
            case Stmt.Nonlocal s -> nonEmpty(s.names(), "names", "Nonlocal");
            case Stmt.Expr s -> expr(s.value(), load);
            case Stmt.Pass s -> { }
            case Stmt.Break s -> { }
            case Stmt.Continue s -> { }
        }
        depth--;
    }

    private void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse,
            String owner) {
        expr(target, ExprContext.Store);
        expr(iter, ExprContext.Load);
        body(body, owner);
        stmts(orelse);
    }

    private void with(List<WithItem> items, List<Stmt> body, String owner) {
        nonEmpty(items, "items", owner);
        for (WithItem item : items) {
            expr(item.contextExpr(), ExprContext.Load);
            if (item.optionalVars() != null) {
                expr(item.optionalVars(), ExprContext.Store);
            }
        }
        body(body, owner);
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody, String owner, boolean handlerPositions) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw valueError(owner + " has neither except handlers nor finalbody");
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) {
            throw valueError(owner + " has orelse but no except handlers");
        }
        for (ExceptHandler h : handlers) {
            if (handlerPositions) {
                // CPython checks the handlers' positions in Try only, not in TryStar
                positions(h);
            }
            optional(h.type());
            body(h.body(), "ExceptHandler");
        }
        stmts(finalbody);
        stmts(orelse);
    }

    private void assignList(List<Expr> targets, ExprContext ctx) {
        nonEmpty(targets, "targets", ctx == ExprContext.Del ? "Delete" : "Assign");
        exprs(targets, ctx, false);
    }

    private void keywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            expr(k.value(), ExprContext.Load);
        }
    }

    private void args(List<Arg> args) {
        for (Arg a : args) {
            positions(a);
            optional(a.annotation());
        }
    }

    private void arguments(Arguments a) {
        args(a.posonlyargs());
        args(a.args());
        if (a.vararg() != null) {
            optional(a.vararg().annotation());
        }
        args(a.kwonlyargs());
        if (a.kwarg() != null) {
            optional(a.kwarg().annotation());
        }
        if (a.defaults().size() > a.posonlyargs().size() + a.args().size()) {
            throw valueError("more positional defaults than args on arguments");
        }
        if (a.kwDefaults().size() != a.kwonlyargs().size()) {
            throw valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        exprs(a.defaults(), ExprContext.Load, false);
        exprs(a.kwDefaults(), ExprContext.Load, true);
    }

    private void comprehension(List<Comprehension> generators) {
        if (generators.isEmpty()) {
            throw valueError("comprehension with no generators");
        }
        for (Comprehension c : generators) {
            expr(c.target(), ExprContext.Store);
            expr(c.iter(), ExprContext.Load);
            exprs(c.ifs(), ExprContext.Load, false);
        }
    }

    /** The context a node that has one carries, or null for the others. */
    private static ExprContext contextOf(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> a.ctx();
            case Expr.Subscript s -> s.ctx();
            case Expr.Starred s -> s.ctx();
            case Expr.Name n -> n.ctx();
            case Expr.List l -> l.ctx();
            case Expr.Tuple t -> t.ctx();
            default -> null;
        };
    }

    private void expr(Expr exp, ExprContext ctx) {
        positions(exp);
        enter();
        ExprContext actual = contextOf(exp);
        if (exp instanceof Expr.Name n) {
            name(n.id());
        }
        if (actual == null) {
            if (ctx != ExprContext.Load) {
                throw valueError("expression which can't be assigned to in " + ctx.name()
                        + " context");
            }
        } else if (actual != ctx) {
            throw valueError("expression must have " + ctx.name() + " context but has "
                    + actual.name() + " instead");
        }
        ExprContext load = ExprContext.Load;
        switch (exp) {
            case Expr.BoolOp e -> {
                if (e.values().size() < 2) {
                    throw valueError("BoolOp with less than 2 values");
                }
                exprs(e.values(), load, false);
            }
            case Expr.BinOp e -> {
                expr(e.left(), load);
                expr(e.right(), load);
            }
            case Expr.UnaryOp e -> expr(e.operand(), load);
            case Expr.Lambda e -> {
                arguments(e.args());
                expr(e.body(), load);
            }
            case Expr.IfExp e -> {
                expr(e.test(), load);
                expr(e.body(), load);
                expr(e.orelse(), load);
            }
            case Expr.Dict e -> {
                if (e.keys().size() != e.values().size()) {
                    throw valueError("Dict doesn't have the same number of keys as values");
                }
                // a None key is a ** unpacking
                exprs(e.keys(), load, true);
                exprs(e.values(), load, false);
            }
            case Expr.Set e -> exprs(e.elts(), load, false);
            case Expr.ListComp e -> {
                comprehension(e.generators());
                expr(e.elt(), load);
            }
            case Expr.SetComp e -> {
                comprehension(e.generators());
                expr(e.elt(), load);
            }
            case Expr.GeneratorExp e -> {
                comprehension(e.generators());
                expr(e.elt(), load);
            }
            case Expr.DictComp e -> {
                comprehension(e.generators());
                expr(e.key(), load);
                expr(e.value(), load);
            }
            case Expr.Yield e -> optional(e.value());
            case Expr.YieldFrom e -> expr(e.value(), load);
            case Expr.Await e -> expr(e.value(), load);
            case Expr.Compare e -> {
                if (e.comparators().isEmpty()) {
                    throw valueError("Compare with no comparators");
                }
                if (e.comparators().size() != e.ops().size()) {
                    throw valueError("Compare has a different number of comparators and "
                            + "operands");
                }
                exprs(e.comparators(), load, false);
                expr(e.left(), load);
            }
            case Expr.Call e -> {
                expr(e.func(), load);
                exprs(e.args(), load, false);
                keywords(e.keywords());
            }
            case Expr.Constant e -> constant(e.value());
            case Expr.JoinedStr e -> exprs(e.values(), load, false);
            case Expr.FormattedValue e -> {
                expr(e.value(), load);
                optional(e.formatSpec());
            }
            case Expr.Attribute e -> expr(e.value(), load);
            case Expr.Subscript e -> {
                expr(e.slice(), load);
                expr(e.value(), load);
            }
            case Expr.Starred e -> expr(e.value(), ctx);
            case Expr.Slice e -> {
                optional(e.lower());
                optional(e.upper());
                optional(e.step());
            }
            case Expr.List e -> exprs(e.elts(), ctx, false);
            case Expr.Tuple e -> exprs(e.elts(), ctx, false);
            case Expr.NamedExpr e -> {
                // CPython 3.11.6+: Python/ast.c validate_expr (gh-109351)
                if (!(e.target() instanceof Expr.Name)) {
                    throw PyExceptions.typeError("NamedExpr target must be a Name");
                }
                expr(e.value(), load);
            }
            case Expr.Name e -> { }
        }
        depth--;
    }

    private void patterns(List<Pattern> patterns, boolean starOk) {
        for (Pattern p : patterns) {
            pattern(p, starOk);
        }
    }

    private static void capture(String name) {
        if (name.equals("_")) {
            throw valueError("can't capture name '_' in patterns");
        }
        name(name);
    }

    private void pattern(Pattern p, boolean starOk) {
        positions(p);
        enter();
        switch (p) {
            case Pattern.MatchValue m -> matchValue(m.value());
            case Pattern.MatchSingleton m -> {
                if (!(m.value() instanceof ConstantValue.None
                        || m.value() instanceof ConstantValue.Bool)) {
                    throw valueError("MatchSingleton can only contain True, False and None");
                }
            }
            case Pattern.MatchSequence m -> patterns(m.patterns(), true);
            case Pattern.MatchMapping m -> {
                if (m.keys().size() != m.patterns().size()) {
                    throw valueError("MatchMapping doesn't have the same number of keys as "
                            + "patterns");
                }
                if (m.rest() != null) {
                    capture(m.rest());
                }
                for (Expr key : m.keys()) {
                    // None, True and False keys are valid syntax: MatchSingleton is not needed
                    if (key instanceof Expr.Constant c && (c.value() instanceof ConstantValue.None
                            || c.value() instanceof ConstantValue.Bool)) {
                        continue;
                    }
                    matchValue(key);
                }
                patterns(m.patterns(), false);
            }
            case Pattern.MatchClass m -> {
                if (m.kwdAttrs().size() != m.kwdPatterns().size()) {
                    throw valueError("MatchClass doesn't have the same number of keyword "
                            + "attributes as patterns");
                }
                expr(m.cls(), ExprContext.Load);
                Expr cls = m.cls();
                while (!(cls instanceof Expr.Name)) {
                    if (!(cls instanceof Expr.Attribute a)) {
                        throw valueError("MatchClass cls field can only contain Name or "
                                + "Attribute nodes.");
                    }
                    cls = a.value();
                }
                for (String attr : m.kwdAttrs()) {
                    name(attr);
                }
                patterns(m.patterns(), false);
                patterns(m.kwdPatterns(), false);
            }
            case Pattern.MatchStar m -> {
                if (!starOk) {
                    throw valueError("can't use MatchStar here");
                }
                if (m.name() != null) {
                    capture(m.name());
                }
            }
            case Pattern.MatchAs m -> {
                if (m.name() != null) {
                    capture(m.name());
                }
                if (m.pattern() != null) {
                    if (m.name() == null) {
                        throw valueError("MatchAs must specify a target name if a pattern is "
                                + "given");
                    }
                    pattern(m.pattern(), false);
                }
            }
            case Pattern.MatchOr m -> {
                if (m.patterns().size() < 2) {
                    throw valueError("MatchOr requires at least 2 patterns");
                }
                patterns(m.patterns(), false);
            }
        }
        depth--;
    }

    // CPython: Python/ast.c validate_pattern_match_value
    private void matchValue(Expr exp) {
        expr(exp, ExprContext.Load);
        boolean ok = switch (exp) {
            case Expr.Constant c -> {
                ConstantValue v = c.value();
                if (!(v instanceof ConstantValue.Int || v instanceof ConstantValue.Float
                        || v instanceof ConstantValue.Bytes || v instanceof ConstantValue.Imaginary
                        || v instanceof ConstantValue.Complex || v instanceof ConstantValue.Str)) {
                    throw valueError("unexpected constant inside of a literal pattern");
                }
                yield true;
            }
            case Expr.Attribute a -> true;
            case Expr.UnaryOp u -> literalNegative(u, true);
            case Expr.BinOp b -> literalComplex(b);
            case Expr.JoinedStr j -> true;
            default -> false;
        };
        if (!ok) {
            throw valueError("patterns may only match literals and attribute lookups");
        }
    }

    private static boolean literalNumber(Expr e, boolean real, boolean imaginary) {
        if (!(e instanceof Expr.Constant c)) {
            return false;
        }
        ConstantValue v = c.value();
        return real && (v instanceof ConstantValue.Int || v instanceof ConstantValue.Float)
                || imaginary && v instanceof ConstantValue.Imaginary;
    }

    private static boolean literalNegative(Expr.UnaryOp u, boolean imaginary) {
        return u.op() == dev.krait.ast.UnaryOp.USub && literalNumber(u.operand(), true, imaginary);
    }

    private static boolean literalComplex(Expr.BinOp b) {
        if (b.op() != Operator.Add && b.op() != Operator.Sub) {
            return false;
        }
        boolean left = b.left() instanceof Expr.UnaryOp u ? literalNegative(u, false)
                : literalNumber(b.left(), true, false);
        return left && literalNumber(b.right(), false, true);
    }
}
