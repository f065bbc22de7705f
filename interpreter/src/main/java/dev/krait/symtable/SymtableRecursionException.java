package dev.krait.symtable;

/**
 * CPython's {@code RecursionError: maximum recursion depth exceeded during compilation}, raised
 * when a tree is nested too deeply for the symbol table or the compiler. The runtime turns it
 * into the Python exception ({@code dev.krait.runtime.FrontEndErrors}).
 */
public final class SymtableRecursionException extends dev.krait.lexer.FrontEndError {
    public SymtableRecursionException(String message) {
        super(message);
    }

    @Override
    public String lastLine() {
        return "RecursionError: " + getMessage();
    }
}
