package dev.krait.cpythontests;

import java.util.List;

/**
 * One test module's run: how it ended ({@code ok}, {@code skipped}, {@code not-imported},
 * {@code load-error}, {@code error}, or the runner's {@code timed-out} and {@code crashed}), why,
 * how long it took, and every test it reported.
 */
public record ModuleResult(String module, String status, String type, String message,
        double duration, List<TestResult> tests) {
    /** Whether the module ran to its end (its tests may still have failed). */
    public boolean completed() {
        return status.equals("ok");
    }

    /** The number of tests with status {@code s}. */
    public long count(TestStatus s) {
        return tests.stream().filter(t -> t.status() == s).count();
    }
}
