package dev.krait.runtime;

import dev.krait.compiler.Compiler;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.parser.Parser;
import java.io.PrintStream;

/**
 * Runs a program as {@code __main__} and turns how it ended into the process's exit status, as
 * CPython's main does: 0 after a normal end, the code of {@code SystemExit} (its message printed
 * when it is not an int), and 1 after any other uncaught exception, whose traceback goes to
 * {@code sys.stderr}.
 *
 * <p>CPython counterpart: Python/pythonrun.c {@code _PyRun_SimpleFileObject},
 * {@code PyErr_PrintEx} and {@code _Py_HandleSystemExit}.
 */
public final class MainRunner {
    private final Interpreter interpreter;
    private final PrintStream javaErr;

    public MainRunner(Interpreter interpreter, PrintStream javaErr) {
        this.interpreter = interpreter;
        this.javaErr = javaErr;
    }

    /**
     * Compiles and runs {@code module} (already parsed) as the {@code __main__} module; a
     * compile-stage syntax error is thrown for the caller to report.
     */
    public int runMain(dev.krait.ast.Mod module, String filename) throws PythonSyntaxError {
        ThreadState ts = ThreadState.current();
        if (ts == null || ts.interpreter != interpreter) {
            return KraitThread.runAttached(interpreter, KraitThread.DEFAULT_STACK_BYTES,
                    () -> runMain(module, filename));
        }
        PyModule main = new PyModule("__main__");
        PyDict globals = main.getDict();
        globals.setItem(PyStr.of("__file__"), PyStr.of(filename));
        globals.setItem(PyStr.of("__cached__"), PyNone.NONE);
        globals.setItem(PyStr.of("__builtins__"), interpreter.builtinsModule());
        interpreter.modules().setItem(PyStr.of("__main__"), main);
        try {
            StringBuilder warnings = new StringBuilder();
            PyCode code = Compiler.compile(module, filename, Parser.Mode.EXEC, optimizeLevel(),
                    w -> warnings.append(formatWarning(filename, w)));
            if (!warnings.isEmpty()) {
                writeErr(warnings.toString());
            }
            interpreter.exec(code, globals, globals);
            return finish(0);
        } catch (PyException e) {
            return finish(handleUncaught(e.value));
        } catch (StackOverflowError e) {
            return finish(handleUncaught(Errors.recursionError(
                    "maximum recursion depth exceeded").value));
        }
    }

    /**
     * A compile-time SyntaxWarning as the warnings module shows it: {@code file:line: category:
     * message} and the source line. CPython: Lib/warnings.py _formatwarnmsg_impl.
     */
    static String formatWarning(String filename, dev.krait.symtable.StaticChecks.Warning w) {
        StringBuilder sb = new StringBuilder();
        sb.append(filename).append(':').append(w.lineno()).append(": SyntaxWarning: ")
                .append(w.message()).append('\n');
        String line = sourceLine(filename, w.lineno());
        if (line != null && !line.strip().isEmpty()) {
            sb.append("  ").append(line.strip()).append('\n');
        }
        return sb.toString();
    }

    /** Line {@code lineno} of a file, or null (CPython: linecache.getline). */
    public static String sourceLine(String filename, int lineno) {
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(
                    java.nio.file.Path.of(filename), java.nio.charset.StandardCharsets.UTF_8);
            return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** {@code sys.flags.optimize} ({@code -O} removes asserts), 0 when sys has no flags. */
    private int optimizeLevel() {
        PyObject flags = interpreter.sysAttribute("flags");
        PyObject level = flags == null ? null : Ops.lookupAttrOrNull(flags, "optimize");
        return level instanceof PyInt i && i.isSmall() ? (int) i.longValue() : 0;
    }

    /** Flushes the standard streams, as CPython does at exit, and returns {@code status}. */
    private int finish(int status) {
        flushStdout();
        flush("stderr");
        return status;
    }

    private void flushStdout() {
        flush("stdout");
    }

    private void flush(String name) {
        try {
            PyObject sys = interpreter.modules().getItem(PyStr.of("sys"));
            PyObject stream = sys == null ? null : Ops.lookupAttrOrNull(sys, name);
            if (stream != null && stream != PyNone.NONE) {
                PyObject flush = Ops.lookupAttrOrNull(stream, "flush");
                if (flush != null) {
                    Ops.call(flush);
                }
            }
        } catch (PyException e) {
            // CPython ignores errors flushing at exit except to report them; nothing to add.
        }
    }

    /** The exit status for an uncaught exception, after reporting it. */
    public int handleUncaught(PyBaseException e) {
        if (e.type().isSubtypeOf(PyExceptions.SystemExit)) {
            return systemExit(e);
        }
        flushStdout();
        // CPython: Modules/main.c exit_sigint -- an uncaught KeyboardInterrupt ends the process
        // by SIGINT, which a shell sees as status 128 + 2.
        int status = e.type().isSubtypeOf(PyExceptions.KeyboardInterrupt) ? 130 : 1;
        PyObject sys = interpreter.modules().getItem(PyStr.of("sys"));
        PyObject hook = sys == null ? null : Ops.lookupAttrOrNull(sys, "excepthook");
        PyObject original = sys == null ? null : Ops.lookupAttrOrNull(sys, "__excepthook__");
        if (hook != null && hook != original) {
            try {
                Ops.call(hook, e.type(), e, e.getTraceback());
                return status;
            } catch (PyException inner) {
                writeErr("Error in sys.excepthook:\n" + TracebackPrinter.format(inner.value)
                        + "\nOriginal exception was:\n");
            }
        }
        writeErr(TracebackPrinter.format(e));
        return status;
    }

    private int systemExit(PyBaseException e) {
        PyObject code = e.getDict().getItem(PyStr.of("code"));
        if (code == null) {
            code = e.args.size() == 0 ? PyNone.NONE : e.args.get(0);
        }
        if (code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof PyInt i) {
            return i.isSmall() ? (int) i.longValue() : -1;
        }
        flushStdout();
        String text;
        try {
            text = Ops.str(code).value();
        } catch (PyException inner) {
            text = "";
        }
        writeErr(text + "\n");
        return 1;
    }

    /** Writes to {@code sys.stderr}, or to the process's stderr when there is none. */
    private void writeErr(String text) {
        try {
            PyObject sys = interpreter.modules().getItem(PyStr.of("sys"));
            PyObject stderr = sys == null ? null : Ops.lookupAttrOrNull(sys, "stderr");
            if (stderr != null && stderr != PyNone.NONE) {
                Ops.callMethod(stderr, "write", PyStr.of(text));
                PyObject flush = Ops.lookupAttrOrNull(stderr, "flush");
                if (flush != null) {
                    Ops.call(flush);
                }
                return;
            }
        } catch (PyException ignored) {
            // fall through to the process's own stream
        }
        javaErr.print(text);
        javaErr.flush();
    }
}
