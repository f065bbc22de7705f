package dev.krait.runtime;

import dev.krait.compiler.Compiler;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.objects.Attributes;
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
    private boolean inspect;

    public MainRunner(Interpreter interpreter, PrintStream javaErr) {
        this.interpreter = interpreter;
        this.javaErr = javaErr;
    }

    /** The interpreter this runner runs programs in. */
    public Interpreter interpreter() {
        return interpreter;
    }

    /**
     * With {@code -i} the prompt follows the program, so a {@code SystemExit} that ends the
     * program is printed as a traceback instead of ending the process (CPython:
     * Python/pythonrun.c _Py_HandleSystemExit returns early when {@code config->inspect}).
     */
    public void setInspect(boolean inspect) {
        this.inspect = inspect;
    }

    /**
     * Compiles and runs {@code module} (already parsed) as the {@code __main__} module; a
     * compile-stage syntax error is thrown for the caller to report.
     */
    public int runMain(dev.krait.ast.Mod module, String filename) throws PythonSyntaxError {
        return runAsMain(filename, globals -> {
            StringBuilder warnings = new StringBuilder();
            PyCode code = Compiler.compile(module, filename, Parser.Mode.EXEC, optimizeLevel(),
                    w -> warnings.append(formatWarning(filename, w)));
            if (!warnings.isEmpty()) {
                writeErr(warnings.toString());
            }
            return code;
        });
    }

    /** What a kind of main program makes into the code to run, given {@code __main__}'s dict. */
    private interface MainCode {
        PyCode prepare(PyDict globals);
    }

    /**
     * Runs what {@code mainCode} makes as the {@code __main__} module named {@code filename}, on
     * a thread attached to the interpreter, after start-up; an uncaught exception is reported
     * and gives the exit status. A compile-stage syntax error is thrown for the caller.
     */
    private int runAsMain(String filename, MainCode mainCode) {
        ThreadState ts = ThreadState.current();
        if (ts == null || ts.interpreter != interpreter) {
            return KraitThread.runAttached(interpreter, KraitThread.DEFAULT_STACK_BYTES,
                    () -> runAsMain(filename, mainCode));
        }
        Signals.setReceiver(ts);
        startUp();
        PyDict globals = mainModule().getDict();
        globals.setItem(PyStr.of("__file__"), PyStr.of(filename));
        globals.setItem(PyStr.of("__cached__"), PyNone.NONE);
        try {
            interpreter.exec(mainCode.prepare(globals), globals, globals);
            return finish(0);
        } catch (PyException e) {
            return finish(handleUncaught(e.value));
        } catch (StackOverflowError e) {
            return finish(handleUncaught(Errors.recursionError(
                    "maximum recursion depth exceeded").value));
        }
    }

    /**
     * Whether the main file {@code filename} holding {@code data} is compiled code: a
     * {@code .pyc} name, or a file starting with the low half of importlib's magic number.
     * CPython: Python/pythonrun.c maybe_pyc_file.
     */
    public static boolean isCompiled(String filename, byte[] data) {
        return PycPaths.isBytecode(filename) || data.length >= 2
                && ((data[0] & 0xFF) | (data[1] & 0xFF) << 8) == PycPaths.MAGIC_LOW_HALF;
    }

    /**
     * Runs the compiled file {@code filename} (its bytes {@code data}: importlib's 16-byte
     * header, then the marshalled code) as the {@code __main__} module, whose
     * {@code __loader__} is importlib's SourcelessFileLoader.
     * CPython: Python/pythonrun.c _PyRun_SimpleFileObject, run_pyc_file.
     */
    public int runCompiled(byte[] data, String filename) {
        return runAsMain(filename, globals -> {
            PyObject external = interpreter.importer().importModule(
                    "importlib._bootstrap_external");
            globals.setItem(PyStr.of("__loader__"), Ops.call(Attributes.getAttr(external,
                    "SourcelessFileLoader"), PyStr.of("__main__"), PyStr.of(filename)));
            return compiledCode(data);
        });
    }

    /**
     * The code object in the bytes of a compiled main file, with CPython's errors for a wrong
     * magic number and for anything that is not a code object after the header.
     * CPython: Python/pythonrun.c run_pyc_file.
     */
    private PyCode compiledCode(byte[] data) {
        PyObject external = interpreter.importer().importModule("importlib._bootstrap_external");
        byte[] magic = dev.krait.objects.PyBytes.bytesLikeCopy(
                Attributes.getAttr(external, "MAGIC_NUMBER"));
        if (data.length < magic.length
                || !java.util.Arrays.equals(data, 0, magic.length, magic, 0, magic.length)) {
            throw PyExceptions.of(PyExceptions.RuntimeError, "Bad magic number in .pyc file");
        }
        if (data.length < PycPaths.HEADER_LENGTH) {
            throw PyExceptions.of(PyExceptions.EOFError, "EOF read where not expected");
        }
        PyObject code;
        try {
            code = Ops.callMethod(interpreter.importer().importModule("marshal"), "loads",
                    dev.krait.objects.PyBytes.of(java.util.Arrays.copyOfRange(data,
                            PycPaths.HEADER_LENGTH, data.length)));
        } catch (PyException e) {
            code = null;
        }
        if (!(code instanceof PyCode c)) {
            throw PyExceptions.of(PyExceptions.RuntimeError, "Bad code object in .pyc file");
        }
        return c;
    }

    private boolean startedUp;
    private String sysPath0;

    /**
     * What goes first on {@code sys.path} once {@code site} has run (the script's folder, or
     * '' for {@code -c} and the prompt), or null for none ({@code -P}).
     */
    public void setSysPath0(String entry) {
        this.sysPath0 = entry;
    }

    /**
     * The end of start-up, on the thread that runs {@code __main__}: {@code import site}
     * (unless {@code -S}, or when sys has no flags, as for an interpreter embedded without a
     * command line), then the program's folder first on {@code sys.path}, in CPython's order:
     * site sees {@code sys.path} without it, so that it neither makes '' absolute nor looks for
     * {@code .pth} files there. CPython's {@code site.main()} adds the site-packages folders and
     * the user's, reads their {@code .pth} files, sees a virtual environment's
     * {@code pyvenv.cfg}, and puts {@code exit}, {@code quit}, {@code help}, {@code copyright},
     * {@code credits} and {@code license} into builtins.
     * CPython: Python/pylifecycle.c init_import_site, Modules/main.c pymain_run_python.
     */
    private void startUp() {
        if (startedUp) {
            return;
        }
        startedUp = true;
        importWarningsForOptions();
        PyObject flags = interpreter.sysAttribute("flags");
        PyObject noSite = flags == null ? null : Attributes.lookupAttrOrNull(flags, "no_site");
        if (noSite != null && !Ops.isTrue(noSite)) {
            try {
                interpreter.importer().importModule("site");
            } catch (PyException e) {
                // CPython stops here ("Failed to import the site module"); Krait reports the
                // error and runs the program without what site would have added
                writeErr("Error in site start-up:\n" + TracebackPrinter.format(e.value));
            }
        }
        if (sysPath0 != null) {
            dev.krait.modules.sys.SysModule.prependPath(interpreter, sysPath0);
        }
    }

    /**
     * {@code import warnings} when {@code sys.warnoptions} is not empty, so that {@code -W} and
     * PYTHONWARNINGS filter warnings from the start, before site runs.
     * CPython: Python/pylifecycle.c init_interp_main ("Initialize warnings").
     */
    private void importWarningsForOptions() {
        PyObject options = interpreter.sysAttribute("warnoptions");
        if (!(options instanceof dev.krait.objects.PyList list) || list.size() == 0) {
            return;
        }
        try {
            interpreter.importer().importModule("warnings");
        } catch (PyException e) {
            writeErr("'import warnings' failed; traceback:\n" + TracebackPrinter.format(e.value));
        }
    }

    /**
     * The {@code __main__} module, made (with {@code __builtins__}) and put in sys.modules when
     * there is none yet: the interactive prompt after a program ({@code -i}) runs in the
     * program's namespace. CPython: Python/pylifecycle.c add_main_module.
     */
    public PyModule mainModule() {
        PyObject existing = interpreter.modules().getItem(PyStr.of("__main__"));
        if (existing instanceof PyModule m) {
            return m;
        }
        PyModule main = new PyModule("__main__");
        // CPython: Python/pylifecycle.c add_main_module gives __main__ an empty __annotations__
        main.getDict().setItem(PyStr.of("__annotations__"), new dev.krait.objects.PyDict());
        main.getDict().setItem(PyStr.of("__builtins__"), interpreter.builtinsModule());
        interpreter.modules().setItem(PyStr.of("__main__"), main);
        return main;
    }

    /**
     * Runs one statement typed at the interactive prompt, compiled in {@code single} mode (its
     * expression values go to {@code sys.displayhook}), in {@code __main__}'s namespace. An
     * uncaught exception is printed and recorded in {@code sys.last_type}/{@code last_value}/
     * {@code last_traceback}, and the prompt goes on (-1); {@code SystemExit} ends the session,
     * and its exit status is returned. A compile-stage syntax error is thrown to the caller.
     */
    // CPython: Python/pythonrun.c PyRun_InteractiveOneObjectEx, run_mod, PyErr_PrintEx(1)
    public int runInteractive(dev.krait.ast.Mod statement, String filename)
            throws PythonSyntaxError {
        PyCode code = Compiler.compile(statement, filename, Parser.Mode.SINGLE, 0,
                w -> writeErr(formatWarning(filename, w)));
        PyDict globals = mainModule().getDict();
        Signals.setReceiver(ThreadState.current());
        startUp();
        try {
            interpreter.exec(code, globals, globals);
            flushStdout();
            return -1;
        } catch (PyException e) {
            return uncaughtAtPrompt(e.value);
        } catch (StackOverflowError e) {
            return uncaughtAtPrompt(Errors.recursionError(
                    "maximum recursion depth exceeded").value);
        }
    }

    /**
     * Reports an exception that ended a statement at the prompt: -1 to go on, or the exit
     * status of a {@code SystemExit}.
     */
    public int uncaughtAtPrompt(PyBaseException e) {
        if (e.type().isSubtypeOf(PyExceptions.SystemExit)) {
            int status = systemExit(e);
            if (inspect) {
                interpreter.runExitHooks();
            }
            return finish(status);
        }
        PyObject sys = interpreter.sysModule();
        if (sys != null) {
            Attributes.setAttr(sys, "last_type", e.type());
            Attributes.setAttr(sys, "last_value", e);
            PyObject tb = e.getTraceback();
            Attributes.setAttr(sys, "last_traceback", tb == null ? PyNone.NONE : tb);
        }
        handleUncaught(e);
        flush("stderr");
        return -1;
    }

    /**
     * {@code python3 -m NAME}: finds module {@code name} on sys.path (a package runs its
     * {@code __main__} submodule), sets {@code sys.argv[0]} to the module's file and runs it as
     * {@code __main__}, with the module's {@code __spec__} and {@code __file__}. A module that
     * cannot be run is reported as {@code krait: <reason>} with exit status 1.
     */
    // CPython: Lib/runpy.py _run_module_as_main, _get_module_details, _run_code
    public int runModule(String name) {
        ThreadState ts = ThreadState.current();
        if (ts == null || ts.interpreter != interpreter) {
            return KraitThread.runAttached(interpreter, KraitThread.DEFAULT_STACK_BYTES,
                    () -> runModule(name));
        }
        Signals.setReceiver(ts);
        startUp();
        ModuleSpec spec;
        try {
            spec = moduleSpec(name, null);
        } catch (PyException e) {
            if (!e.value.type().isSubtypeOf(PyExceptions.ImportError)) {
                return finish(handleUncaught(e.value));
            }
            // CPython: Lib/runpy.py _run_module_as_main prints "%s: %s" % (sys.executable, msg)
            flushStdout();
            writeErr("krait: " + Ops.str(e.value).value() + "\n");
            return finish(1);
        }
        PyDict globals = mainModule().getDict();
        String origin = spec.origin();
        globals.setItem(PyStr.of("__file__"), PyStr.of(origin));
        globals.setItem(PyStr.of("__cached__"), PyNone.NONE);
        globals.setItem(PyStr.of("__doc__"), PyNone.NONE);
        globals.setItem(PyStr.of("__loader__"), PyNone.NONE);
        globals.setItem(PyStr.of("__package__"), PyStr.of(spec.parent()));
        globals.setItem(PyStr.of("__spec__"), spec);
        PyObject argv = interpreter.sysAttribute("argv");
        if (argv instanceof dev.krait.objects.PyList list && list.size() > 0) {
            Ops.setItem(list, PyInt.of(0), PyStr.of(origin));
        }
        try {
            byte[] source = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(origin));
            PyCode code;
            if (PycPaths.isBytecode(origin)) {
                // runpy runs the code of a .pyc standing alone, as importlib's loader reads it
                code = compiledCode(source);
                globals.setItem(PyStr.of("__loader__"), Ops.call(Attributes.getAttr(
                        interpreter.importer().importModule("importlib._bootstrap_external"),
                        "SourcelessFileLoader"), PyStr.of(spec.name()), PyStr.of(origin)));
            } else {
                code = Importer.compileSource(source, origin, interpreter);
            }
            interpreter.exec(code, globals, globals);
            return finish(0);
        } catch (java.io.IOException e) {
            writeErr("krait: can't read " + origin + ": " + e.getMessage() + "\n");
            return finish(1);
        } catch (PyException e) {
            return finish(handleUncaught(e.value));
        } catch (StackOverflowError e) {
            return finish(handleUncaught(Errors.recursionError(
                    "maximum recursion depth exceeded").value));
        }
    }

    /**
     * The spec of the module {@code -m name} runs: its parent packages are imported first, and
     * a package stands for its {@code __main__} submodule. Failures are ImportErrors with
     * runpy's messages.
     */
    // CPython: Lib/runpy.py _get_module_details
    private ModuleSpec moduleSpec(String name, String packageName) {
        if (name.startsWith(".")) {
            throw Importer.importError("Relative module names not supported", PyNone.NONE,
                    PyNone.NONE);
        }
        java.util.List<String> path = null;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            PyObject parent;
            try {
                parent = interpreter.importer().importModule(name.substring(0, dot));
            } catch (PyException e) {
                if (!e.value.type().isSubtypeOf(PyExceptions.ImportError)) {
                    throw e;
                }
                throw Importer.importError("Error while finding module specification for "
                        + dev.krait.text.Repr.strRepr(name) + " (" + e.value.type().getName()
                        + ": " + Ops.str(e.value).value() + ")", PyStr.of(name), PyNone.NONE);
            }
            PyObject parentPath = Attributes.lookupAttrOrNull(parent, "__path__");
            if (parentPath == null) {
                throw Importer.importError("Error while finding module specification for "
                        + dev.krait.text.Repr.strRepr(name) + " (ModuleNotFoundError: __path__ "
                        + "attribute not found on " + dev.krait.text.Repr.strRepr(
                        name.substring(0, dot)) + " while trying to find "
                        + dev.krait.text.Repr.strRepr(name) + ")", PyStr.of(name), PyNone.NONE);
            }
            path = new java.util.ArrayList<>();
            for (PyObject entry : Ops.toList(parentPath)) {
                path.add(Ops.str(entry).value());
            }
        }
        ModuleSpec spec = interpreter.importer().findSpec(name, path);
        if (spec == null) {
            String suffix = packageName == null ? "" : "; '" + packageName
                    + "' is a package and cannot be directly executed";
            throw Importer.importError("No module named " + name + suffix, PyStr.of(name),
                    PyNone.NONE);
        }
        if (spec.searchLocations() != null) {
            if (packageName != null || name.equals("__main__") || name.endsWith(".__main__")) {
                throw Importer.importError("Cannot use package as __main__ module",
                        PyStr.of(name), PyNone.NONE);
            }
            interpreter.importer().importModule(name);
            return moduleSpec(name + ".__main__", name);
        }
        if (spec.isBuiltin() || spec.origin() == null) {
            throw Importer.importError("No code object available for " + name, PyStr.of(name),
                    PyNone.NONE);
        }
        return spec;
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
        PyObject level = flags == null ? null : Attributes.lookupAttrOrNull(flags, "optimize");
        return level instanceof PyInt i && i.isSmall() ? (int) i.longValue() : 0;
    }

    /**
     * Runs the exit hooks ({@code atexit}), unless the prompt follows ({@code -i}), then flushes
     * the standard streams, as CPython does at exit, and returns {@code status}.
     */
    private int finish(int status) {
        if (!inspect) {
            waitForThreads();
            interpreter.runExitHooks();
        }
        flushStdout();
        flush("stderr");
        return status;
    }

    /**
     * Waits for the program's non-daemon threads through {@code threading._shutdown}, when the
     * program imported {@code threading}. CPython: Python/pylifecycle.c
     * wait_for_thread_shutdown.
     */
    private void waitForThreads() {
        PyObject threading = interpreter.modules().getItem(PyStr.of("threading"));
        if (threading == null) {
            return;
        }
        try {
            Ops.callMethod(threading, "_shutdown");
        } catch (PyException e) {
            Errors.writeUnraisable(threading, e.value);
        }
    }

    private void flushStdout() {
        flush("stdout");
    }

    private void flush(String name) {
        try {
            PyObject sys = interpreter.modules().getItem(PyStr.of("sys"));
            PyObject stream = sys == null ? null : Attributes.lookupAttrOrNull(sys, name);
            if (stream != null && stream != PyNone.NONE) {
                PyObject flush = Attributes.lookupAttrOrNull(stream, "flush");
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
        if (e.type().isSubtypeOf(PyExceptions.SystemExit) && !inspect) {
            return systemExit(e);
        }
        flushStdout();
        // CPython: Modules/main.c exit_sigint -- an uncaught KeyboardInterrupt ends the process
        // by SIGINT, which a shell sees as status 128 + 2.
        int status = e.type().isSubtypeOf(PyExceptions.KeyboardInterrupt) ? 130 : 1;
        PyObject sys = interpreter.modules().getItem(PyStr.of("sys"));
        PyObject hook = sys == null ? null : Attributes.lookupAttrOrNull(sys, "excepthook");
        PyObject original = sys == null ? null : Attributes.lookupAttrOrNull(sys, "__excepthook__");
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
            PyObject stderr = sys == null ? null : Attributes.lookupAttrOrNull(sys, "stderr");
            if (stderr != null && stderr != PyNone.NONE) {
                Ops.callMethod(stderr, "write", PyStr.of(text));
                PyObject flush = Attributes.lookupAttrOrNull(stderr, "flush");
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
