package dev.krait.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of CPython's test suite in Krait, as {@code bin/cpython-tests --json FILE} writes it
 * (cpython-test-suite's {@code ResultFiles}): the run's facts, and per test module its status and
 * every test it reported. Read here from the file rather than shared as Java classes, so that the
 * dashboards depend on the file format only — the contract a merged sharded run also keeps.
 */
public record SuiteRun(String interpreter, String commit, String jdk, String python, String date,
        String shard, List<Module> modules) {

    /** One test module: how it ended ({@code ok}, {@code not-imported}, …) and its tests. */
    public record Module(String module, String status, String type, String message,
            double duration, List<Test> tests) {}

    /** One test: its unittest id (class + name), status, exception type and message. */
    public record Test(String id, String status, String type, String message, double duration) {
        /** Whether the test counts as working, as unittest counts it. */
        public boolean good() {
            return isGood(status);
        }
    }

    /** Whether {@code status} counts as working: passed, or an expected failure. */
    public static boolean isGood(String status) {
        return "passed".equals(status) || "expected-failure".equals(status);
    }

    /** The module named {@code name}, or null. */
    public Module module(String name) {
        for (Module m : modules) {
            if (m.module().equals(name)) {
                return m;
            }
        }
        return null;
    }

    /** Reads a run's JSON file. */
    public static SuiteRun read(Path file) {
        try {
            return of(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the suite run " + file, e);
        }
    }

    static SuiteRun of(JsonNode root) {
        List<Module> modules = new ArrayList<>();
        for (JsonNode m : root.path("modules")) {
            List<Test> tests = new ArrayList<>();
            for (JsonNode t : m.path("tests")) {
                String cls = text(t, "class");
                String name = text(t, "name");
                tests.add(new Test(cls == null || cls.isEmpty() ? name : cls + "." + name,
                        text(t, "status"), text(t, "type"), text(t, "message"),
                        t.path("duration").asDouble()));
            }
            modules.add(new Module(text(m, "module"), text(m, "status"), text(m, "type"),
                    text(m, "message"), m.path("duration").asDouble(), List.copyOf(tests)));
        }
        return new SuiteRun(text(root, "interpreter"), text(root, "commit"), text(root, "jdk"),
                text(root, "python"), text(root, "date"), text(root, "shard"),
                List.copyOf(modules));
    }

    /** A field's text, or null when absent or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
