package dev.krait.modules.asyncio;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;

/**
 * The {@code _asyncio} module: {@code Future}, {@code Task}, the running event loop of each
 * thread, and the registry of tasks ({@code _all_tasks}, {@code _current_tasks}) with the
 * functions that maintain it. {@code asyncio.futures}, {@code asyncio.tasks} and
 * {@code asyncio.events} import these in place of their pure-Python definitions.
 *
 * <p>The running loop lives in the thread's {@link ThreadState} (CPython keeps it in the
 * thread-state dict, with a cache of the last holder). CPython also checks that the loop was
 * set by the current process, for a child made by {@code fork}; Krait cannot fork, so the
 * process is always the same.
 *
 * <p>CPython counterpart: Modules/_asynciomodule.c.
 */
@NativeModule.Register("_asyncio")
public final class AsyncioModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        AsyncioState st = AsyncioState.current();
        PyModule m = new PyModule("_asyncio");
        m.put("__doc__", PyStr.of("Accelerator module for asyncio"));
        m.put("Future", PyFuture.TYPE);
        m.put("Task", PyTask.TYPE);
        m.put("_all_tasks", st.allTasks);
        m.put("_current_tasks", st.currentTasks);
        ModuleBuilder.addFunctions(m, AsyncioModule.class);
        return m;
    }

    // ---- the running loop --------------------------------------------------------------------

    /** The running loop of this thread, or null. */
    // CPython: Modules/_asynciomodule.c get_running_loop
    static PyObject runningLoop() {
        PyObject loop = ThreadState.current().asyncioRunningLoop;
        return loop == PyNone.NONE ? null : loop;
    }

    // CPython: Modules/_asynciomodule.c get_event_loop
    static PyObject getEventLoop(AsyncioState st) {
        PyObject loop = runningLoop();
        if (loop != null) {
            return loop;
        }
        PyObject policy = Ops.call(st.getEventLoopPolicy);
        return Ops.callMethod(policy, "get_event_loop");
    }

    @Exposed(value = "_get_running_loop($module, /)", doc = "Return the running event loop "
            + "or None.\n\nThis is a low-level function intended to be used by event loops.\n"
            + "This function is thread-specific.")
    public static PyObject _get_running_loop() {
        PyObject loop = runningLoop();
        return loop == null ? PyNone.NONE : loop;
    }

    @Exposed(value = "_set_running_loop($module, loop, /)", doc = "Set the running event "
            + "loop.\n\nThis is a low-level function intended to be used by event loops.\n"
            + "This function is thread-specific.")
    public static PyObject _set_running_loop(PyObject loop) {
        ThreadState.current().asyncioRunningLoop = loop;
        return PyNone.NONE;
    }

    @Exposed(value = "get_event_loop($module, /)", doc = "Return an asyncio event loop.\n\n"
            + "When called from a coroutine or a callback (e.g. scheduled with\ncall_soon or "
            + "similar API), this function will always return the\nrunning event loop.\n\n"
            + "If there is no running event loop set, the function will return\nthe result of "
            + "`get_event_loop_policy().get_event_loop()` call.")
    public static PyObject get_event_loop() {
        return getEventLoop(AsyncioState.current());
    }

    /** Kept by CPython 3.11 for 3.10's callers; the stack level no longer matters. */
    @Exposed(value = "_get_event_loop($module, /, stacklevel=3)", doc = "")
    public static PyObject _get_event_loop(PyObject stacklevel) {
        Numbers.index(stacklevel);
        return getEventLoop(AsyncioState.current());
    }

    @Exposed(value = "get_running_loop($module, /)", doc = "Return the running event loop.  "
            + "Raise a RuntimeError if there is none.\n\nThis function is thread-specific.")
    public static PyObject get_running_loop() {
        PyObject loop = runningLoop();
        if (loop == null) {
            throw PyExceptions.runtimeError("no running event loop");
        }
        return loop;
    }

    // ---- the task registry -------------------------------------------------------------------

    static void registerTask(AsyncioState st, PyObject task) {
        Ops.callMethod(st.allTasks, "add", task);
    }

    // CPython: Modules/_asynciomodule.c enter_task
    static void enterTask(AsyncioState st, PyObject loop, PyObject task) {
        PyObject item = st.currentTasks.getItem(loop);
        if (item != null) {
            throw PyExceptions.runtimeError("Cannot enter into task " + Ops.repr(task).value()
                    + " while another task " + Ops.repr(item).value() + " is being executed.");
        }
        st.currentTasks.setItem(loop, task);
    }

    // CPython: Modules/_asynciomodule.c leave_task
    static void leaveTask(AsyncioState st, PyObject loop, PyObject task) {
        PyObject item = st.currentTasks.getItem(loop);
        if (item != task) {
            throw PyExceptions.runtimeError("Leaving task " + Ops.repr(task).value()
                    + " does not match the current task "
                    + Ops.repr(item == null ? PyNone.NONE : item).value() + ".");
        }
        st.currentTasks.delItem(loop);
    }

    /** {@code asyncio.futures._get_loop(fut)}. */
    // CPython: Modules/_asynciomodule.c get_future_loop
    static PyObject futureLoop(PyObject fut) {
        if (fut.type() == PyFuture.TYPE || fut.type() == PyTask.TYPE) {
            return ((PyFuture) fut).loop;
        }
        PyObject getLoop = Attributes.lookupAttrOrNull(fut, "get_loop");
        if (getLoop != null) {
            return Ops.call(getLoop);
        }
        return Attributes.getAttr(fut, "_loop");
    }

    @Exposed(value = "_register_task($module, /, task)", doc = "Register a new task in "
            + "asyncio as executed by loop.\n\nReturns None.")
    public static PyObject _register_task(PyObject task) {
        registerTask(AsyncioState.current(), task);
        return PyNone.NONE;
    }

    @Exposed(value = "_unregister_task($module, /, task)", doc = "Unregister a task.\n\n"
            + "Returns None.")
    public static PyObject _unregister_task(PyObject task) {
        Ops.callMethod(AsyncioState.current().allTasks, "discard", task);
        return PyNone.NONE;
    }

    @Exposed(value = "_enter_task($module, /, loop, task)", doc = "Enter into task execution "
            + "or resume suspended task.\n\nTask belongs to loop.\n\nReturns None.")
    public static PyObject _enter_task(PyObject loop, PyObject task) {
        enterTask(AsyncioState.current(), loop, task);
        return PyNone.NONE;
    }

    @Exposed(value = "_leave_task($module, /, loop, task)", doc = "Leave task execution or "
            + "suspend a task.\n\nTask belongs to loop.\n\nReturns None.")
    public static PyObject _leave_task(PyObject loop, PyObject task) {
        leaveTask(AsyncioState.current(), loop, task);
        return PyNone.NONE;
    }
}
