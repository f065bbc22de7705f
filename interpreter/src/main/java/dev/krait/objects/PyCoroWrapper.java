package dev.krait.objects;

/**
 * What {@code coroutine.__await__()} returns: an iterator over the coroutine, so that code
 * which drives awaitables by hand ({@code yield from obj.__await__()}, an {@code __await__}
 * that returns another object's) gets an iterator and not the coroutine itself, which is not
 * one. Every operation is the coroutine's.
 *
 * <p>CPython counterpart: Objects/genobject.c {@code PyCoroWrapper_Type}, {@code coro_await}.
 */
public final class PyCoroWrapper extends PyObject implements Iteration.JavaIterator {
    public static final PyType TYPE =
            PyType.builtinFinal("coroutine_wrapper", PyCoroWrapper.class, null);

    private final PyGenerator coroutine;

    PyCoroWrapper(PyGenerator coroutine) {
        super(TYPE);
        this.coroutine = coroutine;
    }

    @Override
    public PyObject nextOrNull() {
        return coroutine.sendOrNull(PyNone.NONE, null);
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return this;
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        return coroutine.send(PyNone.NONE);
    }

    @Exposed("send($self, value, /)")
    public PyObject send(PyObject value) {
        return coroutine.send(value);
    }

    @Exposed(value = "throw($self, typ, val=None, tb=None, /)", name = "throw")
    public PyObject throw_(PyObject typ, PyObject val, PyObject tb) {
        return coroutine.throw_(typ, val, tb);
    }

    @Exposed("close($self, /)")
    public PyObject close() {
        return coroutine.close();
    }
}
