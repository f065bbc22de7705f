package dev.krait.runtime;

import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;

/**
 * Warnings raised from Java code (CPython's {@code PyErr_WarnEx}): they go through the
 * {@code warnings} module, so that filters, {@code -W} and {@code catch_warnings} apply and an
 * "error" filter turns them into exceptions. CPython has a C implementation ({@code _warnings})
 * that works before {@code warnings.py} can be imported; Krait has none, so when the module cannot
 * be imported the warning is shown directly, as the default filter would show it.
 *
 * <p>CPython counterpart: Python/_warnings.c {@code PyErr_WarnEx}.
 */
public final class Warnings {
    private Warnings() {}

    /**
     * Issues {@code message} of {@code category}, attributed to the Python frame running now
     * (stack level 1: the code that called the Java function warning).
     */
    public static void warn(PyType category, String message) {
        ThreadState ts = ThreadState.current();
        Interpreter interp = ts.interpreter;
        PyObject module;
        try {
            module = interp.importer().importModule("warnings");
        } catch (PyException e) {
            module = null;
        }
        PyObject warn = module == null ? null : Attributes.lookupAttrOrNull(module, "warn");
        if (warn != null) {
            Ops.call(warn, PyStr.of(message), category, PyInt.of(1));
            return;
        }
        showDirectly(interp, ts.frame, category, message);
    }

    /** "file:line: Category: message" and the source line (Lib/warnings.py _formatwarnmsg). */
    private static void showDirectly(Interpreter interp, PyFrame frame, PyType category,
            String message) {
        PyObject err = interp.sysAttribute("stderr");
        if (err == null || err == PyNone.NONE) {
            return;
        }
        String filename = frame == null ? "sys" : frame.code.filename;
        int lineno = frame == null ? 1 : frame.lineno;
        StringBuilder sb = new StringBuilder();
        sb.append(filename).append(':').append(lineno).append(": ").append(category.getName())
                .append(": ").append(message).append('\n');
        String line = MainRunner.sourceLine(filename, lineno);
        if (line != null && !line.strip().isEmpty()) {
            sb.append("  ").append(line.strip()).append('\n');
        }
        Ops.callMethod(err, "write", PyStr.of(sb.toString()));
    }
}
