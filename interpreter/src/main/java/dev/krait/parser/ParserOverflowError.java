package dev.krait.parser;

/**
 * A source too deeply nested to parse: CPython raises MemoryError ("Parser stack overflowed - Python
 * source too complex to parse") or RecursionError for these. Carries the Python exception's type name
 * and message; captures no Java stack trace.
 */
public final class ParserOverflowError extends dev.krait.lexer.FrontEndError {
    public final String pythonType;

    public ParserOverflowError(String pythonType, String message) {
        super(message);
        this.pythonType = pythonType;
    }

    /**
     * The last line of the traceback CPython prints, e.g. {@code "RecursionError: ..."}; a bare
     * {@code "MemoryError"} when there is no message, as Python prints an exception whose
     * {@code str()} is empty.
     */
    @Override
    public String lastLine() {
        String message = getMessage();
        return message == null || message.isEmpty() ? pythonType : pythonType + ": " + message;
    }
}
