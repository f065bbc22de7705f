package dev.krait.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * What one interpreter did on one benchmark: the timed runs so far and how it ended. Once a run
 * fails, prints a different checksum or times out, the interpreter is not run again on that
 * benchmark -- its times would mean nothing -- and the status says why.
 */
public final class Measurement {

    /** How the runs of one interpreter on one benchmark ended. */
    public enum Status {
        /** Every run exited with status 0 and printed CPython's output. */
        OK,
        /** A run exited with a non-zero status (or could not start). */
        FAILED,
        /** A run printed something other than what CPython printed. */
        WRONG,
        /** A run was killed at the timeout. */
        TIMEOUT,
        /** Not run, because CPython itself failed on this benchmark. */
        SKIPPED
    }

    private final List<Double> seconds = new ArrayList<>();
    private Status status = Status.OK;
    private String detail = "";

    /** The timed runs' wall seconds, in the order run (warm-up runs not included). */
    public List<Double> seconds() {
        return List.copyOf(seconds);
    }

    public Status status() {
        return status;
    }

    /** Why the status is not OK: the error line, the differing output, the timeout. */
    public String detail() {
        return detail;
    }

    public boolean isOk() {
        return status == Status.OK;
    }

    /** Whether there are times to report: OK and at least one timed run. */
    public boolean hasTimes() {
        return status == Status.OK && !seconds.isEmpty();
    }

    public double median() {
        return Statistics.median(seconds);
    }

    public double min() {
        return Statistics.min(seconds);
    }

    public double max() {
        return Statistics.max(seconds);
    }

    void addSeconds(double value) {
        seconds.add(value);
    }

    void fail(Status newStatus, String why) {
        status = newStatus;
        detail = why;
        seconds.clear();
    }
}
