package dev.krait.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The check behind every committed table that a {@code tools/generate-*} script writes from the
 * installed CPython 3.11: the script runs into a temporary folder ({@code --out DIR}) and the
 * file it writes must equal the committed one, so that no value is typed by hand or goes stale.
 */
public final class GeneratedTables {
    private GeneratedTables() {}

    /**
     * Runs {@code tools/GENERATOR --out fresh} (the module folder is the working directory of
     * tests; tools/ is in the parent) and asserts that {@code fresh/FILE} equals
     * {@code committedFolder/FILE}.
     */
    public static void assertFresh(String generator, Path committedFolder, String file,
            Path fresh) throws IOException, InterruptedException {
        Path script = Path.of("..", "tools", generator);
        assertTrue(Files.isRegularFile(script), "generator not found at "
                + script.toAbsolutePath());
        Process p = new ProcessBuilder("python3", script.toString(), "--out", fresh.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "generator timed out");
        assertEquals(0, p.exitValue(), () -> "generator failed: " + output);
        assertEquals(Files.readString(fresh.resolve(file)),
                Files.readString(committedFolder.resolve(file)), file + " is stale: run tools/"
                        + generator + " with CPython 3.11 and commit the result");
    }
}
