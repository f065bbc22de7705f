package dev.krait.compiler;

import dev.krait.ast.Mod;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.symtable.SymbolTable;

/**
 * The syntax errors CPython's compiler raises after the symbol table ('return' outside function,
 * 'break' outside loop, ...), from the symtable package's static checks.
 */
final class CompileChecks {
    private CompileChecks() {}

    static java.util.List<dev.krait.symtable.StaticChecks.Warning> run(Mod module,
            SymbolTable table) throws PythonSyntaxError {
        return dev.krait.symtable.StaticChecks.check(module, table);
    }
}
