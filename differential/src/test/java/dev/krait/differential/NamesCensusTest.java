package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.exec.CommandLine;
import org.junit.jupiter.api.Test;

/**
 * The names census (issue 5): every name of the modules CPython writes in C, and of the classes
 * they define, as {@code dir()} lists them, in CPython and in Krait
 * ({@code differential/census/names_census.py}). Where the import census asks whether a module
 * imports, this one asks whether what a program reaches through it is there: a missing
 * {@code os.system} or {@code sys._current_frames} is an AttributeError in a program that runs
 * on CPython.
 *
 * <p>A name CPython has and Krait lacks, in a module that imports in both, is a gap; each is
 * listed with its reason in {@code differential/census/known-name-gaps.txt}. The test fails
 * when a gap is not listed and when a listed name is there now (the list only shrinks).
 * {@code -Dcensus.update=true} rewrites the list from this run, keeping the reasons of gaps
 * still open. Names only Krait has are reported, in {@code target/names-census-krait-only.txt}.
 */
class NamesCensusTest {
    private static final Path FOLDER = Path.of("census").toAbsolutePath();
    private static final Path SCRIPT = FOLDER.resolve("names_census.py");
    private static final Path KNOWN_GAPS = FOLDER.resolve("known-name-gaps.txt");
    private static final Path KRAIT_ONLY = Path.of("target", "names-census-krait-only.txt")
            .toAbsolutePath();
    private static final Duration TIMEOUT = Duration.ofSeconds(300);
    private static final boolean UPDATE = Boolean.getBoolean("census.update");
    /**
     * The categories a gap's reason starts with, as the list's header explains them: Krait will
     * have it; a JVM process cannot do it; it exists for CPython's C API; it answers about
     * CPython's reference counts, allocator or bytecode; a C library not bound yet.
     */
    private static final List<String> CATEGORIES =
            List.of("not-yet", "jvm", "c-api", "internals", "platform");
    /** The reason {@code census.update} gives a gap the list does not have yet. */
    private static final String NEW_REASON = "not-yet: not written yet (issue 5)";

    @Test
    void everyNameCPythonsNativeModulesHaveKraitHas() throws IOException {
        Set<String> cpython = census(false);
        Set<String> krait = census(true);
        Set<String> gaps = new TreeSet<>();
        for (String name : cpython) {
            int dot = name.indexOf('.');
            String module = dot < 0 ? name : name.substring(0, dot);
            if (krait.contains(module) && !krait.contains(name)) {
                gaps.add(name);
            }
        }
        Set<String> kraitOnly = new TreeSet<>(krait);
        kraitOnly.removeAll(cpython);
        Files.createDirectories(KRAIT_ONLY.getParent());
        Files.writeString(KRAIT_ONLY, String.join("\n", kraitOnly) + "\n",
                StandardCharsets.UTF_8);
        KnownDifferences known = KnownDifferences.load(KNOWN_GAPS);
        System.out.printf("names census: %d names in CPython, %d in Krait; %d gaps (%d listed); "
                        + "%d in Krait only%n", cpython.size(), krait.size(), gaps.size(),
                known.entries().size(), kraitOnly.size());
        if (UPDATE) {
            known.rewrite(gaps, NEW_REASON);
            return;
        }
        List<String> problems = new ArrayList<>();
        for (String gap : gaps) {
            if (known.reason(gap) == null) {
                problems.add(gap + " is missing in Krait and not in known-name-gaps.txt");
            }
        }
        known.entries().forEach((name, reason) -> {
            int colon = reason.indexOf(':');
            if (colon < 0 || !CATEGORIES.contains(reason.substring(0, colon))) {
                problems.add(name + "'s reason does not start with one of the categories "
                        + CATEGORIES + ": " + reason);
            }
            if (!gaps.contains(name)) {
                problems.add(name + " is in known-name-gaps.txt but Krait has it now (or "
                        + "CPython does not): remove it");
            }
        });
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems)
                    + "\n(rewrite the list with -Dcensus.update=true, then give new gaps reasons)");
        }
    }

    /** The names the census script lists in one interpreter. */
    private static Set<String> census(boolean inKrait) throws IOException {
        Path work = Files.createTempDirectory("names-census");
        Path out = work.resolve("names.txt");
        try {
            CommandLine command;
            if (inKrait) {
                command = ProgramRunner.kraitCommand(SCRIPT.toString(), out.toString());
            } else {
                command = new CommandLine(CPythonOracle.pythonCommand());
                command.addArgument(SCRIPT.toString(), false);
                command.addArgument(out.toString(), false);
            }
            String who = inKrait ? "krait" : "python3";
            ProgramOutcome outcome = ProgramRunner.runProcess(command, work, TIMEOUT, who,
                    "the names census");
            assertEquals(0, outcome.exitCode(), who + " failed the names census: "
                    + outcome.stderr());
            return new TreeSet<>(Files.readAllLines(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(work);
        }
    }
}
