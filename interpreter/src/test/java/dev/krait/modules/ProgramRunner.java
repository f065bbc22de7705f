package dev.krait.modules;

import dev.krait.modules.sys.SysModule;
import dev.krait.parser.Parser;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.MainRunner;
import dev.krait.runtime.ThreadState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script file as a main program in python3 (a process) and in Krait (in this JVM, with
 * the script's folder first on {@code sys.path} and the standard streams captured), so that a
 * test can require the same stdout, stderr and exit status.
 */
public final class ProgramRunner {
    private ProgramRunner() {}

    /** What a run printed and how it ended. */
    public record Outcome(String stdout, String stderr, int status) {}

    public static Outcome python(Path script, String stdin) throws IOException,
            InterruptedException {
        Path in = Files.createTempFile("krait-run", ".in");
        Path out = Files.createTempFile("krait-run", ".out");
        Path err = Files.createTempFile("krait-run", ".err");
        try {
            Files.writeString(in, stdin);
            ProcessBuilder pb = new ProcessBuilder("python3", script.toString())
                    .redirectInput(in.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment().remove("PYTHONPATH");
            pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("python3 timed out");
            }
            return new Outcome(Files.readString(out), Files.readString(err), p.exitValue());
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    public static Outcome krait(Path script, String stdin) throws IOException {
        Interpreter interp = new Interpreter();
        ThreadState.attach(new ThreadState(interp));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SysModule.setStandardStreams(interp, new ByteArrayInputStream(
                stdin.getBytes(StandardCharsets.UTF_8)), out, err);
        SysModule.setArgv(interp, List.of(script.toString()));
        SysModule.prependPath(interp, script.getParent().toString());
        byte[] source = Files.readAllBytes(script);
        int status = new MainRunner(interp, new PrintStream(err, true, StandardCharsets.UTF_8))
                .runMain(Parser.parseFile(source, script.toString()), script.toString());
        return new Outcome(out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8), status);
    }
}
