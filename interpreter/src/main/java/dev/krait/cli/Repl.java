package dev.krait.cli;

import dev.krait.lexer.PythonSyntaxError;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.FrontEndErrors;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.KraitThread;
import dev.krait.runtime.MainRunner;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The interactive prompt: reads a statement (lines until {@link ReplSource} says it is whole,
 * prompting with {@code sys.ps1}, then {@code sys.ps2}), compiles it in {@code single} mode as
 * {@code <stdin>} and runs it in {@code __main__}, whose expression values
 * {@code sys.displayhook} prints (and keeps in {@code builtins._}). An uncaught exception is
 * printed and the prompt goes on; {@code SystemExit} ({@code exit()}) ends the session with its
 * status, and so does the end of input (status 0). Ctrl-C while typing abandons the statement
 * with {@code KeyboardInterrupt}.
 *
 * <p>The same loop serves {@code krait} on a terminal (JLine edits the lines), {@code krait -i}
 * with piped input (plain lines, prompts on stderr, as CPython) and the prompt that {@code -i}
 * opens after a program, in the program's namespace.
 *
 * <p>CPython counterpart: Python/pythonrun.c {@code _PyRun_InteractiveLoopObject},
 * {@code PyRun_InteractiveOneObjectEx}; Modules/main.c {@code pymain_header},
 * {@code pymain_repl}.
 */
final class Repl {
    /** The file name statements typed at the prompt carry (in tracebacks, syntax errors). */
    static final String FILENAME = "<stdin>";

    private final Interpreter interpreter;
    private final MainRunner runner;
    private final PrintStream err;

    private Repl(Interpreter interpreter, MainRunner runner, PrintStream err) {
        this.interpreter = interpreter;
        this.runner = runner;
        this.err = err;
    }

    /**
     * Runs the prompt until {@code exit()} or the end of input and returns the exit status.
     * The banner is shown for a prompt that is the whole program, unless {@code -q}.
     */
    static int run(Interpreter interpreter, MainRunner runner, LaunchOptions launch,
            boolean banner, PrintStream err) {
        boolean terminal = Main.stdinIsTerminal() && stdoutIsTerminal();
        return KraitThread.runAttached(interpreter, KraitThread.DEFAULT_STACK_BYTES, () -> {
            Repl repl = new Repl(interpreter, runner, err);
            if (banner && launch.flags().quiet() == 0) {
                repl.printBanner(launch.flags().noSite() == 0);
            }
            try (ReplInput input = ReplInput.open(terminal, System.in, err)) {
                return repl.loop(input);
            }
        });
    }

    /** Whether file descriptor 1 is a terminal (Linux; elsewhere, what Java's console says). */
    private static boolean stdoutIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(
                    java.nio.file.Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            java.io.Console console = System.console();
            return console != null && console.isTerminal();
        }
    }

    /**
     * CPython's banner: {@code Python <sys.version> on <sys.platform>}, where Krait's
     * {@code sys.version} names Krait and its Java, then the hint line unless {@code -S}.
     */
    // CPython: Modules/main.c pymain_header, COPYRIGHT
    private void printBanner(boolean site) {
        err.println("Python " + sysString("version", "") + " on "
                + sysString("platform", ""));
        if (site) {
            err.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more "
                    + "information.");
        }
        err.flush();
    }

    private int loop(ReplInput input) {
        PyModule sys = interpreter.sysModule();
        // CPython: Python/pythonrun.c _PyRun_InteractiveLoopObject sets them when missing
        if (sys != null && interpreter.sysAttribute("ps1") == null) {
            sys.put("ps1", PyStr.of(">>> "));
        }
        if (sys != null && interpreter.sysAttribute("ps2") == null) {
            sys.put("ps2", PyStr.of("... "));
        }
        List<String> lines = new ArrayList<>();
        String ps2 = "";
        while (true) {
            String prompt;
            if (lines.isEmpty()) {
                // both prompts are read anew for each statement, as CPython does
                prompt = sysString("ps1", "");
                ps2 = sysString("ps2", "");
            } else {
                prompt = ps2;
            }
            String line;
            try {
                line = input.readLine(prompt);
            } catch (ReplInput.Interrupted e) {
                err.print("\nKeyboardInterrupt\n");
                err.flush();
                lines.clear();
                continue;
            }
            boolean endOfInput = line == null;
            if (endOfInput) {
                err.print("\n");
                err.flush();
                if (lines.isEmpty()) {
                    // the session ends as a program does: atexit callbacks run
                    interpreter.runExitHooks();
                    return 0;
                }
            } else {
                lines.add(line);
            }
            int status = step(ReplSource.classify(lines, endOfInput), lines);
            if (status >= 0) {
                return status;
            }
        }
    }

    /** Acts on what the lines are; an exit status ends the session, -1 goes on. */
    private int step(ReplSource.Outcome outcome, List<String> lines) {
        if (outcome instanceof ReplSource.More) {
            return -1;
        }
        lines.clear();
        try {
            return switch (outcome) {
                case ReplSource.Complete c -> runner.runInteractive(c.statement(), FILENAME);
                case ReplSource.Error e -> reportSyntaxError(e.error());
                default -> -1;
            };
        } catch (PythonSyntaxError e) {
            // from the symbol table or the compiler: as in CPython, without the source line,
            // which linecache cannot read back from <stdin>
            return reportSyntaxError(e);
        } catch (PyException e) {
            return runner.uncaughtAtPrompt(e.value);
        }
    }

    /** A syntax error is printed through {@code sys.excepthook}, as any other exception. */
    private int reportSyntaxError(PythonSyntaxError e) {
        return runner.uncaughtAtPrompt(FrontEndErrors.syntaxError(e).value);
    }

    /** {@code str(sys.NAME)}, or {@code otherwise} when it is unset or its str() fails. */
    private String sysString(String name, String otherwise) {
        PyObject value = interpreter.sysAttribute(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Ops.str(value).value();
        } catch (PyException e) {
            return otherwise;
        }
    }
}
