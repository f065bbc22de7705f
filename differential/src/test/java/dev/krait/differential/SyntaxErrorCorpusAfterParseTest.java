package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * The corpus of programs that parse but that CPython 3.11 still rejects, in its
 * {@code __future__} handling, its symbol table or its compiler
 * ({@code corpus/syntax-errors-after-parse/}): Krait's front end up to code generation
 * ({@link KraitFrontEnd#compile}) must raise the SyntaxError that {@code python3 FILE} raises,
 * with the same message, line and offsets (CPython gives these stages' offsets in UTF-8 bytes).
 *
 * <p>Each file gets three tests: {@code parsed by CPython} (a file {@code ast.parse} rejects
 * belongs in {@code corpus/syntax-errors/}), {@code error} (type, message, lineno, offset) and
 * {@code end position}.
 */
class SyntaxErrorCorpusAfterParseTest {
    static final Path ROOT = Path.of("corpus", "syntax-errors-after-parse");
    private static CPythonOracle oracle;

    @BeforeAll
    static void start() {
        oracle = CPythonOracle.start();
    }

    @AfterAll
    static void stop() {
        oracle.close();
    }

    @TestFactory
    Stream<DynamicNode> corpus() {
        List<Path> files = files();
        assertFalse(files.isEmpty(), "no corpus under " + ROOT.toAbsolutePath());
        return files.stream().map(file -> {
            byte[] source = SyntaxErrorCorpus.read(file);
            return DynamicContainer.dynamicContainer(ROOT.relativize(file).toString(), Stream.of(
                    DynamicTest.dynamicTest("parsed by CPython", () -> parsedByCPython(source)),
                    DynamicTest.dynamicTest("error", () -> sameError(file, source)),
                    DynamicTest.dynamicTest("end position", () -> sameEnd(file, source))));
        });
    }

    private static void parsedByCPython(byte[] source) {
        assertTrue(oracle.parse(source, false).isParsed(),
                "ast.parse rejects this file: it belongs in corpus/syntax-errors/");
    }

    private static void sameError(Path file, byte[] source) {
        SyntaxErrorFileRun.Fields cpython = cpythonError(file);
        ParseOutcome krait = KraitFrontEnd.compile(source, file.toString());
        assertEquals(cpython.type() + ": " + cpython.msg() + " (lineno=" + orZero(cpython.lineno())
                + ", offset=" + orZero(cpython.offset()) + ")", errorPart(krait),
                () -> "Krait: " + krait.describe());
    }

    private static void sameEnd(Path file, byte[] source) {
        SyntaxErrorFileRun.Fields cpython = cpythonError(file);
        ParseOutcome krait = KraitFrontEnd.compile(source, file.toString());
        assertEquals("end_lineno=" + orZero(cpython.endLineno()) + ", end_offset="
                + orZero(cpython.endOffset()), "end_lineno=" + krait.endLineno() + ", end_offset="
                + krait.endOffset(), () -> "Krait: " + krait.describe());
    }

    private static SyntaxErrorFileRun.Fields cpythonError(Path file) {
        SyntaxErrorFileRun run = SyntaxErrorFileRun.of(file);
        assertNotNull(run.error, () -> "python3 raised no SyntaxError; stderr:\n" + run.stderr);
        return run.error;
    }

    private static String errorPart(ParseOutcome outcome) {
        if (outcome.isParsed()) {
            return "compiled";
        }
        return outcome.errorType() + ": " + outcome.message() + " (lineno=" + outcome.lineno()
                + ", offset=" + outcome.offset() + ")";
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    static List<Path> files() {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".py"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + ROOT.toAbsolutePath(), e);
        }
    }
}
