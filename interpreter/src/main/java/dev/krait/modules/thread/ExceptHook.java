package dev.krait.modules.thread;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.TracebackPrinter;
import java.util.List;

/**
 * {@code threading.excepthook} and its argument type: what reports an exception that ended a
 * {@code threading.Thread}'s {@code run}, as "Exception in thread NAME:" and the traceback.
 *
 * <p>CPython counterpart: Modules/_threadmodule.c {@code thread_excepthook},
 * {@code ExceptHookArgsType}.
 */
public final class ExceptHook {
    private ExceptHook() {}

    private static final String[] FIELDS = {"exc_type", "exc_value", "exc_traceback", "thread"};

    /** {@code _thread._ExceptHookArgs}: a 4-item struct sequence. */
    public static final class Args extends PyTuple {
        public static final PyType TYPE = PyType.builtinFinal("_ExceptHookArgs", Args.class,
                PyTuple.TYPE).withModule("_thread");

        Args(PyObject[] items) {
            super(items);
            setType(TYPE);
        }

        // CPython: Objects/structseq.c structseq_new
        @Exposed(value = "__new__($type, /, sequence, dict=None)", kind = Exposed.Kind.STATIC)
        public static PyObject __new__(PyType cls, PyObject sequence, PyObject dict) {
            List<PyObject> items = Iteration.toList(sequence);
            if (items.size() != FIELDS.length) {
                throw PyExceptions.typeError("_thread._ExceptHookArgs() takes a 4-sequence ("
                        + items.size() + "-sequence given)");
            }
            return new Args(items.toArray(new PyObject[0]));
        }

        @Exposed.Getter("exc_type")
        public PyObject excType() {
            return get(0);
        }

        @Exposed.Getter("exc_value")
        public PyObject excValue() {
            return get(1);
        }

        @Exposed.Getter("exc_traceback")
        public PyObject excTraceback() {
            return get(2);
        }

        @Exposed.Getter("thread")
        public PyObject thread() {
            return get(3);
        }

        // CPython: Objects/structseq.c structseq_repr
        @Exposed("__repr__($self, /)")
        public PyObject __repr__() {
            StringBuilder sb = new StringBuilder("_thread._ExceptHookArgs(");
            for (int i = 0; i < FIELDS.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(FIELDS[i]).append('=')
                        .append(Ops.repr(get(i)).value());
            }
            return PyStr.of(sb.append(')').toString());
        }
    }

    // CPython: Modules/_threadmodule.c thread_excepthook, thread_excepthook_file
    @Exposed(value = "_excepthook($module, exc_type, /)",
            doc = "excepthook(exc_type, exc_value, exc_traceback, thread)\n\nHandle uncaught "
                    + "Thread.run() exception.", signature = Exposed.Signature.HIDDEN)
    public static void _excepthook(PyObject args) {
        if (!(args instanceof Args a)) {
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
