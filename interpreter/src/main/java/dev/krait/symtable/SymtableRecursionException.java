package dev.krait.symtable;

/**
 * CPython's {@code RecursionError: maximum recursion depth exceeded during compilation}, raised
 * when a tree is nested too deeply for the symbol table or the compiler. The evaluator turns it
 * into the Python exception; it captures no Java stack trace.
 */
public final class SymtableRecursionException extends RuntimeException {
    public SymtableRecursionException(String message) {
        super(message, null, false, false);
    }
}
