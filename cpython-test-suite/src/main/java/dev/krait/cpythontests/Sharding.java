package dev.krait.cpythontests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits a selection of test modules into {@code N} shards of about equal run time, for
 * {@code --shard I/N}: the suite takes longer than one machine (or one CI job) should spend, so
 * each shard runs on its own and {@code --merge} joins the results.
 *
 * <p>The split is by the measured time each module takes in Krait, kept in
 * {@code cpython-test-suite/durations.tsv} ({@code MODULE<TAB>SECONDS}, rewritten by every
 * {@code --all} run and merge). It is the classic longest-first greedy split: modules are taken
 * longest first (ties by name) and each goes to the shard with the least time so far (ties to the
 * lowest shard). A module never measured counts as the median measured time. So the split is
 * stable — the same selection and durations file give every machine the same shards, with no
 * module in two shards and none left out — and balanced to within one module's time.
 */
final class Sharding {
    private Sharding() {}

    /** What a module is assumed to take when nothing has been measured at all. */
    private static final double DEFAULT_SECONDS = 5.0;

    /** Shard {@code index} (1-based) of {@code count}, in running order: longest first. */
    static List<String> shard(List<String> modules, int index, int count,
            Map<String, Double> durations) {
        double unknown = median(durations);
        List<String> order = new ArrayList<>(modules);
        order.sort(Comparator.comparingDouble((String m) -> -durations.getOrDefault(m, unknown))
                .thenComparing(Comparator.naturalOrder()));
        double[] load = new double[count];
        List<String> mine = new ArrayList<>();
        for (String m : order) {
            int least = 0;
            for (int s = 1; s < count; s++) {
                if (load[s] < load[least]) {
                    least = s;
                }
            }
            load[least] += durations.getOrDefault(m, unknown);
            if (least == index - 1) {
                mine.add(m);
            }
        }
        return mine;
    }

    private static double median(Map<String, Double> durations) {
        if (durations.isEmpty()) {
            return DEFAULT_SECONDS;
        }
        double[] values = durations.values().stream().mapToDouble(Double::doubleValue).sorted()
                .toArray();
        return values[values.length / 2];
    }

    /** The durations file's contents (empty when there is none). */
    static Map<String, Double> read(Path file) {
        Map<String, Double> out = new TreeMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(file + ": bad line: " + line);
                }
                out.put(f[0], Double.valueOf(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(file + ": bad number: " + e.getMessage());
        }
        return out;
    }

    /** Records the time each of {@code results} took, keeping the other modules' entries. */
    static void record(Path file, List<ModuleResult> results) {
        Map<String, Double> durations = read(file);
        for (ModuleResult r : results) {
            durations.put(r.module(), r.duration());
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Seconds each CPython test module takes in Krait (wall time of its worker, "
                + "a timed-out module its time limit),");
        lines.add("# measured by the last bin/cpython-tests --all run or merge that ran it; "
                + "--shard I/N splits by these.");
        durations.forEach((m, s) -> lines.add(m + "\t" + String.format(Locale.ROOT, "%.1f",
                s)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
