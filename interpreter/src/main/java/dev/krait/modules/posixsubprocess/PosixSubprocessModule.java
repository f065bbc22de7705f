package dev.krait.modules.posixsubprocess;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.posix.ProcessFunctions;
import dev.krait.objects.ArgParser;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code _posixsubprocess} module: {@code fork_exec}, through which Lib/subprocess.py
 * starts every child on POSIX. CPython forks and sets the child up in C between fork and
 * exec; a JVM must not fork, so Krait converts the arguments exactly as CPython does and hands
 * the child's set-up to {@code posix_spawn} ({@link ChildSpawn}). What only code running in
 * the child could do — {@code preexec_fn}, changing user or groups — raises
 * NotImplementedError (see docs/DIFFERENCES.md).
 *
 * <p>CPython counterpart: Modules/_posixsubprocess.c.
 */
@NativeModule.Register("_posixsubprocess")
public final class PosixSubprocessModule implements NativeModule {
    private static final int ARGUMENTS = 23;

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_posixsubprocess");
        m.put("__doc__", PyStr.of("A POSIX helper for the subprocess module."));
        ModuleBuilder.addFunctions(m, PosixSubprocessModule.class);
        return m;
    }

    /**
     * {@code fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread,
     * p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write,
     * restore_signals, call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask,
     * preexec_fn, allow_vfork)}: starts the child and returns its pid.
     */
    // CPython: Modules/_posixsubprocess.c subprocess_fork_exec ("OOpO!OOiiiiiiiiiiOOOiOp")
    @Exposed(value = "fork_exec($module, *args)", doc = "Spawn a fresh new child process.\n\n"
            + "Fork a child process, close parent file descriptors as appropriate in the\n"
            + "child and duplicate the few that are needed before calling exec() in the\n"
            + "child process.\n\nKrait starts the child with posix_spawn instead.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject fork_exec(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("fork_exec", kwnames);
        if (args.length != ARGUMENTS) {
            throw PyExceptions.typeError("fork_exec() takes exactly " + ARGUMENTS
                    + " arguments (" + args.length + " given)");
        }
        ChildSpawn child = new ChildSpawn();
        PyObject processArgs = args[0];
        PyObject executableList = args[1];
        child.closeFds = Ops.isTrue(args[2]);
        if (!(args[3] instanceof PyTuple passFds)) {
            throw PyExceptions.typeError("fork_exec() argument 4 must be tuple, not "
                    + args[3].type().getName());
        }
        PyObject cwd = args[4];
        PyObject env = args[5];
        int[] ints = new int[11];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = intArg(args[6 + i]);
        }
        child.p2cread = ints[0];
        child.p2cwrite = ints[1];
        child.c2pread = ints[2];
        child.c2pwrite = ints[3];
        child.errread = ints[4];
        child.errwrite = ints[5];
        child.errpipeRead = ints[6];
        child.errpipeWrite = ints[7];
        child.restoreSignals = ints[8] != 0;
        child.callSetsid = ints[9] != 0;
        child.pgidToSet = ints[10];
        PyObject gid = args[17];
        PyObject groups = args[18];
        PyObject uid = args[19];
        child.umask = intArg(args[20]);
        PyObject preexecFn = args[21];
        Ops.isTrue(args[22]); // allow_vfork: posix_spawn always uses CLONE_VFORK

        if (child.closeFds && child.errpipeWrite < 3) {
            throw PyExceptions.valueError("errpipe_write must be >= 3");
        }
        child.fdsToKeep = fdsToKeep(passFds);
        child.executables = bytesList(executableList);
        if (processArgs != PyNone.NONE) {
            List<PyObject> items = Iteration.toList(processArgs);
            child.argv = new ArrayList<>(items.size());
            for (PyObject a : items) {
                child.argv.add(fsConvert(a));
            }
        }
        if (env != PyNone.NONE) {
            child.env = bytesList(env);
        }
        if (cwd != PyNone.NONE) {
            child.cwd = fsConvert(cwd);
        }
        if (preexecFn != PyNone.NONE) {
            throw PyExceptions.notImplementedError("preexec_fn is not supported by Krait: "
                    + "it starts children with posix_spawn, since a JVM cannot fork and run "
                    + "Python code in the child");
        }
        if (gid != PyNone.NONE || groups != PyNone.NONE || uid != PyNone.NONE) {
            throw PyExceptions.notImplementedError("changing the user or groups of a child "
                    + "(user=, group=, extra_groups=) is not supported by Krait: posix_spawn "
                    + "cannot do it");
        }
        return PyInt.of(child.start());
    }

    // CPython: Modules/_posixsubprocess.c _sanity_check_python_fd_sequence
    private static int[] fdsToKeep(PyTuple fds) {
        int[] out = new int[fds.size()];
        long prev = -1;
        for (int i = 0; i < out.length; i++) {
            PyObject o = fds.get(i);
            if (!(o instanceof PyInt n) || !n.isSmall() || n.longValue() < 0
                    || n.longValue() <= prev || n.longValue() > Integer.MAX_VALUE) {
                throw PyExceptions.valueError("bad value(s) in fds_to_keep");
            }
            prev = n.longValue();
            out[i] = (int) prev;
        }
        return out;
    }

    // CPython: Objects/abstract.c _PySequence_BytesToCharpArray
    private static List<byte[]> bytesList(PyObject seq) {
        List<PyObject> items = Iteration.toList(seq);
        List<byte[]> out = new ArrayList<>(items.size());
        for (PyObject o : items) {
            if (!(o instanceof PyBytes b)) {
                throw PyExceptions.typeError("expected bytes, " + o.type().getName()
                        + " found");
            }
            byte[] bytes = java.util.Arrays.copyOf(b.array(), b.size());
            checkNoNul(bytes, "expected bytes with no null");
            out.add(bytes);
        }
        return out;
    }

    // CPython: Objects/unicodeobject.c PyUnicode_FSConverter
    private static byte[] fsConvert(PyObject o) {
        PyObject p = ProcessFunctions.fspath(o);
        byte[] bytes;
        if (p instanceof PyBytes b) {
            bytes = java.util.Arrays.copyOf(b.array(), b.size());
        } else {
            bytes = StrCodecs.encode((PyStr) p, StrCodecs.Codec.UTF8, "surrogateescape");
        }
        checkNoNul(bytes, "embedded null byte");
        return bytes;
    }

    private static void checkNoNul(byte[] bytes, String message) {
        for (byte x : bytes) {
            if (x == 0) {
                throw PyExceptions.valueError(message);
            }
        }
    }

    /** An "i" argument of PyArg_ParseTuple: an index, within C's int. */
    private static int intArg(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Numbers.index(o);
        if (!i.isSmall() || i.longValue() > Integer.MAX_VALUE) {
            throw PyExceptions.overflowError("signed integer is greater than maximum");
        }
        if (i.longValue() < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("signed integer is less than minimum");
        }
        return (int) i.longValue();
    }
}
