package dev.krait.modules.asyncio;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTraceback;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * What {@code await future} iterates: it yields the future itself while the future is pending
 * (setting {@code _asyncio_future_blocking}, which tells the Task driving the coroutine to wait
 * for it), and once the future is done it returns the future's result through StopIteration.
 *
 * <p>CPython counterpart: Modules/_asynciomodule.c {@code futureiterobject},
 * {@code FutureIter_*}.
 */
public final class PyFutureIter extends PyObject implements Iteration.JavaIterator {
    public static final PyType TYPE = PyType.builtinFinal("FutureIter", PyFutureIter.class, null)
            .withModule("_asyncio");

    private PyFuture future;

    PyFutureIter(PyFuture future) {
        super(TYPE);
        this.future = future;
    }

    /**
     * The next value yielded, or null when the future is done and its result is
     * {@link #returned}.
     */
    // CPython: Modules/_asynciomodule.c FutureIter_am_send
    PyObject sendOrNull() {
        PyFuture fut = future;
        if (fut == null) {
            throw PyExceptions.stopIteration();
        }
        if (fut.state == PyFuture.PENDING) {
            if (!fut.blocking) {
                fut.blocking = true;
                return fut;
            }
            throw PyExceptions.runtimeError("await wasn't used with future");
        }
        future = null;
        returned = fut.result();
        return null;
    }

    /** The future's result, after {@link #sendOrNull} returned null. */
    PyObject returned;

    @Override
    public PyObject nextOrNull() {
        PyObject y = sendOrNull();
        if (y == null) {
            PyObject r = returned;
            returned = null;
            throw r == PyNone.NONE ? PyExceptions.stopIteration()
                    : PyExceptions.stopIteration(r);
        }
        return y;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return this;
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        return nextOrNull();
    }

    /** {@code send} ignores the value: awaiting a future only ever returns its result. */
    @Exposed("send($self, value, /)")
    public PyObject send(PyObject value) {
        return nextOrNull();
    }

    // CPython: Modules/_asynciomodule.c FutureIter_throw
    @Exposed(value = "throw($self, typ, val=None, tb=None, /)", name = "throw")
    public PyObject throw_(PyObject typ, PyObject val, PyObject tb) {
        if (val == PyNone.NONE) {
            val = null;
        }
        if (tb == PyNone.NONE) {
            tb = null;
        } else if (tb != null && !(tb instanceof PyTraceback)) {
            throw PyExceptions.typeError("throw() third argument must be a traceback");
        }
        PyBaseException e;
        if (typ instanceof PyType t && t.isExceptionType()) {
            if (val instanceof PyBaseException given && given.type().isSubtypeOf(t)) {
                e = given;
            } else {
                PyObject made = val == null ? Ops.call(t)
                        : val instanceof PyTuple args ? Ops.call(t, args.items(), null)
                        : Ops.call(t, val);
                if (!(made instanceof PyBaseException b)) {
                    throw PyExceptions.typeError("calling " + Ops.repr(t).value()
                            + " should have returned an instance of BaseException, not "
                            + made.type().getName());
                }
                e = b;
            }
            if (tb != null) {
                e.setTraceback(tb);
            }
        } else if (typ instanceof PyBaseException given) {
            if (val != null) {
                throw PyExceptions.typeError("instance exception may not have a separate value");
            }
            e = given;
            if (tb != null) {
                e.setTraceback(tb);
            }
        } else {
            throw PyExceptions.typeError("exceptions must be classes deriving BaseException or "
                    + "instances of such a class");
        }
        future = null;
        // thrown into the coroutine awaiting this future, it is chained there to what that
        // coroutine handles (CPython: genobject.c gen_send_ex2 _PyErr_ChainStackItem)
        throw e.raiseAnew();
    }

    @Exposed("close($self, /)")
    public PyObject close() {
        future = null;
        return PyNone.NONE;
    }
}
