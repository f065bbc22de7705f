package dev.krait.ast;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Source text from an AST: CPython's {@code ast.unparse}, written to print the same text character
 * for character (CPython: Lib/ast.py {@code _Unparser}). The fuzzer prints generated trees with it,
 * and the evaluator will use it for annotations under {@code from __future__ import annotations}.
 *
 * <p>Like CPython's, it decides parentheses from a precedence given to each child by its parent
 * (kept by node identity, because equal records are different nodes), and defaults to {@code TEST}.
 * A subclass can vary the layout without changing the tree the text parses to, through the
 * protected hooks {@link #indentUnit()}, {@link #beforeStatement()}, {@link #traverse(Expr)},
 * {@link #writeOperator(String)}, {@link #writeConstant} and {@link #parenthesizeWithItems()}; this
 * class itself always prints CPython's canonical layout.
 */
public class Unparser {
    // CPython: Lib/ast.py _Precedence, in increasing binding strength.
    static final int NAMED_EXPR = 1;
    static final int TUPLE = 2;
    static final int YIELD = 3;
    static final int TEST = 4;
    static final int OR = 5;
    static final int AND = 6;
    static final int NOT = 7;
    static final int CMP = 8;
    static final int EXPR = 9;
    static final int BOR = EXPR;
    static final int BXOR = 10;
    static final int BAND = 11;
    static final int SHIFT = 12;
    static final int ARITH = 13;
    static final int TERM = 14;
    static final int FACTOR = 15;
    static final int POWER = 16;
    static final int AWAIT = 17;
    static final int ATOM = 18;

    private StringBuilder source = new StringBuilder();
    private final Map<Object, Integer> precedences = new IdentityHashMap<>();
    private final Map<Integer, String> typeIgnores = new java.util.HashMap<>();
    private int indent;
    private final boolean avoidBackslashes;
    private boolean inTryStar;

    public Unparser() {
        this(false);
    }

    /** {@code avoidBackslashes} is CPython's {@code _avoid_backslashes}, set inside f-strings. */
    protected Unparser(boolean avoidBackslashes) {
        this.avoidBackslashes = avoidBackslashes;
    }

    /** {@code ast.unparse(node)}. */
    public static String unparse(Node node) {
        return new Unparser().visit(node);
    }

    /** Prints one tree (a module, statement, expression or pattern) and returns the text. */
    public String visit(Node node) {
        source = new StringBuilder();
        traverseNode(node);
        return source.toString();
    }

    // ---- Layout hooks --------------------------------------------------------------------

    /** The text of one indentation level. */
    protected String indentUnit() {
        return "    ";
    }

    /** Called before each line that starts a statement or clause, before its newline. */
    protected void beforeStatement() {}

    /** Writes a binary, boolean or comparison operator with the spaces around it. */
    protected void writeOperator(String spacedOperator) {
        write(spacedOperator);
    }

    /**
     * Writes a constant (not a docstring, not inside an f-string field) whose canonical text is
     * {@code canonical}; a layout subclass may spell the same value differently.
     */
    protected void writeConstant(Expr.Constant constant, String canonical) {
        write(canonical);
    }

    /** Whether to print with-items in the parenthesised form {@code with (a as b, c):}. */
    protected boolean parenthesizeWithItems() {
        return false;
    }

    /** The unparser for an f-string replacement field (CPython makes one of {@code type(self)}). */
    protected Unparser newFieldUnparser() {
        return new Unparser(true);
    }

    /** Whether nothing has been written yet (at the start of the current buffer). */
    protected final boolean atStart() {
        return source.isEmpty();
    }

    protected final void write(String text) {
        source.append(text);
    }

    protected final int indentLevel() {
        return indent;
    }

    // ---- Helpers (CPython: _Unparser.fill, block, delimit, require_parens, ...) -----------

    private void maybeNewline() {
        if (!source.isEmpty()) {
            write("\n");
        }
    }

    private void fill(String text) {
        beforeStatement();
        maybeNewline();
        write(indentUnit().repeat(indent) + text);
    }

    private void block(String extra, Runnable body) {
        write(":");
        if (extra != null) {
            write(extra);
        }
        indent++;
        body.run();
        indent--;
    }

    private void delimit(String start, String end, Runnable body) {
        write(start);
        body.run();
        write(end);
    }

    private void delimitIf(String start, String end, boolean condition, Runnable body) {
        if (condition) {
            delimit(start, end, body);
        } else {
            body.run();
        }
    }

    private void requireParens(int precedence, Node node, Runnable body) {
        delimitIf("(", ")", precedence(node) > precedence, body);
    }

    final int precedence(Object node) {
        return precedences.getOrDefault(node, TEST);
    }

    final void setPrecedence(int precedence, Object... nodes) {
        for (Object node : nodes) {
            if (node != null) {
                precedences.put(node, precedence);
            }
        }
    }

    private static int next(int precedence) {
        return Math.min(precedence + 1, ATOM);
    }

    private <T> void interleave(String separator, List<T> items, java.util.function.Consumer<T> f) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                write(separator);
            }
            f.accept(items.get(i));
        }
    }

    /** A one-element sequence gets a trailing comma (CPython: items_view). */
    private void itemsView(List<Expr> items) {
        if (items.size() == 1) {
            traverse(items.get(0));
            write(",");
        } else {
            interleave(", ", items, this::traverse);
        }
    }

    private String buffered(Runnable body) {
        StringBuilder saved = source;
        source = new StringBuilder();
        body.run();
        String text = source.toString();
        source = saved;
        return text;
    }

    private String typeComment(int lineno, String typeComment) {
        String comment = typeIgnores.get(lineno);
        if (comment == null || comment.isEmpty()) {
            comment = typeComment;
        }
        return comment == null ? null : " # type: " + comment;
    }

    // ---- Dispatch ----------------------------------------------------------------------

    private void traverseNode(Node node) {
        switch (node) {
            case Mod.Module m -> visitModule(m);
            case Mod.Interactive m -> traverseBody(m.body());
            case Mod.Expression m -> traverse(m.body());
            case Mod.FunctionType m -> {
                delimit("(", ")", () -> interleave(", ", m.argtypes(), this::traverse));
                write(" -> ");
                traverse(m.returns());
            }
            case Stmt s -> traverse(s);
            case Expr e -> traverse(e);
            case Pattern p -> traverse(p);
            case Arguments a -> visitArguments(a);
            case Arg a -> visitArg(a);
            case Keyword k -> visitKeyword(k);
            case Alias a -> visitAlias(a);
            case WithItem w -> visitWithItem(w);
            case Comprehension c -> visitComprehension(c);
            case ExceptHandler h -> visitExceptHandler(h);
            case MatchCase c -> visitMatchCase(c);
            case TypeIgnore t -> { }
            default -> throw new IllegalArgumentException("cannot unparse " + node.typeName());
        }
    }

    private void traverseBody(List<Stmt> body) {
        for (Stmt s : body) {
            traverse(s);
        }
    }

    // ---- Statements --------------------------------------------------------------------

    private void visitModule(Mod.Module m) {
        typeIgnores.clear();
        for (TypeIgnore t : m.typeIgnores()) {
            typeIgnores.put(t.lineno(), "ignore" + t.tag());
        }
        writeDocstringAndBody(m.body());
        typeIgnores.clear();
    }

    /** The docstring rule of {@code _PyAST_GetDocString}: a first statement that is a str. */
    private static Expr.Constant docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e
                && e.value() instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str) {
            return c;
        }
        return null;
    }

    private void writeDocstringAndBody(List<Stmt> body) {
        Expr.Constant doc = docstring(body);
        if (doc != null) {
            fill("");
            if ("u".equals(doc.kind())) {
                write("u");
            }
            writeStrAvoidingBackslashes(((ConstantValue.Str) doc.value()).value(),
                    UnparserStrings.MULTI_QUOTES);
            traverseBody(body.subList(1, body.size()));
        } else {
            traverseBody(body);
        }
    }

    /** Prints one statement; protected so that a layout subclass sees every statement. */
    protected void traverse(Stmt stmt) {
        switch (stmt) {
            case Stmt.FunctionDef f -> functionHelper("def", f.name(), f.args(), f.body(),
                    f.decoratorList(), f.returns(), typeComment(f.lineno(), f.typeComment()));
            case Stmt.AsyncFunctionDef f -> functionHelper("async def", f.name(), f.args(),
                    f.body(), f.decoratorList(), f.returns(),
                    typeComment(f.lineno(), f.typeComment()));
            case Stmt.ClassDef c -> visitClassDef(c);
            case Stmt.Return r -> {
                fill("return");
                if (r.value() != null) {
                    write(" ");
                    traverse(r.value());
                }
            }
            case Stmt.Delete d -> {
                fill("del ");
                interleave(", ", d.targets(), this::traverse);
            }
            case Stmt.Assign a -> {
                fill("");
                for (Expr target : a.targets()) {
                    setPrecedence(TUPLE, target);
                    traverse(target);
                    write(" = ");
                }
                traverse(a.value());
                String comment = typeComment(a.lineno(), a.typeComment());
                if (comment != null) {
                    write(comment);
                }
            }
            case Stmt.AugAssign a -> {
                fill("");
                traverse(a.target());
                write(" " + UnparserStrings.binop(a.op()) + "= ");
                traverse(a.value());
            }
            case Stmt.AnnAssign a -> {
                fill("");
                delimitIf("(", ")", a.simple() == 0 && a.target() instanceof Expr.Name,
                        () -> traverse(a.target()));
                write(": ");
                traverse(a.annotation());
                if (a.value() != null) {
                    write(" = ");
                    traverse(a.value());
                }
            }
            case Stmt.For f -> forHelper("for ", f.target(), f.iter(), f.body(), f.orelse(),
                    typeComment(f.lineno(), f.typeComment()));
            case Stmt.AsyncFor f -> forHelper("async for ", f.target(), f.iter(), f.body(),
                    f.orelse(), typeComment(f.lineno(), f.typeComment()));
            case Stmt.While w -> {
                fill("while ");
                traverse(w.test());
                block(null, () -> traverseBody(w.body()));
                elseClause(w.orelse());
            }
            case Stmt.If i -> visitIf(i);
            case Stmt.With w -> withHelper("with ", w.items(),
                    typeComment(w.lineno(), w.typeComment()), w.body());
            case Stmt.AsyncWith w -> withHelper("async with ", w.items(),
                    typeComment(w.lineno(), w.typeComment()), w.body());
            case Stmt.Match m -> {
                fill("match ");
                traverse(m.subject());
                block(null, () -> m.cases().forEach(this::visitMatchCase));
            }
            case Stmt.Raise r -> {
                fill("raise");
                if (r.exc() == null) {
                    if (r.cause() != null) {
                        throw new IllegalArgumentException(
                                "Node can't use cause without an exception.");
                    }
                    return;
                }
                write(" ");
                traverse(r.exc());
                if (r.cause() != null) {
                    write(" from ");
                    traverse(r.cause());
                }
            }
            case Stmt.Try t -> tryHelper(false, t.body(), t.handlers(), t.orelse(),
                    t.finalbody());
            case Stmt.TryStar t -> tryHelper(true, t.body(), t.handlers(), t.orelse(),
                    t.finalbody());
            case Stmt.Assert a -> {
                fill("assert ");
                traverse(a.test());
                if (a.msg() != null) {
                    write(", ");
                    traverse(a.msg());
                }
            }
            case Stmt.Import i -> {
                fill("import ");
                interleave(", ", i.names(), this::visitAlias);
            }
            case Stmt.ImportFrom i -> {
                fill("from ");
                write(".".repeat(i.level() == null ? 0 : i.level()));
                if (i.module() != null && !i.module().isEmpty()) {
                    write(i.module());
                }
                write(" import ");
                interleave(", ", i.names(), this::visitAlias);
            }
            case Stmt.Global g -> {
                fill("global ");
                interleave(", ", g.names(), this::write);
            }
            case Stmt.Nonlocal n -> {
                fill("nonlocal ");
                interleave(", ", n.names(), this::write);
            }
            case Stmt.Expr e -> {
                fill("");
                setPrecedence(YIELD, e.value());
                traverse(e.value());
            }
            case Stmt.Pass p -> fill("pass");
            case Stmt.Break b -> fill("break");
            case Stmt.Continue c -> fill("continue");
        }
    }

    private void elseClause(List<Stmt> orelse) {
        if (!orelse.isEmpty()) {
            fill("else");
            block(null, () -> traverseBody(orelse));
        }
    }

    private void visitIf(Stmt.If first) {
        fill("if ");
        traverse(first.test());
        block(null, () -> traverseBody(first.body()));
        Stmt.If node = first;
        // Collapse an else holding only an if into elif, as CPython does.
        while (node.orelse().size() == 1 && node.orelse().get(0) instanceof Stmt.If elif) {
            Stmt.If inner = elif;
            node = inner;
            fill("elif ");
            traverse(inner.test());
            block(null, () -> traverseBody(inner.body()));
        }
        elseClause(node.orelse());
    }

    private void forHelper(String keyword, Expr target, Expr iter, List<Stmt> body,
            List<Stmt> orelse, String typeComment) {
        fill(keyword);
        setPrecedence(TUPLE, target);
        traverse(target);
        write(" in ");
        traverse(iter);
        block(typeComment, () -> traverseBody(body));
        elseClause(orelse);
    }

    private void withHelper(String keyword, List<WithItem> items, String typeComment,
            List<Stmt> body) {
        fill(keyword);
        delimitIf("(", ")", parenthesizeWithItems(),
                () -> interleave(", ", items, this::visitWithItem));
        block(typeComment, () -> traverseBody(body));
    }

    private void tryHelper(boolean star, List<Stmt> body, List<ExceptHandler> handlers,
            List<Stmt> orelse, List<Stmt> finalbody) {
        boolean saved = inTryStar;
        inTryStar = star;
        try {
            fill("try");
            block(null, () -> traverseBody(body));
            handlers.forEach(this::visitExceptHandler);
            elseClause(orelse);
            if (!finalbody.isEmpty()) {
                fill("finally");
                block(null, () -> traverseBody(finalbody));
            }
        } finally {
            inTryStar = saved;
        }
    }

    private void visitExceptHandler(ExceptHandler h) {
        fill(inTryStar ? "except*" : "except");
        if (h.type() != null) {
            write(" ");
            traverse(h.type());
        }
        if (h.name() != null) {
            write(" as ");
            write(h.name());
        }
        block(null, () -> traverseBody(h.body()));
    }

    private void decorators(List<Expr> decorators) {
        maybeNewline();
        for (Expr deco : decorators) {
            fill("@");
            traverse(deco);
        }
    }

    private void visitClassDef(Stmt.ClassDef c) {
        decorators(c.decoratorList());
        fill("class " + c.name());
        delimitIf("(", ")", !c.bases().isEmpty() || !c.keywords().isEmpty(), () -> {
            interleave(", ", c.bases(), this::traverse);
            if (!c.bases().isEmpty() && !c.keywords().isEmpty()) {
                write(", ");
            }
            interleave(", ", c.keywords(), this::visitKeyword);
        });
        block(null, () -> writeDocstringAndBody(c.body()));
    }

    private void functionHelper(String keyword, String name, Arguments args, List<Stmt> body,
            List<Expr> decorators, Expr returns, String typeComment) {
        decorators(decorators);
        fill(keyword + " " + name);
        delimit("(", ")", () -> visitArguments(args));
        if (returns != null) {
            write(" -> ");
            traverse(returns);
        }
        block(typeComment, () -> writeDocstringAndBody(body));
    }

    private void visitWithItem(WithItem w) {
        traverse(w.contextExpr());
        if (w.optionalVars() != null) {
            write(" as ");
            traverse(w.optionalVars());
        }
    }

    private void visitAlias(Alias a) {
        write(a.name());
        if (a.asname() != null) {
            write(" as " + a.asname());
        }
    }

    private void visitMatchCase(MatchCase c) {
        fill("case ");
        traverse(c.pattern());
        if (c.guard() != null) {
            write(" if ");
            traverse(c.guard());
        }
        block(null, () -> traverseBody(c.body()));
    }

    // ---- Expressions: see UnparserExprs for the per-kind printing -----------------------

    /** Prints one expression; protected so that a layout subclass may add parentheses. */
    protected void traverse(Expr expr) {
        UnparserExprs.print(this, expr);
    }

    void visitArg(Arg a) {
        write(a.arg());
        if (a.annotation() != null) {
            write(": ");
            traverse(a.annotation());
        }
    }

    void visitKeyword(Keyword k) {
        if (k.arg() == null) {
            write("**");
        } else {
            write(k.arg());
            write("=");
        }
        traverse(k.value());
    }

    void visitComprehension(Comprehension c) {
        write(c.isAsync() != 0 ? " async for " : " for ");
        setPrecedence(TUPLE, c.target());
        traverse(c.target());
        write(" in ");
        setPrecedence(next(TEST), c.iter());
        setPrecedence(next(TEST), c.ifs().toArray());
        traverse(c.iter());
        for (Expr cond : c.ifs()) {
            write(" if ");
            traverse(cond);
        }
    }

    void visitArguments(Arguments a) {
        boolean first = true;
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        int missing = all.size() - a.defaults().size();
        for (int i = 0; i < all.size(); i++) {
            if (!first) {
                write(", ");
            }
            first = false;
            visitArg(all.get(i));
            Expr d = i >= missing ? a.defaults().get(i - missing) : null;
            if (d != null) {
                write("=");
                traverse(d);
            }
            if (i + 1 == a.posonlyargs().size()) {
                write(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            if (!first) {
                write(", ");
            }
            first = false;
            write("*");
            if (a.vararg() != null) {
                visitArg(a.vararg());
            }
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            write(", ");
            visitArg(a.kwonlyargs().get(i));
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                write("=");
                traverse(d);
            }
        }
        if (a.kwarg() != null) {
            if (!first) {
                write(", ");
            }
            write("**");
            visitArg(a.kwarg());
        }
    }

    /** Prints one pattern (CPython: visit_Match*). */
    protected void traverse(Pattern pattern) {
        switch (pattern) {
            case Pattern.MatchValue v -> traverse(v.value());
            case Pattern.MatchSingleton s -> write(s.value().repr());
            case Pattern.MatchSequence s ->
                    delimit("[", "]", () -> interleave(", ", s.patterns(), this::traverse));
            case Pattern.MatchStar s -> write("*" + (s.name() == null ? "_" : s.name()));
            case Pattern.MatchMapping m -> delimit("{", "}", () -> {
                for (int i = 0; i < m.keys().size(); i++) {
                    if (i > 0) {
                        write(", ");
                    }
                    traverse(m.keys().get(i));
                    write(": ");
                    traverse(m.patterns().get(i));
                }
                if (m.rest() != null) {
                    if (!m.keys().isEmpty()) {
                        write(", ");
                    }
                    write("**" + m.rest());
                }
            });
            case Pattern.MatchClass c -> {
                setPrecedence(ATOM, c.cls());
                traverse(c.cls());
                delimit("(", ")", () -> {
                    interleave(", ", c.patterns(), this::traverse);
                    if (!c.kwdAttrs().isEmpty()) {
                        if (!c.patterns().isEmpty()) {
                            write(", ");
                        }
                        for (int i = 0; i < c.kwdAttrs().size(); i++) {
                            if (i > 0) {
                                write(", ");
                            }
                            write(c.kwdAttrs().get(i) + "=");
                            traverse(c.kwdPatterns().get(i));
                        }
                    }
                });
            }
            case Pattern.MatchAs a -> {
                if (a.name() == null) {
                    write("_");
                } else if (a.pattern() == null) {
                    write(a.name());
                } else {
                    requireParens(TEST, a, () -> {
                        setPrecedence(BOR, a.pattern());
                        traverse(a.pattern());
                        write(" as " + a.name());
                    });
                }
            }
            case Pattern.MatchOr o -> requireParens(BOR, o, () -> {
                setPrecedence(next(BOR), o.patterns().toArray());
                interleave(" | ", o.patterns(), this::traverse);
            });
        }
    }

    // ---- Shared with UnparserExprs -------------------------------------------------------

    boolean avoidBackslashes() {
        return avoidBackslashes;
    }

    void requireParensFor(int precedence, Node node, Runnable body) {
        requireParens(precedence, node, body);
    }

    void delimitText(String start, String end, Runnable body) {
        delimit(start, end, body);
    }

    void delimitTextIf(String start, String end, boolean condition, Runnable body) {
        delimitIf(start, end, condition, body);
    }

    <T> void interleaveItems(String separator, List<T> items, java.util.function.Consumer<T> f) {
        interleave(separator, items, f);
    }

    void writeItems(List<Expr> items) {
        itemsView(items);
    }

    String bufferedText(Runnable body) {
        return buffered(body);
    }

    static int nextPrecedence(int precedence) {
        return next(precedence);
    }

    void writeStrAvoidingBackslashes(String s, List<String> quoteTypes) {
        UnparserStrings.Literal lit = UnparserStrings.strLiteral(s, quoteTypes, false);
        String quote = lit.quotes().get(0);
        write(quote + lit.text() + quote);
    }
}
