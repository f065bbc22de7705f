package dev.krait.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import dev.krait.differential.KnownDifferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole-program campaign: generated programs run in CPython and in Krait, one dynamic test
 * per seed ({@code run seed=N}), which fails when stdout, stderr or the exit status differ and
 * the seed is not listed in {@code fuzz/known-run-divergences.tsv}; the failure shows the
 * reduced program and both outputs. A listed seed that now agrees fails too, asking for its
 * removal, so the list only shrinks.
 *
 * <p>Properties: {@code -Dfuzz.runShort=FROM-TO} the seeds of the short campaign (default
 * 0-149); {@code -Dfuzz.writeKnown=true} rewrites the known list from this run's divergences
 * (one command for when Krait changes a lot at once); {@code -Dfuzz.runSeeds=FROM-TO} runs a long
 * campaign instead, reporting classes of divergences with a reduced program each into
 * {@code target/run-campaign/summary.txt} (failing on nothing; the first program of each of the
 * {@code -Dfuzz.reduceClasses=20} largest classes is reduced with at most
 * {@code -Dfuzz.reduceChecks=200} runs); {@code -Dfuzz.runWithout=set,format}
 * generates programs without sets or format specs, to look past an interpreter that lacks them.
 */
class RunCampaignTest {
    static final Path KNOWN = Path.of("known-run-divergences.tsv");

    private static RunDifferential differential;
    private static RunCampaign campaign;
    private static final Map<Long, String> found = new TreeMap<>();

    @BeforeAll
    static void start() {
        differential = new RunDifferential(Path.of("target", "run-programs"));
        campaign = new RunCampaign(differential, without());
    }

    @AfterAll
    static void stop() {
        differential.close();
    }

    private static String without() {
        return System.getProperty("fuzz.runWithout", "");
    }

    @TestFactory
    Stream<DynamicTest> campaign() {
        String longRange = System.getProperty("fuzz.runSeeds");
        if (longRange != null && !longRange.isBlank()) {
            return Stream.of(DynamicTest.dynamicTest("long campaign " + longRange,
                    () -> longCampaign(longRange)));
        }
        long[] range = RunCampaign.seedRange(System.getProperty("fuzz.runShort", "0-149"));
        KnownDifferences known = KnownDifferences.load(KNOWN);
        Stream<DynamicTest> seeds = LongStream.rangeClosed(range[0], range[1]).boxed()
                .map(seed -> DynamicTest.dynamicTest("run seed=" + seed,
                        () -> runSeed(seed, known)));
        Stream<DynamicTest> write = Boolean.getBoolean("fuzz.writeKnown")
                ? Stream.of(DynamicTest.dynamicTest("write " + KNOWN, RunCampaignTest::writeKnown))
                : Stream.empty();
        return Stream.concat(seeds, write);
    }

    private static void runSeed(long seed, KnownDifferences known) {
        RunResult r = campaign.runSeed(seed);
        String signature = r.signature();
        String reason = known.reason(Long.toString(seed));
        if (signature != null) {
            synchronized (found) {
                found.put(seed, signature);
            }
        }
        if (Boolean.getBoolean("fuzz.writeKnown")) {
            return;
        }
        if (signature != null) {
            Assumptions.assumeTrue(reason == null, () -> "known divergence: " + reason);
            String source = TypedProgramGenerator.generate(seed, without());
            String reduced = differential.reduce(source, signature, 150);
            fail("seed " + seed + " diverges: " + r.describe() + "\nreduced program:\n" + reduced
                    + "\n" + differential.run("reduced-" + seed, reduced).describe());
        }
        if (reason != null) {
            fail("seed " + seed + " is listed in " + KNOWN.toAbsolutePath().normalize()
                    + " but now runs as in CPython: remove it from the list");
        }
    }

    private static void writeKnown() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Seeds of RunCampaignTest's short campaign whose programs Krait does not yet"
                + " run as CPython does,");
        lines.add("# with the divergence's signature. Regenerate with -Dfuzz.writeKnown=true (see"
                + " fuzz/README.md); the list only shrinks.");
        found.forEach((seed, signature) -> lines.add(seed + "\t" + signature.replace('\t', ' ')));
        Files.write(KNOWN, lines);
    }

    private static void longCampaign(String range) {
        long[] r = RunCampaign.seedRange(range);
        campaign.run(r[0], r[1], System.out::println);
        campaign.reduce(Integer.getInteger("fuzz.reduceClasses", 20),
                Integer.getInteger("fuzz.reduceChecks", 200), System.out::println);
        campaign.writeReport(Path.of("target", "run-campaign"));
        String report = campaign.report();
        System.out.println(report.length() > 30000 ? report.substring(0, 30000) + "\n..." : report);
    }
}
