package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interactive prompt and {@code -m} against CPython's. Each session is typed into
 * {@code python3 -i} and {@code krait -i} through a pipe (stdin is then no terminal, so both
 * write their prompts to stderr and read plain lines, without the line editor), and the two
 * must print the same stdout and stderr — prompts, echoed values, tracebacks, syntax errors —
 * and end with the same status. {@code -m} runs a temporary package in both. CPython's program
 * name in its {@code -m} messages is replaced by {@code krait}, the documented difference.
 *
 * <p>Krait runs as a separate JVM on this test's class path, as {@code bin/krait} runs it.
 */
class ReplDifferentialTest {
    private static final long TIMEOUT_SECONDS = 30;

    @TempDir
    static Path dir;

    @BeforeAll
    static void writePackages() throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "print('init', __name__)\n");
        Files.writeString(pkg.resolve("__main__.py"), """
                import sys
                print(__name__, sys.argv[1:], __file__ == sys.argv[0], __package__)
                print(__spec__.name, sys.path[0] + '/pkg/__main__.py' == __file__)
                """);
        Files.writeString(pkg.resolve("tool.py"), """
                import sys
                print(__name__, __package__, sys.argv[1:])
                raise SystemExit(4)
                """);
        Files.createDirectories(dir.resolve("plain"));
        Files.writeString(dir.resolve("plain/__init__.py"), "");
        Files.writeString(dir.resolve("single.py"), "print('single', __name__)\nx = 1\n");
        Files.writeString(dir.resolve("script.py"), "x = 41\ndef f():\n    return 1 / 0\n");
    }

    /** One run: the command-line arguments after the program name, and what stdin holds. */
    record Session(String name, List<String> args, String input) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Session> sessions() {
        return Stream.of(
                prompt("expressions and displayhook", """
                        x = 6 * 7
                        x
                        _ + 1
                        None
                        _
                        'a\\nb'
                        print(_)
                        1; 2
                        """),
                prompt("blocks end at a blank line", """
                        if x := 3:
                            print('yes', x)

                        for i in range(2): print(i)

                        def f(n):
                            # a comment inside
                            return n * 2

                        f(21)
                        class A:
                            def __repr__(self):
                                return 'A!'

                        A()
                        if 1:
                            pass
                        print('no blank line before me')
                        print('after')
                        """),
                prompt("brackets, backslashes and strings continue", """
                        (1,

                         2)
                        x = 1 + \\
                            2
                        x
                        \"\"\"one
                        two\"\"\"
                        [i * i
                         for i in range(3)]
                        """),
                prompt("syntax errors go on", """
                        1 +
                        print(1) print(2)
                        if 1:
                            x = )
                            y = 2

                        def f(:
                            pass

                        'abc
                        nonlocal x
                        return 5
                        if 1:

                        @dec

                        print('still here')
                        """),
                prompt("exceptions and sys.last_type", """
                        1 / 0
                        def g():
                            raise ValueError('bad')

                        g()
                        import sys
                        sys.last_type
                        undefined_name
                        try:
                            1 / 0
                        except ZeroDivisionError as e:
                            print('caught', e)

                        """),
                prompt("prompts come from sys.ps1 and sys.ps2", """
                        import sys
                        sys.ps1 = 'A> '
                        sys.ps2 = 5
                        if 1:
                            pass

                        del sys.ps1
                        2
                        """),
                prompt("exit() ends the session with its status", """
                        exit
                        quit
                        print('bye')
                        exit(3)
                        print('never')
                        """),
                prompt("SystemExit with a message", """
                        raise SystemExit('gone')
                        """),
                prompt("end of input inside a block runs it", """
                        for i in range(2):
                            print(i)
                        """),
                prompt("end of input inside brackets", """
                        (1,
                        """),
                new Session("-i after a script that fails",
                        List.of("-q", "-i", dir.resolve("script.py").toString()),
                        "x\nf()\n__name__\n"),
                new Session("-i after -c with sys.exit",
                        List.of("-q", "-i", "-c", "import sys; y = 5; sys.exit(2)"),
                        "y\n"),
                new Session("-i after -m", List.of("-q", "-i", "-m", "single"), "x\n__name__\n"),
                new Session("-m a package's __main__", List.of("-m", "pkg", "a", "b"), ""),
                new Session("-m a submodule", List.of("-m", "pkg.tool", "x"), ""),
                new Session("-m a module", List.of("-m", "single"), ""),
                new Session("-m a missing module", List.of("-m", "nosuchmodule"), ""),
                new Session("-m a missing submodule", List.of("-m", "nosuch.mod"), ""),
                new Session("-m a package without __main__", List.of("-m", "plain"), ""),
                new Session("-m below a module", List.of("-m", "single.x"), ""));
    }

    private static Session prompt(String name, String input) {
        return new Session(name, List.of("-q", "-i"), input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void kraitAnswersAsCPythonDoes(Session session) throws Exception {
        List<String> python = new ArrayList<>(List.of(CPythonOracle.pythonCommand()));
        python.addAll(session.args());
        Run cpython = run(python, session.input());
        List<String> krait = KraitJvm.command(List.of("-XX:TieredStopAtLevel=1"),
                KraitJvm.thisClassPath(), "dev.krait.cli.Main", session.args());
        Run ours = run(krait, session.input());
        String executable = run(List.of(CPythonOracle.pythonCommand(), "-c",
                "import sys; print(sys.executable)"), "").stdout().strip();
        String cpythonErr = cpython.stderr().replace(executable + ": ", "krait: ");
        // runpy names sys.executable in its messages, in both
        String ourErr = ours.stderr();
        if (ourErr.contains("krait: ") && !ourErr.startsWith("krait: ")) {
            String kraitExecutable = run(KraitJvm.command(List.of("-XX:TieredStopAtLevel=1"),
                    KraitJvm.thisClassPath(), "dev.krait.cli.Main",
                    List.of("-c", "import sys; print(sys.executable)")), "").stdout().strip();
            ourErr = ourErr.replace(kraitExecutable + ": ", "krait: ");
        }
        assertEquals(cpython.stdout(), ours.stdout(), "stdout");
        assertEquals(cpythonErr, ourErr, "stderr");
        assertEquals(cpython.status(), ours.status(), "exit status");
    }

    private record Run(int status, String stdout, String stderr) {}

    /** Runs {@code command} in the packages' folder with {@code input} as stdin. */
    private static Run run(List<String> command, String input) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        builder.environment().remove("PYTHONSTARTUP");
        builder.environment().remove("PYTHONINSPECT");
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(
                () -> readAll(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(
                () -> readAll(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the program ended before reading everything (exit() in the middle)
        }
        boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertTrue(ended, "timed out: " + command);
        return new Run(process.exitValue(), out.get(), err.get());
    }

    private static String readAll(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<" + e + ">";
        }
    }
}
