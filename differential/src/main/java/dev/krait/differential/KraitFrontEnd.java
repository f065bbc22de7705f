package dev.krait.differential;

/**
 * Krait's side of a parse comparison. INTERIM: the contract only.
 */
public final class KraitFrontEnd {
    private KraitFrontEnd() {}

    /** Krait's parse of the source, in the same shape as {@link CPythonOracle#parse}. */
    public static ParseOutcome parse(byte[] source, boolean includeAttributes) {
        throw new UnsupportedOperationException("KraitFrontEnd is not written yet");
    }
}
