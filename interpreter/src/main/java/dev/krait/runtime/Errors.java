package dev.krait.runtime;

import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;

/**
 * Raising the runtime's own errors from Java, beyond the common ones in
 * {@link PyExceptions}.
 */
public final class Errors {
    private Errors() {}

    /**
     * Reports an exception that has nowhere to propagate -- raised while a generator is closed
     * because its last reference went away -- as CPython's default unraisable hook does:
     * {@code Exception ignored in: <obj repr>} and the traceback, on {@code sys.stderr}.
     *
     * <p>CPython: Python/errors.c write_unraisable_exc_file.
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
        dev.krait.objects.PyObject none = dev.krait.objects.PyNone.NONE;
        dev.krait.objects.PyObject errMsg = where == null ? none
                : dev.krait.objects.PyStr.of("Exception ignored " + where);
        dev.krait.objects.PyObject hook = sysAttribute("unraisablehook");
        java.util.function.Function<dev.krait.objects.PyObject[], dev.krait.objects.PyObject>
                makeArgs = unraisableHookArgs;
        if (hook != null && hook != none && hook != sysAttribute("__unraisablehook__")
                && makeArgs != null) {
            dev.krait.objects.PyObject args = makeArgs.apply(new dev.krait.objects.PyObject[] {
                    e.type(), e, e.traceback == null ? none : e.traceback, errMsg,
                    obj == null ? none : obj});
            try {
                dev.krait.objects.Ops.call(hook, args);
            } catch (PyException failed) {
                writeUnraisableDefault("Exception ignored in sys.unraisablehook", hook,
                        failed.value);
            }
            return;
        }
        writeUnraisableDefault(where == null ? null : "Exception ignored " + where, obj, e);
    }

    /**
     * Makes the argument of {@code sys.unraisablehook} (an {@code UnraisableHookArgs}) from
     * exc_type, exc_value, exc_traceback, err_msg and object; set by the sys module, which the
     * runtime layer does not name.
     */
    public static volatile java.util.function.Function<dev.krait.objects.PyObject[],
            dev.krait.objects.PyObject> unraisableHookArgs;

    private static dev.krait.objects.PyObject sysAttribute(String name) {
        ThreadState ts = ThreadState.current();
        if (ts == null) {
            return null;
        }
        try {
            dev.krait.objects.PyObject sys = ts.interpreter.modules().getItem(
                    dev.krait.objects.PyStr.of("sys"));
            return sys == null ? null : dev.krait.objects.Attributes.lookupAttrOrNull(sys, name);
        } catch (PyException failed) {
            return null;
        }
    }

    /**
     * CPython's default unraisable hook: "{@code errMsg}: obj" ("Exception ignored in: obj"
     * without a message, "{@code errMsg}:" without an object) and the traceback, on
     * {@code sys.stderr}.
     *
     * <p>CPython: Python/errors.c write_unraisable_exc_file.
     */
    public static void writeUnraisableDefault(String errMsg, dev.krait.objects.PyObject obj,
            dev.krait.objects.PyBaseException e) {
        StringBuilder text = new StringBuilder();
        if (obj != null && obj != dev.krait.objects.PyNone.NONE) {
            text.append(errMsg == null ? "Exception ignored in" : errMsg).append(": ");
            try {
                text.append(dev.krait.objects.Ops.repr(obj));
            } catch (PyException failed) {
                text.append("<object repr() failed>");
            }
            text.append('\n');
        } else if (errMsg != null) {
            text.append(errMsg).append(":\n");
        }
        text.append(TracebackPrinter.format(e));
        ThreadState ts = ThreadState.current();
        try {
            dev.krait.objects.PyObject sys = ts == null ? null
                    : ts.interpreter.modules().getItem(dev.krait.objects.PyStr.of("sys"));
            dev.krait.objects.PyObject err = sys == null ? null
                    : dev.krait.objects.Attributes.lookupAttrOrNull(sys, "stderr");
            if (err != null && err != dev.krait.objects.PyNone.NONE) {
                dev.krait.objects.Ops.callMethod(err, "write",
                        dev.krait.objects.PyStr.of(text.toString()));
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

    /**
     * The Python SyntaxError (or IndentationError, TabError) for a syntax error found while
     * compiling at run time ({@code compile()}, {@code exec()}, an import), with the attributes
     * CPython sets: msg, filename, lineno, offset, text, end_lineno, end_offset.
     */
    public static PyException syntaxError(dev.krait.lexer.PythonSyntaxError e) {
        dev.krait.objects.PyType type = switch (e.type) {
            case SyntaxError -> PyExceptions.SyntaxError;
            case IndentationError -> PyExceptions.IndentationError;
            case TabError -> PyExceptions.TabError;
        };
        dev.krait.objects.PyObject none = dev.krait.objects.PyNone.NONE;
        dev.krait.objects.PyObject details = dev.krait.objects.PyTuple.of(
                e.filename == null ? none : dev.krait.objects.PyStr.of(e.filename),
                dev.krait.objects.PyInt.of(e.lineno), dev.krait.objects.PyInt.of(e.offset),
                e.text == null ? none : dev.krait.objects.PyStr.of(e.text),
                dev.krait.objects.PyInt.of(e.endLineno), dev.krait.objects.PyInt.of(e.endOffset));
        dev.krait.objects.PyObject exc = dev.krait.objects.Ops.call(type,
                dev.krait.objects.PyStr.of(e.msg), details);
        return ((dev.krait.objects.PyBaseException) exc).raise();
    }
}
