package dev.krait.compat;

import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * {@code bin/compat-record [RUN.json]}: appends a full suite run to the history kept in the repo
 * ({@code compat-reports/history/}): its compact summary, with the latest benchmark ratios, and
 * every test's status where it changed. Recording the same run twice changes nothing.
 */
public final class RecordCommand {
    private RecordCommand() {}

    /** {@code RecordCommand ROOT [RUN.json]}. */
    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        Sources sources;
        Dashboard d;
        try {
            sources = Sources.ofRoot(root, args.length > 1 ? Path.of(args[1]) : null);
            d = sources.load();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("compat-record: " + e.getMessage());
            System.exit(1);
            return;
        }
        RunSummary summary = d.report().summary(d.benchmarks().latestRatios());
        d.history().record(summary, d.report().statuses());
        System.out.printf("recorded %s (%s): %d of %d CPython passes, %d runs in the history%n",
                sources.run(), summary.shortCommit(), summary.kraitPasses(),
                summary.cpythonPasses(), History.read(sources.history()).runs().size());
    }
}
