package dev.krait.cpythontests;

import dev.krait.differential.KraitJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One worker JVM as the runner sees it: started on demand, given one module at a time, and killed
 * when a module overruns its time (then the next module gets a new JVM). A JVM that dies takes
 * only the module it was running with it.
 */
final class WorkerProcess implements AutoCloseable {
    /** What the JVM runs with beside bin/krait's options: a heap cap, so runaway memory costs
     *  one module. */
    static final List<String> JVM_OPTIONS = List.of("-Xmx2g");

    private static final String EOF = "\u0000eof";

    private final Path harness;
    private final Path workDir;
    private Process process;
    private Writer requests;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    WorkerProcess(Path harness, Path workDir) {
        this.harness = harness;
        this.workDir = workDir;
    }

    private void start() throws IOException {
        List<String> command = KraitJvm.command(JVM_OPTIONS, KraitJvm.thisClassPath(),
                Worker.class.getName(), List.of(harness.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(
                        workDir.resolve("worker-stderr.log").toFile()));
        process = builder.start();
        requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        answers.clear();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    answers.add(line);
                }
            } catch (IOException e) {
                // the process went away; EOF below says so
            }
            answers.add(EOF);
        }, "cpython-tests-worker-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Runs {@code module} and returns its result: the harness's own, or, when the JVM did not
     * answer within {@code limits.module()} or died, the runner's verdict for the module and
     * the test that was running. A test that runs longer than {@code limits.test()} is stopped
     * by killing the JVM and charged {@code timed-out}; so is a test during which the JVM died
     * ({@code crashed}); either way the module goes on, in a new JVM, with the tests after it
     * ({@code --resume-after}). The time a stopped test took is not counted against the
     * module's limit, but at most {@link #MAX_STOPS} tests of a module are stopped so.
     */
    ModuleResult run(String module, List<String> harnessOptions, Limits limits) {
        long deadline = System.nanoTime() + limits.module().toNanos();
        List<TestResult> earlier = new ArrayList<>();
        String resumeAfter = null;
        for (int stops = 0; ; stops++) {
            Attempt a = attempt(module, harnessOptions, resumeAfter, deadline, limits);
            List<TestResult> tests = new ArrayList<>(earlier);
            tests.addAll(a.result().tests());
            ModuleResult r = a.result();
            r = new ModuleResult(r.module(), r.status(), r.type(), r.message(), r.duration(),
                    List.copyOf(tests));
            if (a.stopped() == null || System.nanoTime() >= deadline || stops == MAX_STOPS
                    || a.stopped().equals(resumeAfter)) {
                return r;
            }
            if (a.result().tests().getLast().status() == TestStatus.TIMED_OUT) {
                deadline += limits.test().toNanos() + DUMP_GRACE_NANOS;
            }
            earlier = tests;
            resumeAfter = a.stopped();
        }
    }

    /**
     * One run of the harness over {@code module} (the tests after {@code resumeAfter} when not
     * null): its result, and the test it ended in when the module may go on after it.
     */
    private record Attempt(ModuleResult result, String stopped) {}

    private Attempt attempt(String module, List<String> harnessOptions, String resumeAfter,
            long deadline, Limits limits) {
        Path results = workDir.resolve(module + ".jsonl");
        Path stuck = workDir.resolve(module + ".jsonl.stuck");
        Path log = workDir.resolve(module + ".log");
        try {
            Files.deleteIfExists(results);
            Files.deleteIfExists(stuck);
            if (resumeAfter == null) {
                Files.deleteIfExists(log);
            }
            if (process == null || !process.isAlive()) {
                start();
            }
            StringBuilder request = new StringBuilder("run\t").append(results).append('\t')
                    .append(log).append('\t').append(module);
            List<String> options = new ArrayList<>(harnessOptions);
            options.addAll(List.of("--test-timeout", Long.toString(limits.test().toSeconds())));
            if (resumeAfter != null) {
                options.addAll(List.of("--resume-after", resumeAfter));
            }
            for (String option : options) {
                request.append('\t').append(option);
            }
            requests.write(request.append('\n').toString());
            requests.flush();
        } catch (IOException e) {
            return new Attempt(verdict(module, results, log, TestStatus.CRASHED), null);
        }
        RunningTest running = new RunningTest(results);
        // the dump is armed at the limit; the kill comes a little later, once it is written
        long testLimit = limits.test().toNanos() + DUMP_GRACE_NANOS;
        // Tests may write to the process's descriptor 1 themselves (os.write(1, ...)), so lines
        // other than the worker's answer are skipped.
        while (true) {
            String answer;
            long left = deadline - System.nanoTime();
            try {
                answer = left <= 0 ? null : answers.poll(Math.min(left, POLL_NANOS),
                        TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer = null;
                left = 0;
            }
            if (answer == null) {
                String overrun = left <= 0 ? null : running.overrun(testLimit);
                if (left > 0 && overrun == null) {
                    continue;
                }
                kill();
                ModuleResult r = verdict(module, results, log, TestStatus.TIMED_OUT);
                if (overrun == null) {
                    return new Attempt(r, null);
                }
                String where = RunningTest.whereStuck(stuck);
                return new Attempt(explained(r, "ran longer than the per-test limit of "
                        + limits.test().toSeconds() + " s" + (where == null ? ""
                                : ", in " + where)), overrun);
            }
            if (answer.equals(EOF)) {
                String why = deathCause();
                kill();
                ModuleResult r = explained(verdict(module, results, log, TestStatus.CRASHED),
                        why);
                return new Attempt(r, lastTest(r, TestStatus.CRASHED));
            }
            if (answer.startsWith("done\t" + module + "\t")) {
                // the interpreter ended before the module did: an internal error, or os._exit
                ModuleResult r = verdict(module, results, log, TestStatus.CRASHED);
                if (!r.completed()) {
                    r = explained(r, "the interpreter stopped: " + lastLine(log));
                }
                return new Attempt(r, lastTest(r, TestStatus.CRASHED));
            }
        }
    }

    /** How long a module, and each of its tests, may run. */
    record Limits(Duration module, Duration test) {}

    /** How many of a module's tests may be stopped before the module is given up on. */
    static final int MAX_STOPS = 10;
    private static final long POLL_NANOS = 1_000_000_000L;
    private static final long DUMP_GRACE_NANOS = 3_000_000_000L;

    /** The id of {@code r}'s last test when the runner gave it {@code verdict}, else null. */
    private static String lastTest(ModuleResult r, TestStatus verdict) {
        if (r.completed() || r.tests().isEmpty()) {
            return null;
        }
        TestResult last = r.tests().getLast();
        return last.status() == verdict ? last.id() : null;
    }

    /**
     * Why the JVM died: its exit status (128 + N for signal N: 137 is a SIGKILL, the kernel's
     * out-of-memory killer's or a person's) and the last line of its standard error (a JVM's
     * fatal error or an uncaught Java exception).
     */
    private String deathCause() {
        StringBuilder sb = new StringBuilder("the worker JVM died");
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                int status = process.exitValue();
                sb.append(" with exit status ").append(status);
                if (status > 128) {
                    sb.append(" (signal ").append(status - 128).append(')');
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Path stderr = workDir.resolve("worker-stderr.log");
        try {
            List<String> lines = Files.exists(stderr)
                    ? Files.readAllLines(stderr, StandardCharsets.ISO_8859_1) : List.of();
            for (String line : lines.reversed()) {
                if (!line.isBlank() && !line.startsWith("\tat ")) {
                    sb.append(": ").append(line.strip());
                    break;
                }
            }
        } catch (IOException e) {
            // the status alone says enough
        }
        return sb.toString();
    }

    /** {@code r} with {@code why} as its message when the harness could not give one. */
    private static ModuleResult explained(ModuleResult r, String why) {
        if (r.message() != null) {
            return r;
        }
        List<TestResult> tests = r.tests().stream().map(t -> (t.status() == TestStatus.CRASHED
                || t.status() == TestStatus.TIMED_OUT) && t.message() == null
                ? new TestResult(t.id(), t.status(), null, why, t.duration()) : t).toList();
        return new ModuleResult(r.module(), r.status(), null, why, r.duration(), tests);
    }

    /** The harness's results for {@code module}; {@code verdict} ends a module left open. */
    private static ModuleResult verdict(String module, Path results, Path log,
            TestStatus verdict) {
        List<String> lines;
        try {
            lines = Files.exists(results) ? Files.readAllLines(results, StandardCharsets.UTF_8)
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ModuleResult> modules = HarnessOutput.read(lines, verdict);
        if (modules.isEmpty()) {
            return new ModuleResult(module, verdict.label(), null,
                    "the harness did not start: " + lastLine(log), 0.0, List.of());
        }
        return modules.getLast();
    }

    /**
     * The error that ended the interpreter: the last line of its output that names an exception
     * ({@code SystemError: internal error in Krait: ...} for a Java exception), else its last
     * line.
     */
    static String lastLine(Path log) {
        try {
            List<String> lines = Files.exists(log)
                    ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
            for (String line : lines.reversed()) {
                if (ERROR_LINE.matcher(line).lookingAt()) {
                    return line;
                }
            }
            return lines.isEmpty() ? "no output" : lines.getLast();
        } catch (IOException | java.io.UncheckedIOException e) {
            return "no readable output";
        }
    }

    private static final java.util.regex.Pattern ERROR_LINE = java.util.regex.Pattern.compile(
            "[A-Za-z_][\\w.]*(Error|Exception|Exit|Interrupt)\\b");

    private void kill() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        if (process != null) {
            try {
                requests.close();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (IOException | InterruptedException e) {
                kill();
            }
            process = null;
        }
    }
}
