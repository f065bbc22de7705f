package dev.krait.modules.termios;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.fcntl.CCalls;
import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.ProcessCalls;
import dev.krait.objects.CArgs;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Gil;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The {@code termios} module: a terminal's attributes as the 7-item list programs edit
 * ({@code tty.setraw}, {@code getpass}, {@code pty}), line control, and the window size. A
 * failed call raises {@code termios.error(errno, strerror)}, a class of the module's own (not
 * an OSError), as CPython's does. The C calls are in {@link TermiosCalls}.
 *
 * <p>CPython counterpart: Modules/termios.c.
 */
@NativeModule.Register("termios")
public final class TermiosModule implements NativeModule {
    private static final int ICANON = 2;
    private static final int VTIME = 5;
    private static final int VMIN = 6;

    /** The module's exception class, per interpreter. */
    static final class State {
        final PyType error;

        State() {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("termios"));
            error = (PyType) Ops.call(PyType.TYPE, PyStr.of("error"),
                    PyTuple.of(PyExceptions.Exception), ns);
        }
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("termios");
        m.put("__doc__", PyStr.of("This module provides an interface to the Posix calls for "
                + "tty I/O control.\nFor a complete description of these calls, see the Posix "
                + "or Unix manual\npages. It is only available for those Unix versions that "
                + "support Posix\ntermios style tty I/O control.\n\nAll functions in this "
                + "module take a file descriptor fd as their first\nargument. This can be an "
                + "integer file descriptor, such as returned by\nsys.stdin.fileno(), or a file "
                + "object, such as sys.stdin itself."));
        ModuleBuilder.addFunctions(m, TermiosModule.class);
        m.put("error", interpreter.state(State.class, State::new).error);
        Object[] table = TermiosConstants.TABLE;
        for (int i = 0; i < table.length; i += 2) {
            m.put((String) table[i], PyInt.of(((Number) table[i + 1]).longValue()));
        }
        return m;
    }

    /** termios.error(errno, strerror) for a failed call. */
    // CPython: Python/errors.c PyErr_SetFromErrno (with the module's TermiosError)
    private static PyException error(Libc.Failure f) {
        PyType type = ThreadState.current().interpreter.state(State.class, State::new).error;
        PyObject e = Ops.call(type, PyInt.of(f.errno), PyStr.of(ProcessCalls.strerror(f.errno)));
        return ((PyBaseException) e).raise();
    }

    /** Runs a C call with the interpreter lock released; a failure raises termios.error. */
    private static <T> T call(Supplier<T> c) {
        try {
            return Gil.allowThreads(c);
        } catch (Libc.Failure f) {
            throw error(f);
        }
    }

    // CPython: Modules/termios.c termios_tcgetattr_impl
    @Exposed(value = "tcgetattr($module, fd, /)", doc = "Get the tty attributes for file "
            + "descriptor fd.\n\nReturns a list [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]"
            + "\nwhere cc is a list of the tty special characters (each a string of\nlength 1, "
            + "except the items with indices VMIN and VTIME, which are\nintegers when these "
            + "fields are defined).  The interpretation of the\nflags and the speeds as well as "
            + "the indexing in the cc array must be\ndone using the symbolic constants defined "
            + "in this module.")
    public static PyObject tcgetattr(PyObject fdArg) {
        int fd = CCalls.fileDescriptor(fdArg);
        TermiosCalls.Mode mode = call(() -> TermiosCalls.tcgetattr(fd));
        PyObject[] cc = new PyObject[TermiosCalls.NCCS];
        for (int i = 0; i < cc.length; i++) {
            cc[i] = new PyBytes(new byte[] {mode.cc[i]});
        }
        // MIN and TIME share slots with EOF and EOL on some systems: ints only when
        // non-canonical.
        if ((mode.lflag & ICANON) == 0) {
            cc[VMIN] = PyInt.of(Byte.toUnsignedInt(mode.cc[VMIN]));
            cc[VTIME] = PyInt.of(Byte.toUnsignedInt(mode.cc[VTIME]));
        }
        return new PyList(List.of(PyInt.of(Integer.toUnsignedLong(mode.iflag)),
                PyInt.of(Integer.toUnsignedLong(mode.oflag)),
                PyInt.of(Integer.toUnsignedLong(mode.cflag)),
                PyInt.of(Integer.toUnsignedLong(mode.lflag)),
                PyInt.of(Integer.toUnsignedLong(mode.ispeed)),
                PyInt.of(Integer.toUnsignedLong(mode.ospeed)),
                new PyList(new ArrayList<>(Arrays.asList(cc)))));
    }

    // CPython: Modules/termios.c termios_tcsetattr_impl
    @Exposed(value = "tcsetattr($module, fd, when, attributes, /)", doc = "Set the tty "
            + "attributes for file descriptor fd.\n\nThe attributes to be set are taken from "
            + "the attributes argument, which\nis a list like the one returned by tcgetattr(). "
            + "The when argument\ndetermines when the attributes are changed: termios.TCSANOW "
            + "to\nchange immediately, termios.TCSADRAIN to change after transmitting all\n"
            + "queued output, or termios.TCSAFLUSH to change after transmitting all\nqueued "
            + "output and discarding all queued input.")
    public static void tcsetattr(PyObject fdArg, PyObject whenArg, PyObject term) {
        int fd = CCalls.fileDescriptor(fdArg);
        int when = CArgs.asInt(whenArg);
        if (!(term instanceof PyList list) || list.size() != 7) {
            throw PyExceptions.typeError("tcsetattr, arg 3: must be 7 element list");
        }
        // The old mode first, to keep any fields Python does not see.
        TermiosCalls.Mode mode = call(() -> TermiosCalls.tcgetattr(fd));
        mode.iflag = (int) CArgs.asLong(list.items.get(0));
        mode.oflag = (int) CArgs.asLong(list.items.get(1));
        mode.cflag = (int) CArgs.asLong(list.items.get(2));
        mode.lflag = (int) CArgs.asLong(list.items.get(3));
        mode.ispeed = (int) CArgs.asLong(list.items.get(4));
        mode.ospeed = (int) CArgs.asLong(list.items.get(5));
        if (!(list.items.get(6) instanceof PyList cc) || cc.size() != TermiosCalls.NCCS) {
            throw PyExceptions.typeError("tcsetattr: attributes[6] must be "
                    + TermiosCalls.NCCS + " element list");
        }
        for (int i = 0; i < TermiosCalls.NCCS; i++) {
            PyObject v = cc.items.get(i);
            if (v instanceof PyBytes b && b.size() == 1) {
                mode.cc[i] = b.array()[0];
            } else if (v instanceof PyInt) {
                mode.cc[i] = (byte) CArgs.asLong(v);
            } else {
                throw PyExceptions.typeError(
                        "tcsetattr: elements of attributes must be characters or integers");
            }
        }
        call(() -> {
            TermiosCalls.tcsetattr(fd, when, mode);
            return null;
        });
    }

    // CPython: Modules/termios.c termios_tcsendbreak_impl
    @Exposed(value = "tcsendbreak($module, fd, duration, /)", doc = "Send a break on file "
            + "descriptor fd.\n\nA zero duration sends a break for 0.25-0.5 seconds; a nonzero "
            + "duration\nhas a system dependent meaning.")
    public static void tcsendbreak(PyObject fdArg, PyObject duration) {
        int fd = CCalls.fileDescriptor(fdArg);
        int d = CArgs.asInt(duration);
        call(() -> {
            TermiosCalls.tcsendbreak(fd, d);
            return null;
        });
    }

    // CPython: Modules/termios.c termios_tcdrain_impl
    @Exposed(value = "tcdrain($module, fd, /)", doc = "Wait until all output written to file "
            + "descriptor fd has been transmitted.")
    public static void tcdrain(PyObject fdArg) {
        int fd = CCalls.fileDescriptor(fdArg);
        call(() -> {
            TermiosCalls.tcdrain(fd);
            return null;
        });
    }

    // CPython: Modules/termios.c termios_tcflush_impl
    @Exposed(value = "tcflush($module, fd, queue, /)", doc = "Discard queued data on file "
            + "descriptor fd.\n\nThe queue selector specifies which queue: termios.TCIFLUSH for"
            + " the input\nqueue, termios.TCOFLUSH for the output queue, or termios.TCIOFLUSH "
            + "for\nboth queues.")
    public static void tcflush(PyObject fdArg, PyObject queue) {
        int fd = CCalls.fileDescriptor(fdArg);
        int q = CArgs.asInt(queue);
        call(() -> {
            TermiosCalls.tcflush(fd, q);
            return null;
        });
    }

    // CPython: Modules/termios.c termios_tcflow_impl
    @Exposed(value = "tcflow($module, fd, action, /)", doc = "Suspend or resume input or output"
            + " on file descriptor fd.\n\nThe action argument can be termios.TCOOFF to suspend "
            + "output,\ntermios.TCOON to restart output, termios.TCIOFF to suspend input,\nor "
            + "termios.TCION to restart input.")
    public static void tcflow(PyObject fdArg, PyObject action) {
        int fd = CCalls.fileDescriptor(fdArg);
        int a = CArgs.asInt(action);
        call(() -> {
            TermiosCalls.tcflow(fd, a);
            return null;
        });
    }

    // CPython: Modules/termios.c termios_tcgetwinsize_impl
    @Exposed(value = "tcgetwinsize($module, fd, /)", doc = "Get the tty winsize for file "
            + "descriptor fd.\n\nReturns a tuple (ws_row, ws_col).")
    public static PyObject tcgetwinsize(PyObject fdArg) {
        int fd = CCalls.fileDescriptor(fdArg);
        int[] w = call(() -> TermiosCalls.getWinsize(fd));
        return PyTuple.of(PyInt.of(w[0]), PyInt.of(w[1]));
    }

    // CPython: Modules/termios.c termios_tcsetwinsize_impl
    @Exposed(value = "tcsetwinsize($module, fd, winsize, /)", doc = "Set the tty winsize for "
            + "file descriptor fd.\n\nThe winsize to be set is taken from the winsize argument,"
            + " which\nis a two-item tuple (ws_row, ws_col) like the one returned by "
            + "tcgetwinsize().")
    public static void tcsetwinsize(PyObject fdArg, PyObject winsize) {
        int fd = CCalls.fileDescriptor(fdArg);
        // PySequence_Check: a __getitem__ that is not a dict's
        boolean sequence = !(winsize instanceof PyDict)
                && winsize.type().lookup("__getitem__") != null;
        if (!sequence || Containers.len(winsize) != 2) {
            throw PyExceptions.typeError("tcsetwinsize, arg 2: must be a two-item sequence");
        }
        long rows = CArgs.asLong(Containers.getItem(winsize, PyInt.of(0)));
        long cols = CArgs.asLong(Containers.getItem(winsize, PyInt.of(1)));
        // The old size first: it has pixel fields Python does not see.
        int[] w = call(() -> TermiosCalls.getWinsize(fd));
        if (rows != (rows & 0xFFFF) || cols != (cols & 0xFFFF)) {
            throw PyExceptions.overflowError("winsize value(s) out of range.");
        }
        w[0] = (int) rows;
        w[1] = (int) cols;
        call(() -> {
            TermiosCalls.setWinsize(fd, w);
            return null;
        });
    }
}
