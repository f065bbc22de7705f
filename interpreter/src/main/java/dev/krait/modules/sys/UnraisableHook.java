package dev.krait.modules.sys;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import dev.krait.runtime.Errors;

/**
 * {@code sys.unraisablehook} and {@code sys.__unraisablehook__}: what handles an exception
 * that cannot propagate (raised by a finalizer, a weakref callback, a C callback such as a
 * user-defined SQLite function). {@link Errors#writeUnraisable} calls the hook a program
 * installed with an {@code UnraisableHookArgs}; the default hook prints as CPython's does.
 *
 * <p>CPython counterpart: Python/errors.c (_PyErr_WriteUnraisableMsg,
 * _PyErr_WriteUnraisableDefaultHook) and Python/sysmodule.c sys_unraisablehook.
 */
public final class UnraisableHook {
    private UnraisableHook() {}

    /** CPython: Python/errors.c UnraisableHookArgsType. */
    static final PyType ARGS = PyStructSequence.newType("builtins", "UnraisableHookArgs",
            "exc_type", "exc_value", "exc_traceback", "err_msg", "object");

    static {
        Errors.unraisableHookArgs = values -> PyStructSequence.make(ARGS, values);
    }

    /** Makes sure the hook's argument type is known to the runtime. */
    static void install() {
        // the static initializer did it
    }

    // CPython: Python/sysmodule.c sys_unraisablehook over _PyErr_WriteUnraisableDefaultHook
    @Exposed(value = "unraisablehook($module, unraisable, /)", doc = "Handle an unraisable "
            + "exception.\n\nThe unraisable argument has the following attributes:\n\n"
            + "* exc_type: Exception type.\n* exc_value: Exception value, can be None.\n"
            + "* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, "
            + "can be None.\n* object: Object causing the exception, can be None.")
    public static void unraisablehook(PyObject unraisable) {
        PyObject value = Attributes.getAttr(unraisable, "exc_value");
        PyObject errMsg = Attributes.getAttr(unraisable, "err_msg");
        PyObject obj = Attributes.getAttr(unraisable, "object");
        PyBaseException e = value instanceof PyBaseException b ? b
                : (PyBaseException) Ops.call(Attributes.getAttr(unraisable, "exc_type"));
        Errors.writeUnraisableDefault(errMsg == PyNone.NONE ? null
                : Ops.str(errMsg).value(), obj, e);
    }
}
