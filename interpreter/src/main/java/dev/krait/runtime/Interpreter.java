package dev.krait.runtime;

import dev.krait.objects.PyCode;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.lang.ref.ReferenceQueue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Python interpreter: everything a running program can change — {@code sys.modules}, the
 * {@code builtins} and {@code sys} modules, the recursion limit — lives in an instance, so
 * several interpreters can run in one JVM without seeing each other (CPython's test runner,
 * threads and embedding programs need this). Immutable things (type objects, small ints) are
 * shared by all.
 *
 * <p>CPython counterpart: Include/internal/pycore_interp.h {@code PyInterpreterState} and
 * Python/pylifecycle.c.
 */
public final class Interpreter {
    private volatile boolean finalizing;
    private volatile int recursionLimit = 1000;
    private final PyDict modules = new PyDict();
    private final PyModule builtinsModule;
    private final PyDict builtins;
    private final Importer importer;
    private PyModule sysModule;
    /** {@code sys.get_int_max_str_digits()}: the limit on int/str conversions (gh-95778). */
    private volatile int intMaxStrDigits = 4300;
    /** How the command line started this interpreter (see {@link StartupConfig}). */
    private volatile StartupConfig startupConfig = StartupConfig.EMBEDDED;
    /** The strings {@code sys.intern} has made canonical. */
    /** Native modules' per-interpreter state, by the state's class (see {@link #state}). */
    private final Map<Class<?>, Object> moduleStates = new ConcurrentHashMap<>();
    /** The lock that lets one thread at a time run this interpreter's Python code. */
    private final Gil gil = new Gil();
    /** Where the JVM reports dead referents of weak references that have work to do. */
    private final ReferenceQueue<Object> deaths = new ReferenceQueue<>();
    private final dev.krait.objects.FinalizerQueue dying =
            new dev.krait.objects.FinalizerQueue();
    /**
     * Set at exit once the program's objects are being finalized, when CPython has cleared
     * sys.modules: tracebacks then show no source lines, as CPython's cannot import io to read
     * them (Python/traceback.c _Py_DisplaySourceLine).
     */
    volatile boolean tearingDown;
    /** What runs as the interpreter ends ({@code atexit}'s callbacks), in order added. */
    private final java.util.List<Runnable> exitHooks =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * The thread that runs this interpreter's {@code __main__}: where signal handlers run and
     * the only one allowed to set them (CPython: {@code _PyRuntime.main_thread}, the thread
     * that initialised Python). The creating thread until a main runner claims it.
     */
    private volatile Thread mainThread = Thread.currentThread();

    /** Set by {@link #requestStop}, never cleared. */
    private volatile boolean stopRequested;
    /** What {@link #requestStop} runs: native modules give back what they hold of the process. */
    private final java.util.List<Runnable> stopHooks =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public Interpreter() {
        this.builtinsModule = new PyModule("builtins");
        this.builtins = builtinsModule.getDict();
        modules.setItem(PyStr.of("builtins"), builtinsModule);
        this.importer = new Importer(this);
        createCoreModules();
    }

    /** The thread that runs {@code __main__} (see {@link #mainThread}'s field). */
    public Thread mainThread() {
        return mainThread;
    }

    /** Makes the current thread the one that runs {@code __main__} and signal handlers. */
    public void claimMainThread() {
        mainThread = Thread.currentThread();
    }

    /**
     * Asks every thread running this interpreter's Python code to stop, for good: each throws
     * {@link InterpreterStopped} at its next safe point (a loop's next iteration, a call, taking
     * the GIL), which no Python handler catches, and again at every safe point after. Threads
     * blocked in a Java wait (a sleep, a lock) are interrupted so that they get there; one
     * blocked in a native call gets there when the call returns. Then the stop hooks run (the
     * signal module disarms the timers the program set). Returns at once: the caller waits for
     * the threads if it must.
     *
     * <p>For a program that must be abandoned (a test harness's time limit, an embedder's
     * cancel); CPython has no counterpart, as its programs end with their process. The check
     * costs the evaluator nothing new: it rides on the safe-point flag ({@link Signals#pending})
     * that every loop iteration and call reads already.
     */
    public void requestStop() {
        synchronized (stopHooks) {
            if (stopRequested) {
                return;
            }
            stopRequested = true;
        }
        gil.stop();
        Signals.stopRequested(this);
        for (ThreadState ts : ThreadState.live(this).values()) {
            if (ts.thread != Thread.currentThread()) {
                ts.thread.interrupt();
            }
        }
        for (Runnable hook : stopHooks) {
            hook.run();
        }
    }

    /** Whether {@link #requestStop} was called. */
    public boolean stopRequested() {
        return stopRequested;
    }

    /**
     * Adds {@code hook} to what {@link #requestStop} runs (on the requesting thread, while the
     * interpreter's threads may still be unwinding, so it must touch no Python object): a native
     * module's way to give back what it holds of the process, which the JVM outlives.
     */
    public void addStopHook(Runnable hook) {
        stopHooks.add(hook);
    }

    /**
     * Fills the builtins module and creates {@code sys}, as CPython's pycore_init_builtins and
     * _PySys_Create do; both are native modules, found through the importer's registry (they
     * live in {@code dev.krait.modules}, a layer above this one).
     */
    private void createCoreModules() {
        PyModule b = importer.createNative("builtins");
        if (b != null && b != builtinsModule) {
            throw new IllegalStateException("the builtins module must fill the interpreter's");
        }
        PyModule sys = importer.createNative("sys");
        if (sys != null) {
            this.sysModule = sys;
            modules.setItem(PyStr.of("sys"), sys);
        }
    }

    /**
     * The per-interpreter state of type {@code kind}, made by {@code create} on first use: where
     * a native module keeps what CPython keeps in its interpreter or module state (warnings
     * filters, the codec registry, weak references, atexit callbacks…), so that interpreters
     * share none of it, and a module object that is made again ({@code importlib.reload}) finds
     * the same state.
     */
    public <T> T state(Class<T> kind, java.util.function.Supplier<T> create) {
        Object s = moduleStates.get(kind);
        if (s == null) {
            s = moduleStates.computeIfAbsent(kind, k -> create.get());
        }
        return kind.cast(s);
    }

    /** The global interpreter lock of this interpreter (see {@link Gil}). */
    public Gil gil() {
        return gil;
    }

    /**
     * The queue on which weak references with a callback are enqueued when their referent
     * dies; {@link SafePoints} runs each enqueued {@link SafePoints.Cleanup} on a thread that
     * holds the GIL, never on the JVM's reference-handler thread.
     */
    public ReferenceQueue<Object> referenceQueue() {
        return deaths;
    }

    /**
     * The objects with a {@code __del__} the JVM found unreachable, queued by their finalizers
     * for {@link SafePoints} to call {@code __del__} on (see
     * {@link dev.krait.objects.Finalization}).
     */
    public dev.krait.objects.FinalizerQueue finalizerQueue() {
        return dying;
    }

    /**
     * Adds {@code hook} to what {@link #runExitHooks} runs: a native module's way to act as
     * the interpreter finalises (CPython: Python/pylifecycle.c Py_FinalizeEx calling
     * _PyAtExit_Call).
     */
    public void addExitHook(Runnable hook) {
        exitHooks.add(hook);
    }

    /** Runs the exit hooks, last added first; the program's main thread calls it at exit. */
    public void runExitHooks() {
        for (int i = exitHooks.size() - 1; i >= 0; i--) {
            exitHooks.get(i).run();
        }
        finalizing = true;
    }

    /**
     * {@code sys.is_finalizing()}: whether the interpreter is shutting down, which it is once
     * the exit hooks ({@code atexit}) have run.
     */
    public boolean isFinalizing() {
        return finalizing;
    }

    /** The import system of this interpreter. */
    public Importer importer() {
        return importer;
    }

    /** The {@code sys} module, or null while it is being created. */
    public PyModule sysModule() {
        return sysModule;
    }

    /** Attribute {@code name} of the sys module ({@code sys.stdout}), or null when unset. */
    public PyObject sysAttribute(String name) {
        return sysModule == null ? null : sysModule.getDict().getItem(PyStr.of(name));
    }

    /**
     * {@code sys.flags.optimize} ({@code -O}, {@code -OO}, {@code PYTHONOPTIMIZE}): the level at
     * which the main program and imported modules are compiled, and compile()'s default.
     */
    public int optimizeLevel() {
        PyObject flags = sysAttribute("flags");
        PyObject level = flags == null ? null
                : dev.krait.objects.Attributes.lookupAttrOrNull(flags, "optimize");
        return level instanceof dev.krait.objects.PyInt i && i.isSmall() ? (int) i.longValue()
                : 0;
    }

    /**
     * The builtins a frame uses for globals whose {@code __builtins__} is {@code given}: that
     * dict, or that module's dict, else this interpreter's ({@code eval(s, {'__builtins__':
     * {}})} runs without builtins). CPython: Python/frame.c _PyEval_BuiltinsFromGlobals.
     */
    // CPython: Python/ceval.c _PyEval_BuiltinsFromGlobals
    private PyObject builtinsFrom(PyObject given) {
        if (given instanceof PyModule m) {
            return m.getDict();
        }
        return given != null ? given : builtins;
    }

    public int intMaxStrDigits() {
        return intMaxStrDigits;
    }

    public void setIntMaxStrDigits(int digits) {
        this.intMaxStrDigits = digits;
    }

    /** The start-up configuration that {@code sys} does not show. */
    public StartupConfig startupConfig() {
        return startupConfig;
    }

    /** Set once, by the command line, before the program runs. */
    public void setStartupConfig(StartupConfig config) {
        this.startupConfig = config;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    /** {@code sys.modules}. */
    public PyDict modules() {
        return modules;
    }

    public PyModule builtinsModule() {
        return builtinsModule;
    }

    /** The builtins namespace that module globals get as {@code __builtins__}. */
    public PyDict builtins() {
        return builtins;
    }

    /**
     * Runs module-level code (a module body, or {@code exec}) in {@code globals}, with
     * {@code locals} as its names mapping (the globals themselves for a module), on the current
     * thread, which must be attached to this interpreter.
     */
    public PyObject exec(PyCode code, PyDict globals, PyObject locals) {
        PyObject given = globals.getItem(PyStr.of("__builtins__"));
        if (given == null) {
            globals.setItem(PyStr.of("__builtins__"), builtinsModule);
        }
        PyFrame frame = new PyFrame(code, globals, builtinsFrom(given), locals,
                code.varnames.length, null);
        return code.invoker().runBody(frame);
    }
}
