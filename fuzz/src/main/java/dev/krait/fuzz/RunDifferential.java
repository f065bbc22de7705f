package dev.krait.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Runs a whole program in CPython and in Krait and compares stdout, stderr and exit status
 * exactly (only memory addresses are normalised): the run-time counterpart of
 * {@link Differential}, which compares parse trees.
 *
 * <p>Both interpreters stay up between programs — CPython as a {@link RunCPythonBatch} driver,
 * Krait as a {@link RunKraitWorker} JVM — so that a campaign costs milliseconds per program
 * rather than a process start. A program is written to a file first, because tracebacks name
 * the file, and both must name the same one. CPython runs first: a program it does not finish
 * in time (a reducer's candidate can loop forever) is not given to Krait at all.
 */
public final class RunDifferential implements AutoCloseable {
    /** Seconds CPython may take on a program; generated programs take milliseconds. */
    static final double CPYTHON_SECONDS = 10;
    /** Seconds Krait may take: more, for a cold JVM on a shared machine. */
    static final double KRAIT_SECONDS = 60;

    private final Path workDir;
    private final RunCPythonBatch cpython;
    private final RunKraitWorker krait;

    /** Both interpreters, with {@code workDir} for the program files. */
    public RunDifferential(Path workDir) {
        this.workDir = workDir.toAbsolutePath();
        this.cpython = new RunCPythonBatch(this.workDir);
        this.krait = new RunKraitWorker(this.workDir);
    }

    /** Runs the file in both. */
    public RunResult run(Path file) {
        RunResult.Outcome c = cpython.run(file, CPYTHON_SECONDS);
        RunResult.Outcome k = c.timedOut() ? RunResult.Outcome.timeout()
                : krait.run(file, KRAIT_SECONDS);
        return new RunResult(file, c, k);
    }

    /** Writes {@code source} as {@code name}.py in the work folder and runs it in both. */
    public RunResult run(String name, String source) {
        Path file = workDir.resolve(name + ".py");
        try {
            Files.writeString(file, source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run(file);
    }

    /**
     * A smaller program that diverges with the same {@link RunResult#signature()}: first ddmin
     * over the program's top-level statements (a generated program has hundreds; deleting
     * them in halves, quarters, ... is what shrinks it fast), then the {@link Reducer}'s tree
     * edits and line and token ddmin. Each candidate runs in both; {@code maxChecks} bounds
     * the runs.
     */
    public String reduce(String source, String signature, int maxChecks) {
        int[] runs = {0};
        Predicate<String> same = candidate -> {
            RunResult r = run("reduce-" + (runs[0]++ % 4), candidate);
            return !r.cpython().timedOut() && signature.equals(r.signature());
        };
        String smaller = ddminTopLevel(source, same, maxChecks / 2, runs);
        return Reducer.reduce(smaller, same, Math.max(0, maxChecks - runs[0]));
    }

    /** Zeller's ddmin (complements only) over top-level statements, with their blocks. */
    private static String ddminTopLevel(String source, Predicate<String> same, int maxChecks,
            int[] runs) {
        List<String> units = topLevelStatements(source);
        int granularity = 2;
        while (units.size() >= 2 && runs[0] < maxChecks) {
            int chunk = (units.size() + granularity - 1) / granularity;
            boolean reduced = false;
            for (int start = 0; start < units.size() && runs[0] < maxChecks; start += chunk) {
                List<String> complement = new ArrayList<>(units.subList(0, start));
                complement.addAll(units.subList(Math.min(units.size(), start + chunk),
                        units.size()));
                if (same.test(String.join("", complement))) {
                    units = complement;
                    granularity = Math.max(granularity - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (chunk == 1) {
                    break;
                }
                granularity = Math.min(units.size(), granularity * 2);
            }
        }
        return String.join("", units);
    }

    /**
     * The source cut before each line that starts a top-level statement: a line at column 0
     * that does not continue the statement before it ({@code else}, {@code elif},
     * {@code except}, {@code finally}, or a {@code def}/{@code class} after its decorators).
     */
    static List<String> topLevelStatements(String source) {
        List<String> units = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : source.split("(?<=\n)")) {
            boolean continues = line.isEmpty() || Character.isWhitespace(line.charAt(0))
                    || line.startsWith("else") || line.startsWith("elif ")
                    || line.startsWith("except") || line.startsWith("finally")
                    || current.toString().startsWith("@") && !current.toString().contains("\n ");
            if (!continues && current.length() > 0) {
                units.add(current.toString());
                current.setLength(0);
            }
            current.append(line);
        }
        if (current.length() > 0) {
            units.add(current.toString());
        }
        return units;
    }

    @Override
    public void close() {
        cpython.close();
        krait.close();
    }
}
