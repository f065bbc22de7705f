package dev.krait.compiler;

import dev.krait.ast.Alias;
import dev.krait.ast.ExceptHandler;
import dev.krait.ast.Expr;
import dev.krait.ast.Stmt;
import dev.krait.ast.Unparser;
import dev.krait.ast.WithItem;
import dev.krait.nodes.AccessNodes;
import dev.krait.nodes.ExceptionNodes;
import dev.krait.nodes.ExprNode;
import dev.krait.nodes.ImportNodes;
import dev.krait.nodes.NameNodes;
import dev.krait.nodes.OpNodes;
import dev.krait.nodes.StmtNode;
import dev.krait.nodes.StmtNodes;
import dev.krait.nodes.UnsupportedNodes;
import dev.krait.objects.BinaryOp;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles statements into executable nodes.
 *
 * <p>CPython counterpart: Python/compile.c {@code compiler_visit_stmt}.
 */
final class StatementCompiler {
    private final CodeGenerator gen;

    StatementCompiler(CodeGenerator gen) {
        this.gen = gen;
    }

    private ExpressionCompiler expr() {
        return gen.expressions();
    }

    StmtNode[] compileBlock(List<Stmt> body) {
        List<StmtNode> out = new ArrayList<>(body.size());
        for (Stmt s : body) {
            StmtNode n = compile(s);
            if (n != null) {
                out.add(n);
            }
        }
        return out.toArray(new StmtNode[0]);
    }

    /**
     * Compiles {@code s}; a simple statement's own span is recorded for {@code co_positions}
     * after its expressions' (CPython's STORE, RETURN_VALUE, POP_TOP... come last).
     */
    StmtNode compile(Stmt s) {
        boolean compound = switch (s) {
            case Stmt.If x -> true;
            case Stmt.While x -> true;
            case Stmt.For x -> true;
            case Stmt.AsyncFor x -> true;
            case Stmt.Try x -> true;
            case Stmt.TryStar x -> true;
            case Stmt.With x -> true;
            case Stmt.AsyncWith x -> true;
            case Stmt.Match x -> true;
            default -> false;
        };
        // a compound statement's own operations (FOR_ITER, BEFORE_WITH...) precede its body's
        CodeUnit u = gen.unit();
        // stores noted while compiling the enclosing statement's own parts (a for's target)
        // stand at its span, before this statement's
        int[] outer = u.statementSpan;
        if (outer != null) {
            u.flushStores(outer[0], outer[1], outer[2], outer[3]);
        }
        u.statementSpan = new int[] {s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset()};
        if (compound) {
            u.addPosition(s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
        }
        StmtNode node = compileNode(s);
        u.flushStores(s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
        u.statementSpan = outer;
        if (!compound && !(s instanceof Stmt.Global) && !(s instanceof Stmt.Nonlocal)) {
            u.addPosition(s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
        }
        return node;
    }

    private StmtNode compileNode(Stmt s) {
        int l = s.lineno();
        int c = s.colOffset();
        int el = s.endLineno();
        int ec = s.endColOffset();
        CodeUnit u = gen.unit();
        return switch (s) {
            case Stmt.Expr e -> gen.interactive() && u.kind == CodeUnit.Kind.MODULE
                    ? new StmtNodes.ExprStmt(new dev.krait.nodes.DisplayNodes.PrintExpr(
                            expr().compile(e.value()), l, c, el, ec), l, c, el, ec)
                    // a constant statement (a string used as a comment, a folded 1 + 2) is
                    // no code and no constant, only its line (CPython:
                    // Python/compile.c compiler_visit_stmt_expr emits a NOP)
                    : isConstant(e.value()) ? new StmtNodes.Pass(l, c, el, ec)
                    : new StmtNodes.ExprStmt(expr().compile(e.value()), l, c, el, ec);
            case Stmt.Assign a -> assign(a, l, c, el, ec);
            case Stmt.AugAssign a -> augAssign(a, l, c, el, ec);
            case Stmt.AnnAssign a -> annAssign(a, l, c, el, ec);
            case Stmt.Delete d -> delete(d.targets(), l, c, el, ec);
            case Stmt.Pass p -> new StmtNodes.Pass(l, c, el, ec);
            case Stmt.Break b -> new StmtNodes.Break(l, c, el, ec);
            case Stmt.Continue k -> new StmtNodes.Continue(l, c, el, ec);
            case Stmt.Return r -> new StmtNodes.Return(expr().compileOrNull(r.value()), l, c, el,
                    ec);
            case Stmt.If i -> new StmtNodes.If(expr().compile(i.test()), compileBlock(i.body()),
                    compileBlock(i.orelse()), l, c, el, ec);
            case Stmt.While w -> new StmtNodes.While(expr().compile(w.test()),
                    compileBlock(w.body()), compileBlock(w.orelse()), l, c, el, ec);
            case Stmt.For f -> new StmtNodes.For(expr().target(f.target()),
                    expr().iterable(f.iter()), compileBlock(f.body()), compileBlock(f.orelse()),
                    l, c, el, ec);
            case Stmt.Raise r -> new ExceptionNodes.Raise(expr().compileOrNull(r.exc()),
                    expr().compileOrNull(r.cause()), l, c, el, ec);
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), l, c,
                    el, ec);
            case Stmt.Assert a -> gen.optimize() > 0 ? new StmtNodes.Pass(l, c, el, ec)
                    : new ExceptionNodes.Assert(expr().compile(a.test()),
                            expr().compileOrNull(a.msg()), l, c, el, ec);
            case Stmt.With w -> with(w.items(), 0, w.body(), l, c, el, ec);
            case Stmt.Import im -> importStmt(im, l, c, el, ec);
            case Stmt.ImportFrom im -> importFrom(im, l, c, el, ec);
            case Stmt.Global g -> new StmtNodes.Pass(l, c, el, ec);
            case Stmt.Nonlocal n -> new StmtNodes.Pass(l, c, el, ec);
            case Stmt.FunctionDef f -> gen.definitions().functionDef(f, f.name(), f.args(),
                    f.body(), f.decoratorList(), f.returns(), false);
            case Stmt.AsyncFunctionDef f -> gen.definitions().functionDef(f, f.name(), f.args(),
                    f.body(), f.decoratorList(), f.returns(), true);
            case Stmt.ClassDef cd -> gen.definitions().classDef(cd);
            case Stmt.Match m -> new PatternCompiler(gen).match(m);
            case Stmt.TryStar t -> tryStar(t, l, c, el, ec);
            case Stmt.AsyncFor f -> new dev.krait.nodes.AsyncNodes.AsyncFor(
                    expr().target(f.target()), expr().compile(f.iter()), compileBlock(f.body()),
                    compileBlock(f.orelse()), l, c, el, ec);
            case Stmt.AsyncWith w -> asyncWith(w.items(), 0, w.body(), l, c, el, ec);
        };
    }

    private StmtNode assign(Stmt.Assign a, int l, int c, int el, int ec) {
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Tuple to
                && a.value() instanceof Expr.Tuple from && to.elts().size() == from.elts().size()
                && !ConstantFolder.hasStarred(to.elts())
                && !ConstantFolder.hasStarred(from.elts())
                && ConstantFolder.fold(from, gen.optimize()) == null) {
            return parallelAssign(to, from, l, c, el, ec);
        }
        ExprNode value = expr().compile(a.value());
        NameNodes.Target[] targets = new NameNodes.Target[a.targets().size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = expr().target(a.targets().get(i));
        }
        return new StmtNodes.Assign(targets, value, l, c, el, ec);
    }

    /**
     * {@code a, b = b, a}: the values' tuple is never built ({@link StmtNodes.ParallelAssign}).
     * The tuple display's span is still recorded after its items', where CPython's SWAP (or
     * BUILD_TUPLE) instruction is.
     */
    private StmtNode parallelAssign(Expr.Tuple to, Expr.Tuple from, int l, int c, int el,
            int ec) {
        CodeUnit u = gen.unit();
        // the depth a compile of the tuple display would reach (co_stacksize)
        if (++u.depth > u.maxDepth) {
            u.maxDepth = u.depth;
        }
        ExprNode[] values;
        try {
            values = expr().compileAll(from.elts());
        } finally {
            u.depth--;
        }
        u.addPosition(from.lineno(), from.colOffset(), from.endLineno(), from.endColOffset());
        NameNodes.Target[] targets = new NameNodes.Target[to.elts().size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = expr().target(to.elts().get(i));
        }
        return new StmtNodes.ParallelAssign(targets, values, l, c, el, ec);
    }

    /** Whether {@code e} is a constant once the AST optimizer has folded it. */
    private boolean isConstant(Expr e) {
        return e instanceof Expr.Constant || ((e instanceof Expr.BinOp
                || e instanceof Expr.UnaryOp || e instanceof Expr.Tuple
                || e instanceof Expr.Subscript) && ConstantFolder.fold(e, gen.optimize()) != null);
    }

    private StmtNode augAssign(Stmt.AugAssign a, int l, int c, int el, int ec) {
        BinaryOp op = ExpressionCompiler.binaryOp(a.op());
        ExprNode value = expr().compile(a.value());
        return switch (a.target()) {
            case Expr.Name n -> new StmtNodes.AugAssignName(expr().compile(n),
                    Names.store(gen.unit(), n.id()), op, value, l, c, el, ec);
            case Expr.Attribute at -> new StmtNodes.AugAssignAttr(expr().compile(at.value()),
                    Names.mangle(gen.unit(), at.attr()), op, value, l, c, el, ec);
            case Expr.Subscript s -> new StmtNodes.AugAssignSubscript(expr().compile(s.value()),
                    expr().compile(s.slice()), op, value, l, c, el, ec);
            default -> throw dev.krait.objects.PyExceptions.systemError(
                    "illegal augmented assignment target");
        };
    }

    private StmtNode annAssign(Stmt.AnnAssign a, int l, int c, int el, int ec) {
        List<StmtNode> parts = new ArrayList<>();
        if (a.value() != null) {
            parts.add(new StmtNodes.Assign(new NameNodes.Target[] {expr().target(a.target())},
                    expr().compile(a.value()), l, c, el, ec));
        }
        CodeUnit u = gen.unit();
        if (a.target() instanceof Expr.Name n && a.simple() == 1 && !u.isFunction()) {
            ExprNode annotation = gen.futureAnnotations()
                    ? new OpNodes.Constant(PyStr.of(Unparser.unparse(a.annotation())),
                            l, c, el, ec)
                    : expr().compile(a.annotation());
            parts.add(new dev.krait.nodes.DisplayNodes.StoreAnnotation(
                    Names.mangle(u, n.id()), annotation, l, c, el, ec));
        }
        if (parts.isEmpty()) {
            return new StmtNodes.Pass(l, c, el, ec);
        }
        return new StmtNodes.Block(parts.toArray(new StmtNode[0]), l, c, el, ec);
    }

    private StmtNode delete(List<Expr> targets, int l, int c, int el, int ec) {
        List<StmtNode> parts = new ArrayList<>();
        for (Expr t : targets) {
            addDelete(t, parts);
        }
        return new StmtNodes.Block(parts.toArray(new StmtNode[0]), l, c, el, ec);
    }

    private void addDelete(Expr t, List<StmtNode> out) {
        int l = t.lineno();
        int c = t.colOffset();
        int el = t.endLineno();
        int ec = t.endColOffset();
        switch (t) {
            case Expr.Name n -> out.add(Names.delete(gen.unit(), n.id(), n));
            case Expr.Attribute a -> {
                int[] at = ExpressionCompiler.attributeSpan(a, l, c, el, ec);
                out.add(new AccessNodes.DelAttr(expr().compile(a.value()),
                        Names.mangle(gen.unit(), a.attr()), at[0], at[1], at[2], at[3]));
            }
            case Expr.Subscript s -> out.add(new AccessNodes.DelSubscript(
                    expr().compile(s.value()), expr().compile(s.slice()), l, c, el, ec));
            case Expr.Tuple tu -> tu.elts().forEach(e -> addDelete(e, out));
            case Expr.List li -> li.elts().forEach(e -> addDelete(e, out));
            default -> throw dev.krait.objects.PyExceptions.systemError("cannot delete "
                    + t.typeName());
        }
    }

    private ExceptionNodes.Handler[] handlers(List<ExceptHandler> handlers) {
        ExceptionNodes.Handler[] hs = new ExceptionNodes.Handler[handlers.size()];
        for (int i = 0; i < hs.length; i++) {
            ExceptHandler h = handlers.get(i);
            ExprNode type = expr().compileOrNull(h.type());
            NameNodes.Target name = h.name() == null ? null : Names.store(gen.unit(), h.name());
            StmtNode unbind = h.name() == null ? null : Names.delete(gen.unit(), h.name(), h);
            hs[i] = new ExceptionNodes.Handler(type, name, unbind,
                    compileBlock(h.body()), h.lineno());
        }
        return hs;
    }

    private StmtNode tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody, int l, int c, int el, int ec) {
        ExceptionNodes.Handler[] hs = handlers(handlers);
        return new ExceptionNodes.Try(compileBlock(body), hs, compileBlock(orelse),
                compileBlock(finalbody), l, c, el, ec);
    }

    private StmtNode tryStar(Stmt.TryStar t, int l, int c, int el, int ec) {
        ExceptionNodes.Handler[] hs = handlers(t.handlers());
        StmtNode star = new dev.krait.nodes.TryStarNode(compileBlock(t.body()), hs,
                compileBlock(t.orelse()), l, c, el, ec);
        if (t.finalbody().isEmpty()) {
            return star;
        }
        return new ExceptionNodes.Try(new StmtNode[] {star}, new ExceptionNodes.Handler[0],
                new StmtNode[0], compileBlock(t.finalbody()), l, c, el, ec);
    }

    private StmtNode with(List<WithItem> items, int index, List<Stmt> body, int l, int c, int el,
            int ec) {
        WithItem item = items.get(index);
        StmtNode[] inner = index + 1 < items.size()
                ? new StmtNode[] {with(items, index + 1, body, l, c, el, ec)}
                : compileBlock(body);
        NameNodes.Target target = item.optionalVars() == null ? null
                : expr().target(item.optionalVars());
        return new ExceptionNodes.With(expr().compile(item.contextExpr()), target, inner, l, c,
                el, ec);
    }

    private StmtNode asyncWith(List<WithItem> items, int index, List<Stmt> body, int l, int c,
            int el, int ec) {
        WithItem item = items.get(index);
        StmtNode[] inner = index + 1 < items.size()
                ? new StmtNode[] {asyncWith(items, index + 1, body, l, c, el, ec)}
                : compileBlock(body);
        NameNodes.Target target = item.optionalVars() == null ? null
                : expr().target(item.optionalVars());
        return new dev.krait.nodes.AsyncNodes.AsyncWith(expr().compile(item.contextExpr()),
                target, inner, l, c, el, ec);
    }

    private StmtNode importStmt(Stmt.Import im, int l, int c, int el, int ec) {
        List<StmtNode> parts = new ArrayList<>();
        CodeUnit u = gen.unit();
        for (Alias a : im.names()) {
            String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
            // CPython: LOAD_CONST 0, LOAD_CONST None, IMPORT_NAME name, then the name's store
            importOps(u, 0, dev.krait.objects.PyNone.NONE, a.name(), l, c, el, ec);
            parts.add(new ImportNodes.Import(a.name(), Names.store(u, bound),
                    a.asname() != null, l, c, el, ec));
            u.flushStores(l, c, el, ec);
        }
        return parts.size() == 1 ? parts.get(0)
                : new StmtNodes.Block(parts.toArray(new StmtNode[0]), l, c, el, ec);
    }

    /**
     * Records an import's three instructions, which {@code co_code} shows as CPython's:
     * what dis._find_imports (so modulefinder) reads back from a code object.
     * CPython: Python/compile.c compiler_import, compiler_from_import.
     */
    private static void importOps(CodeUnit u, int level, PyObject fromlist, String module,
            int l, int c, int el, int ec) {
        u.addOp(CodeUnit.LOAD_CONST, u.indexOfConst(dev.krait.objects.PyInt.of(level)),
                l, c, el, ec);
        u.addOp(CodeUnit.LOAD_CONST, u.indexOfConst(fromlist), l, c, el, ec);
        u.addOp(CodeUnit.IMPORT_NAME, u.nameIndex(module), l, c, el, ec);
    }

    private StmtNode importFrom(Stmt.ImportFrom im, int l, int c, int el, int ec) {
        String[] names = new String[im.names().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = im.names().get(i).name();
        }
        importOps(gen.unit(), im.level() == null ? 0 : im.level(),
                dev.krait.objects.PyTuple.ofStrings(names),
                im.module() == null ? "" : im.module(), l, c, el, ec);
        NameNodes.Target[] targets = new NameNodes.Target[names.length];
        for (int i = 0; i < names.length; i++) {
            Alias a = im.names().get(i);
            names[i] = a.name();
            if (!a.name().equals("*")) {
                gen.unit().addName(a.name());
            }
            if (!a.name().equals("*")) {
                targets[i] = Names.store(gen.unit(), a.asname() != null ? a.asname() : a.name());
            }
        }
        return new ImportNodes.ImportFrom(im.module(), im.level() == null ? 0 : im.level(),
                names, targets, l, c, el, ec);
    }
}
