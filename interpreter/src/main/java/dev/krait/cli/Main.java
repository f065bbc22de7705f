package dev.krait.cli;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code krait} command's entry point ({@code bin/krait} runs it). It reads the command line,
 * runs the chosen command on a thread with a very large stack, and makes sure that whatever goes
 * wrong inside Krait reaches the user as one Python-style line, never as a Java stack trace.
 *
 * <p>The big stack is there because the parser is recursive descent: source nested as deeply as
 * CPython accepts (CPython: Parser/parser.c {@code MAXSTACK}, 6000 levels) needs far more than the
 * JVM's default 1 MB main-thread stack. Reserving 512 MB costs only address space, not memory.
 *
 * <p>CPython counterpart: Modules/main.c {@code pymain_main} and Python/initconfig.c for the
 * command line.
 */
public final class Main {
    /** The version of Python that Krait implements, as {@code sys.version} begins. */
    public static final String PYTHON_VERSION = "3.11.7";

    /** Krait's own version. */
    public static final String KRAIT_VERSION = "0.1.0";

    /**
     * What {@code -V} prints: exactly CPython's line, so that scripts that parse
     * {@code python -V} keep working (see docs/DIFFERENCES.md).
     */
    public static final String VERSION = "Python " + PYTHON_VERSION;

    /** What {@code -VV} prints: CPython names its build there; Krait names itself and Java. */
    // CPython: Python/initconfig.c config_parse_cmdline (print_version >= 2: Py_GetVersion())
    public static final String LONG_VERSION = VERSION + " (Krait " + KRAIT_VERSION + ", Java "
            + Runtime.version().feature() + ")";

    /** Stack reserved for the thread that does the work; see the class comment. */
    private static final long WORK_STACK_BYTES = 512L * 1024 * 1024;

    /** Set to any non-empty value to see Java stack traces of internal errors. */
    static final String DEBUG_ENV = "KRAIT_DEBUG";

    private Main() {}

    /**
     * The stdout stream {@link #main} made over the process's descriptor 1: a program run with
     * it gets {@code sys.stdout} etc. over the real descriptors 0-2, while {@link #run} called
     * with other streams (tests, embedders) gets standard streams writing to those.
     */
    private static volatile PrintStream processOut;

    static boolean isProcessStream(PrintStream out) {
        return out != null && out == processOut;
    }

    public static void main(String[] args) {
        // the C functions every start-up calls are bound beside the rest of it (StartupBindings)
        dev.krait.modules.posix.StartupBindings.start();
        // A buffered stdout matters for --ast on the whole stdlib; System.out flushes per line.
        PrintStream out = new PrintStream(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        // Ctrl-C raises KeyboardInterrupt in the program instead of ending the JVM; only the
        // process's own entry point takes the signal (an embedding JVM keeps its handler)
        dev.krait.runtime.Signals.installSigintHandler();
        dev.krait.runtime.Signals.restoreDefaultTermination();
        dev.krait.runtime.Signals.ignorePipeAndFileSize();
        // the old generation is collected when it triples, not left to grow to the maximum
        dev.krait.runtime.HeapGrowth.start();
        processOut = out;
        int status = run(ProcessArguments.decoded(args), out, err);
        out.flush();
        err.flush();
        if (status == 130 && dev.krait.runtime.MainRunner.endedByKeyboardInterrupt()) {
            SigintExit.raise();
        }
        System.exit(status);
    }

    /**
     * Runs the command line on a big-stack thread and returns the process exit status: 0 success,
     * 1 a Python error (SyntaxError, NotImplementedError, ...), 2 bad usage, as CPython does.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandRun run = start(args, out, err);
        try {
            run.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("KeyboardInterrupt");
            return 130;
        }
        return run.status();
    }

    /**
     * Starts the command line on a big-stack thread and returns at once: what {@link #run}
     * does, for a caller that must be able to wait with a time limit and to stop the command.
     */
    public static CommandRun start(String[] args, PrintStream out, PrintStream err) {
        return CommandRun.start(args, out, err, WORK_STACK_BYTES);
    }

    /** Parses the command line and runs it; the one place that catches everything. */
    static int runGuarded(String[] args, PrintStream out, PrintStream err) {
        boolean debug = List.of(args).contains("--debug");
        try {
            CommandLine line;
            try {
                line = CommandLine.parse(List.of(args), System.getenv(), stdinIsTerminal());
            } catch (EarlyExit e) {
                out.print(e.stdout());
                err.print(e.stderr());
                return e.status();
            }
            err.print(line.notice());
            return switch (line.command()) {
                case AST -> AstCommand.run(line, out, err);
                case TOKENS -> {
                    out.flush();
                    yield TokensCommand.run(line.files().get(0), out, err);
                }
                case RUN -> RunCommand.run(line, out, err);
            };
        } catch (OutOfMemoryError e) {
            out.flush();
            err.println("MemoryError");
            return 1;
        } catch (dev.krait.runtime.InterpreterStopped e) {
            // stopped by the caller (CommandRun#stop), who knows why
            out.flush();
            return 1;
        } catch (Throwable e) {
            out.flush();
            reportInternalError(e, debug, err);
            return 1;
        }
    }

    /**
     * Whether stdin is a terminal, which decides between the interactive prompt and reading a
     * program from stdin (CPython: Modules/main.c stdin_is_interactive, isatty(0)). Java's
     * {@code System.console()} asks about stdout too, so on Linux the link of file descriptor 0
     * is read first.
     */
    static boolean stdinIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
                    || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Console console = System.console();
            return console != null && console.isTerminal();
        }
    }

    /**
     * A Java exception that escaped a command is a bug in Krait. CPython reports its own internal
     * failures as SystemError, so we do the same, naming the Java exception so that the bug report
     * is useful; the trace is shown only on request.
     */
    static void reportInternalError(Throwable e, boolean debug, PrintStream err) {
        err.println("SystemError: internal error in Krait: " + e);
        if (debug || !System.getenv().getOrDefault(DEBUG_ENV, "").isEmpty()) {
            e.printStackTrace(err);
        } else {
            err.println("(run with --debug or " + DEBUG_ENV + "=1 to see the Java stack trace)");
        }
    }
}
