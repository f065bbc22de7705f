package dev.krait.cpythontests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shard-and-merge path that the GitHub workflow (.github/workflows/cpython-tests.yml) takes,
 * run here with the very same commands on a tiny selection: two shards of a few fast modules, each
 * a real run in Krait writing its JSON, then {@code --merge} of the two, and the refusals that keep
 * a merged number honest (overlapping shards, different commits).
 */
class ShardMergeTest {
    private static final SuiteCommand.Layout LAYOUT = SuiteCommand.Layout.fromProperty();
    private static final List<String> MODULES = List.of("test_augassign", "test_keywordonlyarg",
            "test_unpack", "test_slice");

    @TempDir
    Path dir;

    private static int command(String... args) {
        return SuiteCommand.run(SuiteCommand.parse(args), LAYOUT);
    }

    @Test
    void shardsRunAndMergeIntoOneResult() throws IOException {
        TestCatalog.testDirectory(null);
        Path a = dir.resolve("shard-1.json");
        Path b = dir.resolve("shard-2.json.gz");
        List<String> shard1 = new ArrayList<>(MODULES);
        shard1.addAll(List.of("--shard", "1/2", "--jobs", "1", "--timeout", "120", "--json",
                a.toString()));
        List<String> shard2 = new ArrayList<>(MODULES);
        shard2.addAll(List.of("--shard", "2/2", "--jobs", "1", "--timeout", "120", "--json",
                b.toString()));
        // 1 would be a ratchet regression, which CiSelectionTest reports; here only the files count
        assertTrue(command(shard1.toArray(String[]::new)) <= 1);
        assertTrue(command(shard2.toArray(String[]::new)) <= 1);

        ResultFiles.Run runA = ResultFiles.readJson(a);
        ResultFiles.Run runB = ResultFiles.readJson(b);
        assertEquals("1/2", runA.info().shard());
        assertEquals("2/2", runB.info().shard());
        Set<String> first = names(runA.modules());
        Set<String> second = names(runB.modules());
        assertFalse(first.isEmpty());
        assertFalse(second.isEmpty());
        assertTrue(first.stream().noneMatch(second::contains), first + " and " + second);
        Set<String> union = new HashSet<>(first);
        union.addAll(second);
        assertEquals(Set.copyOf(MODULES), union);

        Path merged = dir.resolve("merged.json");
        Path junit = dir.resolve("junit");
        // 1 would be a regression against the expectations, as for the shards
        assertTrue(command("--merge", a.toString(), b.toString(), "--json", merged.toString(),
                "--junit", junit.toString()) <= 1);
        ResultFiles.Run run = ResultFiles.readJson(merged);
        assertEquals(Set.copyOf(MODULES), names(run.modules()));
        assertEquals(runA.info().commit(), run.info().commit());
        assertEquals("krait", run.info().interpreter());
        assertNull(run.info().shard());
        assertEquals(List.of("1/2", "2/2"), run.info().merged().stream()
                .map(ResultFiles.Part::shard).toList());
        assertEquals(tests(runA) + tests(runB), tests(run));
        assertTrue(run.modules().stream().anyMatch(m -> m.count(TestStatus.PASSED) > 0));
        try (Stream<Path> files = Files.list(junit)) {
            assertEquals(MODULES.size(), files.count());
        }

        // the same shard twice: overlapping modules are refused (status 2), --force keeps one
        assertEquals(2, command("--merge", a.toString(), a.toString()));
        Path forced = dir.resolve("forced.json");
        assertTrue(command("--merge", a.toString(), a.toString(), "--force", "--json",
                forced.toString()) <= 1);
        assertEquals(first, names(ResultFiles.readJson(forced).modules()));

        // a shard of another commit is refused unless forced
        Path other = dir.resolve("other-commit.json");
        String text = Files.readString(a, StandardCharsets.UTF_8);
        Files.writeString(other, text.replaceFirst("\"commit\": \"?[0-9a-f]*\"?",
                "\"commit\": \"0000000\""), StandardCharsets.UTF_8);
        Path forcedCommits = dir.resolve("forced-commits.json");
        assertEquals(2, command("--merge", other.toString(), b.toString()));
        assertTrue(command("--merge", other.toString(), b.toString(), "--force", "--json",
                forcedCommits.toString()) <= 1);
        assertEquals(Set.copyOf(MODULES), names(ResultFiles.readJson(forcedCommits).modules()));
    }

    @Test
    void splitPackagesAreListedAsTheirSubmodules() {
        List<String> all = TestCatalog.allModules(TestCatalog.testDirectory(null),
                Set.of("test_asyncio"));
        assertTrue(all.contains("test_asyncio.test_tasks"), "submodule listed");
        assertFalse(all.contains("test_asyncio"), "the split package itself is not");
        assertFalse(all.contains("test_asyncio.utils"), "only test* submodules");
        assertTrue(all.contains("test_email"), "other packages stay whole");
        assertEquals("test_asyncio", TestCatalog.splitPackage("test_asyncio.test_tasks"));
        assertNull(TestCatalog.splitPackage("test_int"));
    }

    @Test
    void aSplitPackageRunWholeIsLeftOutOfAMergeWithItsSubmodules() {
        ResultFiles.RunInfo info = new ResultFiles.RunInfo("krait", "abc1234", "25", "3.11.7",
                "2026-11-27T00:00:00Z", "all", null, List.of());
        TestResult passed = new TestResult("test.test_pkg.test_a.T.test_x", TestStatus.PASSED,
                null, null, 0.1);
        Path whole = dir.resolve("whole.json");
        Path split = dir.resolve("split.json");
        ResultFiles.writeJson(whole, info, List.of(new ModuleResult("test_pkg", "timed-out",
                null, null, 300, List.of(passed))));
        ResultFiles.writeJson(split, info, List.of(new ModuleResult("test_pkg.test_a", "ok",
                null, null, 5, List.of(passed))));
        Merge.Result merged = Merge.merge(List.of(whole, split), false);
        assertEquals(Set.of("test_pkg.test_a"), names(merged.run().modules()));
        assertTrue(merged.warnings().stream().anyMatch(w -> w.startsWith("test_pkg is also run")),
                merged.warnings().toString());
    }

    @Test
    void shardsAreDisjointCompleteStableAndBalanced() {
        List<String> modules = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            modules.add("test_m" + i);
        }
        Map<String, Double> durations = new java.util.HashMap<>();
        for (int i = 0; i < 40; i++) {
            durations.put("test_m" + i, (double) (i * 7 % 23 + 1));
        }
        durations.put("test_m3", 60.0);
        Set<String> seen = new HashSet<>();
        double[] load = new double[4];
        for (int s = 1; s <= 4; s++) {
            List<String> shard = Sharding.shard(modules, s, 4, durations);
            assertEquals(shard, Sharding.shard(List.copyOf(modules).reversed(), s, 4,
                    durations), "the input order must not matter");
            for (String m : shard) {
                assertTrue(seen.add(m), m + " is in two shards");
                load[s - 1] += durations.get(m);
            }
        }
        assertEquals(Set.copyOf(modules), seen);
        double max = Stream.of(load[0], load[1], load[2], load[3]).mapToDouble(d -> d).max()
                .orElseThrow();
        double min = Stream.of(load[0], load[1], load[2], load[3]).mapToDouble(d -> d).min()
                .orElseThrow();
        assertTrue(max - min <= 23.0, "unbalanced: " + max + " vs " + min);
    }

    private static Set<String> names(List<ModuleResult> modules) {
        Set<String> out = new HashSet<>();
        modules.forEach(m -> out.add(m.module()));
        return out;
    }

    private static long tests(ResultFiles.Run run) {
        return run.modules().stream().mapToLong(m -> m.tests().size()).sum();
    }
}
