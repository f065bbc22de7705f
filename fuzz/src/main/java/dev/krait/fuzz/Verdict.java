package dev.krait.fuzz;

import dev.krait.differential.ParseOutcome;

/**
 * How Krait's outcome on one source compares with CPython's, from worst to fine. The first kinds
 * are divergences that fail a test; a message or offset difference (same exception type, same
 * line) is reported apart, as the syntax-error messages are a separate piece of work.
 */
public enum Verdict {
    /** Krait threw something other than a Python exception, overflowed its stack or hung. */
    KRAIT_CRASH,
    /** CPython parsed it; Krait raised. */
    ONLY_CPYTHON_PARSES,
    /** Krait parsed it; CPython raised. */
    ONLY_KRAIT_PARSES,
    /** Both parsed, to different trees (fields or positions). */
    AST_DIFFERS,
    /** Both raised, but a different exception type or on a different line. */
    ERROR_DIFFERS,
    /** Both raised the same type on the same line, with a different message. */
    MESSAGE_DIFFERS,
    /** Same type, line and message; the offsets or end position differ. */
    OFFSET_DIFFERS,
    /** The same dump, or the same exception with the same position. */
    AGREE;

    /** Whether this is a divergence that must fail a test (not a message-level difference). */
    public boolean isDivergence() {
        return ordinal() <= ERROR_DIFFERS.ordinal();
    }

    /** Compares two outcomes; {@code krait} is {@code null} when Krait crashed. */
    public static Verdict of(ParseOutcome cpython, ParseOutcome krait) {
        if (krait == null) {
            return KRAIT_CRASH;
        }
        if (cpython.isParsed() != krait.isParsed()) {
            return cpython.isParsed() ? ONLY_CPYTHON_PARSES : ONLY_KRAIT_PARSES;
        }
        if (cpython.isParsed()) {
            return cpython.dump().equals(krait.dump()) ? AGREE : AST_DIFFERS;
        }
        if (!cpython.errorType().equals(krait.errorType()) || cpython.lineno() != krait.lineno()) {
            return ERROR_DIFFERS;
        }
        if (!java.util.Objects.equals(cpython.message(), krait.message())) {
            return MESSAGE_DIFFERS;
        }
        return cpython.equals(krait) ? AGREE : OFFSET_DIFFERS;
    }
}
