package dev.krait.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimedRunTest {
    @TempDir
    Path dir;

    @Test
    void cpuTimeIsUserPlusSystemFromGnuTimesLastLine() {
        assertEquals(0.15,
                TimedRun.cpuSeconds("Command exited with non-zero status 3\n0.12 0.03\n"), 1e-9);
        assertEquals("1.63", Double.toString(TimedRun.cpuSeconds("1.61 0.02\n")));
        assertTrue(Double.isNaN(TimedRun.cpuSeconds("")));
        assertTrue(Double.isNaN(TimedRun.cpuSeconds("time: cannot run x\n")));
    }

    @Test
    void aRunKeepsItsOutputAndExitStatus() throws Exception {
        TimedRun run = TimedRun.run(List.of("sh", "-c", "echo out; echo err >&2; exit 3"), dir,
                Duration.ofSeconds(30));
        assertEquals(3, run.exitCode());
        assertEquals("out\n", run.stdout());
        assertEquals("err", run.lastErrorLine());
        assertFalse(run.timedOut());
        assertTrue(run.seconds() > 0);
        if (Files.isExecutable(Path.of("/usr/bin/time"))) {
            assertTrue(run.cpuSeconds() >= 0, "cpu " + run.cpuSeconds());
        }
    }

    @Test
    void aRunPastItsTimeoutIsKilled() throws Exception {
        TimedRun run = TimedRun.run(List.of("sleep", "30"), dir, Duration.ofMillis(300));
        assertTrue(run.timedOut());
        assertEquals(-1, run.exitCode());
        assertTrue(Double.isNaN(run.cpuSeconds()));
    }
}
