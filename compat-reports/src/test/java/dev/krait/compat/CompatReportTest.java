package dev.krait.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rate's parts, the statuses a test takes when its module did not run, the change since the
 * previous run and the history's "since" commits, on a small run written here in the format of
 * {@code bin/cpython-tests --json}.
 */
class CompatReportTest {
    @TempDir
    Path dir;

    private static final String RUN = """
            {"interpreter": "krait", "commit": "%s", "jdk": "25", "python": "Python 3.11.7",
             "date": "%s", "shard": null, "modules": [
              {"module": "test_int", "status": "ok", "type": null, "message": null,
               "duration": 1.0, "tests": [
                {"class": "test.test_int.T", "name": "test_a", "status": "passed",
                 "type": null, "message": null, "duration": 0.1},
                {"class": "test.test_int.T", "name": "test_b", "status": "%s",
                 "type": "AssertionError", "message": "1 != 2", "duration": 0.1},
                {"class": "test.test_int.T", "name": "test_skipped_in_cpython",
                 "status": "passed", "type": null, "message": null, "duration": 0.1}]},
              {"module": "test_zlib", "status": "not-imported", "type": "ModuleNotFoundError",
               "message": "No module named 'zlib'", "duration": 0.5, "tests": []}]}
            """;

    private static final String BASELINE = """
            # python: Python 3.11.7
            test_int\tok
            \ttest.test_int.T.test_a\tpassed
            \ttest.test_int.T.test_b\tpassed
            \ttest.test_int.T.test_c\tpassed
            \ttest.test_int.T.test_skipped_in_cpython\tskipped
            test_zlib\tok
            \ttest.test_zlib.Z.test_crc\tpassed
            \ttest.test_zlib.Z.test_adler\tpassed
            """;

    private Path run(String name, String commit, String date, String statusOfB) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, RUN.formatted(commit, date, statusOfB), StandardCharsets.UTF_8);
        return f;
    }

    private CompatReport report(Path run, History history) throws Exception {
        Path baseline = dir.resolve("cpython.tsv");
        Files.writeString(baseline, BASELINE, StandardCharsets.UTF_8);
        Path expectations = Files.createDirectories(dir.resolve("expectations"));
        Files.writeString(expectations.resolve("test_int.txt"),
                "# header\ntest.test_int.T.test_b\tfailed\tkrait-bug\t1 != 2\n");
        return CompatReport.of(SuiteRun.read(run), Baseline.read(baseline),
                Expectations.read(expectations), history);
    }

    @Test
    void rateCountsKraitPassesAmongCPythonPasses() throws Exception {
        CompatReport r = report(run("a.json", "c1", "2026-01-01T00:00:00Z", "failed"),
                History.read(dir.resolve("history")));
        ModuleRow ints = r.module("test_int");
        // test_skipped_in_cpython passes in Krait but CPython skips it: not in the numerator.
        assertEquals(1, ints.kraitPasses());
        assertEquals(2, ints.kraitGood());
        assertEquals(3, ints.cpythonPasses());
        assertEquals(4, ints.tests());
        assertEquals(Map.of("krait-bug", 1), ints.categoryCounts());
        // test_c was never reported by a module that ran: not-run.
        assertEquals("not-run", ints.testRows().stream()
                .filter(t -> t.id().endsWith("test_c")).findFirst().orElseThrow().kraitStatus());
        ModuleRow zlib = r.module("test_zlib");
        assertEquals("not-imported", zlib.testRows().getFirst().kraitStatus());
        assertEquals(0, zlib.kraitPasses());
        assertEquals(2, zlib.cpythonPasses());
        CompatReport.Totals all = r.overall();
        assertEquals(1, all.kraitPasses());
        assertEquals(5, all.cpythonPasses());
        assertEquals(0.2, all.rate());
        assertEquals("Numbers", r.areas().getFirst().name());
    }

    @Test
    void clustersRankCausesByTestsHeldBack() throws Exception {
        CompatReport r = report(run("a.json", "c1", "2026-01-01T00:00:00Z", "failed"),
                History.read(dir.resolve("history")));
        var clusters = Clusters.of(r);
        assertEquals("missing module", clusters.getFirst().kind());
        assertEquals("zlib", clusters.getFirst().key());
        assertEquals(2, clusters.getFirst().size());
        assertEquals(3, clusters.size());
        assertEquals(4, clusters.stream().mapToInt(Clusters.Cluster::size).sum());
    }

    @Test
    void historyKeepsRunsAndTheCommitWhereEachTestChanged() throws Exception {
        Path h = dir.resolve("history");
        Path first = run("a.json", "c1", "2026-01-01T00:00:00Z", "failed");
        CompatReport r1 = report(first, History.read(h));
        History.read(h).record(r1.summary(Map.of("geomean", 2.5)), r1.statuses());
        History.read(h).record(r1.summary(Map.of()), r1.statuses());
        assertEquals(1, History.read(h).runs().size(), "the same run is recorded once");

        Path second = run("b.json", "c2", "2026-01-02T00:00:00Z", "passed");
        CompatReport r2 = report(second, History.read(h));
        assertEquals(1, r2.module("test_int").change());
        assertEquals("c1", r2.previous().commit());
        History.read(h).record(r2.summary(Map.of()), r2.statuses());

        History after = History.read(h);
        assertEquals(2, after.runs().size());
        assertEquals(2.5, after.runs().getFirst().benchmarks().get("geomean"));
        assertEquals("c2", after.test("test.test_int.T.test_b").sinceCommit());
        assertEquals("c1", after.test("test.test_int.T.test_a").sinceCommit());
        CompatReport r3 = report(second, after);
        assertEquals("c2", r3.module("test_int").testRows().get(1).since());
        assertEquals("2026-01-02", r3.module("test_int").testRows().get(1).sinceDate());
        assertEquals("krait-bug", r3.module("test_int").testRows().get(1).category());
        assertEquals("c1", r3.module("test_int").testRows().get(2).since(), "not-run since c1");
        assertNull(report(second, History.read(dir.resolve("none"))).module("test_int")
                .testRows().getFirst().since(), "no history, no since");
        assertTrue(Files.readString(h.resolve("runs.jsonl")).lines()
                .allMatch(CompatReportTest::parses));
    }

    private static boolean parses(String line) {
        try {
            new ObjectMapper().readTree(line);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
