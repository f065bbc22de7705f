package dev.krait.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.modules.CPythonCases;
import dev.krait.modules.ProgramRunner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Programs that use {@code _sre} through CPython's own re compiler (the {@code .py} files in
 * the resources folder {@code programs/}), run by python3 and by Krait: stdout, stderr and exit
 * status must be CPython's. They reach re._compiler through {@code _recompile.py} until
 * {@code import re} works in Krait; then the corpus programs under
 * differential/corpus/stdlib/re/ take over.
 */
class SreProgramsTest {
    @TestFactory
    Stream<DynamicTest> programs() throws IOException, URISyntaxException {
        Assumptions.assumeTrue(CPythonCases.compilerAvailable(), "the compiler is not there");
        Path folder = Path.of(SreProgramsTest.class.getResource("programs").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () ->
                            assertEquals(ProgramRunner.python(p, ""),
                                    ProgramRunner.krait(p, ""), p.getFileName().toString())));
        }
    }
}
