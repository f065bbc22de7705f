package dev.krait.lexer;

/**
 * What the front end (tokenizer, parser, symbol table, compile-time checks) throws when it
 * rejects a source: the Java form of the exception CPython's parser raises -- a
 * {@link PythonSyntaxError}, a {@link PythonUnicodeDecodeError}, or a
 * {@link dev.krait.parser.ParserOverflowError} for a source nested too deeply.
 *
 * <p>The front end sits below the runtime and cannot make Python objects, so it throws these
 * and each caller above decides what they become: the runtime turns them into Python
 * exceptions in one place ({@code dev.krait.runtime.FrontEndErrors}), the command line prints
 * {@link #lastLine()}. Like the exceptions they stand for, they capture no Java stack trace.
 */
public abstract class FrontEndError extends RuntimeException {
    protected FrontEndError(String message) {
        super(message, null, false, false);
    }

    /**
     * The last line of the traceback CPython prints for the error, e.g.
     * {@code "SyntaxError: invalid syntax"}.
     */
    public abstract String lastLine();
}
