package dev.krait.compat;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the compatibility site shows, computed once: the suite run's report, the history,
 * the clusters, the API-surface diff (null when its cache is absent), the benchmark runs, the
 * corpus and fuzz counts, the deliberate differences, and the interpreter's test coverage
 * (null when JaCoCo's report is absent), the import census's gaps (null without a census), and
 * the build's Allure report of its JUnit runs (a single HTML file; null when absent).
 */
public record Dashboard(CompatReport report, History history, List<Clusters.Cluster> clusters,
        ApiSurface api, BenchmarkRuns benchmarks, CorpusStats corpus, Differences differences,
        Coverage coverage, ImportCensus census, Path testReport) {}
