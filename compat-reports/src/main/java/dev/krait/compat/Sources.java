package dev.krait.compat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the dashboards read each input ({@code coverage}: JaCoCo's report folder, or null;
 * {@code testReport}: the build's single-file Allure report of the JUnit runs, or null).
 * {@link #ofRoot} names the repo's own places; a test names fixtures instead. The suite run
 * defaults to the newest {@code *.json} in {@code cpython-test-suite/results/}, where full runs
 * are committed.
 */
public record Sources(Path run, Path baseline, Path expectations, Path history, Path apiSurface,
        Path benchmarks, Path corpusRoot, Path differences, Path coverage, Path testReport) {

    /** The import census's list of gaps, under the corpus root. */
    public Path census() {
        return corpusRoot.resolve("differential/census/known-gaps.txt");
    }

    /** The repo's places under {@code root}, with {@code run} (null: the newest committed run). */
    public static Sources ofRoot(Path root, Path run) {
        return new Sources(
                run != null ? run : latestRun(root.resolve("cpython-test-suite/results")),
                root.resolve("cpython-test-suite/baseline/cpython.tsv"),
                root.resolve("cpython-test-suite/expectations"),
                root.resolve("compat-reports/history"), root.resolve("compat-reports/api-surface"),
                root.resolve("benchmarks/results"), root, root.resolve("docs/DIFFERENCES.md"),
                coverageReport(root), root.resolve("site/target/allure-report/index.html"));
    }

    /**
     * The build's aggregated coverage report when {@code mvn verify} wrote it, else the
     * interpreter module's own (unit tests only).
     */
    static Path coverageReport(Path root) {
        Path aggregate = root.resolve("site/target/site").resolve(Coverage.AGGREGATE);
        return Files.exists(aggregate.resolve("jacoco.csv")) ? aggregate
                : root.resolve("interpreter/target/site/jacoco");
    }

    /**
     * The newest {@code *.json} in {@code dir}: by the run's own {@code date} (names carry the
     * day and a commit, which do not order two runs of one day), then by name.
     */
    static Path latestRun(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no suite run given and no " + dir
                    + ": run bin/cpython-tests --all --json FILE and pass --run FILE");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .max(Comparator.comparing(Sources::runDate)
                            .thenComparing(Path::toString))
                    .orElseThrow(() -> new IllegalArgumentException("no *.json run in " + dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level {@code date} of a result file, read without parsing its tests; "" if none. */
    static String runDate(Path file) {
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "";
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("date") && value == JsonToken.VALUE_STRING) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads and computes everything the site shows. */
    public Dashboard load() {
        SuiteRun run = SuiteRun.read(this.run);
        History history = History.read(this.history);
        CompatReport report = CompatReport.of(run, Baseline.read(baseline),
                Expectations.read(expectations), history);
        return new Dashboard(report, history, Clusters.of(report), ApiSurface.read(apiSurface),
                BenchmarkRuns.read(benchmarks), CorpusStats.read(corpusRoot),
                Differences.read(differences), Coverage.read(coverage),
                ImportCensus.read(census()),
                testReport != null && Files.exists(testReport) ? testReport : null);
    }
}
