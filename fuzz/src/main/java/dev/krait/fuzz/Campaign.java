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

    /** What one case gave: the verdict, and a report when it is not {@link Verdict#AGREE}. */
    public record Finding(Verdict verdict, String report, String reduced,
            Differential.Result result) {
        /** The key of this kind of divergence in a known-divergences list. */
        public String outcomeKey() {
            return "outcome:" + result.cpython().errorType() + "/"
                    + (result.krait() == null ? "crash" : result.krait().errorType());
        }
    }

    public Finding run(String name, String source) {
        return run(name, source, StandardCharsets.UTF_8);
    }

    /** Runs one case whose text becomes bytes through {@code charset}. */
    public Finding run(String name, String source, java.nio.charset.Charset charset) {
        Differential.Result result = differential.check(source.getBytes(charset));
        if (result.verdict() == Verdict.AGREE) {
            return new Finding(Verdict.AGREE, null, null, result);
        }
        Verdict kind = result.verdict();
        Predicate<String> same =
                candidate -> differential.check(candidate.getBytes(charset)).verdict() == kind;
        String reduced = kind.isDivergence()
                ? Reducer.reduce(source, same, REDUCTION_CHECKS) : source;
        Differential.Result small = differential.check(reduced.getBytes(charset));
        String report = name + ": " + kind + "\n--- reduced program (" + reduced.length()
                + " chars; original " + source.length() + ") ---\n" + reduced
                + "\n--- repr: " + dev.krait.text.Repr.strRepr(reduced) + "\n"
                + small.describe();
        return new Finding(kind, report, reduced, result);
    }
}
