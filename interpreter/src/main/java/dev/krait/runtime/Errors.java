package dev.krait.runtime;

import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyStr;

/**
 * Raising the runtime's own errors from Java, beyond the common ones in
 * {@link PyExceptions}.
 */
public final class Errors {
    private Errors() {}

    /**
     * Reports an exception that has nowhere to propagate -- raised in a {@code __del__}, a weak
     * reference's callback, a generator closed as it dies -- through {@code sys.unraisablehook}
     * (whose default prints {@code Exception ignored in: <obj repr>} and the traceback on
     * {@code sys.stderr}).
     *
     * <p>CPython: Python/errors.c PyErr_WriteUnraisable.
     */
    public static void writeUnraisable(dev.krait.objects.PyObject obj,
            dev.krait.objects.PyBaseException e) {
        writeUnraisable(null, obj, e);
    }

    /**
     * The same with CPython's {@code _PyErr_WriteUnraisableMsg}: "Exception ignored
     * {@code where}: obj" ({@code where} null for plain "in").
     */
    public static void writeUnraisable(String where, dev.krait.objects.PyObject obj,
            dev.krait.objects.PyBaseException e) {
        dev.krait.objects.PyObject errMsg = where == null ? PyNone.NONE
                : PyStr.of("Exception ignored " + where);
        ThreadState running = ThreadState.current();
        if (e.traceback == null && running != null && running.frame != null) {
            // an error raised without passing through a frame (a finalizer's warning turned
            // into an error) is reported at the running frame's line, as CPython does
            // (Python/errors.c _PyErr_WriteUnraisableMsg: _PyTraceBack_FromFrame)
            dev.krait.objects.PyFrame f = running.frame;
            e.addTraceback(f, f.lineno, -1, f.lineno, -1);
        }
        dev.krait.objects.PyObject args = dev.krait.modules.sys.UnraisableHookArgs.make(e, errMsg,
                obj == null ? PyNone.NONE : obj);
        ThreadState ts = ThreadState.current();
        dev.krait.objects.PyObject hook = ts == null ? null
                : ts.interpreter.sysAttribute("unraisablehook");
        if (hook == null) {
            defaultUnraisableHook(args);
            return;
        }
        try {
            Audit.audit("sys.unraisablehook", hook, args);
        } catch (PyException vetoed) {
            // CPython: Python/errors.c _PyErr_WriteUnraisableMsg reports the hook's error
            defaultUnraisableHook(dev.krait.modules.sys.UnraisableHookArgs.make(vetoed.value,
                    PyStr.of("Exception ignored in audit hook"), PyNone.NONE));
            return;
        }
        if (hook == PyNone.NONE) {
            defaultUnraisableHook(args);
            return;
        }
        try {
            dev.krait.objects.Ops.call(hook, args);
        } catch (PyException failed) {
            // CPython: Python/errors.c _PyErr_WriteUnraisableMsg, a hook that fails
            defaultUnraisableHook(dev.krait.modules.sys.UnraisableHookArgs.make(failed.value,
                    PyStr.of("Exception ignored in sys.unraisablehook"), hook));
        }
    }

    /**
     * {@code sys.__unraisablehook__}: writes the report on {@code sys.stderr} (nothing when
     * there is none; the process's stream when writing fails). CPython: Python/errors.c write_unraisable_exc_file.
     */
    public static void defaultUnraisableHook(dev.krait.objects.PyObject args) {
        dev.krait.objects.PyObject excValue = dev.krait.modules.sys.UnraisableHookArgs.field(args, 1);
        dev.krait.objects.PyObject errMsg = dev.krait.modules.sys.UnraisableHookArgs.field(args, 3);
        dev.krait.objects.PyObject obj = dev.krait.modules.sys.UnraisableHookArgs.field(args, 4);
        StringBuilder text = new StringBuilder();
        if (obj != PyNone.NONE) {
            text.append(errMsg != PyNone.NONE ? dev.krait.objects.Ops.str(errMsg).value()
                    : "Exception ignored in").append(": ");
            try {
                text.append(dev.krait.objects.Ops.repr(obj).value());
            } catch (PyException failed) {
                text.append("<object repr() failed>");
            }
            text.append('\n');
        } else if (errMsg != PyNone.NONE) {
            text.append(dev.krait.objects.Ops.str(errMsg).value()).append(":\n");
        }
        if (excValue instanceof dev.krait.objects.PyBaseException e) {
            text.append(TracebackPrinter.formatUnraisable(e));
        }
        ThreadState ts = ThreadState.current();
        try {
            dev.krait.objects.PyObject err = ts == null ? null
                    : ts.interpreter.sysAttribute("stderr");
            if (ts != null && (err == null || err == PyNone.NONE)) {
                return;  // CPython: write_unraisable_exc reports nothing without sys.stderr
            }
            if (err != null) {
                dev.krait.objects.Ops.callMethod(err, "write", PyStr.of(text.toString()));
                return;
            }
        } catch (PyException failed) {
            // fall through to the process's stream, as CPython does when sys.stderr fails
        }
        System.err.print(text);
    }

    public static PyException recursionError(String message) {
        return PyExceptions.of(PyExceptions.RecursionError, message);
    }
}
