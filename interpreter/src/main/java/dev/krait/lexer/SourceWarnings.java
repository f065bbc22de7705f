package dev.krait.lexer;

/**
 * Where the front end sends the warnings CPython's tokenizer and parser issue while they read a
 * source, before any code exists: an invalid escape in a string literal is a DeprecationWarning
 * in 3.11, a number run into a keyword ({@code 1if x else y}) a SyntaxWarning.
 *
 * <p>The front end sits below the runtime and cannot consult the {@code warnings} filters
 * itself, so its caller passes one of these: the runtime's issues each warning through the
 * filters ({@code dev.krait.runtime.FrontEndErrors#warnings}); {@link #NONE} drops them, for
 * callers with no interpreter ({@code krait --ast}) or that parse only to look ahead.
 */
@FunctionalInterface
public interface SourceWarnings {
    /** The warning categories the front end issues. */
    enum Category { DEPRECATION_WARNING, SYNTAX_WARNING }

    /**
     * Issues one warning at {@code filename:lineno}. Returns true when the filters turned it into
     * an error: the front end then raises a SyntaxError with the same message at the warning's
     * place, as CPython does to report it more precisely. Other exceptions the filters raise
     * propagate unchanged.
     */
    // CPython: Parser/string_parser.c warn_invalid_escape_sequence, Parser/tokenizer.c parser_warn
    boolean warn(Category category, String message, String filename, int lineno);

    /** Drops every warning. */
    SourceWarnings NONE = (category, message, filename, lineno) -> false;
}
