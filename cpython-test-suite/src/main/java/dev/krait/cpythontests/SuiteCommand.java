package dev.krait.cpythontests;

import dev.krait.differential.CPythonOracle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/cpython-tests}: runs CPython's test modules in Krait (or, with {@code --baseline}, in
 * CPython to refresh the cached baseline), prints a line per module and a summary, writes JSON and
 * JUnit XML when asked, checks the run against the expectations (exit status 1 on a regression)
 * and rewrites them with {@code --update-expectations}. {@code --merge} joins shard results into
 * one; {@code --report} and {@code --clusters} read a result file and print Krait's score against
 * CPython and the largest failure clusters.
 */
public final class SuiteCommand {
    private SuiteCommand() {}

    /**
     * How long one test may run before the runner stops it ({@code --test-timeout}): well
     * above what nearly every test takes in Krait (those that start many Krait subprocesses
     * take longest, up to a minute or two on a loaded machine), well below a module's limit,
     * so that a test that hangs costs its own result and two minutes, not its module's rest.
     */
    static final Duration DEFAULT_TEST_TIMEOUT = Duration.ofSeconds(120);

    static final String USAGE = """
            usage: bin/cpython-tests [MODULE...] [--all] [--ci] [--jobs N] [--shard I/N]
                                     [--timeout S] [--test-timeout S] [--match PATTERN]
                                     [--json FILE] [--junit DIR]
                                     [--update-expectations] [--baseline] [--test-dir DIR]
                   bin/cpython-tests --merge FILE... [--force] [--json FILE] [--junit DIR]
                                     [--update-expectations]
                   bin/cpython-tests --report FILE | --clusters FILE [--top N]
                   bin/cpython-tests --recategorise""";

    /** The parsed command line. */
    record Options(List<String> modules, boolean all, boolean ci, int jobs, int shardIndex,
            int shardCount, Duration timeout, Duration testTimeout, List<String> matches, Path json, Path junit,
            boolean updateExpectations, boolean baseline, String testDir, List<Path> merge,
            boolean force, Path report, Path clusters, int top, boolean recategorise) {

        /** How the modules were chosen, as the result file names it. */
        String selection() {
            return all ? "all" : ci && modules.isEmpty() ? "ci" : "modules";
        }
    }

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("cpython-tests: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            System.exit(run(o, Layout.fromProperty()));
        } catch (IllegalStateException e) {
            System.err.println("cpython-tests: " + e.getMessage());
            System.exit(2);
        } catch (java.io.UncheckedIOException e) {
            // a results file that is missing or unreadable: one line, not a stack trace
            System.err.println("cpython-tests: " + (e.getCause()
                    instanceof java.nio.file.NoSuchFileException missing
                    ? "no such file: " + missing.getFile() : e.getCause().toString()));
            System.exit(2);
        }
    }

    static Options parse(String[] args) {
        List<String> modules = new ArrayList<>();
        List<String> matches = new ArrayList<>();
        boolean all = false;
        boolean ci = false;
        boolean update = false;
        boolean baseline = false;
        int jobs = Runtime.getRuntime().availableProcessors();
        int shardIndex = 1;
        int shardCount = 1;
        Duration timeout = Duration.ofSeconds(600);
        Duration testTimeout = DEFAULT_TEST_TIMEOUT;
        Path json = null;
        Path junit = null;
        String testDir = null;
        List<Path> merge = null;
        boolean force = false;
        Path report = null;
        Path clusters = null;
        int top = 30;
        boolean recategorise = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--merge" -> merge = new ArrayList<>();
                case "--force" -> force = true;
                case "--report" -> report = Path.of(value(args, ++i, a));
                case "--clusters" -> clusters = Path.of(value(args, ++i, a));
                case "--top" -> top = positive(value(args, ++i, a), a);
                case "--recategorise" -> recategorise = true;
                case "--all" -> all = true;
                case "--ci" -> ci = true;
                case "--update-expectations" -> update = true;
                case "--baseline" -> baseline = true;
                case "--jobs" -> jobs = positive(value(args, ++i, a), a);
                case "--timeout" -> timeout = Duration.ofSeconds(positive(value(args, ++i, a), a));
                case "--test-timeout" -> testTimeout = Duration.ofSeconds(positive(
                        value(args, ++i, a), a));
                case "--match" -> matches.add(value(args, ++i, a));
                case "--json" -> json = Path.of(value(args, ++i, a));
                case "--junit" -> junit = Path.of(value(args, ++i, a));
                case "--test-dir" -> testDir = value(args, ++i, a);
                case "--shard" -> {
                    String[] parts = value(args, ++i, a).split("/");
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("--shard takes I/N, such as 2/4");
                    }
                    shardIndex = positive(parts[0], a);
                    shardCount = positive(parts[1], a);
                    if (shardIndex > shardCount) {
                        throw new IllegalArgumentException("--shard " + shardIndex + "/"
                                + shardCount + ": I must be at most N");
                    }
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    if (merge != null) {
                        merge.add(Path.of(a));
                    } else {
                        modules.add(a.startsWith("test.") ? a.substring(5) : a);
                    }
                }
            }
        }
        if (merge != null) {
            if (merge.isEmpty() || !modules.isEmpty() || all || ci || baseline) {
                throw new IllegalArgumentException("--merge takes result files (and --force, "
                        + "--json, --junit, --update-expectations), not modules");
            }
        } else if (recategorise) {
            if (!modules.isEmpty() || all || ci || baseline || report != null
                    || clusters != null) {
                throw new IllegalArgumentException("--recategorise takes no modules: it "
                        + "rewrites every expectations file");
            }
        } else if (report == null && clusters == null && modules.isEmpty() && !all && !ci) {
            throw new IllegalArgumentException("name modules, or give --all or --ci");
        }
        return new Options(modules, all, ci, jobs, shardIndex, shardCount, timeout, testTimeout,
                matches, json,
                junit, update, baseline, testDir, merge == null ? List.of() : List.copyOf(merge),
                force, report, clusters, top, recategorise);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String text, String option) {
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " takes a positive number, not " + text);
    }

    /** Runs the command; returns its exit status. */
    static int run(Options o, Layout layout) {
        if (!o.merge().isEmpty()) {
            return merge(o, layout);
        }
        if (o.report() != null || o.clusters() != null) {
            return report(o, layout);
        }
        if (o.recategorise()) {
            return recategorise(layout);
        }
        Path testDir = TestCatalog.testDirectory(o.testDir());
        Set<String> chosen = new LinkedHashSet<>(o.modules());
        if (o.all()) {
            chosen.addAll(TestCatalog.allModules(testDir, layout.splitPackages()));
        }
        if (o.ci()) {
            chosen.addAll(layout.ciModules());
        }
        List<String> modules = Sharding.shard(List.copyOf(chosen), o.shardIndex(),
                o.shardCount(), Sharding.read(layout.durationsFile()));
        String python = pythonVersion();
        String digest = Baseline.digest(testDir);
        SuiteRunner runner = new SuiteRunner(layout.harness(), o.baseline()
                ? SuiteRunner.Interpreter.CPYTHON : SuiteRunner.Interpreter.KRAIT, o.jobs(),
                new WorkerProcess.Limits(o.timeout(), o.testTimeout()), o.matches(),
                layout.runAlone(), o.testDir() == null ? null : testDir.toAbsolutePath()
                        .getParent());
        long began = System.nanoTime();
        // a baseline run records each module as it ends: an interrupted run keeps what it measured
        List<ModuleResult> results = runner.run(modules, r -> {
            System.out.println(summary(r));
            if (o.baseline()) {
                Baseline.record(layout.baselineFile(), python, digest, List.of(r));
            }
        });
        double seconds = (System.nanoTime() - began) / 1e9;
        printTotals(results, seconds);
        ResultFiles.RunInfo info = new ResultFiles.RunInfo(o.baseline() ? "cpython" : "krait",
                layout.commit(), Runtime.version().toString(), python, Instant.now().toString(),
                o.selection(), o.shardCount() > 1 ? o.shardIndex() + "/" + o.shardCount() : null,
                List.of());
        if (o.json() != null) {
            ResultFiles.writeJson(o.json(), info, results);
        }
        if (o.junit() != null) {
            ResultFiles.writeJUnit(o.junit(), results);
        }
        // A shard leaves the durations alone: the other shards of its split must be chosen from
        // the same file, or modules would move between shards; the merge records them.
        if (o.all() && !o.baseline() && o.matches().isEmpty() && o.shardCount() <= 1) {
            Sharding.record(layout.durationsFile(), results);
        }
        Baseline baseline = Baseline.read(layout.baselineFile());
        if (o.baseline()) {
            System.out.println("baseline: " + results.size() + " modules recorded in "
                    + layout.baselineFile());
            return 0;
        }
        String stale = baseline.staleness(python, digest);
        if (stale != null) {
            System.out.println("warning: " + stale);
        }
        if (o.matches().isEmpty()) {
            System.out.println(Report.score(results, baseline).summary());
        }
        if (!o.matches().isEmpty() && o.updateExpectations()) {
            throw new IllegalStateException("--update-expectations needs whole modules, not "
                    + "--match");
        }
        if (o.updateExpectations()) {
            updateExpectations(results, layout, baseline);
            return 0;
        }
        if (!o.matches().isEmpty()) {
            return 0;
        }
        Set<String> required = new LinkedHashSet<>(o.modules());
        if (o.ci()) {
            required.addAll(layout.ciModules());
        }
        return ratchet(results, layout, baseline, required);
    }

    /**
     * Checks {@code results} against the expectations and prints the findings; returns the exit
     * status (1 on a regression). Modules without expectations that are not {@code required}
     * are only counted.
     */
    private static int ratchet(List<ModuleResult> results, Layout layout, Baseline baseline,
            Set<String> required) {
        Ratchet.Report report = Ratchet.compare(results, layout.expectations(), baseline,
                required);
        report.improvements().forEach(s -> System.out.println("newly passing: " + s));
        report.regressions().forEach(s -> System.out.println("REGRESSION: " + s));
        System.out.printf(Locale.ROOT, "%d regressions, %d newly passing%s%n",
                report.regressions().size(), report.improvements().size(),
                report.unchecked().isEmpty() ? "" : ", " + report.unchecked().size()
                        + " modules without expectations not checked");
        return report.passed() ? 0 : 1;
    }

    private static void updateExpectations(List<ModuleResult> results, Layout layout,
            Baseline baseline) {
        for (ModuleResult r : results) {
            Expectations previous = Expectations.read(layout.expectations(), r.module());
            Expectations.from(r, baseline.modules().get(r.module()), previous)
                    .write(layout.expectations());
        }
        System.out.println("expectations: " + results.size() + " modules rewritten in "
                + layout.expectations());
    }

    /** {@code --merge}: joins result files, prints the totals and score, writes the outputs. */
    private static int merge(Options o, Layout layout) {
        Merge.Result merged;
        try {
            merged = Merge.merge(o.merge(), o.force());
        } catch (Merge.Refused e) {
            System.err.println("cpython-tests: not merged: " + e.getMessage());
            return 2;
        }
        merged.warnings().forEach(w -> System.out.println("warning: " + w));
        ResultFiles.Run run = merged.run();
        System.out.printf(Locale.ROOT, "merged %d files (%s) of commit %s%n", o.merge().size(),
                run.info().merged().stream().map(p -> p.shard() == null ? p.file() : p.shard())
                        .collect(java.util.stream.Collectors.joining(", ")),
                run.info().commit());
        printTotals(run.modules(), run.modules().stream().mapToDouble(ModuleResult::duration)
                .sum());
        if (run.info().interpreter().equals("krait")) {
            System.out.println(Report.score(run.modules(), Baseline.read(layout.baselineFile()))
                    .summary());
        }
        if (o.updateExpectations() && run.info().interpreter().equals("krait")) {
            updateExpectations(run.modules(), layout, Baseline.read(layout.baselineFile()));
        }
        if (o.json() != null) {
            ResultFiles.writeJson(o.json(), run.info(), run.modules());
        }
        if (o.junit() != null) {
            ResultFiles.writeJUnit(o.junit(), run.modules());
        }
        if (!run.info().interpreter().equals("krait")) {
            return 0;
        }
        if (run.info().selection().equals("all")) {
            Sharding.record(layout.durationsFile(), run.modules());
        }
        return ratchet(run.modules(), layout, Baseline.read(layout.baselineFile()),
                new LinkedHashSet<>(layout.ciModules()));
    }

    /**
     * {@code --recategorise}: re-applies the category rules to every expectations file, from
     * the details recorded in it (statuses stay; no module runs), so that a better rule reaches
     * modules not run since. Prints how many entries changed.
     */
    private static int recategorise(Layout layout) {
        int files = 0;
        long changed = 0;
        try (var list = Files.list(layout.expectations())) {
            for (Path file : list.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String module = file.getFileName().toString().replaceFirst("\\.txt$", "");
                Expectations before = Expectations.read(layout.expectations(), module);
                Expectations after = before.recategorised();
                changed += after.changedCategories(before);
                after.write(layout.expectations());
                files++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "expectations: %d files rewritten in %s, %d categories "
                + "changed%n", files, layout.expectations(), changed);
        return 0;
    }

    /** {@code --report} and {@code --clusters}: what a result file says against CPython. */
    private static int report(Options o, Layout layout) {
        Baseline baseline = Baseline.read(layout.baselineFile());
        if (o.report() != null) {
            List<ModuleResult> modules = ResultFiles.readJson(o.report()).modules();
            System.out.print(Report.scoreText(Report.score(modules, baseline),
                    layout.coreModules()));
        }
        if (o.clusters() != null) {
            List<ModuleResult> modules = ResultFiles.readJson(o.clusters()).modules();
            System.out.print(Report.clusterText(Report.clusters(modules, baseline), o.top()));
        }
        return 0;
    }

    static String summary(ModuleResult r) {
        StringBuilder sb = new StringBuilder(r.module()).append(": ").append(r.status());
        for (TestStatus s : TestStatus.values()) {
            long n = r.count(s);
            if (n > 0) {
                sb.append(", ").append(n).append(' ').append(s.label());
            }
        }
        if (!r.completed() && r.message() != null) {
            sb.append(" — ").append(r.type() == null ? "" : r.type() + ": ").append(r.message());
        }
        return sb.append(String.format(Locale.ROOT, " (%.1f s)", r.duration())).toString();
    }

    private static void printTotals(List<ModuleResult> results, double seconds) {
        long completed = results.stream().filter(ModuleResult::completed).count();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%d modules, %d ran to their end, in %.0f s:", results.size(), completed,
                seconds));
        for (TestStatus s : TestStatus.values()) {
            long n = results.stream().mapToLong(r -> r.count(s)).sum();
            if (n > 0) {
                sb.append(' ').append(n).append(' ').append(s.label()).append(',');
            }
        }
        System.out.println(sb.charAt(sb.length() - 1) == ',' ? sb.substring(0, sb.length() - 1)
                : sb);
    }

    static String pythonVersion() {
        try {
            Process p = new ProcessBuilder(CPythonOracle.pythonCommand(), "--version")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return out.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Where the runner's files live in the repository. */
    record Layout(Path root) {
        static Layout fromProperty() {
            String root = System.getProperty("krait.root");
            Path dir = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
            while (dir != null && !Files.isDirectory(dir.resolve("cpython-test-suite/harness"))) {
                dir = dir.getParent();
            }
            if (dir == null) {
                throw new IllegalStateException("cannot find the Krait repository (set "
                        + "-Dkrait.root)");
            }
            return new Layout(dir);
        }

        Path suite() {
            return root.resolve("cpython-test-suite");
        }

        Path harness() {
            return suite().resolve("harness/krait_test_harness.py");
        }

        Path expectations() {
            return suite().resolve("expectations");
        }

        Path baselineFile() {
            return suite().resolve("baseline/cpython.tsv");
        }

        /** The modules the build's ratchet runs ({@code ci-modules.txt}). */
        List<String> ciModules() {
            return names(suite().resolve("ci-modules.txt"));
        }

        /** The core language modules the score is shown for ({@code core-modules.txt}). */
        List<String> coreModules() {
            return names(suite().resolve("core-modules.txt"));
        }

        /** Each module's measured time in Krait, which shards are balanced by. */
        Path durationsFile() {
            return suite().resolve("durations.tsv");
        }

        /** Modules that need a JVM of their own ({@code run-alone.txt}). */
        Set<String> runAlone() {
            return new LinkedHashSet<>(names(suite().resolve("run-alone.txt")));
        }

        /** Test packages {@code --all} runs as their submodules ({@code split-packages.txt}). */
        Set<String> splitPackages() {
            return new LinkedHashSet<>(names(suite().resolve("split-packages.txt")));
        }

        private static List<String> names(Path file) {
            if (!Files.exists(file)) {
                return List.of();
            }
            try {
                return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty())
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String commit() {
            try {
                Process p = new ProcessBuilder("git", "-C", root.toString(), "rev-parse", "HEAD")
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8).strip();
                return p.waitFor() == 0 ? out : null;
            } catch (IOException | InterruptedException e) {
                return null;
            }
        }
    }
}
