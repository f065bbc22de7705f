package dev.krait.compiler;

import dev.krait.ast.Stmt;
import dev.krait.symtable.SymbolTable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The state of one compilation: the file, its symbol table, the stack of code units being built
 * (innermost on top), and the expression, statement and definition compilers that share it.
 */
final class CodeGenerator {
    private final String filename;
    private final SymbolTable table;
    private final boolean interactive;
    private final int optimize;
    private final Deque<CodeUnit> units = new ArrayDeque<>();
    /**
     * The top of {@link #units}, which every name, constant and position the compiler emits
     * asks for: a field read, where the deque's peek is a call chain in C1's code (the front
     * end is never compiled by C2, bin/krait-compiler-directives.json).
     */
    private CodeUnit current;
    private final ExpressionCompiler expressions = new ExpressionCompiler(this);
    private final StatementCompiler statements = new StatementCompiler(this);
    private final DefinitionCompiler definitions = new DefinitionCompiler(this);
    /** What compiling a function body later needs of this compilation; made on first use. */
    private Deferred deferred;

    CodeGenerator(String filename, SymbolTable table, boolean interactive, int optimize) {
        this.filename = filename;
        this.table = table;
        this.interactive = interactive;
        this.optimize = optimize;
    }

    String filename() {
        return filename;
    }

    SymbolTable table() {
        return table;
    }

    boolean interactive() {
        return interactive;
    }

    int optimize() {
        return optimize;
    }

    boolean futureAnnotations() {
        return table.future().annotations();
    }

    CodeUnit unit() {
        return current;
    }

    void push(CodeUnit u) {
        units.push(u);
        current = u;
    }

    void pop() {
        units.pop();
        current = units.peek();
    }

    ExpressionCompiler expressions() {
        return expressions;
    }

    StatementCompiler statements() {
        return statements;
    }

    DefinitionCompiler definitions() {
        return definitions;
    }

    /**
     * This compilation's settings, kept for the function bodies compiled on first call: each
     * such body gets a generator of its own (two functions of one module may be first called
     * by two threads at once).
     */
    Deferred forLater() {
        if (deferred == null) {
            deferred = new Deferred(filename, table, interactive, optimize);
        }
        return deferred;
    }

    /** See {@link #forLater}. */
    record Deferred(String filename, SymbolTable table, boolean interactive, int optimize) {
        void compileFunctionBody(dev.krait.objects.PyCode code, CodeUnit unit, List<Stmt> body,
                dev.krait.objects.PyObject doc, int firstLine, boolean returnsNone) {
            CodeGenerator gen = new CodeGenerator(filename, table, interactive, optimize);
            gen.deferred = this;
            gen.definitions().functionBody(code, unit, body, doc, firstLine, returnsNone);
        }
    }

    /** Whether a body has annotated assignments (CPython: compile.c find_ann). */
    static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Stmt.AsyncFor f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Stmt.While w -> hasAnnotations(w.body()) || hasAnnotations(w.orelse());
                case Stmt.If i -> hasAnnotations(i.body()) || hasAnnotations(i.orelse());
                case Stmt.With w -> hasAnnotations(w.body());
                case Stmt.AsyncWith w -> hasAnnotations(w.body());
                case Stmt.Try t -> hasAnnotations(t.body()) || hasAnnotations(t.orelse())
                        || hasAnnotations(t.finalbody())
                        || handlersHaveAnnotations(t.handlers());
                case Stmt.TryStar t -> hasAnnotations(t.body()) || hasAnnotations(t.orelse())
                        || hasAnnotations(t.finalbody())
                        || handlersHaveAnnotations(t.handlers());
                case Stmt.Match m -> casesHaveAnnotations(m.cases());
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    // Loops, not streams: every module and class body is searched at import, mostly while
    // the JVM still interprets, where a stream pipeline costs many calls per element.
    private static boolean handlersHaveAnnotations(List<dev.krait.ast.ExceptHandler> handlers) {
        for (dev.krait.ast.ExceptHandler h : handlers) {
            if (hasAnnotations(h.body())) {
                return true;
            }
        }
        return false;
    }

    private static boolean casesHaveAnnotations(List<dev.krait.ast.MatchCase> cases) {
        for (dev.krait.ast.MatchCase c : cases) {
            if (hasAnnotations(c.body())) {
                return true;
            }
        }
        return false;
    }
}
