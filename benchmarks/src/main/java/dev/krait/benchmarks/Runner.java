package dev.krait.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark runner: {@code benchmarks/run [options]} (see {@link RunnerOptions#USAGE}).
 *
 * <p>For each benchmark, every interpreter runs once untimed (the warm-up: file caches, Krait's
 * class-data archive), then the timed runs go round the interpreters in turn -- CPython, Krait,
 * the others, CPython, Krait, ... -- so that a slow spell of a shared machine falls on all of
 * them rather than on whichever ran during it. CPython's first output is the expected checksum.
 * An interpreter that fails, prints something else or times out is marked so and not run again on
 * that benchmark; the run goes on. Progress goes to stderr, the table to stdout, the results to a
 * JSON file. The exit status is 0 when every interpreter printed every checksum, 1 otherwise, and
 * 2 for bad usage.
 */
public final class Runner {
    private static final Duration VERSION_TIMEOUT = Duration.ofMinutes(10);

    private final RunnerOptions options;
    private final PrintStream out;
    private final PrintStream progress;

    Runner(RunnerOptions options, PrintStream out, PrintStream progress) {
        this.options = options;
        this.out = out;
        this.progress = progress;
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("krait.root", ".")).toAbsolutePath().normalize();
        int status;
        try {
            RunnerOptions options = RunnerOptions.parse(root, System.getenv("KRAIT_PYTHON"), args);
            status = new Runner(options, System.out, System.err).run();
        } catch (RunnerOptions.UsageError e) {
            System.err.println("benchmarks/run: " + e.getMessage());
            System.err.println("(benchmarks/run --help lists the options)");
            status = 2;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("benchmarks/run: " + e.getMessage());
            status = 2;
        }
        System.exit(status);
    }

    /** Runs the benchmarks as the options say; returns the exit status. */
    int run() throws IOException, RunnerOptions.UsageError {
        if (options.help()) {
            out.print(RunnerOptions.USAGE);
            return 0;
        }
        List<Program> programs = selectedPrograms();
        if (options.list()) {
            for (Program program : programs) {
                out.printf("%-16s %s%n", program.name(), program.description());
            }
            return 0;
        }
        Path quickFolder = null;
        if (options.quick()) {
            quickFolder = Files.createTempDirectory("krait-bench-quick-");
            List<Program> quick = new ArrayList<>();
            for (Program program : programs) {
                quick.add(program.quick(quickFolder));
            }
            programs = quick;
        }
        try {
            return measure(programs);
        } finally {
            if (quickFolder != null) {
                deleteFolder(quickFolder);
            }
        }
    }

    private int measure(List<Program> programs) throws IOException {
        Instant started = Instant.now();
        // Taken before the runs: a commit made while they go on was not what was measured.
        String commit = Machine.commit(options.root());
        boolean dirty = Machine.dirty(options.root());
        List<Interpreter> interpreters = interpreters();
        Map<String, String> versions = new LinkedHashMap<>();
        for (Interpreter interpreter : interpreters) {
            String version = version(interpreter);
            versions.put(interpreter.label(), version);
            progress.printf("%s: %s (%s)%n", interpreter.label(), version,
                    String.join(" ", interpreter.command()));
        }
        List<BenchmarkResult> results = new ArrayList<>();
        for (Program program : programs) {
            BenchmarkResult result = measure(program, interpreters);
            progress.println(ResultTable.summary(result));
            results.add(result);
        }
        out.print(ResultTable.format(results, interpreters,
                options.cpu() ? Measurement.Clock.CPU : Measurement.Clock.WALL));
        String problems = ResultTable.problems(results);
        if (!problems.isEmpty()) {
            out.print("\n" + problems);
        }
        Path json = options.json().orElse(ResultsFile.defaultPath(options.root(), started, commit));
        ResultsFile.write(json, ResultsFile.document(options, started, commit, dirty,
                interpreters, versions, results));
        out.println("\nresults: " + json);
        boolean allOk = results.stream()
                .allMatch(r -> r.measurements().values().stream().allMatch(Measurement::isOk));
        return allOk ? 0 : 1;
    }

    /** One benchmark: the warm-up round, then the timed rounds, interpreters in turn. */
    BenchmarkResult measure(Program program, List<Interpreter> interpreters) throws IOException {
        BenchmarkResult result = new BenchmarkResult(program, interpreters);
        int rounds = options.warmups() + options.runs();
        Measurement reference = result.measurement(interpreters.getFirst().label());
        for (int round = 0; round < rounds && reference.isOk(); round++) {
            boolean timed = round >= options.warmups();
            for (Interpreter interpreter : interpreters) {
                if (!reference.isOk()) {
                    // Without CPython's checksum there is nothing to compare with.
                    result.measurement(interpreter.label()).fail(Measurement.Status.SKIPPED,
                            "CPython failed on this benchmark");
                    continue;
                }
                Measurement m = result.measurement(interpreter.label());
                if (m.isOk()) {
                    runOnce(interpreter, interpreter == interpreters.getFirst(), program, result, m,
                            timed);
                }
            }
        }
        return result;
    }

    private void runOnce(Interpreter interpreter, boolean isReference, Program program,
            BenchmarkResult result, Measurement m, boolean timed) throws IOException {
        TimedRun run;
        try {
            run = TimedRun.run(interpreter.command(), program.file(), options.root(),
                    options.timeout());
        } catch (IOException e) {
            m.fail(Measurement.Status.FAILED, "cannot start: " + e.getMessage());
            return;
        }
        if (run.timedOut()) {
            m.fail(Measurement.Status.TIMEOUT, "killed after "
                    + ResultTable.seconds(options.timeout().toMillis() / 1000.0) + " s");
        } else if (run.exitCode() != 0) {
            // The file's path varies (--quick copies it); FILE lets equal failures be grouped.
            String line = run.lastErrorLine().replace(program.file().toString(), "FILE");
            m.fail(Measurement.Status.FAILED, "exit status " + run.exitCode()
                    + (line.isEmpty() ? "" : ": " + shorten(line)));
        } else if (result.expectedOutput() == null && isReference) {
            result.expectOutput(run.stdout());
            recordTime(m, run, timed);
        } else if (!run.stdout().equals(result.expectedOutput())) {
            m.fail(Measurement.Status.WRONG, "printed " + shorten(quoted(run.stdout()))
                    + ", CPython " + shorten(quoted(result.expectedOutput())));
        } else {
            recordTime(m, run, timed);
        }
    }

    private static void recordTime(Measurement m, TimedRun run, boolean timed) {
        if (timed) {
            m.addRun(run.seconds(), run.cpuSeconds());
        }
    }

    /** CPython, Krait, then the {@code --also} interpreters, each label used once. */
    List<Interpreter> interpreters() {
        List<Interpreter> interpreters = new ArrayList<>();
        interpreters.add(Interpreter.fromCommand(options.python()).relabelled("CPython"));
        interpreters.add(Interpreter.fromCommand(options.krait()).relabelled("Krait"));
        Set<String> labels = new HashSet<>(List.of("CPython", "Krait"));
        for (String command : options.also()) {
            Interpreter interpreter = Interpreter.fromCommand(command);
            String label = interpreter.label();
            for (int n = 2; labels.contains(label); n++) {
                label = interpreter.label() + "#" + n;
            }
            labels.add(label);
            interpreters.add(interpreter.relabelled(label));
        }
        return interpreters;
    }

    /**
     * The interpreter's {@code --version} line. Also builds {@code bin/krait}'s jar when it is
     * stale, so that no build lands inside a timed run; allowed a long timeout for that reason.
     */
    private String version(Interpreter interpreter) {
        List<String> command = new ArrayList<>(interpreter.command());
        command.add("--version");
        try {
            TimedRun run = TimedRun.run(command, options.root(), VERSION_TIMEOUT);
            if (run.timedOut()) {
                return "unknown (--version timed out)";
            }
            // CPython before 3.4 printed its version on stderr; either stream will do.
            List<String> lines = (run.stdout() + "\n" + run.stderr()).lines()
                    .filter(line -> !line.isBlank()).toList();
            return lines.isEmpty() ? "unknown" : lines.getFirst().strip();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** The programs named by {@code --only} (all without it), in the suite's order. */
    private List<Program> selectedPrograms() throws RunnerOptions.UsageError {
        List<Program> all = Program.inFolder(options.programs());
        if (options.only().isEmpty()) {
            return all;
        }
        Set<String> known = new HashSet<>(all.stream().map(Program::name).toList());
        for (String name : options.only()) {
            if (!known.contains(name)) {
                throw new RunnerOptions.UsageError("no benchmark named " + name
                        + " (benchmarks/run --list shows them)");
            }
        }
        return all.stream().filter(p -> options.only().contains(p.name())).toList();
    }

    private static String quoted(String output) {
        return "'" + output.strip().replace("\n", "\\n") + "'";
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }
}
