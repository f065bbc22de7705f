package dev.krait.modules.asyncio;

import dev.krait.objects.Exposed;
import dev.krait.objects.MethodBinder;
import dev.krait.objects.PyBuiltinFunction;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * The callable a Task schedules on its loop to run its next step ({@code task.__step(exc)}),
 * and the {@code task_wakeup} function it adds as the done-callback of the future it waits for:
 * CPython makes the first a small type of its own and the second a builtin function bound to
 * the task, and so does Krait.
 *
 * <p>CPython counterpart: Modules/_asynciomodule.c {@code TaskStepMethWrapper},
 * {@code TaskWakeupDef}.
 */
public final class PyTaskStepWrapper extends PyObject {
    public static final PyType TYPE =
            PyType.builtinFinal("TaskStepMethWrapper", PyTaskStepWrapper.class, null);

    private final PyTask task;
    /** The exception to throw into the coroutine, or null to send None. */
    private final PyObject arg;

    PyTaskStepWrapper(PyTask task, PyObject arg) {
        super(TYPE);
        this.task = task;
        this.arg = arg;
    }

    // CPython: Modules/_asynciomodule.c TaskStepMethWrapper_call
    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length != 0) {
            throw PyExceptions.typeError("function takes no keyword arguments");
        }
        if (args.length != 0) {
            throw PyExceptions.typeError("function takes no positional arguments");
        }
        return task.step(arg);
    }

    @Exposed.Getter("__self__")
    public PyObject getSelf() {
        return task == null ? PyNone.NONE : task;
    }

    /** The functions bound to a task as its done-callbacks. */
    public static final class Wakeup {
        private Wakeup() {}

        // CPython: Modules/_asynciomodule.c task_wakeup
        @Exposed("task_wakeup($self, future, /)")
        public static PyObject task_wakeup(PyObject self, PyObject future) {
            return ((PyTask) self).wakeup(future);
        }
    }

    /** {@code task_wakeup} bound to {@code task}. */
    static PyBuiltinFunction wakeup(PyTask task) {
        return new PyBuiltinFunction(WakeupBinder.BINDER, task, null, false);
    }

    /** The binder of {@link Wakeup#task_wakeup}, made on first use; it holds no state. */
    private static final class WakeupBinder {
        static final MethodBinder BINDER;

        static {
            var table = dev.krait.objects.ExposedTable.of(Wakeup.class);
            BINDER = MethodBinder.of(table, table.member("task_wakeup",
                    dev.krait.objects.ExposedTable.Role.METHOD), null, "task_wakeup", true);
        }
    }
}
