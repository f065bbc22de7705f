package dev.krait.modules.builtins;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;

/**
 * The builtins of the asynchronous iteration protocol, {@code aiter} and {@code anext}: what
 * {@code async for} does by itself, as functions a coroutine can call.
 *
 * <p>CPython counterpart: Python/bltinmodule.c {@code builtin_aiter}, {@code builtin_anext}
 * and Objects/abstract.c {@code PyObject_GetAIter}.
 */
public final class AsyncFunctions {
    private AsyncFunctions() {}

    @Exposed(value = "aiter($module, async_iterable, /)",
            doc = "Return an AsyncIterator for an AsyncIterable object.")
    public static PyObject aiter(PyObject asyncIterable) {
        PyObject method = asyncIterable.type().lookup("__aiter__");
        if (method == null) {
            throw PyExceptions.typeError("'" + asyncIterable.type().getName()
                    + "' object is not an async iterable");
        }
        PyObject it = Ops.callDescriptor(method, asyncIterable);
        if (it.type().lookup("__anext__") == null) {
            throw PyExceptions.typeError("aiter() returned not an async iterator of type '"
                    + it.type().getName() + "'");
        }
        return it;
    }

    @Exposed(value = "anext($module, aiterator, default=<unrepresentable>, /)",
            doc = "async anext(aiterator[, default])\n\nReturn the next item from the async "
                    + "iterator.  If default is given and the async\niterator is exhausted, it "
                    + "is returned instead of raising StopAsyncIteration.")
    public static PyObject anext(PyObject aiterator, PyObject defaultValue) {
        PyObject method = aiterator.type().lookup("__anext__");
        if (method == null) {
            throw PyExceptions.typeError("'" + aiterator.type().getName()
                    + "' object is not an async iterator");
        }
        PyObject awaitable = Ops.callDescriptor(method, aiterator);
        return defaultValue == null ? awaitable : new PyAnextAwaitable(awaitable, defaultValue);
    }
}
