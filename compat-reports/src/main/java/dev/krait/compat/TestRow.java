package dev.krait.compat;

/**
 * One test as the module page lists it: Krait's status and message, CPython's status, the
 * expectations' reason, and since which commit it has its present status (from the history).
 *
 * @param kraitStatus {@code not-run} when CPython reported the test and Krait did not, or the
 *     module's own status ({@code not-imported}, {@code timed-out}…) when the module did not run
 * @param cpythonStatus CPython's status in the baseline, or null when the baseline lacks it
 * @param category the expectations' reason category, or null
 * @param since the commit at which the test took its present status, or null when unknown
 * @param sinceDate the day of that run, or null
 */
public record TestRow(String id, String kraitStatus, String type, String message,
        String cpythonStatus, String category, String detail, String since, String sinceDate) {

    /** The id without its {@code test.MODULE.} prefix: class and method. */
    public String shortId() {
        int first = id.indexOf('.');
        int second = first < 0 ? -1 : id.indexOf('.', first + 1);
        return id.startsWith("test.") && second > 0 ? id.substring(second + 1) : id;
    }

    /** Whether the test works in Krait. */
    public boolean good() {
        return SuiteRun.isGood(kraitStatus);
    }

    /** Whether it works in CPython, so that Krait's failing it counts against the rate. */
    public boolean cpythonGood() {
        return SuiteRun.isGood(cpythonStatus);
    }

    /** The exception type and message as one line, or an empty string. */
    public String cause() {
        if (type == null && message == null) {
            return "";
        }
        return type == null ? message : message == null ? type : type + ": " + message;
    }
}
