package dev.krait.parser;

import dev.krait.ast.Mod;

/**
 * The parser's entry points. INTERIM: the contract only; the grammar arrives in this package.
 */
public final class Parser {
    private Parser() {}

    /** What to parse, as CPython's {@code compile()} modes. */
    public enum Mode { EXEC, EVAL, SINGLE, FUNC_TYPE }

    /**
     * Parses source bytes as {@code ast.parse(source_bytes, filename, mode)} does: decodes them (PEP 263,
     * BOM), tokenizes and parses. Throws {@link dev.krait.lexer.PythonSyntaxError} for a SyntaxError,
     * IndentationError or TabError, and {@link ParserOverflowError} where CPython raises MemoryError or
     * RecursionError.
     */
    public static Mod parse(byte[] source, String filename, Mode mode) {
        throw new ParserOverflowError("NotImplementedError", "the parser is not written yet");
    }
}
