package dev.krait.compiler;

import dev.krait.ast.Mod;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyExceptions;
import dev.krait.parser.Parser;

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
        throw PyExceptions.notImplementedError("the compiler is being written");
    }
}
