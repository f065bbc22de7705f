package dev.krait.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table's layout, ratios and geometric mean, on measurements made up for the purpose. */
class ResultTableTest {
    private static final List<Interpreter> INTERPRETERS = List.of(
            Interpreter.fromCommand("python3").relabelled("CPython"),
            Interpreter.fromCommand("bin/krait").relabelled("Krait"));

    @Test
    void startupRowsComeFirstAndStayOutOfTheGeometricMean() {
        List<BenchmarkResult> results = List.of(
                result("startup_hello", new double[] {0.02, 0.03, 0.02}, new double[] {0.4}),
                result("fib", new double[] {1.0, 1.2, 1.1}, new double[] {2.0, 2.4, 2.2}),
                result("nbody", new double[] {2.0}, new double[] {1.0}),
                failed("sets", Measurement.Status.TIMEOUT));
        assertEquals("""
                benchmark       CPython s      min-max  Krait s      min-max  Krait/CPython
                startup_hello       0.020  0.020-0.030    0.400  0.400-0.400          20.00

                fib                 1.100  1.000-1.200    2.200  2.000-2.400           2.00
                nbody               2.000  2.000-2.000    1.000  1.000-1.000           0.50
                sets                1.000  1.000-1.000  TIMEOUT                           -

                geometric mean                                                1.00 (2 of 3)
                """, ResultTable.format(results, INTERPRETERS, Measurement.Clock.WALL));
        assertEquals("Krait on sets: TIMEOUT: killed after 9 s\n", ResultTable.problems(results));
        assertEquals("fib: CPython 1.100 s (cpu 0.550 s), Krait 2.200 s (cpu 2.200 s)",
                ResultTable.summary(results.get(1)));
        // CPython's CPU times are half its wall times here: the CPU ratios double.
        assertEquals("2.00 (2 of 3)",
                ResultTable.geometricMean(results, "Krait", "CPython", Measurement.Clock.CPU));
    }

    private static BenchmarkResult result(String name, double[] cpython, double[] krait) {
        BenchmarkResult result = new BenchmarkResult(program(name), INTERPRETERS);
        for (double s : cpython) {
            result.measurement("CPython").addRun(s, s / 2);
        }
        for (double s : krait) {
            result.measurement("Krait").addRun(s, s);
        }
        return result;
    }

    private static BenchmarkResult failed(String name, Measurement.Status status) {
        BenchmarkResult result = result(name, new double[] {1.0}, new double[0]);
        result.measurement("Krait").fail(status, "killed after 9 s");
        return result;
    }

    private static Program program(String name) {
        return new Program(name, Path.of(name + ".py"), "");
    }
}
