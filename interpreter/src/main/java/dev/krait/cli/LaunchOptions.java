package dev.krait.cli;

import dev.krait.modules.sys.SysFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything the runtime needs from {@code krait}'s command line and environment to start a
 * program as {@code python3} would: what to run, and the values that {@code sys.argv},
 * {@code sys.flags}, {@code sys.warnoptions}, {@code sys._xoptions} and {@code sys.path} start
 * with. It is read once, by {@link CommandLine#parse}, and never changes afterwards, so that the
 * runtime can hand its parts out without copying.
 *
 * <p>CPython counterpart: the {@code PyConfig} that Python/initconfig.c fills from the command
 * line ({@code config_parse_cmdline}) and the environment ({@code config_read_env_vars}), reduced
 * to what a Python program can observe.
 *
 * @param program        what to run
 * @param inspect        enter the interactive prompt after the program: {@code -i} or
 *                       PYTHONINSPECT was given, the program is a file, {@code -c} or {@code -m},
 *                       and stdin is interactive. CPython also looks at PYTHONINSPECT again when
 *                       the program ends, so that a program can ask for the prompt by setting it
 *                       (Modules/main.c {@code pymain_repl}); that second look, which also needs
 *                       {@code stdinInteractive}, is the runtime's
 * @param stdinInteractive stdin is a terminal, or {@code -i} was given: CPython's
 *                       {@code stdin_is_interactive} (Modules/main.c), which also decides whether
 *                       the start-up banner is printed
 * @param argv           {@code sys.argv}. For {@code -m} the first item is {@code "-m"} here; the
 *                       module runner replaces it with the module file's path before the module
 *                       runs, as Lib/runpy.py {@code _run_module_as_main} does
 * @param flags          {@code sys.flags}
 * @param warnOptions    {@code sys.warnoptions}, in CPython's order: {@code default} for dev
 *                       mode, PYTHONWARNINGS, each {@code -W}, then {@code -b}'s filter; repeats
 *                       dropped
 * @param xOptions       each {@code -X} argument as given, in order; {@link #xOptionsDict()} is
 *                       {@code sys._xoptions}
 * @param pythonPath     PYTHONPATH's entries made absolute and normalized, empty ones included
 *                       (each becomes the current directory), as Modules/getpath.py adds them to
 *                       {@code sys.path} after the script's folder; empty under -E and -I
 * @param hashSeed       PYTHONHASHSEED as a number; empty means a random seed
 * @param unbuffered     {@code -u} or PYTHONUNBUFFERED: stdout and stderr are not buffered
 * @param skipFirstLine  {@code -x}: the script's first line is not run
 * @param faulthandler   {@code -X faulthandler}, PYTHONFAULTHANDLER or dev mode
 * @param tracemalloc    frames {@code tracemalloc} keeps ({@code -X tracemalloc[=N]},
 *                       PYTHONTRACEMALLOC); 0 when off
 * @param importTime     {@code -X importtime} or PYTHONPROFILEIMPORTTIME: each import's time is
 *                       written to stderr
 * @param startupFile    PYTHONSTARTUP: the file the interactive prompt runs first
 * @param codeDebugRanges code objects keep their operations' columns (carets in tracebacks):
 *                       off with {@code -X no_debug_ranges} or PYTHONNODEBUGRANGES
 * @param args           the command line's arguments as given, after the program's name
 *                       ({@code sys.orig_argv} without its first item)
 * @param stdioEncoding  the codec of stdin, stdout and stderr: PYTHONIOENCODING's, or UTF-8
 * @param stdioErrors    the error handler of stdin and stdout (stderr's is always
 *                       backslashreplace): PYTHONIOENCODING's, strict when it names only a
 *                       codec, else surrogateescape
 */
public record LaunchOptions(
        Program program,
        boolean inspect,
        boolean stdinInteractive,
        List<String> argv,
        SysFlags flags,
        List<String> warnOptions,
        List<String> xOptions,
        List<String> pythonPath,
        OptionalLong hashSeed,
        boolean unbuffered,
        boolean skipFirstLine,
        boolean faulthandler,
        int tracemalloc,
        boolean importTime,
        Optional<String> startupFile,
        boolean codeDebugRanges,
        List<String> args,
        String stdioEncoding,
        String stdioErrors) {

    public LaunchOptions {
        args = List.copyOf(args);
        argv = List.copyOf(argv);
        warnOptions = List.copyOf(warnOptions);
        xOptions = List.copyOf(xOptions);
        pythonPath = List.copyOf(pythonPath);
    }

    /** The kinds of program {@code python3} can run. */
    public enum Kind {
        /** {@code krait FILE}: {@link Program#text()} is the path as given. */
        FILE,
        /** {@code krait -c CODE}: {@link Program#text()} is the source to run. */
        COMMAND,
        /** {@code krait -m MODULE}: {@link Program#text()} is the module's dotted name. */
        MODULE,
        /** The program is read whole from stdin, which is not a terminal ({@code -} or none). */
        STDIN,
        /** The interactive prompt: stdin is a terminal, or {@code -i} came with no program. */
        INTERACTIVE
    }

    /**
     * What to run. For {@link Kind#COMMAND} the text ends with a newline that CPython adds to
     * the code it is given (Python/initconfig.c {@code config_parse_cmdline}); it shows in syntax
     * errors at the end of the code. {@link Kind#STDIN} and {@link Kind#INTERACTIVE} have no text.
     */
    public record Program(Kind kind, String text) {}

    /**
     * {@code sys._xoptions}: {@code -X name=value} maps name to the string value, {@code -X name}
     * to {@code Boolean.TRUE}; a later option replaces an earlier value but keeps its place, as a
     * dict does.
     */
    // CPython: Python/sysmodule.c _PySys_AddXOptionWithError
    public Map<String, Object> xOptionsDict() {
        Map<String, Object> dict = new LinkedHashMap<>();
        for (String option : xOptions) {
            int eq = option.indexOf('=');
            if (eq < 0) {
                dict.put(option, Boolean.TRUE);
            } else {
                dict.put(option.substring(0, eq), option.substring(eq + 1));
            }
        }
        return Collections.unmodifiableMap(dict);
    }
}
