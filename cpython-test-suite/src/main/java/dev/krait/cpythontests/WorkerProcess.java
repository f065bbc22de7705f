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
     * answer within {@code timeout} or died, the runner's verdict for the module and the test
     * that was running.
     */
    ModuleResult run(String module, List<String> matches, Duration timeout) {
        Path results = workDir.resolve(module + ".jsonl");
        Path log = workDir.resolve(module + ".log");
        try {
            Files.deleteIfExists(results);
            Files.deleteIfExists(log);
            if (process == null || !process.isAlive()) {
                start();
            }
            StringBuilder request = new StringBuilder("run\t").append(results).append('\t')
                    .append(log).append('\t').append(module);
            for (String m : matches) {
                request.append("\t--match\t").append(m);
            }
            requests.write(request.append('\n').toString());
            requests.flush();
        } catch (IOException e) {
            return verdict(module, results, log, TestStatus.CRASHED);
        }
        // Tests may write to the process's descriptor 1 themselves (os.write(1, ...)), so lines
        // other than the worker's answer are skipped.
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String answer;
            try {
                answer = answers.poll(Math.max(0, deadline - System.nanoTime()),
                        TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer = null;
            }
            if (answer == null) {
                kill();
                return verdict(module, results, log, TestStatus.TIMED_OUT);
            }
            if (answer.equals(EOF)) {
                String why = deathCause();
                kill();
                return explained(verdict(module, results, log, TestStatus.CRASHED), why);
            }
            if (answer.startsWith("done\t" + module + "\t")) {
                // the interpreter ended before the module did: an internal error, or os._exit
                return explained(verdict(module, results, log, TestStatus.CRASHED),
                        "the interpreter stopped: " + lastLine(log));
            }
        }
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
        List<TestResult> tests = r.tests().stream().map(t -> t.status() == TestStatus.CRASHED
                && t.message() == null ? new TestResult(t.id(), t.status(), null, why,
                        t.duration()) : t).toList();
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
