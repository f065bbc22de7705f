package dev.krait.lexer;

/**
 * A SyntaxError, IndentationError or TabError found while reading source, carrying what CPython's
 * exception carries: {@code msg} and
 * {@code (filename, lineno, offset, text, end_lineno, end_offset)}.
 * Offsets are 1-based character offsets in the line, as CPython 3.11 reports them (0 when CPython
 * reports none). The evaluator turns it into the Python exception; it captures no Java stack trace.
 */
public final class PythonSyntaxError extends FrontEndError {
    /** The Python exception class. */
    public enum Type { SyntaxError, IndentationError, TabError }

    public final Type type;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    /** The source line the error is on, with its newline as CPython keeps it, or {@code null}. */
    public final String text;
    public final int endLineno;
    public final int endOffset;

    public PythonSyntaxError(Type type, String msg, String filename, int lineno, int offset,
            String text, int endLineno, int endOffset) {
        super(msg);
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    @Override
    public String lastLine() {
        return type + ": " + msg;
    }
}
