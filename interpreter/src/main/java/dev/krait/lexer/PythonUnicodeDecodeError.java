package dev.krait.lexer;

/**
 * A {@code UnicodeDecodeError} escaping {@code ast.parse}: CPython lets one through, instead of a
 * SyntaxError, when it finds an undecodable name while tokenizing the rest of the source after a
 * parser error (CPython: Parser/pegen_errors.c
 * {@code _PyPegen_tokenize_full_source_to_check_for_errors}). {@code msg} is the exception's
 * {@code str()}, e.g. {@code 'utf-8' codec can't decode byte 0xff in position 0: invalid start
 * byte}. Like {@link PythonSyntaxError} it captures no Java stack trace.
 */
public final class PythonUnicodeDecodeError extends FrontEndError {
    public final String msg;

    public PythonUnicodeDecodeError(String msg) {
        super(msg);
        this.msg = msg;
    }

    @Override
    public String lastLine() {
        return "UnicodeDecodeError: " + msg;
    }
}
