package dev.krait.modules.select;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Pytime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code select.poll()}: a set of registered descriptors with their event masks, polled with
 * the C library's {@code poll(2)}.
 *
 * <p>CPython counterpart: Modules/selectmodule.c {@code pollObject}.
 */
public final class PyPoll extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("poll", PyPoll.class, null)
            .withModule("select");

    /** Descriptor to event mask, in registration order (the order poll(2) is given them). */
    private final Map<Integer, Integer> registered = new LinkedHashMap<>();
    private boolean polling;

    private PyPoll() {
        super(TYPE);
    }

    /**
     * A new, empty polling object: what {@code select.poll()} returns. The type has no
     * {@code __new__} of its own, so calling it fails as CPython's does
     * (Py_TPFLAGS_DISALLOW_INSTANTIATION: "cannot create 'select.poll' instances").
     */
    static PyPoll create() {
        return new PyPoll();
    }


    @Exposed("register($self, fd, eventmask=<unrepresentable>, /)")
    public void register(PyObject fd, PyObject eventmask) {
        int n = SelectModule.fileDescriptor(fd);
        int m = eventmask == null ? SelectModule.POLLIN | SelectModule.POLLPRI
                | SelectModule.POLLOUT : CArgs.unsignedShortConverter(eventmask);
        registered.put(n, m);
    }

    @Exposed("modify($self, fd, eventmask, /)")
    public void modify(PyObject fd, PyObject eventmask) {
        int n = SelectModule.fileDescriptor(fd);
        int m = CArgs.unsignedShortConverter(eventmask);
        if (!registered.containsKey(n)) {
            PyObject e = Ops.call(PyExceptions.OSError, PyInt.of(2),
                    PyStr.of("No such file or directory"));
            throw ((dev.krait.objects.PyBaseException) e).raise();
        }
        registered.put(n, m);
    }

    @Exposed("unregister($self, fd, /)")
    public void unregister(PyObject fd) {
        int n = SelectModule.fileDescriptor(fd);
        if (registered.remove(n) == null) {
            throw new dev.krait.objects.PyBaseException(PyExceptions.KeyError,
                    PyTuple.of(PyInt.of(n))).raise();
        }
    }

    // CPython: Modules/selectmodule.c select_poll_poll_impl (timeout in milliseconds)
    @Exposed("poll($self, timeout=None, /)")
    public PyObject poll(PyObject timeout) {
        long nanos;
        if (timeout == null || timeout == PyNone.NONE) {
            nanos = -1;
        } else {
            nanos = Pytime.fromMillisecondsObject(timeout, Pytime.Round.TIMEOUT,
                    "timeout must be an integer or None");
            long ms = Pytime.asMilliseconds(nanos, Pytime.Round.TIMEOUT);
            if (ms < Integer.MIN_VALUE || ms > Integer.MAX_VALUE) {
                throw PyExceptions.overflowError("timeout is too large");
            }
        }
        if (nanos < 0) {
            nanos = -1;
        }
        if (polling) {
            throw PyExceptions.of(PyExceptions.RuntimeError, "concurrent poll() invocation");
        }
        int n = registered.size();
        int[] fds = new int[n];
        short[] events = new short[n];
        int k = 0;
        for (Map.Entry<Integer, Integer> e : registered.entrySet()) {
            fds[k] = e.getKey();
            events[k++] = (short) (int) e.getValue();
        }
        short[] revents = new short[n];
        polling = true;
        try {
            SelectModule.pollRetrying(fds, events, revents, nanos);
        } finally {
            polling = false;
        }
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (revents[i] != 0) {
                out.add(PyTuple.of(PyInt.of(fds[i]), PyInt.of(revents[i] & 0xFFFF)));
            }
        }
        return new PyList(out);
    }
}
