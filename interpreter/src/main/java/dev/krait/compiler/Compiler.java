package dev.krait.compiler;

import dev.krait.ast.Expr;
import dev.krait.ast.Mod;
import dev.krait.ast.Stmt;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.nodes.DisplayNodes;
import dev.krait.nodes.FunctionBody;
import dev.krait.nodes.NameNodes;
import dev.krait.nodes.OpNodes;
import dev.krait.nodes.StmtNode;
import dev.krait.nodes.StmtNodes;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyObject;
import dev.krait.parser.Parser;
import dev.krait.symtable.StaticChecks;
import dev.krait.symtable.SymbolTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parsed module into a code object whose body is an executable tree: scopes are resolved
 * by the symbol table, every local variable becomes an array slot, constants become objects, and
 * the compile-stage syntax errors are raised — what CPython's compiler does before any code runs.
 *
 * <p>CPython counterpart: Python/compile.c {@code _PyAST_Compile}.
 */
public final class Compiler {
    private Compiler() {}

    /**
     * Compiles {@code module} (parsed in {@code mode}) from {@code filename}; raises the
     * SyntaxErrors of the symbol table and compile stages.
     */
    public static PyCode compile(Mod module, String filename, Parser.Mode mode)
            throws PythonSyntaxError {
        return compile(module, filename, mode, 0);
    }

    /**
     * Only the static checks of compiling {@code module} (whose symbol table is {@code table}):
     * raises the first compile-stage SyntaxError, else returns the SyntaxWarnings, as
     * {@link #compile} would; for tools that check trees without running them.
     */
    public static List<StaticChecks.Warning> staticChecks(Mod module, SymbolTable table,
            int optimize) throws PythonSyntaxError {
        return CompileChecks.run(module, table, optimize);
    }

    /** As {@link #compile(Mod, String, Parser.Mode)}, with {@code -O}'s optimization level. */
    public static PyCode compile(Mod module, String filename, Parser.Mode mode, int optimize)
            throws PythonSyntaxError {
        return compile(module, filename, mode, optimize, w -> { });
    }

    /**
     * Compiles, handing each SyntaxWarning the compiler emits ({@code "is" with a literal},
     * ...) to {@code warnings} in CPython's order, before any code runs.
     */
    public static PyCode compile(Mod module, String filename, Parser.Mode mode, int optimize,
            java.util.function.Consumer<StaticChecks.Warning> warnings) throws PythonSyntaxError {
        return compile(module, filename, mode, optimize, warnings, false);
    }

    /**
     * As above; when {@code checked}, the tree is known to pass the static checks (CPython's
     * compile-stage SyntaxErrors and SyntaxWarnings) without a warning, because compiling the
     * same tree did before (the parsed-module cache records it), and they are skipped: they
     * depend on the tree alone, and are a full walk of it.
     */
    public static PyCode compile(Mod module, String filename, Parser.Mode mode, int optimize,
            java.util.function.Consumer<StaticChecks.Warning> warnings, boolean checked)
            throws PythonSyntaxError {
        return compile(module, filename, mode, optimize, warnings, checked, null);
    }

    /**
     * As above, with the module's symbol table when the parsed-module cache had it
     * ({@code dev.krait.symtable.ScopeCodec}: stored only for a tree whose table builds without
     * an error, so no error is lost), or {@code null} to build it.
     */
    public static PyCode compile(Mod module, String filename, Parser.Mode mode, int optimize,
            java.util.function.Consumer<StaticChecks.Warning> warnings, boolean checked,
            SymbolTable stored) throws PythonSyntaxError {
        return compile(module, filename, mode, optimize, warnings, checked, stored, false);
    }

    /**
     * As above; {@code allowTopLevelAwait} is compile()'s {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}:
     * the module's own code may await and hold {@code async for}, {@code async with} and
     * asynchronous comprehensions, and a module that does is a coroutine's code
     * ({@code CO_COROUTINE}): running it returns the coroutine that runs it.
     */
    public static PyCode compile(Mod module, String filename, Parser.Mode mode, int optimize,
            java.util.function.Consumer<StaticChecks.Warning> warnings, boolean checked,
            SymbolTable stored, boolean allowTopLevelAwait) throws PythonSyntaxError {
        SymbolTable table = stored;
        try {
            if (table == null) {
                table = SymbolTable.build(module, filename);
            }
        } catch (dev.krait.symtable.SymtableRecursionException e) {
            throw dev.krait.runtime.FrontEndErrors.toPython(e);
        }
        if (!checked) {
            for (StaticChecks.Warning w : CompileChecks.run(module, table, optimize,
                    allowTopLevelAwait)) {
                warnings.accept(w);
            }
        }
        CodeGenerator gen = new CodeGenerator(filename, table, mode == Parser.Mode.SINGLE,
                optimize);
        CodeUnit unit = new CodeUnit(table.top(), CodeUnit.Kind.MODULE, null, "<module>",
                "<module>", null);
        gen.push(unit);
        unit.addPosition(0, 0, 1, 0);
        List<StmtNode> body = new ArrayList<>();
        switch (module) {
            case Mod.Module m -> {
                List<Stmt> stmts = m.body();
                PyObject doc = DefinitionCompiler.docstring(stmts, optimize);
                if (doc != null) {
                    unit.addConst(doc);
                    unit.addName("__doc__");
                    Stmt first = stmts.get(0);
                    body.add(new StmtNodes.Assign(new NameNodes.Target[] {
                        new NameNodes.StoreName("__doc__")},
                        new OpNodes.Constant(doc, first.lineno(), first.colOffset(),
                                first.endLineno(), first.endColOffset()),
                        first.lineno(), first.colOffset(), first.endLineno(),
                        first.endColOffset()));
                    stmts = stmts.subList(1, stmts.size());
                }
                if (CodeGenerator.hasAnnotations(m.body())) {
                    body.add(new DisplayNodes.SetupAnnotations(1, 0, 1, 0));
                }
                body.addAll(List.of(gen.statements().compileBlock(stmts)));
            }
            case Mod.Interactive m -> {
                if (CodeGenerator.hasAnnotations(m.body())) {
                    body.add(new DisplayNodes.SetupAnnotations(1, 0, 1, 0));
                }
                body.addAll(List.of(gen.statements().compileBlock(m.body())));
            }
            case Mod.Expression e -> {
                Expr x = e.body();
                body.add(new StmtNodes.Return(gen.expressions().compile(x), x.lineno(),
                        x.colOffset(), x.endLineno(), x.endColOffset()));
            }
            case Mod.FunctionType f -> throw dev.krait.objects.PyExceptions.valueError(
                    "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        gen.pop();
        // CPython: compile.c compute_code_flags (IS_TOP_LEVEL_AWAIT and ste_coroutine)
        int flags = allowTopLevelAwait && table.top().isCoroutine() ? PyCode.CO_COROUTINE : 0;
        PyCode code = new PyCode("<module>", "<module>", filename, 1, 0, 0, 0, flags,
                new String[0], new String[0], new String[0], null);
        unit.finish(code, !(module instanceof Mod.Expression));
        code.setInvoker(new FunctionBody(code, body.toArray(new StmtNode[0]), 0, new int[0]));
        code.setOrigin(new CompiledModule(module, filename, mode, optimize, allowTopLevelAwait));
        return code;
    }
}
