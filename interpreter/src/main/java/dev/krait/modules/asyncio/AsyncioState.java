package dev.krait.modules.asyncio;

import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import java.util.HashSet;
import java.util.Set;

/**
 * What {@code _asyncio} needs from the pure-Python asyncio (the repr helpers, the exception
 * classes, {@code iscoroutine}, the event loop policy) and the registry of tasks, one per
 * interpreter. CPython keeps these in the C module's statics, filled once by
 * {@code module_init}; Krait keeps them in the interpreter (several interpreters share a JVM),
 * and every Future records the state it was made under so that its methods need no look-up.
 *
 * <p>CPython counterpart: Modules/_asynciomodule.c {@code module_init}.
 */
final class AsyncioState {
    final PyObject getEventLoopPolicy;
    final PyObject futureRepr;
    final PyObject taskRepr;
    final PyObject taskGetStack;
    final PyObject taskPrintStack;
    final PyObject iscoroutine;
    final PyObject extractStack;
    final PyObject invalidStateError;
    final PyType cancelledError;
    /** {@code _asyncio._all_tasks}: a WeakSet of the tasks alive. */
    final PyObject allTasks;
    /** {@code _asyncio._current_tasks}: {loop: task} for the tasks running now. */
    final PyDict currentTasks = new PyDict();
    /** Types other than coroutine that {@code asyncio.iscoroutine} accepted (at most 100). */
    final Set<PyType> coroutineTypes = new HashSet<>();
    /** The number of the last task named automatically ("Task-N"). */
    long taskNameCounter;

    // CPython: Modules/_asynciomodule.c module_init
    AsyncioState(Interpreter interpreter) {
        var importer = interpreter.importer();
        importer.importModule("asyncio");
        getEventLoopPolicy = attr(importer.importModule("asyncio.events"),
                "get_event_loop_policy");
        futureRepr = attr(importer.importModule("asyncio.base_futures"), "_future_repr");
        PyObject exceptions = importer.importModule("asyncio.exceptions");
        invalidStateError = attr(exceptions, "InvalidStateError");
        PyObject cancelled = attr(exceptions, "CancelledError");
        if (!(cancelled instanceof PyType t)) {
            throw dev.krait.objects.PyExceptions.typeError(
                    "asyncio.CancelledError is not a class");
        }
        cancelledError = t;
        PyObject baseTasks = importer.importModule("asyncio.base_tasks");
        taskRepr = attr(baseTasks, "_task_repr");
        taskGetStack = attr(baseTasks, "_task_get_stack");
        taskPrintStack = attr(baseTasks, "_task_print_stack");
        iscoroutine = attr(importer.importModule("asyncio.coroutines"), "iscoroutine");
        extractStack = attr(importer.importModule("traceback"), "extract_stack");
        allTasks = Ops.call(attr(importer.importModule("weakref"), "WeakSet"));
    }

    private static PyObject attr(PyObject module, String name) {
        return Attributes.getAttr(module, name);
    }

    /** The state of the running thread's interpreter, made (asyncio imported) on first use. */
    static AsyncioState current() {
        Interpreter interpreter = dev.krait.runtime.ThreadState.current().interpreter;
        AsyncioState s = interpreter.state(AsyncioState.class, () -> null);
        if (s == null) {
            // made outside state(): importing asyncio may itself ask for other states
            AsyncioState made = new AsyncioState(interpreter);
            s = interpreter.state(AsyncioState.class, () -> made);
        }
        return s;
    }
}
