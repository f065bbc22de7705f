package dev.krait.modules.signal;

import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.ProcessCalls;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySet;
import dev.krait.objects.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * The functions of {@code _signal}: {@code signal}, {@code getsignal}, {@code raise_signal},
 * {@code default_int_handler}, {@code strsignal}, {@code valid_signals}, {@code alarm},
 * {@code pause}, {@code set_wakeup_fd}.
 *
 * <p>CPython counterpart: Modules/signalmodule.c.
 */
public final class SignalFunctions {
    private SignalFunctions() {}

    static SignalState state() {
        SignalState s = SignalState.current();
        if (s == null) {
            throw PyExceptions.of(PyExceptions.SystemError, "_signal module state is missing");
        }
        return s;
    }

    static int signum(PyObject o) {
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

    private static void checkRange(int n) {
        if (n < 1 || n >= SignalDispatch.NSIG) {
            throw PyExceptions.valueError("signal number out of range");
        }
    }

    // CPython: Modules/signalmodule.c signal_signal_impl
    @Exposed("signal($module, signalnum, handler, /)")
    public static PyObject signal(PyObject signalnum, PyObject handler) {
        int n = signum(signalnum);
        SignalState s = state();
        if (!s.onMainThread()) {
            throw PyExceptions.valueError("signal only works in main thread of the main "
                    + "interpreter");
        }
        checkRange(n);
        int kind;
        if (handler instanceof PyInt h && h.isSmall() && (h.longValue() == 0
                || h.longValue() == 1)) {
            kind = (int) h.longValue();
        } else if (!Ops.isCallable(handler)) {
            throw PyExceptions.typeError("signal handler must be signal.SIG_IGN, "
                    + "signal.SIG_DFL, or a callable object");
        } else {
            kind = 2;
        }
        // CPython: signal_signal_impl runs the handlers of signals that already arrived
        // before it changes one, so a late arrival meets the handler that was set when it came
        s.runPending();
        if (n == 9 || n == 19 || !SignalDispatch.install(n, kind)) {
            throw new LibcError(22).raise();
        }
        PyObject old = s.handlers[n];
        s.handlers[n] = handler;
        return old == null ? PyNone.NONE : old;
    }

    /** OSError(errno) with the C library's message. */
    private record LibcError(int errno) {
        dev.krait.objects.PyException raise() {
            dev.krait.objects.PyBaseException e = (dev.krait.objects.PyBaseException) Ops.call(
                    PyExceptions.OSError, PyInt.of(errno),
                    PyStr.of(ProcessCalls.strerror(errno)));
            return e.raise();
        }
    }

    @Exposed("getsignal($module, signalnum, /)")
    public static PyObject getsignal(PyObject signalnum) {
        int n = signum(signalnum);
        checkRange(n);
        PyObject h = state().handlers[n];
        return h == null ? PyNone.NONE : h;
    }

    // CPython: Modules/signalmodule.c signal_raise_signal_impl -- raise(3), then the handlers
    @Exposed("raise_signal($module, signalnum, /)")
    public static void raise_signal(PyObject signalnum) {
        int n = signum(signalnum);
        checkRange(n);
        SignalState s = state();
        PyObject h = s.handlers[n];
        if (h != null && !(h instanceof PyInt)) {
            // A Python handler: the C-level handler would only trip the flag; do that here
            // and run it at once, as CPython's PyErr_CheckSignals after raise() does.
            SignalDispatch.trip(n);
            s.runPending();
            return;
        }
        if (h instanceof PyInt i && i.longValue() == 1) {
            return;
        }
        try {
            ProcessCalls.raise(n);
        } catch (Libc.Failure f) {
            throw f.toOSError(null);
        }
    }

    // CPython: Modules/signalmodule.c signal_default_int_handler
    @Exposed("default_int_handler($module, signalnum, frame, /)")
    public static void default_int_handler(PyObject signalnum, PyObject frame) {
        throw new dev.krait.objects.PyBaseException(PyExceptions.KeyboardInterrupt,
                dev.krait.objects.PyTuple.of()).raise();
    }

    @Exposed("strsignal($module, signalnum, /)")
    public static PyObject strsignal(PyObject signalnum) {
        int n = signum(signalnum);
        checkRange(n);
        String text = ProcessCalls.strsignal(n);
        if (text == null || text.contains("Unknown signal")) {
            return PyNone.NONE;
        }
        return PyStr.of(text);
    }

    @Exposed("valid_signals($module, /)")
    public static PyObject valid_signals() {
        List<PyObject> all = new ArrayList<>();
        for (int i = 1; i < SignalDispatch.NSIG; i++) {
            if (i != 32 && i != 33) {
                all.add(PyInt.of(i));
            }
        }
        return Ops.call(PySet.TYPE, new dev.krait.objects.PyList(all));
    }

    @Exposed("alarm($module, seconds, /)")
    public static long alarm(PyObject seconds) {
        int n = signum(seconds);
        long left = ProcessCalls.alarm(n);
        if (n != 0) {
            // Linux's alarm arms ITIMER_REAL
            state().armed(Itimers.ITIMER_REAL);
        }
        return left;
    }

    /**
     * Whether a system call the signal interrupts fails with EINTR (flag true) or restarts;
     * the C library changes SA_RESTART of the handler installed, which for the signals
     * {@code signal.signal} handles is the JVM's own.
     */
    // CPython: Modules/signalmodule.c signal_siginterrupt_impl
    @Exposed("siginterrupt($module, signalnum, flag, /)")
    public static void siginterrupt(PyObject signalnum, PyObject flag) {
        int n = signum(signalnum);
        int f = signum(flag);
        checkRange(n);
        try {
            Libc.check((int) Siginterrupt.H.invokeExact(Libc.state(), n, f));
        } catch (Libc.Failure e) {
            throw e.toOSError(null);
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    private static final class Siginterrupt {
        static final java.lang.invoke.MethodHandle H = Libc.errnoCall("siginterrupt",
                java.lang.foreign.FunctionDescriptor.of(Libc.INT, Libc.INT, Libc.INT));
    }

    // CPython: Modules/signalmodule.c signal_pause_impl -- waits for a signal, runs handlers
    @Exposed("pause($module, /)")
    public static void pause() {
        try {
            SignalState.sleepInterruptibly(-1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Exposed(value = "set_wakeup_fd($module, fd, /, *, warn_on_full_buffer=True)",
            signature = Exposed.Signature.HIDDEN)
    public static long set_wakeup_fd(PyObject fd, PyObject warn) {
        int n = signum(fd);
        SignalState s = state();
        if (!s.onMainThread()) {
            throw PyExceptions.valueError("set_wakeup_fd only works in main thread of the main "
                    + "interpreter");
        }
        if (n != -1) {
            try {
                dev.krait.modules.posix.PosixCalls.fstat(n);
                if (dev.krait.modules.posix.PosixCalls.getBlocking(n)) {
                    throw PyExceptions.valueError("the fd " + n + " must be in non-blocking "
                            + "mode");
                }
            } catch (Libc.Failure f) {
                throw f.toOSError(null);
            }
        }
        return SignalDispatch.setWakeupFd(n);
    }
}
