package dev.krait.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compact summary of one run that the history keeps (one JSON line per run in
 * {@code compat-reports/history/runs.jsonl}): enough to draw the trend and to say what changed,
 * small enough that years of runs stay a small file.
 *
 * @param modules per test module: {@code [krait passes, cpython passes, tests]}
 * @param benchmarks per benchmark the Krait/CPython ratio of the benchmark run nearest before,
 *     and {@code geomean} for the geometric mean over the steady benchmarks
 */
public record RunSummary(String commit, String date, String python, String jdk,
        Map<String, int[]> modules, Map<String, Double> benchmarks) {

    /** Total Krait passes over the modules CPython's baseline knows. */
    public int kraitPasses() {
        int n = 0;
        for (int[] c : modules.values()) {
            n += c[1] >= 0 ? c[0] : 0;
        }
        return n;
    }

    /** Total CPython passes over the same modules. */
    public int cpythonPasses() {
        int n = 0;
        for (int[] c : modules.values()) {
            n += Math.max(c[1], 0);
        }
        return n;
    }

    /** The overall rate, or NaN with no CPython pass. */
    public double rate() {
        int c = cpythonPasses();
        return c == 0 ? Double.NaN : (double) kraitPasses() / c;
    }

    /** The commit's first ten characters (or "?" for an unknown commit). */
    public String shortCommit() {
        return commit == null ? "?" : commit.substring(0, Math.min(10, commit.length()));
    }

    /** This summary as one JSON line. */
    public String toJsonLine(ObjectMapper json) {
        ObjectNode o = json.createObjectNode();
        o.put("commit", commit);
        o.put("date", date);
        o.put("python", python);
        o.put("jdk", jdk);
        ObjectNode ms = o.putObject("modules");
        modules.forEach((k, v) -> {
            ArrayNode a = ms.putArray(k);
            for (int x : v) {
                a.add(x);
            }
        });
        ObjectNode bs = o.putObject("benchmarks");
        benchmarks.forEach(bs::put);
        return o.toString();
    }

    static RunSummary of(JsonNode o) {
        Map<String, int[]> modules = new TreeMap<>();
        o.path("modules").properties().forEach(e -> {
            int[] c = new int[3];
            for (int i = 0; i < 3; i++) {
                c[i] = e.getValue().path(i).asInt(-1);
            }
            modules.put(e.getKey(), c);
        });
        Map<String, Double> benchmarks = new TreeMap<>();
        o.path("benchmarks").properties().forEach(e ->
                benchmarks.put(e.getKey(), e.getValue().asDouble()));
        return new RunSummary(SuiteRun.text(o, "commit"), SuiteRun.text(o, "date"),
                SuiteRun.text(o, "python"), SuiteRun.text(o, "jdk"), modules, benchmarks);
    }
}
