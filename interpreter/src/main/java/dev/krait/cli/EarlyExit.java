package dev.krait.cli;

/**
 * The command line was answered without running anything: help or version text (status 0), a
 * bad command line (status 2), or a bad setting that CPython reports as a fatal error (status 1).
 * Thrown by {@link CommandLine#parse}; {@link Main} prints the texts and exits with the status.
 *
 * <p>CPython counterpart: a {@code PyStatus} made by {@code _PyStatus_EXIT} (help, version, usage)
 * or {@code _PyStatus_ERR} (fatal), which Modules/main.c turns into the process's exit.
 */
public final class EarlyExit extends Exception {
    private final int status;
    private final String stdout;
    private final String stderr;

    EarlyExit(int status, String stdout, String stderr) {
        super(stderr.isEmpty() ? stdout : stderr, null, false, false);
        this.status = status;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** The process's exit status: 0, 1 (fatal error) or 2 (bad command line). */
    public int status() {
        return status;
    }

    /** What goes to stdout (help, version). */
    public String stdout() {
        return stdout;
    }

    /** What goes to stderr (a usage or fatal error). */
    public String stderr() {
        return stderr;
    }

    /** Text printed to stdout, exit status 0 ({@code -h}). */
    static EarlyExit print(String text) {
        return new EarlyExit(0, text, "");
    }

    /**
     * A bad command line: the message line (none when {@code message} is null, as for CPython's
     * {@code -:}), the usage line and the hint, exit status 2.
     */
    // CPython: Python/initconfig.c config_usage(1, program)
    static EarlyExit usage(String message) {
        String first = message == null ? "" : message + "\n";
        return new EarlyExit(2, "", first + UsageText.usageError());
    }

    /**
     * A setting CPython cannot start with: it aborts start-up with a fatal error naming the C
     * function that found it ({@code function} may be null, as for {@code -X frozen_modules}),
     * reports how far start-up got, and exits with status 1.
     */
    // CPython: Python/pylifecycle.c fatal_error, called through Py_ExitStatusException
    static EarlyExit fatal(String function, String message, String runtimeState) {
        String where = function == null ? "" : function + ": ";
        return new EarlyExit(1, "", "Fatal Python error: " + where + message + "\n"
                + "Python runtime state: " + runtimeState + "\n\n");
    }

    /**
     * A fatal error raised by a Python exception during start-up, before any Python frame:
     * CPython prints the exception, then faulthandler's dump of the thread.
     */
    // CPython: Python/pylifecycle.c fatal_error (_PyErr_Print, then _Py_DumpTracebackThreads)
    static EarlyExit fatalWithException(String function, String message, String runtimeState,
            String exceptionLine) {
        String base = fatal(function, message, runtimeState).stderr();
        String thread = String.format("%016x", Thread.currentThread().threadId());
        return new EarlyExit(1, "", base.substring(0, base.length() - 1) + exceptionLine
                + "\n\nCurrent thread 0x" + thread + " (most recent call first):\n"
                + "  <no Python frame>\n");
    }
}
