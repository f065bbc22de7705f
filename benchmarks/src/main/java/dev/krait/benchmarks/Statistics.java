package dev.krait.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The few statistics the runner reports. Medians rather than means, because a run that a busy
 * machine delayed should not move the figure; the geometric mean for combining ratios, because it
 * treats "twice as slow" and "twice as fast" symmetrically and does not let one long benchmark
 * dominate.
 */
public final class Statistics {
    private Statistics() {}

    /** The median of a non-empty list: the middle value, or the mean of the two middle values. */
    public static double median(List<Double> values) {
        double[] sorted = sorted(values);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double min(List<Double> values) {
        return sorted(values)[0];
    }

    public static double max(List<Double> values) {
        double[] sorted = sorted(values);
        return sorted[sorted.length - 1];
    }

    /** The geometric mean of positive values, or empty for an empty list. */
    public static OptionalDouble geometricMean(List<Double> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        double logSum = 0;
        for (double value : values) {
            if (!(value > 0)) {
                throw new IllegalArgumentException(
                        "geometric mean of a non-positive value: " + value);
            }
            logSum += Math.log(value);
        }
        return OptionalDouble.of(Math.exp(logSum / values.size()));
    }

    private static double[] sorted(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(array);
        return array;
    }
}
