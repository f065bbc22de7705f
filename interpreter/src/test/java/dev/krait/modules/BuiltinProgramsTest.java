package dev.krait.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole programs that exercise the builtins and sys (the {@code .py} files beside this test in
 * the resources folder {@code programs/}), run by python3 and by Krait with the same stdin; the
 * stdout, stderr and exit status must be CPython's.
 */
class BuiltinProgramsTest {
    private static final String STDIN = "Ann\nBob\n";

    @TestFactory
    Stream<DynamicTest> programs() throws IOException, URISyntaxException {
        Assumptions.assumeTrue(CPythonCases.compilerAvailable(), "the compiler is not there");
        Path folder = Path.of(BuiltinProgramsTest.class.getResource("programs").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () ->
                            assertEquals(ProgramRunner.python(p, STDIN),
                                    ProgramRunner.krait(p, STDIN), p.getFileName().toString())));
        }
    }
}
