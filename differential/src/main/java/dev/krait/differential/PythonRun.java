package dev.krait.differential;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteException;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.PumpStreamHandler;

/**
 * One-shot runs of CPython ({@code python3 FILE ARGS...}) with a timeout, capturing stdout, stderr
 * and the exit status, so that what {@code krait FILE} shows can be compared with what
 * {@code python3 FILE} shows. Uses Apache Commons Exec, the project's choice for running CPython:
 * its watchdog kills a run that outlives the timeout.
 */
public final class PythonRun {
    private PythonRun() {}

    /** What a run printed and how it ended; {@code timedOut} runs were killed. */
    public record Result(int exitCode, String stdout, String stderr, boolean timedOut) {}

    /**
     * Runs {@code python3 FILE ARGS...} in the current directory, the file named as given (CPython
     * shows that name in tracebacks). stdin is empty; output is decoded as UTF-8, which the
     * {@code -X utf8} flag makes CPython write whatever the locale.
     */
    public static Result runFile(Path file, Duration timeout, String... args) {
        CommandLine command = new CommandLine(CPythonOracle.pythonCommand());
        command.addArgument("-X", false);
        command.addArgument("utf8", false);
        command.addArgument(file.toString(), false);
        for (String arg : args) {
            command.addArgument(arg, false);
        }
        return run(command, timeout);
    }

    /**
     * Runs {@code python3 -X utf8 ARGS...}: a command line with options of its own before the
     * program, such as {@code -W} or {@code -X}.
     */
    public static Result runCommandLine(Duration timeout, String... args) {
        CommandLine command = new CommandLine(CPythonOracle.pythonCommand());
        command.addArgument("-X", false);
        command.addArgument("utf8", false);
        for (String arg : args) {
            command.addArgument(arg, false);
        }
        return run(command, timeout);
    }

    /** Runs {@code python3 -c CODE ARGS...}: small questions, such as where the stdlib is. */
    public static Result runCode(String code, Duration timeout, String... args) {
        CommandLine command = new CommandLine(CPythonOracle.pythonCommand());
        command.addArgument("-X", false);
        command.addArgument("utf8", false);
        command.addArgument("-c", false);
        command.addArgument(code, false);
        for (String arg : args) {
            command.addArgument(arg, false);
        }
        return run(command, timeout);
    }

    static Result run(CommandLine command, Duration timeout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExecuteWatchdog watchdog = ExecuteWatchdog.builder().setTimeout(timeout).get();
        DefaultExecutor executor = DefaultExecutor.builder().get();
        executor.setStreamHandler(new PumpStreamHandler(out, err, null));
        executor.setWatchdog(watchdog);
        executor.setExitValues(null); // every exit status is an answer, not a failure
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("PYTHONDONTWRITEBYTECODE", "1");
        int exit;
        try {
            exit = executor.execute(command, environment);
        } catch (ExecuteException e) {
            exit = e.getExitValue();
        } catch (IOException e) {
            throw new CPythonOracle.OracleFailure("could not run " + command, e);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8), watchdog.killedProcess());
    }
}
