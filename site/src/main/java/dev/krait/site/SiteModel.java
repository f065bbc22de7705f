package dev.krait.site;

import dev.krait.compat.ApiSurface;
import dev.krait.compat.BenchmarkRuns;
import dev.krait.compat.Dashboard;
import dev.krait.compat.ModuleRow;
import dev.krait.compat.RunSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the templates read: the {@link Dashboard}, plus the few things computed for display only
 * (the trend including the run shown when the history does not hold it yet, the charts, the
 * benchmark series). Kept apart from the templates so that they stay markup.
 */
public record SiteModel(Dashboard d, String generated) {

    /** The runs of the trend: the history, then the run shown if it is not the last recorded. */
    public List<RunSummary> trendRuns() {
        List<RunSummary> runs = new ArrayList<>(d.history().runs());
        RunSummary now = d.report().summary(d.benchmarks().latestRatios());
        if (runs.isEmpty() || !(Objects.equals(runs.getLast().commit(), now.commit())
                && Objects.equals(runs.getLast().date(), now.date()))) {
            runs.add(now);
        }
        return runs;
    }

    /** The overall rate over time. */
    public String trendChart() {
        List<Svg.Point> points = new ArrayList<>();
        for (RunSummary r : trendRuns()) {
            points.add(new Svg.Point(Fmt.day(r.date()) + " "
                    + r.shortCommit(), Double.isNaN(r.rate()) ? 0 : r.rate()));
        }
        return Svg.line(points, 1, true, "Overall pass rate per recorded run");
    }

    /** A module's rate over the recorded runs (and the run shown). */
    public String moduleSparkline(ModuleRow m) {
        List<Double> values = new ArrayList<>();
        for (RunSummary r : trendRuns()) {
            int[] c = r.modules().get(m.module());
            if (c != null && c[1] > 0) {
                values.add((double) c[0] / c[1]);
            }
        }
        return Svg.sparkline(values, 1, m.module() + ": pass rate over " + values.size()
                + " run(s)");
    }

    /**
     * The API diff of what a test module is about: the stdlib module of its name, else the
     * builtin type ({@code test_int} → {@code int}); null when neither is in the cache.
     */
    public ApiSurface.Diff apiDiff(ModuleRow m) {
        if (d.api() == null) {
            return null;
        }
        ApiSurface.Diff module = d.api().module(m.stdlibName());
        return module != null ? module : d.api().type(m.stdlibName());
    }

    /** A benchmark's ratio over the runs, as a sparkline scaled to its own maximum. */
    public String benchmarkSparkline(String name) {
        List<Double> values = new ArrayList<>();
        for (BenchmarkRuns.Run r : d.benchmarks().runs()) {
            BenchmarkRuns.Result b = r.benchmarks().get(name);
            if (b != null && b.ratio() != null) {
                values.add(b.ratio());
            }
        }
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        return Svg.sparkline(values, max, name + ": Krait/CPython over " + values.size()
                + " run(s)");
    }

    /** The geometric mean of the ratios over the benchmark runs. */
    public String benchmarkTrend() {
        List<Svg.Point> points = new ArrayList<>();
        double max = 1;
        for (BenchmarkRuns.Run r : d.benchmarks().runs()) {
            if (r.geometricMean() != null) {
                points.add(new Svg.Point(Fmt.day(r.date()) + " "
                        + r.shortCommit(), r.geometricMean()));
                max = Math.max(max, r.geometricMean());
            }
        }
        return Svg.line(points, Math.ceil(max * 1.1), false,
                "Geometric mean of Krait/CPython time ratios per benchmark run");
    }

    /** The modules with a page, sorted by name. */
    public List<ModuleRow> modules() {
        return d.report().modules();
    }
}
