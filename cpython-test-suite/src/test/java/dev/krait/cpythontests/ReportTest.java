package dev.krait.cpythontests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The score's formula and the clusters' normalisation, on made-up results. */
class ReportTest {
    @Test
    void causesGroupInstancesOfOneRootCause() {
        String clear = "AttributeError: 'frame' object has no attribute 'clear'";
        assertEquals(clear, Report.cause("AttributeError",
                "'frame' object has no attribute 'clear'"));
        assertEquals(clear, Report.cause("AttributeError",
                "(base=3) 'frame' object has no attribute 'clear'"));
        assertEquals(clear, Report.cause("AttributeError",
                "[<class 'bytes'>] (x=1) 'frame' object has no attribute 'clear'"));
        assertEquals("AssertionError: N != N", Report.cause("AssertionError", "12 != 13"));
        assertEquals("ValueError: bad '…' at 0x…", Report.cause("ValueError",
                "bad 'a rather long quoted value here' at 0x7f3a"));
    }

    @Test
    void scoreCountsTestsPassingInBothOverTestsPassingInCPython() {
        Map<String, TestStatus> base = new LinkedHashMap<>();
        base.put("t.A.a", TestStatus.PASSED);
        base.put("t.A.b", TestStatus.PASSED);
        base.put("t.A.c", TestStatus.SKIPPED);
        base.put("t.A.d", TestStatus.EXPECTED_FAILURE);
        Baseline baseline = new Baseline("Python 3.11.7", "d",
                Map.of("test_x", new Baseline.Module("test_x", "ok", base)));
        ModuleResult krait = new ModuleResult("test_x", "ok", null, null, 1.0, List.of(
                new TestResult("t.A.a", TestStatus.PASSED, null, null, 0),
                new TestResult("t.A.b", TestStatus.ERROR, "KeyError", "'k'", 0),
                new TestResult("t.A.c", TestStatus.PASSED, null, null, 0),
                new TestResult("t.A.d", TestStatus.EXPECTED_FAILURE, null, null, 0)));
        Report.Score score = Report.score(List.of(krait, new ModuleResult("test_y", "ok", null,
                null, 1.0, List.of())), baseline);
        assertEquals(2, score.krait());
        assertEquals(3, score.cpython());
        assertEquals(1, score.kraitOnly());
        assertEquals(List.of("test_y"), score.noBaseline());
        List<Report.Cluster> clusters = Report.clusters(List.of(krait), baseline);
        assertEquals(1, clusters.size());
        assertEquals("error: KeyError: 'k'", clusters.getFirst().cause());
    }

    @Test
    void coreModuleLinesCountTheTestsSkippedAsCPythonDetails() {
        Map<String, TestStatus> base = new LinkedHashMap<>();
        base.put("t.A.a", TestStatus.PASSED);
        base.put("t.A.b", TestStatus.PASSED);
        base.put("t.A.c", TestStatus.PASSED);
        Baseline baseline = new Baseline("Python 3.11.7", "d",
                Map.of("test_x", new Baseline.Module("test_x", "ok", base)));
        ModuleResult krait = new ModuleResult("test_x", "ok", null, null, 1.0, List.of(
                new TestResult("t.A.a", TestStatus.PASSED, null, null, 0),
                new TestResult("t.A.b", TestStatus.SKIPPED, null,
                        "implementation detail specific to cpython", 0),
                new TestResult("t.A.c", TestStatus.SKIPPED, null, "requires network", 0)));
        Report.Score score = Report.score(List.of(krait), baseline);
        assertEquals(1, score.krait());
        assertEquals(3, score.cpython());
        assertEquals(1, score.rows().getFirst().cpythonDetail());
        String text = Report.scoreText(score, List.of("test_x"));
        assertEquals("  test_x                           1 /     3   33.3%  ok  (1 skipped as "
                + "CPython details)", text.lines().toList().get(1));
    }
}
