package dev.krait.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The results of one runner invocation as JSON, for the dashboards: when, which commit, on what
 * machine and JDK, which interpreters (with their {@code --version}), and per benchmark and
 * interpreter the status, every timed run's seconds, the median, min and max, and the ratio to
 * CPython. The default name, {@code <date>-<time>-<commit>.json}, sorts by time.
 */
final class ResultsFile {
    private ResultsFile() {}

    static Path defaultPath(Path root, Instant when, String commit) {
        String stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(ZoneOffset.UTC)
                .format(when);
        String shortCommit = commit.length() > 10 ? commit.substring(0, 10) : commit;
        return root.resolve("benchmarks/results").resolve(stamp + "-" + shortCommit + ".json");
    }

    static void write(Path file, Map<String, Object> document) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, Json.write(document), StandardCharsets.UTF_8);
    }

    static Map<String, Object> document(RunnerOptions options, Instant when, String commit,
            boolean dirty, List<Interpreter> interpreters, Map<String, String> versions,
            List<BenchmarkResult> results) {
        String reference = interpreters.getFirst().label();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", 1);
        document.put("date", when.toString());
        document.put("commit", commit);
        document.put("dirty", dirty);
        document.put("machine", Machine.describe());
        document.put("jdk", Machine.jdk());
        document.put("cpython", versions.get(reference));
        document.put("quick", options.quick());
        document.put("runs", options.runs());
        document.put("warmups", options.warmups());
        document.put("timeoutSeconds", options.timeout().toMillis() / 1000.0);
        List<Object> interpreterList = new ArrayList<>();
        for (Interpreter interpreter : interpreters) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("label", interpreter.label());
            entry.put("command", String.join(" ", interpreter.command()));
            entry.put("version", versions.get(interpreter.label()));
            interpreterList.add(entry);
        }
        document.put("interpreters", interpreterList);
        List<Object> benchmarks = new ArrayList<>();
        for (BenchmarkResult result : results) {
            benchmarks.add(benchmark(result, reference));
        }
        document.put("benchmarks", benchmarks);
        Map<String, Object> means = new LinkedHashMap<>();
        for (Interpreter interpreter : interpreters.subList(1, interpreters.size())) {
            Map<String, Object> mean = new LinkedHashMap<>();
            for (Measurement.Clock clock : Measurement.Clock.values()) {
                List<Double> ratios = new ArrayList<>();
                int steady = 0;
                for (BenchmarkResult result : results) {
                    if (!result.program().isStartup()) {
                        steady++;
                        result.ratio(interpreter.label(), reference, clock).ifPresent(ratios::add);
                    }
                }
                OptionalDouble value = Statistics.geometricMean(ratios);
                String prefix = clock == Measurement.Clock.WALL ? "" : "cpu";
                mean.put(prefix.isEmpty() ? "ratio" : "cpuRatio",
                        value.isPresent() ? value.getAsDouble() : null);
                mean.put(prefix.isEmpty() ? "benchmarks" : "cpuBenchmarks", ratios.size());
                mean.put("of", steady);
            }
            means.put(interpreter.label(), mean);
        }
        document.put("geometricMeanOfRatios", means);
        return document;
    }

    private static String key(String prefix, String name) {
        return prefix.isEmpty() ? name
                : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Map<String, Object> benchmark(BenchmarkResult result, String reference) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", result.program().name());
        entry.put("kind", result.program().isStartup() ? "startup" : "steady");
        entry.put("output", result.expectedOutput());
        Map<String, Object> byLabel = new LinkedHashMap<>();
        result.measurements().forEach((label, m) -> {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("status", m.status().name());
            if (!m.detail().isEmpty()) {
                run.put("detail", m.detail());
            }
            for (Measurement.Clock clock : Measurement.Clock.values()) {
                // Wall-clock keys plain ("median"), CPU keys prefixed ("cpuMedian").
                String prefix = clock == Measurement.Clock.WALL ? "" : "cpu";
                run.put(key(prefix, "seconds"), m.seconds(clock));
                if (m.hasTimes(clock)) {
                    run.put(key(prefix, "median"), m.median(clock));
                    run.put(key(prefix, "min"), m.min(clock));
                    run.put(key(prefix, "max"), m.max(clock));
                }
                if (!label.equals(reference)) {
                    OptionalDouble ratio = result.ratio(label, reference, clock);
                    run.put(key(prefix, "ratio"), ratio.isPresent() ? ratio.getAsDouble() : null);
                }
            }
            byLabel.put(label, run);
        });
        entry.put("interpreters", byLabel);
        return entry;
    }
}
