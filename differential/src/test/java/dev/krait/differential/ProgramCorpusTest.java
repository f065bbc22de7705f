package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The program corpus ({@code differential/corpus/programs/} for the language and builtins,
 * {@code differential/corpus/stdlib/} for the standard library; see {@link CorpusProgram}): every
 * program must do in Krait exactly what it does in CPython -- the same stdout, stderr and exit
 * status, after {@link ProgramOutcome#normalised}. One dynamic test per program, grouped by
 * feature folder.
 *
 * <p>CPython's outcomes come from the {@code NAME.expected} files beside the programs
 * ({@link ProgramExpectation}), so this test runs CPython only once, for
 * {@code python3 --version}; a program whose source (or whose CPython feature release, see
 * {@link #featureVersion}) no longer matches its expectation fails as stale. Krait runs each
 * program in this JVM ({@link ProgramRunner}), except the folders in
 * {@link #LAUNCHER_FEATURES}, which start Krait's launcher as a process.
 *
 * <p>The ratchet: {@code programs/known-failing.txt} lists (for both roots), with a reason, the programs Krait is known to
 * get wrong. A listed program that differs is skipped with its reason; a listed program that now
 * matches fails ("newly passing"), so that the list only shrinks; an unlisted program must match.
 *
 * <p>Commands (system properties, passed through Maven's {@code -D}):
 * <ul>
 *   <li>{@code -Dcorpus.regenerate=true} first rewrites the missing and stale expectations by
 *       running CPython ({@code =all}: every one); {@code bin/corpus-expectations} does this;
 *   <li>{@code -Dcorpus.update=true} rewrites {@code known-failing.txt} from this run's results,
 *       keeping the reasons of programs still failing (new ones get {@code -Dcorpus.reason},
 *       default {@code differs}; {@code -Dcorpus.reason=auto} recomputes every reason from the
 *       run), instead of failing on the ratchet;
 *   <li>{@code -Dcorpus.only=stdlib/io/,programs_prefix} runs (and regenerates) only the
 *       programs whose id starts with one of the comma-separated prefixes, for quick
 *       iterations; it cannot be combined with {@code corpus.update}.
 * </ul>
 */
class ProgramCorpusTest {
    /** The corpus, as a real path: CPython names the programs by real paths. */
    static final Path ROOT = realPath(Path.of("corpus", "programs"));
    /** The standard-library corpus: one folder a module; its ids start with {@code stdlib/}. */
    static final Path STDLIB = realPath(Path.of("corpus", "stdlib"));

    /**
     * Folders whose programs run through Krait's launcher, in a process of their own: they test
     * what a run in this JVM cannot reproduce -- {@code sys.argv}, exit statuses, stdin, the
     * working directory, the process's own streams and child processes (which inherit
     * descriptors 0-2 and start {@code sys.executable}), and the C library's locale, which
     * {@code setlocale} would change for every program of this JVM, and {@code tracemalloc},
     * which traces the allocations of every interpreter of the process, and
     * {@code stdlib/os_process}: {@code os.system}'s shell writes to descriptor 1 and signals
     * its parent, and {@code os.execve} replaces the whole process.
     */
    static final Set<String> LAUNCHER_FEATURES = Set.of("sys_basics", "io_basics",
            "stdlib/subprocess", "stdlib/locale", "stdlib/tracemalloc", "stdlib/os_process");

    private static final Path KNOWN_FAILING = ROOT.resolve("known-failing.txt");
    private static final String REGENERATE = System.getProperty("corpus.regenerate", "");
    private static final boolean UPDATE = Boolean.getBoolean("corpus.update");
    /**
     * The reason {@code corpus.update} gives programs that newly fail; {@code auto} gives every
     * failing program (listed before or not) its {@link ProgramOutcome#category} instead.
     */
    private static final String NEW_REASON = System.getProperty("corpus.reason", "differs");
    /** The id prefixes of the programs to run, or empty for all ({@code corpus.only}). */
    private static final List<String> ONLY = java.util.Arrays.stream(
            System.getProperty("corpus.only", "").split(",")).filter(p -> !p.isBlank()).toList();

    /** Whether each program that ran matched CPython, by id. */
    private static final Map<String, Boolean> MATCHED = new ConcurrentHashMap<>();
    /** Why each differing program differs, in a word or Krait's last error line. */
    private static final Map<String, String> CATEGORY = new ConcurrentHashMap<>();
    /** CPython versions of expectations written by another patch release than python3's. */
    private static final Set<String> OTHER_PATCH_RELEASES = ConcurrentHashMap.newKeySet();
    private static List<CorpusProgram> programs = List.of();
    private static KnownDifferences known;

    @TestFactory
    Stream<DynamicNode> programs() {
        programs = Stream.concat(CorpusProgram.all(ROOT, "").stream(),
                CorpusProgram.all(STDLIB, "stdlib/").stream()).toList();
        known = KnownDifferences.load(KNOWN_FAILING);
        String python = currentPython();
        if (!REGENERATE.isEmpty() && !REGENERATE.equals("false")) {
            regenerate(python, REGENERATE.equals("all"));
        }
        ProgramRunner.prepareLauncherScript();
        Map<String, List<DynamicNode>> byFeature = new TreeMap<>();
        for (CorpusProgram program : selected()) {
            byFeature.computeIfAbsent(program.feature(), f -> new ArrayList<>()).add(
                    DynamicTest.dynamicTest(program.id(), program.file().toUri(),
                            () -> check(program, python)));
        }
        Stream<DynamicNode> listCheck = Stream.of(DynamicTest.dynamicTest(
                "known-failing.txt names existing programs", ProgramCorpusTest::checkListed));
        return Stream.concat(listCheck, byFeature.entrySet().stream().map(feature ->
                DynamicContainer.dynamicContainer(feature.getKey(), feature.getValue())));
    }

    /** The programs this run checks: all, or those {@code corpus.only} names. */
    private static List<CorpusProgram> selected() {
        if (ONLY.isEmpty()) {
            return programs;
        }
        if (UPDATE) {
            fail("corpus.update rewrites known-failing.txt from every program's result: "
                    + "it cannot be combined with corpus.only");
        }
        return programs.stream()
                .filter(p -> ONLY.stream().anyMatch(prefix -> p.id().startsWith(prefix)))
                .toList();
    }

    /** A listed program that no longer exists would hide nothing, but the list should say so. */
    private static void checkListed() {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        programs.forEach(p -> ids.add(p.id()));
        List<String> unknown = known.entries().keySet().stream()
                .filter(id -> !ids.contains(id)).toList();
        if (!unknown.isEmpty() && !UPDATE) {
            fail("known-failing.txt lists programs that do not exist: " + unknown
                    + " (remove them, or run with -Dcorpus.update=true)");
        }
    }

    private static void check(CorpusProgram program, String python) {
        ProgramExpectation expected = ProgramExpectation.read(program.expectationFile());
        if (expected == null) {
            fail(program.id() + " has no expected outcome: run bin/corpus-expectations");
        }
        if (!expected.sourceHash().equals(program.sourceHash())) {
            fail(program.id() + " changed since its expected outcome was written: "
                    + "run bin/corpus-expectations");
        }
        if (python != null && !python.equals(expected.python())) {
            if (!featureVersion(python).equals(featureVersion(expected.python()))) {
                fail(program.id() + "'s expected outcome comes from " + expected.python()
                        + ", but python3 is " + python + ": run bin/corpus-expectations");
            }
            OTHER_PATCH_RELEASES.add(expected.python());
        }
        ProgramOutcome krait;
        String crash = null;
        try {
            krait = LAUNCHER_FEATURES.contains(program.feature())
                    ? ProgramRunner.kraitLauncher(program)
                    : ProgramRunner.kraitInProcess(program);
            krait = krait.normalised(program.root().toString());
        } catch (AssertionError e) {
            krait = null;
            crash = e.getMessage();
        }
        boolean matches = krait != null && expected.outcome().equals(krait);
        MATCHED.put(program.id(), matches);
        if (!matches) {
            CATEGORY.put(program.id(), crash != null ? "crash: " + firstLine(crash)
                    : expected.outcome().category(krait));
        }
        String reason = known.reason(program.id());
        if (UPDATE) {
            Assumptions.assumeTrue(matches, "differs from CPython (known-failing.txt updated)");
        } else if (reason != null) {
            if (matches) {
                fail(program.id() + " is newly passing — remove it from known-failing.txt"
                        + " (or run with -Dcorpus.update=true)");
            }
            Assumptions.abort("known failing: " + reason);
        } else if (!matches) {
            fail(program.id() + " differs from CPython:\n" + (crash != null ? crash
                    : expected.outcome().differenceFrom(krait) + "--- Krait's stderr:\n"
                    + krait.stderr()));
        }
    }

    /**
     * {@code Python 3.11} of {@code Python 3.11.7}. Expectations from another patch release of
     * the same CPython are accepted with a note (a fresh Debian has 3.11.2, say, while the cache
     * came from 3.11.7): the cache, not the local python3, is the oracle here, and patch releases
     * do not change what these programs print. Another feature release makes them stale.
     */
    private static String featureVersion(String version) {
        int lastDot = version.lastIndexOf('.');
        return lastDot > version.indexOf('.') ? version.substring(0, lastDot) : version;
    }

    /** The running python3's version, or {@code null} (with a note) when it cannot be run. */
    private static String currentPython() {
        try {
            return ProgramRunner.cpythonVersion();
        } catch (RuntimeException e) {
            System.err.println("program corpus: python3 not found (" + e.getMessage()
                    + "); the expected outcomes' CPython version is not checked");
            return null;
        }
    }

    /** Runs CPython for every program whose expectation is missing or stale (or for all). */
    private static void regenerate(String python, boolean all) {
        if (python == null) {
            fail("corpus.regenerate needs python3");
        }
        List<CorpusProgram> toRun = new ArrayList<>();
        for (CorpusProgram program : selected()) {
            ProgramExpectation old = ProgramExpectation.read(program.expectationFile());
            if (all || old == null || !old.python().equals(python)
                    || !old.sourceHash().equals(program.sourceHash())) {
                toRun.add(program);
            }
        }
        // Two at a time: the build machine is shared.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (CorpusProgram program : toRun) {
                runs.add(pool.submit(() -> new ProgramExpectation(python, program.sourceHash(),
                        ProgramRunner.cpython(program).normalised(program.root().toString()))
                        .write(program.expectationFile())));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } catch (ExecutionException e) {
            throw new AssertionError("regenerating expectations failed: " + e.getCause(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while regenerating expectations", e);
        } finally {
            pool.shutdown();
        }
        deleteOrphanExpectations();
        System.out.println("program corpus: wrote " + toRun.size() + " expected outcomes");
    }

    /** Deletes {@code .expected} files whose program is gone. */
    private static void deleteOrphanExpectations() {
        Set<Path> wanted = ConcurrentHashMap.newKeySet();
        programs.forEach(p -> wanted.add(p.expectationFile()));
        try (Stream<Path> files = Stream.concat(Files.walk(ROOT, 2), Files.walk(STDLIB, 2))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".expected")).toList()) {
                if (!wanted.contains(file)) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void summarise() {
        if (MATCHED.isEmpty()) {
            return;
        }
        Map<String, int[]> byFeature = new TreeMap<>();
        for (CorpusProgram program : selected()) {
            Boolean matched = MATCHED.get(program.id());
            int[] row = byFeature.computeIfAbsent(program.feature(), f -> new int[2]);
            row[0]++;
            row[1] += Boolean.TRUE.equals(matched) ? 1 : 0;
        }
        int matching = 0;
        StringBuilder table = new StringBuilder();
        for (Map.Entry<String, int[]> row : byFeature.entrySet()) {
            matching += row.getValue()[1];
            table.append(String.format("  %-20s %4d/%d%n", row.getKey(), row.getValue()[1],
                    row.getValue()[0]));
        }
        System.out.printf("program corpus: %d programs, %d match CPython, %d compared%n%s",
                selected().size(), matching, MATCHED.size(), table);
        printCommonCategories();
        if (!OTHER_PATCH_RELEASES.isEmpty()) {
            System.out.println("program corpus: expected outcomes come from "
                    + OTHER_PATCH_RELEASES + ", not from the local python3 (accepted)");
        }
        if (UPDATE) {
            writeKnownFailing();
        }
    }

    /** The ten commonest reasons for a difference: where the evaluator's work pays most. */
    private static void printCommonCategories() {
        Map<String, Integer> counts = new TreeMap<>();
        CATEGORY.values().forEach(c -> counts.merge(c, 1, Integer::sum));
        if (counts.isEmpty()) {
            return;
        }
        System.out.println("program corpus: commonest differences");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(10)
                .forEach(e -> System.out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Rewrites the ratchet: this run's failures, keeping earlier reasons where there are some. */
    private static void writeKnownFailing() {
        Map<String, String> failing = new LinkedHashMap<>();
        for (CorpusProgram program : programs) {
            Boolean matched = MATCHED.get(program.id());
            String reason = known.reason(program.id());
            if (matched == null ? reason != null : !matched) {
                String category = CATEGORY.get(program.id());
                if (NEW_REASON.equals("auto") && category != null) {
                    failing.put(program.id(), category);
                } else {
                    failing.put(program.id(), reason != null ? reason : NEW_REASON);
                }
            }
        }
        StringBuilder text = new StringBuilder("""
                # Corpus programs Krait is known to run differently from CPython, one per line:
                # PATH<TAB>REASON. ProgramCorpusTest skips them while they differ and fails once one
                # matches, so this list only shrinks. Rewrite it from a run's results with
                #   bin/corpus-expectations --update-known-failing [-Dcorpus.reason=auto]
                # (auto: each reason becomes Krait's last error line, or the stream that differs).
                """);
        failing.forEach((id, reason) -> text.append(id).append('\t').append(reason).append('\n'));
        try {
            Files.writeString(KNOWN_FAILING, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("program corpus: known-failing.txt lists " + failing.size()
                + " programs");
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("the program corpus is missing: " + path, e);
        }
    }
}
