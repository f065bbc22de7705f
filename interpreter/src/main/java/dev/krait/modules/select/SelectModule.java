package dev.krait.modules.select;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.fcntl.CCalls;
import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.PosixCalls;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.Pytime;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code select} module: {@code select()} and {@code poll()} objects, both on the C
 * library's {@code poll(2)} (so no FD_SETSIZE limit applies to {@code select} here beyond the
 * one CPython checks), and Linux's {@code epoll} objects ({@link PyEpoll}), which
 * {@code selectors.DefaultSelector} picks. Waits run signal handlers as they go, and go on
 * with the time left when the handlers return (PEP 475).
 *
 * <p>CPython counterpart: Modules/selectmodule.c.
 */
@NativeModule.Register("select")
public final class SelectModule implements NativeModule {
    static final int POLLIN = 1;
    static final int POLLPRI = 2;
    static final int POLLOUT = 4;
    static final int POLLERR = 8;
    static final int POLLHUP = 16;
    static final int POLLNVAL = 32;
    private static final int EINTR = 4;

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("select");
        m.put("__doc__", PyStr.of("This module supports asynchronous I/O on multiple file "
                + "descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are "
                + "supported; on Unix, all file descriptors."));
        ModuleBuilder.addFunctions(m, SelectModule.class);
        Object[] constants = {"POLLIN", POLLIN, "POLLPRI", POLLPRI, "POLLOUT", POLLOUT,
            "POLLERR", POLLERR, "POLLHUP", POLLHUP, "POLLNVAL", POLLNVAL, "POLLRDNORM", 64,
            "POLLRDBAND", 128, "POLLWRNORM", 256, "POLLWRBAND", 512, "POLLMSG", 1024,
            "POLLRDHUP", 0x2000, "PIPE_BUF", 4096, "EPOLLIN", 1, "EPOLLPRI", 2, "EPOLLOUT", 4,
            "EPOLLERR", 8, "EPOLLHUP", 16, "EPOLLRDHUP", 0x2000, "EPOLLRDNORM", 0x40,
            "EPOLLRDBAND", 0x80, "EPOLLWRNORM", 0x100, "EPOLLWRBAND", 0x200, "EPOLLMSG", 0x400,
            "EPOLLET", 1 << 31, "EPOLLONESHOT", 1 << 30, "EPOLLEXCLUSIVE", 1 << 28,
            "EPOLL_CLOEXEC", PyEpoll.EPOLL_CLOEXEC};
        for (int i = 0; i < constants.length; i += 2) {
            m.put((String) constants[i], PyInt.of((Integer) constants[i + 1] & 0xFFFFFFFFL));
        }
        m.put("error", PyExceptions.OSError);
        m.put("epoll", PyEpoll.TYPE);
        return m;
    }

    /** An object's descriptor: an int or what fileno() returns, not negative. */
    static int fileDescriptor(PyObject o) {
        return CCalls.fileDescriptor(o);
    }

    /**
     * The longest a wait blocks in the kernel before looking for signals. The JVM receives
     * signals on a thread of its own, so a blocked poll(2) is not interrupted by them as
     * CPython's is; waking this often lets a handler (Ctrl-C's KeyboardInterrupt, an alarm)
     * run, and its exception end the wait, within a blink.
     */
    public static final int SLICE_MILLIS = 50;

    /** The milliseconds to wait now, rounded up, for a deadline: at most one slice. */
    static int sliceMillis(long deadline) {
        long left = Math.max(0, deadline - System.nanoTime());
        return (int) Math.min(SLICE_MILLIS, (left + 999_999) / 1_000_000);
    }

    /**
     * poll(2) for up to {@code timeoutNanos} (-1: for ever) in slices of at most
     * {@link #SLICE_MILLIS}, with the interpreter lock released; between slices, and after an
     * interruption, the handlers of signals that arrived run (an exception they raise ends the
     * wait), then the wait goes on with the time left (PEP 475). Returns the ready count.
     */
    public static int pollRetrying(int[] fds, short[] events, short[] revents,
            long timeoutNanos) {
        long deadline = timeoutNanos < 0 ? 0 : System.nanoTime() + timeoutNanos;
        while (true) {
            int ms = timeoutNanos < 0 ? SLICE_MILLIS : sliceMillis(deadline);
            int ready;
            try {
                // other Python threads run while this one waits (Py_BEGIN_ALLOW_THREADS)
                ready = dev.krait.runtime.Gil.allowThreads(() -> PosixCalls.poll(fds, events,
                        revents, ms));
            } catch (Libc.Failure f) {
                if (f.errno != EINTR) {
                    throw f.toOSError(null);
                }
                ready = 0;
            }
            if (ready > 0 || timeoutNanos >= 0 && System.nanoTime() >= deadline) {
                return ready;
            }
            dev.krait.modules.signal.SignalState.checkSignals();
        }
    }

    /** A timeout in seconds (None: for ever) as nanoseconds, -1 for ever. */
    // CPython: Modules/selectmodule.c select_select_impl
    private static long timeoutNanos(PyObject timeout) {
        if (timeout == null || timeout == PyNone.NONE) {
            return -1;
        }
        long ns = Pytime.fromSecondsObject(timeout, Pytime.Round.TIMEOUT,
                "timeout must be a float or None");
        if (Pytime.asTimeval(ns, Pytime.Round.TIMEOUT)[0] < 0) {
            throw PyExceptions.valueError("timeout must be non-negative");
        }
        // some 146 years: as good as for ever, and a deadline that cannot overflow
        return Math.min(ns, Long.MAX_VALUE / 2);
    }

    /** {@code select.poll()}: a function (its type cannot be called: see PyPoll). */
    // CPython: Modules/selectmodule.c select_poll_impl
    @Exposed(value = "poll($module, /)", doc = "Returns a polling object.\n\nThis object "
            + "supports registering and unregistering file descriptors, and then\npolling them "
            + "for I/O events.")
    public static PyObject poll() {
        return PyPoll.create();
    }

    // CPython: Modules/selectmodule.c select_select_impl
    @Exposed("select($module, rlist, wlist, xlist, timeout=None, /)")
    public static PyObject select(PyObject rlist, PyObject wlist, PyObject xlist,
            PyObject timeout) {
        long nanos = timeoutNanos(timeout);
        List<Integer> fdList = new ArrayList<>();
        List<PyObject> r = withDescriptors(rlist, fdList);
        List<PyObject> w = withDescriptors(wlist, fdList);
        List<PyObject> x = withDescriptors(xlist, fdList);
        int n = fdList.size();
        int[] fds = new int[n];
        short[] events = new short[n];
        for (int k = 0; k < n; k++) {
            fds[k] = fdList.get(k);
        }
        java.util.Arrays.fill(events, 0, r.size(), (short) POLLIN);
        java.util.Arrays.fill(events, r.size(), r.size() + w.size(), (short) POLLOUT);
        java.util.Arrays.fill(events, r.size() + w.size(), n, (short) POLLPRI);
        short[] revents = new short[n];
        pollRetrying(fds, events, revents, nanos);
        for (int i = 0; i < n; i++) {
            if ((revents[i] & POLLNVAL) != 0) {
                throw badDescriptor();
            }
        }
        List<PyObject> ro = new ArrayList<>();
        List<PyObject> wo = new ArrayList<>();
        List<PyObject> xo = new ArrayList<>();
        int k = 0;
        for (PyObject o : r) {
            if ((revents[k++] & (POLLIN | POLLHUP | POLLERR)) != 0) {
                ro.add(o);
            }
        }
        for (PyObject o : w) {
            if ((revents[k++] & (POLLOUT | POLLERR)) != 0) {
                wo.add(o);
            }
        }
        for (PyObject o : x) {
            if ((revents[k++] & POLLPRI) != 0) {
                xo.add(o);
            }
        }
        return PyTuple.of(new PyList(ro), new PyList(wo), new PyList(xo));
    }

    private static dev.krait.objects.PyException badDescriptor() {
        dev.krait.objects.PyBaseException e = (dev.krait.objects.PyBaseException) Ops.call(
                PyExceptions.OSError, PyInt.of(9), PyStr.of("Bad file descriptor"));
        return e.raise();
    }

    /**
     * The objects of one argument, each file descriptor appended to {@code fds}, read as
     * CPython's seq2set reads them: a list itself (PySequence_Fast hands it over as it is), by
     * index up to its current length, since a fileno() method may shrink it; anything else
     * iterated into a list first.
     */
    // CPython: Modules/selectmodule.c seq2set
    private static List<PyObject> withDescriptors(PyObject arg, List<Integer> fds) {
        List<PyObject> objects = new ArrayList<>();
        if (arg.type() == PyList.TYPE) {
            List<PyObject> live = ((PyList) arg).items;
            for (int i = 0; i < live.size(); i++) {
                PyObject o = live.get(i);
                fds.add(fileDescriptor(o));
                objects.add(o);
            }
            return objects;
        }
        for (PyObject o : Iteration.toList(seq(arg))) {
            fds.add(fileDescriptor(o));
            objects.add(o);
        }
        return objects;
    }

    // CPython: select() takes any sequence (PySequence_Fast, "arguments 1-3 must be sequences")
    private static PyObject seq(PyObject o) {
        if (o.type().lookup("__iter__") == null && o.type().lookup("__getitem__") == null) {
            throw PyExceptions.typeError("arguments 1-3 must be sequences");
        }
        return o;
    }
}
