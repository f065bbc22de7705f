package dev.krait.modules.posix;

import dev.krait.modules.signal.SignalState;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.Gil;

/**
 * The posix functions about child processes and process groups that {@code subprocess} and
 * its users call: {@code waitpid}/{@code wait} (the interpreter lock released while they
 * block), {@code killpg}, {@code getpgid}/{@code setpgid}, {@code getsid}/{@code setsid} and
 * the wait-status tests missing from {@link ProcessFunctions}. Children are started by
 * {@code posix_spawn} ({@link SpawnFunctions}, {@code _posixsubprocess}), never by fork.
 *
 * <p>CPython counterpart: Modules/posixmodule.c.
 */
public final class ChildFunctions {
    private ChildFunctions() {}

    private static final int EINTR = 4;

    /**
     * waitpid with the interpreter lock released, retried after a signal as PEP 475 asks
     * (running the Python handlers first, whose exception propagates).
     */
    // CPython: Modules/posixmodule.c os_waitpid_impl
    static int[] waitFor(int pid, int options) {
        while (true) {
            try {
                return Gil.allowThreads(() -> SpawnCalls.waitpid(pid, options));
            } catch (Libc.Failure f) {
                if (f.errno != EINTR) {
                    throw PathArg.Errors.osError(f);
                }
                SignalState.checkSignals();
            }
        }
    }

    @Exposed("waitpid($module, pid, options, /)")
    public static PyObject waitpid(PyObject pid, PyObject options) {
        int[] r = waitFor(CArgs.intFormat(pid), CArgs.asInt(options));
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
    }

    @Exposed(value = "wait($module, /)", name = "wait")
    public static PyObject wait_() {
        int[] r = waitFor(-1, 0);
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
    }

    @Exposed("killpg($module, pgid, signal, /)")
    public static void killpg(PyObject pgid, PyObject signal) {
        try {
            SpawnCalls.killpg(CArgs.intFormat(pgid), CArgs.asInt(signal));
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    @Exposed("getpgid($module, /, pid)")
    public static long getpgid(PyObject pid) {
        try {
            return SpawnCalls.getpgid(CArgs.intFormat(pid));
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    @Exposed("setpgid($module, pid, pgrp, /)")
    public static void setpgid(PyObject pid, PyObject pgrp) {
        try {
            SpawnCalls.setpgid(CArgs.intFormat(pid), CArgs.intFormat(pgrp));
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    @Exposed("getsid($module, pid, /)")
    public static long getsid(PyObject pid) {
        try {
            return SpawnCalls.getsid(CArgs.intFormat(pid));
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    @Exposed("setsid($module, /)")
    public static void setsid() {
        try {
            SpawnCalls.setsid();
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    // CPython: Modules/posixmodule.c os_WCOREDUMP_impl (glibc's macros)
    @Exposed("WCOREDUMP($module, status, /)")
    public static boolean WCOREDUMP(PyObject status) {
        return (CArgs.asInt(status) & 0x80) != 0;
    }

    @Exposed("WIFCONTINUED($module, /, status)")
    public static boolean WIFCONTINUED(PyObject status) {
        return CArgs.asInt(status) == 0xffff;
    }
}
