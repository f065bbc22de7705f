package dev.krait.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
        assertEquals(List.of("startup_empty", "startup_hello", "startup_import_common",
                        "startup_import_unittest"),
                programs.stream().filter(Program::isStartup).map(Program::name).toList());
        assertTrue(programs.stream().filter(p -> !p.isStartup()).count() >= 15);
    }

    /**
     * The language programs import nothing, so they measure the evaluator alone; a stdlib
     * program, named after the module it stresses ({@code json_roundtrip}, {@code re_scan}),
     * imports that module only; the start-up cases import what they time.
     */
    @Test
    void everyProgramImportsOnlyItsModuleAndSaysWhatItStresses() throws IOException {
        for (Program program : Program.inFolder(PROGRAMS)) {
            String source = Files.readString(program.file(), StandardCharsets.UTF_8);
            String own = program.name().split("_")[0];
            if (!program.isStartup()) {
                assertFalse(source.lines().anyMatch(line -> line.matches("\\s*(import|from) .*")
                        && !line.strip().equals("import " + own)),
                        program.name() + " imports a module other than " + own);
            }
            assertFalse(program.description().isEmpty(), program.name());
            if (!program.isStartup()) {
                assertFalse(program.size().isEmpty(), program.name() + " has no SIZE line");
            }
        }
    }

    /**
     * Runs every quick program in one CPython process per hash seed (a process each would make
     * this test take seconds): each program's output, as a repr, on one line.
     */
    private static final String DRIVER = """
            import contextlib, io, sys
            for path in sys.argv[1:]:
                out = io.StringIO()
                with contextlib.redirect_stdout(out):
                    exec(compile(open(path).read(), path, "exec"), {"__name__": "__main__"})
                print(repr(out.getvalue()))
            """;

    @Test
    void atTheQuickSizeEachPrintsOneLineWhateverTheHashSeed() throws IOException {
        List<Program> programs = new ArrayList<>();
        for (Program program : Program.inFolder(PROGRAMS)) {
            if (!program.isStartup()) {
                programs.add(program.quick(quickFolder));
            }
        }
        List<String> first = runAll(programs, "1");
        List<String> second = runAll(programs, "2");
        for (int i = 0; i < programs.size(); i++) {
            String name = programs.get(i).name();
            String output = first.get(i);
            // One non-empty line: the repr ends with the only \n in it.
            assertTrue(output.length() > 4 && output.indexOf("\\n") == output.length() - 3,
                    name + " printed " + output);
            assertEquals(first.get(i), second.get(i), name + " depends on the hash seed");
        }
    }

    private List<String> runAll(List<Program> programs, String seed) throws IOException {
        Path driver = quickFolder.resolve("driver.py");
        Files.writeString(driver, DRIVER, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of("env", "PYTHONHASHSEED=" + seed,
                "python3", driver.toString()));
        programs.forEach(program -> command.add(program.file().toString()));
        TimedRun run = TimedRun.run(command, quickFolder, Duration.ofSeconds(120));
        assertEquals(0, run.exitCode(), run.stderr());
        List<String> lines = run.stdout().lines().toList();
        assertEquals(programs.size(), lines.size(), run.stdout());
        return lines;
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
