package dev.krait.symtable;

import dev.krait.ast.Mod;

import dev.krait.lexer.PythonSyntaxError;
import java.util.IdentityHashMap;

/**
 * The scopes of a parsed module: for each block (module, class, function, lambda, comprehension)
 * which names are local, global, free or cells, as CPython 3.11's symbol table computes them. The
 * compiler asks it how to access each name, and the code objects' {@code co_varnames},
 * {@code co_cellvars} and {@code co_freevars}.
 *
 * <p>Building runs CPython's pipeline before code generation: the {@code __future__} imports
 * ({@link FutureFeatures}), then the two passes of {@code Python/symtable.c}: {@link ScopeBuilder}
 * collects the facts, {@link ScopeAnalysis} resolves them.
 */
public final class SymbolTable {
    private final Scope top;
    private final IdentityHashMap<Object, Scope> blocks;
    private final FutureFeatures future;
    private final String filename;

    private SymbolTable(Scope top, IdentityHashMap<Object, Scope> blocks, FutureFeatures future,
            String filename) {
        this.top = top;
        this.blocks = blocks;
        this.future = future;
        this.filename = filename;
    }

    /** A table read back from the parsed-module cache ({@link ScopeCodec}). */
    static SymbolTable of(Scope top, IdentityHashMap<Object, Scope> blocks, FutureFeatures future,
            String filename) {
        return new SymbolTable(top, blocks, future, filename);
    }

    /** The file name errors name. */
    public String filename() {
        return filename;
    }

    /**
     * Builds the scopes of a module; raises the SyntaxErrors that {@code Python/future.c} and
     * {@code Python/symtable.c} raise, and CPython's RecursionError (as a
     * {@link SymtableRecursionException}) for a tree too deep to analyse.
     */
    // CPython: Python/symtable.c _PySymtable_Build
    public static SymbolTable build(Mod module, String filename) throws PythonSyntaxError {
        FutureFeatures future = FutureFeatures.of(module, filename);
        ScopeBuilder st = new ScopeBuilder(filename, future.annotations());
        st.enterBlock("top", Scope.Kind.MODULE, module, 0, 0);
        Scope top = st.current;
        try {
            switch (module) {
                case Mod.Module m -> st.visitStatements(m.body());
                case Mod.Interactive m -> st.visitStatements(m.body());
                case Mod.Expression m -> st.exprs.visit(m.body());
                // CPython raises RuntimeError: func_type trees are for type checkers only.
                case Mod.FunctionType m -> throw new IllegalArgumentException(
                        "this compiler does not handle FunctionTypes");
            }
        } catch (ScopeBuilder.SymtableRecursionError e) {
            throw new SymtableRecursionException(e.getMessage());
        } catch (StackOverflowError e) {
            throw new SymtableRecursionException(
                    "maximum recursion depth exceeded during compilation");
        }
        st.exitBlock();
        new ScopeAnalysis(filename).analyze(top);
        SymbolTable table = new SymbolTable(top, st.blocks, future, filename);
        switch (module) {
            case Mod.Module m -> LocalsOrder.compute(table, m.body(), future.annotations());
            case Mod.Interactive m -> LocalsOrder.compute(table, m.body(), future.annotations());
            case Mod.Expression m -> LocalsOrder.computeExpression(table, m.body());
            case Mod.FunctionType m -> { }
        }
        return table;
    }

    /** The module's block. */
    public Scope top() {
        return top;
    }

    /**
     * The block that a FunctionDef, AsyncFunctionDef, ClassDef, Lambda, ListComp, SetComp,
     * DictComp or GeneratorExp node opens (by identity), or {@code null} for any other node.
     */
    public Scope scopeOf(Object node) {
        synchronized (blocks) {
            return blocks.get(node);
        }
    }

    /**
     * Moves the block that {@code standIn} opens to {@code node}: a table read from the
     * parsed-module cache names the blocks within a function body not read yet by stand-ins
     * ({@code ast.LazyStmts}), and reading the body names their nodes. Locked, since two
     * threads may first call two functions of one module at once.
     */
    public void rebind(Object standIn, Object node) {
        synchronized (blocks) {
            Scope s = blocks.remove(standIn);
            if (s != null) {
                s.rebind(node);
                blocks.put(node, s);
            }
        }
    }

    /** The {@code __future__} features the module imports. */
    public FutureFeatures future() {
        return future;
    }

    /**
     * A SyntaxError at an AST node's range, as symtable.c and compile.c report it: CPython passes
     * the node's UTF-8 byte columns plus one as the offsets, without converting them to
     * characters, and gives no text (the traceback reads the line from the file).
     */
    // CPython: Python/errors.c PyErr_RangedSyntaxLocationObject
    static PythonSyntaxError syntaxError(String msg, String filename, int lineno, int colOffset,
            int endLineno, int endColOffset) {
        return new PythonSyntaxError(PythonSyntaxError.Type.SyntaxError, msg, filename, lineno,
                colOffset + 1, null, endLineno, endColOffset + 1);
    }
}
