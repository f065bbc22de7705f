package dev.krait.modules.posix;

import dev.krait.modules.signal.SignalState;
import dev.krait.modules.sys.PyStructSequence;
import dev.krait.modules.sys.SysAudit;
import dev.krait.objects.CArgs;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySet;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Gil;
import dev.krait.runtime.ThreadState;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The posix functions about the whole process and the system: {@code system}, the load
 * average, user and group identities ({@code setuid}..., supplementary groups), priorities and
 * CPU scheduling, the controlling terminal, {@code getrandom}, {@code wait3}/{@code wait4}/
 * {@code waitid}, {@code execv}/{@code execve} and {@code abort}. The C calls are in
 * {@link SystemCalls}.
 *
 * <p>CPython counterpart: Modules/posixmodule.c.
 */
public final class SystemFunctions {
    private SystemFunctions() {}

    private static final int EINTR = 4;

    /** {@code posix.waitid_result}, what waitid returns. */
    static final PyType WAITID_RESULT = PyStructSequence.newType("posix", "waitid_result",
            "si_pid", "si_uid", "si_signo", "si_status", "si_code");

    /** {@code posix.sched_param}, the scheduling parameters (a priority). */
    static final PyType SCHED_PARAM = PyStructSequence.newTypeByFields("posix", "sched_param",
            "sched_priority");

    static {
        SCHED_PARAM.setTypeAttribute("__doc__", PyStr.of("Currently has only one field: "
                + "sched_priority\n\n  sched_priority\n    A scheduling parameter."));
    }

    /**
     * Runs a blocking call with the interpreter lock released, retried after a signal as PEP 475
     * asks (the Python handlers run first, and their exception propagates).
     */
    static <T> T blocking(Supplier<T> call) {
        while (true) {
            try {
                return Gil.allowThreads(call);
            } catch (Libc.Failure f) {
                if (f.errno != EINTR) {
                    throw PathArg.Errors.osError(f);
                }
                SignalState.checkSignals();
            }
        }
    }

    /** Runs a call that cannot block, raising OSError (no file name) for its failure. */
    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    private static void audit(String event, PyObject... args) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = PyStr.of(event);
        System.arraycopy(args, 0, all, 1, args.length);
        SysAudit.audit(all, null);
    }

    /** A uid or gid as CPython returns it: unsigned, except (uid_t) -1 which is -1. */
    // CPython: Modules/posixmodule.c _PyLong_FromUid, _PyLong_FromGid
    static PyInt fromId(int id) {
        return PyInt.of(id == -1 ? -1L : Integer.toUnsignedLong(id));
    }

    // CPython: Modules/posixmodule.c os_system_impl: the C library's system(3) runs
    // /bin/sh -c, ignoring SIGINT and SIGQUIT and blocking SIGCHLD while it waits
    @Exposed(value = "system($module, /, command)",
            doc = "Execute the command in a subshell.")
    public static long system(PyObject command) {
        byte[] c = SpawnFunctions.fsConvert(command);
        audit("os.system", PyBytes.of(c));
        return Gil.allowThreads(() -> SystemCalls.system(c));
    }

    // CPython: Modules/posixmodule.c os_getloadavg_impl
    @Exposed("getloadavg($module, /)")
    public static PyObject getloadavg() {
        double[] l = SystemCalls.getloadavg();
        if (l == null) {
            throw PyExceptions.of(PyExceptions.OSError, "Load averages are unobtainable");
        }
        return PyTuple.of(new PyFloat(l[0]), new PyFloat(l[1]), new PyFloat(l[2]));
    }

    // CPython: Modules/posixmodule.c os_getgroups_impl
    @Exposed("getgroups($module, /)")
    public static PyObject getgroups() {
        int[] groups = call(SystemCalls::getgroups);
        List<PyObject> out = new ArrayList<>(groups.length);
        for (int g : groups) {
            out.add(fromId(g));
        }
        return new PyList(out);
    }

    // CPython: Modules/posixmodule.c os_setgroups
    @Exposed("setgroups($module, groups, /)")
    public static void setgroups(PyObject groups) {
        if (groups.type().lookup("__getitem__") == null || groups instanceof dev.krait.objects
                .PyDict) {
            throw PyExceptions.typeError("setgroups argument must be a sequence");
        }
        long n = Containers.len(groups);
        if (n > 65536) {
            throw PyExceptions.valueError("too many groups");
        }
        int[] list = new int[(int) n];
        for (int i = 0; i < n; i++) {
            PyObject g = Containers.getItem(groups, PyInt.of(i));
            if (!(g instanceof PyInt)) {
                throw PyExceptions.typeError("groups must be integers");
            }
            list[i] = PathFunctions.idArg(g, "gid");
        }
        call(() -> {
            SystemCalls.setgroups(list);
            return null;
        });
    }

    // CPython: Modules/posixmodule.c os_getgrouplist_impl
    @Exposed("getgrouplist($module, user, group, /)")
    public static PyObject getgrouplist(PyObject user, PyObject group) {
        byte[] name = cStringArg(user, "getgrouplist", "argument 1");
        int gid = PathFunctions.idArg(group, "gid");
        int[] groups = call(() -> SystemCalls.getgrouplist(name, gid));
        List<PyObject> out = new ArrayList<>(groups.length);
        for (int g : groups) {
            out.add(fromId(g));
        }
        return new PyList(out);
    }

    /** A str argument parsed as Argument Clinic's {@code str} converter (UTF-8, no NUL). */
    private static byte[] cStringArg(PyObject o, String fn, String arg) {
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError(fn + "() " + arg + " must be str, not "
                    + o.type().getName());
        }
        return CArgs.cStringBytes(s);
    }

    // CPython: Modules/posixmodule.c os_initgroups_impl
    @Exposed("initgroups($module, username, gid, /)")
    public static void initgroups(PyObject username, PyObject gid) {
        byte[] name = SpawnFunctions.fsConvert(username);
        int g = PathFunctions.idArg(gid, "gid");
        call(() -> {
            SystemCalls.initgroups(name, g);
            return null;
        });
    }

    private static void setIds(String call, PyObject[] ids, String... kinds) {
        int[] values = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            values[i] = PathFunctions.idArg(ids[i], kinds[i]);
        }
        call(() -> {
            SystemCalls.setIds(call, values);
            return null;
        });
    }

    @Exposed("setuid($module, uid, /)")
    public static void setuid(PyObject uid) {
        setIds("setuid", new PyObject[] {uid}, "uid");
    }

    @Exposed("setgid($module, gid, /)")
    public static void setgid(PyObject gid) {
        setIds("setgid", new PyObject[] {gid}, "gid");
    }

    @Exposed("seteuid($module, euid, /)")
    public static void seteuid(PyObject euid) {
        setIds("seteuid", new PyObject[] {euid}, "uid");
    }

    @Exposed("setegid($module, egid, /)")
    public static void setegid(PyObject egid) {
        setIds("setegid", new PyObject[] {egid}, "gid");
    }

    @Exposed("setreuid($module, ruid, euid, /)")
    public static void setreuid(PyObject ruid, PyObject euid) {
        setIds("setreuid", new PyObject[] {ruid, euid}, "uid", "uid");
    }

    @Exposed("setregid($module, rgid, egid, /)")
    public static void setregid(PyObject rgid, PyObject egid) {
        setIds("setregid", new PyObject[] {rgid, egid}, "gid", "gid");
    }

    @Exposed("setresuid($module, ruid, euid, suid, /)")
    public static void setresuid(PyObject ruid, PyObject euid, PyObject suid) {
        setIds("setresuid", new PyObject[] {ruid, euid, suid}, "uid", "uid", "uid");
    }

    @Exposed("setresgid($module, rgid, egid, sgid, /)")
    public static void setresgid(PyObject rgid, PyObject egid, PyObject sgid) {
        setIds("setresgid", new PyObject[] {rgid, egid, sgid}, "gid", "gid", "gid");
    }

    @Exposed("getresuid($module, /)")
    public static PyObject getresuid() {
        int[] ids = call(() -> SystemCalls.getresIds(false));
        return PyTuple.of(fromId(ids[0]), fromId(ids[1]), fromId(ids[2]));
    }

    @Exposed("getresgid($module, /)")
    public static PyObject getresgid() {
        int[] ids = call(() -> SystemCalls.getresIds(true));
        return PyTuple.of(fromId(ids[0]), fromId(ids[1]), fromId(ids[2]));
    }

    // CPython: Modules/posixmodule.c os_getpriority_impl
    @Exposed("getpriority($module, /, which, who)")
    public static long getpriority(PyObject which, PyObject who) {
        int w = CArgs.asInt(which);
        int id = CArgs.asInt(who);
        return call(() -> SystemCalls.getpriority(w, id));
    }

    @Exposed("setpriority($module, /, which, who, priority)")
    public static void setpriority(PyObject which, PyObject who, PyObject priority) {
        int w = CArgs.asInt(which);
        int id = CArgs.asInt(who);
        int p = CArgs.asInt(priority);
        call(() -> {
            SystemCalls.setpriority(w, id, p);
            return null;
        });
    }

    // CPython: Modules/posixmodule.c os_nice_impl
    @Exposed("nice($module, increment, /)")
    public static long nice(PyObject increment) {
        int i = CArgs.asInt(increment);
        return call(() -> SystemCalls.nice(i));
    }

    @Exposed("chroot($module, /, path)")
    public static void chroot(PyObject path) {
        PathArg p = PathArg.of(path, "chroot", "path", false);
        try {
            SystemCalls.chroot(p.bytes);
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    // CPython: Modules/posixmodule.c os_ttyname_impl
    @Exposed("ttyname($module, fd, /)")
    public static PyObject ttyname(PyObject fd) {
        int n = CArgs.asInt(fd);
        return PathArg.decode(call(() -> SystemCalls.ttyname(n)));
    }

    @Exposed("ctermid($module, /)")
    public static PyObject ctermid() {
        return PathArg.decode(SystemCalls.ctermid());
    }

    // CPython: Modules/posixmodule.c os_getrandom_impl
    @Exposed("getrandom($module, /, size, flags=0)")
    public static PyObject getrandom(PyObject size, PyObject flags) {
        long n = CArgs.asSsizeT(size);
        int f = CArgs.asInt(flags);
        if (n < 0) {
            throw PathArg.Errors.osError(22, null, null);
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        return PyBytes.of(blocking(() -> SystemCalls.getrandom((int) n, f)));
    }

    @Exposed("sched_yield($module, /)")
    public static void sched_yield() {
        Gil.allowThreads(() -> {
            SystemCalls.schedYield();
            return null;
        });
    }

    // CPython: Modules/posixmodule.c os_sched_getaffinity_impl
    @Exposed("sched_getaffinity($module, pid, /)")
    public static PyObject sched_getaffinity(PyObject pid) {
        int p = CArgs.intFormat(pid);
        int cpus = 64;
        byte[] mask;
        while (true) {
            int size = cpus / 8;
            mask = call(() -> SystemCalls.schedGetaffinity(p, size));
            if (mask != null) {
                break;
            }
            if (cpus > Integer.MAX_VALUE / 2) {
                throw PyExceptions.overflowError("could not allocate a large enough CPU set");
            }
            cpus *= 2;
        }
        PySet set = new PySet();
        ByteBuffer b = ByteBuffer.wrap(mask).order(ByteOrder.nativeOrder());
        for (int word = 0; word < mask.length / 8; word++) {
            long bits = b.getLong(word * 8);
            while (bits != 0) {
                int bit = Long.numberOfTrailingZeros(bits);
                set.add(PyInt.of(word * 64L + bit));
                bits &= bits - 1;
            }
        }
        return set;
    }

    // CPython: Modules/posixmodule.c os_sched_setaffinity_impl
    @Exposed("sched_setaffinity($module, pid, mask, /)")
    public static void sched_setaffinity(PyObject pid, PyObject mask) {
        int p = CArgs.intFormat(pid);
        long[] words = new long[1];
        PyObject it = Iteration.iter(mask);
        for (PyObject item = Iteration.next(it); item != null; item = Iteration.next(it)) {
            if (!(item instanceof PyInt i)) {
                throw PyExceptions.typeError("expected an iterator of ints, but iterator "
                        + "yielded " + Ops.repr(item.type()).value());
            }
            long cpu = CArgs.asLong(i);
            if (cpu < 0) {
                throw PyExceptions.valueError("negative CPU number");
            }
            if (cpu > Integer.MAX_VALUE - 1) {
                throw PyExceptions.overflowError("invalid CPU number");
            }
            int word = (int) (cpu / 64);
            if (word >= words.length) {
                words = java.util.Arrays.copyOf(words, Math.max(word + 1, words.length * 2));
            }
            words[word] |= 1L << (cpu % 64);
        }
        byte[] bytes = new byte[words.length * 8];
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
        for (int i = 0; i < words.length; i++) {
            b.putLong(i * 8, words[i]);
        }
        call(() -> {
            SystemCalls.schedSetaffinity(p, bytes);
            return null;
        });
    }

    @Exposed("sched_get_priority_min($module, /, policy)")
    public static long sched_get_priority_min(PyObject policy) {
        int p = CArgs.asInt(policy);
        return call(() -> SystemCalls.schedPriority(false, p));
    }

    @Exposed("sched_get_priority_max($module, /, policy)")
    public static long sched_get_priority_max(PyObject policy) {
        int p = CArgs.asInt(policy);
        return call(() -> SystemCalls.schedPriority(true, p));
    }

    @Exposed("sched_getscheduler($module, pid, /)")
    public static long sched_getscheduler(PyObject pid) {
        int p = CArgs.intFormat(pid);
        return call(() -> SystemCalls.schedGetscheduler(p));
    }

    /** The priority of a sched_param argument. */
    // CPython: Modules/posixmodule.c convert_sched_param
    private static int schedPriority(PyObject param) {
        if (param.type() != SCHED_PARAM) {
            throw PyExceptions.typeError("must have a sched_param object");
        }
        long priority = CArgs.asLong(((PyTuple) param).get(0));
        if (priority > Integer.MAX_VALUE || priority < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("sched_priority out of range");
        }
        return (int) priority;
    }

    @Exposed("sched_getparam($module, pid, /)")
    public static PyObject sched_getparam(PyObject pid) {
        int p = CArgs.intFormat(pid);
        return PyStructSequence.make(SCHED_PARAM, PyInt.of(call(() ->
                SystemCalls.schedGetparam(p))));
    }

    @Exposed("sched_setparam($module, pid, param, /)")
    public static void sched_setparam(PyObject pid, PyObject param) {
        int p = CArgs.intFormat(pid);
        int priority = schedPriority(param);
        call(() -> {
            SystemCalls.schedSetparam(p, priority);
            return null;
        });
    }

    @Exposed("sched_setscheduler($module, pid, policy, param, /)")
    public static void sched_setscheduler(PyObject pid, PyObject policy, PyObject param) {
        int p = CArgs.intFormat(pid);
        int pol = CArgs.asInt(policy);
        int priority = schedPriority(param);
        call(() -> {
            SystemCalls.schedSetscheduler(p, pol, priority);
            return null;
        });
    }

    @Exposed("sched_rr_get_interval($module, pid, /)")
    public static double sched_rr_get_interval(PyObject pid) {
        int p = CArgs.intFormat(pid);
        return call(() -> SystemCalls.schedRrGetInterval(p));
    }

    @Exposed("tcgetpgrp($module, fd, /)")
    public static long tcgetpgrp(PyObject fd) {
        int n = CArgs.asInt(fd);
        return call(() -> SystemCalls.tcgetpgrp(n));
    }

    @Exposed("tcsetpgrp($module, fd, pgid, /)")
    public static void tcsetpgrp(PyObject fd, PyObject pgid) {
        int n = CArgs.asInt(fd);
        int g = CArgs.intFormat(pgid);
        call(() -> {
            SystemCalls.tcsetpgrp(n, g);
            return null;
        });
    }

    @Exposed("setpgrp($module, /)")
    public static void setpgrp() {
        call(() -> {
            SystemCalls.setpgrp();
            return null;
        });
    }

    // CPython: Modules/posixmodule.c os_wait3_impl, wait_helper
    @Exposed("wait3($module, /, options)")
    public static PyObject wait3(PyObject options) {
        return waitWithUsage(-1, CArgs.asInt(options));
    }

    @Exposed("wait4($module, /, pid, options)")
    public static PyObject wait4(PyObject pid, PyObject options) {
        int p = CArgs.intFormat(pid);
        return waitWithUsage(p, CArgs.asInt(options));
    }

    /** (pid, status, resource.struct_rusage), the usage zero when no child was ready. */
    private static PyObject waitWithUsage(int pid, int options) {
        byte[] ru = new byte[SystemCalls.RUSAGE_SIZE];
        int[] r = blocking(() -> SystemCalls.wait4(pid, options, ru));
        if (r[0] == 0) {
            java.util.Arrays.fill(ru, (byte) 0);
        }
        // CPython imports the resource module for its struct_rusage type
        ThreadState.current().interpreter.importer().importModule("resource");
        PyObject resource = Containers.getItem(
                ThreadState.current().interpreter.sysAttribute("modules"), PyStr.of("resource"));
        PyObject type = dev.krait.objects.Attributes.getAttr(resource, "struct_rusage");
        ByteBuffer b = ByteBuffer.wrap(ru).order(ByteOrder.nativeOrder());
        PyObject[] values = new PyObject[16];
        values[0] = new PyFloat(b.getLong(0) + b.getLong(8) * 0.000001);
        values[1] = new PyFloat(b.getLong(16) + b.getLong(24) * 0.000001);
        for (int i = 0; i < 14; i++) {
            values[i + 2] = PyInt.of(b.getLong(32 + 8 * i));
        }
        PyObject usage = Ops.call(type, PyTuple.of(values));
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), usage);
    }

    // CPython: Modules/posixmodule.c os_waitid_impl
    @Exposed("waitid($module, idtype, id, options, /)")
    public static PyObject waitid(PyObject idtype, PyObject id, PyObject options) {
        int type = CArgs.asInt(idtype);
        int ident = CArgs.intFormat(id);
        int opts = CArgs.asInt(options);
        int[] r = blocking(() -> SystemCalls.waitid(type, ident, opts));
        if (r[0] == 0) {
            return PyNone.NONE;
        }
        return PyStructSequence.make(WAITID_RESULT, PyInt.of(r[0]), fromId(r[1]),
                PyInt.of(r[2]), PyInt.of(r[3]), PyInt.of(r[4]));
    }

    @Exposed("pidfd_open($module, /, pid, flags=0)")
    public static long pidfd_open(PyObject pid, PyObject flags) {
        int p = CArgs.intFormat(pid);
        int f = CArgs.unsignedIntMask(flags);
        return call(() -> SystemCalls.pidfdOpen(p, f));
    }

    /** execv's and execve's argv: a non-empty tuple or list of paths, the first not empty. */
    // CPython: Modules/posixmodule.c parse_arglist
    private static List<byte[]> arguments(PyObject argv, String notSequence, String empty,
            String firstEmpty) {
        if (!(argv instanceof PyList) && !(argv instanceof PyTuple)) {
            throw PyExceptions.typeError(notSequence);
        }
        List<PyObject> items = Iteration.toList(argv);
        if (items.isEmpty()) {
            throw PyExceptions.valueError(empty);
        }
        List<byte[]> out = new ArrayList<>(items.size());
        for (PyObject item : items) {
            out.add(SpawnFunctions.fsConvert(item));
        }
        if (out.get(0).length == 0) {
            throw PyExceptions.valueError(firstEmpty);
        }
        return out;
    }

    // CPython: Modules/posixmodule.c os_execv_impl (like C's execv, buffered output of
    // sys.stdout that was not flushed is lost)
    @Exposed("execv($module, path, argv, /)")
    public static void execv(PyObject path, PyObject argv) {
        PathArg p = PathArg.of(path, "execv", "path", false);
        List<byte[]> args = arguments(argv, "execv() arg 2 must be a tuple or list",
                "execv() arg 2 must not be empty", "execv() arg 2 first element cannot be empty");
        audit("os.exec", p.object, argv, PyNone.NONE);
        try {
            SystemCalls.execve(p.bytes, -1, args, null);
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f);
        }
    }

    // CPython: Modules/posixmodule.c os_execve_impl
    @Exposed("execve($module, /, path, argv, env)")
    public static void execve(PyObject path, PyObject argv, PyObject env) {
        PathArg p = PathArg.of(path, "execve", "path", true);
        List<byte[]> args = arguments(argv, "execve: argv must be a tuple or list",
                "execve: argv must not be empty", "execve: argv first element cannot be empty");
        List<byte[]> envList = SpawnFunctions.environment(env, "execve");
        audit("os.exec", p.object, argv, env);
        try {
            SystemCalls.execve(p.bytes, p.fd, args, envList);
        } catch (Libc.Failure f) {
            throw p.error(f);
        }
    }

    @Exposed("abort($module, /)")
    public static void abort() {
        SystemCalls.abort();
    }

    @Exposed("sync($module, /)")
    public static void sync() {
        Gil.allowThreads(() -> {
            SystemCalls.sync();
            return null;
        });
    }
}
