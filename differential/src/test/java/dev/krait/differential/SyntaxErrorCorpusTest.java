package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.krait.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of the syntax-error corpus must fail in Krait exactly as in CPython 3.11: the same
 * exception type, message, line and offset, the same end position, and the same report on stderr
 * with exit status 1 when run as {@code krait FILE} versus {@code python3 FILE}.
 *
 * <p>Each file gets four tests, so that a run counts separately how many files match on the error
 * itself, on its end position, and on what the user sees:
 * <ul>
 *   <li>{@code rejected by CPython}: a file CPython's parser accepts is a bug in the corpus;
 *   <li>{@code error}: type, message, lineno and offset, against {@code ast.parse} in CPython;
 *   <li>{@code end position}: end_lineno and end_offset, likewise;
 *   <li>{@code stderr}: {@code krait FILE} (run in-process through {@link Main#run}) against
 *       {@code python3 FILE}, both given the same relative path.
 * </ul>
 * While Krait's parser is still the INTERIM placeholder, the Krait comparisons are reported as
 * aborted (skipped, with the reason), never as passed.
 */
class SyntaxErrorCorpusTest {
    private static final SyntaxErrorScoreboard SCOREBOARD = new SyntaxErrorScoreboard();
    private static CPythonOracle oracle;
    private static String kraitUnavailable;

    @BeforeAll
    static void start() {
        oracle = CPythonOracle.start();
        kraitUnavailable = SyntaxErrorCorpus.kraitUnavailable();
    }

    @AfterAll
    static void stop() {
        oracle.close();
        SCOREBOARD.print(System.out);
    }

    @TestFactory
    Stream<DynamicNode> corpus() {
        List<Path> files = SyntaxErrorCorpus.files();
        assertFalse(files.isEmpty(), "no corpus under " + SyntaxErrorCorpus.ROOT.toAbsolutePath());
        return files.stream().map(this::testsFor);
    }

    private DynamicNode testsFor(Path file) {
        byte[] source = SyntaxErrorCorpus.read(file);
        return DynamicContainer.dynamicContainer(SyntaxErrorCorpus.name(file), Stream.of(
                DynamicTest.dynamicTest("rejected by CPython", () -> rejectedByCPython(source)),
                DynamicTest.dynamicTest("error", () -> sameError(file, source)),
                DynamicTest.dynamicTest("end position", () -> sameEndPosition(file, source)),
                DynamicTest.dynamicTest("stderr", () -> sameStderr(file))));
    }

    private static void rejectedByCPython(byte[] source) {
        ParseOutcome cpython = oracle.parse(source, false);
        assertFalse(cpython.isParsed(),
                "CPython accepts this file: it does not belong in the corpus");
    }

    private static void sameError(Path file, byte[] source) {
        ParseOutcome cpython = oracle.parse(source, false);
        ParseOutcome krait = kraitParse(file, SyntaxErrorScoreboard.Aspect.ERROR, source);
        scored(file, SyntaxErrorScoreboard.Aspect.ERROR, errorPart(cpython), errorPart(krait),
                "CPython: " + cpython.describe() + "\nKrait:   " + krait.describe());
    }

    private static void sameEndPosition(Path file, byte[] source) {
        ParseOutcome cpython = oracle.parse(source, false);
        ParseOutcome krait = kraitParse(file, SyntaxErrorScoreboard.Aspect.END_POSITION, source);
        scored(file, SyntaxErrorScoreboard.Aspect.END_POSITION, endPart(cpython), endPart(krait),
                "CPython: " + cpython.describe() + "\nKrait:   " + krait.describe());
    }

    /** Asserts that Krait's answer is CPython's, counting the result on the scoreboard. */
    private static void scored(Path file, SyntaxErrorScoreboard.Aspect aspect, String expected,
            String actual, String message) {
        SCOREBOARD.record(file, aspect, expected.equals(actual));
        assertEquals(expected, actual, message);
    }

    private static void sameStderr(Path file) {
        assumeTrue(kraitUnavailable == null, () -> kraitUnavailable);
        SyntaxErrorFileRun cpython = SyntaxErrorFileRun.of(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(new String[] {file.toString()}, outStream, errStream);
        }
        String shown = "stdout:\n" + out.toString(StandardCharsets.UTF_8) + "stderr:\n"
                + err.toString(StandardCharsets.UTF_8) + "exit status " + status;
        scored(file, SyntaxErrorScoreboard.Aspect.STDERR,
                "stdout:\nstderr:\n" + cpython.stderr + "exit status " + cpython.exitCode, shown,
                "krait " + file + " versus python3 " + file);
    }

    /** Krait's outcome; a crash (reported as an AssertionError) counts as a mismatch. */
    private static ParseOutcome kraitParse(Path file, SyntaxErrorScoreboard.Aspect aspect,
            byte[] source) {
        assumeTrue(kraitUnavailable == null, () -> kraitUnavailable);
        try {
            return KraitFrontEnd.parse(source, false);
        } catch (AssertionError crash) {
            SCOREBOARD.record(file, aspect, false);
            throw crash;
        }
    }

    /** What the {@code error} test compares: the outcome with its end position left out. */
    private static String errorPart(ParseOutcome outcome) {
        if (outcome.isParsed()) {
            return "parsed";
        }
        return outcome.errorType() + ": " + outcome.message() + " (lineno=" + outcome.lineno()
                + ", offset=" + outcome.offset() + ")";
    }

    /** What the {@code end position} test compares. */
    private static String endPart(ParseOutcome outcome) {
        if (outcome.isParsed()) {
            return "parsed";
        }
        return "end_lineno=" + outcome.endLineno() + ", end_offset=" + outcome.endOffset();
    }
}
