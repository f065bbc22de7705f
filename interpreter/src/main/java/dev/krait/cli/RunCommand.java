package dev.krait.cli;

import dev.krait.lexer.FrontEndError;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.modules.posix.StartupBindings;
import dev.krait.modules.sys.SysModule;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.MainRunner;
import dev.krait.runtime.StartupConfig;
import dev.krait.runtime.SyntaxErrorDisplay;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code python3} does with the program {@link LaunchOptions} names. {@code krait FILE
 * [ARG...]}: the file is decoded and parsed (a syntax error is reported exactly as CPython reports
 * it), then compiled and run as {@code __main__} in a new interpreter, whose exit status becomes
 * the process's; {@code -c CODE} and a program on stdin run the same way. {@code -m NAME} runs
 * a module found on sys.path as {@code __main__}; with no program on a terminal (or {@code -i}
 * and no program) the interactive prompt ({@link Repl}) runs, and {@code -i} opens it after a
 * program too.
 *
 * <p>CPython counterpart: Modules/main.c {@code pymain_run_file} and Python/pythonrun.c
 * {@code _PyRun_SimpleFileObject}.
 */
final class RunCommand {
    private RunCommand() {}

    static int run(CommandLine line, PrintStream out, PrintStream err) {
        try {
            return runConfigured(line, out, err);
        } catch (StartupFailure f) {
            out.print(f.exit.stdout());
            err.print(f.exit.stderr());
            return f.exit.status();
        }
    }

    private static int runConfigured(CommandLine line, PrintStream out, PrintStream err) {
        LaunchOptions launch = line.launch();
        LaunchOptions.Program program = launch.program();
        if (Main.isProcessStream(out)) {
            // The process's own start-up: the C functions site calls are bound beside it
            StartupBindings.siteWillRun(launch.flags().noSite() == 0);
        }
        return switch (program.kind()) {
            case FILE -> runFile(program.text(), launch, out, err);
            case COMMAND -> runSource(configured(launch, "", out, err),
                    program.text().getBytes(StandardCharsets.UTF_8),
                    MainRunner.COMMAND_FILENAME, launch, out, err);
            case STDIN -> {
                byte[] source;
                try {
                    source = System.in.readAllBytes();
                } catch (IOException e) {
                    err.println("OSError: " + e.getMessage());
                    yield 1;
                }
                yield runSource(configured(launch, "", out, err), source,
                        MainRunner.STDIN_FILENAME, launch, out, err);
            }
            case MODULE -> runModule(program.text(), launch, out, err);
            case INTERACTIVE -> {
                MainRunner runner = configured(launch, "", out, err);
                yield Repl.run(runner.interpreter(), runner, launch, true, err);
            }
        };
    }

    /**
     * {@code krait -m NAME}: the current directory is first on sys.path, as for {@code -c};
     * {@code sys.argv[0]} becomes the module's file once it is found.
     */
    // CPython: Modules/main.c pymain_run_module, Lib/runpy.py _run_module_as_main
    private static int runModule(String name, LaunchOptions launch, PrintStream out,
            PrintStream err) {
        MainRunner runner = configured(launch, Path.of("").toAbsolutePath().toString(), out,
                err);
        int status = runner.runModule(name);
        return launch.inspect() ? Repl.run(runner.interpreter(), runner, launch, false, err)
                : status;
    }

    /**
     * A runner over a new interpreter whose sys starts as python3 starts it: the streams, argv,
     * flags, and, once site has run, {@code sysPath0} first on sys.path (unless {@code -P}).
     * CPython: Modules/main.c pymain_run_python.
     */
    private static MainRunner configured(LaunchOptions launch, String sysPath0,
            PrintStream out, PrintStream err) {
        Interpreter interp = new Interpreter();
        CommandRun.adopt(interp);
        // The prompt reads Java's System.in, so with it the streams stay Java's (one buffer).
        boolean prompt = launch.inspect()
                || launch.program().kind() == LaunchOptions.Kind.INTERACTIVE;
        boolean processStreams = Main.isProcessStream(out) && !prompt;
        if (launch.stdioEncoding().equals(dev.krait.modules.io.IoModule.DEFAULT_ENCODING)) {
            standardStreams(interp, launch, processStreams, launch.stdioEncoding(), out, err);
        } else {
            // PYTHONIOENCODING's codec may be one only Python's codec registry knows (cp424):
            // its name is looked up, and the streams made, on a thread attached to the
            // interpreter. CPython: Python/initconfig.c config_get_codec_name
            String failure = dev.krait.runtime.KraitThread.runAttached(interp,
                    dev.krait.runtime.KraitThread.DEFAULT_STACK_BYTES, () -> {
                        String name;
                        try {
                            name = dev.krait.objects.Attributes.getAttr(
                                    dev.krait.objects.StrCodecs.lookupTextEncoding(
                                            launch.stdioEncoding(), "codecs.open()"),
                                    "name").toString();
                        } catch (dev.krait.objects.PyException e) {
                            return e.value.type().getName() + ": "
                                    + dev.krait.objects.Ops.str(e.value).value();
                        }
                        standardStreams(interp, launch, processStreams, name, out, err);
                        return null;
                    });
            if (failure != null) {
                throw new StartupFailure(EarlyExit.fatalWithException("init_stdio_encoding",
                        "failed to get the Python codec name of the stdio encoding",
                        "core initialized", failure));
            }
        }
        SysModule.setArgv(interp, launch.argv());
        List<String> origArgv = new ArrayList<>();
        origArgv.add(interp.sysAttribute("executable").toString());
        origArgv.addAll(launch.args());
        SysModule.setOrigArgv(interp, origArgv);
        interp.setStartupConfig(startupConfig(launch, origArgv));
        SysModule.setFlags(interp, launch.flags());
        // -X int_max_str_digits / PYTHONINTMAXSTRDIGITS set the limit too, not only the flag
        // (CPython: Python/initconfig.c config_init_int_max_str_digits)
        if (launch.flags().intMaxStrDigits() >= 0) {
            interp.setIntMaxStrDigits(launch.flags().intMaxStrDigits());
        }
        SysModule.setWarnOptions(interp, launch.warnOptions());
        SysModule.setXOptions(interp, launch.xOptionsDict());
        MainRunner runner = new MainRunner(interp, err);
        runner.setInspect(launch.inspect());
        interp.importer().setImportTime(launch.importTime());
        if (launch.faulthandler()) {
            dev.krait.modules.faulthandler.FaulthandlerModule.enableAtStartUp(interp);
        }
        if (launch.tracemalloc() > 0) {
            dev.krait.modules.tracemalloc.TracemallocModule.startAtStartUp(launch.tracemalloc());
        }
        if (!launch.flags().safePath()) {
            runner.setSysPath0(sysPath0);
        }
        return runner;
    }

    private static void standardStreams(Interpreter interp, LaunchOptions launch,
            boolean processStreams, String encoding, PrintStream out, PrintStream err) {
        if (processStreams) {
            SysModule.useProcessStreams(interp, launch.unbuffered(), encoding,
                    launch.stdioErrors());
        } else {
            SysModule.setStandardStreams(interp, System.in, out, err, launch.unbuffered(),
                    encoding, launch.stdioErrors());
        }
    }

    /** A fatal start-up error found once the interpreter exists; {@link #run} reports it. */
    private static final class StartupFailure extends RuntimeException {
        final EarlyExit exit;

        StartupFailure(EarlyExit exit) {
            super(null, null, false, false);
            this.exit = exit;
        }
    }

    /** What the interpreter keeps of its command line beyond {@code sys}. */
    // CPython: Python/initconfig.c config_parse_cmdline, config_read_env_vars
    private static StartupConfig startupConfig(LaunchOptions launch, List<String> origArgv) {
        LaunchOptions.Program program = launch.program();
        String text = program.text();
        return new StartupConfig(launch.codeDebugRanges(), origArgv, launch.argv(),
                launch.xOptions(), launch.warnOptions(), program.kind() == LaunchOptions.Kind.COMMAND ? text : null,
                program.kind() == LaunchOptions.Kind.MODULE ? text : null,
                program.kind() == LaunchOptions.Kind.FILE ? text : null, launch.skipFirstLine(),
                !launch.unbuffered(), launch.hashSeed(), launch.faulthandler(),
                launch.tracemalloc(), launch.importTime());
    }

    /**
     * {@code krait PATH}: a directory or zip file that an import path hook takes runs its
     * {@code __main__} module through runpy; anything else is read and run as a script (or as
     * compiled code). CPython: Modules/main.c pymain_run_python, pymain_run_file.
     */
    private static int runFile(String file, LaunchOptions launch, PrintStream out,
            PrintStream err) {
        String filename = mainFilename(file);
        MainRunner runner = null;
        if (MainRunner.mayBePathEntry(filename)) {
            runner = configured(launch, scriptFolder(filename), out, err);
            int status = runner.runPathEntry(filename);
            if (status != MainRunner.NOT_A_PATH_ENTRY) {
                return launch.inspect() ? Repl.run(runner.interpreter(), runner, launch, false,
                        err) : status;
            }
        }
        byte[] source;
        try {
            source = SourceFile.read(file);
        } catch (SourceFile.OpenError e) {
            // CPython: Modules/main.c pymain_run_file names the absolute path and exits with 2.
            String shown = Path.of(file).toAbsolutePath().normalize().toString();
            err.println("krait: can't open file " + dev.krait.text.Repr.strRepr(shown) + ": [Errno "
                    + e.errno + "] " + e.strerror);
            return 2;
        }
        if (runner == null) {
            runner = configured(launch, scriptFolder(filename), out, err);
        }
        if (MainRunner.isCompiled(filename, source)) {
            int status = runner.runCompiled(source, filename);
            return launch.inspect() ? Repl.run(runner.interpreter(), runner, launch, false, err)
                    : status;
        }
        return runSource(runner, source, filename, launch, out, err);
    }

    /**
     * What {@code python3 FILE} puts first on sys.path: the script's folder, absolute, with
     * symbolic links resolved. CPython: Python/pathconfig.c _PyPathConfig_ComputeSysPath0.
     */
    private static String scriptFolder(String filename) {
        Path script = Path.of(filename);
        try {
            script = script.toRealPath();
        } catch (java.io.IOException | RuntimeException e) {
            script = script.toAbsolutePath().normalize();
        }
        Path parent = script.getParent();
        return parent == null ? "" : parent.toString();
    }

    /**
     * Parses, compiles and runs {@code source} as {@code __main__} named {@code filename}, with
     * {@code sysPath0} first on sys.path (unless {@code -P}); with {@code -i} the prompt follows
     * in the program's namespace, however the program ended.
     */
    private static int runSource(MainRunner runner, byte[] source, String filename,
            LaunchOptions launch, PrintStream out, PrintStream err) {
        Interpreter interp = runner.interpreter();
        int status;
        try {
            status = runner.runMainSource(source, filename);
        } catch (PythonSyntaxError e) {
            out.flush();
            SyntaxErrorDisplay.print(withSourceText(e, source), err);
            status = 1;
        } catch (FrontEndError e) {
            out.flush();
            err.println(e.lastLine());
            status = 1;
        }
        // CPython: Modules/main.c pymain_repl
        return launch.inspect() ? Repl.run(interp, runner, launch, false, err) : status;
    }

    /**
     * Errors from the symbol table and compiler carry no source text; CPython reads the line
     * from the file when it prints them (Python/errors.c PyErr_ProgramTextObject).
     */
    static PythonSyntaxError withSourceText(PythonSyntaxError e, byte[] source) {
        if (e.text != null || e.lineno < 1) {
            return e;
        }
        String text = new String(source, java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        if (e.lineno > lines.length) {
            return e;
        }
        return new PythonSyntaxError(e.type, e.msg, e.filename, e.lineno, e.offset,
                lines[e.lineno - 1] + "\n", e.endLineno, e.endOffset);
    }

    /**
     * The name CPython gives the main script (and so shows in its tracebacks): absolute, made by
     * joining the working directory and the name as given, without normalizing it.
     */
    // CPython: Python/initconfig.c config_run_filename_abspath, Python/fileutils.c _Py_abspath
    static String mainFilename(String file) {
        if (file.isEmpty() || file.equals(".")) {
            return System.getProperty("user.dir");
        }
        if (Path.of(file).isAbsolute()) {
            return file;
        }
        return System.getProperty("user.dir") + "/" + file;
    }
}
