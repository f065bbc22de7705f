package dev.krait.nodes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyGenerator;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStopIteration;
import dev.krait.objects.PyStr;
import dev.krait.runtime.ThreadState;

/**
 * {@code yield}, {@code yield from} and {@code await}. A yield suspends the generator's
 * continuation ({@link FunctionBody.GeneratorBody}); {@code yield from} and {@code await}
 * delegate to a sub-iterator, passing sent values, thrown exceptions and close() through, and
 * evaluate to the sub-iterator's return value (PEP 380).
 */
public final class YieldNodes {
    private YieldNodes() {}

    static FunctionBody.GeneratorBody generatorOf(PyFrame f) {
        return (FunctionBody.GeneratorBody) f.executionState();
    }

    public static final class Yield extends ExprNode {
        final ExprNode value;

        public Yield(ExprNode value, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = value == null ? PyNone.NONE : value.eval(f);
            try {
                return generatorOf(f).yieldValue(v);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }
    }

    /** {@code yield from x} (and, with {@code await = true}, {@code await x}). */
    public static final class YieldFrom extends ExprNode {
        final ExprNode value;
        final boolean await;

        public YieldFrom(ExprNode value, boolean await, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
            this.await = await;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject source = value.eval(f);
            PyObject it;
            try {
                it = await ? awaitable(source, AwaitSite.AWAIT) : iterFor(source, f);
            } catch (PyException e) {
                throw trace(e, f);
            }
            return delegate(f, it, this);
        }

        /** Runs the PEP 380 delegation loop on {@code it}; returns its return value. */
        static PyObject delegate(PyFrame f, PyObject it, Node site) {
            FunctionBody.GeneratorBody g = generatorOf(f);
            PyGenerator inner = it instanceof PyGenerator gen ? gen : null;
            g.delegate = it;
            try {
                PyObject sent = PyNone.NONE;
                PyBaseException thrown = null;
                while (true) {
                    PyObject y;
                    try {
                        if (thrown != null) {
                            y = throwInto(it, thrown);
                        } else if (inner != null) {
                            y = inner.sendOrNull(sent, null);
                            if (y == null) {
                                return returned(f, inner, sent, site);
                            }
                        } else if (sent == PyNone.NONE) {
                            y = Ops.callSpecial(it, "__next__");
                        } else {
                            y = Ops.callMethod(it, "send", sent);
                        }
                    } catch (PyException e) {
                        if (e.matches(PyExceptions.StopIteration)) {
                            delegateStopped(f, it, e, site);
                            return stopValue(e);
                        }
                        if (thrown != null && g.inOwnHandler()) {
                            // CPython throws what the delegate raised into this generator, which
                            // chains it to the exception this generator handles
                            // (gen_send_ex2's _PyErr_ChainStackItem)
                            Contexts.link(e.value, ThreadState.current().handled);
                        }
                        throw site.trace(e, f);
                    }
                    g.suspendWith(y);
                    thrown = g.thrown;
                    g.thrown = null;
                    sent = g.sent;
                    // the generator's resume may have sent straight to the delegate
                    Object outcome = g.delegateOutcome;
                    if (outcome != null) {
                        g.delegateOutcome = null;
                        if (outcome == FunctionBody.GeneratorBody.DELEGATE_DONE) {
                            return returned(f, inner, sent, site);
                        }
                        PyException e = (PyException) outcome;
                        if (e.matches(PyExceptions.StopIteration)) {
                            delegateStopped(f, it, e, site);
                            return stopValue(e);
                        }
                        throw site.trace(e, f);
                    }
                }
            } finally {
                g.delegate = null;
            }
        }

        /**
         * The delegate generator {@code inner} finished after {@code sent} was sent to it: its
         * return value. In a traced frame, the StopIteration CPython's SEND would have seen is
         * reported: with tracing on, SEND resumes a generator through {@code __next__} when it
         * sends None (a StopIteration only for a value other than None) and through
         * {@code send()} otherwise, and a coroutine always through {@code send()} (which always
         * raises StopIteration).
         */
        // CPython: Python/ceval.c SEND (the c_tracefunc branch); Objects/genobject.c gen_send_ex
        static PyObject returned(PyFrame f, PyGenerator inner, PyObject sent, Node site) {
            PyObject result = inner.returnValueOrNone();
            if (f.trace != null && (result != PyNone.NONE || sent != PyNone.NONE
                    || inner.type() == PyGenerator.COROUTINE_TYPE)) {
                PyException stop = result == PyNone.NONE ? PyExceptions.stopIteration()
                        : PyExceptions.stopIteration(result);
                dev.krait.runtime.Tracing.stopped(f, stop.value, site.line);
            }
            return result;
        }

        /**
         * A delegate other than a generator ended with StopIteration {@code e}: the
         * {@code exception} event CPython's SEND reports when that StopIteration was really
         * raised ({@link dev.krait.objects.Iteration#stopWasRaised}), and not for an exhausted
         * builtin iterator, whose C {@code tp_iternext} raises none.
         */
        // CPython: Python/ceval.c SEND (call_exc_trace only when StopIteration is set)
        static void delegateStopped(PyFrame f, PyObject it, PyException e, Node site) {
            if (f.trace != null && dev.krait.objects.Iteration.stopWasRaised(it, e.value)) {
                dev.krait.runtime.Tracing.stopped(f, e.value, site.line);
            }
        }

        static PyObject stopValue(PyException e) {
            // CPython: Objects/genobject.c _PyGen_FetchStopIterationValue
            PyObject v = e.value instanceof PyStopIteration s ? s.value : null;
            return v == null ? PyNone.NONE : v;
        }

        static PyObject throwInto(PyObject it, PyBaseException thrown) {
            if (thrown.type().isSubtypeOf(PyExceptions.GeneratorExit)) {
                PyObject close;
                try {
                    close = Attributes.lookupAttrOrNull(it, "close");
                } catch (PyException lookupError) {
                    // CPython: Objects/genobject.c gen_close_iter reports it and closes on
                    dev.krait.runtime.Errors.writeUnraisable(it, lookupError.value);
                    close = null;
                }
                if (close != null) {
                    Ops.call(close);
                }
                throw thrown.raise();
            }
            PyObject thr = Attributes.lookupAttrOrNull(it, "throw");
            if (thr == null) {
                throw thrown.raise();
            }
            return Ops.call(thr, thrown.type(), thrown, thrown.getTraceback());
        }

        /**
         * The iterator {@code yield from source} delegates to, in frame {@code f}: a coroutine
         * only in a coroutine or a generator that {@code types.coroutine} marked.
         */
        // CPython: Python/ceval.c GET_YIELD_FROM_ITER
        static PyObject iterFor(PyObject source, PyFrame f) {
            if (source instanceof PyGenerator gen && gen.type() == PyGenerator.COROUTINE_TYPE) {
                if ((f.code.flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0) {
                    throw PyExceptions.typeError("cannot 'yield from' a coroutine object in a "
                            + "non-coroutine generator");
                }
                return gen;
            }
            return Iteration.iter(source);
        }

        /** Where an awaited object comes from, for the message when it is not awaitable. */
        enum AwaitSite {
            /** An {@code await} expression. */
            AWAIT,
            /** {@code async with}'s {@code __aenter__()}. */
            AENTER,
            /** {@code async with}'s {@code __aexit__()}. */
            AEXIT
        }

        /**
         * What {@code await source} delegates to: a coroutine (or a generator that
         * {@code types.coroutine} marked) as it is, else the iterator its {@code __await__}
         * returns, which must be neither a coroutine nor a non-iterator; a coroutine already
         * suspended in an await of its own cannot be awaited a second time.
         */
        // CPython: Python/ceval.c GET_AWAITABLE and format_awaitable_error
        static PyObject awaitable(PyObject source, AwaitSite site) {
            PyObject it = awaitableIter(source, site);
            if (it instanceof PyGenerator g && g.type() == PyGenerator.COROUTINE_TYPE
                    && g.gi_yieldfrom() != PyNone.NONE) {
                throw PyExceptions.runtimeError("coroutine is being awaited already");
            }
            return it;
        }

        /** The iterator of an awaitable; {@code site} words the error of an object without. */
        static PyObject awaitableIter(PyObject source, AwaitSite site) {
            PyObject it = PyGenerator.awaitableIterOrNull(source);
            if (it != null) {
                return it;
            }
            String type = source.type().getName();
            throw switch (site) {
                case AWAIT -> PyGenerator.notAwaitable(source);
                case AENTER -> PyExceptions.typeError("'async with' received an object from "
                        + "__aenter__ that does not implement __await__: " + type);
                case AEXIT -> PyExceptions.typeError("'async with' received an object from "
                        + "__aexit__ that does not implement __await__: " + type);
            };
        }
    }
}
