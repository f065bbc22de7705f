package dev.krait.cpythontests;

/**
 * One test's outcome: its unittest id ({@code test.test_int.IntTestCases.test_basic}), status,
 * and for every status but passed the exception type and first line of its message (or a skip's
 * reason), and its duration in seconds.
 */
public record TestResult(String id, TestStatus status, String type, String message,
        double duration) {
}
