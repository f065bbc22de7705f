package dev.krait.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner end to end on two tiny programs, with CPython as the reference and stand-in
 * interpreters that fail as Krait does today (an error and exit status 1), print a wrong
 * checksum, or hang -- and {@code python3} itself as a second interpreter that matches.
 */
class RunnerTest {
    @TempDir
    Path dir;
    private Path programs;

    @BeforeEach
    void writePrograms() throws IOException {
        programs = Files.createDirectory(dir.resolve("programs"));
        Files.writeString(programs.resolve("startup_empty.py"), "");
        Files.writeString(programs.resolve("sum.py"),
                "# Sums: a tiny loop.\nSIZE = 100000  # quick: 10\nprint(sum(range(SIZE)))\n");
    }

    @Test
    void failingWrongAndHangingInterpretersAreMarkedAndTheRunGoesOn() throws Exception {
        Path failing = script("failing", "echo 'NotImplementedError: cannot run yet' >&2; exit 1");
        Path wrong = script("wrong", "echo 42");
        Path hanging = script("hanging",
                "case \"$1\" in --version) echo hanging 1.0 ;; *) exec sleep 30 ;; esac");
        Path json = dir.resolve("results.json");
        Outcome outcome = run("--programs", programs.toString(), "--krait", failing.toString(),
                "--also", wrong.toString(), "--also", hanging.toString(), "--also", "python3",
                "--runs", "2", "--timeout", "1", "--quick", "--json", json.toString());

        assertEquals(1, outcome.status);
        List<String> rows = outcome.stdout.lines().toList();
        assertTrue(rows.getFirst().matches("benchmark +CPython s +min-max +Krait s +min-max"
                + " +Krait/CPython +wrong s +min-max +wrong/CPython +hanging s +min-max"
                + " +hanging/CPython +python3 s +min-max +python3/CPython"), rows.getFirst());
        String sumRow = rows.stream().filter(r -> r.startsWith("sum ")).findFirst().orElseThrow();
        assertTrue(sumRow.matches("sum +\\d\\.\\d{3} +\\d\\.\\d{3}-\\d\\.\\d{3} +FAILED +-"
                + " +WRONG +- +TIMEOUT +- +\\d\\.\\d{3} +\\d\\.\\d{3}-\\d\\.\\d{3} +\\d+\\.\\d\\d"),
                sumRow);
        assertTrue(outcome.stdout.contains("Krait on startup_empty, sum: FAILED: exit status 1:"
                + " NotImplementedError: cannot run yet\n"), outcome.stdout);
        assertTrue(outcome.stdout.contains("wrong on startup_empty: WRONG: printed '42',"
                + " CPython ''\nwrong on sum: WRONG: printed '42', CPython '45'\n"),
                outcome.stdout);
        assertTrue(outcome.stdout.contains("hanging on startup_empty, sum: TIMEOUT: killed after"
                + " 1.000 s\n"), outcome.stdout);

        // What a dashboard reads, read by CPython's json module.
        String fromJson = python("import json, sys\n"
                + "d = json.load(open(sys.argv[1]))\n"
                + "s = d['benchmarks'][1]\n"
                + "runs = s['interpreters']\n"
                + "print(s['name'], s['output'].strip(), len(runs['CPython']['seconds']),"
                + " [runs[k]['status'] for k in ('Krait', 'wrong', 'hanging', 'python3')],"
                + " runs['python3']['ratio'] > 0, d['runs'], d['quick'],"
                + " d['machine']['cores'] > 0, d['cpython'].startswith('Python 3'),"
                + " len(runs['CPython']['cpuSeconds']) in (0, 2),"
                + " d['geometricMeanOfRatios']['python3']['benchmarks'])", json);
        assertEquals("sum 45 2 ['FAILED', 'WRONG', 'TIMEOUT', 'OK'] True 2 True True True True 1",
                fromJson.strip());
    }

    @Test
    void whenCPythonFailsTheOthersAreSkipped() throws Exception {
        Files.writeString(programs.resolve("broken.py"),
                "SIZE = 1  # quick: 1\nraise ValueError('no')\n");
        Outcome outcome = run("--programs", programs.toString(), "--krait", "python3",
                "--only", "broken", "--runs", "1", "--json", dir.resolve("r.json").toString());
        assertEquals(1, outcome.status);
        assertTrue(outcome.stdout.contains("\nbroken  ") && outcome.stdout.contains("SKIPPED"),
                outcome.stdout);
        assertTrue(outcome.stdout.contains(
                "CPython on broken: FAILED: exit status 1: ValueError: no\n"),
                outcome.stdout);
    }

    @Test
    void anUnknownBenchmarkNameIsAUsageError() throws Exception {
        RunnerOptions options = RunnerOptions.parse(dir, null, "--programs", programs.toString(),
                "--only", "nosuch");
        Runner runner = new Runner(options, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        RunnerOptions.UsageError error = assertThrows(RunnerOptions.UsageError.class, runner::run);
        assertEquals("no benchmark named nosuch (benchmarks/run --list shows them)",
                error.getMessage());
    }

    private record Outcome(int status, String stdout) {}

    private Outcome run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunnerOptions options = RunnerOptions.parse(dir, null, args);
        int status = new Runner(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream())).run();
        return new Outcome(status, out.toString(StandardCharsets.UTF_8));
    }

    private Path script(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private String python(String code, Path argument) throws IOException {
        Path file = dir.resolve("check.py");
        Files.writeString(file, code);
        TimedRun run = TimedRun.run(List.of("python3", file.toString()), argument, dir,
                Duration.ofSeconds(30));
        assertEquals(0, run.exitCode(), run.stderr());
        return run.stdout();
    }
}
