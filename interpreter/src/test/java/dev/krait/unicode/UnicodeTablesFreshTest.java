package dev.krait.unicode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed tables are what {@code tools/generate-unicode-tables} makes from the installed
 * CPython 3.11 today: the generator runs into a temporary folder and every table must match the
 * committed one byte for byte once un-gzipped (gzip's own bytes may vary with zlib versions).
 */
class UnicodeTablesFreshTest {
    private static final List<String> TABLES =
            List.of("properties", "normalization", "decomposition", "names", "case", "ucd320",
                    "numeric");

    /** The module folder is the working directory of tests; the generator is in the parent. */
    private static final Path GENERATOR = Path.of("..", "tools", "generate-unicode-tables");
    private static final Path COMMITTED = Path.of("src", "main", "resources", "dev", "krait",
            "unicode");

    @Test
    void committedTablesMatchAFreshGeneration(@TempDir Path fresh) throws IOException {
        assertTrue(Files.isRegularFile(GENERATOR), "generator not found at "
                + GENERATOR.toAbsolutePath());
        Python3.runFile(GENERATOR.toString(), "--out", fresh.toString());
        for (String table : TABLES) {
            byte[] expected = gunzip(fresh.resolve(table + ".gz"));
            byte[] actual = gunzip(COMMITTED.resolve(table + ".gz"));
            assertArrayEquals(expected, actual, () -> table + ".gz is stale: run "
                    + "tools/generate-unicode-tables with CPython 3.11 and commit the result");
        }
        try (var files = Files.list(fresh)) {
            assertEquals(TABLES.size(), files.count(), "the generator writes exactly the tables");
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
