package dev.krait.cpythontests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-test time limit: a fake {@code test} package (the runner's {@code --test-dir}) whose
 * module has a test that blocks in a native call for ever, with a SIGALRM handler and an
 * interval timer of its own running, between tests that pass. The runner must stop the hanging
 * test at its limit, charge it {@code timed-out} with where it was stuck, and run the tests
 * after it, in the same module's result.
 */
class TestTimeoutTest {
    private static final SuiteCommand.Layout LAYOUT = SuiteCommand.Layout.fromProperty();

    private static final String MODULE = """
            import os
            import signal
            import unittest


            class Hang(unittest.TestCase):
                def test_a_passes(self):
                    self.assertEqual(1 + 1, 2)

                def test_b_blocks(self):
                    signal.signal(signal.SIGALRM, lambda *args: None)
                    signal.setitimer(signal.ITIMER_REAL, 0.5, 0.5)
                    r, w = os.pipe()
                    os.read(r, 1)    # nobody writes: blocks for ever in read(2)

                def test_c_passes(self):
                    self.assertEqual('ab' * 2, 'abab')
            """;

    @TempDir
    Path dir;

    @Test
    void aHangingTestTimesOutAndTheModuleGoesOn() throws IOException {
        Path test = dir.resolve("test");
        Files.createDirectories(test.resolve("support"));
        Files.writeString(test.resolve("__init__.py"), "");
        Files.writeString(test.resolve("support").resolve("__init__.py"),
                "use_resources = None\n");
        Files.writeString(test.resolve("test_hang.py"), MODULE);

        SuiteRunner runner = new SuiteRunner(LAYOUT.harness(), SuiteRunner.Interpreter.KRAIT, 1,
                new WorkerProcess.Limits(Duration.ofSeconds(300), Duration.ofSeconds(3)),
                List.of(), Set.of(), dir);
        List<ModuleResult> results = runner.run(List.of("test_hang"), r -> {});

        assertEquals(1, results.size());
        ModuleResult r = results.getFirst();
        assertEquals("ok", r.status(), r.toString());
        Map<String, TestResult> byName = new LinkedHashMap<>();
        r.tests().forEach(t -> byName.put(t.id().substring(t.id().lastIndexOf('.') + 1), t));
        assertEquals(List.of("test_a_passes", "test_b_blocks", "test_c_passes"),
                List.copyOf(byName.keySet()));
        assertEquals(TestStatus.PASSED, byName.get("test_a_passes").status());
        assertEquals(TestStatus.PASSED, byName.get("test_c_passes").status());
        TestResult hung = byName.get("test_b_blocks");
        assertEquals(TestStatus.TIMED_OUT, hung.status());
        assertEquals("ran longer than the per-test limit of 3 s, in test_hang.py:14 in "
                + "test_b_blocks", hung.message());
    }

    @Test
    void theLimitIsAnOption() {
        assertEquals(SuiteCommand.DEFAULT_TEST_TIMEOUT,
                SuiteCommand.parse(new String[] {"test_int"}).testTimeout());
        assertEquals(Duration.ofSeconds(30), SuiteCommand.parse(
                new String[] {"test_int", "--test-timeout", "30"}).testTimeout());
    }
}
