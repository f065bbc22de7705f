package dev.krait.modules.builtins;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyGenerator;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * What {@code anext(iterator, default)} returns: an awaitable that awaits the iterator's
 * {@code __anext__()} and turns its {@code StopAsyncIteration} into a return of the default
 * (a {@code StopIteration} carrying it), so that {@code await anext(it, d)} gives {@code d} at the
 * end instead of raising.
 *
 * <p>CPython counterpart: Objects/iterobject.c {@code anextawaitable}.
 */
public final class PyAnextAwaitable extends PyObject {
    public static final PyType TYPE =
            PyType.builtinFinal("anext_awaitable", PyAnextAwaitable.class, null);

    private final PyObject wrapped;
    private final PyObject defaultValue;

    PyAnextAwaitable(PyObject wrapped, PyObject defaultValue) {
        super(TYPE);
        this.wrapped = wrapped;
        this.defaultValue = defaultValue;
    }

    /** The iterator that awaiting the wrapped awaitable steps (CPython: anextawaitable_getiter). */
    private PyObject awaitIter() {
        PyObject it = PyGenerator.awaitableIterOrNull(wrapped);
        if (it == null) {
            throw PyGenerator.notAwaitable(wrapped);
        }
        return it;
    }

    /** Runs one step; a StopAsyncIteration from the iterator becomes StopIteration(default). */
    private PyObject step(String method, PyObject... args) {
        PyObject it = awaitIter();
        try {
            if (method == null) {
                return it instanceof PyGenerator ? Ops.callMethod(it, "send", PyNone.NONE)
                        : Ops.callSpecial(it, "__next__");
            }
            PyObject m = Attributes.lookupAttrOrNull(it, method);
            if (m == null) {
                throw PyExceptions.attributeError("'" + it.type().getName()
                        + "' object has no attribute '" + method + "'");
            }
            return Ops.call(m, args);
        } catch (PyException e) {
            if (e.matches(PyExceptions.StopAsyncIteration)) {
                throw PyExceptions.stopIteration(defaultValue);
            }
            throw e;
        }
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        return step(null);
    }

    @Exposed("send($self, arg, /)")
    public PyObject send(PyObject arg) {
        return step("send", arg);
    }

    @Exposed(value = "throw($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)",
            name = "throw")
    public PyObject throw_(PyObject typ, PyObject val, PyObject tb) {
        if (val == null) {
            return step("throw", typ);
        }
        return tb == null ? step("throw", typ, val) : step("throw", typ, val, tb);
    }

    @Exposed("close($self, /)")
    public PyObject close() {
        return step("close");
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
