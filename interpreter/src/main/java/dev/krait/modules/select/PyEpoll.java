package dev.krait.modules.select;

import dev.krait.objects.CArgs;
import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.PTR;

import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.PosixCalls;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Gil;
import dev.krait.runtime.Pytime;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code select.epoll}: a Linux epoll instance, a real descriptor made by
 * {@code epoll_create1(EPOLL_CLOEXEC)}, with register/modify/unregister through
 * {@code epoll_ctl} and {@code poll} through {@code epoll_wait} (with the interpreter lock
 * released, and retried with the time left after a signal, as PEP 475 asks).
 * {@code selectors.DefaultSelector} is the EpollSelector built on it.
 *
 * <p>{@code struct epoll_event} is packed (12 bytes) on x86-64 and naturally aligned (16 bytes)
 * on AArch64; both layouts are handled.
 *
 * <p>CPython counterpart: Modules/selectmodule.c {@code pyEpoll_Object}.
 */
public final class PyEpoll extends PyObject {
    public static final PyType TYPE = PyType.builtin("epoll", PyEpoll.class, null)
            .withModule("select");

    static final int EPOLLIN = 1;
    static final int EPOLLPRI = 2;
    static final int EPOLLOUT = 4;
    static final int EPOLL_CLOEXEC = 0x80000;
    private static final int CTL_ADD = 1;
    private static final int CTL_DEL = 2;
    private static final int CTL_MOD = 3;
    private static final int FD_SETSIZE = 1024;
    private static final int EINTR = 4;
    private static final int EINVAL = 22;
    private static final boolean PACKED = !System.getProperty("os.arch", "").contains("aarch64");
    private static final long EVENT_SIZE = PACKED ? 12 : 16;
    private static final long DATA_OFFSET = PACKED ? 4 : 8;

    /**
     * The C functions, bound on first use rather than when the type is made: {@code select}
     * puts the type in the module, and {@code selectors}, {@code subprocess} and
     * {@code asyncio} import select at start-up, most never making an epoll object (each
     * binding spins a stub and method-handle forms: docs/PERFORMANCE.md, "Session 19").
     */
    private static final class Calls {
        static final MethodHandle CREATE1 = Libc.errnoCall("epoll_create1",
                FunctionDescriptor.of(INT, INT));
        static final MethodHandle CTL = Libc.errnoCall("epoll_ctl",
                FunctionDescriptor.of(INT, INT, INT, INT, PTR));
        static final MethodHandle WAIT = Libc.errnoCall("epoll_wait",
                FunctionDescriptor.of(INT, INT, PTR, INT, INT));
    }

    private int epfd;

    private PyEpoll(PyType cls, int epfd) {
        super(cls);
        this.epfd = epfd;
    }

    // CPython: Modules/selectmodule.c select_epoll_impl
    @Exposed(value = "__new__($type, sizehint=-1, flags=0)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject sizehint, PyObject flags) {
        long hint = CArgs.asInt(sizehint);
        if (hint != -1 && hint <= 0) {
            throw PyExceptions.valueError("negative sizehint");
        }
        long fl = CArgs.asInt(flags);
        if (fl != 0 && fl != EPOLL_CLOEXEC) {
            throw new Libc.Failure(EINVAL).toOSError(null);
        }
        try {
            return new PyEpoll(cls, Libc.check((int) Calls.CREATE1.invokeExact(Libc.state(),
                    EPOLL_CLOEXEC)));
        } catch (Libc.Failure f) {
            throw f.toOSError(null);
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    @Exposed(value = "fromfd($type, fd, /)", kind = Exposed.Kind.CLASS)
    public static PyObject fromfd(PyType cls, PyObject fd) {
        return new PyEpoll(cls, SelectModule.fileDescriptor(fd));
    }

    private void checkOpen() {
        if (epfd < 0) {
            throw PyExceptions.valueError("I/O operation on closed epoll object");
        }
    }

    @Exposed("close($self, /)")
    public void close() {
        int fd = epfd;
        if (fd >= 0) {
            epfd = -1;
            try {
                PosixCalls.close(fd);
            } catch (Libc.Failure f) {
                throw f.toOSError(null);
            }
        }
    }

    @Exposed.Getter("closed")
    public boolean closed() {
        return epfd < 0;
    }

    @Exposed("fileno($self, /)")
    public long fileno() {
        checkOpen();
        return epfd;
    }

    @Exposed("__enter__($self, /)")
    public PyObject __enter__() {
        checkOpen();
        return this;
    }

    @Exposed("__exit__($self, exc_type=None, exc_value=None, exc_tb=None, /)")
    public void __exit__(PyObject type, PyObject value, PyObject tb) {
        close();
    }

    // CPython: Modules/selectmodule.c pyepoll_internal_ctl
    private void ctl(int op, int fd, int events) {
        checkOpen();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ev = a.allocate(16, 8);
            ev.set(INT, 0, events);
            ev.set(INT, DATA_OFFSET, fd);
            Libc.check((int) Calls.CTL.invokeExact(Libc.state(), epfd, op, fd, ev));
        } catch (Libc.Failure f) {
            throw f.toOSError(null);
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    @Exposed("register($self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT)")
    public void register(PyObject fd, PyObject eventmask) {
        int m = eventmask == null ? EPOLLIN | EPOLLPRI | EPOLLOUT
                : CArgs.unsignedIntMask(eventmask);
        ctl(CTL_ADD, SelectModule.fileDescriptor(fd), m);
    }

    @Exposed("modify($self, fd, eventmask)")
    public void modify(PyObject fd, PyObject eventmask) {
        ctl(CTL_MOD, SelectModule.fileDescriptor(fd), CArgs.unsignedIntMask(eventmask));
    }

    @Exposed("unregister($self, fd)")
    public void unregister(PyObject fd) {
        ctl(CTL_DEL, SelectModule.fileDescriptor(fd), 0);
    }

    // CPython: Modules/selectmodule.c select_epoll_poll_impl
    @Exposed("poll($self, timeout=None, maxevents=-1)")
    public PyObject poll(PyObject timeout, PyObject maxevents) {
        checkOpen();
        long nanos;
        // CPython: Modules/selectmodule.c select_epoll_poll_impl (epoll_wait's milliseconds)
        if (timeout == null || timeout == PyNone.NONE) {
            nanos = -1;
        } else {
            long ns = Pytime.fromSecondsObject(timeout, Pytime.Round.TIMEOUT,
                    "timeout must be an integer or None");
            long ms = Pytime.asMilliseconds(ns, Pytime.Round.CEILING);
            if (ms < Integer.MIN_VALUE || ms > Integer.MAX_VALUE) {
                throw PyExceptions.overflowError("timeout is too large");
            }
            nanos = ms < 0 ? -1 : ns;
        }
        long max = CArgs.asInt(maxevents);
        if (max == -1) {
            max = FD_SETSIZE - 1;
        } else if (max < 1 || max > Integer.MAX_VALUE / EVENT_SIZE) {
            throw PyExceptions.valueError("maxevents must be greater than 0, got " + max);
        }
        int n = (int) max;
        long deadline = nanos < 0 ? 0 : System.nanoTime() + nanos;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment events = a.allocate(EVENT_SIZE * n, 8);
            int ready;
            while (true) {
                // in slices, so that signal handlers run while waiting (see SLICE_MILLIS)
                int ms = nanos < 0 ? SelectModule.SLICE_MILLIS
                        : SelectModule.sliceMillis(deadline);
                int fd = epfd;
                try {
                    ready = Gil.allowThreads(() -> {
                        try {
                            return Libc.check((int) Calls.WAIT.invokeExact(Libc.state(), fd, events,
                                    n, ms));
                        } catch (Throwable t) {
                            throw Libc.internal(t);
                        }
                    });
                } catch (Libc.Failure f) {
                    if (f.errno != EINTR) {
                        throw f.toOSError(null);
                    }
                    ready = 0;
                }
                if (ready > 0 || nanos >= 0 && System.nanoTime() >= deadline) {
                    break;
                }
                dev.krait.modules.signal.SignalState.checkSignals();
                checkOpen();
            }
            List<PyObject> out = new ArrayList<>(ready);
            for (int i = 0; i < ready; i++) {
                long at = EVENT_SIZE * i;
                out.add(PyTuple.of(PyInt.of(events.get(INT, at + DATA_OFFSET)),
                        PyInt.of(events.get(INT, at) & 0xFFFFFFFFL)));
            }
            return new PyList(out);
        }
    }
}
