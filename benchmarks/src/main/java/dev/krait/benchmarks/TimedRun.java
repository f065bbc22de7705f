package dev.krait.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One run of one interpreter on one file, timed by the wall clock from process start to exit,
 * and, where GNU {@code time} is installed as {@code /usr/bin/time}, by the CPU time (user +
 * system) of the process and its children as the kernel counts it. On a machine shared with
 * other work the wall time of a run stretches with the load while its CPU time barely moves, so
 * the CPU figure is the one to compare there ({@code benchmarks/run --cpu}).
 *
 * <p>Output goes to files rather than through pipes: no pump threads compete with the process
 * being timed, and a program that prints a lot cannot block on a full pipe. A run that outlives
 * its timeout is killed with its whole process tree (a launcher script may have started a JVM).
 *
 * @param seconds wall time; for a timed-out run, the timeout
 * @param cpuSeconds user + system CPU time, to 0.01 s; NaN when not measured or killed
 * @param exitCode the exit status; -1 when killed
 * @param stdout everything printed to stdout (the checksum)
 * @param stderr everything printed to stderr
 * @param timedOut whether the run was killed at the timeout
 */
public record TimedRun(double seconds, double cpuSeconds, int exitCode, String stdout,
        String stderr, boolean timedOut) {

    /** GNU time, which reports a child's CPU time from the kernel's rusage; null if absent. */
    private static final Path CPU_TIMER = Files.isExecutable(Path.of("/usr/bin/time"))
            ? Path.of("/usr/bin/time") : null;

    /** The runs under way, killed if the runner itself is stopped (Ctrl-C, kill). */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(TimedRun::kill)));
    }

    /** Runs {@code command... file} in {@code workingDirectory} with an empty stdin. */
    public static TimedRun run(List<String> command, Path file, Path workingDirectory,
            Duration timeout) throws IOException {
        List<String> full = new ArrayList<>(command);
        full.add(file.toString());
        return run(full, workingDirectory, timeout);
    }

    /** Runs {@code command} in {@code workingDirectory} with an empty stdin. */
    public static TimedRun run(List<String> command, Path workingDirectory, Duration timeout)
            throws IOException {
        Path out = Files.createTempFile("krait-bench-", ".out");
        Path err = Files.createTempFile("krait-bench-", ".err");
        Path cpu = Files.createTempFile("krait-bench-", ".cpu");
        List<String> full = command;
        if (CPU_TIMER != null) {
            full = new ArrayList<>(List.of(CPU_TIMER.toString(), "-f", "%U %S", "-o",
                    cpu.toString()));
            full.addAll(command);
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(workingDirectory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            long start = System.nanoTime();
            Process process = builder.start();
            RUNNING.add(process);
            boolean finished;
            try {
                finished = waitFor(process, timeout);
            } finally {
                RUNNING.remove(process);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!finished) {
                kill(process);
                return new TimedRun(timeout.toMillis() / 1000.0, Double.NaN, -1, read(out),
                        read(err), true);
            }
            return new TimedRun(seconds, cpuSeconds(read(cpu)), process.exitValue(), read(out),
                    read(err), false);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            Files.deleteIfExists(cpu);
        }
    }

    /** The last non-blank line of stderr (the exception line of a traceback), or empty. */
    public String lastErrorLine() {
        List<String> lines = stderr.lines().filter(line -> !line.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.getLast().strip();
    }

    /** The sum of the user and system seconds on GNU time's last line, or NaN. */
    static double cpuSeconds(String timeOutput) {
        List<String> lines = timeOutput.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            return Double.NaN;
        }
        String[] fields = lines.getLast().strip().split(" ");
        try {
            if (fields.length != 2) {
                return Double.NaN;
            }
            // Both are in hundredths; rounding keeps 1.63 from showing as 1.6300000000000001.
            double sum = Double.parseDouble(fields[0]) + Double.parseDouble(fields[1]);
            return Math.round(sum * 100) / 100.0;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean waitFor(Process process, Duration timeout) throws IOException {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process);
            throw new IOException("interrupted while waiting for " + process.info().command(), e);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path file) throws IOException {
        // Lenient decoding: a program printing bad UTF-8 gives a WRONG checksum, not a crash.
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
