package dev.krait.modules.socket;

import dev.krait.testing.GeneratedTables;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code _socket} constants are what {@code tools/generate-socket-constants}
 * writes from the installed CPython 3.11 today.
 */
class SocketConstantsFreshTest {
    @Test
    void committedTableMatchesAFreshGeneration(@TempDir Path fresh)
            throws IOException, InterruptedException {
        GeneratedTables.assertFresh("generate-socket-constants",
                Path.of("src", "main", "resources", "dev", "krait", "modules", "socket"),
                "constants.txt", fresh);
    }
}
