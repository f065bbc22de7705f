package dev.krait.runtime;

import dev.krait.objects.Attributes;
import dev.krait.objects.Finalization;
import dev.krait.objects.Ops;
import dev.krait.objects.PyAsyncGenerator;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyGenerator;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * Finalizes one object the JVM found unreachable and its finalizer queued (see
 * {@link Finalization}), on a Python thread: {@code __del__} for an instance of a class that
 * has one; for a generator or coroutine what CPython's {@code _PyGen_Finalize} does -- close
 * it where it is suspended (its {@code finally} blocks and {@code with} exits run), warn about
 * a coroutine that was never awaited, hand an async generator to the finalizer hook that
 * {@code sys.set_asyncgen_hooks} installed (asyncio's loop schedules its {@code aclose()}).
 * Errors go to {@code sys.unraisablehook}, reported against the {@code __del__} function or
 * the generator, as in CPython.
 *
 * <p>CPython counterpart: Objects/genobject.c {@code _PyGen_Finalize},
 * Python/_warnings.c {@code _PyErr_WarnUnawaitedCoroutine}, Objects/typeobject.c
 * {@code slot_tp_finalize}.
 */
final class Finalizers {
    private Finalizers() {}

    /** Finalizes {@code obj}; nothing escapes (errors are reported as unraisable). */
    static void finalize(PyObject obj) {
        if (obj instanceof PyGenerator g) {
            finalizeGenerator(g);
        } else if (obj instanceof PyAsyncGenerator ag) {
            finalizeAsyncGenerator(ag);
        } else {
            try {
                Finalization.callDel(obj);
            } catch (PyException e) {
                Errors.writeUnraisable(Finalization.delMethod(obj), e.value);
            }
        }
    }

    // CPython: Objects/genobject.c _PyGen_Finalize
    private static void finalizeGenerator(PyGenerator g) {
        if (g.isFinished()) {
            return;
        }
        if (g.neverAwaited()) {
            warnUnawaited(g);
            return;
        }
        try {
            g.close();
        } catch (PyException e) {
            Errors.writeUnraisable(g, e.value);
        }
    }

    // CPython: Objects/genobject.c _PyGen_Finalize, its async generator branch
    private static void finalizeAsyncGenerator(PyAsyncGenerator ag) {
        try {
            PyObject hook = ag.finalizerHook();
            if (hook != null) {
                Ops.call(hook, ag);
            } else {
                ag.closeOnCollection();
            }
        } catch (PyException e) {
            Errors.writeUnraisable(ag, e.value);
        }
    }

    /**
     * "RuntimeWarning: coroutine '...' was never awaited", through
     * {@code warnings._warn_unawaited_coroutine} (which adds where the coroutine was made, when
     * origin tracking is on); when that fails, the error is reported and, unless it was the
     * warning itself turned into an error, the warning is issued directly.
     */
    // CPython: Python/_warnings.c _PyErr_WarnUnawaitedCoroutine
    private static void warnUnawaited(PyGenerator coro) {
        boolean warned = false;
        try {
            PyObject fn = warningsAttribute("_warn_unawaited_coroutine");
            if (fn != null) {
                Ops.call(fn, coro);
                warned = true;
            }
        } catch (PyException e) {
            warned = e.matches(PyExceptions.RuntimeWarning);
            Errors.writeUnraisable(coro, e.value);
        }
        if (!warned) {
            try {
                WarningsMachinery.warn(PyStr.of("coroutine '" + coro.qualname()
                        + "' was never awaited"), PyExceptions.RuntimeWarning, 1, coro);
            } catch (PyException e) {
                Errors.writeUnraisable(coro, e.value);
            }
        }
    }

    /**
     * {@code warnings.<name>}, importing {@code warnings} if need be; null when it cannot be
     * imported or lacks the attribute (CPython: Python/_warnings.c get_warnings_attr).
     */
    private static PyObject warningsAttribute(String name) {
        Interpreter interp = ThreadState.current().interpreter;
        if (interp.tearingDown) {
            // CPython's teardown has cleared the modules: get_warnings_attr finds none, and
            // the warning goes through the C machinery ("sys:1: RuntimeWarning: ...")
            return null;
        }
        PyObject warnings;
        try {
            warnings = interp.importer().importModule("warnings");
        } catch (PyException e) {
            if (e.matches(PyExceptions.ImportError)) {
                return null;
            }
            throw e;
        }
        return Attributes.lookupAttrOrNull(warnings, name);
    }
}
