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

    /** Which time a figure is of: wall clock, or CPU (user + system) as the kernel counts it. */
    public enum Clock { WALL, CPU }

    private final List<Double> wallSeconds = new ArrayList<>();
    private final List<Double> cpuSeconds = new ArrayList<>();
    private Status status = Status.OK;
    private String detail = "";

    /** The timed runs' seconds on {@code clock}, in the order run (warm-up runs not included). */
    public List<Double> seconds(Clock clock) {
        return List.copyOf(clock == Clock.WALL ? wallSeconds : cpuSeconds);
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

    /** Whether there are times on {@code clock} to report: OK and at least one timed run. */
    public boolean hasTimes(Clock clock) {
        return status == Status.OK && !seconds(clock).isEmpty();
    }

    public double median(Clock clock) {
        return Statistics.median(seconds(clock));
    }

    public double min(Clock clock) {
        return Statistics.min(seconds(clock));
    }

    public double max(Clock clock) {
        return Statistics.max(seconds(clock));
    }

    /** Records a timed run; {@code cpu} is NaN where CPU time could not be measured. */
    void addRun(double wall, double cpu) {
        wallSeconds.add(wall);
        if (!Double.isNaN(cpu)) {
            cpuSeconds.add(cpu);
        }
    }

    void fail(Status newStatus, String why) {
        status = newStatus;
        detail = why;
        wallSeconds.clear();
        cpuSeconds.clear();
    }
}
