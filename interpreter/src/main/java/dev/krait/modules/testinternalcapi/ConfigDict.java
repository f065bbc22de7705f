package dev.krait.modules.testinternalcapi;

import dev.krait.objects.Attributes;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.StartupConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code get_config()} and {@code get_configs()}: the interpreter's configuration as the dict
 * CPython makes of its {@code PyConfig}, with CPython's key names, order and value types (flags
 * are ints, paths strs or None, lists of str). Only keys Krait can answer truthfully are there:
 * the flags come from {@code sys.flags}, which the command line fixed; the paths from the
 * {@code sys} attributes that start-up set; the rest from the interpreter's
 * {@link StartupConfig}. Keys for what Krait does not have -- {@code home}, the path
 * configuration's internals, the embedding switches such as {@code install_signal_handlers}
 * or {@code configure_c_stdio} -- are absent rather than guessed.
 *
 * <p>CPython counterpart: Python/initconfig.c {@code _PyConfig_AsDict},
 * {@code _PyPreConfig_AsDict} (Python/preconfig.c) and {@code _Py_GetGlobalVariablesAsDict}.
 */
final class ConfigDict {
    private ConfigDict() {}

    // CPython: Python/initconfig.c _PyConfig_AsDict (the keys in its order)
    static PyDict config(Interpreter interp) {
        StartupConfig c = interp.startupConfig();
        PyObject flags = interp.sysAttribute("flags");
        PyDict d = new PyDict();
        put(d, "isolated", flag(flags, "isolated"));
        put(d, "use_environment", 1 - flag(flags, "ignore_environment"));
        put(d, "dev_mode", flag(flags, "dev_mode"));
        put(d, "use_hash_seed", c.hashSeed().isPresent() ? 1 : 0);
        put(d, "hash_seed", c.hashSeed().orElse(0));
        put(d, "faulthandler", c.faulthandler() ? 1 : 0);
        put(d, "tracemalloc", c.tracemalloc());
        put(d, "import_time", c.importTime() ? 1 : 0);
        put(d, "code_debug_ranges", c.codeDebugRanges() ? 1 : 0);
        // debug-build diagnostics Krait never has
        put(d, "show_ref_count", 0);
        put(d, "dump_refs", 0);
        put(d, "malloc_stats", 0);
        d.setItem(PyStr.of("filesystem_encoding"), PyStr.of(
                dev.krait.modules.sys.SysFunctions.getfilesystemencoding()));
        d.setItem(PyStr.of("filesystem_errors"), PyStr.of(
                dev.krait.modules.sys.SysFunctions.getfilesystemencodeerrors()));
        copySys(d, interp, "pycache_prefix", "pycache_prefix");
        if (!c.origArgv().isEmpty()) {
            d.setItem(PyStr.of("program_name"), PyStr.of(c.origArgv().get(0)));
        }
        d.setItem(PyStr.of("argv"), strList(c.argv()));
        d.setItem(PyStr.of("xoptions"), strList(c.xOptions()));
        d.setItem(PyStr.of("warnoptions"), strList(c.warnOptions()));
        String pythonPath = flag(flags, "ignore_environment") != 0 ? null
                : System.getenv("PYTHONPATH");
        d.setItem(PyStr.of("pythonpath_env"), pythonPath == null || pythonPath.isEmpty()
                ? PyNone.NONE : PyStr.of(pythonPath));
        copySys(d, interp, "stdlib_dir", "_stdlib_dir");
        copySys(d, interp, "executable", "executable");
        copySys(d, interp, "base_executable", "_base_executable");
        copySys(d, interp, "prefix", "prefix");
        copySys(d, interp, "base_prefix", "base_prefix");
        copySys(d, interp, "exec_prefix", "exec_prefix");
        copySys(d, interp, "base_exec_prefix", "base_exec_prefix");
        copySys(d, interp, "platlibdir", "platlibdir");
        put(d, "site_import", 1 - flag(flags, "no_site"));
        put(d, "bytes_warning", flag(flags, "bytes_warning"));
        put(d, "warn_default_encoding", flag(flags, "warn_default_encoding"));
        put(d, "inspect", flag(flags, "inspect"));
        put(d, "interactive", flag(flags, "interactive"));
        put(d, "optimization_level", flag(flags, "optimize"));
        put(d, "parser_debug", flag(flags, "debug"));
        put(d, "write_bytecode", 1 - flag(flags, "dont_write_bytecode"));
        put(d, "verbose", flag(flags, "verbose"));
        put(d, "quiet", flag(flags, "quiet"));
        put(d, "user_site_directory", 1 - flag(flags, "no_user_site"));
        put(d, "buffered_stdio", c.bufferedStdio() ? 1 : 0);
        stdio(d, interp);
        put(d, "skip_source_first_line", c.skipSourceFirstLine() ? 1 : 0);
        d.setItem(PyStr.of("run_command"), optional(c.runCommand()));
        d.setItem(PyStr.of("run_module"), optional(c.runModule()));
        d.setItem(PyStr.of("run_filename"), optional(c.runFilename()));
        d.setItem(PyStr.of("orig_argv"), strList(c.origArgv()));
        put(d, "safe_path", flag(flags, "safe_path"));
        return d;
    }

    // CPython: Python/initconfig.c _Py_GetConfigsAsDict
    static PyDict configs(Interpreter interp) {
        PyObject flags = interp.sysAttribute("flags");
        PyDict pre = new PyDict();
        // CPython: Python/preconfig.c _PyPreConfig_AsDict, the keys Krait can answer
        put(pre, "isolated", flag(flags, "isolated"));
        put(pre, "use_environment", 1 - flag(flags, "ignore_environment"));
        put(pre, "utf8_mode", flag(flags, "utf8_mode"));
        put(pre, "dev_mode", flag(flags, "dev_mode"));
        PyDict all = new PyDict();
        all.setItem(PyStr.of("global_config"), globals(interp, flags));
        all.setItem(PyStr.of("pre_config"), pre);
        all.setItem(PyStr.of("config"), config(interp));
        return all;
    }

    /** The legacy global flags, which mirror the configuration. */
    // CPython: Python/initconfig.c _Py_GetGlobalVariablesAsDict
    private static PyDict globals(Interpreter interp, PyObject flags) {
        PyDict d = new PyDict();
        d.setItem(PyStr.of("Py_FileSystemDefaultEncoding"), PyStr.of(
                dev.krait.modules.sys.SysFunctions.getfilesystemencoding()));
        d.setItem(PyStr.of("Py_FileSystemDefaultEncodeErrors"), PyStr.of(
                dev.krait.modules.sys.SysFunctions.getfilesystemencodeerrors()));
        put(d, "Py_UTF8Mode", flag(flags, "utf8_mode"));
        put(d, "Py_DebugFlag", flag(flags, "debug"));
        put(d, "Py_VerboseFlag", flag(flags, "verbose"));
        put(d, "Py_QuietFlag", flag(flags, "quiet"));
        put(d, "Py_InteractiveFlag", flag(flags, "interactive"));
        put(d, "Py_InspectFlag", flag(flags, "inspect"));
        put(d, "Py_OptimizeFlag", flag(flags, "optimize"));
        put(d, "Py_NoSiteFlag", flag(flags, "no_site"));
        put(d, "Py_BytesWarningFlag", flag(flags, "bytes_warning"));
        put(d, "Py_IgnoreEnvironmentFlag", flag(flags, "ignore_environment"));
        put(d, "Py_DontWriteBytecodeFlag", flag(flags, "dont_write_bytecode"));
        put(d, "Py_NoUserSiteDirectory", flag(flags, "no_user_site"));
        put(d, "Py_UnbufferedStdioFlag", interp.startupConfig().bufferedStdio() ? 0 : 1);
        put(d, "Py_HashRandomizationFlag", flag(flags, "hash_randomization"));
        put(d, "Py_IsolatedFlag", flag(flags, "isolated"));
        return d;
    }

    /** {@code stdio_encoding} and {@code stdio_errors}: those the standard streams were made with. */
    private static void stdio(PyDict d, Interpreter interp) {
        PyObject out = interp.sysAttribute("__stdout__");
        if (out == null || out == PyNone.NONE) {
            return;
        }
        PyObject encoding = Attributes.lookupAttrOrNull(out, "encoding");
        PyObject errors = Attributes.lookupAttrOrNull(out, "errors");
        if (encoding instanceof PyStr && errors instanceof PyStr) {
            d.setItem(PyStr.of("stdio_encoding"), encoding);
            d.setItem(PyStr.of("stdio_errors"), errors);
        }
    }

    private static int flag(PyObject flags, String name) {
        PyObject v = Attributes.getAttr(flags, name);
        return (int) Numbers.index(v).longValue();
    }

    private static void put(PyDict d, String key, long value) {
        d.setItem(PyStr.of(key), PyInt.of(value));
    }

    private static void copySys(PyDict d, Interpreter interp, String key, String attribute) {
        PyObject v = interp.sysAttribute(attribute);
        if (v != null) {
            d.setItem(PyStr.of(key), v);
        }
    }

    private static PyObject optional(String s) {
        return s == null ? PyNone.NONE : PyStr.of(s);
    }

    private static PyList strList(List<String> items) {
        List<PyObject> l = new ArrayList<>(items.size());
        for (String s : items) {
            l.add(PyStr.of(s));
        }
        return new PyList(l);
    }
}
