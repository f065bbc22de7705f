package dev.krait.objects;

/**
 * The awaitables an async generator hands out: {@code async_generator_asend} for
 * {@code __anext__}/{@code asend}, {@code async_generator_athrow} for {@code athrow}/
 * {@code aclose}. Awaiting one runs the generator to its next yield; for {@code aclose} a yield
 * is an error ("async generator ignored GeneratorExit") and the generator's exit completes it.
 *
 * <p>CPython counterpart: Objects/genobject.c ({@code async_gen_asend_send},
 * {@code async_gen_athrow_send}).
 */
public final class PyAsyncGenAwaitable extends PyObject {
    public static final PyType ASEND_TYPE =
            PyType.builtinFinal("async_generator_asend", PyAsyncGenAwaitable.class, null);

    private final PyAsyncGenerator gen;
    private PyObject firstValue;
    private PyBaseException firstThrow;
    private final boolean close;
    private boolean started;
    private boolean done;

    PyAsyncGenAwaitable(PyAsyncGenerator gen, PyObject value, PyBaseException thrown,
            boolean close) {
        super(ASEND_TYPE);
        this.gen = gen;
        this.firstValue = value;
        this.firstThrow = thrown;
        this.close = close;
    }

    private PyObject advance(PyObject sent, PyBaseException thrown) {
        if (done) {
            // CPython: Objects/genobject.c async_gen_asend_send / async_gen_athrow_send
            throw PyExceptions.runtimeError(firstThrow != null || close
                    ? "cannot reuse already awaited aclose()/athrow()"
                    : "cannot reuse already awaited __anext__()/asend()");
        }
        if (!started) {
            started = true;
            if (firstThrow != null) {
                thrown = firstThrow;
                gen.closing |= close;
                if (close && (!gen.started || gen.finished)) {
                    done = true;
                    gen.finished = true;
                    throw PyExceptions.stopIteration();
                }
            } else if (sent == PyNone.NONE) {
                sent = firstValue;
            }
        }
        try {
            return gen.step(sent, thrown);
        } catch (PyException e) {
            done = true;
            if (close) {
                if (e.matches(PyExceptions.StopIteration)) {
                    throw PyExceptions.runtimeError("async generator ignored GeneratorExit");
                }
                if (e.matches(PyExceptions.StopAsyncIteration)
                        || e.matches(PyExceptions.GeneratorExit)) {
                    throw PyExceptions.stopIteration();
                }
            }
            throw e;
        }
    }

    @Exposed("send($self, value, /)")
    public PyObject send(PyObject value) {
        return advance(value, null);
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        return advance(PyNone.NONE, null);
    }

    @Exposed(value = "throw($self, typ, val=None, tb=None, /)", name = "throw")
    public PyObject throw_(PyObject typ, PyObject val, PyObject tb) {
        PyBaseException e = typ instanceof PyBaseException given ? given
                : (PyBaseException) (val == null || val == PyNone.NONE ? Ops.call(typ)
                        : Ops.call(typ, val));
        return advance(PyNone.NONE, e);
    }

    @Exposed("close($self, /)")
    public void close() {
        done = true;
    }

    @Exposed("__await__($self, /)")
    public PyObject __await__() {
        return this;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return this;
    }
}
