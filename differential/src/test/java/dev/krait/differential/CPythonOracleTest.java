package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle must say exactly what a fresh {@code python3} says: each answer of the long-lived
 * helper is checked against a one-shot CPython run of the same question.
 */
class CPythonOracleTest {
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);
    private static CPythonOracle oracle;

    @TempDir
    Path dir;

    @BeforeAll
    static void startOracle() {
        oracle = CPythonOracle.start();
    }

    @AfterAll
    static void stopOracle() {
        oracle.close();
    }

    /** What a separate {@code python3} prints for the source: the dump, or the exception fields. */
    private String oneShot(byte[] source) throws IOException {
        Path file = dir.resolve("source.bin");
        Files.write(file, source);
        Path script = dir.resolve("ask.py");
        Files.writeString(script, """
                import ast, sys
                src = open(sys.argv[1], 'rb').read()
                try:
                    print(ast.dump(ast.parse(src), include_attributes=True), end='')
                except SyntaxError as e:
                    print(type(e).__name__, e.msg, e.lineno or 0, e.offset or 0,
                          e.end_lineno or 0, e.end_offset or 0, sep='|', end='')
                except Exception as e:
                    print(type(e).__name__, e, 0, 0, 0, 0, sep='|', end='')
                """);
        PythonRun.Result run = PythonRun.runFile(script, RUN_TIMEOUT, file.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        return run.stdout();
    }

    private static String fields(ParseOutcome outcome) {
        if (outcome.isParsed()) {
            return outcome.dump();
        }
        return String.join("|", outcome.errorType(), outcome.message(),
                "" + outcome.lineno(), "" + outcome.offset(), "" + outcome.endLineno(),
                "" + outcome.endOffset());
    }

    private void assertSameAsOneShot(String source) throws IOException {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        assertEquals(oneShot(bytes), fields(oracle.parse(bytes, true)));
    }

    @Test
    void dumpMatchesAFreshPython() throws IOException {
        assertSameAsOneShot("def f(a, *b, c=1):\n    return [x async for x in a if x] or 'é'\n");
    }

    @Test
    void syntaxErrorCarriesCPythonsPositions() throws IOException {
        assertSameAsOneShot("x = (1,\ny = 2 +\n");
        assertSameAsOneShot("def f():\n  x\n    y\n");
        assertSameAsOneShot("f(**x, *y)\n");
    }

    @Test
    void nonSyntaxErrorsAreOutcomesToo() throws IOException {
        assertSameAsOneShot("x = 1\0\n");
        assertSameAsOneShot("(".repeat(300) + ")".repeat(300) + "\n");
    }

    @Test
    void digestIsTheSha256OfTheDump() {
        byte[] source = "import os\nprint(os.sep)\n".getBytes(StandardCharsets.UTF_8);
        ParseOutcome full = oracle.parse(source, true);
        assertTrue(full.isParsed());
        assertEquals(full.digested(), oracle.parseDigest(source, true));
        assertEquals(full, oracle.parseFile(write(source), true, false));
    }

    @Test
    void aHungRequestIsKilledAndTheNextOneIsAnswered() {
        byte[] big = "x = [1, 2, 3]\n".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        try (CPythonOracle impatient = CPythonOracle.start(Duration.ofMillis(1))) {
            assertThrows(CPythonOracle.OracleFailure.class, () -> impatient.parse(big, true));
        }
        assertTrue(oracle.parse("pass\n".getBytes(StandardCharsets.UTF_8), false).isParsed());
    }

    @Test
    void runFileCapturesOutputAndStatus() throws IOException {
        Path script = dir.resolve("exits.py");
        Files.writeString(script, "import sys\nprint('out')\nprint('err', file=sys.stderr)\n"
                + "sys.exit(3)\n");
        PythonRun.Result run = CPythonOracle.runFile(script, RUN_TIMEOUT);
        assertEquals(new PythonRun.Result(3, "out\n", "err\n", false), run);
    }

    @Test
    void runFileKillsARunThatOutlivesItsTimeout() throws IOException {
        Path script = dir.resolve("sleeps.py");
        Files.writeString(script, "import time\ntime.sleep(60)\n");
        PythonRun.Result run = CPythonOracle.runFile(script, Duration.ofMillis(500));
        assertTrue(run.timedOut());
        assertFalse(run.exitCode() == 0);
    }

    private Path write(byte[] source) {
        try {
            return Files.write(dir.resolve("file.py"), source);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
