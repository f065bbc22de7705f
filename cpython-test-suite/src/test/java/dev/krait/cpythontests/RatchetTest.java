package dev.krait.cpythontests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ratchet's rules, on made-up results: passing tests are never lost, the list shrinks. */
class RatchetTest {
    @TempDir
    Path dir;

    private static TestResult test(String name, TestStatus s) {
        return new TestResult("test.test_x.A." + name, s, s.isGood() ? null : "AssertionError",
                s.isGood() ? null : "boom", 0.0);
    }

    private static ModuleResult module(String status, TestResult... tests) {
        return new ModuleResult("test_x", status, null, null, 0.0, List.of(tests));
    }

    private Baseline baseline(TestStatus... statuses) {
        Map<String, TestStatus> tests = new LinkedHashMap<>();
        for (int i = 0; i < statuses.length; i++) {
            tests.put("test.test_x.A.test_" + (char) ('a' + i), statuses[i]);
        }
        return new Baseline("Python 3.11.7", "d", Map.of("test_x",
                new Baseline.Module("test_x", "ok", tests)));
    }

    @Test
    void expectationsRecordOnlyWhatDiffersFromCPython() throws IOException {
        Baseline base = baseline(TestStatus.PASSED, TestStatus.SKIPPED, TestStatus.PASSED,
                TestStatus.PASSED);
        ModuleResult run = module("ok", test("test_a", TestStatus.PASSED),
                test("test_b", TestStatus.SKIPPED), test("test_c", TestStatus.FAILED));
        Expectations.from(run, base.modules().get("test_x"), null).write(dir);
        List<String> lines = Files.readAllLines(dir.resolve("test_x.txt")).stream()
                .filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of(
                "test.test_x.A.test_c\tfailed\tkrait-bug\tAssertionError: boom",
                "test.test_x.A.test_d\tnot-run\tkrait-bug\treported by CPython, not by Krait"),
                lines);
        Ratchet.Report same = Ratchet.compare(List.of(run), dir, base);
        assertTrue(same.passed(), same.regressions().toString());
        assertEquals(List.of(), same.improvements());
    }

    @Test
    void aLostPassIsARegressionAndANewPassAnImprovement() {
        Baseline base = baseline(TestStatus.PASSED, TestStatus.PASSED);
        Expectations.from(module("ok", test("test_a", TestStatus.PASSED),
                test("test_b", TestStatus.ERROR)), base.modules().get("test_x"), null).write(dir);
        Ratchet.Report r = Ratchet.compare(List.of(module("ok",
                test("test_a", TestStatus.FAILED), test("test_b", TestStatus.PASSED))), dir, base);
        assertEquals(List.of("test.test_x.A.test_a: failed (AssertionError: boom)"),
                r.regressions());
        assertEquals(List.of("test.test_x.A.test_b: passed (expected error)"), r.improvements());
    }

    @Test
    void aModuleThatStopsImportingLosesItsTests() {
        Baseline base = baseline(TestStatus.PASSED);
        Expectations.from(module("ok", test("test_a", TestStatus.PASSED)),
                base.modules().get("test_x"), null).write(dir);
        Ratchet.Report r = Ratchet.compare(List.of(new ModuleResult("test_x", "not-imported",
                "ModuleNotFoundError", "No module named '_sre'", 0.0, List.of())), dir, base);
        assertEquals(1, r.regressions().size());
        assertTrue(r.regressions().get(0).startsWith("test_x: not-imported"));
    }

    @Test
    void aModuleThatStartsImportingIsAnImprovement() {
        Baseline base = baseline(TestStatus.PASSED);
        ModuleResult failed = new ModuleResult("test_x", "not-imported", "ModuleNotFoundError",
                "No module named '_sre'", 0.0, List.of());
        Expectations e = Expectations.from(failed, base.modules().get("test_x"), null);
        assertEquals(Category.MISSING_NATIVE_MODULE, e.moduleEntry().category());
        e.write(dir);
        Ratchet.Report r = Ratchet.compare(List.of(module("ok",
                test("test_a", TestStatus.PASSED))), dir, base);
        assertTrue(r.passed());
        assertEquals(List.of("test_x: now runs to its end (was not-imported)"), r.improvements());
    }
}
