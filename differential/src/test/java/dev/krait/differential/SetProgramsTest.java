package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The set programs in {@code src/test/resources/programs/sets/} run end to end (parser, compiler,
 * evaluator, sets) by {@link ProgramRunner} and by python3, both with {@code PYTHONHASHSEED=0}:
 * the same stdout and exit status. Each program prints sets, so the element order is checked.
 */
class SetProgramsTest {
    private static final Path DIR = Path.of("src/test/resources/programs/sets");
    private static final long TIMEOUT_SECONDS = 60;

    static Stream<Path> programs() throws IOException {
        return Files.list(DIR).filter(p -> p.toString().endsWith(".py")).sorted();
    }

    @ParameterizedTest
    @MethodSource("programs")
    void sameOutputAsCPython(Path program) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] expected = run(List.of(CPythonOracle.pythonCommand(), "-X", "utf8",
                program.toString()));
        String[] actual = run(List.of(java, "-Xss16m", "-cp", System.getProperty(
                "java.class.path"), ProgramRunner.class.getName(), program.toString()));
        assertEquals(expected[0], actual[0], program + ": stdout");
        assertEquals(expected[1], actual[1], program + ": exit status; Krait's stderr:\n"
                + actual[2]);
    }

    /** stdout, exit status and stderr of a command run with PYTHONHASHSEED=0. */
    private static String[] run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("krait-sets", ".out");
        Path err = Files.createTempFile("krait-sets", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().put("PYTHONHASHSEED", "0");
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " timed out");
            }
            return new String[] {Files.readString(out, StandardCharsets.UTF_8),
                Integer.toString(process.exitValue()), Files.readString(err,
                        StandardCharsets.UTF_8)};
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
