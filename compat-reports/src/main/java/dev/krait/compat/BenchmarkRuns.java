package dev.krait.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The benchmark runs kept in {@code benchmarks/results/} (format 1, see its README): per run and
 * benchmark the Krait/CPython ratio of median wall times, or the status that kept it from having
 * one. Quick runs (tiny sizes, no timing) are left out.
 */
public record BenchmarkRuns(List<Run> runs) {

    /** One run: when, at which commit, on how loaded a machine, and its benchmarks. */
    public record Run(String file, String date, String commit, double loadAverage,
            Double geometricMean, Map<String, Result> benchmarks) {
        /** The commit's first ten characters. */
        public String shortCommit() {
            return commit == null ? "?" : commit.substring(0, Math.min(10, commit.length()));
        }
    }

    /** One benchmark's outcome in a run. */
    public record Result(String name, String kind, double cpythonSeconds, String kraitStatus,
            Double kraitSeconds, Double ratio, String detail) {}

    /** Reads every {@code *.json} of format 1 in {@code dir}, oldest first. */
    public static BenchmarkRuns read(Path dir) {
        List<Run> runs = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new BenchmarkRuns(runs);
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode o = json.readTree(f.toFile());
                if (o.path("format").asInt() != 1 || o.path("quick").asBoolean()) {
                    continue;
                }
                Map<String, Result> results = new LinkedHashMap<>();
                for (JsonNode b : o.path("benchmarks")) {
                    JsonNode c = b.path("interpreters").path("CPython");
                    JsonNode k = b.path("interpreters").path("Krait");
                    results.put(b.path("name").asText(), new Result(b.path("name").asText(),
                            b.path("kind").asText(), c.path("median").asDouble(Double.NaN),
                            k.path("status").asText("ABSENT"), number(k, "median"),
                            number(k, "ratio"), SuiteRun.text(k, "detail")));
                }
                runs.add(new Run(f.getFileName().toString(), o.path("date").asText(),
                        SuiteRun.text(o, "commit"),
                        o.path("machine").path("loadAverage").asDouble(Double.NaN),
                        number(o.path("geometricMeanOfRatios").path("Krait"), "ratio"),
                        results));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark runs in " + dir, e);
        }
        runs.sort((a, b) -> a.date().compareTo(b.date()));
        return new BenchmarkRuns(List.copyOf(runs));
    }

    /**
     * The run the overview summarises: the newest of those that measured the most benchmarks,
     * so that a partial run ({@code benchmarks/run --only ...}, kept for the benchmarks page)
     * does not stand for the suite; null without runs.
     */
    public Run latest() {
        int most = runs.stream().mapToInt(r -> r.benchmarks().size()).max().orElse(0);
        Run newest = null;
        for (Run r : runs) {
            if (r.benchmarks().size() == most) {
                newest = r;
            }
        }
        return newest;
    }

    /** Every benchmark name met in any run, in first-seen order. */
    public List<String> names() {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        runs.forEach(r -> r.benchmarks().keySet().forEach(n -> seen.put(n, true)));
        return List.copyOf(seen.keySet());
    }

    /** The latest run's ratios for the history: per benchmark, and {@code geomean}. */
    public Map<String, Double> latestRatios() {
        Map<String, Double> out = new TreeMap<>();
        Run r = latest();
        if (r != null) {
            r.benchmarks().forEach((n, b) -> {
                if (b.ratio() != null) {
                    out.put(n, b.ratio());
                }
            });
            if (r.geometricMean() != null) {
                out.put("geomean", r.geometricMean());
            }
        }
        return out;
    }

    private static Double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isNumber() ? null : v.asDouble();
    }
}
