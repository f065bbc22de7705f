package dev.krait.cli;

import dev.krait.lexer.PythonSyntaxError;
import java.io.PrintStream;

/**
 * Prints an uncaught SyntaxError exactly as CPython 3.11's default excepthook does (CPython:
 * Python/pythonrun.c {@code print_exception}, {@code print_error_text}). INTERIM: last line only.
 */
public final class SyntaxErrorDisplay {
    private SyntaxErrorDisplay() {}

    public static void print(PythonSyntaxError error, PrintStream err) {
        err.println(error.lastLine());
    }
}
