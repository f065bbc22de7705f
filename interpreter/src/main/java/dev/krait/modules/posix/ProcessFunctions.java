package dev.krait.modules.posix;

import dev.krait.modules.sys.PyStructSequence;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * The posix functions about the process: identities, {@code umask}, {@code kill},
 * {@code strerror}, {@code uname}, {@code times}, {@code cpu_count}, {@code sysconf}, the
 * environment ({@code putenv}/{@code unsetenv}: os.py keeps {@code os.environ} and calls these
 * to pass changes to child processes), {@code _exit}, {@code fspath} and the wait-status
 * helpers. {@code fork} and the {@code exec} family are absent: a JVM cannot fork safely, so
 * code that tests for them takes its other path (see docs/DIFFERENCES.md).
 *
 * <p>CPython counterpart: Modules/posixmodule.c.
 */
public final class ProcessFunctions {
    private ProcessFunctions() {}

    @Exposed("getpid($module, /)")
    public static long getpid() {
        return ProcessCalls.getpid();
    }

    @Exposed("getppid($module, /)")
    public static long getppid() {
        return ProcessCalls.getppid();
    }

    @Exposed("getuid($module, /)")
    public static long getuid() {
        return Integer.toUnsignedLong(ProcessCalls.getuid());
    }

    @Exposed("geteuid($module, /)")
    public static long geteuid() {
        return Integer.toUnsignedLong(ProcessCalls.geteuid());
    }

    @Exposed("getgid($module, /)")
    public static long getgid() {
        return Integer.toUnsignedLong(ProcessCalls.getgid());
    }

    @Exposed("getegid($module, /)")
    public static long getegid() {
        return Integer.toUnsignedLong(ProcessCalls.getegid());
    }

    @Exposed("getpgrp($module, /)")
    public static long getpgrp() {
        return ProcessCalls.getpgrp();
    }

    /** The login name: the USER/LOGNAME the session set, as getlogin() reads from utmp. */
    @Exposed("getlogin($module, /)")
    public static PyObject getlogin() {
        String name = System.getenv("LOGNAME");
        if (name == null) {
            name = System.getenv("USER");
        }
        if (name == null) {
            throw PathArg.Errors.osError(6, null, null);
        }
        return PyStr.of(name);
    }

    @Exposed("umask($module, mask, /)")
    public static long umask(PyObject mask) {
        return ProcessCalls.umask(CArgs.asInt(mask));
    }

    @Exposed("kill($module, pid, signal, /)")
    public static void kill(PyObject pid, PyObject signal) {
        int target = CArgs.intFormat(pid);
        int sig = (int) CArgs.asSsizeT(signal);
        int nativeRuns = dev.krait.modules.signal.SignalState.nativeRuns(sig);
        try {
            ProcessCalls.kill(target, sig);
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
        if (target == ProcessCalls.getpid() || target == 0 || target == -1
                || target == -ProcessCalls.getpgrp()) {
            dev.krait.modules.signal.SignalState.awaitNativeHandler(sig, nativeRuns);
            dev.krait.modules.signal.SignalState.afterSelfKill(sig);
        }
    }

    @Exposed("strerror($module, code, /)")
    public static String strerror(PyObject code) {
        return ProcessCalls.strerror(CArgs.asInt(code));
    }

    @Exposed("uname($module, /)")
    public static PyObject uname() {
        try {
            String[] u = ProcessCalls.uname();
            return PyStructSequence.make(StatResults.UNAME_RESULT, PyStr.of(u[0]),
                    PyStr.of(u[1]), PyStr.of(u[2]), PyStr.of(u[3]), PyStr.of(u[4]));
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    // CPython: Modules/posixmodule.c os_times_impl -- clock ticks divided by CLK_TCK
    @Exposed("times($module, /)")
    public static PyObject times() {
        try {
            long[] t = ProcessCalls.times();
            double tick = ProcessCalls.sysconf(2);
            return PyStructSequence.make(StatResults.TIMES_RESULT,
                    new PyFloat(t[0] / tick), new PyFloat(t[1] / tick),
                    new PyFloat(t[2] / tick), new PyFloat(t[3] / tick),
                    new PyFloat(t[4] / tick));
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    @Exposed("cpu_count($module, /)")
    public static long cpu_count() {
        return ProcessCalls.sysconf(84);
    }

    // CPython: Modules/posixmodule.c conv_confname (the name is PyUnicode_AsUTF8's: a lone
    // surrogate raises, and C's strcmp stops at a NUL)
    static int confName(PyObject name, java.util.Map<String, Integer> table) {
        if (name instanceof PyStr s) {
            Integer v = table.get(CArgs.asUtf8(s));
            if (v == null) {
                throw PyExceptions.valueError("unrecognized configuration name");
            }
            return v;
        } else if (name instanceof PyInt) {
            return CArgs.asInt(name);
        }
        throw PyExceptions.typeError("configuration names must be strings or integers");
    }

    // CPython: Modules/posixmodule.c os_sysconf_impl
    @Exposed("sysconf($module, name, /)")
    public static long sysconf(PyObject name) {
        try {
            return ProcessCalls.sysconf(confName(name, PosixModule.SYSCONF_NAMES));
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    @Exposed("confstr($module, name, /)")
    public static PyObject confstr(PyObject name) {
        try {
            byte[] v = ProcessCalls.confstr(confName(name, PosixModule.CONFSTR_NAMES));
            return v == null ? PyNone.NONE : PathArg.decode(v);
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    @Exposed("putenv($module, name, value, /)")
    public static void putenv(PyObject name, PyObject value) {
        byte[] k = envBytes(name, "putenv", "name");
        byte[] v = envBytes(value, "putenv", "value");
        if (k.length == 0 || indexOf(k, (byte) '=') >= 0) {
            throw PyExceptions.valueError("illegal environment variable name");
        }
        try {
            ProcessCalls.setenv(k, v);
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    @Exposed("unsetenv($module, name, /)")
    public static void unsetenv(PyObject name) {
        byte[] k = envBytes(name, "unsetenv", "name");
        if (k.length == 0 || indexOf(k, (byte) '=') >= 0) {
            throw PyExceptions.valueError("illegal environment variable name");
        }
        try {
            ProcessCalls.unsetenv(k);
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    private static byte[] envBytes(PyObject o, String fn, String arg) {
        PathArg p = PathArg.of(o, fn, arg, false);
        return p.bytes;
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code os._exit(n)}: ends the process at once. Flushes nothing and runs no atexit
     * functions, as in CPython.
     */
    @Exposed("_exit($module, /, status)")
    public static void _exit(PyObject status) {
        ProcessCalls.exit(CArgs.asInt(status));
    }

    // CPython: Modules/posixmodule.c os_fspath_impl, PyOS_FSPath
    @Exposed("fspath($module, /, path)")
    public static PyObject fspath(PyObject path) {
        if (path instanceof PyStr || path instanceof dev.krait.objects.PyBytes) {
            return path;
        }
        PyObject fspath = path.type().lookup("__fspath__");
        if (fspath == null || fspath == PyNone.NONE) {
            throw PyExceptions.typeError("expected str, bytes or os.PathLike object, not "
                    + path.type().getName());
        }
        PyObject r = Ops.callDescriptor(fspath, path);
        if (!(r instanceof PyStr) && !(r instanceof dev.krait.objects.PyBytes)) {
            throw PyExceptions.typeError("expected " + path.type().getName()
                    + ".__fspath__() to return str or bytes, not " + r.type().getName());
        }
        return r;
    }

    // CPython: Modules/posixmodule.c os_waitstatus_to_exitcode_impl
    @Exposed("waitstatus_to_exitcode($module, /, status)")
    public static long waitstatus_to_exitcode(PyObject status) {
        int s = CArgs.asInt(status);
        if ((s & 0x7f) == 0) {
            return (s >> 8) & 0xff;
        }
        if (((s & 0x7f) + 1) >> 1 > 0) {
            return -(s & 0x7f);
        }
        throw PyExceptions.valueError("invalid wait status: " + s);
    }

    @Exposed("WIFEXITED($module, /, status)")
    public static boolean WIFEXITED(PyObject status) {
        return (CArgs.asInt(status) & 0x7f) == 0;
    }

    @Exposed("WEXITSTATUS($module, /, status)")
    public static long WEXITSTATUS(PyObject status) {
        return (CArgs.asInt(status) >> 8) & 0xff;
    }

    @Exposed("WIFSIGNALED($module, /, status)")
    public static boolean WIFSIGNALED(PyObject status) {
        int s = CArgs.asInt(status);
        return ((byte) ((s & 0x7f) + 1) >> 1) > 0;
    }

    @Exposed("WTERMSIG($module, /, status)")
    public static long WTERMSIG(PyObject status) {
        return CArgs.asInt(status) & 0x7f;
    }

    @Exposed("WIFSTOPPED($module, /, status)")
    public static boolean WIFSTOPPED(PyObject status) {
        return (CArgs.asInt(status) & 0xff) == 0x7f;
    }

    @Exposed("WSTOPSIG($module, /, status)")
    public static long WSTOPSIG(PyObject status) {
        return (CArgs.asInt(status) >> 8) & 0xff;
    }

    /** A bytes copy of the process's environment, as CPython's posix.environ holds it. */
    // CPython: Modules/posixmodule.c convertenviron
    static PyDict environ() {
        PyDict d = new PyDict();
        for (byte[] entry : ProcessCalls.environment()) {
            int eq = indexOf(entry, (byte) '=');
            if (eq <= 0) {
                continue;
            }
            PyObject key = dev.krait.objects.PyBytes.of(java.util.Arrays.copyOf(entry, eq));
            if (d.getItem(key) == null) {
                d.setItem(key, dev.krait.objects.PyBytes.of(
                        java.util.Arrays.copyOfRange(entry, eq + 1, entry.length)));
            }
        }
        return d;
    }
}
