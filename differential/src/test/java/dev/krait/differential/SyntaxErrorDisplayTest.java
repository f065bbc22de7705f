package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.krait.runtime.SyntaxErrorDisplay;
import dev.krait.lexer.PythonSyntaxError;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link SyntaxErrorDisplay} must print exactly what CPython 3.11 prints for the same exception,
 * independently of Krait's parser: for every corpus file, the SyntaxError that {@code python3 FILE}
 * raised (its fields captured from that very run) is given to the display, and the text must equal
 * that run's stderr byte for byte. The corpus covers the display's corner cases: tabs, stripped
 * indentation, non-ASCII text before the error, ranges over several lines, carets past the end of
 * the line, CRLF line ends, a BOM, NUL bytes, and errors without a location.
 */
class SyntaxErrorDisplayTest {

    @TestFactory
    Stream<DynamicTest> displayMatchesPython() {
        return SyntaxErrorCorpus.files().stream().map(file -> DynamicTest.dynamicTest(
                SyntaxErrorCorpus.name(file), () -> sameDisplay(file)));
    }

    private static void sameDisplay(Path file) {
        SyntaxErrorFileRun cpython = SyntaxErrorFileRun.of(file);
        assertNotNull(cpython.error, () -> "python3 raised no SyntaxError; stderr:\n"
                + cpython.stderr);
        PythonSyntaxError error = cpython.error.toPythonSyntaxError();
        assertEquals(cpython.stderr, SyntaxErrorDisplay.format(error), () -> "fields: "
                + cpython.error);
    }
}
