package dev.krait.cpythontests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the lines the harness wrote into {@link ModuleResult}s. When the interpreter died or was
 * killed mid-module, the last module has no end line: it ends with the runner's verdict
 * ({@code timed-out} or {@code crashed}), and so does the test that had started and not finished,
 * so that a hang or a crash is charged to the test that caused it.
 */
final class HarnessOutput {
    private HarnessOutput() {}

    /**
     * The modules in {@code lines}; a module left open ends with {@code verdict} (null: the
     * output must be complete).
     */
    static List<ModuleResult> read(List<String> lines, TestStatus verdict) {
        List<ModuleResult> modules = new ArrayList<>();
        String module = null;
        List<TestResult> tests = new ArrayList<>();
        String running = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> record;
            try {
                record = FlatJson.parse(line);
            } catch (RuntimeException e) {
                // a line cut short by a kill: the verdict below covers it
                break;
            }
            switch (record.getOrDefault("event", "")) {
                case "module" -> {
                    module = record.get("module");
                    tests = new ArrayList<>();
                    running = null;
                }
                case "start" -> running = record.get("id");
                case "test" -> {
                    tests.add(new TestResult(record.get("id"),
                            TestStatus.of(record.get("status")), record.get("type"),
                            record.get("message"), number(record.get("duration"))));
                    running = null;
                }
                case "end" -> {
                    modules.add(new ModuleResult(shortName(record.get("module")),
                            record.get("status"), record.get("type"), record.get("message"),
                            number(record.get("duration")), List.copyOf(tests)));
                    module = null;
                }
                default -> throw new IllegalArgumentException("unknown harness line: " + line);
            }
        }
        if (module != null) {
            if (verdict == null) {
                throw new IllegalStateException("the harness output of " + module
                        + " has no end");
            }
            if (running != null) {
                tests.add(new TestResult(running, verdict, null, null, 0.0));
            }
            modules.add(new ModuleResult(shortName(module), verdict.label(), null, null, 0.0,
                    List.copyOf(tests)));
        }
        return modules;
    }

    /** {@code test.test_int} → {@code test_int}. */
    static String shortName(String module) {
        return module.startsWith("test.") ? module.substring(5) : module;
    }

    private static double number(String text) {
        return text == null ? 0.0 : Double.parseDouble(text);
    }
}
