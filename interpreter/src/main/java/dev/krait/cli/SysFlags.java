package dev.krait.cli;

import java.util.List;

/**
 * The values of {@code sys.flags}, in CPython 3.11's field order, as the command line and the
 * environment set them. Numbers stay numbers ({@code -vv} makes {@code verbose} 2, {@code -OO}
 * makes {@code optimize} 2); {@code dev_mode} and {@code safe_path} are the two that CPython
 * shows as booleans.
 *
 * <p>CPython counterpart: Python/sysmodule.c {@code set_flags_from_config}, which reads each
 * field from the interpreter's configuration; the comments say which option and variable set it.
 *
 * @param debug               {@code -d}, PYTHONDEBUG
 * @param inspect             {@code -i}, PYTHONINSPECT (read at start-up only; see
 *                            {@link LaunchOptions#inspect()})
 * @param interactive         {@code -i}
 * @param optimize            {@code -O} (once per letter), PYTHONOPTIMIZE
 * @param dontWriteBytecode   {@code -B}, PYTHONDONTWRITEBYTECODE
 * @param noUserSite          {@code -s}, {@code -I}, PYTHONNOUSERSITE
 * @param noSite              {@code -S}
 * @param ignoreEnvironment   {@code -E}, {@code -I}
 * @param verbose             {@code -v}, PYTHONVERBOSE
 * @param bytesWarning        {@code -b}
 * @param quiet               {@code -q}
 * @param hashRandomization   0 only when PYTHONHASHSEED is 0, else 1
 * @param isolated            {@code -I}
 * @param devMode             {@code -X dev}, PYTHONDEVMODE
 * @param utf8Mode            {@code -X utf8}, PYTHONUTF8, or a C/POSIX LC_CTYPE locale
 * @param warnDefaultEncoding {@code -X warn_default_encoding}, PYTHONWARNDEFAULTENCODING
 * @param safePath            {@code -P}, {@code -I}, PYTHONSAFEPATH
 * @param intMaxStrDigits     {@code -X int_max_str_digits}, PYTHONINTMAXSTRDIGITS; -1 when
 *                            neither is given (the interpreter then uses its default, 4300)
 */
public record SysFlags(
        int debug,
        int inspect,
        int interactive,
        int optimize,
        int dontWriteBytecode,
        int noUserSite,
        int noSite,
        int ignoreEnvironment,
        int verbose,
        int bytesWarning,
        int quiet,
        int hashRandomization,
        int isolated,
        boolean devMode,
        int utf8Mode,
        int warnDefaultEncoding,
        boolean safePath,
        int intMaxStrDigits) {

    /** The field names, in order, as Python shows them ({@code sys.flags.dont_write_bytecode}). */
    public static final List<String> NAMES = List.of(
            "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
            "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
            "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
            "safe_path", "int_max_str_digits");

    /**
     * The fields in order, each an {@code Integer} or a {@code Boolean}, ready to become the
     * structseq's items.
     */
    public Object[] values() {
        return new Object[] {debug, inspect, interactive, optimize, dontWriteBytecode, noUserSite,
            noSite, ignoreEnvironment, verbose, bytesWarning, quiet, hashRandomization, isolated,
            devMode, utf8Mode, warnDefaultEncoding, safePath, intMaxStrDigits};
    }
}
