package dev.krait.modules.sys;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Attributes;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.TracebackPrinter;

/**
 * The functions of the {@code sys} module. Those that read or change interpreter state reach
 * it through the calling thread ({@link ThreadState#current()}), since one Java method serves
 * every interpreter's {@code sys}.
 *
 * <p>CPython counterpart: Python/sysmodule.c (and Python/clinic/sysmodule.c.h for the
 * signatures).
 */
public final class SysFunctions {
    private SysFunctions() {}

    private static ThreadState thread() {
        ThreadState ts = ThreadState.current();
        if (ts == null) {
            throw PyExceptions.systemError("no interpreter is running on this thread");
        }
        return ts;
    }

    private static Interpreter interp() {
        return thread().interpreter;
    }

    // CPython: Python/sysmodule.c sys_exit_impl: a tuple status becomes the exception's args
    @Exposed(value = "exit($module, status=None, /)")
    public static PyObject exit(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("sys.exit() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyExceptions.typeError("exit expected at most 1 argument, got " + args.length);
        }
        PyTuple excArgs = args.length == 0 || args[0] == PyNone.NONE ? PyTuple.EMPTY
                : args[0] instanceof PyTuple t && t.type() == PyTuple.TYPE ? t
                : PyTuple.of(args[0]);
        PyObject e = Ops.call(PyExceptions.SystemExit, excArgs.items());
        throw ((PyBaseException) e).raise();
    }

    @Exposed(value = "getswitchinterval($module, /)")
    public static double getswitchinterval() {
        return interp().gil().switchInterval();
    }

    // CPython: Python/sysmodule.c sys_setswitchinterval_impl
    @Exposed(value = "setswitchinterval($module, interval, /)")
    public static void setswitchinterval(PyObject interval) {
        double seconds = dev.krait.objects.FloatMath.asDouble(interval);
        if (seconds <= 0.0) {
            throw PyExceptions.valueError("switch interval must be strictly positive");
        }
        interp().gil().setSwitchInterval(seconds);
    }

    @Exposed(value = "getrecursionlimit($module, /)")
    public static long getrecursionlimit() {
        return interp().recursionLimit();
    }

    // CPython: Python/sysmodule.c sys_setrecursionlimit_impl
    @Exposed(value = "setrecursionlimit($module, limit, /)")
    public static void setrecursionlimit(PyObject limit) {
        PyInt n = Numbers.index(limit);
        if (!n.isSmall() || n.longValue() > Integer.MAX_VALUE
                || n.longValue() < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        int v = (int) n.longValue();
        if (v < 1) {
            throw PyExceptions.valueError("recursion limit must be greater or equal than 1");
        }
        int depth = thread().depth;
        if (depth >= v) {
            throw PyExceptions.of(PyExceptions.RecursionError, "cannot set the recursion limit "
                    + "to " + v + " at the recursion depth " + depth + ": the limit is too low");
        }
        interp().setRecursionLimit(v);
    }

    // CPython: Python/sysmodule.c sys_settrace -- per thread, for frames started from now on
    @Exposed(value = "settrace($module, function, /)", doc = "settrace(function)\n\nSet "
            + "the global debug tracing function.  It will be called on each\nfunction "
            + "call.  See the debugger chapter in the library manual.",
            signature = Exposed.Signature.HIDDEN)
    public static void settrace(PyObject function) {
        dev.krait.runtime.Audit.audit("sys.settrace"); // CPython: ceval.c _PyEval_SetTrace
        ThreadState ts = thread();
        ts.traceFunction = function == PyNone.NONE ? null : function;
        dev.krait.runtime.Tracing.traceFunctionSet(ts);
    }

    @Exposed(value = "gettrace($module, /)", doc = "Return the global debug tracing function "
            + "set with sys.settrace.\n\nSee the debugger chapter in the library manual.")
    public static PyObject gettrace() {
        PyObject f = thread().traceFunction;
        return f == null ? PyNone.NONE : f;
    }

    @Exposed(value = "setprofile($module, function, /)", doc = "setprofile(function)\n\n"
            + "Set the profiling function.  It will be called on each function call\nand "
            + "return.  See the profiler chapter in the library manual.",
            signature = Exposed.Signature.HIDDEN)
    public static void setprofile(PyObject function) {
        dev.krait.runtime.Audit.audit("sys.setprofile"); // CPython: _PyEval_SetProfile
        thread().setProfileFunction(function == PyNone.NONE ? null : function);
    }

    @Exposed(value = "getprofile($module, /)", doc = "Return the profiling function set with "
            + "sys.setprofile.\n\nSee the profiler chapter in the library manual.")
    public static PyObject getprofile() {
        PyObject f = thread().profileFunction;
        return f == null ? PyNone.NONE : f;
    }

    @Exposed(value = "_getframe($module, depth=0, /)")
    public static PyObject _getframe(PyObject depth) {
        long d = CArgs.asInt(depth);
        PyFrame f = thread().frame;
        for (long i = 0; i < d && f != null; i++) {
            f = f.back;
        }
        if (f == null) {
            throw PyExceptions.valueError("call stack is not deep enough");
        }
        dev.krait.runtime.Audit.audit("sys._getframe", f); // CPython: sys__getframe_impl
        return f.expose();
    }

    // CPython: Python/sysmodule.c sys_call_tracing_impl
    @Exposed(value = "call_tracing($module, func, args, /)", doc = "Call func(*args), while "
            + "tracing is enabled.\n\nThe tracing state is saved, and restored afterwards.  "
            + "This is intended\nto be called from a debugger from a checkpoint, to "
            + "recursively debug\nsome other code.")
    public static PyObject call_tracing(PyObject func, PyObject args) {
        if (!(args instanceof PyTuple t)) {
            throw PyExceptions.typeError("call_tracing() argument 2 must be tuple, not "
                    + args.type().getName());
        }
        return dev.krait.runtime.Tracing.callTracing(func, t.items().clone());
    }

    /**
     * Krait's attribute caches are checked against each class's version on every use, so
     * there is nothing stale to drop: CPython clears its type cache only to release the
     * references it holds (reference-leak hunting).
     */
    // CPython: Python/sysmodule.c sys__clear_type_cache_impl
    @Exposed(value = "_clear_type_cache($module, /)",
            doc = "Clear the internal type lookup cache.")
    public static PyObject _clear_type_cache() {
        return PyNone.NONE;
    }

    /** The flags dlopen() would be given for extension modules, per interpreter. */
    public static final class DlopenFlags {
        // CPython: Python/pystate.c, interp->dlopenflags = RTLD_NOW on Linux and macOS
        public long flags = 2;
    }

    // CPython: Python/sysmodule.c sys_getdlopenflags_impl
    @Exposed(value = "getdlopenflags($module, /)", doc = "Return the current value of the "
            + "flags that are used for dlopen calls.\n\nThe flag constants are defined in "
            + "the os module.")
    public static PyObject getdlopenflags() {
        return PyInt.of(ThreadState.current().interpreter.state(DlopenFlags.class,
                DlopenFlags::new).flags);
    }

    /**
     * Krait loads no C extension modules, so the flags are only kept for getdlopenflags, as
     * CPython keeps them for the next extension it loads.
     */
    // CPython: Python/sysmodule.c sys_setdlopenflags_impl
    @Exposed(value = "setdlopenflags($module, flags, /)", doc = "Set the flags used by the "
            + "interpreter for dlopen calls.")
    public static PyObject setdlopenflags(PyObject flags) {
        int value = CArgs.asInt(flags);
        ThreadState.current().interpreter.state(DlopenFlags.class, DlopenFlags::new).flags =
                value;
        return PyNone.NONE;
    }

    @Exposed(value = "intern($module, string, /)")
    public static PyObject intern(PyObject string) {
        if (!(string instanceof PyStr s)) {
            throw PyExceptions.typeError("intern() argument must be str, not "
                    + string.type().getName());
        }
        // CPython: Python/sysmodule.c sys_intern_impl: a str subclass passes the argument
        // check and is refused after it
        if (string.type() != PyStr.TYPE) {
            throw PyExceptions.typeError("can't intern " + string.type().tpName());
        }
        return PyStr.intern(s);
    }

    @Exposed(value = "getsizeof($module, object, default=<unrepresentable>)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject getsizeof(PyObject object, PyObject dflt) {
        try {
            return PyInt.of(ObjectSizes.sizeOf(object));
        } catch (dev.krait.objects.PyException e) {
            if (dflt != null && e.matches(PyExceptions.TypeError)) {
                return dflt;
            }
            throw e;
        }
    }

    @Exposed(value = "getdefaultencoding($module, /)")
    public static String getdefaultencoding() {
        return "utf-8";
    }

    @Exposed(value = "getfilesystemencoding($module, /)")
    public static String getfilesystemencoding() {
        return "utf-8";
    }

    @Exposed(value = "getfilesystemencodeerrors($module, /)")
    public static String getfilesystemencodeerrors() {
        return "surrogateescape";
    }

    // CPython: Python/sysmodule.c sys_exc_info_impl
    @Exposed(value = "exc_info($module, /)")
    public static PyObject exc_info() {
        PyBaseException e = thread().handled;
        if (e == null) {
            return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        return PyTuple.of(e.type(), e, e.getTraceback());
    }

    /**
     * Each thread's top frame, keyed by its {@code _thread.get_ident()}; a thread that runs no
     * Python frame at the moment is left out.
     */
    // CPython: Python/pystate.c _PyThread_CurrentFrames
    @Exposed(value = "_current_frames($module, /)")
    public static PyObject _current_frames() {
        PyDict result = new PyDict();
        for (var e : ThreadState.live(thread().interpreter).entrySet()) {
            PyFrame f = e.getValue().frame;
            if (f != null) {
                result.setItem(PyInt.of(e.getKey()), f.expose());
            }
        }
        return result;
    }

    /**
     * Each thread's exception being handled, as the {@code sys.exc_info()} triple that thread
     * would see ({@code (None, None, None)} when it handles none), keyed by thread identifier.
     */
    // CPython: Python/pystate.c _PyThread_CurrentExceptions (3.11: exc_info tuples)
    @Exposed(value = "_current_exceptions($module, /)")
    public static PyObject _current_exceptions() {
        PyDict result = new PyDict();
        for (var e : ThreadState.live(thread().interpreter).entrySet()) {
            PyBaseException x = e.getValue().handled;
            result.setItem(PyInt.of(e.getKey()), x == null
                    ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE)
                    : PyTuple.of(x.type(), x, x.getTraceback()));
        }
        return result;
    }

    @Exposed(value = "exception($module, /)")
    public static PyObject exception() {
        PyBaseException e = thread().handled;
        return e == null ? PyNone.NONE : e;
    }

    @Exposed(value = "get_int_max_str_digits($module, /)")
    public static long get_int_max_str_digits() {
        return interp().intMaxStrDigits();
    }

    // CPython: Python/sysmodule.c sys_set_int_max_str_digits_impl
    @Exposed(value = "set_int_max_str_digits($module, /, maxdigits)")
    public static void set_int_max_str_digits(PyObject maxdigits) {
        PyInt n = Numbers.index(maxdigits);
        long v = n.isSmall() ? n.longValue() : Long.MAX_VALUE;
        if (v != 0 && (v <= 640 || v > Integer.MAX_VALUE)) {
            throw PyExceptions.valueError("maxdigits must be 0 or larger than 640");
        }
        interp().setIntMaxStrDigits((int) v);
    }

    // CPython: Python/sysmodule.c sys_displayhook
    @Exposed(value = "displayhook($module, object, /)")
    public static void displayhook(PyObject object) {
        if (object == PyNone.NONE) {
            return;
        }
        Interpreter interp = interp();
        PyModule builtins = interp.builtinsModule();
        builtins.put("_", PyNone.NONE);
        PyObject out = interp.sysAttribute("stdout");
        if (out == null || out == PyNone.NONE) {
            throw PyExceptions.runtimeError("lost sys.stdout");
        }
        Ops.callMethod(out, "write", Ops.repr(object));
        Ops.callMethod(out, "write", PyStr.of("\n"));
        builtins.put("_", object);
    }

    // CPython: Python/sysmodule.c sys_unraisablehook
    @Exposed(value = "unraisablehook($module, unraisable, /)",
            doc = "Handle an unraisable exception.\n\nThe unraisable argument has the following "
                    + "attributes:\n\n* exc_type: Exception type.\n* exc_value: Exception value, "
                    + "can be None.\n* exc_traceback: Exception traceback, can be None.\n* "
                    + "err_msg: Error message, can be None.\n* object: Object causing the "
                    + "exception, can be None.")
    public static void unraisablehook(PyObject unraisable) {
        dev.krait.runtime.Errors.defaultUnraisableHook(unraisable);
    }

    // CPython: Python/sysmodule.c sys_excepthook_impl over PyErr_Display
    @Exposed(value = "excepthook($module, exctype, value, traceback, /)")
    public static void excepthook(PyObject type, PyObject value, PyObject traceback) {
        Interpreter interp = interp();
        PyObject err = interp.sysAttribute("stderr");
        if (err == null || err == PyNone.NONE) {
            throw PyExceptions.runtimeError("lost sys.stderr");
        }
        if (!(value instanceof PyBaseException e)) {
            Ops.callMethod(err, "write", PyStr.of("TypeError: print_exception(): Exception "
                    + "expected for value, " + value.type().getName() + " found\n"));
            return;
        }
        Ops.callMethod(err, "write", PyStr.of(TracebackPrinter.formatWithSysLimit(interp, e)));
        PyObject flush = Attributes.lookupAttrOrNull(err, "flush");
        if (flush != null) {
            Ops.call(flush);
        }
    }

    static final dev.krait.objects.PyType ASYNCGEN_HOOKS = PyStructSequence.newType("builtins",
            "asyncgen_hooks", "firstiter", "finalizer");

    @Exposed(value = "is_finalizing($module, /)")
    public static boolean is_finalizing() {
        return interp().isFinalizing();
    }

    // CPython: Python/sysmodule.c sys_set_coroutine_origin_tracking_depth_impl
    @Exposed("set_coroutine_origin_tracking_depth($module, /, depth)")
    public static void set_coroutine_origin_tracking_depth(PyObject depth) {
        int d = dev.krait.objects.Numbers.index(depth).intValueExact(
                "Python int too large to convert to C int");
        if (d < 0) {
            throw dev.krait.objects.PyExceptions.valueError("depth must be >= 0");
        }
        thread().coroutineOriginDepth = d;
    }

    @Exposed("get_coroutine_origin_tracking_depth($module, /)")
    public static long get_coroutine_origin_tracking_depth() {
        return thread().coroutineOriginDepth;
    }

    @Exposed(value = "get_asyncgen_hooks($module, /)")
    public static PyObject get_asyncgen_hooks() {
        ThreadState ts = thread();
        return PyStructSequence.make(ASYNCGEN_HOOKS, orNone(ts.asyncgenFirstiter),
                orNone(ts.asyncgenFinalizer));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    // CPython: Python/sysmodule.c sys_set_asyncgen_hooks (the finalizer is checked first)
    @Exposed(value = "set_asyncgen_hooks($module, firstiter=<unrepresentable>, "
            + "finalizer=<unrepresentable>)", signature = Exposed.Signature.HIDDEN)
    public static void set_asyncgen_hooks(PyObject firstiter, PyObject finalizer) {
        ThreadState ts = thread();
        if (finalizer != null && finalizer != PyNone.NONE && !Ops.isCallable(finalizer)) {
            throw PyExceptions.typeError("callable finalizer expected, got "
                    + finalizer.type().getName());
        }
        if (firstiter != null && firstiter != PyNone.NONE && !Ops.isCallable(firstiter)) {
            throw PyExceptions.typeError("callable firstiter expected, got "
                    + firstiter.type().getName());
        }
        if (finalizer != null) {
            ts.asyncgenFinalizer = finalizer == PyNone.NONE ? null : finalizer;
        }
        if (firstiter != null) {
            ts.asyncgenFirstiter = firstiter == PyNone.NONE ? null : firstiter;
        }
    }
}
