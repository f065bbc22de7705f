package dev.krait.modules.thread;

import dev.krait.modules.sys.PyStructSequence;
import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.TracebackPrinter;

/**
 * {@code threading.excepthook} and its argument type: what reports an exception that ended a
 * {@code threading.Thread}'s {@code run}, as "Exception in thread NAME:" and the traceback.
 *
 * <p>CPython counterpart: Modules/_threadmodule.c {@code thread_excepthook},
 * {@code ExceptHookArgsType}.
 */
public final class ExceptHook {
    private ExceptHook() {}

    /** {@code _thread._ExceptHookArgs}: a struct sequence of four fields. */
    // CPython: Modules/_threadmodule.c ExceptHookArgs_desc
    public static final PyType ARGS = PyStructSequence.newType("_thread", "_ExceptHookArgs", 4,
            true, "exc_type", "exc_value", "exc_traceback", "thread");

    // CPython: Modules/_threadmodule.c thread_excepthook, thread_excepthook_file
    @Exposed(value = "_excepthook($module, exc_type, /)",
            doc = "excepthook(exc_type, exc_value, exc_traceback, thread)\n\nHandle uncaught "
                    + "Thread.run() exception.", signature = Exposed.Signature.HIDDEN)
    public static void _excepthook(PyObject args) {
        if (!(args instanceof PyStructSequence a) || a.type() != ARGS) {
            throw PyExceptions.typeError("_thread.excepthook argument type must be "
                    + "ExceptHookArgs");
        }
        PyObject type = a.get(0);
        if (type == PyExceptions.SystemExit) {
            return;
        }
        PyObject thread = a.get(3);
        PyObject file = ThreadState.current().interpreter.sysAttribute("stderr");
        if (file == null || file == PyNone.NONE) {
            if (thread == PyNone.NONE) {
                return;
            }
            file = Attributes.lookupAttrOrNull(thread, "_stderr");
            if (file == null || file == PyNone.NONE) {
                return;
            }
        }
        String who;
        PyObject name = thread == PyNone.NONE ? null : Attributes.lookupAttrOrNull(thread, "name");
        if (name != null && name != PyNone.NONE) {
            who = Ops.str(name).value();
        } else {
            who = Long.toString(ThreadModule.identOf(Thread.currentThread()));
        }
        Ops.callMethod(file, "write", PyStr.of("Exception in thread " + who + ":\n"));
        flush(file);
        PyObject value = a.get(1);
        String text;
        if (value instanceof PyBaseException e) {
            text = TracebackPrinter.format(e);
        } else {
            text = Ops.str(type instanceof PyType t ? PyStr.of(t.getName()) : type).value()
                    + "\n";
        }
        Ops.callMethod(file, "write", PyStr.of(text));
        flush(file);
    }

    private static void flush(PyObject file) {
        PyObject flush = Attributes.lookupAttrOrNull(file, "flush");
        if (flush != null) {
            Ops.call(flush);
        }
    }
}
