package dev.krait.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs CPython 3.11 ({@code python3}), the oracle every Unicode answer is checked against, as a
 * child process with a timeout. A python3 that is not 3.11 fails the test with a message that
 * says so, since any other version would hold other Unicode tables.
 */
final class Python3 {
    private Python3() {}

    private static final long TIMEOUT_SECONDS = 120;

    /**
     * Runs {@code python3 -c script args...} with {@code input} on stdin; returns stdout
     * (UTF-8). Fails the test on a non-zero exit, a timeout, or a python3 other than 3.11.
     */
    static String run(String script, String input, String... args) {
        List<String> command = new ArrayList<>(List.of("python3", "-c",
                "import sys\n"
                        + "if sys.version_info[:2] != (3, 11):\n"
                        + "    sys.exit('python3 must be CPython 3.11 for the Unicode checks, not '"
                        + " + sys.version.split()[0])\n"
                        + script));
        command.addAll(List.of(args));
        return exec(command, input);
    }

    /** Runs a python3 program file with arguments. */
    static String runFile(String path, String... args) {
        List<String> command = new ArrayList<>(List.of("python3", path));
        command.addAll(List.of(args));
        return exec(command, "");
    }

    private static String exec(List<String> command, String input) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PYTHONIOENCODING", "utf-8:surrogatepass");
        builder.environment().put("PYTHONHASHSEED", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start python3 (CPython 3.11 is the oracle)", e);
        }
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(
                () -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(
                () -> readAll(process.getErrorStream()));
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // python3 exited early; its stderr says why.
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("python3 did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            String stderr = new String(err.get(), StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), () -> "python3 failed: " + stderr);
            return new String(out.get(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError("python3 run failed: " + command.get(0), e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
