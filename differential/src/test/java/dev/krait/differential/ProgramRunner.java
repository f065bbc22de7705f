package dev.krait.differential;

import dev.krait.cli.CommandRun;
import dev.krait.cli.Main;
import dev.krait.modules.posix.PosixCalls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteException;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.PumpStreamHandler;

/**
 * Runs a corpus program the three ways the corpus test needs: in CPython ({@code python3 NAME.py}),
 * in Krait through its launcher (a JVM of its own, as {@code bin/krait NAME.py} starts it), and in
 * Krait inside the test's JVM through {@link Main#run} -- the fast way, which most programs take.
 *
 * <p>The two process runs are alike: the program's folder is the working directory, the program is
 * named by its file name, stdin is empty, and the environment is the caller's without its
 * {@code PYTHON*} variables, plus {@link #ENVIRONMENT}. A run in this JVM cannot change the working
 * directory, stdin or the environment, so it names the program by its absolute path (which is what
 * CPython 3.11 shows in tracebacks anyway) and relies on Surefire giving the test JVM the same
 * {@link #ENVIRONMENT} (see {@code differential/pom.xml}). Programs that depend on the working
 * directory, {@code sys.argv[0]}, stdin or the process itself run through the launcher
 * ({@link ProgramCorpusTest#LAUNCHER_FEATURES}).
 */
final class ProgramRunner {
    /**
     * Fixed for every run: a fixed string-hash seed, so that sets and dicts of strings iterate in
     * the same order in every run of both interpreters; UTF-8 mode, so that output does not depend
     * on the locale; and no bytecode caches written into the corpus by imports.
     */
    static final Map<String, String> ENVIRONMENT = Map.of(
            "PYTHONHASHSEED", "0", "PYTHONUTF8", "1", "PYTHONDONTWRITEBYTECODE", "1");

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * How long a run in this JVM that outlived its time limit may take to end once stopped:
     * a thread still running would eat a core and take the signals of the programs after it.
     */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private ProgramRunner() {}

    /** {@code python3 NAME.py} in the program's folder. */
    static ProgramOutcome cpython(CorpusProgram program) {
        CommandLine command = new CommandLine(CPythonOracle.pythonCommand());
        command.addArgument(program.fileName(), false);
        return runProcess(command, program.file().getParent(), TIMEOUT, "python3", program.id());
    }

    /** The first line {@code python3 --version} prints, such as {@code Python 3.11.7}. */
    static String cpythonVersion() {
        CommandLine command = new CommandLine(CPythonOracle.pythonCommand());
        command.addArgument("--version", false);
        PythonRun.Result result = PythonRun.run(command, TIMEOUT);
        return (result.stdout() + result.stderr()).strip().lines().findFirst().orElse("");
    }

    /**
     * {@code bin/krait NAME.py} in the program's folder: the JVM running this test (a JDK 25) with
     * {@code bin/krait}'s stack and GC options, on the interpreter's classes.
     */
    static ProgramOutcome kraitLauncher(CorpusProgram program) {
        return runProcess(kraitCommand(program.fileName()), program.file().getParent(), TIMEOUT,
                "krait", program.id());
    }

    /**
     * {@code bin/krait ARGS...} as a command line: the JVM running this test (a JDK 25) with
     * {@code bin/krait}'s stack and GC options, on the interpreter's classes.
     */
    static CommandLine kraitCommand(String... args) {
        List<String> words = KraitJvm.command(List.of(), interpreterClasses(),
                Main.class.getName(), List.of(args));
        CommandLine command = new CommandLine(words.get(0));
        for (String word : words.subList(1, words.size())) {
            command.addArgument(word, false);
        }
        return command;
    }

    /** {@link Main#run} in this JVM, the program named by its absolute path. */
    static ProgramOutcome kraitInProcess(CorpusProgram program) {
        ENVIRONMENT.forEach((name, value) -> {
            if (!value.equals(System.getenv(name))) {
                throw new IllegalStateException("this JVM's environment lacks " + name + "="
                        + value + ", which Krait must see: run the test through Maven "
                        + "(differential/pom.xml sets it for Surefire)");
            }
        });
        return kraitMain(program.id(), program.file().toAbsolutePath().toString());
    }

    /**
     * Fails a program run in this JVM that left the process's working directory changed, after
     * changing it back: Krait's {@code os.chdir} is the C library's, for the whole process, so
     * a program (or a finalizer of its objects) that does not restore it would make every
     * later test of this JVM that uses a relative path fail, far from the cause.
     */
    private static void checkWorkingDirectory(String what, byte[] before) {
        byte[] after;
        try {
            after = PosixCalls.getcwd();
        } catch (RuntimeException e) {
            after = null;  // the folder was removed under the process
        }
        if (after != null && java.util.Arrays.equals(before, after)) {
            return;
        }
        PosixCalls.chdir(before);
        throw new AssertionError(what + " left the process's working directory changed (to "
                + (after == null ? "a removed folder" : new String(after, StandardCharsets.UTF_8))
                + "); it is restored to " + new String(before, StandardCharsets.UTF_8));
    }

    /**
     * {@link Main#run} in this JVM with these arguments, as {@code krait ARGS} would run: its
     * exit status and what it wrote ({@code what} names the run in a failure).
     */
    static ProgramOutcome kraitMain(String what, String... args) {
        return kraitMain(TIMEOUT, what, args);
    }

    /**
     * {@link #kraitMain(String, String...)} with a time limit: a run that outlives it is
     * stopped ({@link CommandRun#stop}), so that nothing of it goes on running in this JVM, and
     * fails the test; so does a run that leaves the process's working directory changed
     * ({@link #checkWorkingDirectory}).
     */
    static ProgramOutcome kraitMain(Duration timeout, String what, String... args) {
        byte[] cwd = PosixCalls.getcwd();
        ProgramOutcome outcome = kraitMainAsIs(timeout, what, args);
        checkWorkingDirectory(what, cwd);
        return outcome;
    }

    private static ProgramOutcome kraitMainAsIs(Duration timeout, String what, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, false, StandardCharsets.UTF_8);
        CommandRun run = Main.start(args, outStream, errStream);
        int status;
        try {
            if (!run.await(timeout)) {
                boolean ended = run.stop(STOP_GRACE);
                throw new AssertionError("Krait did not finish " + what + " in " + timeout
                        + (ended ? "" : " (and still ran " + STOP_GRACE + " after it was "
                        + "asked to stop)"));
            }
            status = run.status();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while Krait ran " + what, e);
        }
        outStream.flush();
        errStream.flush();
        return new ProgramOutcome(status, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs a command in a folder with the corpus environment; a run that outlives the timeout is
     * killed and fails the test, naming {@code who} and {@code what}.
     */
    /**
     * Runs {@code bin/krait -c pass} once, so that the programs that start
     * {@code sys.executable} (which is bin/krait) do not pay, within their time limit, for the
     * AOT cache bin/krait makes on its first run after a build: a training run of some seconds,
     * many more on a loaded machine. A failure here is left for the programs to report.
     */
    static void prepareLauncherScript() {
        Path script = Path.of("..", "bin", "krait").toAbsolutePath().normalize();
        if (!java.nio.file.Files.isExecutable(script)) {
            return;
        }
        CommandLine command = new CommandLine(script.toString());
        command.addArgument("-c", false);
        command.addArgument("pass", false);
        try {
            runProcess(command, script.getParent(), Duration.ofMinutes(10), "bin/krait",
                    "its first run");
        } catch (AssertionError e) {
            // the programs that need bin/krait will say what is wrong
        }
    }

    static ProgramOutcome runProcess(CommandLine command, Path folder, Duration timeout,
            String who, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExecuteWatchdog watchdog = ExecuteWatchdog.builder().setTimeout(timeout).get();
        DefaultExecutor executor = DefaultExecutor.builder()
                .setWorkingDirectory(folder.toFile()).get();
        // No input stream: the child's stdin is closed at once, so input() sees end of file.
        executor.setStreamHandler(new PumpStreamHandler(out, err, null));
        executor.setWatchdog(watchdog);
        executor.setExitValues(null);
        int exit;
        try {
            exit = executor.execute(command, environment());
        } catch (ExecuteException e) {
            exit = e.getExitValue();
        } catch (IOException e) {
            throw new AssertionError("could not start " + who + " for " + what, e);
        }
        if (watchdog.killedProcess()) {
            throw new AssertionError(who + " did not finish " + what + " in " + timeout);
        }
        return new ProgramOutcome(exit, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (!name.startsWith("PYTHON")) {
                environment.put(name, value);
            }
        });
        environment.putAll(ENVIRONMENT);
        return environment;
    }

    /** Where the interpreter's classes are: its {@code target/classes} folder or its jar. */
    private static String interpreterClasses() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the interpreter's classes", e);
        }
    }
}
