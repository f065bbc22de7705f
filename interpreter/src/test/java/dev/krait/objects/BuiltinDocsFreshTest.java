package dev.krait.objects;

import dev.krait.testing.GeneratedTables;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed builtin docstrings, layouts and slot signatures are what
 * {@code tools/generate-builtin-docs} writes from the installed CPython 3.11 today.
 */
class BuiltinDocsFreshTest {
    @Test
    void committedTableMatchesAFreshGeneration(@TempDir Path fresh)
            throws IOException, InterruptedException {
        GeneratedTables.assertFresh("generate-builtin-docs",
                Path.of("src", "main", "resources", "dev", "krait", "objects"),
                "builtin-docs.txt", fresh);
    }
}
