package dev.krait.modules.sys;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.io.IoModule;
import dev.krait.modules.posix.ProcessCalls;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.PyBuiltinImporter;
import dev.krait.runtime.PyPathFinder;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.NativeModuleIndex;
import dev.krait.runtime.Interpreter;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code sys} module: the interpreter's settings as a program sees them. Most attributes
 * are values fixed when the module is made (version, limits, platform); {@code sys.modules} is
 * the interpreter's own dictionary, and the command line sets {@code argv}, {@code flags},
 * the standard streams and the first {@code path} entry through the static methods here.
 *
 * <p>{@code sys.version} reads like CPython 3.11.7's, since Krait implements that language
 * version and programs parse it; {@code sys.implementation.name} says {@code 'krait'}.
 *
 * <p>CPython counterpart: Python/sysmodule.c {@code _PySys_Create},
 * {@code _PySys_InitCore}.
 */
@NativeModule.Register("sys")
public final class SysModule implements NativeModule {
    /** The Python language version Krait implements. */
    private static final int MAJOR = 3, MINOR = 11, MICRO = 7;
    /**
     * {@code sys.implementation.cache_tag}: names Krait's .pyc files
     * ({@code __pycache__/m.krait-311.pyc}), apart from CPython's {@code cpython-311}.
     */
    public static final String CACHE_TAG = "krait-" + MAJOR + MINOR;
    private static final long HEXVERSION = (MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | 0xF0;

    static final PyType VERSION_INFO = PyStructSequence.newType("sys", "version_info", "major",
            "minor", "micro", "releaselevel", "serial");
    static final PyType FLOAT_INFO = PyStructSequence.newType("sys", "float_info", "max",
            "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
            "epsilon", "radix", "rounds");
    static final PyType INT_INFO = PyStructSequence.newType("sys", "int_info",
            "bits_per_digit", "sizeof_digit", "default_max_str_digits",
            "str_digits_check_threshold");
    static final PyType THREAD_INFO = PyStructSequence.newType("sys", "thread_info", "name",
            "lock", "version");
    static final PyType HASH_INFO = PyStructSequence.newType("sys", "hash_info", "width",
            "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("sys");
        m.put("__doc__", PyStr.of("This module provides access to some objects used or "
                + "maintained by the\ninterpreter and to functions that interact strongly with "
                + "the interpreter."));
        ModuleBuilder.addFunctions(m, SysFunctions.class);
        ModuleBuilder.addFunctions(m, SysAudit.class);
        m.put("__displayhook__", m.getDict().getItem(PyStr.of("displayhook")));
        m.put("__excepthook__", m.getDict().getItem(PyStr.of("excepthook")));
        m.put("__unraisablehook__", m.getDict().getItem(PyStr.of("unraisablehook")));
        ModuleBuilder.addFunctions(m, BreakpointHook.class);
        // CPython: Python/getcopyright.c
        m.put("copyright", PyStr.of("Copyright (c) 2001-2023 Python Software Foundation.\n"
                + "All Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\n"
                + "All Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National "
                + "Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 "
                + "Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."));
        m.put("__breakpointhook__", m.getDict().getItem(PyStr.of("breakpointhook")));
        m.put("modules", interp.modules());
        m.put("argv", new PyList(List.of(PyStr.of(""))));
        m.put("orig_argv", new PyList());
        m.put("warnoptions", new PyList());
        m.put("_xoptions", new PyDict());
        m.put("path_hooks", new PyList());
        // CPython: BuiltinImporter, FrozenImporter, PathFinder (Krait freezes nothing)
        m.put("meta_path", new PyList(List.of(PyBuiltinImporter.TYPE, PyPathFinder.TYPE)));
        m.put("path_importer_cache", new PyDict());
        addVersion(m);
        addPlatform(m);
        addLimits(m);
        m.put("path", defaultPath());
        m.put("builtin_module_names", PyTuple.ofStrings(
                NativeModuleIndex.names().toArray(new String[0])));
        m.put("stdlib_module_names", stdlibModuleNames());
        setFlagsIn(m, interp, SysFlags.defaults());
        PyObject[] std = IoModule.standardStreams(interp, false, System.in, System.out,
                System.err);
        setStreamsIn(m, std[0], std[1], std[2]);
        return m;
    }

    /**
     * {@code sys.stdlib_module_names}: CPython 3.11's fixed list of the standard library's
     * modules (Python/stdlib_module_names.h), copied by tools/generate-stdlib-module-names.
     */
    private static PyObject stdlibModuleNames() {
        java.util.List<PyObject> names = new java.util.ArrayList<>();
        try (var in = SysModule.class.getResourceAsStream("stdlib-module-names.txt")) {
            String text = new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.US_ASCII);
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) {
                    names.add(PyStr.of(line));
                }
            }
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("stdlib-module-names.txt is missing", e);
        }
        return dev.krait.objects.PyFrozenSet.of(new dev.krait.objects.PyList(names));
    }

    /** The Debian multiarch name of this machine, as CPython's configure records it. */
    private static String multiarch() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (!os.contains("linux")) {
            return null;
        }
        return switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> "x86_64-linux-gnu";
            case "aarch64" -> "aarch64-linux-gnu";
            default -> null;
        };
    }

    private static void addVersion(PyModule m) {
        m.put("version", PyStr.of(MAJOR + "." + MINOR + "." + MICRO
                + " (main, Jan  1 2026, 00:00:00) [Krait on Java "
                + Runtime.version().feature() + "]"));
        m.put("version_info", PyStructSequence.make(VERSION_INFO, PyInt.of(MAJOR),
                PyInt.of(MINOR), PyInt.of(MICRO), PyStr.of("final"), PyInt.of(0)));
        m.put("hexversion", PyInt.of(HEXVERSION));
        m.put("api_version", PyInt.of(1013));
        PySimpleNamespace impl = new PySimpleNamespace(PySimpleNamespace.TYPE);
        impl.getDict().setItem(PyStr.of("name"), PyStr.of("krait"));
        // Krait's own tag: its .pyc files hold Krait's marshal form of code objects (see
        // marshal.CodeMarshal), which CPython cannot read, nor Krait CPython's bytecode
        impl.getDict().setItem(PyStr.of("cache_tag"), PyStr.of(CACHE_TAG));
        impl.getDict().setItem(PyStr.of("version"), PyStructSequence.make(VERSION_INFO,
                PyInt.of(0), PyInt.of(1), PyInt.of(0), PyStr.of("alpha"), PyInt.of(0)));
        impl.getDict().setItem(PyStr.of("hexversion"), PyInt.of(0x000100A0));
        // CPython's multiarch tuple names the installed build's _sysconfigdata module, which
        // sysconfig reads (Lib/sysconfig.py _get_sysconfigdata_name)
        String multiarch = multiarch();
        if (multiarch != null) {
            impl.getDict().setItem(PyStr.of("_multiarch"), PyStr.of(multiarch));
        }
        m.put("implementation", impl);
        m.put("float_repr_style", PyStr.of("short"));
        m.put("abiflags", PyStr.of(""));
        // sys._git: (repository, branch, revision) of the source the interpreter was built
        // from, empty for a build that does not record them, as CPython's release builds;
        // platform._sys_version reads it, and test_platform saves and restores it
        m.put("_git", PyTuple.of(PyStr.of("Krait"), PyStr.of(""), PyStr.of("")));
        // as CPython's: -B and PYTHONDONTWRITEBYTECODE set it (setFlags), and it turns off
        // writing Krait's parsed-module cache as it turns off CPython's .pyc files
        m.put("dont_write_bytecode", PyBool.FALSE);
        m.put("pycache_prefix", PyNone.NONE);
    }

    private static void addPlatform(PyModule m) {
        String os = System.getProperty("os.name", "").toLowerCase();
        String platform = os.startsWith("windows") ? "win32" : os.startsWith("mac") ? "darwin"
                : os.startsWith("linux") ? "linux" : os.replace(' ', '_');
        m.put("platform", PyStr.of(platform));
        m.put("byteorder", PyStr.of(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
                ? "little" : "big"));
        String exe = executable();
        m.put("executable", PyStr.of(exe));
        m.put("_base_executable", PyStr.of(exe));
        Path stdlib = StdlibLocator.find();
        String prefix = stdlib == null || stdlib.getParent() == null
                || stdlib.getParent().getParent() == null ? ""
                : stdlib.getParent().getParent().toString();
        for (String name : new String[] {"prefix", "base_prefix", "exec_prefix",
            "base_exec_prefix"}) {
            m.put(name, PyStr.of(prefix));
        }
        m.put("platlibdir", PyStr.of("lib"));
        // CPython: PYTHONFRAMEWORK, empty but on a macOS framework build
        m.put("_framework", PyStr.of(""));
        // CPython 3.11: the standard library's folder, where FrozenImporter finds the files of
        // frozen modules (their __file__); None when there is none
        m.put("_stdlib_dir", stdlib == null ? PyNone.NONE : PyStr.of(stdlib.toString()));
    }

    /**
     * {@code sys.executable}: the system property {@code krait.executable} when the launcher
     * sets it, else the repository's {@code bin/krait} found from where Krait's classes were
     * loaded ({@code <root>/interpreter/target/krait.jar} or {@code .../classes}), else ''
     * as CPython gives when it cannot tell.
     */
    static String executable() {
        String exe = System.getProperty("krait.executable");
        if (exe != null) {
            // as CPython's getpath makes it absolute (os.path.abspath: no links resolved)
            return exe.isEmpty() ? exe : Path.of(exe).toAbsolutePath().normalize().toString();
        }
        try {
            java.security.CodeSource source = SysModule.class.getProtectionDomain()
                    .getCodeSource();
            if (source != null) {
                Path loaded = Path.of(source.getLocation().toURI());
                // .../interpreter/target/{krait.jar,classes} -> the repository root
                Path root = loaded.getParent() == null || loaded.getParent().getParent() == null
                        ? null : loaded.getParent().getParent().getParent();
                Path launcher = root == null ? null : root.resolve("bin").resolve("krait");
                if (launcher != null && java.nio.file.Files.isExecutable(launcher)) {
                    return launcher.toAbsolutePath().normalize().toString();
                }
            }
        } catch (java.net.URISyntaxException | SecurityException
                | IllegalArgumentException e) {
            // no location to derive it from
        }
        return "";
    }

    private static void addLimits(PyModule m) {
        m.put("maxsize", PyInt.of(Long.MAX_VALUE));
        m.put("maxunicode", PyInt.of(0x10FFFF));
        m.put("float_info", PyStructSequence.make(FLOAT_INFO, new PyFloat(Double.MAX_VALUE),
                PyInt.of(Double.MAX_EXPONENT + 1), PyInt.of(308),
                new PyFloat(Double.MIN_NORMAL), PyInt.of(Double.MIN_EXPONENT + 1),
                PyInt.of(-307), PyInt.of(15), PyInt.of(53), new PyFloat(Math.ulp(1.0)),
                PyInt.of(2), PyInt.of(1)));
        m.put("int_info", PyStructSequence.make(INT_INFO, PyInt.of(30), PyInt.of(4),
                PyInt.of(4300), PyInt.of(640)));
        m.put("hash_info", PyStructSequence.make(HASH_INFO, PyInt.of(64),
                PyInt.of(BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE)),
                PyInt.of(314159), PyInt.of(0), PyInt.of(1000003), PyStr.of("siphash13"),
                PyInt.of(64), PyInt.of(128), PyInt.of(0)));
        m.put("thread_info", threadInfo());
    }

    /**
     * Krait's threads are the JVM's, which are POSIX threads here. On Linux CPython's locks are
     * semaphores and the version is glibc's confstr(_CS_GNU_LIBPTHREAD_VERSION); elsewhere
     * (macOS) they are a mutex and a condition variable with no version.
     */
    // CPython: Python/thread.c PyThread_GetInfo
    private static PyObject threadInfo() {
        boolean linux = System.getProperty("os.name", "").startsWith("Linux");
        PyObject version = PyNone.NONE;
        if (linux) {
            final int gnuLibpthreadVersion = 3;  // _CS_GNU_LIBPTHREAD_VERSION
            byte[] v = ProcessCalls.confstrValue(gnuLibpthreadVersion);
            if (v != null) {
                version = PyStr.of(new String(v, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return PyStructSequence.make(THREAD_INFO, PyStr.of("pthread"),
                PyStr.of(linux ? "semaphore" : "mutex+cond"), version);
    }

    /**
     * {@code PYTHONPATH}'s entries, then the standard library's zip file, folder and
     * {@code lib-dynload} folder, as CPython lists them (the zip file need not exist; Krait finds
     * no modules in {@code lib-dynload}, whose C extensions it cannot load, but site.py and
     * programs see CPython's list). The command line puts the script's folder (or '') in
     * front, after site has added the site-packages folders. A {@code ._pth} file beside the
     * executable replaces the whole list ({@link UnderPthFile}).
     * CPython: Modules/getpath.py.
     */
    private static PyList defaultPath() {
        return defaultPath(true);
    }

    private static PyList defaultPath(boolean useEnvironment) {
        List<PyObject> entries = new ArrayList<>();
        UnderPthFile pth = UnderPthFile.find();
        if (pth != null) {
            for (String p : pth.paths()) {
                entries.add(PyStr.of(p));
            }
            return new PyList(entries);
        }
        String pythonPath = useEnvironment ? System.getenv("PYTHONPATH") : null;
        if (pythonPath != null && !pythonPath.isEmpty()) {
            for (String p : pythonPath.split(File.pathSeparator)) {
                if (!p.isEmpty()) {
                    entries.add(PyStr.of(Path.of(p).toAbsolutePath().toString()));
                }
            }
        }
        Path stdlib = StdlibLocator.find();
        if (stdlib != null) {
            String name = stdlib.getFileName() == null ? "" : stdlib.getFileName().toString();
            if (stdlib.getParent() != null && name.startsWith("python3.")) {
                // CPython: getpath.py ZIP_LANDMARK, lib/python311.zip beside lib/python3.11
                entries.add(PyStr.of(stdlib.getParent().resolve(
                        "python3" + name.substring("python3.".length()) + ".zip").toString()));
            }
            entries.add(PyStr.of(stdlib.toString()));
            entries.add(PyStr.of(stdlib.resolve("lib-dynload").toString()));
        }
        return new PyList(entries);
    }

    // ---- configuration by the command line ---------------------------------------------------

    private static PyModule sys(Interpreter interp) {
        return interp.sysModule();
    }

    /** Sets {@code sys.argv}. */
    public static void setArgv(Interpreter interp, List<String> argv) {
        sys(interp).put("argv", strList(argv));
    }

    /** Sets {@code sys.orig_argv}: the command line as given to {@code bin/krait}. */
    public static void setOrigArgv(Interpreter interp, List<String> argv) {
        sys(interp).put("orig_argv", strList(argv));
    }

    /** Puts the script's folder (or '' for -c and the prompt) first on {@code sys.path}. */
    public static void prependPath(Interpreter interp, String entry) {
        PyObject path = sys(interp).getDict().getItem(PyStr.of("path"));
        if (path instanceof PyList l) {
            l.insert(PyInt.of(0), PyStr.of(entry));
        }
    }

    /** Sets {@code sys.warnoptions}: the {@code -W} options and PYTHONWARNINGS, in order. */
    public static void setWarnOptions(Interpreter interp, List<String> options) {
        sys(interp).put("warnoptions", strList(options));
    }

    /**
     * Sets {@code sys._xoptions} from the {@code -X} options: a value given after '=' is a str,
     * an option without one maps to True. CPython: Python/sysmodule.c _PySys_AddXOptionWithError.
     */
    public static void setXOptions(Interpreter interp, java.util.Map<String, Object> options) {
        PyDict dict = new PyDict();
        options.forEach((name, value) -> dict.setItem(PyStr.of(name),
                value instanceof String s ? PyStr.of(s) : dev.krait.objects.PyBool.TRUE));
        sys(interp).put("_xoptions", dict);
    }

    /** Sets {@code sys.flags}, {@code sys.dont_write_bytecode} and {@code __debug__}. */
    public static void setFlags(Interpreter interp, SysFlags flags) {
        setFlagsIn(sys(interp), interp, flags);
    }

    /** The flags the interpreter runs with, as last set by {@link #setFlags}. */
    public static SysFlags flags(Interpreter interp) {
        SysFlags f = interp.state(CurrentFlags.class, CurrentFlags::new).flags;
        return f == null ? SysFlags.defaults() : f;
    }

    /** Where an interpreter keeps its flags for Java code (CPython reads its config). */
    private static final class CurrentFlags {
        SysFlags flags;
    }

    private static void setFlagsIn(PyModule m, Interpreter interp, SysFlags flags) {
        m.put("flags", flags.toStructSequence());
        interp.state(CurrentFlags.class, CurrentFlags::new).flags = flags;
        interp.state(dev.krait.objects.StrCodecs.DevMode.class,
                dev.krait.objects.StrCodecs.DevMode::new).on = flags.devMode();
        m.put("dont_write_bytecode", PyBool.of(flags.dontWriteBytecode() != 0));
        if (flags.ignoreEnvironment() != 0) {
            // -E and -I: PYTHONPATH is not read either
            m.put("path", defaultPath(false));
        }
        interp.builtinsModule().put("__debug__", PyBool.of(flags.optimize() == 0));
    }

    /**
     * Makes {@code sys.stdin}/{@code stdout}/{@code stderr} (and their dunder twins) over
     * Java streams: what an interpreter inside a larger Java program (a test capturing
     * output, an embedder) uses. They are the TextIOWrappers CPython makes, over a FileIO
     * that reads and writes the Java streams as if they were pipes.
     */
    public static void setStandardStreams(Interpreter interp, InputStream in, OutputStream out,
            OutputStream err) {
        setStandardStreams(interp, in, out, err, false);
    }

    /** The same, unbuffered ({@code -u}) when {@code unbuffered}. */
    public static void setStandardStreams(Interpreter interp, InputStream in, OutputStream out,
            OutputStream err, boolean unbuffered) {
        setStandardStreams(interp, in, out, err, unbuffered, IoModule.DEFAULT_ENCODING,
                IoModule.DEFAULT_ERRORS);
    }

    /** The same, in the codec PYTHONIOENCODING chose. */
    public static void setStandardStreams(Interpreter interp, InputStream in, OutputStream out,
            OutputStream err, boolean unbuffered, String encoding, String errors) {
        PyObject[] std = IoModule.standardStreams(interp, unbuffered, in, out, err, encoding,
                errors);
        setStreamsIn(sys(interp), std[0], std[1], std[2]);
    }

    /**
     * Makes the standard streams over the process's descriptors 0, 1 and 2, as CPython's
     * {@code create_stdio} does (line-buffered on a terminal; {@code -u} unbuffered).
     */
    public static void useProcessStreams(Interpreter interp, boolean unbuffered) {
        useProcessStreams(interp, unbuffered, IoModule.DEFAULT_ENCODING,
                IoModule.DEFAULT_ERRORS);
    }

    /** The same, in the codec PYTHONIOENCODING chose. */
    public static void useProcessStreams(Interpreter interp, boolean unbuffered,
            String encoding, String errors) {
        PyObject[] std = IoModule.standardStreams(interp, unbuffered, encoding, errors);
        setStreamsIn(sys(interp), std[0], std[1], std[2]);
    }

    private static void setStreamsIn(PyModule m, PyObject in, PyObject out, PyObject err) {
        m.put("stdin", in);
        m.put("stdout", out);
        m.put("stderr", err);
        m.put("__stdin__", in);
        m.put("__stdout__", out);
        m.put("__stderr__", err);
    }

    /**
     * Flushes {@code sys.stdout} and {@code sys.stderr} as the interpreter ends, ignoring
     * streams that are gone. CPython: Python/pylifecycle.c flush_std_files.
     */
    public static void flushStandardStreams(Interpreter interp) {
        for (String name : new String[] {"stdout", "stderr"}) {
            PyObject s = interp.sysAttribute(name);
            if (s != null && s != PyNone.NONE) {
                PyObject flush = dev.krait.objects.Attributes.lookupAttrOrNull(s, "flush");
                if (flush != null) {
                    dev.krait.objects.Ops.call(flush);
                }
            }
        }
    }

    private static PyList strList(List<String> items) {
        List<PyObject> l = new ArrayList<>(items.size());
        for (String s : items) {
            l.add(PyStr.of(s));
        }
        return new PyList(l);
    }
}
