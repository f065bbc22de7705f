package dev.krait.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
     * A smaller program that diverges with the same {@link RunResult#signature()}: statement
     * deletions and expression simplifications on the tree, then line and token ddmin, each
     * candidate run in both. {@code maxChecks} bounds the runs.
     */
    public String reduce(String source, String signature, int maxChecks) {
        int[] n = {0};
        return Reducer.reduce(source, candidate -> {
            RunResult r = run("reduce-" + (n[0]++ % 4), candidate);
            return !r.cpython().timedOut() && signature.equals(r.signature());
        }, maxChecks);
    }

    @Override
    public void close() {
        cpython.close();
        krait.close();
    }
}
