package dev.krait.modules.asyncio;

import dev.krait.modules.contextvars.ContextvarsModule;
import dev.krait.modules.itertools.GenericAliases;
import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import java.util.ArrayList;

/**
 * {@code _asyncio.Future}: the result of an asynchronous operation, with the callbacks to run
 * on the event loop when it is set. It behaves as {@code asyncio.futures.Future} (the pure-Python
 * class it replaces) and keeps the C version's details: the first callback apart from the list
 * (most futures have one), the "alive" check of an object whose {@code __init__} never ran, and
 * the {@code _asyncio_future_blocking} flag that {@code await} and {@code Task} exchange.
 *
 * <p>CPython counterpart: Modules/_asynciomodule.c {@code FutureObj}, {@code future_*}.
 */
public class PyFuture extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin("Future", PyFuture.class, null)
            .withModule("_asyncio");

    static final int PENDING = 0;
    static final int CANCELLED = 1;
    static final int FINISHED = 2;

    /** The module state the future was made under (the asyncio classes and helpers). */
    final AsyncioState st;
    /** The event loop; null until {@code __init__} ran (the future is not "alive"). */
    PyObject loop;
    PyObject callback0;
    PyObject context0;
    /** The second and later callbacks as (callback, context) tuples, or null. */
    PyList callbacks;
    PyObject exception;
    PyObject exceptionTb;
    PyObject result;
    PyObject sourceTb;
    PyObject cancelMsg;
    /** The CancelledError the task's coroutine raised, kept to be raised again. */
    PyObject cancelledExc;
    int state;
    boolean logTb;
    boolean blocking;
    /** Set once this future must be finalized when collected (see {@link Finalizer}). */
    private Finalizer finalizer;

    PyFuture(PyType type, AsyncioState st) {
        super(type);
        this.st = st;
    }

    /** Instances always have a {@code __dict__}, made on first use (tp_dictoffset). */
    @Override
    public PyDict getDict() {
        PyDict d = super.getDict();
        if (d == null) {
            d = new PyDict();
            setDict(d);
        }
        return d;
    }

    @Exposed.Getter("__dict__")
    public PyObject get__dict__() {
        return getDict();
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyFuture(cls, AsyncioState.current());
    }

    // CPython: Modules/_asynciomodule.c _asyncio_Future___init___impl
    @Exposed(value = "__init__($self, /, *, loop=None)", signature = Exposed.Signature.CLASS)
    public void __init__(PyObject loop) {
        init(loop);
    }

    // CPython: Modules/_asynciomodule.c future_init
    final void init(PyObject loopArg) {
        loop = null;
        callback0 = null;
        context0 = null;
        callbacks = null;
        result = null;
        exception = null;
        exceptionTb = null;
        sourceTb = null;
        cancelMsg = null;
        cancelledExc = null;
        state = PENDING;
        logTb = false;
        blocking = false;
        loop = loopArg == PyNone.NONE ? AsyncioModule.getEventLoop(st) : loopArg;
        if (Ops.isTrue(Ops.callMethod(loop, "get_debug"))) {
            sourceTb = Ops.call(st.extractStack);
        }
    }

    final boolean alive() {
        return loop != null;
    }

    final void ensureAlive() {
        if (loop == null) {
            throw PyExceptions.runtimeError("Future object is not initialized.");
        }
    }

    final PyException invalidState(String message) {
        PyObject e = Ops.call(st.invalidStateError, PyStr.of(message));
        if (e instanceof PyBaseException b) {
            return b.raise();
        }
        throw PyExceptions.typeError("exceptions must derive from BaseException");
    }

    /** Makes this future finalizable on collection, once (CPython: tp_finalize). */
    final void needFinalizer() {
        if (finalizer == null) {
            finalizer = Finalizer.register(this);
        }
    }

    // ---- scheduling callbacks ----------------------------------------------------------------

    /**
     * {@code loop.call_soon(func, arg)}, or with {@code context=ctx} when ctx is not null; arg
     * null means no argument.
     */
    // CPython: Modules/_asynciomodule.c call_soon
    static void callSoon(PyObject loop, PyObject func, PyObject arg, PyObject ctx) {
        PyObject callSoon = Attributes.getAttr(loop, "call_soon");
        if (ctx == null) {
            Ops.call(callSoon, func, arg);
        } else if (arg == null) {
            Ops.call(callSoon, new PyObject[] {func, ctx}, CONTEXT_KW);
        } else {
            Ops.call(callSoon, new PyObject[] {func, arg, ctx}, CONTEXT_KW);
        }
    }

    private static final String[] CONTEXT_KW = {"context"};

    // CPython: Modules/_asynciomodule.c future_schedule_callbacks
    final void scheduleCallbacks() {
        if (callback0 != null) {
            PyObject cb = callback0;
            PyObject ctx = context0;
            callback0 = null;
            context0 = null;
            try {
                callSoon(loop, cb, this, ctx);
            } catch (PyException e) {
                callbacks = null;
                throw e;
            }
        }
        PyList list = callbacks;
        if (list == null) {
            return;
        }
        try {
            int n = list.size();
            for (int i = 0; i < n; i++) {
                PyTuple t = (PyTuple) list.items.get(i);
                callSoon(loop, t.get(0), this, t.get(1));
            }
        } finally {
            callbacks = null;
        }
    }

    // CPython: Modules/_asynciomodule.c future_set_result
    final void setResult(PyObject res) {
        ensureAlive();
        if (state != PENDING) {
            throw invalidState("invalid state");
        }
        result = res;
        state = FINISHED;
        scheduleCallbacks();
    }

    // CPython: Modules/_asynciomodule.c future_set_exception
    final void setException(PyObject exc) {
        if (state != PENDING) {
            throw invalidState("invalid state");
        }
        PyObject value = exc;
        if (exc instanceof PyType t && t.isExceptionType()) {
            value = Ops.call(exc);
            if (state != PENDING) {
                throw invalidState("invalid state");
            }
        }
        if (!(value instanceof PyBaseException be)) {
            throw PyExceptions.typeError("invalid exception object");
        }
        if (be.type() == PyExceptions.StopIteration) {
            throw PyExceptions.typeError("StopIteration interacts badly with generators "
                    + "and cannot be raised into a Future");
        }
        exception = be;
        exceptionTb = be.getTraceback();
        state = FINISHED;
        scheduleCallbacks();
        logTb = true;
        needFinalizer();
    }

    // CPython: Modules/_asynciomodule.c create_cancelled_error
    final PyObject makeCancelledError() {
        PyObject e = cancelledExc;
        if (e != null) {
            cancelledExc = null;
            return e;
        }
        PyObject msg = cancelMsg;
        if (msg == null || msg == PyNone.NONE) {
            return Ops.call(st.cancelledError);
        }
        return Ops.call(st.cancelledError, msg);
    }

    final PyException cancelledError() {
        PyObject e = makeCancelledError();
        if (e instanceof PyBaseException b) {
            return b.raise();
        }
        throw PyExceptions.typeError("exceptions must derive from BaseException");
    }

    /**
     * The result; or the exception set (returned, with its traceback restored, not raised:
     * {@code isException} tells which was returned), raising CancelledError or
     * InvalidStateError when there is neither.
     */
    // CPython: Modules/_asynciomodule.c future_get_result
    final PyObject getResult() {
        if (state == CANCELLED) {
            throw cancelledError();
        }
        if (state != FINISHED) {
            throw invalidState("Result is not set.");
        }
        logTb = false;
        if (exception != null) {
            PyBaseException e = (PyBaseException) exception;
            e.setTraceback(exceptionTb == null ? PyNone.NONE : exceptionTb);
            exceptionTb = null;
            return e;
        }
        return result;
    }

    final boolean resultIsException() {
        return exception != null;
    }

    // CPython: Modules/_asynciomodule.c future_add_done_callback
    final void addDoneCallback(PyObject fn, PyObject ctx) {
        if (!alive()) {
            throw PyExceptions.runtimeError("uninitialized Future object");
        }
        if (state != PENDING) {
            callSoon(loop, fn, this, ctx);
        } else if (callbacks == null && callback0 == null) {
            callback0 = fn;
            context0 = ctx;
        } else {
            PyTuple t = PyTuple.of(fn, ctx);
            if (callbacks == null) {
                callbacks = new PyList();
            }
            callbacks.append(t);
        }
    }

    // CPython: Modules/_asynciomodule.c future_cancel
    final boolean cancelFuture(PyObject msg) {
        logTb = false;
        if (state != PENDING) {
            return false;
        }
        state = CANCELLED;
        cancelMsg = msg;
        scheduleCallbacks();
        return true;
    }

    // ---- the Python methods ------------------------------------------------------------------

    @Exposed("result($self, /)")
    public PyObject result() {
        if (!alive()) {
            throw invalidState("Future object is not initialized.");
        }
        PyObject r = getResult();
        if (exception != null && r == exception) {
            throw ((PyBaseException) r).raiseAnew();
        }
        return r;
    }

    @Exposed("exception($self, /)")
    public PyObject exception() {
        if (!alive()) {
            throw invalidState("Future object is not initialized.");
        }
        if (state == CANCELLED) {
            throw cancelledError();
        }
        if (state != FINISHED) {
            throw invalidState("Exception is not set.");
        }
        if (exception != null) {
            logTb = false;
            return exception;
        }
        return PyNone.NONE;
    }

    @Exposed("set_result($self, result, /)")
    public PyObject set_result(PyObject res) {
        ensureAlive();
        setResult(res);
        return PyNone.NONE;
    }

    @Exposed("set_exception($self, exception, /)")
    public PyObject set_exception(PyObject exc) {
        ensureAlive();
        setException(exc);
        return PyNone.NONE;
    }

    @Exposed("add_done_callback($self, fn, /, *, context=<unrepresentable>)")
    public PyObject add_done_callback(PyObject fn, PyObject context) {
        addDoneCallback(fn, context == null ? ContextvarsModule.copy_context() : context);
        return PyNone.NONE;
    }

    // CPython: Modules/_asynciomodule.c _asyncio_Future_remove_done_callback
    @Exposed("remove_done_callback($self, fn, /)")
    public long remove_done_callback(PyObject fn) {
        ensureAlive();
        long cleared0 = 0;
        if (callback0 != null && Ops.eqBool(callback0, fn)) {
            callback0 = null;
            context0 = null;
            cleared0 = 1;
        }
        if (callbacks == null) {
            return cleared0;
        }
        int len = callbacks.size();
        if (len == 0) {
            callbacks = null;
            return cleared0;
        }
        if (len == 1) {
            PyTuple t = (PyTuple) callbacks.items.get(0);
            if (Ops.eqBool(t.get(0), fn)) {
                callbacks = null;
                return 1 + cleared0;
            }
            return cleared0;
        }
        // the comparisons may run code that changes the list (GH-97592)
        ArrayList<PyObject> kept = new ArrayList<>(len);
        for (int i = 0; callbacks != null && i < callbacks.size(); i++) {
            PyObject item = callbacks.items.get(i);
            if (!Ops.eqBool(((PyTuple) item).get(0), fn)) {
                kept.add(item);
            }
        }
        if (kept.isEmpty() || callbacks == null) {
            callbacks = null;
            return len + cleared0;
        }
        int now = callbacks.size();
        if (kept.size() != now) {
            callbacks.items.clear();
            callbacks.items.addAll(kept);
        }
        return now - kept.size() + cleared0;
    }

    @Exposed("cancel($self, /, msg=None)")
    public boolean cancel(PyObject msg) {
        ensureAlive();
        return cancelFuture(msg);
    }

    @Exposed("cancelled($self, /)")
    public boolean cancelled() {
        return alive() && state == CANCELLED;
    }

    @Exposed("done($self, /)")
    public boolean done() {
        return alive() && state != PENDING;
    }

    @Exposed("get_loop($self, /)")
    public PyObject get_loop() {
        ensureAlive();
        return loop;
    }

    @Exposed("_make_cancelled_error($self, /)")
    public PyObject _make_cancelled_error() {
        return makeCancelledError();
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        ensureAlive();
        return new PyFutureIter(this);
    }

    @Exposed("__await__($self, /)")
    public PyObject __await__() {
        ensureAlive();
        return new PyFutureIter(this);
    }

    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        ensureAlive();
        return Ops.call(st.futureRepr, this);
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return GenericAliases.of(cls, item);
    }

    // CPython: Modules/_asynciomodule.c FutureObj_finalize
    @Exposed("__del__($self, /)")
    public void __del__() {
        finalizeFuture();
    }

    void finalizeFuture() {
        if (!logTb) {
            return;
        }
        logTb = false;
        PyDict context = new PyDict();
        context.setItem(PyStr.of("message"),
                PyStr.of(type().getName() + " exception was never retrieved"));
        context.setItem(PyStr.of("exception"), exception);
        context.setItem(PyStr.of("future"), this);
        if (sourceTb != null) {
            context.setItem(PyStr.of("source_traceback"), sourceTb);
        }
        reportToLoop(context);
    }

    /** {@code loop.call_exception_handler(context)}, an error in it unraisable. */
    final void reportToLoop(PyDict context) {
        PyObject func;
        try {
            func = Attributes.getAttr(loop, "call_exception_handler");
        } catch (PyException e) {
            return;
        }
        try {
            Ops.call(func, context);
        } catch (PyException e) {
            dev.krait.runtime.Errors.writeUnraisable(func, e.value);
        }
    }

    // ---- attributes --------------------------------------------------------------------------

    @Exposed.Getter("_state")
    public PyObject get_state() {
        ensureAlive();
        return PyStr.of(state == PENDING ? "PENDING" : state == CANCELLED ? "CANCELLED"
                : "FINISHED");
    }

    @Exposed.Getter("_asyncio_future_blocking")
    public boolean getBlocking() {
        return alive() && blocking;
    }

    @Exposed.Setter(value = "_asyncio_future_blocking", deletes = true)
    public void setBlocking(PyObject v) {
        ensureAlive();
        if (v == null) {
            throw PyExceptions.of(PyExceptions.AttributeError, "cannot delete attribute");
        }
        blocking = Ops.isTrue(v);
    }

    @Exposed.Getter("_log_traceback")
    public boolean getLogTraceback() {
        ensureAlive();
        return logTb;
    }

    @Exposed.Setter(value = "_log_traceback", deletes = true)
    public void setLogTraceback(PyObject v) {
        if (v == null) {
            throw PyExceptions.of(PyExceptions.AttributeError, "cannot delete attribute");
        }
        if (Ops.isTrue(v)) {
            throw PyExceptions.valueError("_log_traceback can only be set to False");
        }
        logTb = false;
    }

    @Exposed.Getter("_loop")
    public PyObject get_loop_attr() {
        return loop == null ? PyNone.NONE : loop;
    }

    // CPython: Modules/_asynciomodule.c FutureObj_get_callbacks
    @Exposed.Getter("_callbacks")
    public PyObject get_callbacks() {
        ensureAlive();
        if (callback0 == null) {
            return callbacks == null ? PyNone.NONE : callbacks;
        }
        PyList list = new PyList();
        list.append(PyTuple.of(callback0, context0));
        if (callbacks != null) {
            list.items.addAll(callbacks.items);
        }
        return list;
    }

    @Exposed.Getter("_result")
    public PyObject get_result() {
        ensureAlive();
        return result == null ? PyNone.NONE : result;
    }

    @Exposed.Getter("_exception")
    public PyObject get_exception() {
        ensureAlive();
        return exception == null ? PyNone.NONE : exception;
    }

    @Exposed.Getter("_source_traceback")
    public PyObject get_source_traceback() {
        return !alive() || sourceTb == null ? PyNone.NONE : sourceTb;
    }

    @Exposed.Getter("_cancel_message")
    public PyObject get_cancel_message() {
        return cancelMsg == null ? PyNone.NONE : cancelMsg;
    }

    @Exposed.Setter(value = "_cancel_message", deletes = true)
    public void set_cancel_message(PyObject v) {
        if (v == null) {
            throw PyExceptions.of(PyExceptions.AttributeError, "cannot delete attribute");
        }
        cancelMsg = v;
    }

    static PyObject bool(boolean b) {
        return PyBool.of(b);
    }
}
