package dev.krait.cli;

import dev.krait.modules.sys.SysFlags;
import dev.krait.modules.sys.UnderPthFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Gathers what the command line says, then adds what the environment says, in the order and with
 * the precedence CPython uses, to make a {@link LaunchOptions}. Options only count up
 * ({@code -vv}); an environment flag raises a count to its value but never lowers it; {@code -E}
 * and {@code -I} hide every PYTHON* variable; bad values stop start-up with CPython's fatal
 * error.
 *
 * <p>CPython counterpart: Python/preconfig.c {@code _PyPreCmdline_Read} and
 * {@code preconfig_init_utf8_mode}, Python/initconfig.c {@code config_read_env_vars},
 * {@code config_read_complex_options}, {@code config_init_warnoptions} and
 * {@code config_update_argv}.
 */
final class LaunchBuilder {
    private final Map<String, String> env;

    // Set by the early pass (CommandLine.readEarlyOptions).
    boolean ignoreEnvironment;
    boolean isolated;
    final List<String> xOptions = new ArrayList<>();

    // Set by the main pass, one option at a time (flag).
    private int bytesWarning;
    private int debug;
    private int inspect;
    private int interactive;
    private int optimize;
    private boolean dontWriteBytecode;
    private boolean noUserSite;
    private boolean noSite;
    private boolean unbuffered;
    private int verbose;
    private boolean skipFirstLine;
    private int quiet;
    private boolean safePath;
    private boolean randomHash;
    private final List<String> commandLineWarnings = new ArrayList<>();

    // Worked out by readPreconfig.
    private boolean useEnvironment;
    private boolean devMode;
    private int warnDefaultEncoding;
    private int utf8Mode;

    private String command;
    private String module;
    private LaunchOptions.Program program;
    private List<String> argv;
    private boolean stdinInteractive;

    /** The command line as given, for {@code sys.orig_argv}. */
    private final List<String> args;

    LaunchBuilder(Map<String, String> env, List<String> args) {
        this.args = args;
        this.env = env;
    }

    /**
     * Reads what CPython decides before everything else: whether to read the environment at all,
     * dev mode, {@code warn_default_encoding}, UTF-8 mode and the memory allocator.
     */
    // CPython: Python/preconfig.c _PyPreCmdline_Read, preconfig_init_utf8_mode
    void readPreconfig() throws EarlyExit {
        // CPython: Modules/getpath.py -- a ._pth file beside the executable implies -I and -S
        // (unless it says "import site"), whatever the command line says
        UnderPthFile pth = UnderPthFile.find();
        if (pth != null) {
            isolated = true;
            noSite = !pth.importSite();
        }
        useEnvironment = !ignoreEnvironment && !isolated;
        devMode = xOption("dev") != null || variable("PYTHONDEVMODE") != null;
        warnDefaultEncoding = xOption("warn_default_encoding") != null
                || variable("PYTHONWARNDEFAULTENCODING") != null ? 1 : 0;
        String utf8 = xOption("utf8");
        String utf8Variable = variable("PYTHONUTF8");
        if (utf8 != null) {
            int eq = utf8.indexOf('=');
            String value = eq < 0 ? "1" : utf8.substring(eq + 1);
            if (!value.equals("0") && !value.equals("1")) {
                throw EarlyExit.fatal("preconfig_init_utf8_mode",
                        "invalid -X utf8 option value", "preinitializing");
            }
            utf8Mode = value.equals("1") ? 1 : 0;
        } else if (utf8Variable != null) {
            if (!utf8Variable.equals("0") && !utf8Variable.equals("1")) {
                throw EarlyExit.fatal("preconfig_init_utf8_mode",
                        "invalid PYTHONUTF8 environment variable value", "preinitializing");
            }
            utf8Mode = utf8Variable.equals("1") ? 1 : 0;
        } else {
            utf8Mode = Locales.ctypeIsC(env) ? 1 : 0;
        }
        // Krait has one allocator, the JVM's, but refuses the names CPython refuses.
        // CPython: Python/preconfig.c preconfig_init_allocator, Objects/obmalloc.c
        // _PyMem_GetAllocatorName
        String allocator = variable("PYTHONMALLOC");
        if (allocator != null && !List.of("default", "debug", "pymalloc", "pymalloc_debug",
                "malloc", "malloc_debug").contains(allocator)) {
            throw EarlyExit.fatal("preconfig_init_allocator", "PYTHONMALLOC: unknown allocator",
                    "preinitializing");
        }
    }

    /**
     * Records one option of the main pass; false if it is not one of CPython's (the caller then
     * reports a bad command line).
     */
    // CPython: Python/initconfig.c config_parse_cmdline
    boolean flag(int option, String argument) {
        switch (option) {
            case 'b' -> bytesWarning++;
            case 'd' -> debug++;
            case 'i' -> {
                inspect++;
                interactive++;
            }
            case 'O' -> optimize++;
            case 'P' -> safePath = true;
            case 'B' -> dontWriteBytecode = true;
            case 's' -> noUserSite = true;
            case 'S' -> noSite = true;
            case 'u' -> unbuffered = true;
            case 'v' -> verbose++;
            case 'x' -> skipFirstLine = true;
            case 'q' -> quiet++;
            case 'W' -> commandLineWarnings.add(argument);
            // -R: hash randomization, long the default; it makes CPython skip PYTHONHASHSEED.
            case 'R' -> randomHash = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    void command(String source) {
        command = source;
    }

    void module(String name) {
        module = name;
    }

    boolean hasProgramOption() {
        return command != null || module != null;
    }

    /**
     * Decides what runs and builds {@code sys.argv} from the arguments left after the options,
     * which start at {@code rest}.
     */
    // CPython: Python/initconfig.c config_parse_cmdline (its end) and config_update_argv;
    // Modules/main.c pymain_run_python and stdin_is_interactive
    void program(List<String> args, int rest, boolean stdinIsTerminal) {
        stdinInteractive = stdinIsTerminal || interactive > 0;
        if (command != null || module != null) {
            // The scanner stopped after -c CODE or -m NAME; argv[0] takes the option's place.
            argv = new ArrayList<>();
            argv.add(command != null ? "-c" : "-m");
            argv.addAll(args.subList(rest, args.size()));
            program = command != null
                    ? new LaunchOptions.Program(LaunchOptions.Kind.COMMAND, command)
                    : new LaunchOptions.Program(LaunchOptions.Kind.MODULE, module);
            return;
        }
        argv = rest < args.size() ? new ArrayList<>(args.subList(rest, args.size()))
                : new ArrayList<>(List.of(""));
        if (rest < args.size() && !args.get(rest).equals("-")) {
            program = new LaunchOptions.Program(LaunchOptions.Kind.FILE, args.get(rest));
        } else if (stdinInteractive) {
            program = new LaunchOptions.Program(LaunchOptions.Kind.INTERACTIVE, null);
        } else {
            program = new LaunchOptions.Program(LaunchOptions.Kind.STDIN, null);
        }
    }

    /** Adds the environment's settings and makes the value; a bad setting is a fatal error. */
    // CPython: Python/initconfig.c _PyConfig_Read, config_read, config_read_env_vars
    LaunchOptions build() throws EarlyExit {
        if (isolated) {
            safePath = true;
            noUserSite = true;
        }
        debug = envFlag(debug, "PYTHONDEBUG");
        verbose = envFlag(verbose, "PYTHONVERBOSE");
        optimize = envFlag(optimize, "PYTHONOPTIMIZE");
        inspect = envFlag(inspect, "PYTHONINSPECT");
        dontWriteBytecode |= envFlag(0, "PYTHONDONTWRITEBYTECODE") > 0;
        noUserSite |= envFlag(0, "PYTHONNOUSERSITE") > 0;
        unbuffered |= envFlag(0, "PYTHONUNBUFFERED") > 0;
        List<String> pythonPath = pythonPath();
        OptionalLong hashSeed = randomHash ? OptionalLong.empty()
                : EnvironmentNumbers.hashSeed(variable("PYTHONHASHSEED"));
        safePath |= variable("PYTHONSAFEPATH") != null;

        boolean faulthandler = devMode || variable("PYTHONFAULTHANDLER") != null
                || xOption("faulthandler") != null;
        int tracemalloc = EnvironmentNumbers.tracemalloc(variable("PYTHONTRACEMALLOC"),
                xOption("tracemalloc"));
        int intMaxStrDigits = EnvironmentNumbers.intMaxStrDigits(
                variable("PYTHONINTMAXSTRDIGITS"), xOption("int_max_str_digits"));
        EnvironmentNumbers.checkFrozenModules(xOption("frozen_modules"));

        // sys.flags.hash_randomization is 0 only for a fixed seed of 0.
        int hashRandomization = hashSeed.isPresent() && hashSeed.getAsLong() == 0 ? 0 : 1;
        SysFlags flags = new SysFlags(debug, inspect, interactive, optimize,
                dontWriteBytecode ? 1 : 0, noUserSite ? 1 : 0, noSite ? 1 : 0,
                useEnvironment ? 0 : 1, verbose, bytesWarning, quiet, hashRandomization,
                isolated ? 1 : 0, devMode, utf8Mode, warnDefaultEncoding, safePath,
                intMaxStrDigits);
        // CPython: Modules/main.c pymain_repl: the prompt follows a program only when there is
        // one (-c, -m or a file) and stdin counts as interactive.
        boolean runsCode = program.kind() == LaunchOptions.Kind.FILE
                || program.kind() == LaunchOptions.Kind.COMMAND
                || program.kind() == LaunchOptions.Kind.MODULE;
        boolean promptAfter = inspect > 0 && stdinInteractive && runsCode;
        String[] stdio = stdioEncoding();
        return new LaunchOptions(program, promptAfter, stdinInteractive, argv, flags,
                warnOptions(), xOptions,
                pythonPath, hashSeed, unbuffered, skipFirstLine, faulthandler, tracemalloc,
                // CPython: Python/initconfig.c config_read_complex_options
                variable("PYTHONPROFILEIMPORTTIME") != null || xOption("importtime") != null,
                Optional.ofNullable(variable("PYTHONSTARTUP")),
                // CPython: Python/initconfig.c config_read_complex_options
                variable("PYTHONNODEBUGRANGES") == null && xOption("no_debug_ranges") == null,
                args, stdio[0], stdio[1]);
    }

    /**
     * The standard streams' codec and error handler: PYTHONIOENCODING is {@code
     * encoding[:errors]}; naming a codec without a handler means strict, and what it leaves out
     * is Krait's default (UTF-8 with surrogateescape).
     */
    // CPython: Python/initconfig.c config_init_stdio_encoding
    private String[] stdioEncoding() {
        String encoding = dev.krait.modules.io.IoModule.DEFAULT_ENCODING;
        String errors = null;
        String variable = variable("PYTHONIOENCODING");
        if (variable != null) {
            int colon = variable.indexOf(':');
            String name = colon < 0 ? variable : variable.substring(0, colon);
            errors = colon < 0 || colon == variable.length() - 1 ? null
                    : variable.substring(colon + 1);
            if (!name.isEmpty()) {
                encoding = name;
                if (errors == null) {
                    errors = "strict";
                }
            }
        }
        return new String[] {encoding,
                errors == null ? dev.krait.modules.io.IoModule.DEFAULT_ERRORS : errors};
    }

    /**
     * {@code sys.warnoptions}, lowest priority first, since the warnings module lets later
     * filters win: dev mode's {@code default}, PYTHONWARNINGS (split at commas, empty parts
     * dropped), each {@code -W}, then {@code -b}'s or {@code -bb}'s filter. An option already in
     * the list is not added again.
     */
    // CPython: Python/initconfig.c config_init_warnoptions, config_init_env_warnoptions
    private List<String> warnOptions() {
        List<String> options = new ArrayList<>();
        if (devMode) {
            addOnce(options, "default");
        }
        String variable = variable("PYTHONWARNINGS");
        if (variable != null) {
            for (String part : variable.split(",")) {
                if (!part.isEmpty()) {
                    addOnce(options, part);
                }
            }
        }
        for (String option : commandLineWarnings) {
            addOnce(options, option);
        }
        if (bytesWarning > 0) {
            addOnce(options, bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        }
        return options;
    }

    private static void addOnce(List<String> options, String option) {
        if (!options.contains(option)) {
            options.add(option);
        }
    }

    /** PYTHONPATH's entries as Modules/getpath.py adds them: each made absolute. */
    private List<String> pythonPath() {
        String variable = variable("PYTHONPATH");
        if (variable == null) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        Path cwd = Path.of(System.getProperty("user.dir"));
        for (String entry : variable.split(":", -1)) {
            entries.add(cwd.resolve(entry).normalize().toString());
        }
        return entries;
    }

    /**
     * The first {@code -X} option named {@code name} ({@code name} or {@code name=...}), as
     * given, or null. The first wins here, while {@code sys._xoptions} keeps the last.
     */
    // CPython: Python/preconfig.c _Py_get_xoption
    String xOption(String name) {
        for (String option : xOptions) {
            int eq = option.indexOf('=');
            String key = eq < 0 ? option : option.substring(0, eq);
            if (key.equals(name)) {
                return option;
            }
        }
        return null;
    }

    /**
     * An environment variable, or null if unset, empty, or hidden by -E or -I (known once
     * {@link #readPreconfig} has started).
     */
    // CPython: Python/initconfig.c _Py_GetEnv
    private String variable(String name) {
        if (!useEnvironment) {
            return null;
        }
        String value = env.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * A flag raised by a variable: its number, or 1 if it is not a non-negative number; the flag
     * keeps the larger of that and its value from the command line.
     */
    // CPython: Python/preconfig.c _Py_get_env_flag
    private int envFlag(int flag, String name) {
        String value = variable(name);
        if (value == null) {
            return flag;
        }
        Integer number = EnvironmentNumbers.parseInt(value);
        int level = number == null || number < 0 ? 1 : number;
        return Math.max(flag, level);
    }
}
