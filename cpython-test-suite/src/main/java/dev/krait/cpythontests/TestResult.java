package dev.krait.cpythontests;

/**
 * One test's outcome: its unittest id ({@code test.test_int.IntTestCases.test_basic}), status,
 * and for every status but passed the exception type and first line of its message (or a skip's
 * reason), and its duration in seconds.
 */
public record TestResult(String id, TestStatus status, String type, String message,
        double duration) {
    /** The id's module part as the runner names modules ({@code test_int}), for packages the
     *  package ({@code test_asyncio}). */
    public static String moduleOf(String id) {
        String rest = id.startsWith("test.") ? id.substring(5) : id;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
