package dev.krait.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One benchmark's measurements, one per interpreter in column order, the first being the
 * reference (CPython), and the output every interpreter had to print.
 */
public final class BenchmarkResult {
    private final Program program;
    private final Map<String, Measurement> byLabel = new LinkedHashMap<>();
    private String expectedOutput;

    BenchmarkResult(Program program, Iterable<Interpreter> interpreters) {
        this.program = program;
        for (Interpreter interpreter : interpreters) {
            byLabel.put(interpreter.label(), new Measurement());
        }
    }

    public Program program() {
        return program;
    }

    public Measurement measurement(String label) {
        return byLabel.get(label);
    }

    public Map<String, Measurement> measurements() {
        return byLabel;
    }

    /** CPython's output, or null before CPython's first run. */
    public String expectedOutput() {
        return expectedOutput;
    }

    void expectOutput(String output) {
        expectedOutput = output;
    }

    /** The median of {@code label} over the reference's median on {@code clock}, if both exist. */
    public OptionalDouble ratio(String label, String referenceLabel, Measurement.Clock clock) {
        Measurement measured = byLabel.get(label);
        Measurement reference = byLabel.get(referenceLabel);
        if (measured.hasTimes(clock) && reference.hasTimes(clock) && reference.median(clock) > 0) {
            return OptionalDouble.of(measured.median(clock) / reference.median(clock));
        }
        return OptionalDouble.empty();
    }
}
