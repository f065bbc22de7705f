package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.exec.CommandLine;
import org.junit.jupiter.api.Test;

/**
 * The import census (issue 5): every top-level module of the installed CPython's {@code Lib}, its
 * extension modules and the modules built into {@code python3}, imported one after another in
 * CPython and in Krait by the same script ({@code differential/census/import_census.py}).
 *
 * <p>A module that imports in CPython but not in Krait is a gap; every gap is listed with its
 * reason in {@code differential/census/known-gaps.txt}. The test fails when a gap is not listed
 * (something stopped importing, or a new module appeared) and when a listed module imports (the
 * list must stay true, so it only shrinks). {@code -Dcensus.update=true} rewrites the list from
 * this run, keeping the reasons of gaps still open. The census of both interpreters is written to
 * {@code target/import-census.tsv} for the dashboards.
 *
 * <p>Krait runs the census in a process of its own, as {@code bin/krait} would; should an import
 * hang or end the process, that module is recorded as such and the census goes on after it.
 */
class ImportCensusTest {
    private static final Path FOLDER = Path.of("census").toAbsolutePath();
    private static final Path SCRIPT = FOLDER.resolve("import_census.py");
    private static final Path KNOWN_GAPS = FOLDER.resolve("known-gaps.txt");
    private static final Path REPORT = Path.of("target", "import-census.tsv").toAbsolutePath();
    private static final Duration TIMEOUT = Duration.ofSeconds(300);
    private static final boolean UPDATE = Boolean.getBoolean("census.update");
    /**
     * The categories a gap's reason starts with ({@code CATEGORY: REASON}), as the list's header
     * explains them: Krait will have it; CPython's pure-Python fallback runs, chosen by measured
     * speed; a C library not bound yet; CPython's C API.
     */
    private static final List<String> CATEGORIES =
            List.of("not-yet", "fallback", "platform", "c-api");
    /** The reason {@code census.update} gives a gap the list does not have yet. */
    private static final String NEW_REASON = "not-yet: native module not written yet (issue 5)";

    /** Modules neither interpreter is asked to import, with the reason. */
    private static final Map<String, String> NOT_IMPORTED = Map.of(
            "antigravity", "importing it opens a web browser");

    @Test
    void everyModuleThatImportsInCPythonImportsInKrait() throws IOException {
        List<String> modules = cpythonModules();
        Map<String, String> cpython = census(modules, false);
        Map<String, String> krait = census(modules, true);
        writeReport(modules, cpython, krait);

        Map<String, String> gaps = new TreeMap<>();
        List<String> kraitOnly = new ArrayList<>();
        for (String module : modules) {
            boolean inCPython = cpython.get(module).equals("ok");
            boolean inKrait = krait.get(module).equals("ok");
            if (inCPython && !inKrait) {
                gaps.put(module, krait.get(module));
            } else if (inKrait && !inCPython) {
                kraitOnly.add(module);
            }
        }
        KnownDifferences known = KnownDifferences.load(KNOWN_GAPS);
        System.out.printf("import census: %d modules; %d import in CPython, %d in Krait; "
                        + "%d gaps (%d listed)%n", modules.size(), count(cpython), count(krait),
                gaps.size(), known.entries().size());
        assertEquals(List.of(), kraitOnly,
                "modules that import in Krait but not in CPython (a fake module?)");
        if (UPDATE) {
            known.rewrite(gaps.keySet(), NEW_REASON);
            return;
        }
        List<String> problems = new ArrayList<>();
        gaps.forEach((module, error) -> {
            if (known.reason(module) == null) {
                problems.add(module + " does not import in Krait (" + error
                        + ") and is not in known-gaps.txt");
            }
        });
        known.entries().forEach((module, reason) -> {
            int colon = reason.indexOf(':');
            if (colon < 0 || !CATEGORIES.contains(reason.substring(0, colon))) {
                problems.add(module + "'s reason in known-gaps.txt does not start with one of "
                        + "the categories " + CATEGORIES + ": " + reason);
            }
        });
        for (String listed : known.entries().keySet()) {
            if (!gaps.containsKey(listed)) {
                problems.add(listed + " is in known-gaps.txt but "
                        + (modules.contains(listed) ? "imports in Krait now" : "is no module")
                        + ": remove it");
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems)
                    + "\n(rewrite the list with -Dcensus.update=true, then give new gaps reasons)");
        }
    }

    /** The modules CPython's census script finds in the installed Lib, less NOT_IMPORTED. */
    private static List<String> cpythonModules() {
        PythonRun.Result listing = PythonRun.runFile(SCRIPT, Duration.ofSeconds(60), "--list");
        assertEquals(0, listing.exitCode(), "census --list failed: " + listing.stderr());
        return listing.stdout().lines().filter(m -> !NOT_IMPORTED.containsKey(m)).toList();
    }

    /**
     * Imports the modules in one interpreter, in a temporary folder, and returns each module's
     * result. A run that stops early (a hang, a crash) marks the module it was importing and
     * starts again after it.
     */
    private static Map<String, String> census(List<String> modules, boolean inKrait)
            throws IOException {
        Map<String, String> results = new LinkedHashMap<>();
        Path work = Files.createTempDirectory("import-census");
        Path out = work.resolve("census.tsv");
        try {
            while (results.size() < modules.size()) {
                List<String> rest = modules.subList(results.size(), modules.size());
                Files.deleteIfExists(out);
                String stopped = runCensus(rest, work, out, inKrait);
                for (String line : Files.exists(out)
                        ? Files.readAllLines(out, StandardCharsets.UTF_8) : List.<String>of()) {
                    int tab = line.indexOf('\t');
                    results.put(line.substring(0, tab), line.substring(tab + 1));
                }
                if (results.size() < modules.size() && stopped != null) {
                    results.put(modules.get(results.size()), stopped);
                } else if (results.size() < modules.size()) {
                    throw new AssertionError("the census stopped at "
                            + modules.get(results.size()) + " without saying why");
                }
            }
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(work);
        }
        return results;
    }

    /** One run of the script; null when it ended normally, else how it stopped. */
    private static String runCensus(List<String> modules, Path work, Path out, boolean inKrait) {
        List<String> args = new ArrayList<>();
        args.add(SCRIPT.toString());
        args.add(out.toString());
        args.addAll(modules);
        CommandLine command;
        if (inKrait) {
            command = ProgramRunner.kraitCommand(args.toArray(String[]::new));
        } else {
            command = new CommandLine(CPythonOracle.pythonCommand());
            args.forEach(arg -> command.addArgument(arg, false));
        }
        String who = inKrait ? "krait" : "python3";
        try {
            ProgramOutcome outcome = ProgramRunner.runProcess(command, work, TIMEOUT, who,
                    "the import census");
            if (outcome.exitCode() == 0) {
                return null;
            }
            String[] lines = outcome.stderr().strip().split("\n");
            return "crashed: exit status " + outcome.exitCode() + ", "
                    + lines[lines.length - 1];
        } catch (AssertionError timedOut) {
            return "timed out: " + timedOut.getMessage();
        }
    }

    private static long count(Map<String, String> census) {
        return census.values().stream().filter("ok"::equals).count();
    }

    /** MODULE, CPython's result, Krait's result: one line a module. */
    private static void writeReport(List<String> modules, Map<String, String> cpython,
            Map<String, String> krait) throws IOException {
        StringBuilder report = new StringBuilder("# module\tcpython\tkrait\n");
        for (String module : modules) {
            report.append(module).append('\t').append(cpython.get(module)).append('\t')
                    .append(krait.get(module)).append('\n');
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
    }
}
