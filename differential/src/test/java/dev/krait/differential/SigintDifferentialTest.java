package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.cli.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C while a program runs: SIGINT is sent to {@code python3} and to Krait (a JVM of its own,
 * started as {@code bin/krait} starts it) at the same points of the same program, and what each
 * prints and its exit status must be the same — a KeyboardInterrupt caught by the program, then
 * one left uncaught, which ends the program with CPython's traceback and status 130 (the status
 * a process killed by SIGINT reports).
 *
 * <p>The program says when it is ready for each signal on stdout, so the test does not depend
 * on timing. The children are started through a small wrapper that restores SIGINT's default
 * disposition, since a test JVM launched in the background may have inherited it ignored.
 */
class SigintDifferentialTest {
    private static final String PROGRAM = """
            import sys
            def spin():
                n = 0
                while True:
                    n += 1
            print("ready", flush=True)
            try:
                spin()
            except KeyboardInterrupt as e:
                print("caught", repr(e), e.__traceback__.tb_frame.f_code.co_name, flush=True)
            def forever():
                while True:
                    pass
            print("ready", flush=True)
            forever()
            """;

    /** Restores SIGINT's default action, then runs the command in the same process. */
    private static final String RESET_SIGINT = "import os, signal, sys; "
            + "signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])";

    @Test
    void ctrlCRaisesKeyboardInterruptAsInCPython(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spin.py");
        Files.writeString(file, PROGRAM);
        String python = CPythonOracle.pythonCommand();
        Outcome expected = interrupt(dir, List.of(python, file.getFileName().toString()));
        Outcome actual = interrupt(dir, KraitJvm.command(List.of(), interpreterClasses(),
                Main.class.getName(), List.of(file.getFileName().toString())));
        assertEquals(expected.stdout(), actual.stdout(), "stdout");
        assertEquals(expected.stderr(), actual.stderr(), "stderr");
        assertEquals(expected.status(), actual.status(), "exit status");
        assertEquals(130, actual.status(), "exit status of an uncaught KeyboardInterrupt");
    }

    private record Outcome(String stdout, String stderr, int status) {}

    /** Runs {@code command}, sending SIGINT each time the program prints "ready". */
    private static Outcome interrupt(Path dir, List<String> command) throws Exception {
        List<String> wrapped = new ArrayList<>(List.of(CPythonOracle.pythonCommand(), "-c",
                RESET_SIGINT));
        wrapped.addAll(command);
        Process p = new ProcessBuilder(wrapped).directory(dir.toFile()).start();
        p.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<" + e + ">";
            }
        });
        StringBuilder out = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.append(line).append('\n');
                if (line.equals("ready")) {
                    // let the program enter its loop; the signal is handled whenever it lands
                    Thread.sleep(300);
                    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not end after SIGINT");
        }
        return new Outcome(out.toString(), err.get(10, TimeUnit.SECONDS), p.exitValue());
    }

    private static String interpreterClasses() throws URISyntaxException {
        return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }
}
