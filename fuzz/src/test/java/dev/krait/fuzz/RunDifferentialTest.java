package dev.krait.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.differential.CPythonOracle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The run-time differential's own checks: the batch CPython driver answers exactly what
 * {@code python3 FILE} answers (stdout, stderr with tracebacks, exit status), and the
 * comparison and its signatures say what users would see differ.
 */
class RunDifferentialTest {
    private static RunCPythonBatch batch;
    private static final Path DIR = Path.of("target", "run-differential-test").toAbsolutePath();

    @BeforeAll
    static void start() {
        batch = new RunCPythonBatch(DIR);
    }

    @AfterAll
    static void stop() {
        batch.close();
    }

    private static void sameAsPython3(String name, String source) throws Exception {
        Path file = DIR.resolve(name + ".py");
        Files.writeString(file, source);
        RunResult.Outcome driver = batch.run(file, 10);
        // python3 -X utf8 FILE, with the driver's PYTHONHASHSEED (programs print str hashes)
        ProcessBuilder pb = new ProcessBuilder(CPythonOracle.pythonCommand(), "-X", "utf8",
                file.toString());
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(err.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), name + " ended");
        assertEquals(stdout, driver.stdout(), name + " stdout");
        assertEquals(stderr, driver.stderr(), name + " stderr");
        assertEquals(p.exitValue(), driver.exit(), name + " exit status");
    }

    @Test
    void driverIsPython3File() throws Exception {
        sameAsPython3("plain", "print('hi', [1, 2], {'a': (3,)})\nprint(1 / 3)\n");
        sameAsPython3("uncaught", "def f(d):\n    return d['missing'] + 1\n\n"
                + "print('before')\nf({'x': 1})\n");
        sameAsPython3("chained", "try:\n    1 // 0\nexcept ZeroDivisionError as e:\n"
                + "    raise ValueError('bad') from e\n");
        sameAsPython3("context", "try:\n    [][1]\nexcept IndexError:\n    {}['k']\n");
        sameAsPython3("listcomp", "def g(v):\n    return v + 'x'\nprint([g(v) for v in [1]])\n");
        sameAsPython3("exit", "import sys\nprint('a')\nsys.exit('bye')\n");
        sameAsPython3("exit3", "import sys\nsys.exit(3)\n");
        sameAsPython3("syntax", "print('never')\nx = (1,\n");
        sameAsPython3("classes", "class A:\n    pass\nprint(A, A.__module__, __name__)\n");
        sameAsPython3("unicode", "print('Straße'.upper(), 'αβγ', repr('é\\n'))\n");
        for (long seed = 0; seed < 30; seed++) {
            String program = TypedProgramGenerator.generate(seed);
            if (seed < 6 || program.contains("about to fail") || program.contains("hash(")) {
                sameAsPython3("seed-" + seed, program);
            }
        }
    }

    @Test
    void timeoutsEndTheProgram() throws Exception {
        Path file = DIR.resolve("forever.py");
        Files.writeString(file, "while True:\n    try:\n        pass\n    except:\n        pass\n");
        RunResult.Outcome o = batch.run(file, 0.5);
        assertTrue(o.timedOut());
        Files.writeString(file, "print('next')\n");
        assertEquals("next\n", batch.run(file, 10).stdout());
    }

    @Test
    void topLevelStatementsKeepTheirBlocks() {
        String source = "x = 1\nif x:\n    y = 2\nelse:\n    y = 3\n@dec\n@dec2\ndef f():\n"
                + "    pass\ntry:\n    f()\nexcept E:\n    pass\nfinally:\n    pass\nprint(y)\n";
        assertEquals(java.util.List.of("x = 1\n", "if x:\n    y = 2\nelse:\n    y = 3\n",
                "@dec\n@dec2\ndef f():\n    pass\n",
                "try:\n    f()\nexcept E:\n    pass\nfinally:\n    pass\n", "print(y)\n"),
                RunDifferential.topLevelStatements(source));
    }

    private static RunResult result(int exitC, String outC, String errC, int exitK, String outK,
            String errK) {
        return new RunResult(Path.of("x.py"), new RunResult.Outcome(exitC, outC, errC, false),
                new RunResult.Outcome(exitK, outK, errK, false));
    }

    @Test
    void signatures() {
        assertNull(result(0, "<A object at 0x7f12>\n", "", 0, "<A object at 0xab>\n", "")
                .signature());
        assertEquals("stdout: CPython x = 9 / Krait x = 9.9",
                result(0, "a\nx = 12\n", "", 0, "a\nx = 12.5\n", "").signature());
        assertEquals("stdout: Krait AttributeError 'str' object has no attribute 'zfill'",
                result(0, "a\n", "", 0, "other AttributeError 'str' object has no attribute "
                        + "'zfill'\n", "").signature());
        assertEquals("stdout: CPython <end> / Krait extra",
                result(0, "a", "", 0, "a\nextra", "").signature());
        assertEquals("exit status: CPython 0 / Krait 3",
                result(0, "", "", 3, "", "").signature());
        assertEquals("stderr: Krait NameError: name 'f' is not defined",
                result(0, "", "", 1, "", "Traceback...\nNameError: name 'f' is not defined\n")
                        .signature());
        assertEquals("stderr: CPython KeyError: 'k' / Krait nothing",
                result(1, "", "  x\nKeyError: 'k'\n", 0, "", "").signature());
        assertEquals("traceback differs above: KeyError: 'k9'",
                result(1, "", "  x\nKeyError: 'k12'\n", 1, "", "  y\nKeyError: 'k12'\n")
                        .signature());
        String report = result(0, "a\nb\nc\n", "", 0, "a\nB\nc\n", "").describe();
        assertTrue(report.contains("stdout differs at line 2"), report);
        assertTrue(report.contains("CPython: b") && report.contains("Krait:   B"), report);
    }
}
