package dev.krait.modules.thread;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Attributes;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.KraitThread;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.TracebackPrinter;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code _thread} module. Each Python thread is a JVM platform thread ({@link KraitThread},
 * with the large stack the main thread has, since the evaluator recurses on the Java stack)
 * with its own {@link ThreadState}; the interpreter's {@link dev.krait.runtime.Gil} lets one of
 * them run Python code at a time. Python threads are JVM daemon threads: the interpreter waits
 * for the non-daemon ones itself, through {@code threading._shutdown}, as CPython does.
 *
 * <p>CPython counterpart: Modules/_threadmodule.c.
 */
@NativeModule.Register("_thread")
public final class ThreadModule implements NativeModule {
    /** The threads of one interpreter: how many run, and the stack size for new ones. */
    static final class Threads {
        final AtomicInteger running = new AtomicInteger();
        final AtomicLong stackSize = new AtomicLong();
        final AtomicInteger started = new AtomicInteger();
    }

    private static Threads threads(Interpreter interpreter) {
        return interpreter.state(Threads.class, Threads::new);
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_thread");
        m.put("LockType", PyLock.TYPE);
        m.put("lock", PyLock.TYPE);
        m.put("RLock", PyRLock.TYPE);
        m.put("_local", PyThreadLocal.TYPE);
        m.put("error", PyExceptions.RuntimeError);
        m.put("TIMEOUT_MAX", new PyFloat(PyLock.TIMEOUT_MAX));
        m.put("_ExceptHookArgs", ExceptHook.ARGS);
        ModuleBuilder.addFunctions(m, ThreadModule.class);
        ModuleBuilder.addFunctions(m, ExceptHook.class);
        m.put("allocate", Attributes.getAttr(m, "allocate_lock"));
        m.put("start_new", Attributes.getAttr(m, "start_new_thread"));
        m.put("exit_thread", Attributes.getAttr(m, "exit"));
        m.getDict().removeItem(PyStr.of("lock"));
        return m;
    }

    /** The number {@code get_ident()} gives for {@code thread}. */
    static long identOf(Thread thread) {
        return thread.threadId();
    }

    // CPython: Modules/_threadmodule.c thread_PyThread_start_new_thread
    @Exposed(value = "start_new_thread($module, function, args, kwargs=<unrepresentable>, /)",
            doc = "Start a new thread and return its identifier.",
            signature = Exposed.Signature.HIDDEN)
    public static long start_new_thread(PyObject function, PyObject args, PyObject kwargs) {
        if (!Ops.isCallable(function)) {
            throw PyExceptions.typeError("first arg must be callable");
        }
        if (!(args instanceof PyTuple tuple)) {
            throw PyExceptions.typeError("2nd arg must be a tuple");
        }
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw PyExceptions.typeError("optional 3rd arg must be a dictionary");
        }
        PyObject[] argv = tuple.items().clone();
        String[] kwnames = null;
        if (kwargs instanceof PyDict d && d.size() > 0) {
            ArrayList<PyObject> all = new ArrayList<>(java.util.List.of(argv));
            kwnames = new String[d.size()];
            int k = 0;
            for (Map.Entry<PyObject, PyObject> e : d.entries()) {
                if (!(e.getKey() instanceof PyStr s)) {
                    throw PyExceptions.typeError("keywords must be strings");
                }
                kwnames[k++] = s.value();
                all.add(e.getValue());
            }
            argv = all.toArray(new PyObject[0]);
        }
        Interpreter interpreter = ThreadState.current().interpreter;
        Threads ts = threads(interpreter);
        long stack = ts.stackSize.get();
        ThreadState state = new ThreadState(interpreter);
        PyObject[] callArgs = argv;
        String[] callNames = kwnames;
        KraitThread thread = new KraitThread(() -> run(state, function, callArgs, callNames),
                "krait-thread-" + ts.started.incrementAndGet(),
                stack == 0 ? KraitThread.DEFAULT_STACK_BYTES : stack, state);
        thread.setDaemon(true);
        interpreter.gil().activate();
        ts.running.incrementAndGet();
        try {
            thread.start();
        } catch (OutOfMemoryError e) {
            ts.running.decrementAndGet();
            throw PyExceptions.of(PyExceptions.RuntimeError, "can't start new thread");
        }
        return identOf(thread);
    }

    /** A new thread's whole life. CPython: Modules/_threadmodule.c thread_run. */
    private static void run(ThreadState state, PyObject function, PyObject[] args,
            String[] kwnames) {
        Interpreter interpreter = state.interpreter;
        interpreter.gil().acquire();
        try {
            Ops.call(function, args, kwnames);
        } catch (PyException e) {
            if (!e.value.type().isSubtypeOf(PyExceptions.SystemExit)) {
                reportUncaught(function, e.value);
            }
        } catch (StackOverflowError e) {
            reportUncaught(function, Errors.recursionError(
                    "maximum recursion depth exceeded").value);
        } finally {
            try {
                if (state.exitHooks != null) {
                    for (Runnable hook : state.exitHooks) {
                        hook.run();
                    }
                }
            } finally {
                threads(interpreter).running.decrementAndGet();
                interpreter.gil().release();
            }
        }
    }

    /** CPython 3.11: _PyErr_WriteUnraisableMsg("in thread started by", func). */
    private static void reportUncaught(PyObject function, PyBaseException e) {
        StringBuilder text = new StringBuilder("Exception ignored in thread started by: ");
        try {
            text.append(Ops.repr(function).value());
        } catch (PyException failed) {
            text.append("<object repr() failed>");
        }
        text.append('\n').append(TracebackPrinter.format(e));
        try {
            PyObject err = ThreadState.current().interpreter.sysAttribute("stderr");
            if (err != null && err != PyNone.NONE) {
                Ops.callMethod(err, "write", PyStr.of(text.toString()));
                return;
            }
        } catch (PyException failed) {
            // fall through to the process's stream
        }
        System.err.print(text);
    }

    @Exposed(value = "allocate_lock($module, /)", doc = "allocate_lock() -> lock object\n"
            + "(allocate() is an obsolete synonym)\n\nCreate a new lock object. See help(type("
            + "threading.Lock())) for\ninformation about locks.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject allocate_lock() {
        return new PyLock();
    }

    // CPython: Modules/_threadmodule.c thread_PyThread_interrupt_main
    @Exposed(value = "interrupt_main($module, signum=<unrepresentable>, /)",
            doc = "interrupt_main(signum=signal.SIGINT, /)\n\n"
                    + "Simulate the arrival of the given signal in the main thread,\nwhere the "
                    + "corresponding signal handler will be executed.\nIf *signum* is omitted, "
                    + "SIGINT is assumed.\nA subthread can use this function to interrupt the "
                    + "main thread.\n\nNote: the default signal handler for SIGINT raises "
                    + "``KeyboardInterrupt``.", signature = Exposed.Signature.HIDDEN)
    public static void interrupt_main(PyObject signum) {
        int n = signum == null ? 2 : CArgs.intFormat(signum);
        if (!dev.krait.modules.signal.SignalState.interruptMain(
                ThreadState.current().interpreter, n)) {
            throw PyExceptions.valueError("signal number out of range");
        }
    }

    @Exposed(value = "get_ident($module, /)",
            doc = "Return a non-zero integer that uniquely identifies the current thread.",
            signature = Exposed.Signature.HIDDEN)
    public static long get_ident() {
        return identOf(Thread.currentThread());
    }

    @Exposed(value = "get_native_id($module, /)",
            doc = "Return a non-negative integer identifying the thread as reported by the OS.",
            signature = Exposed.Signature.HIDDEN)
    public static long get_native_id() {
        return identOf(Thread.currentThread());
    }

    @Exposed(value = "_count($module, /)",
            doc = "Return the number of currently running Python threads, excluding the main "
                    + "thread.", signature = Exposed.Signature.HIDDEN)
    public static long _count() {
        return threads(ThreadState.current().interpreter).running.get();
    }

    // CPython: Modules/_threadmodule.c thread_stack_size
    @Exposed(value = "stack_size($module, size=0, /)",
            doc = "Return the thread stack size used when creating new threads.",
            signature = Exposed.Signature.HIDDEN)
    public static long stack_size(PyObject size) {
        long n = CArgs.asSsizeT(size);
        if (n != 0 && n < 32768) {
            throw PyExceptions.valueError("size not valid: " + n + " bytes");
        }
        return threads(ThreadState.current().interpreter).stackSize.getAndSet(n);
    }

    /**
     * A new lock that is released (if locked) when the calling thread's Python code ends:
     * {@code threading} acquires it at once and {@code Thread.join} waits on it. CPython: Modules/_threadmodule.c thread__set_sentinel.
     */
    @Exposed(value = "_set_sentinel($module, /)",
            doc = "Set a sentinel lock that will be released when the current thread state is "
                    + "finalized.", signature = Exposed.Signature.HIDDEN)
    public static PyObject _set_sentinel() {
        PyLock lock = new PyLock();
        ThreadState ts = ThreadState.current();
        if (ts.exitHooks == null) {
            ts.exitHooks = new ArrayList<>(1);
        }
        ts.exitHooks.add(() -> {
            if (lock.locked()) {
                lock.release();
            }
        });
        return lock;
    }

    @Exposed(value = "exit($module, /)", doc = "This is synonymous to ``raise SystemExit''.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject exit() {
        throw ((PyBaseException) Ops.call(PyExceptions.SystemExit)).raise();
    }
}
