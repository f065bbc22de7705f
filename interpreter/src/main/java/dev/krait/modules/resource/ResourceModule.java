package dev.krait.modules.resource;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.fcntl.CCalls;
import dev.krait.modules.posix.Libc;
import dev.krait.modules.sys.PyStructSequence;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.util.List;

/**
 * The {@code resource} module: the process's resource limits ({@code getrlimit},
 * {@code setrlimit}, {@code prlimit}), its resource usage as a {@code struct_rusage}, and the
 * page size, as test harnesses and servers read and raise them. Limits are C {@code rlim_t}
 * values shown signed, so RLIM_INFINITY is -1 as in CPython; the errors CPython gives names to
 * (EINVAL, EPERM) become its ValueErrors, any other errno an OSError.
 *
 * <p>CPython counterpart: Modules/resource.c.
 */
@NativeModule.Register("resource")
public final class ResourceModule implements NativeModule {
    private static final int RLIM_NLIMITS = 16;
    private static final int EPERM = 1;
    private static final int EINVAL = 22;

    static final PyType STRUCT_RUSAGE = PyStructSequence.newType("resource", "struct_rusage",
            16, true, "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
            "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd",
            "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw");

    static {
        STRUCT_RUSAGE.setTypeAttribute("__doc__", PyStr.of("struct_rusage: Result from "
                + "getrusage.\n\nThis object may be accessed either as a tuple of\n    (utime,"
                + "stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,"
                + "msgrcv,nsignals,nvcsw,nivcsw)\nor via the attributes ru_utime, ru_stime, "
                + "ru_maxrss, and so on."));
    }

    /** Linux's values (glibc's headers on x86-64). */
    private static final Object[] CONSTANTS = {
        "RLIMIT_CPU", 0, "RLIMIT_FSIZE", 1, "RLIMIT_DATA", 2, "RLIMIT_STACK", 3,
        "RLIMIT_CORE", 4, "RLIMIT_NOFILE", 7, "RLIMIT_OFILE", 7, "RLIMIT_AS", 9,
        "RLIMIT_RSS", 5, "RLIMIT_NPROC", 6, "RLIMIT_MEMLOCK", 8, "RLIMIT_MSGQUEUE", 12,
        "RLIMIT_NICE", 13, "RLIMIT_RTPRIO", 14, "RLIMIT_RTTIME", 15, "RLIMIT_SIGPENDING", 11,
        "RUSAGE_SELF", 0, "RUSAGE_CHILDREN", -1, "RUSAGE_THREAD", 1, "RLIM_INFINITY", -1};

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("resource");
        ModuleBuilder.addFunctions(m, ResourceModule.class);
        m.put("error", PyExceptions.OSError);
        m.put("struct_rusage", STRUCT_RUSAGE);
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            m.put((String) CONSTANTS[i], PyInt.of((Integer) CONSTANTS[i + 1]));
        }
        return m;
    }

    private static int resource(PyObject arg) {
        int r = CArgs.asInt(arg);
        if (r < 0 || r >= RLIM_NLIMITS) {
            throw PyExceptions.valueError("invalid resource specified");
        }
        return r;
    }

    /** A (soft, hard) pair of ints from any iterable of two. */
    // CPython: Modules/resource.c py2rlimit
    private static long[] limits(PyObject limits) {
        List<PyObject> items = Iteration.toList(limits);
        if (items.size() != 2) {
            throw PyExceptions.valueError("expected a tuple of 2 integers");
        }
        return new long[] {CArgs.asLong(items.get(0)), CArgs.asLong(items.get(1))};
    }

    private static PyObject pair(long[] rl) {
        return PyTuple.of(PyInt.of(rl[0]), PyInt.of(rl[1]));
    }

    // CPython: Modules/resource.c resource_getrusage_impl
    @Exposed("getrusage($module, who, /)")
    public static PyObject getrusage(PyObject whoArg) {
        int who = CArgs.asInt(whoArg);
        long[] counters = new long[14];
        double[] times;
        try {
            times = ResourceCalls.getrusageTimes(who, counters);
        } catch (Libc.Failure f) {
            if (f.errno == EINVAL) {
                throw PyExceptions.valueError("invalid who parameter");
            }
            throw CCalls.osError(f);
        }
        PyObject[] values = new PyObject[16];
        values[0] = new PyFloat(times[0]);
        values[1] = new PyFloat(times[1]);
        for (int i = 0; i < counters.length; i++) {
            values[i + 2] = PyInt.of(counters[i]);
        }
        return PyStructSequence.make(STRUCT_RUSAGE, values);
    }

    // CPython: Modules/resource.c resource_getrlimit_impl
    @Exposed("getrlimit($module, resource, /)")
    public static PyObject getrlimit(PyObject resourceArg) {
        int r = resource(resourceArg);
        try {
            return pair(ResourceCalls.getrlimit(r));
        } catch (Libc.Failure f) {
            throw CCalls.osError(f);
        }
    }

    // CPython: Modules/resource.c resource_setrlimit_impl
    @Exposed("setrlimit($module, resource, limits, /)")
    public static void setrlimit(PyObject resourceArg, PyObject limitsArg) {
        int r = resource(resourceArg);
        long[] rl = limits(limitsArg);
        try {
            ResourceCalls.setrlimit(r, rl[0], rl[1]);
        } catch (Libc.Failure f) {
            throw switch (f.errno) {
                case EINVAL -> PyExceptions.valueError("current limit exceeds maximum limit");
                case EPERM -> PyExceptions.valueError("not allowed to raise maximum limit");
                default -> CCalls.osError(f);
            };
        }
    }

    // CPython: Modules/resource.c resource_prlimit_impl
    @Exposed(value = "prlimit($module, pid, resource, limits=<unrepresentable>, /)",
            doc = "prlimit(pid, resource, [limits])", signature = Exposed.Signature.HIDDEN)
    public static PyObject prlimit(PyObject pidArg, PyObject resourceArg, PyObject limitsArg) {
        int pid = CArgs.intFormat(pidArg);
        int r = resource(resourceArg);
        long[] rl = limitsArg == null ? null : limits(limitsArg);
        try {
            return pair(ResourceCalls.prlimit(pid, r, rl));
        } catch (Libc.Failure f) {
            if (f.errno == EINVAL) {
                throw PyExceptions.valueError("current limit exceeds maximum limit");
            }
            throw CCalls.osError(f);
        }
    }

    @Exposed("getpagesize($module, /)")
    public static long getpagesize() {
        return ResourceCalls.getpagesize();
    }
}
