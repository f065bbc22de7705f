package dev.krait.cpythontests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The build's ratchet: runs the CI selection of CPython's test modules in Krait (each module in
 * a fresh interpreter, in worker JVMs) and fails when a test that the expectations say passes
 * does not; newly passing tests are printed, for {@code bin/cpython-tests --update-expectations}.
 * Also checks that the cached CPython baseline describes the installed CPython.
 */
class CiSelectionTest {
    private static final SuiteCommand.Layout LAYOUT = SuiteCommand.Layout.fromProperty();

    @Test
    void baselineMatchesTheInstalledCPython() {
        Path testDir = TestCatalog.testDirectory(null);
        Baseline baseline = Baseline.read(LAYOUT.baselineFile());
        assertNull(baseline.staleness(SuiteCommand.pythonVersion(), Baseline.digest(testDir)));
        for (String module : LAYOUT.ciModules()) {
            assertTrue(baseline.modules().containsKey(module),
                    module + " has no CPython baseline: run bin/cpython-tests --baseline "
                            + module);
        }
    }

    @Test
    void ciModulesKeepEveryPassingTest() {
        TestCatalog.testDirectory(null);
        List<String> modules = LAYOUT.ciModules();
        SuiteRunner runner = new SuiteRunner(LAYOUT.harness(), SuiteRunner.Interpreter.KRAIT,
                Runtime.getRuntime().availableProcessors(), new WorkerProcess.Limits(
                        Duration.ofSeconds(300), SuiteCommand.DEFAULT_TEST_TIMEOUT), List.of(),
                Set.copyOf(LAYOUT.runAlone()), null);
        List<ModuleResult> results = runner.run(modules, r -> {});
        Path target = LAYOUT.suite().resolve("target");
        ResultFiles.writeJson(target.resolve("cpython-tests-ci.json"), new ResultFiles.RunInfo(
                "krait", LAYOUT.commit(), Runtime.version().toString(),
                SuiteCommand.pythonVersion(), Instant.now().toString(), "ci", null, List.of()),
                results);
        ResultFiles.writeJUnit(target.resolve("cpython-tests-junit"), results);
        assertEquals(modules.size(), results.size());
        long passed = results.stream().mapToLong(r -> r.count(TestStatus.PASSED)).sum();
        long imported = results.stream().filter(ModuleResult::completed).count();
        System.out.printf("CiSelectionTest: %d of %d modules ran to their end, %d tests passed%n",
                imported, results.size(), passed);
        Ratchet.Report report = Ratchet.compare(results, LAYOUT.expectations(),
                Baseline.read(LAYOUT.baselineFile()));
        report.improvements().forEach(s -> System.out.println("newly passing: " + s));
        assertTrue(report.passed(), () -> "tests that passed no longer pass:\n  "
                + String.join("\n  ", report.regressions()));
    }
}
