package dev.krait.cpythontests;

import dev.krait.differential.CPythonOracle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteException;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.PumpStreamHandler;

/**
 * Runs the harness in CPython for one module ({@code python3 krait_test_harness.py --results F
 * MODULE}), with a timeout, in a scratch directory: how the baseline is measured. CPython gets a
 * process per module, as its regrtest gives each worker.
 */
final class CPythonRun {
    private CPythonRun() {}

    static ModuleResult run(Path harness, Path workDir, String module, List<String> matches,
            Duration timeout) {
        Path results = workDir.resolve(module + ".jsonl");
        Path log = workDir.resolve(module + ".log");
        CommandLine command = new CommandLine(CPythonOracle.pythonCommand());
        command.addArgument(harness.toString(), false);
        command.addArgument("--results", false);
        command.addArgument(results.toString(), false);
        for (String m : matches) {
            command.addArgument("--match", false);
            command.addArgument(m, false);
        }
        command.addArgument(module, false);
        ExecuteWatchdog watchdog = ExecuteWatchdog.builder().setTimeout(timeout).get();
        DefaultExecutor executor = DefaultExecutor.builder().setWorkingDirectory(workDir.toFile())
                .get();
        executor.setWatchdog(watchdog);
        executor.setExitValues(null);
        TestStatus verdict = TestStatus.CRASHED;
        try (OutputStream out = Files.newOutputStream(log)) {
            Files.deleteIfExists(results);
            executor.setStreamHandler(new PumpStreamHandler(out, out, null));
            executor.execute(command);
        } catch (ExecuteException e) {
            // a non-zero exit: the verdict below reads what the harness wrote
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (watchdog.killedProcess()) {
            verdict = TestStatus.TIMED_OUT;
        }
        try {
            List<String> lines = Files.exists(results)
                    ? Files.readAllLines(results, StandardCharsets.UTF_8) : List.of();
            List<ModuleResult> modules = HarnessOutput.read(lines, verdict);
            return modules.isEmpty()
                    ? new ModuleResult(module, verdict.label(), null, "no harness output", 0.0,
                            List.of())
                    : modules.getLast();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
