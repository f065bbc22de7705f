package dev.krait.differential;

import dev.krait.parser.Parser;
import dev.krait.parser.ParserOverflowError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The syntax-error corpus: small invalid programs under {@code corpus/syntax-errors/}, one folder
 * per kind of error, each of which CPython 3.11 rejects. Their expected errors are never written down:
 * the tests ask CPython every time.
 *
 * <p>Files are named by their path relative to the differential module (the directory Maven runs
 * the tests in), so that {@code python3} and {@code krait} both show the same short name in their
 * {@code File "..."} lines.
 */
final class SyntaxErrorCorpus {
    /** The corpus that the parser must reject exactly as CPython's parser does. */
    static final Path ROOT = Path.of("corpus", "syntax-errors");

    private SyntaxErrorCorpus() {}

    /** Every corpus file, in a stable order. */
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

    /** The test's name: the path inside the corpus, e.g. {@code strings/unterminated.py}. */
    static String name(Path file) {
        return ROOT.relativize(file).toString();
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why Krait cannot be compared yet, or {@code null} when it can: while the parser is still the
     * INTERIM contract on main it answers every source with the same placeholder error, and a
     * comparison against it would say nothing about the corpus.
     */
    static String kraitUnavailable() {
        try {
            Parser.parse("pass\n".getBytes(StandardCharsets.UTF_8), "<probe>", Parser.Mode.EXEC);
            return null;
        } catch (ParserOverflowError e) {
            if ("NotImplementedError".equals(e.pythonType)) {
                return "Krait's parser is not written yet: " + e.getMessage();
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
