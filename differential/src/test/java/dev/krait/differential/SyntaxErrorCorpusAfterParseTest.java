package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * ({@link KraitFrontEnd#compile}) must raise the SyntaxError that CPython's
 * {@code compile(source, FILE, "exec")} raises, with the same message, line and offsets (CPython
 * gives these stages' offsets in UTF-8 bytes). For errors found after parsing, {@code compile}
 * and {@code python3 FILE} agree (they differ only in how the file is tokenized); one CPython
 * process answers for the whole corpus.
 *
 * <p>Each file gets three tests: {@code parsed by CPython} (a file {@code ast.parse} rejects
 * belongs in {@code corpus/syntax-errors/}), {@code error} (type, message, lineno, offset) and
 * {@code end position}.
 */
class SyntaxErrorCorpusAfterParseTest {
    static final Path ROOT = Path.of("corpus", "syntax-errors-after-parse");
    private static final String COMPILE_ALL = """
            import sys
            for path in sys.argv[1:]:
                try:
                    with open(path, "rb") as f:
                        compile(f.read(), path, "exec", dont_inherit=True)
                    print("compiled")
                except SyntaxError as e:
                    fields = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno,
                              e.end_offset]
                    print("\\t".join("0" if v is None else str(v).replace("\\n", " ")
                                    for v in fields))
            """;
    private static CPythonOracle oracle;
    private static Map<Path, String[]> cpythonErrors;

    @BeforeAll
    static void start() {
        oracle = CPythonOracle.start();
        List<Path> files = files();
        PythonRun.Result run = PythonRun.runCode(COMPILE_ALL, Duration.ofMinutes(2),
                files.stream().map(Path::toString).toArray(String[]::new));
        String[] lines = run.stdout().split("\n");
        assertEquals(files.size(), lines.length, () -> "CPython answered: " + run.stderr());
        cpythonErrors = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            cpythonErrors.put(files.get(i), lines[i].split("\t"));
        }
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
        String[] cpython = cpythonError(file);
        ParseOutcome krait = KraitFrontEnd.compile(source, file.toString());
        assertEquals(cpython[0] + ": " + cpython[1] + " (lineno=" + cpython[2] + ", offset="
                + cpython[3] + ")", errorPart(krait), () -> "Krait: " + krait.describe());
    }

    private static void sameEnd(Path file, byte[] source) {
        String[] cpython = cpythonError(file);
        ParseOutcome krait = KraitFrontEnd.compile(source, file.toString());
        assertEquals("end_lineno=" + cpython[4] + ", end_offset=" + cpython[5], "end_lineno="
                + krait.endLineno() + ", end_offset=" + krait.endOffset(),
                () -> "Krait: " + krait.describe());
    }

    /** CPython's error fields: type, msg, lineno, offset, end_lineno, end_offset. */
    private static String[] cpythonError(Path file) {
        String[] fields = cpythonErrors.get(file);
        assertEquals(6, fields.length, () -> "CPython compiles " + file + ": "
                + String.join(" ", fields));
        return fields;
    }

    private static String errorPart(ParseOutcome outcome) {
        if (outcome.isParsed()) {
            return "compiled";
        }
        return outcome.errorType() + ": " + outcome.message() + " (lineno=" + outcome.lineno()
                + ", offset=" + outcome.offset() + ")";
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
