package dev.krait.runtime;

import java.util.List;
import java.util.OptionalLong;

/**
 * The parts of an interpreter's start-up configuration that {@code sys} does not show, kept
 * as they were when the interpreter started: what the compiler needs ({@code -X
 * no_debug_ranges}) and what {@code _testinternalcapi.get_config()} reports. The command line
 * sets it ({@code dev.krait.cli.RunCommand}); an interpreter made by an embedder keeps
 * {@link #EMBEDDED}, the configuration of a plain run with no program.
 *
 * <p>CPython counterpart: the {@code PyConfig} fields of Include/cpython/initconfig.h that
 * outlive start-up; {@code sys.flags} and the path attributes of {@code sys} hold the others.
 *
 * @param codeDebugRanges code objects keep the columns of their operations, so that tracebacks
 *                        draw carets under the failing expression: off with {@code -X
 *                        no_debug_ranges} or PYTHONNODEBUGRANGES (CPython:
 *                        {@code config->code_debug_ranges})
 * @param origArgv        the command line as given, the program's name first
 * @param argv            {@code sys.argv} as the command line made it, before {@code -m}'s
 *                        module runner replaces its first item
 * @param xOptions        each {@code -X} argument as given, in order
 * @param warnOptions     {@code sys.warnoptions} as the command line and environment made it
 * @param runCommand      {@code -c}'s code (with the newline CPython adds), or null
 * @param runModule       {@code -m}'s module name, or null
 * @param runFilename     the script's path as given, or null
 * @param skipSourceFirstLine {@code -x}
 * @param bufferedStdio   false under {@code -u} or PYTHONUNBUFFERED
 * @param hashSeed        PYTHONHASHSEED's number; empty for a random seed
 * @param faulthandler    {@code -X faulthandler}, PYTHONFAULTHANDLER or dev mode
 * @param tracemalloc     the frames tracemalloc keeps from start-up; 0 when off
 * @param importTime      {@code -X importtime} or PYTHONPROFILEIMPORTTIME
 */
public record StartupConfig(boolean codeDebugRanges, List<String> origArgv, List<String> argv,
        List<String> xOptions, List<String> warnOptions, String runCommand, String runModule, String runFilename,
        boolean skipSourceFirstLine, boolean bufferedStdio, OptionalLong hashSeed,
        boolean faulthandler, int tracemalloc, boolean importTime) {

    /** An interpreter that no command line configured. */
    public static final StartupConfig EMBEDDED = new StartupConfig(true, List.of(), List.of(""),
            List.of(), List.of(), null, null, null, false, true, OptionalLong.empty(), false, 0,
            false);

    public StartupConfig {
        origArgv = List.copyOf(origArgv);
        argv = List.copyOf(argv);
        xOptions = List.copyOf(xOptions);
        warnOptions = List.copyOf(warnOptions);
    }

    /**
     * Whether code compiled now keeps its columns: the current thread's interpreter's setting,
     * or on when no interpreter runs on this thread.
     */
    public static boolean debugRangesNow() {
        ThreadState ts = ThreadState.current();
        return ts == null || ts.interpreter.startupConfig().codeDebugRanges();
    }
}
