package dev.krait.text;

/**
 * A Python exception raised by one of the text algorithms of this package, named by its Python
 * type ({@code "ValueError"}, {@code "OverflowError"}, {@code "TypeError"}, {@code "MemoryError"})
 * and carrying CPython's exact message. This package knows nothing of Python objects, so the
 * evaluator catches it at the boundary and raises the Python exception of that type.
 *
 * <p>Like every Python exception in Krait it captures no Java stack trace: it is an answer to bad
 * input, not a bug.
 */
public final class TextFormatError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public TextFormatError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The Python exception type's name, such as {@code "ValueError"}. */
    public String pythonType() {
        return pythonType;
    }

    static TextFormatError valueError(String message) {
        return new TextFormatError("ValueError", message);
    }

    static TextFormatError overflowError(String message) {
        return new TextFormatError("OverflowError", message);
    }

    static TextFormatError typeError(String message) {
        return new TextFormatError("TypeError", message);
    }

    /** What CPython raises when a result could not be allocated. */
    static TextFormatError memoryError() {
        return new TextFormatError("MemoryError", "");
    }

    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
