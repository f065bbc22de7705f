package dev.krait.compat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The history kept in the repo ({@code compat-reports/history/}), so that the trend survives
 * clones: {@code runs.jsonl} holds one {@link RunSummary} per recorded full run, oldest first;
 * {@code tests.tsv} holds per test only its latest status and the commit (and date) at which it
 * took that status — enough for "failing since", "passing since" without keeping every run.
 */
public final class History {
    /** A test's latest recorded status and when it took it. */
    public record TestState(String status, String sinceCommit, String sinceDate) {}

    private final Path dir;
    private final List<RunSummary> runs;
    private final Map<String, TestState> tests;

    private History(Path dir, List<RunSummary> runs, Map<String, TestState> tests) {
        this.dir = dir;
        this.runs = runs;
        this.tests = tests;
    }

    /** Reads the history in {@code dir}; an absent directory is an empty history. */
    public static History read(Path dir) {
        List<RunSummary> runs = new ArrayList<>();
        Map<String, TestState> tests = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            Path runsFile = dir.resolve("runs.jsonl");
            if (Files.exists(runsFile)) {
                for (String line : Files.readAllLines(runsFile, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        runs.add(RunSummary.of(json.readTree(line)));
                    }
                }
            }
            Path testsFile = dir.resolve("tests.tsv");
            if (Files.exists(testsFile)) {
                for (String line : Files.readAllLines(testsFile, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t");
                    if (!line.startsWith("#") && f.length >= 4) {
                        tests.put(f[0], new TestState(f[1], f[2], f[3]));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the history in " + dir, e);
        }
        return new History(dir, runs, tests);
    }

    /** Every recorded run, oldest first. */
    public List<RunSummary> runs() {
        return List.copyOf(runs);
    }

    /** The latest recorded run that is not {@code run} itself, or null: "the previous run". */
    public RunSummary previous(SuiteRun run) {
        for (int i = runs.size() - 1; i >= 0; i--) {
            RunSummary r = runs.get(i);
            if (!(Objects.equals(r.commit(), run.commit()) && Objects.equals(r.date(),
                    run.date()))) {
                return r;
            }
        }
        return null;
    }

    /** Test {@code id}'s recorded state, or null. */
    public TestState test(String id) {
        return tests.get(id);
    }

    /**
     * Records {@code summary} and the tests' statuses: appends the summary (unless the last
     * recorded run is the same commit and date) and, for each test whose status changed, sets
     * the commit and date at which it changed.
     */
    public void record(RunSummary summary, Map<String, String> statuses) {
        if (!runs.isEmpty() && Objects.equals(runs.getLast().commit(), summary.commit())
                && Objects.equals(runs.getLast().date(), summary.date())) {
            return;
        }
        runs.add(summary);
        // Twelve hex digits and the day keep the file small (a full suite has ~40,000 tests)
        // while still naming one commit and one run.
        String commit = Objects.requireNonNullElse(summary.commit(), "?");
        String shortCommit = commit.substring(0, Math.min(12, commit.length()));
        String date = Objects.requireNonNullElse(summary.date(), "?");
        String day = date.substring(0, Math.min(10, date.length()));
        statuses.forEach((id, status) -> {
            TestState old = tests.get(id);
            if (old == null || !old.status().equals(status)) {
                tests.put(id, new TestState(status, shortCommit, day));
            }
        });
        write(summary);
    }

    private void write(RunSummary summary) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("runs.jsonl"),
                    summary.toJsonLine(new ObjectMapper()) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            StringBuilder sb = new StringBuilder(
                    "# Per test: latest status, and the commit (12 digits) and day at which it\n"
                    + "# took it.\n"
                    + "# Written by bin/compat-record; do not edit.\n");
            tests.forEach((id, s) -> sb.append(id).append('\t').append(s.status()).append('\t')
                    .append(s.sinceCommit()).append('\t').append(s.sinceDate()).append('\n'));
            Files.writeString(dir.resolve("tests.tsv"), sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the history in " + dir, e);
        }
    }
}
