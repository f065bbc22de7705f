package dev.krait.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * Runs one case through both parsers and, on a divergence, reduces it and writes the report a
 * failing test shows: the case name, the reduced program, the two outcomes.
 */
public final class Campaign {
    /** Checks a reduction may spend; a few seconds at most per divergence. */
    public static final int REDUCTION_CHECKS = 1500;

    private final Differential differential;

    public Campaign(Differential differential) {
        this.differential = differential;
    }

    /**
     * What one case gave: the verdict and both outcomes. {@link #report()} reduces the case first
     * (keeping the same verdict), so a caller that skips a known divergence pays nothing for it.
     */
    public final class Finding {
        private final String name;
        private final String source;
        private final java.nio.charset.Charset charset;
        private final Differential.Result result;

        private Finding(String name, String source, java.nio.charset.Charset charset,
                Differential.Result result) {
            this.name = name;
            this.source = source;
            this.charset = charset;
            this.result = result;
        }

        public Verdict verdict() {
            return result.verdict();
        }

        public Differential.Result result() {
            return result;
        }

        /** The key of this kind of divergence in a known-divergences list. */
        public String outcomeKey() {
            return "outcome:" + result.cpython().errorType() + "/"
                    + (result.krait() == null ? "crash" : result.krait().errorType());
        }

        /** The reduced program (the case itself when both agree). */
        public String reduced() {
            Verdict kind = result.verdict();
            if (kind == Verdict.AGREE) {
                return source;
            }
            Predicate<String> same = candidate ->
                    differential.check(candidate.getBytes(charset)).verdict() == kind;
            return Reducer.reduce(source, same, REDUCTION_CHECKS);
        }

        /** What a failing test shows: the name, the reduced program, both outcomes on it. */
        public String report() {
            String reduced = reduced();
            Differential.Result small = differential.check(reduced.getBytes(charset));
            return name + ": " + result.verdict() + "\n--- reduced program (" + reduced.length()
                    + " chars; original " + source.length() + ") ---\n" + reduced
                    + "\n--- repr: " + dev.krait.text.Repr.strRepr(reduced) + "\n"
                    + small.describe();
        }
    }

    public Finding run(String name, String source) {
        return run(name, source, StandardCharsets.UTF_8);
    }

    /** Runs one case whose text becomes bytes through {@code charset}. */
    public Finding run(String name, String source, java.nio.charset.Charset charset) {
        return new Finding(name, source, charset, differential.check(source.getBytes(charset)));
    }
}
