package dev.krait.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one python3 (CPython 3.11, the oracle) process for a whole batch of test cases: the script
 * reads its input from stdin and writes one answer per line. Tests get their expected values this
 * way instead of typing them by hand.
 */
public final class PythonBatch {
    private PythonBatch() {}

    /** Runs {@code script} with {@code input} on stdin; returns stdout's lines. */
    public static List<String> run(String script, String input, int timeoutSeconds) {
        try {
            Path scriptFile = Files.createTempFile("krait-oracle", ".py");
            Path inputFile = Files.createTempFile("krait-oracle", ".in");
            Path outputFile = Files.createTempFile("krait-oracle", ".out");
            try {
                Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
                Files.writeString(inputFile, input, StandardCharsets.UTF_8);
                Process process = new ProcessBuilder("python3", "-X", "utf8", scriptFile.toString())
                        .redirectInput(inputFile.toFile())
                        .redirectOutput(outputFile.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("python3 timed out after " + timeoutSeconds + " s");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError("python3 failed: exit code " + process.exitValue());
                }
                return Files.readAllLines(outputFile, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(scriptFile);
                Files.deleteIfExists(inputFile);
                Files.deleteIfExists(outputFile);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run python3", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
