package dev.krait.differential;

/**
 * What parsing one source gave, in the same shape for CPython and for Krait so that the two compare
 * with {@code equals}: either the {@code ast.dump} text, or the exception raised (type name, message
 * and, for the SyntaxError family, its position; 0 where the exception carries none).
 */
public record ParseOutcome(String dump, String errorType, String message, int lineno, int offset,
        int endLineno, int endOffset) {

    public static ParseOutcome parsed(String dump) {
        return new ParseOutcome(dump, null, null, 0, 0, 0, 0);
    }

    public boolean isParsed() {
        return dump != null;
    }
}
