package dev.krait.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The compatibility numbers of one suite run: per test module a {@link ModuleRow}, per language
 * area and overall the same sums. A test counts for Krait when it passes in Krait <em>and</em> in
 * CPython's baseline, so the rate (Krait passes ÷ CPython passes, over the modules of the run that
 * the baseline knows) is at most 1 and a test that CPython itself skips here never counts.
 */
public record CompatReport(SuiteRun run, List<ModuleRow> modules, RunSummary previous) {

    /** The sums over a set of modules: the parts of a rate. */
    public record Totals(String name, int modules, int imported, int kraitPasses,
            int cpythonPasses, int tests, int change) {
        /** Krait passes ÷ CPython passes, or NaN with no CPython pass. */
        public double rate() {
            return cpythonPasses > 0 ? (double) kraitPasses / cpythonPasses : Double.NaN;
        }
    }

    /** Computes the report of {@code run} against the baseline, the expectations and history. */
    public static CompatReport of(SuiteRun run, Baseline baseline, Expectations expectations,
            History history) {
        RunSummary previous = history.previous(run);
        List<ModuleRow> rows = new ArrayList<>();
        for (SuiteRun.Module m : run.modules()) {
            rows.add(row(m, baseline.modules().get(m.module()), expectations, history,
                    previous));
        }
        rows.sort((a, b) -> a.module().compareTo(b.module()));
        return new CompatReport(run, List.copyOf(rows), previous);
    }

    private static ModuleRow row(SuiteRun.Module m, Baseline.Module base,
            Expectations expectations, History history, RunSummary previous) {
        Map<String, SuiteRun.Test> krait = new LinkedHashMap<>();
        m.tests().forEach(t -> krait.put(t.id(), t));
        Set<String> ids = new LinkedHashSet<>();
        if (base != null) {
            ids.addAll(base.tests().keySet());
        }
        ids.addAll(krait.keySet());
        boolean ran = "ok".equals(m.status());
        List<TestRow> tests = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> categories = new TreeMap<>();
        int kraitPasses = 0;
        int kraitGood = 0;
        for (String id : ids) {
            SuiteRun.Test t = krait.get(id);
            String status;
            String type = null;
            String message = null;
            if (t != null) {
                status = t.status();
                type = t.type();
                message = t.message();
            } else if (ran) {
                status = "not-run";
            } else {
                // The module never reported its tests: each takes the module's verdict and cause.
                status = m.status();
                type = m.type();
                message = m.message();
            }
            String cpython = base == null ? null : base.tests().get(id);
            Expectations.Entry e = expectations.of(id);
            History.TestState state = history.test(id);
            boolean known = state != null && state.status().equals(status);
            TestRow row = new TestRow(id, status, type, message, cpython,
                    e == null ? null : e.category(), e == null ? null : e.detail(),
                    known ? state.sinceCommit() : null, known ? state.sinceDate() : null);
            tests.add(row);
            statuses.merge(status, 1, Integer::sum);
            if (!row.good() && e != null) {
                categories.merge(e.category(), 1, Integer::sum);
            }
            if (row.good()) {
                kraitGood++;
                kraitPasses += row.cpythonGood() ? 1 : 0;
            }
        }
        int cpythonPasses = base == null ? -1 : base.passes();
        int[] before = previous == null ? null : previous.modules().get(m.module());
        return new ModuleRow(m.module(), Areas.of(m.module()), m.status(),
                m.message() == null ? null : (m.type() == null ? "" : m.type() + ": ")
                        + m.message(),
                base == null ? null : base.status(), kraitPasses, kraitGood, cpythonPasses,
                tests.size(),
                before == null ? -1 : before[0], statuses, categories, List.copyOf(tests));
    }

    /** The sums over every module of the run that the baseline knows. */
    public Totals overall() {
        return totals("All modules", modules);
    }

    /** The sums per language area, in {@link Areas#all()} order, areas without modules left out. */
    public List<Totals> areas() {
        List<Totals> out = new ArrayList<>();
        for (String area : Areas.all()) {
            List<ModuleRow> in = modules.stream().filter(r -> r.area().equals(area)).toList();
            if (!in.isEmpty()) {
                out.add(totals(area, in));
            }
        }
        return out;
    }

    /** Reason categories over every non-passing test with an expectation, most frequent first. */
    public Map<String, Integer> categories() {
        Map<String, Integer> sums = new TreeMap<>();
        modules.forEach(r -> r.categoryCounts().forEach((k, v) -> sums.merge(k, v, Integer::sum)));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        sums.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The module named {@code module}, or null. */
    public ModuleRow module(String module) {
        return modules.stream().filter(r -> r.module().equals(module)).findFirst().orElse(null);
    }

    /** This run as the history records it, with {@code benchmarks} ratios. */
    public RunSummary summary(Map<String, Double> benchmarks) {
        Map<String, int[]> counts = new TreeMap<>();
        modules.forEach(r -> counts.put(r.module(),
                new int[] {r.kraitPasses(), r.cpythonPasses(), r.tests()}));
        return new RunSummary(run.commit(), run.date(), run.python(), run.jdk(), counts,
                benchmarks);
    }

    /** Every test's status by id, as the history records it. */
    public Map<String, String> statuses() {
        Map<String, String> out = new TreeMap<>();
        modules.forEach(r -> r.testRows().forEach(t -> out.put(t.id(), t.kraitStatus())));
        return out;
    }

    private static Totals totals(String name, List<ModuleRow> rows) {
        int imported = 0;
        int krait = 0;
        int cpython = 0;
        int tests = 0;
        int change = 0;
        for (ModuleRow r : rows) {
            imported += r.imported() ? 1 : 0;
            tests += r.tests();
            change += r.change();
            if (r.hasBaseline()) {
                krait += r.kraitPasses();
                cpython += r.cpythonPasses();
            }
        }
        return new Totals(name, rows.size(), imported, krait, cpython, tests, change);
    }
}
