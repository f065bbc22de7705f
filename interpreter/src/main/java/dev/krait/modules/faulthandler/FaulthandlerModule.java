package dev.krait.modules.faulthandler;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.posix.ProcessCalls;
import dev.krait.modules.signal.SignalState;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.KraitThread;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.Pytime;
import java.util.HashMap;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The {@code faulthandler} module: {@code dump_traceback}, {@code dump_traceback_later} (a
 * watchdog thread), {@code register} for user signals, and {@code enable}/{@code disable}/
 * {@code is_enabled}. The fatal signals CPython's {@code enable} catches (SIGSEGV, SIGFPE,
 * SIGABRT, SIGBUS, SIGILL) belong to the JVM, which handles them itself (a crash of the JVM
 * writes its own hs_err report): so {@code enable} records the file and the setting, which
 * {@code is_enabled} reports and the test support code saves and restores, but Krait prints no
 * Python traceback on such a crash (see docs/DIFFERENCES.md). The functions that crash the
 * process on purpose ({@code _sigsegv}, {@code _read_null}…) are absent.
 *
 * <p>CPython counterpart: Modules/faulthandler.c.
 */
@NativeModule.Register("faulthandler")
public final class FaulthandlerModule implements NativeModule {
    /** The fatal signals of CPython's handler list, which register() refuses. */
    private static final int[] FATAL_SIGNALS = {7, 4, 8, 6, 11};
    private static final int NSIG = 65;

    /** One interpreter's faulthandler settings. */
    static final class State {
        boolean enabled;
        PyObject file;
        Watchdog watchdog;
        final Map<Integer, UserSignal> user = new HashMap<>();
    }

    /** A registered user signal: where to dump, and the JVM handler it replaced. */
    record UserSignal(Signal signal, SignalHandler previous, PyObject file) {}

    private static State state() {
        return ThreadState.current().interpreter.state(State.class, State::new);
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("faulthandler");
        m.put("__doc__", PyStr.of("faulthandler module."));
        ModuleBuilder.addFunctions(m, FaulthandlerModule.class);
        State s = interpreter.state(State.class, State::new);
        interpreter.addExitHook(() -> {
            Watchdog w = s.watchdog;
            s.watchdog = null;
            if (w != null) {
                w.cancel();
            }
        });
        if (s.enabled && s.file == null) {
            s.file = interpreter.sysAttribute("stderr");
        }
        return m;
    }

    /**
     * Turns the handler on before the program runs, as {@code -X faulthandler},
     * PYTHONFAULTHANDLER and {@code -X dev} do; the module, made on first import, then writes
     * to sys.stderr.
     */
    // CPython: Python/pylifecycle.c init_interp_main calling _PyFaulthandler_Init
    public static void enableAtStartUp(Interpreter interp) {
        interp.state(State.class, State::new).enabled = true;
    }

    /**
     * The descriptor to write to: {@code file} itself when an int, else its {@code fileno()}
     * (after a {@code flush()} whose errors are ignored); None means sys.stderr.
     */
    // CPython: Modules/faulthandler.c faulthandler_get_fileno
    private static int fileno(PyObject[] file) {
        PyObject f = file[0];
        if (f == null || f == PyNone.NONE) {
            f = ThreadState.current().interpreter.sysAttribute("stderr");
            if (f == null) {
                throw PyExceptions.runtimeError("unable to get sys.stderr");
            }
            if (f == PyNone.NONE) {
                throw PyExceptions.runtimeError("sys.stderr is None");
            }
        } else if (f instanceof PyInt) {
            int fd = intArg(f);
            if (fd < 0) {
                throw PyExceptions.valueError("file is not a valid file descripter");
            }
            file[0] = null;
            return fd;
        }
        PyObject r = Ops.callMethod(f, "fileno");
        long fd = -1;
        if (r instanceof PyInt i && i.isSmall() && i.longValue() >= 0
                && i.longValue() < Integer.MAX_VALUE) {
            fd = i.longValue();
        }
        if (fd == -1) {
            throw PyExceptions.runtimeError("file.fileno() is not a valid file descriptor");
        }
        try {
            Ops.callMethod(f, "flush");
        } catch (dev.krait.objects.PyException e) {
            // CPython ignores a failing flush()
        }
        file[0] = f;
        return (int) fd;
    }

    private static int intArg(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Numbers.index(o);
        if (!i.isSmall() || i.longValue() > Integer.MAX_VALUE
                || i.longValue() < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    // CPython: Modules/faulthandler.c faulthandler_py_enable
    @Exposed(value = "enable($module, /, file=<unrepresentable>, "
            + "all_threads=<unrepresentable>)",
            doc = "enable(file=sys.stderr, all_threads=True): enable the fault handler",
            signature = Exposed.Signature.HIDDEN)
    public static void enable(PyObject file, PyObject allThreads) {
        PyObject[] f = {file};
        if (allThreads != null) {
            intArg(allThreads);
        }
        fileno(f);
        State s = state();
        s.enabled = true;
        s.file = f[0];
    }

    @Exposed(value = "disable($module, /)",
            doc = "disable(): disable the fault handler", signature = Exposed.Signature.HIDDEN)
    public static boolean disable() {
        State s = state();
        boolean was = s.enabled;
        s.enabled = false;
        s.file = null;
        return was;
    }

    @Exposed(value = "is_enabled($module, /)",
            doc = "is_enabled()->bool: check if the handler is enabled",
            signature = Exposed.Signature.HIDDEN)
    public static boolean is_enabled() {
        return state().enabled;
    }

    // CPython: Modules/faulthandler.c faulthandler_dump_traceback_py
    @Exposed(value = "dump_traceback($module, /, file=<unrepresentable>, "
            + "all_threads=<unrepresentable>)",
            doc = "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of "
                    + "the current thread, or of all threads if all_threads is True, into "
                    + "file", signature = Exposed.Signature.HIDDEN)
    public static void dump_traceback(PyObject file, PyObject allThreads) {
        boolean all = allThreads == null || intArg(allThreads) != 0;
        int fd = fileno(new PyObject[] {file});
        ThreadState ts = ThreadState.current();
        if (all) {
            TracebackDump.dumpAll(fd, ts.interpreter, ts);
        } else {
            TracebackDump.dumpCurrent(fd, ts);
        }
        SignalState.checkSignals();
    }

    // CPython: Modules/faulthandler.c faulthandler_dump_traceback_later
    @Exposed(value = "dump_traceback_later($module, /, timeout, repeat=<unrepresentable>, "
            + "file=<unrepresentable>, exit=<unrepresentable>)",
            doc = "dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False):"
            + "\ndump the traceback of all threads in timeout seconds,\nor each timeout "
            + "seconds if repeat is True. If exit is True, call _exit(1) which is not safe.",
            signature = Exposed.Signature.HIDDEN)
    public static void dump_traceback_later(PyObject timeout, PyObject repeat, PyObject file,
            PyObject exit) {
        boolean again = repeat != null && intArg(repeat) != 0;
        boolean quit = exit != null && intArg(exit) != 0;
        long us = Pytime.asMicroseconds(Pytime.fromSecondsObject(timeout, Pytime.Round.TIMEOUT),
                Pytime.Round.TIMEOUT);
        if (us <= 0) {
            throw PyExceptions.valueError("timeout must be greater than 0");
        }
        if (us > Pytime.TIMEOUT_MAX_US) {
            throw PyExceptions.overflowError("timeout value is too large");
        }
        PyObject[] f = {file};
        int fd = fileno(f);
        State s = state();
        cancel(s);
        s.watchdog = new Watchdog(ThreadState.current().interpreter, us, again, fd, f[0], quit);
        s.watchdog.start();
    }

    @Exposed(value = "cancel_dump_traceback_later($module, /)",
            doc = "cancel_dump_traceback_later():\ncancel the previous call to "
                    + "dump_traceback_later().", signature = Exposed.Signature.HIDDEN)
    public static void cancel_dump_traceback_later() {
        cancel(state());
    }

    private static void cancel(State s) {
        Watchdog w = s.watchdog;
        s.watchdog = null;
        if (w != null) {
            dev.krait.runtime.Gil.allowThreads(() -> {
                w.cancel();
                return null;
            });
        }
    }

    // CPython: Modules/faulthandler.c check_signum
    private static void checkSignum(int signum) {
        for (int fatal : FATAL_SIGNALS) {
            if (fatal == signum) {
                throw PyExceptions.runtimeError("signal " + signum
                        + " cannot be registered, use enable() instead");
            }
        }
        if (signum < 1 || signum >= NSIG) {
            throw PyExceptions.valueError("signal number out of range");
        }
    }

    // CPython: Modules/faulthandler.c faulthandler_register_py
    @Exposed(value = "register($module, /, signum, file=<unrepresentable>, "
            + "all_threads=<unrepresentable>, chain=<unrepresentable>)",
            doc = "register(signum, file=sys.stderr, all_threads=True, chain=False): "
            + "register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file",
            signature = Exposed.Signature.HIDDEN)
    public static void register(PyObject signum, PyObject file, PyObject allThreads,
            PyObject chain) {
        int sig = intArg(signum);
        boolean all = allThreads == null || intArg(allThreads) != 0;
        boolean chained = chain != null && intArg(chain) != 0;
        checkSignum(sig);
        PyObject[] f = {file};
        int fd = fileno(f);
        Interpreter interp = ThreadState.current().interpreter;
        State s = state();
        String name = SignalState.jvmName(sig);
        if (name == null) {
            throw invalidArgument();
        }
        Signal signal = new Signal(name);
        SignalHandler[] previous = new SignalHandler[1];
        SignalHandler handler = new SignalHandler() {
            @Override
            public void handle(Signal received) {
                ThreadState main = mainThreadState(interp);
                if (all) {
                    TracebackDump.dumpAll(fd, interp, main);
                } else if (main != null) {
                    TracebackDump.dumpCurrent(fd, main);
                }
                if (chained) {
                    chainTo(previous[0], received, this);
                }
                SignalState.nativeHandlerRan(received.getNumber());
            }
        };
        try {
            SignalHandler old = Signal.handle(signal, handler);
            UserSignal before = s.user.get(sig);
            previous[0] = before != null ? before.previous() : old;
        } catch (IllegalArgumentException e) {
            // the JVM keeps this signal for itself (CPython: sigaction failing)
            throw invalidArgument();
        }
        s.user.put(sig, new UserSignal(signal, previous[0], f[0]));
        SignalState.nativeHandler(sig, true);
    }

    /** OSError(EINVAL), as a failing sigaction gives. */
    private static dev.krait.objects.PyException invalidArgument() {
        PyObject e = Ops.call(PyExceptions.OSError, PyInt.of(22),
                PyStr.of(ProcessCalls.strerror(22)));
        return ((dev.krait.objects.PyBaseException) e).raise();
    }

    /** After a dump, what the handler replaced runs: a Java handler, or the default action. */
    private static void chainTo(SignalHandler previous, Signal received, SignalHandler self) {
        if (previous == SignalHandler.SIG_IGN) {
            return;
        }
        if (previous != null && previous != SignalHandler.SIG_DFL) {
            previous.handle(received);
            return;
        }
        // CPython: restore the previous disposition, raise the signal, register again
        Signal.handle(received, SignalHandler.SIG_DFL);
        ProcessCalls.raise(received.getNumber());
        Signal.handle(received, self);
    }

    /** The state of the interpreter's main thread: the one a process signal lands on. */
    private static ThreadState mainThreadState(Interpreter interp) {
        return interp.mainThread() instanceof KraitThread k && k.state() != null
                && k.state().interpreter == interp ? k.state() : null;
    }

    // CPython: Modules/faulthandler.c faulthandler_unregister_py
    @Exposed(value = "unregister($module, signum, /)",
            doc = "unregister(signum): unregister the handler of the signal 'signum' "
                    + "registered by register()", signature = Exposed.Signature.HIDDEN)
    public static boolean unregister(PyObject signum) {
        int sig = intArg(signum);
        checkSignum(sig);
        UserSignal u = state().user.remove(sig);
        if (u == null) {
            return false;
        }
        Signal.handle(u.signal(), u.previous() == null ? SignalHandler.SIG_DFL : u.previous());
        SignalState.nativeHandler(sig, false);
        return true;
    }
}
