package dev.krait.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the differential corpus and the fuzz campaigns hold, counted from the repo's files: corpus
 * programs per feature folder ({@code corpus/programs/FEATURE/}, and
 * {@code corpus/stdlib/MODULE/} as {@code stdlib/MODULE}) and how many Krait still runs
 * differently ({@code known-failing.txt}); the divergences the fuzzers found, kept as programs
 * ({@code programs/fuzz/}, {@code corpus/fuzz-regressions/}), and how many are fixed (not known
 * failing); the short campaign's seeds that still diverge ({@code fuzz/known-run-divergences.tsv});
 * and the last long campaign's summary when one was run on this machine.
 */
public record CorpusStats(Map<String, Feature> features, int fuzzFound, int fuzzFixed,
        int parserRegressions, List<String[]> runDivergences, String campaignSummary) {

    /** One feature folder: its programs and how many Krait still runs differently. */
    public record Feature(String name, int programs, int knownFailing) {}

    /** All corpus programs. */
    public int programs() {
        return features.values().stream().mapToInt(Feature::programs).sum();
    }

    /** All corpus programs Krait still runs differently. */
    public int knownFailing() {
        return features.values().stream().mapToInt(Feature::knownFailing).sum();
    }

    /** Counts the files under the repo {@code root}. */
    public static CorpusStats read(Path root) {
        Path programs = root.resolve("differential/corpus/programs");
        try {
            List<String> failing = new ArrayList<>();
            Path known = programs.resolve("known-failing.txt");
            if (Files.exists(known)) {
                for (String line : Files.readAllLines(known, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        failing.add(line.split("\t", 2)[0].trim());
                    }
                }
            }
            Map<String, Feature> features = new TreeMap<>();
            countPrograms(programs, "", failing, features);
            countPrograms(root.resolve("differential/corpus/stdlib"), "stdlib/", failing,
                    features);
            Feature fuzz = features.getOrDefault("fuzz", new Feature("fuzz", 0, 0));
            int regressions = count(root.resolve("differential/corpus/fuzz-regressions"));
            List<String[]> divergences = new ArrayList<>();
            Path tsv = root.resolve("fuzz/known-run-divergences.tsv");
            if (Files.exists(tsv)) {
                for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        divergences.add(line.split("\t", 2));
                    }
                }
            }
            Path summary = root.resolve("fuzz/target/run-campaign/summary.txt");
            return new CorpusStats(features, fuzz.programs(),
                    fuzz.programs() - fuzz.knownFailing(), regressions, divergences,
                    Files.exists(summary) ? Files.readString(summary) : null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the corpus under " + root, e);
        }
    }

    /**
     * Counts the programs under {@code dir} by first folder; their ids (as
     * {@code known-failing.txt} names them) are {@code prefix} + the path under {@code dir}.
     */
    private static void countPrograms(Path dir, String prefix, List<String> failing,
            Map<String, Feature> features) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(f -> f.toString().endsWith(".py")).toList()) {
                String rel = prefix + dir.relativize(p);
                int slash = rel.indexOf('/', prefix.length());
                String feature = slash < 0 ? "(top)" : rel.substring(0, slash);
                Feature f = features.getOrDefault(feature, new Feature(feature, 0, 0));
                features.put(feature, new Feature(feature, f.programs() + 1,
                        f.knownFailing() + (failing.contains(rel) ? 1 : 0)));
            }
        }
    }

    private static int count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(f -> f.toString().endsWith(".py")).count();
        }
    }
}
