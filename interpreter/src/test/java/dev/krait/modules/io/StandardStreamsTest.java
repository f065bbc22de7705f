package dev.krait.modules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code sys.stdin}/{@code stdout}/{@code stderr} as {@link IoModule#standardStreams} builds
 * them, in a child JVM whose descriptors 0, 1 and 2 are files, compared byte for byte with
 * python3 running the same program with the same input.
 */
class StandardStreamsTest extends IoTestSupport {
    private static final String PROGRAM = """
            stdout.write('out1\\n')
            i = 0
            while i < 700:
                stdout.write('line ' + repr(i) + ' of a long output\\n')
                if i % 100 == 0:
                    stderr.write('marker ' + repr(i) + '\\n')
                i += 1
            stderr.write('err1\\n')
            for s in (stdin, stdout, stderr):
                stdout.write(repr(s) + ' ' + repr(s.buffer) + '\\n')
                stdout.write(repr((s.encoding, s.errors, s.line_buffering, s.write_through,
                                   s.mode, s.name, s.fileno(), s.isatty())) + '\\n')
            line = stdin.readline()
            stdout.write(repr(line) + '\\n')
            stdout.write(repr(stdin.read()) + '\\n')
            stdout.write('é\\udcff\\n')
            stderr.write('bad \\udc80 \\u20ac\\n')
            try:
                stdout.write(b'x')
            except TypeError as e:
                stdout.write(str(e) + '\\n')
            stdout.write('no newline at end')
            """;

    private static final String INPUT = "first line\r\nsecond\nthird é \u00ff";

    private boolean pipedInput;
    private boolean merged;

    private List<String> run(List<String> command, Path work) throws Exception {
        Path in = work.resolve("in.txt");
        Path out = work.resolve("out.bin");
        Path err = work.resolve("err.bin");
        Files.writeString(in, INPUT, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile());
        if (merged) {
            pb.redirectErrorStream(true);
            Files.writeString(err, "");
        } else {
            pb.redirectError(err.toFile());
        }
        if (!pipedInput) {
            pb.redirectInput(in.toFile());
        }
        pb.environment().remove("PYTHONUNBUFFERED");
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        if (pipedInput) {
            try (var stdin = p.getOutputStream()) {
                stdin.write(INPUT.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        String status = "status " + p.exitValue();
        return List.of(status, latin1(out), latin1(err));
    }

    private static String latin1(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
    }

    private void compare(boolean unbuffered) throws Exception {
        Path work = o.dir;
        Path krait = work.resolve("prog.py");
        Files.writeString(krait, PROGRAM, StandardCharsets.UTF_8);
        Path python = work.resolve("prog_cpython.py");
        Files.writeString(python, "from sys import stdin, stdout, stderr\n" + PROGRAM,
                StandardCharsets.UTF_8);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> k = run(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"),
                StdioMain.class.getName(), krait.toString(), unbuffered ? "u" : "-"), work);
        List<String> c = run(unbuffered ? List.of("python3", "-u", python.toString())
                : List.of("python3", python.toString()), work);
        assertEquals(c, k);
    }

    @Test
    void bufferedStreams() throws Exception {
        compare(false);
    }

    @Test
    void unbufferedStreams() throws Exception {
        compare(true);
    }

    @Test
    void stdinFromAPipe() throws Exception {
        pipedInput = true;
        compare(false);
    }

    @Test
    void stdoutAndStderrSharingAFile() throws Exception {
        merged = true;
        compare(false);
    }
}
