package dev.krait.differential;

/**
 * CPython 3.11 as the oracle. INTERIM: the contract only.
 */
public final class CPythonOracle implements AutoCloseable {
    private CPythonOracle() {}

    /** Starts a long-lived CPython helper process. */
    public static CPythonOracle start() {
        throw new UnsupportedOperationException("CPythonOracle is not written yet");
    }

    /** {@code ast.dump(ast.parse(source), include_attributes=...)} in CPython, or the exception. */
    public ParseOutcome parse(byte[] source, boolean includeAttributes) {
        throw new UnsupportedOperationException("CPythonOracle is not written yet");
    }

    @Override
    public void close() {}
}
