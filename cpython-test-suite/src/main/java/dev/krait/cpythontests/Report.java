package dev.krait.cpythontests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Krait's score against CPython's baseline, and the failure clusters that cost the most.
 *
 * <p>The score is one formula: of the tests that pass in CPython here (the baseline's passed and
 * expected-failure tests, in the modules the run covers), the share that also pass in Krait. Its
 * parts are always shown: the two counts and the module count; tests that pass in Krait and not
 * in CPython are counted apart (they do not raise the score). A module with no baseline entry is
 * left out of the score and named.
 *
 * <p>A cluster is one root cause: every test that passes in CPython and not in Krait is charged
 * to the exception type and normalised first line of its own failure, or, when its module did not
 * import or load, to the module's error (so {@code No module named '_socket'} counts every test it
 * keeps from running). Normalising removes what varies between instances of the same cause:
 * subtest parameters, numbers, addresses and long quoted values.
 */
final class Report {
    private Report() {}

    /**
     * One module's part of the score; {@code cpythonDetail} counts the tests of its
     * {@code cpython} that Krait skipped as CPython implementation details (test.support's
     * {@code cpython_only}, refcounts, the C API: {@link Category#isCPythonDetail}), shown beside
     * the ratio, which they stay in.
     */
    record Row(String module, String status, long krait, long cpython, long kraitOnly,
            long cpythonDetail) {
        double rate() {
            return cpython == 0 ? Double.NaN : 100.0 * krait / cpython;
        }
    }

    /** The score over some modules. */
    record Score(List<Row> rows, List<String> noBaseline) {
        long krait() {
            return rows.stream().mapToLong(Row::krait).sum();
        }

        long cpython() {
            return rows.stream().mapToLong(Row::cpython).sum();
        }

        long kraitOnly() {
            return rows.stream().mapToLong(Row::kraitOnly).sum();
        }

        String summary() {
            return String.format(Locale.ROOT, "score: %d of the %d tests that pass in CPython "
                    + "pass in Krait (%.1f%%), over %d modules%s; %d more pass in Krait only",
                    krait(), cpython(), cpython() == 0 ? 0.0 : 100.0 * krait() / cpython(),
                    rows.size(), noBaseline.isEmpty() ? ""
                            : " (" + noBaseline.size() + " without a CPython baseline left out)",
                    kraitOnly());
        }
    }

    /** One root cause and what it costs. */
    record Cluster(String cause, long tests, Set<String> modules) {}

    static Score score(List<ModuleResult> results, Baseline baseline) {
        List<Row> rows = new ArrayList<>();
        List<String> noBaseline = new ArrayList<>();
        for (ModuleResult r : results) {
            Baseline.Module base = baseline.modules().get(r.module());
            if (base == null) {
                noBaseline.add(r.module());
                continue;
            }
            Map<String, TestStatus> krait = statuses(r);
            Map<String, TestResult> tests = new LinkedHashMap<>();
            r.tests().forEach(t -> tests.put(t.id(), t));
            long both = 0;
            long cpython = 0;
            long detail = 0;
            for (Map.Entry<String, TestStatus> e : base.tests().entrySet()) {
                if (e.getValue().isGood()) {
                    cpython++;
                    TestResult k = tests.get(e.getKey());
                    if (k != null && k.status().isGood()) {
                        both++;
                    } else if (k != null && k.status() == TestStatus.SKIPPED
                            && Category.isCPythonDetail(k.message())) {
                        detail++;
                    }
                }
            }
            long only = krait.entrySet().stream().filter(e -> e.getValue().isGood()
                    && !base.tests().getOrDefault(e.getKey(), TestStatus.NOT_RUN).isGood())
                    .count();
            rows.add(new Row(r.module(), r.status(), both, cpython, only, detail));
        }
        return new Score(rows, noBaseline);
    }

    private static Map<String, TestStatus> statuses(ModuleResult r) {
        Map<String, TestStatus> out = new LinkedHashMap<>();
        r.tests().forEach(t -> out.put(t.id(), t.status()));
        return out;
    }

    /** The clusters of tests passing in CPython and not in Krait, largest first. */
    static List<Cluster> clusters(List<ModuleResult> results, Baseline baseline) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Set<String>> modules = new LinkedHashMap<>();
        for (ModuleResult r : results) {
            Baseline.Module base = baseline.modules().get(r.module());
            if (base == null) {
                continue;
            }
            Map<String, TestResult> krait = new LinkedHashMap<>();
            r.tests().forEach(t -> krait.put(t.id(), t));
            String moduleCause = r.completed() ? null
                    : label(r.status(), cause(r.type(), r.message()));
            for (Map.Entry<String, TestStatus> e : base.tests().entrySet()) {
                TestResult t = krait.get(e.getKey());
                if (!e.getValue().isGood() || (t != null && t.status().isGood())) {
                    continue;
                }
                String key = t != null && t.status() != TestStatus.NOT_RUN
                        ? label(t.status().label(), cause(t.type(), t.message()))
                        : moduleCause != null ? moduleCause : "not-run: reported by CPython only";
                counts.computeIfAbsent(key, k -> new long[1])[0]++;
                modules.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(r.module());
            }
        }
        List<Cluster> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new Cluster(k, n[0], modules.get(k))));
        out.sort(Comparator.comparingLong((Cluster c) -> -c.tests())
                .thenComparing(Cluster::cause));
        return out;
    }

    /** A subtest's description before its message: {@code [msg] (params) }. */
    private static final Pattern SUBTEST = Pattern.compile(
            "^(?:\\[[^\\]]*\\] ?)?(?:\\((?:[^()]|\\([^()]*\\))*\\) )?");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?!x…)");
    /** A long quoted value: an opening quote not preceded by a word character, and so on. */
    private static final Pattern LONG_QUOTE = Pattern.compile(
            "(?<!\\w)'[^']{25,}'(?!\\w)|(?<!\\w)\"[^\"]{25,}\"(?!\\w)");

    private static String label(String status, String cause) {
        return cause.isEmpty() ? status : status + ": " + cause;
    }

    /** The exception type and the normalised first line of its message. */
    static String cause(String type, String message) {
        String m = message == null ? "" : message;
        m = SUBTEST.matcher(m).replaceFirst("");
        m = ADDRESS.matcher(m).replaceAll("0x…");
        m = LONG_QUOTE.matcher(m).replaceAll("'…'");
        m = NUMBER.matcher(m).replaceAll("N");
        if (m.length() > 100) {
            m = m.substring(0, 100) + "…";
        }
        String t = type == null ? "" : type;
        return t.isEmpty() ? m : m.isEmpty() ? t : t + ": " + m;
    }

    /**
     * The score's text: the total, then a line per module of {@code detail} (in its order), with
     * the tests Krait skipped there as CPython implementation details.
     */
    static String scoreText(Score score, List<String> detail) {
        StringBuilder sb = new StringBuilder(score.summary()).append('\n');
        Map<String, Row> byModule = new LinkedHashMap<>();
        score.rows().forEach(r -> byModule.put(r.module(), r));
        for (String m : detail) {
            Row r = byModule.get(m);
            sb.append(r == null ? String.format(Locale.ROOT, "  %-28s not in this run or without "
                    + "a baseline%n", m) : String.format(Locale.ROOT,
                    "  %-28s %5d / %5d  %5.1f%%  %s%s%n", m, r.krait(), r.cpython(),
                    r.cpython() == 0 ? 0.0 : r.rate(), r.status(), r.cpythonDetail() == 0 ? ""
                            : "  (" + r.cpythonDetail() + " skipped as CPython details)"));
        }
        return sb.toString();
    }

    /** The largest {@code top} clusters, one line each. */
    static String clusterText(List<Cluster> clusters, int top) {
        StringBuilder sb = new StringBuilder();
        long total = clusters.stream().mapToLong(Cluster::tests).sum();
        sb.append(String.format(Locale.ROOT, "%d tests pass in CPython and not in Krait, in %d "
                + "clusters; the largest %d:%n", total, clusters.size(),
                Math.min(top, clusters.size())));
        for (Cluster c : clusters.subList(0, Math.min(top, clusters.size()))) {
            List<String> names = new ArrayList<>(c.modules());
            String shown = names.size() <= 4 ? String.join(", ", names)
                    : String.join(", ", names.subList(0, 4)) + ", …";
            sb.append(String.format(Locale.ROOT, "%6d tests %4d modules  %s  [%s]%n", c.tests(),
                    c.modules().size(), c.cause(), shown));
        }
        return sb.toString();
    }
}
