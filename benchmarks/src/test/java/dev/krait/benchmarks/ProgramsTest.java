package dev.krait.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite itself: every benchmark program is pure language and builtins, sizes itself with a
 * {@code SIZE} line, and at its quick size prints one checksum line that does not change with
 * CPython's string-hash seed (set iteration order of strings must not leak into a checksum).
 */
class ProgramsTest {
    private static final Path PROGRAMS = Path.of("programs");

    @TempDir
    Path quickFolder;

    @Test
    void theSuiteHasTheStartupCasesAndAtLeastFifteenPrograms() {
        List<Program> programs = Program.inFolder(PROGRAMS);
        assertEquals(List.of("startup_empty", "startup_hello"),
                programs.stream().filter(Program::isStartup).map(Program::name).toList());
        assertTrue(programs.stream().filter(p -> !p.isStartup()).count() >= 15);
    }

    @Test
    void everyProgramImportsNothingAndSaysWhatItStresses() throws IOException {
        for (Program program : Program.inFolder(PROGRAMS)) {
            String source = Files.readString(program.file(), StandardCharsets.UTF_8);
            assertFalse(source.lines().anyMatch(line -> line.matches("\\s*(import|from) .*")),
                    program.name() + " imports a module");
            assertFalse(program.description().isEmpty(), program.name());
            if (!program.isStartup()) {
                assertFalse(program.size().isEmpty(), program.name() + " has no SIZE line");
            }
        }
    }

    @Test
    void atTheQuickSizeEachPrintsOneLineWhateverTheHashSeed() throws IOException {
        for (Program program : Program.inFolder(PROGRAMS)) {
            if (program.isStartup()) {
                continue;
            }
            Program quick = program.quick(quickFolder);
            String first = runWithSeed(quick, "1");
            assertEquals(1, first.lines().count(), program.name() + " printed: " + first);
            assertEquals(first, runWithSeed(quick, "2"), program.name());
        }
    }

    private String runWithSeed(Program program, String seed) throws IOException {
        TimedRun run = TimedRun.run(List.of("env", "PYTHONHASHSEED=" + seed, "python3"),
                program.file(), quickFolder, Duration.ofSeconds(60));
        assertEquals(0, run.exitCode(), program.name() + ": " + run.stderr());
        return run.stdout();
    }

    @Test
    void theQuickCopyChangesOnlyTheSize() throws IOException {
        Program fib = Program.inFolder(PROGRAMS).stream().filter(p -> p.name().equals("fib"))
                .findFirst().orElseThrow();
        Program quick = fib.quick(quickFolder);
        List<String> original = Files.readAllLines(fib.file());
        List<String> copy = Files.readAllLines(quick.file());
        assertEquals(original.size(), copy.size());
        for (int i = 0; i < original.size(); i++) {
            if (original.get(i).startsWith("SIZE = ")) {
                assertTrue(copy.get(i).matches("SIZE = (\\d+)  # quick: \\1"), copy.get(i));
            } else {
                assertEquals(original.get(i), copy.get(i));
            }
        }
    }
}
