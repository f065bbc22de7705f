package dev.krait.modules.sys;

import dev.krait.objects.PyBool;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * The values of {@code sys.flags}, which the command line computes from its options and
 * environment ({@code -O}, {@code -B}, {@code PYTHONHASHSEED}, ...) and hands to
 * {@link SysModule#setFlags}. {@link #defaults()} are CPython 3.11's for a plain run.
 *
 * <p>CPython counterpart: Python/sysmodule.c {@code flags_fields}, {@code make_flags}.
 */
public record SysFlags(int debug, int inspect, int interactive, int optimize,
        int dontWriteBytecode, int noUserSite, int noSite, int ignoreEnvironment, int verbose,
        int bytesWarning, int quiet, int hashRandomization, int isolated, boolean devMode,
        int utf8Mode, int warnDefaultEncoding, boolean safePath, int intMaxStrDigits) {

    /** The struct-sequence type of {@code sys.flags}. */
    static final PyType TYPE = PyStructSequence.newType("sys", "flags", "debug", "inspect",
            "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
            "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
            "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
            "int_max_str_digits");

    /** CPython's flags when no option or environment variable changes them. */
    public static SysFlags defaults() {
        return new SysFlags(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1);
    }

    /** The {@code sys.flags} object. */
    PyObject toStructSequence() {
        return PyStructSequence.make(TYPE, PyInt.of(debug), PyInt.of(inspect),
                PyInt.of(interactive), PyInt.of(optimize), PyInt.of(dontWriteBytecode),
                PyInt.of(noUserSite), PyInt.of(noSite), PyInt.of(ignoreEnvironment),
                PyInt.of(verbose), PyInt.of(bytesWarning), PyInt.of(quiet),
                PyInt.of(hashRandomization), PyInt.of(isolated), PyBool.of(devMode),
                PyInt.of(utf8Mode), PyInt.of(warnDefaultEncoding), PyBool.of(safePath),
                PyInt.of(intMaxStrDigits));
    }

    /** The field names, in order, as Python shows them ({@code sys.flags.dont_write_bytecode}). */
    public static final java.util.List<String> NAMES = java.util.List.of(
            "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
            "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
            "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
            "safe_path", "int_max_str_digits");

    /** The fields in order, each an {@code Integer} or a {@code Boolean}. */
    public Object[] values() {
        return new Object[] {debug, inspect, interactive, optimize, dontWriteBytecode, noUserSite,
            noSite, ignoreEnvironment, verbose, bytesWarning, quiet, hashRandomization, isolated,
            devMode, utf8Mode, warnDefaultEncoding, safePath, intMaxStrDigits};
    }
}
