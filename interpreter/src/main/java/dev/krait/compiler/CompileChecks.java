package dev.krait.compiler;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.Mod;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.objects.PyObject;
import dev.krait.symtable.StaticChecks;
import dev.krait.symtable.SymbolTable;
import java.util.List;

/**
 * The syntax errors CPython's compiler raises after the symbol table ('return' outside function,
 * 'break' outside loop, ...) and its SyntaxWarnings, from the symtable package's static checks,
 * given this compiler's constant folding: CPython checks the tree its AST optimizer folded.
 */
final class CompileChecks {
    private CompileChecks() {}

    static List<StaticChecks.Warning> run(Mod module, SymbolTable table, int optimize)
            throws PythonSyntaxError {
        return run(module, table, optimize, false);
    }

    /** As above, the module's own code allowed to await ({@code PyCF_ALLOW_TOP_LEVEL_AWAIT}). */
    static List<StaticChecks.Warning> run(Mod module, SymbolTable table, int optimize,
            boolean allowTopLevelAwait) throws PythonSyntaxError {
        return StaticChecks.check(module, table, e -> fold(e, optimize), optimize,
                allowTopLevelAwait);
    }

    private static ConstantValue fold(Expr e, int optimize) {
        if (e instanceof Expr.Constant k) {
            return k.value();
        }
        PyObject folded = ConstantFolder.fold(e, optimize);
        return folded == null ? null : Constants.valueOf(folded);
    }
}
