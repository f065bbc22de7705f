package dev.krait.modules.sys;

import dev.krait.objects.Attributes;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * The argument {@code sys.unraisablehook} receives: a struct sequence of the exception's type,
 * value and traceback, the message that introduces the report ({@code err_msg}, None for the
 * default "Exception ignored in") and the object the error is reported against.
 *
 * <p>CPython counterpart: Python/errors.c {@code UnraisableHookArgsType},
 * {@code make_unraisable_hook_args}.
 */
public final class UnraisableHookArgs {
    private UnraisableHookArgs() {}

    static final PyType TYPE = PyStructSequence.newType("builtins", "UnraisableHookArgs",
            "exc_type", "exc_value", "exc_traceback", "err_msg", "object");

    private static final String[] FIELDS = {"exc_type", "exc_value", "exc_traceback",
        "err_msg", "object"};

    /** The hook's argument for exception {@code e} (or null) reported against {@code obj}. */
    public static PyObject make(PyBaseException e, PyObject errMsg, PyObject obj) {
        PyObject type = e == null ? PyNone.NONE : e.type();
        PyObject value = e == null ? PyNone.NONE : e;
        PyObject tb = e == null || e.traceback == null ? PyNone.NONE : e.traceback;
        return PyStructSequence.make(TYPE, type, value, tb, errMsg, obj);
    }

    /**
     * Field {@code i} of a hook argument, read by name so that any object with the five
     * attributes serves, as in CPython's default hook.
     */
    public static PyObject field(PyObject args, int i) {
        return Attributes.getAttr(args, FIELDS[i]);
    }
}
