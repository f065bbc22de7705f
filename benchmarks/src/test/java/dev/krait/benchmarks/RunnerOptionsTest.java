package dev.krait.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunnerOptionsTest {
    private static final Path ROOT = Path.of("/repo");

    @Test
    void defaultsRunEverythingThreeTimesAgainstBinKrait() throws Exception {
        RunnerOptions options = RunnerOptions.parse(ROOT, null);
        assertEquals(List.of(), options.only());
        assertEquals(3, options.runs());
        assertEquals(1, options.warmups());
        assertEquals(Duration.ofSeconds(120), options.timeout());
        assertEquals("python3", options.python());
        assertEquals("/repo/bin/krait", options.krait());
        assertEquals(Path.of("/repo/benchmarks/programs"), options.programs());
        assertEquals(Optional.empty(), options.json());
        assertFalse(options.quick());
    }

    @Test
    void optionsOverrideTheDefaults() throws Exception {
        RunnerOptions options = RunnerOptions.parse(ROOT, "python3.11", "--only", "fib, nbody",
                "--runs", "5", "--warmups", "0", "--timeout", "2.5", "--also", "pypy3",
                "--also", "python3 -X dev", "--quick", "--json", "out.json");
        assertEquals(List.of("fib", "nbody"), options.only());
        assertEquals(5, options.runs());
        assertEquals(0, options.warmups());
        assertEquals(Duration.ofMillis(2500), options.timeout());
        assertEquals("python3.11", options.python());
        assertEquals(List.of("pypy3", "python3 -X dev"), options.also());
        assertTrue(options.quick());
        assertEquals(Optional.of(Path.of("out.json")), options.json());
    }

    @Test
    void badUsageIsReportedWithTheOptionName() {
        RunnerOptions.UsageError missing = assertThrows(RunnerOptions.UsageError.class,
                () -> RunnerOptions.parse(ROOT, null, "--runs"));
        assertEquals("--runs needs a value", missing.getMessage());
        RunnerOptions.UsageError zero = assertThrows(RunnerOptions.UsageError.class,
                () -> RunnerOptions.parse(ROOT, null, "--runs", "0"));
        assertEquals("--runs needs a whole number of at least 1: 0", zero.getMessage());
        assertThrows(RunnerOptions.UsageError.class,
                () -> RunnerOptions.parse(ROOT, null, "--timeout", "-1"));
        assertThrows(RunnerOptions.UsageError.class,
                () -> RunnerOptions.parse(ROOT, null, "--fast"));
    }

    @Test
    void anInterpreterIsLabelledByItsProgramName() {
        Interpreter pypy = Interpreter.fromCommand("/opt/pypy/bin/pypy3  -S");
        assertEquals("pypy3", pypy.label());
        assertEquals(List.of("/opt/pypy/bin/pypy3", "-S"), pypy.command());
    }
}
