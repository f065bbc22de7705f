package dev.krait.cpythontests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Runs test modules in Krait on {@code jobs} worker JVMs at once (or in CPython, one process per
 * module, for the baseline). Modules are handed out one at a time, longest expected first when a
 * caller sorts them so, and a module listed as needing a JVM of its own gets a fresh one that
 * ends with it.
 */
final class SuiteRunner {
    /** Which interpreter runs the modules. */
    enum Interpreter { KRAIT, CPYTHON }

    private final Path harness;
    private final Interpreter interpreter;
    private final int jobs;
    private final WorkerProcess.Limits limits;
    private final List<String> matches;
    private final Path testPath;
    private final Set<String> runAlone;

    /**
     * {@code limits}: the time a module and each of its tests may take; {@code testPath}: the
     * directory that holds the {@code test} package to import when not the installed one, or
     * null.
     */
    SuiteRunner(Path harness, Interpreter interpreter, int jobs, WorkerProcess.Limits limits,
            List<String> matches, Set<String> runAlone, Path testPath) {
        this.harness = harness;
        this.interpreter = interpreter;
        this.jobs = Math.max(1, jobs);
        this.limits = limits;
        this.matches = List.copyOf(matches);
        this.testPath = testPath;
        this.runAlone = Set.copyOf(runAlone);
    }

    /** Runs {@code modules}; {@code progress} sees each module's result as it comes. */
    List<ModuleResult> run(List<String> modules, Consumer<ModuleResult> progress) {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(modules);
        List<ModuleResult> results = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            Thread t = Thread.ofPlatform().name("cpython-tests-" + i).start(() -> {
                Path workDir = scratchDirectory();
                try (WorkerProcess worker = interpreter == Interpreter.KRAIT
                        ? new WorkerProcess(harness, workDir) : null) {
                    for (String module; (module = queue.poll()) != null; ) {
                        ModuleResult r = runOne(worker, workDir, module);
                        results.add(r);
                        progress.accept(r);
                    }
                } finally {
                    deleteTree(workDir);
                }
            });
            threads.add(t);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<ModuleResult> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> a.module().compareTo(b.module()));
        return sorted;
    }

    /**
     * Runs one module; its duration is the wall time it cost the runner (interpreter start and
     * import included, or the time limit it ran out), which is what shards are balanced by.
     */
    private ModuleResult runOne(WorkerProcess worker, Path workDir, String module) {
        long began = System.nanoTime();
        ModuleResult r = runTimed(worker, workDir, module);
        double wall = (System.nanoTime() - began) / 1e9;
        return new ModuleResult(r.module(), r.status(), r.type(), r.message(), wall, r.tests());
    }

    private ModuleResult runTimed(WorkerProcess worker, Path workDir, String module) {
        if (interpreter == Interpreter.CPYTHON) {
            return CPythonRun.run(harness, workDir, module, matches, limits.module());
        }
        if (runAlone.contains(module)) {
            try (WorkerProcess alone = new WorkerProcess(harness, workDir)) {
                return alone.run(module, harnessOptions(), limits);
            }
        }
        return worker.run(module, harnessOptions(), limits);
    }

    /** The harness's options beside the module: the test filters and the test package. */
    private List<String> harnessOptions() {
        List<String> options = new ArrayList<>();
        for (String m : matches) {
            options.add("--match");
            options.add(m);
        }
        if (testPath != null) {
            options.add("--path");
            options.add(testPath.toString());
        }
        return options;
    }

    /** Removes a scratch directory and whatever the tests left in it (best effort). */
    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a file the tests keep open or made unreadable: the OS's temp cleaner takes it
        }
    }

    private static Path scratchDirectory() {
        try {
            return Files.createTempDirectory("krait-cpython-tests-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
