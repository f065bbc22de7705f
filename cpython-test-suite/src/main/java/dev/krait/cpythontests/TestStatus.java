package dev.krait.cpythontests;

/**
 * What happened to one test, or to a module as a whole. The first six come from unittest itself
 * (through the harness); the rest are the runner's verdicts when the harness could not report.
 */
public enum TestStatus {
    PASSED("passed"),
    FAILED("failed"),
    ERROR("error"),
    SKIPPED("skipped"),
    EXPECTED_FAILURE("expected-failure"),
    UNEXPECTED_SUCCESS("unexpected-success"),
    /** The module's time ran out while this test ran. */
    TIMED_OUT("timed-out"),
    /** The interpreter (its JVM) died while this test ran. */
    CRASHED("crashed"),
    /** The test module did not import (the module-level status of its would-be tests). */
    NOT_IMPORTED("not-imported"),
    /** CPython ran the test and Krait never reported it (a setUpClass error, a load error…). */
    NOT_RUN("not-run");

    private final String label;

    TestStatus(String label) {
        this.label = label;
    }

    /** The name used in the result files and expectations ({@code expected-failure}). */
    public String label() {
        return label;
    }

    /** Whether the test counts as working: passed, or an expected failure as unittest counts it. */
    public boolean isGood() {
        return this == PASSED || this == EXPECTED_FAILURE;
    }

    /** The status named {@code label}. */
    public static TestStatus of(String label) {
        for (TestStatus s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown test status: " + label);
    }
}
