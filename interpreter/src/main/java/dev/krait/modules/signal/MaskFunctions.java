package dev.krait.modules.signal;

import dev.krait.modules.posix.Libc;
import dev.krait.modules.sys.PyStructSequence;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySet;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.Gil;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.WarningsMachinery;
import dev.krait.runtime.Pytime;
import java.util.ArrayList;
import java.util.List;

/**
 * The functions of {@code _signal} over signal masks and pending signals:
 * {@code pthread_sigmask}, {@code sigpending}, {@code sigwait}, {@code sigwaitinfo},
 * {@code sigtimedwait} (with their {@code struct_siginfo}), {@code pthread_kill} and
 * {@code pidfd_send_signal}.
 *
 * <p>The masks are the calling thread's real ones, with two departures the JVM forces (see
 * docs/DIFFERENCES.md): the signals whose mask the JVM sets (SIGQUIT, SIGILL, SIGBUS, SIGFPE,
 * SIGSEGV, SIGUSR2) are blocked in name only, so that the JVM's own handling of them (thread
 * dumps, null checks, stack overflows) goes on; and a signal the main thread blocks, which the
 * kernel would give to another of the JVM's threads, is held back at the JVM level by
 * {@link SignalDispatch#hold} until the main thread unblocks it (which delivers it: its
 * Python handler runs before pthread_sigmask returns) or takes it with sigwait (see
 * SignalDispatch's section on held signals for why this loses nothing CPython keeps).
 *
 * <p>CPython counterpart: Modules/signalmodule.c ({@code signal_pthread_sigmask_impl} to
 * {@code signal_pidfd_send_signal_impl}), Modules/posixmodule.c {@code _Py_Sigset_Converter}.
 */
public final class MaskFunctions {
    private MaskFunctions() {}

    /** {@code signal.struct_siginfo}: what sigwaitinfo and sigtimedwait answer. */
    // CPython: Modules/signalmodule.c struct_siginfo_desc
    static final PyType STRUCT_SIGINFO = PyStructSequence.newType("signal", "struct_siginfo",
            7, true, "si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status",
            "si_band");

    /**
     * Signals whose mask the JVM sets on each of its threads: SIGQUIT, blocked for its
     * dispatcher's thread dumps, and those it must receive everywhere (a blocked SIGSEGV would
     * kill it). A program blocks and unblocks them in name only.
     */
    private static final long JVM_OWNS = SignalDispatch.bit(3) | SignalDispatch.bit(4)
            | SignalDispatch.bit(7)
            | SignalDispatch.bit(8) | SignalDispatch.bit(11) | SignalDispatch.bit(12);

    /** Per thread, the signals of {@link #JVM_OWNS} the program asked to block. */
    private static final ThreadLocal<long[]> NOMINAL = ThreadLocal.withInitial(() ->
            new long[1]);

    /** How often a wait looks for signals sent to the waiting thread alone. */
    private static final long POLL_NANOS = 10_000_000L;

    /**
     * An iterable of signal numbers as a set; glibc's own signals (32, 33) are left out with
     * a RuntimeWarning, as CPython does for idioms such as {@code range(1, NSIG)}.
     */
    // CPython: Modules/posixmodule.c _Py_Sigset_Converter
    static long sigset(PyObject iterable) {
        long bits = 0;
        PyObject it = Iteration.iter(iterable);
        for (PyObject item = Iteration.next(it); item != null; item = Iteration.next(it)) {
            PyInt i = Numbers.index(item);
            long n = i.isSmall() ? i.longValue() : -1;
            if (n <= 0 || n >= SignalDispatch.NSIG) {
                throw PyExceptions.valueError("signal number " + n + " out of range [1; "
                        + (SignalDispatch.NSIG - 1) + "]");
            }
            if (n == 32 || n == 33) {
                WarningsMachinery.warn(PyStr.of("invalid signal number " + n
                        + ", please use valid_signals()"), PyExceptions.RuntimeWarning, 1, null);
                continue;
            }
            bits |= SignalDispatch.bit((int) n);
        }
        return bits;
    }

    /** A signal set as Python's set of ints (signal.py turns them into Signals members). */
    // CPython: Modules/signalmodule.c sigset_to_set
    static PyObject toSet(long bits) {
        List<PyObject> all = new ArrayList<>();
        for (int n = 1; n < SignalDispatch.NSIG; n++) {
            if ((bits & SignalDispatch.bit(n)) != 0) {
                all.add(PyInt.of(n));
            }
        }
        return dev.krait.objects.Ops.call(PySet.TYPE, new PyList(all));
    }

    // CPython: Modules/signalmodule.c signal_pthread_sigmask_impl
    @Exposed(value = "pthread_sigmask($module, how, mask, /)",
            doc = "Fetch and/or change the signal mask of the calling thread.")
    public static PyObject pthread_sigmask(PyObject how, PyObject mask) {
        int h = CArgs.intFormat(how);
        long bits = sigset(mask);
        SignalState s = SignalFunctions.state();
        long[] nominal = NOMINAL.get();
        long nominalBefore = nominal[0];
        long before;
        long pendingBefore = SigsetCalls.sigpending();
        try {
            if (s.onMainThread() && h == 0) {
                // hold first: what arrives from here on is pending, as in the kernel
                holdAll(bits);
            }
            long real = bits & ~JVM_OWNS;
            if (h == 2) {
                // SIG_SETMASK keeps the JVM's own bits as they are
                real |= SigsetCalls.currentMask() & JVM_OWNS;
            }
            before = SigsetCalls.pthreadSigmask(h, real);
        } catch (Libc.Failure f) {
            throw f.toOSError(null);
        }
        nominal[0] = switch (h) {
            case 0 -> nominal[0] | (bits & JVM_OWNS);
            case 1 -> nominal[0] & ~(bits & JVM_OWNS);
            default -> bits & JVM_OWNS;
        };
        long now = (SigsetCalls.currentMask() & ~JVM_OWNS) | nominal[0];
        if (s.onMainThread()) {
            holdAll(now);
            SignalDispatch.release(~now);
            // signals sent to this thread alone, pending in the kernel until the unblock
            // above, go through the JVM's dispatcher: let their handlers trip first
            long delivered = pendingBefore & (before & ~now);
            for (int n = 1; n < SignalDispatch.NSIG; n++) {
                if ((delivered & SignalDispatch.bit(n)) != 0) {
                    SignalState.afterSelfKill(n);
                }
            }
        }
        // CPython: "if signals was unblocked, signal handlers have been called" (SIGINT's
        // default one too: KeyboardInterrupt comes from this call)
        if (s.onMainThread() && dev.krait.runtime.Signals.pending) {
            dev.krait.runtime.Signals.deliver();
        }
        SignalState.checkSignals();
        return toSet((before & ~JVM_OWNS) | nominalBefore);
    }

    private static void holdAll(long bits) {
        for (int n = 1; n < SignalDispatch.NSIG; n++) {
            if ((bits & SignalDispatch.bit(n)) != 0 && n != 9 && n != 19) {
                SignalDispatch.hold(n);
            }
        }
    }

    // CPython: Modules/signalmodule.c signal_sigpending_impl
    @Exposed(value = "sigpending($module, /)", doc = "Examine pending signals.\n\nReturns a "
            + "set of signal numbers that are pending for delivery to\nthe calling thread.")
    public static PyObject sigpending() {
        try {
            return toSet(SigsetCalls.sigpending() | SignalDispatch.heldPending());
        } catch (Libc.Failure f) {
            throw f.toOSError(null);
        }
    }

    // CPython: Modules/signalmodule.c signal_sigwait_impl
    @Exposed(value = "sigwait($module, sigset, /)", doc = "Wait for a signal.\n\nSuspend "
            + "execution of the calling thread until the delivery of one of the\nsignals "
            + "specified in the signal set sigset.  The function accepts the signal\nand "
            + "returns the signal number.")
    public static long sigwait(PyObject sigset) {
        return waitFor(sigset(sigset), -1).signo();
    }

    // CPython: Modules/signalmodule.c signal_sigwaitinfo_impl
    @Exposed(value = "sigwaitinfo($module, sigset, /)", doc = "Wait synchronously until one "
            + "of the signals in *sigset* is delivered.\n\nReturns a struct_siginfo "
            + "containing information about the signal.")
    public static PyObject sigwaitinfo(PyObject sigset) {
        return siginfo(waitFor(sigset(sigset), -1));
    }

    // CPython: Modules/signalmodule.c signal_sigtimedwait_impl
    @Exposed(value = "sigtimedwait($module, sigset, timeout, /)", doc = "Like sigwaitinfo(), "
            + "but with a timeout.\n\nThe timeout is specified in seconds, with floating "
            + "point numbers allowed.")
    public static PyObject sigtimedwait(PyObject sigset, PyObject timeout) {
        long bits = sigset(sigset);
        long nanos = Pytime.fromSecondsObject(timeout, Pytime.Round.CEILING);
        if (nanos < 0) {
            throw PyExceptions.valueError("timeout must be non-negative");
        }
        SigsetCalls.Info info = waitFor(bits, nanos);
        return info == null ? PyNone.NONE : siginfo(info);
    }

    private static PyObject siginfo(SigsetCalls.Info i) {
        return PyStructSequence.make(STRUCT_SIGINFO, PyInt.of(i.signo()), PyInt.of(i.code()),
                PyInt.of(i.errno()), PyInt.of(i.pid()), PyInt.of(i.uid()),
                PyInt.of(i.status()), PyInt.of(i.band()));
    }

    /**
     * Waits up to {@code nanos} (forever when negative) for a signal of {@code bits} and takes
     * it: one held back from the main thread (whose siginfo the JVM does not pass on, so only
     * si_signo is known) or one pending in the kernel for this thread or the process. Python
     * handlers of other signals run meanwhile on the main thread, and their exceptions
     * propagate (CPython's EINTR retry loop). Returns null when the time runs out.
     */
    private static SigsetCalls.Info waitFor(long bits, long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (true) {
            long seen = SignalDispatch.arrivals();
            SigsetCalls.Info got = take(bits);
            if (got != null) {
                return got;
            }
            long left = nanos < 0 ? POLL_NANOS : deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            long slice = Math.min(left, POLL_NANOS);
            Gil.allowThreads(() -> {
                try {
                    SignalDispatch.awaitArrivalAfter(seen, slice);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
            SignalState.checkSignals();
        }
    }

    private static SigsetCalls.Info take(long bits) {
        int held = SignalDispatch.takeHeld(bits);
        if (held != 0) {
            return new SigsetCalls.Info(held, 0, 0, 0, 0, 0, 0);
        }
        try {
            return SigsetCalls.poll(bits);
        } catch (Libc.Failure f) {
            throw f.toOSError(null);
        }
    }

    /**
     * Sends a signal to a thread named by its {@code threading.get_ident()}; a number that
     * names no thread running Python code fails with ESRCH (CPython hands any number to the
     * C library as a pthread_t).
     */
    // CPython: Modules/signalmodule.c signal_pthread_kill_impl
    @Exposed(value = "pthread_kill($module, thread_id, signalnum, /)",
            doc = "Send a signal to a thread.")
    public static void pthread_kill(PyObject threadId, PyObject signalnum) {
        long ident = CArgs.unsignedLongMask(threadId);
        int n = SignalFunctions.signum(signalnum);
        dev.krait.modules.sys.SysAudit.audit(new PyObject[] {PyStr.of("signal.pthread_kill"),
            PyInt.of(ident), PyInt.of(n)}, null);
        ThreadState ts = ThreadState.current();
        long pthread = ThreadState.pthreadOf(ts.interpreter, ident);
        try {
            if (pthread == 0) {
                throw new Libc.Failure(3);
            }
            SigsetCalls.pthreadKill(pthread, n);
        } catch (Libc.Failure f) {
            throw f.toOSError(null);
        }
        // the signal may have been sent to the current thread
        if (n != 0 && ident == Thread.currentThread().threadId()) {
            SignalState.afterSelfKill(n);
        }
        SignalState.checkSignals();
    }

    // CPython: Modules/signalmodule.c signal_pidfd_send_signal_impl
    @Exposed(value = "pidfd_send_signal($module, pidfd, signalnum, siginfo=None, flags=0, /)",
            doc = "Send a signal to a process referred to by a pid file descriptor.")
    public static void pidfd_send_signal(PyObject pidfd, PyObject signalnum, PyObject siginfo,
            PyObject flags) {
        int fd = CArgs.intFormat(pidfd);
        int n = SignalFunctions.signum(signalnum);
        if (siginfo != PyNone.NONE) {
            throw PyExceptions.typeError("siginfo must be None");
        }
        int f = CArgs.intFormat(flags);
        try {
            SigsetCalls.pidfdSendSignal(fd, n, f);
        } catch (Libc.Failure e) {
            throw e.toOSError(null);
        }
        if (n != 0 && refersToSelf(fd)) {
            SignalState.afterSelfKill(n);
        }
    }

    /** Whether {@code fd} is a pidfd (or /proc directory) of this very process. */
    private static boolean refersToSelf(int fd) {
        String self = Long.toString(ProcessHandle.current().pid());
        try {
            java.nio.file.Path link = java.nio.file.Files.readSymbolicLink(
                    java.nio.file.Path.of("/proc/self/fd/" + fd));
            if (link.toString().equals("/proc/" + self)) {
                return true;
            }
            for (String line : java.nio.file.Files.readAllLines(
                    java.nio.file.Path.of("/proc/self/fdinfo/" + fd))) {
                if (line.startsWith("Pid:") && line.substring(4).trim().equals(self)) {
                    return true;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
        return false;
    }
}
