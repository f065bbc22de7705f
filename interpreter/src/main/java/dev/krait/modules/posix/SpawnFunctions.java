package dev.krait.modules.posix;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code os.posix_spawn} and {@code os.posix_spawnp}: the C library's call, with its file
 * actions ({@code POSIX_SPAWN_OPEN}, {@code _CLOSE}, {@code _DUP2}) and attributes (process
 * group, session, signal mask and defaults, scheduler, reset ids), the arguments converted
 * and checked as CPython's {@code py_posix_spawn} does. Subprocess uses it for the simple cases
 * (an executable with a directory part, {@code close_fds=False}, nothing else to set up).
 *
 * <p>CPython counterpart: Modules/posixmodule.c {@code py_posix_spawn},
 * {@code parse_file_actions}, {@code parse_posix_spawn_flags}.
 */
public final class SpawnFunctions {
    private SpawnFunctions() {}

    private static final int POSIX_SPAWN_OPEN = 0;
    private static final int POSIX_SPAWN_CLOSE = 1;
    private static final int POSIX_SPAWN_DUP2 = 2;
    private static final int NSIG = 65;

    @Exposed("posix_spawn($module, path, argv, env, /, *, file_actions=(), "
            + "setpgroup=<unrepresentable>, resetids=False, setsid=False, setsigmask=(), "
            + "setsigdef=(), scheduler=<unrepresentable>)")
    public static long posix_spawn(PyObject path, PyObject argv, PyObject env,
            PyObject fileActions, PyObject setpgroup, PyObject resetids, PyObject setsid,
            PyObject setsigmask, PyObject setsigdef, PyObject scheduler) {
        return spawn("posix_spawn", false, path, argv, env, fileActions, setpgroup, resetids,
                setsid, setsigmask, setsigdef, scheduler);
    }

    @Exposed("posix_spawnp($module, path, argv, env, /, *, file_actions=(), "
            + "setpgroup=<unrepresentable>, resetids=False, setsid=False, setsigmask=(), "
            + "setsigdef=(), scheduler=<unrepresentable>)")
    public static long posix_spawnp(PyObject path, PyObject argv, PyObject env,
            PyObject fileActions, PyObject setpgroup, PyObject resetids, PyObject setsid,
            PyObject setsigmask, PyObject setsigdef, PyObject scheduler) {
        return spawn("posix_spawnp", true, path, argv, env, fileActions, setpgroup, resetids,
                setsid, setsigmask, setsigdef, scheduler);
    }

    // CPython: Modules/posixmodule.c py_posix_spawn
    private static long spawn(String fn, boolean searchPath, PyObject path, PyObject argv,
            PyObject env, PyObject fileActions, PyObject setpgroup, PyObject resetids,
            PyObject setsid, PyObject setsigmask, PyObject setsigdef, PyObject scheduler) {
        PathArg program = PathArg.of(path, fn, "path", false);
        if (!(argv instanceof PyList) && !(argv instanceof PyTuple)) {
            throw PyExceptions.typeError(fn + ": argv must be a tuple or list");
        }
        List<PyObject> args = Iteration.toList(argv);
        if (args.isEmpty()) {
            throw PyExceptions.valueError(fn + ": argv must not be empty");
        }
        List<byte[]> argBytes = new ArrayList<>(args.size());
        for (PyObject a : args) {
            argBytes.add(fsConvert(a));
        }
        if (argBytes.get(0).length == 0) {
            throw PyExceptions.valueError(fn + ": argv first element cannot be empty");
        }
        List<byte[]> envBytes = environment(env, fn);
        try (SpawnCalls.Spawn spawn = new SpawnCalls.Spawn()) {
            if (fileActions != null && fileActions != PyNone.NONE) {
                fileActions(spawn, fileActions);
            }
            if (setpgroup != null) {
                spawn.setProcessGroup(CArgs.asInt(setpgroup));
            }
            // Argument Clinic's bool(accept={int}): an int (or __index__), not any object
            if (CArgs.asInt(resetids) != 0) {
                spawn.resetIds();
            }
            if (CArgs.asInt(setsid) != 0) {
                spawn.setSession();
            }
            if (setsigmask != null) {
                spawn.setSignalMask(sigset(setsigmask));
            }
            if (setsigdef != null) {
                spawn.setSignalDefaults(sigset(setsigdef));
            }
            if (scheduler != null) {
                scheduler(spawn, scheduler);
            }
            return spawn.spawn(program.bytes, argBytes, envBytes, searchPath);
        } catch (Libc.Failure f) {
            throw program.error(f);
        }
    }

    /** The environment as "NAME=value" entries, from the mapping's keys() and values(). */
    // CPython: Modules/posixmodule.c parse_envlist
    static List<byte[]> environment(PyObject env, String fn) {
        if (env instanceof PyInt || env instanceof PyFloat || env == PyNone.NONE
                || env.type().lookup("__getitem__") == null) {
            throw PyExceptions.typeError(fn + ": environment must be a mapping object");
        }
        List<PyObject> keys = Iteration.toList(Ops.callMethod(env, "keys"));
        List<PyObject> values = Iteration.toList(Ops.callMethod(env, "values"));
        List<byte[]> out = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size() && i < values.size(); i++) {
            byte[] k = fsConvert(keys.get(i));
            byte[] v = fsConvert(values.get(i));
            boolean equalsSign = false;
            for (int j = 1; j < k.length; j++) {
                equalsSign |= k[j] == '=';
            }
            if (k.length == 0 || equalsSign) {
                throw PyExceptions.valueError("illegal environment variable name");
            }
            byte[] entry = new byte[k.length + 1 + v.length];
            System.arraycopy(k, 0, entry, 0, k.length);
            entry[k.length] = '=';
            System.arraycopy(v, 0, entry, k.length + 1, v.length);
            out.add(entry);
        }
        return out;
    }

    // CPython: Objects/unicodeobject.c PyUnicode_FSConverter
    static byte[] fsConvert(PyObject o) {
        PyObject p = o;
        if (!(p instanceof dev.krait.objects.PyStr) && !(p instanceof dev.krait.objects.PyBytes)
                && p.type().lookup("__fspath__") == null) {
            throw PyExceptions.typeError("expected str, bytes or os.PathLike object, not "
                    + o.type().getName());
        }
        return PathArg.of(o, "posix_spawn", "argument", false).bytes;
    }

    // CPython: Modules/posixmodule.c parse_file_actions
    private static void fileActions(SpawnCalls.Spawn spawn, PyObject actions) {
        List<PyObject> items;
        try {
            items = Iteration.toList(actions);
        } catch (dev.krait.objects.PyException e) {
            throw PyExceptions.typeError("file_actions must be a sequence or None");
        }
        for (PyObject item : items) {
            if (!(item instanceof PyTuple t) || t.size() == 0) {
                throw PyExceptions.typeError(
                        "Each file_actions element must be a non-empty tuple");
            }
            long tag = Numbers.index(t.get(0)).longValue();
            if (tag == POSIX_SPAWN_OPEN) {
                requireSize(t, 5, "A open file_action tuple must have 5 elements");
                spawn.open(CArgs.asInt(t.get(1)), fsConvert(t.get(2)),
                        CArgs.asInt(t.get(3)), (int) Numbers.index(t.get(4)).longValue());
            } else if (tag == POSIX_SPAWN_CLOSE) {
                requireSize(t, 2, "A close file_action tuple must have 2 elements");
                spawn.close(CArgs.asInt(t.get(1)));
            } else if (tag == POSIX_SPAWN_DUP2) {
                requireSize(t, 3, "A dup2 file_action tuple must have 3 elements");
                spawn.dup2(CArgs.asInt(t.get(1)), CArgs.asInt(t.get(2)));
            } else {
                throw PyExceptions.typeError("Unknown file_actions identifier");
            }
        }
    }

    private static void requireSize(PyTuple t, int size, String message) {
        if (t.size() != size) {
            throw PyExceptions.typeError(message);
        }
    }

    // CPython: Modules/signalmodule.c _Py_Sigset_Converter
    private static int[] sigset(PyObject signals) {
        List<PyObject> items = Iteration.toList(signals);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            PyInt n = Numbers.index(items.get(i));
            if (!n.isSmall() || n.longValue() <= 0 || n.longValue() >= NSIG) {
                throw PyExceptions.valueError("signal number " + n.bigValue()
                        + " out of range [1; " + (NSIG - 1) + "]");
            }
            out[i] = (int) n.longValue();
        }
        return out;
    }

    // CPython: Modules/posixmodule.c parse_posix_spawn_flags (the scheduler tuple)
    private static void scheduler(SpawnCalls.Spawn spawn, PyObject scheduler) {
        if (!(scheduler instanceof PyTuple t) || t.size() != 2) {
            throw PyExceptions.typeError("A scheduler tuple must have two elements");
        }
        PyObject param = t.get(1);
        PyObject priority;
        try {
            priority = dev.krait.objects.Attributes.getAttr(param, "sched_priority");
        } catch (dev.krait.objects.PyException e) {
            throw PyExceptions.typeError("must have a sched_param object");
        }
        int policy = t.get(0) == PyNone.NONE ? -1 : CArgs.asInt(t.get(0));
        spawn.setScheduler(policy, CArgs.asInt(priority));
    }
}
