package dev.krait.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed builtin docstrings, layouts and slot signatures are what
 * {@code tools/generate-builtin-docs} writes from the installed CPython 3.11 today: the
 * generator runs into a temporary folder and its text must equal the committed one.
 */
class BuiltinDocsFreshTest {
    /** The module folder is the working directory of tests; the generator is in the parent. */
    private static final Path GENERATOR = Path.of("..", "tools", "generate-builtin-docs");
    private static final Path COMMITTED = Path.of("src", "main", "resources", "dev", "krait",
            "objects", "builtin-docs.txt");

    @Test
    void committedTableMatchesAFreshGeneration(@TempDir Path fresh)
            throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(GENERATOR), "generator not found at "
                + GENERATOR.toAbsolutePath());
        Process p = new ProcessBuilder("python3", GENERATOR.toString(), "--out",
                fresh.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "generator timed out");
        assertEquals(0, p.exitValue(), () -> "generator failed: " + output);
        assertEquals(Files.readString(fresh.resolve("builtin-docs.txt")),
                Files.readString(COMMITTED), "builtin-docs.txt is stale: run "
                        + "tools/generate-builtin-docs with CPython 3.11 and commit the result");
    }
}
