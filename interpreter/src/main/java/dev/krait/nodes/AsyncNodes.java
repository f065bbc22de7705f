package dev.krait.nodes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.runtime.ThreadState;

/**
 * {@code async for} and {@code async with} inside coroutines: the asynchronous iterator and
 * context-manager protocols, each step awaited through the same delegation as {@code await}.
 *
 * <p>CPython counterpart: GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH and the compiler's
 * {@code compiler_async_for}/{@code compiler_async_with}.
 */
public final class AsyncNodes {
    private AsyncNodes() {}

    /** Awaits what {@code async with} got from {@code __aenter__} or {@code __aexit__}. */
    static PyObject await(PyFrame f, PyObject awaitable, YieldNodes.YieldFrom.AwaitSite where,
            Node site) {
        PyObject it;
        try {
            it = YieldNodes.YieldFrom.awaitable(awaitable, where);
        } catch (PyException e) {
            throw site.trace(e, f);
        }
        return YieldNodes.YieldFrom.delegate(f, it, site);
    }

    /**
     * Awaits what {@code __anext__} returned; an object that cannot be awaited is a TypeError
     * raised from the error that says why.
     */
    // CPython: Python/ceval.c GET_ANEXT
    static PyObject awaitNext(PyFrame f, PyObject next, Node site) {
        PyObject it;
        try {
            it = YieldNodes.YieldFrom.awaitableIter(next, YieldNodes.YieldFrom.AwaitSite.AWAIT);
        } catch (PyException e) {
            throw site.trace(PyExceptions.fromCause(PyExceptions.typeError("'async for' received "
                    + "an invalid object from __anext__: " + next.type().getName()), e), f);
        }
        return YieldNodes.YieldFrom.delegate(f, it, site);
    }

    public static final class AsyncFor extends StmtNode {
        final NameNodes.Target target;
        final ExprNode iter;
        final StmtNode[] body;
        final StmtNode[] orelse;

        public AsyncFor(NameNodes.Target target, ExprNode iter, StmtNode[] body,
                StmtNode[] orelse, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            PyObject iterable = iter.eval(f);
            PyObject aiter = iterable.type().lookup("__aiter__");
            if (aiter == null) {
                throw iter.trace(PyExceptions.typeError("'async for' requires an object with "
                        + "__aiter__ method, got " + iterable.type().getName()), f);
            }
            PyObject it;
            try {
                it = Ops.callDescriptor(aiter, iterable);
            } catch (PyException e) {
                throw iter.trace(e, f);
            }
            PyObject anext = it.type().lookup("__anext__");
            if (anext == null) {
                throw iter.trace(PyExceptions.typeError("'async for' received an object from "
                        + "__aiter__ that does not implement __anext__: " + it.type().getName()),
                        f);
            }
            while (true) {
                PyObject v;
                try {
                    PyObject awaitable = Ops.callDescriptor(anext, it);
                    v = awaitNext(f, awaitable, iter);
                } catch (PyException e) {
                    if (e.matches(PyExceptions.StopAsyncIteration)) {
                        break;
                    }
                    throw e;
                }
                target.assign(f, v);
                int r = execBlock(body, f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r >= RETURN) {
                    return r;
                }
                if (f.trace != null) {
                    // CPython: the jump back to GET_ANEXT is on the header's line
                    dev.krait.runtime.Tracing.asyncBackEdge(f, line);
                }
            }
            return execBlock(orelse, f);
        }

        @Override
        void clauses(Jumps.Clauses out) {
            out.add(body, Jumps.Kind.FOR);
            out.add(orelse, Jumps.Kind.PLAIN);
        }
    }

    public static final class AsyncWith extends StmtNode {
        final ExprNode manager;
        final NameNodes.Target target;
        final StmtNode[] body;

        public AsyncWith(ExprNode manager, NameNodes.Target target, StmtNode[] body, int l, int c,
                int el, int ec) {
            super(l, c, el, ec);
            this.manager = manager;
            this.target = target;
            this.body = body;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            PyObject mgr = manager.eval(f);
            PyObject enter = mgr.type().lookup("__aenter__");
            PyObject exit = mgr.type().lookup("__aexit__");
            if (enter == null) {
                throw manager.trace(PyExceptions.typeError("'" + mgr.type().getName()
                        + "' object does not support the asynchronous context manager protocol"),
                        f);
            }
            if (exit == null) {
                throw manager.trace(PyExceptions.typeError("'" + mgr.type().getName()
                        + "' object does not support the asynchronous context manager protocol "
                        + "(missed __aexit__ method)"), f);
            }
            PyObject value;
            try {
                value = await(f, Ops.callDescriptor(enter, mgr),
                        YieldNodes.YieldFrom.AwaitSite.AENTER, manager);
            } catch (PyException e) {
                throw manager.trace(e, f);
            }
            int r;
            try {
                if (target != null) {
                    target.assign(f, value);
                }
                r = execBlock(body, f);
            } catch (PyException e) {
                ThreadState ts = ThreadState.current();
                PyBaseException saved = ts.beginHandler(e.value);
                PyBaseException savedBase = ts.handledBase;
                boolean suppress;
                try {
                    if (f.trace != null) {
                        dev.krait.runtime.Tracing.line(f, line);
                    }
                    PyObject res = await(f, Ops.callDescriptor(exit, mgr, e.value.type(), e.value,
                            e.value.getTraceback()), YieldNodes.YieldFrom.AwaitSite.AEXIT, manager);
                    suppress = Ops.isTrue(res);
                } finally {
                    ts.endHandler(saved, savedBase);
                }
                if (suppress) {
                    return NORMAL;
                }
                e.value.tracebackFrame = f;
                throw e;
            }
            if (r == JUMP) {
                // a tracer's jump out of the body drops __aexit__ uncalled, as CPython's does
                return r;
            }
            PyObject savedReturn = f.returnValue;
            if (f.trace != null) {
                dev.krait.runtime.Tracing.line(f, line);
            }
            await(f, Ops.callDescriptor(exit, mgr, PyNone.NONE, PyNone.NONE, PyNone.NONE),
                    YieldNodes.YieldFrom.AwaitSite.AEXIT, manager);
            f.returnValue = savedReturn;
            return r;
        }

        @Override
        void clauses(Jumps.Clauses out) {
            out.add(body, Jumps.Kind.WITH);
        }
    }
}
