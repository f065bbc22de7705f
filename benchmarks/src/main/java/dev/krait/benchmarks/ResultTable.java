package dev.krait.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The table the runner prints: one row per benchmark, and per interpreter the median seconds
 * (wall clock, or CPU with {@code --cpu}) and min-max spread, then (except for the reference)
 * the ratio to the reference. A
 * measurement that is not OK shows its status instead of its time. The start-up cases come first
 * and stay out of the geometric mean, which is over the steady-state benchmarks only: start-up
 * is its own target, and a 0.07 s program's ratio says little about the evaluator.
 */
final class ResultTable {
    private ResultTable() {}

    static String format(List<BenchmarkResult> results, List<Interpreter> interpreters,
            Measurement.Clock clock) {
        String reference = interpreters.getFirst().label();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("benchmark"));
        for (Interpreter interpreter : interpreters) {
            header.add(interpreter.label() + (clock == Measurement.Clock.CPU ? " cpu s" : " s"));
            header.add("min-max");
            if (!interpreter.label().equals(reference)) {
                header.add(interpreter.label() + "/" + reference);
            }
        }
        rows.add(header);
        boolean startupDone = false;
        for (BenchmarkResult result : results) {
            if (!result.program().isStartup() && !startupDone) {
                startupDone = true;
                if (rows.size() > 1) {
                    rows.add(List.of());
                }
            }
            List<String> row = new ArrayList<>(List.of(result.program().name()));
            for (Interpreter interpreter : interpreters) {
                Measurement m = result.measurement(interpreter.label());
                if (m.hasTimes(clock)) {
                    row.add(seconds(m.median(clock)));
                    row.add(seconds(m.min(clock)) + "-" + seconds(m.max(clock)));
                } else {
                    // OK without times: CPU time was asked for but could not be measured.
                    row.add(m.isOk() ? "-" : m.status().name());
                    row.add("");
                }
                if (!interpreter.label().equals(reference)) {
                    OptionalDouble ratio = result.ratio(interpreter.label(), reference, clock);
                    row.add(ratio.isPresent() ? ratio(ratio.getAsDouble()) : "-");
                }
            }
            rows.add(row);
        }
        rows.add(List.of());
        List<String> mean = new ArrayList<>(List.of("geometric mean"));
        for (Interpreter interpreter : interpreters) {
            mean.add("");
            mean.add("");
            if (!interpreter.label().equals(reference)) {
                mean.add(geometricMean(results, interpreter.label(), reference, clock));
            }
        }
        rows.add(mean);
        return render(rows);
    }

    /**
     * Why each measurement that is not OK is so: one line per interpreter, status and detail,
     * naming the benchmarks it holds for (while Krait cannot run programs, that is one line).
     */
    static String problems(List<BenchmarkResult> results) {
        Map<String, List<String>> benchmarksByProblem = new LinkedHashMap<>();
        List<String> labels = results.isEmpty() ? List.of()
                : List.copyOf(results.getFirst().measurements().keySet());
        for (String label : labels) {
            for (BenchmarkResult result : results) {
                Measurement m = result.measurement(label);
                if (!m.isOk() && m.status() != Measurement.Status.SKIPPED) {
                    String problem = label + ": " + m.status() + ": " + m.detail();
                    benchmarksByProblem.computeIfAbsent(problem, key -> new ArrayList<>())
                            .add(result.program().name());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        benchmarksByProblem.forEach((problem, names) -> {
            int colon = problem.indexOf(": ");
            out.append(problem, 0, colon).append(" on ").append(String.join(", ", names))
                    .append(problem.substring(colon)).append('\n');
        });
        return out.toString();
    }

    /** One line of progress: each interpreter's median or status on a finished benchmark. */
    static String summary(BenchmarkResult result) {
        List<String> parts = new ArrayList<>();
        result.measurements().forEach((label, m) -> {
            if (!m.hasTimes(Measurement.Clock.WALL)) {
                parts.add(label + " " + m.status().name());
            } else if (m.hasTimes(Measurement.Clock.CPU)) {
                parts.add(label + " " + seconds(m.median(Measurement.Clock.WALL)) + " s (cpu "
                        + seconds(m.median(Measurement.Clock.CPU)) + " s)");
            } else {
                parts.add(label + " " + seconds(m.median(Measurement.Clock.WALL)) + " s");
            }
        });
        return result.program().name() + ": " + String.join(", ", parts);
    }

    /** The geometric mean of the steady-state ratios, with "(n of m)" when some are missing. */
    static String geometricMean(List<BenchmarkResult> results, String label, String reference,
            Measurement.Clock clock) {
        List<BenchmarkResult> steady =
                results.stream().filter(r -> !r.program().isStartup()).toList();
        List<Double> ratios = new ArrayList<>();
        for (BenchmarkResult result : steady) {
            result.ratio(label, reference, clock).ifPresent(ratios::add);
        }
        OptionalDouble mean = Statistics.geometricMean(ratios);
        if (mean.isEmpty()) {
            return "-";
        }
        String text = ratio(mean.getAsDouble());
        return ratios.size() == steady.size() ? text
                : text + " (" + ratios.size() + " of " + steady.size() + ")";
    }

    static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Columns padded to their widest cell: the first left-aligned, the others right-aligned. */
    private static String render(List<List<String>> rows) {
        int columns = rows.getFirst().size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? cell + pad : "  " + pad + cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
