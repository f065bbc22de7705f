package dev.krait.runtime;

import dev.krait.compiler.Compiler;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.SourceWarnings;
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
        return runAsMain(filename, globals -> compileMain(module, filename, globals));
    }

    /**
     * Parses and runs the program {@code source} as {@code __main__} named {@code filename}: a
     * file's bytes, or {@code -c} code's text in UTF-8 (a coding cookie in it is ignored, as
     * CPython's {@code PyCF_IGNORE_COOKIE} has it). It is parsed after start-up, as CPython parses
     * it, so that the parser's warnings meet the filters of {@code -W} and site.
     * CPython: Modules/main.c pymain_run_file, pymain_run_command.
     */
    public int runMainSource(byte[] source, String filename) throws PythonSyntaxError {
        return runAsMain(filename, globals -> {
            SourceWarnings warnings = FrontEndErrors.warnings(interpreter);
            dev.krait.ast.Mod module = filename.equals(COMMAND_FILENAME)
                    ? Parser.parse(new String(source, java.nio.charset.StandardCharsets.UTF_8),
                            filename, Parser.Mode.EXEC, 0, warnings)
                    : Parser.parseFile(source, filename, warnings);
            return compileMain(module, filename, globals);
        });
    }

    /** The main program's code, its compile-time SyntaxWarnings written to stderr. */
    private PyCode compileMain(dev.krait.ast.Mod module, String filename, PyDict globals) {
        if (!filename.equals(COMMAND_FILENAME) && !filename.equals(STDIN_FILENAME)) {
            setMainLoader(globals, filename, "SourceFileLoader");
        }
        StringBuilder warnings = new StringBuilder();
        PyCode code = Compiler.compile(module, filename, Parser.Mode.EXEC, optimizeLevel(),
                w -> warnings.append(formatWarning(filename, w)));
        if (!warnings.isEmpty()) {
            writeErr(warnings.toString());
        }
        return code;
    }

    /** What a kind of main program makes into the code to run, given {@code __main__}'s dict. */
    private interface MainCode {
        PyCode prepare(PyDict globals);
    }

    /**
     * Makes the current thread, attached as {@code ts}, the one that runs {@code __main__}:
     * it raises KeyboardInterrupt for Ctrl-C and runs the signal module's handlers, whichever
     * thread first imports {@code signal}.
     */
    private void becomeMain(ThreadState ts) {
        interpreter.claimMainThread();
        Signals.setReceiver(ts);
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
        becomeMain(ts);
        startUp();
        PyDict globals = mainModule().getDict();
        // A file (and stdin) names itself in __file__ while it runs, unless __main__ has one
        // already; -c runs without. CPython: Python/pythonrun.c _PyRun_SimpleFileObject
        // (set_file_name), PyRun_SimpleStringFlags.
        boolean setFile = !filename.equals(COMMAND_FILENAME)
                && globals.getItem(PyStr.of("__file__")) == null;
        if (setFile) {
            globals.setItem(PyStr.of("__file__"), PyStr.of(filename));
            globals.setItem(PyStr.of("__cached__"), PyNone.NONE);
        }
        try {
            interpreter.exec(mainCode.prepare(globals), globals, globals);
            return finish(0);
        } catch (PyException e) {
            return finish(handleUncaught(e.value));
        } catch (StackOverflowError e) {
            return finish(handleUncaught(Errors.recursionError(
                    "maximum recursion depth exceeded").value));
        } finally {
            if (setFile) {
                globals.delItem(PyStr.of("__file__"));
                globals.delItem(PyStr.of("__cached__"));
            }
        }
    }

    /** The name {@code -c} code runs under (and shows in its tracebacks). */
    public static final String COMMAND_FILENAME = "<string>";

    /** The name a program read from stdin runs under. */
    public static final String STDIN_FILENAME = "<stdin>";

    /**
     * Gives {@code __main__} importlib's loader {@code loaderName} for the main file
     * {@code filename}, as CPython does for a file (not for {@code -c} or stdin).
     * CPython: Python/pythonrun.c set_main_loader.
     */
    private void setMainLoader(PyDict globals, String filename, String loaderName) {
        PyObject external = interpreter.importer().importlibExternal();
        globals.setItem(PyStr.of("__loader__"), Ops.call(Attributes.getAttr(external,
                loaderName), PyStr.of("__main__"), PyStr.of(filename)));
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
            setMainLoader(globals, filename, "SourcelessFileLoader");
            return compiledCode(data);
        });
    }

    /**
     * The code object in the bytes of a compiled main file, with CPython's errors for a wrong
     * magic number and for anything that is not a code object after the header.
     * CPython: Python/pythonrun.c run_pyc_file.
     */
    private PyCode compiledCode(byte[] data) {
        PyObject external = interpreter.importer().importlibExternal();
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
        main.getDict().setItem(PyStr.of("__loader__"), builtinImporter());
        interpreter.modules().setItem(PyStr.of("__main__"), main);
        return main;
    }

    /**
     * The BuiltinImporter class in {@code sys.meta_path}'s use: importlib's once it is
     * imported, Krait's own before. CPython: Python/pylifecycle.c add_main_module.
     */
    private PyObject builtinImporter() {
        PyObject bootstrap = interpreter.modules().getItem(PyStr.of("_frozen_importlib"));
        PyObject cls = bootstrap == null ? null
                : Attributes.lookupAttrOrNull(bootstrap, "BuiltinImporter");
        return cls != null ? cls : PyBuiltinImporter.TYPE;
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
        becomeMain(ThreadState.current());
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
     * {@code python3 -m NAME}: {@code runpy._run_module_as_main(NAME, True)} finds the module on
     * sys.path (a package runs its {@code __main__} submodule), sets {@code sys.argv[0]} to its
     * file and runs it as {@code __main__} with its spec and loader; a module that cannot be run
     * is reported by runpy as {@code <sys.executable>: <reason>}, exit status 1.
     */
    // CPython: Modules/main.c pymain_run_module
    public int runModule(String name) {
        ThreadState ts = ThreadState.current();
        if (ts == null || ts.interpreter != interpreter) {
            return KraitThread.runAttached(interpreter, KraitThread.DEFAULT_STACK_BYTES,
                    () -> runModule(name));
        }
        becomeMain(ts);
        startUp();
        return runThroughRunpy(name, true);
    }

    /**
     * Whether {@code path} may be an import path entry (a directory, or a file with a zip
     * file's end record), which {@link #runPathEntry} then asks {@code sys.path_hooks} about.
     */
    public static boolean mayBePathEntry(String path) {
        return RunpyMain.mayBePathEntry(path);
    }

    /** What {@link #runPathEntry} answers for a path that no path hook takes. */
    public static final int NOT_A_PATH_ENTRY = Integer.MIN_VALUE;

    /**
     * {@code python3 PATH} where PATH is an import path entry (a directory or a zip file, as
     * {@code sys.path_hooks} decide): PATH goes first on sys.path, even with {@code -P}, and
     * runpy runs its {@code __main__} module, leaving {@code sys.argv[0]} as given. For any
     * other path this returns {@link #NOT_A_PATH_ENTRY} after start-up, with the script's
     * folder first on sys.path as for a file.
     */
    // CPython: Modules/main.c pymain_run_python (main_importer_path), pymain_get_importer
    public int runPathEntry(String path) {
        ThreadState ts = ThreadState.current();
        if (ts == null || ts.interpreter != interpreter) {
            return KraitThread.runAttached(interpreter, KraitThread.DEFAULT_STACK_BYTES,
                    () -> runPathEntry(path));
        }
        becomeMain(ts);
        String scriptFolder = sysPath0;
        sysPath0 = null;
        startUp();
        PyObject importer;
        try {
            importer = RunpyMain.importerFor(interpreter, path);
        } catch (PyException e) {
            writeErr("Failed checking if argv[0] is an import path entry\n");
            return finish(handleUncaught(e.value));
        }
        if (importer == PyNone.NONE) {
            if (scriptFolder != null) {
                dev.krait.modules.sys.SysModule.prependPath(interpreter, scriptFolder);
            }
            return NOT_A_PATH_ENTRY;
        }
        dev.krait.modules.sys.SysModule.prependPath(interpreter, path);
        return runThroughRunpy("__main__", false);
    }

    /** Runs module {@code name} as {@code __main__} through runpy, reporting how it ended. */
    private int runThroughRunpy(String name, boolean alterArgv) {
        mainModule();
        try {
            RunpyMain.runModuleAsMain(interpreter, name, alterArgv);
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
        return interpreter.optimizeLevel();
    }

    /**
     * Runs the exit hooks ({@code atexit}), unless the prompt follows ({@code -i}), then flushes
     * the standard streams, as CPython does at exit, and returns {@code status}.
     */
    private int finish(int status) {
        if (!inspect) {
            waitForThreads();
            interpreter.runExitHooks();
            // from here on the daemon threads stop as they next take the GIL
            interpreter.gil().beginFinalizing();
        }
        flushStdout();
        flush("stderr");
        if (!inspect) {
            // CPython: Py_FinalizeEx flushes the standard streams, then finalize_modules
            // finalizes what the modules held, and flushes again
            Teardown.finalizeAll(interpreter);
            flushStdout();
            flush("stderr");
        }
        dev.krait.modules.io.IoModule.finishFiles(interpreter);
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

    /**
     * Whether the last program run ended by an uncaught KeyboardInterrupt, for the process's
     * entry point, which then ends by SIGINT. Process-wide as the signal is (CPython:
     * Modules/main.c _Py_UnhandledKeyboardInterrupt).
     */
    private static volatile boolean unhandledKeyboardInterrupt;

    public static boolean endedByKeyboardInterrupt() {
        return unhandledKeyboardInterrupt;
    }

    /** The exit status for an uncaught exception, after reporting it. */
    public int handleUncaught(PyBaseException e) {
        if (e.type().isSubtypeOf(PyExceptions.SystemExit) && !inspect) {
            return systemExit(e);
        }
        flushStdout();
        // CPython: Modules/main.c exit_sigint -- an uncaught KeyboardInterrupt ends the process
        // by SIGINT, which a shell sees as status 128 + 2.
        boolean interrupt = e.type().isSubtypeOf(PyExceptions.KeyboardInterrupt);
        int status = interrupt ? 130 : 1;
        unhandledKeyboardInterrupt = interrupt;
        PyObject sys = interpreter.modules().getItem(PyStr.of("sys"));
        PyObject hook = sys == null ? null : Attributes.lookupAttrOrNull(sys, "excepthook");
        PyObject original = sys == null ? null : Attributes.lookupAttrOrNull(sys, "__excepthook__");
        // CPython: Python/pythonrun.c _PyErr_Display's caller: an audit hook that raises
        // RuntimeError silences the report; another error is reported and the hook runs
        try {
            Audit.audit("sys.excepthook", hook == null ? PyNone.NONE : hook, e.type(), e,
                    e.getTraceback());
        } catch (PyException vetoed) {
            if (vetoed.value.type().isSubtypeOf(PyExceptions.RuntimeError)) {
                return status;
            }
            Errors.writeUnraisable("in audit hook", null, vetoed.value);
        }
        if (hook != null && hook != original) {
            try {
                Ops.call(hook, e.type(), e, e.getTraceback());
                return status;
            } catch (PyException inner) {
                writeErr("Error in sys.excepthook:\n" + TracebackPrinter.format(inner.value)
                        + "\nOriginal exception was:\n");
            }
        }
        writeErr(TracebackPrinter.formatWithSysLimit(interpreter, e));
        return status;
    }

    private int systemExit(PyBaseException e) {
        unhandledKeyboardInterrupt = false;
        // CPython: Python/pythonrun.c _Py_HandleSystemExit reads the attribute
        PyObject code = Attributes.lookupAttrOrNull(e, "code");
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
