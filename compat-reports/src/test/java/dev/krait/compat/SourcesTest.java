package dev.krait.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which committed suite run the dashboards show by default. */
class SourcesTest {
    @Test
    void theNewestRunIsTheOneWithTheLatestDateNotTheLastName(@TempDir Path dir) throws Exception {
        // Two runs of one day: by name "…-50afdb1" sorts after "…-353cc2e", by date it is older.
        Files.writeString(dir.resolve("krait-2026-11-26-50afdb1.json"), """
                {"format": 2, "interpreter": "krait", "date": "2026-11-26T13:35:15Z",
                 "modules": [{"module": "test_a", "tests": []}]}
                """);
        Files.writeString(dir.resolve("krait-2026-11-26-353cc2e.json"), """
                {"format": 2, "interpreter": "krait", "merged": [{"date": "2099-01-01"}],
                 "date": "2026-11-26T16:55:00Z", "modules": []}
                """);
        Files.writeString(dir.resolve("notes.txt"), "not a run");
        assertEquals("krait-2026-11-26-353cc2e.json",
                Sources.latestRun(dir).getFileName().toString());
    }
}
