package dev.krait.modules.posix;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code os.spawnv}, {@code spawnve}, {@code spawnvp} and {@code spawnvpe}, with the modes
 * {@code P_WAIT}, {@code P_NOWAIT} and {@code P_NOWAITO}. On POSIX, CPython writes them in
 * Lib/os.py as fork, then exec in the child; os.py defines them only where {@code os.fork}
 * exists, and a JVM must not fork, so Krait's posix module provides them instead, started with
 * {@code posix_spawn}. os.py then builds {@code spawnl}, {@code spawnle}, {@code spawnlp} and
 * {@code spawnlpe} on them as it does on CPython's.
 *
 * <p>What a program sees is os.py's: the argv checks and their messages, any mode but
 * P_NOWAIT waits (a stopped child is waited for again) and returns the exit code, or -SIG for
 * a child a signal killed, and a program that cannot be executed gives exit code 127, the
 * status CPython's child exits with when its exec fails. Two differences, both in
 * docs/DIFFERENCES.md: an argument that cannot be converted (a NUL or '=' in the environment,
 * a path of the wrong type) raises its TypeError or ValueError in the caller, where CPython's
 * child would exit with 127; and with P_NOWAIT a program that cannot be executed raises the
 * OSError, since {@code posix_spawn} leaves no child whose pid could be returned.
 *
 * <p>CPython counterpart: Lib/os.py {@code _spawnvef}, {@code spawnv}, {@code spawnve},
 * {@code spawnvp}, {@code spawnvpe}.
 */
public final class SpawnvFunctions {
    private SpawnvFunctions() {}

    /** The modes os.py defines: any mode but P_NOWAIT (= P_NOWAITO) waits for the child. */
    static final int P_WAIT = 0;
    static final int P_NOWAIT = 1;

    /** The exit status of a CPython child whose exec failed (os.py's {@code _exit(127)}). */
    private static final int EXEC_FAILED = 127;

    private static final String RETURNS = "If mode == P_NOWAIT return the pid of the process.\n"
            + "If mode == P_WAIT return the process's exit code if it exits normally;\n"
            + "otherwise return -SIG, where SIG is the signal that killed it. ";

    @Exposed(value = "spawnv($module, mode, file, args)",
            signature = Exposed.Signature.HIDDEN, doc = "spawnv(mode, file, args) -> integer\n\n"
            + "Execute file with arguments "
            + "from args in a subprocess.\n" + RETURNS)
    public static long spawnv(PyObject mode, PyObject file, PyObject args) {
        return spawn(mode, file, args, null, false);
    }

    @Exposed(value = "spawnve($module, mode, file, args, env)",
            signature = Exposed.Signature.HIDDEN,
            doc = "spawnve(mode, file, args, env) -> integer\n\n"
            + "Execute file with "
            + "arguments from args in a subprocess with the\nspecified environment.\n"
            + RETURNS)
    public static long spawnve(PyObject mode, PyObject file, PyObject args, PyObject env) {
        return spawn(mode, file, args, env, false);
    }

    @Exposed(value = "spawnvp($module, mode, file, args)",
            signature = Exposed.Signature.HIDDEN, doc = "spawnvp(mode, file, args) -> integer\n\n"
            + "Execute file (which is "
            + "looked for along $PATH) with arguments from\nargs in a subprocess.\n" + RETURNS)
    public static long spawnvp(PyObject mode, PyObject file, PyObject args) {
        return spawn(mode, file, args, null, true);
    }

    @Exposed(value = "spawnvpe($module, mode, file, args, env)",
            signature = Exposed.Signature.HIDDEN,
            doc = "spawnvpe(mode, file, args, env) -> integer\n\n"
            + "Execute file (which is "
            + "looked for along $PATH) with arguments from\nargs in a subprocess with the "
            + "supplied environment.\n" + RETURNS)
    public static long spawnvpe(PyObject mode, PyObject file, PyObject args, PyObject env) {
        return spawn(mode, file, args, env, true);
    }

    // CPython: Lib/os.py _spawnvef
    private static long spawn(PyObject mode, PyObject file, PyObject args, PyObject env,
            boolean searchPath) {
        if (!(args instanceof PyTuple) && !(args instanceof PyList)) {
            throw PyExceptions.typeError("argv must be a tuple or a list");
        }
        List<PyObject> items = Iteration.toList(args);
        if (items.isEmpty() || !Ops.isTrue(items.get(0))) {
            throw PyExceptions.valueError("argv first element cannot be empty");
        }
        // what os.py's child would convert for exec, converted here before the child exists
        String fn = searchPath ? "spawnvp" : "spawnv";
        PathArg program = PathArg.of(file, fn, "path", false);
        List<byte[]> argv = new ArrayList<>(items.size());
        for (PyObject a : items) {
            argv.add(SpawnFunctions.fsConvert(a));
        }
        List<byte[]> envp = env == null ? null : SpawnFunctions.environment(env, fn);
        boolean wait = !Ops.eqBool(mode, dev.krait.objects.PyInt.of(P_NOWAIT));
        int pid;
        try (SpawnCalls.Spawn spawn = new SpawnCalls.Spawn()) {
            // a JVM thread's signal mask is not the program's: the child starts with none
            // blocked, as a child forked from CPython's main thread usually does
            spawn.setSignalMask(new int[0]);
            pid = spawn.spawn(program.bytes, argv, envp, searchPath);
        } catch (Libc.Failure f) {
            if (wait) {
                return EXEC_FAILED;
            }
            throw program.error(f);
        }
        if (!wait) {
            return pid;
        }
        while (true) {
            int status = ChildFunctions.waitFor(pid, 0)[1];
            if ((status & 0xff) != 0x7f) {
                // not stopped: exited or killed (os.py's WIFSTOPPED loop)
                return ProcessFunctions.waitstatus_to_exitcode(dev.krait.objects.PyInt.of(
                        status));
            }
        }
    }
}
