package dev.krait.modules.asyncio;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyGenerator;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;

/**
 * {@code _asyncio.Task}: a Future that drives a coroutine. Each step sends None (or throws an
 * exception) into the coroutine on the event loop; when the coroutine yields a future the task
 * waits for it by adding {@code task_wakeup} to its callbacks, and when the coroutine ends its
 * return value or exception becomes the task's result.
 *
 * <p>CPython counterpart: Modules/_asynciomodule.c {@code TaskObj}, {@code task_step_impl},
 * {@code task_wakeup}.
 */
public final class PyTask extends PyFuture {
    public static final PyType TYPE = PyType.builtin("Task", PyTask.class, PyFuture.TYPE)
            .withModule("_asyncio");

    PyObject futWaiter;
    PyObject coro;
    PyObject name;
    PyObject context;
    boolean mustCancel;
    boolean logDestroyPending;
    int numCancelsRequested;

    PyTask(PyType type, AsyncioState st) {
        super(type, st);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyTask(cls, AsyncioState.current());
    }

    // CPython: Modules/_asynciomodule.c _asyncio_Task___init___impl
    @Exposed(value = "__init__($self, /, coro, *, loop=None, name=None, context=None)",
            signature = Exposed.Signature.CLASS)
    public void __init__(PyObject coro, PyObject loop, PyObject name, PyObject context) {
        init(loop);
        if (!isCoroutine(coro)) {
            logDestroyPending = false;
            throw PyExceptions.typeError("a coroutine was expected, got "
                    + Ops.repr(coro).value());
        }
        this.context = context == PyNone.NONE
                ? dev.krait.modules.contextvars.ContextvarsModule.copy_context() : context;
        futWaiter = null;
        mustCancel = false;
        logDestroyPending = true;
        numCancelsRequested = 0;
        this.coro = coro;
        if (name == PyNone.NONE) {
            this.name = PyStr.of("Task-" + ++st.taskNameCounter);
        } else if (name.type() != PyStr.TYPE) {
            this.name = Ops.str(name);
        } else {
            this.name = name;
        }
        needFinalizer();
        callStepSoon(null);
        AsyncioModule.registerTask(st, this);
    }

    // CPython: Modules/_asynciomodule.c is_coroutine
    private boolean isCoroutine(PyObject o) {
        PyType t = o.type();
        if (t == PyGenerator.COROUTINE_TYPE || st.coroutineTypes.contains(t)) {
            return true;
        }
        if (!Ops.isTrue(Ops.call(st.iscoroutine, o))) {
            return false;
        }
        if (st.coroutineTypes.size() < 100) {
            st.coroutineTypes.add(t);
        }
        return true;
    }

    /** Schedules the next step, throwing {@code exc} into the coroutine when not null. */
    final void callStepSoon(PyObject exc) {
        callSoon(loop, new PyTaskStepWrapper(this, exc), null, context);
    }

    // CPython: Modules/_asynciomodule.c task_set_error_soon
    private void setErrorSoon(String message) {
        callStepSoon(PyExceptions.runtimeError(message).value);
    }

    // CPython: Modules/_asynciomodule.c task_step
    final PyObject step(PyObject exc) {
        AsyncioModule.enterTask(st, loop, this);
        PyObject r;
        try {
            r = stepImpl(exc);
        } catch (PyException e) {
            try {
                AsyncioModule.leaveTask(st, loop, this);
            } catch (PyException e2) {
                // CPython: _PyErr_ChainExceptions -- the first error becomes the context
                if (e2.value.context == null) {
                    e2.value.context = e.value;
                }
                throw e2;
            }
            throw e;
        }
        AsyncioModule.leaveTask(st, loop, this);
        return r;
    }

    // CPython: Modules/_asynciomodule.c task_step_impl
    private PyObject stepImpl(PyObject exc) {
        if (state != PENDING) {
            throw invalidState("_step(): already done: " + Ops.repr(this).value() + " "
                    + Ops.repr(exc == null ? PyNone.NONE : exc).value());
        }
        if (mustCancel) {
            if (exc != null && !Ops.isInstance(exc, st.cancelledError)) {
                exc = null;
            }
            if (exc == null) {
                exc = makeCancelledError();
            }
            mustCancel = false;
        }
        futWaiter = null;
        PyObject c = coro;
        if (c == null) {
            throw PyExceptions.runtimeError("uninitialized Task object");
        }
        PyObject result;
        try {
            result = exc == null ? send(c) : throwInto(c, exc);
        } catch (PyException e) {
            return ended(e);
        }
        if (result == null) {
            // the coroutine returned: the value is in returned
            PyObject value = returned;
            returned = null;
            if (mustCancel) {
                // cancelled right before the coroutine stopped
                mustCancel = false;
                cancelFuture(cancelMsg);
            } else {
                setResult(value);
            }
            return PyNone.NONE;
        }
        return yielded(result);
    }

    /** The value the coroutine returned, when {@link #send} or {@link #throwInto} gave null. */
    private PyObject returned;

    /** PyIter_Send(coro, None): the value yielded, or null with {@link #returned} set. */
    private PyObject send(PyObject c) {
        if (c instanceof PyGenerator g) {
            PyObject y = g.sendOrNull(PyNone.NONE, null);
            if (y == null) {
                returned = g.returnValueOrNone();
            }
            return y;
        }
        try {
            if (c.type().lookup("__next__") != null) {
                return Ops.callSpecial(c, "__next__");
            }
            return Ops.callMethod(c, "send", PyNone.NONE);
        } catch (PyException e) {
            if (e.matches(PyExceptions.StopIteration)) {
                returned = stopValue(e);
                return null;
            }
            throw e;
        }
    }

    /** {@code coro.throw(exc)}: the value yielded, or null with {@link #returned} set. */
    private PyObject throwInto(PyObject c, PyObject exc) {
        try {
            return Ops.callMethod(c, "throw", exc);
        } catch (PyException e) {
            if (e.matches(PyExceptions.StopIteration)) {
                returned = stopValue(e);
                return null;
            }
            throw e;
        }
    }

    private static PyObject stopValue(PyException e) {
        PyObject v = Attributes.lookupAttrOrNull(e.value, "value");
        return v == null ? PyNone.NONE : v;
    }

    /** The coroutine raised {@code e}: the task is cancelled or fails with it. */
    private PyObject ended(PyException e) {
        if (e.matches(st.cancelledError)) {
            cancelledExc = e.value;
            return PyFuture.bool(cancelFuture(null));
        }
        PyBaseException ev = e.value;
        setException(ev);
        if (e.matches(PyExceptions.KeyboardInterrupt) || e.matches(PyExceptions.SystemExit)) {
            throw e;
        }
        return PyNone.NONE;
    }

    /** The coroutine yielded {@code result}: wait for it when it is a future of this loop. */
    private PyObject yielded(PyObject result) {
        if (result == this) {
            setErrorSoon("Task cannot await on itself: " + Ops.repr(this).value());
            return PyNone.NONE;
        }
        PyType rt = result.type();
        if (rt == PyFuture.TYPE || rt == PyTask.TYPE) {
            PyFuture fut = (PyFuture) result;
            if (fut.loop != loop) {
                differentLoop(result);
                return PyNone.NONE;
            }
            if (!fut.blocking) {
                yieldInsteadOfYieldFrom(result);
                return PyNone.NONE;
            }
            fut.blocking = false;
            fut.addDoneCallback(PyTaskStepWrapper.wakeup(this), context);
            futWaiter = result;
            cancelWaiterIfMust(result);
            return PyNone.NONE;
        }
        if (result == PyNone.NONE) {
            // a bare yield gives up the loop for one iteration
            callStepSoon(null);
            return PyNone.NONE;
        }
        PyObject o = Attributes.lookupAttrOrNull(result, "_asyncio_future_blocking");
        if (o != null && o != PyNone.NONE) {
            boolean isBlocking = Ops.isTrue(o);
            if (AsyncioModule.futureLoop(result) != loop) {
                differentLoop(result);
                return PyNone.NONE;
            }
            if (!isBlocking) {
                yieldInsteadOfYieldFrom(result);
                return PyNone.NONE;
            }
            Attributes.setAttr(result, "_asyncio_future_blocking",
                    dev.krait.objects.PyBool.FALSE);
            PyObject addCb = Attributes.getAttr(result, "add_done_callback");
            Ops.call(addCb, new PyObject[] {PyTaskStepWrapper.wakeup(this), context},
                    new String[] {"context"});
            futWaiter = result;
            cancelWaiterIfMust(result);
            return PyNone.NONE;
        }
        if (Ops.isInstance(result, PyGenerator.TYPE)) {
            setErrorSoon("yield was used instead of yield from for generator in task "
                    + Ops.repr(this).value() + " with " + Ops.repr(result).value());
            return PyNone.NONE;
        }
        setErrorSoon("Task got bad yield: " + Ops.repr(result).value());
        return PyNone.NONE;
    }

    private void cancelWaiterIfMust(PyObject waiter) {
        if (mustCancel) {
            PyObject r = Ops.callMethod(waiter, "cancel", cancelMsg == null ? PyNone.NONE
                    : cancelMsg);
            if (Ops.isTrue(r)) {
                mustCancel = false;
            }
        }
    }

    private void differentLoop(PyObject result) {
        setErrorSoon("Task " + Ops.repr(this).value() + " got Future "
                + Ops.repr(result).value() + " attached to a different loop");
    }

    private void yieldInsteadOfYieldFrom(PyObject result) {
        setErrorSoon("yield was used instead of yield from in task " + Ops.repr(this).value()
                + " with " + Ops.repr(result).value());
    }

    // CPython: Modules/_asynciomodule.c task_wakeup
    final PyObject wakeup(PyObject o) {
        PyObject exc;
        try {
            if (o.type() == PyFuture.TYPE || o.type() == PyTask.TYPE) {
                PyFuture fut = (PyFuture) o;
                PyObject r = fut.getResult();
                return step(fut.resultIsException() ? r : null);
            }
            Ops.callMethod(o, "result");
            return step(null);
        } catch (PyException e) {
            exc = e.value;
        }
        return step(exc);
    }

    // ---- the Python methods ------------------------------------------------------------------

    // CPython: Modules/_asynciomodule.c _asyncio_Task_cancel_impl
    @Exposed(value = "cancel($self, /, msg=None)", name = "cancel")
    public boolean cancelTask(PyObject msg) {
        logTb = false;
        if (state != PENDING) {
            return false;
        }
        numCancelsRequested++;
        if (futWaiter != null) {
            if (Ops.isTrue(Ops.callMethod(futWaiter, "cancel", msg))) {
                return true;
            }
        }
        mustCancel = true;
        cancelMsg = msg;
        return true;
    }

    @Exposed("cancelling($self, /)")
    public long cancelling() {
        return numCancelsRequested;
    }

    @Exposed("uncancel($self, /)")
    public long uncancel() {
        if (numCancelsRequested > 0) {
            numCancelsRequested--;
        }
        return numCancelsRequested;
    }

    @Exposed("get_stack($self, /, *, limit=None)")
    public PyObject get_stack(PyObject limit) {
        return Ops.call(st.taskGetStack, this, limit);
    }

    @Exposed("print_stack($self, /, *, limit=None, file=None)")
    public PyObject print_stack(PyObject limit, PyObject file) {
        return Ops.call(st.taskPrintStack, this, limit, file);
    }

    @Exposed(value = "set_result($self, result, /)", name = "set_result")
    public PyObject setResultRefused(PyObject result) {
        throw PyExceptions.runtimeError("Task does not support set_result operation");
    }

    @Exposed(value = "set_exception($self, exception, /)", name = "set_exception")
    public PyObject setExceptionRefused(PyObject exception) {
        throw PyExceptions.runtimeError("Task does not support set_exception operation");
    }

    @Exposed("get_coro($self, /)")
    public PyObject get_coro() {
        return coro == null ? PyNone.NONE : coro;
    }

    @Exposed("get_name($self, /)")
    public PyObject get_name() {
        return name == null ? PyNone.NONE : name;
    }

    @Exposed("set_name($self, value, /)")
    public PyObject set_name(PyObject value) {
        name = value.type() == PyStr.TYPE ? value : Ops.str(value);
        return PyNone.NONE;
    }

    @Exposed(value = "__repr__($self, /)", name = "__repr__")
    public PyObject taskRepr() {
        return Ops.call(st.taskRepr, this);
    }

    // CPython: Modules/_asynciomodule.c TaskObj_finalize
    @Override
    void finalizeFuture() {
        if (state == PENDING && logDestroyPending) {
            PyDict ctx = new PyDict();
            ctx.setItem(PyStr.of("message"), PyStr.of("Task was destroyed but it is pending!"));
            ctx.setItem(PyStr.of("task"), this);
            if (sourceTb != null) {
                ctx.setItem(PyStr.of("source_traceback"), sourceTb);
            }
            reportToLoop(ctx);
        }
        super.finalizeFuture();
    }

    // ---- attributes --------------------------------------------------------------------------

    @Exposed.Getter("_log_destroy_pending")
    public boolean getLogDestroyPending() {
        return logDestroyPending;
    }

    @Exposed.Setter(value = "_log_destroy_pending", deletes = true)
    public void setLogDestroyPending(PyObject v) {
        if (v == null) {
            throw PyExceptions.of(PyExceptions.AttributeError, "cannot delete attribute");
        }
        logDestroyPending = Ops.isTrue(v);
    }

    @Exposed.Getter("_must_cancel")
    public boolean getMustCancel() {
        return mustCancel;
    }

    @Exposed.Getter("_coro")
    public PyObject get_coro_attr() {
        return coro == null ? PyNone.NONE : coro;
    }

    @Exposed.Getter("_fut_waiter")
    public PyObject get_fut_waiter() {
        return futWaiter == null ? PyNone.NONE : futWaiter;
    }
}
