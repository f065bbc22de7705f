package dev.krait.modules.decimal;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code decimal.ContextManager}: what {@code localcontext()} returns; entering makes a copy
 * of a context current, leaving restores the context that was current when the manager was
 * made.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c {@code PyDecContextManagerObject}.
 */
public final class PyContextManager extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("ContextManager",
            PyContextManager.class, null).withModule("decimal");

    private final PyDecContext local;
    private final PyDecContext global;

    PyContextManager(PyDecContext local, PyDecContext global) {
        super(TYPE);
        this.local = local;
        this.global = global;
    }

    // CPython: _decimal.c ctxmanager_set_local
    @Exposed("__enter__($self, /)")
    public PyObject __enter__() {
        DecimalModule.setcontext(local);
        return local;
    }

    // CPython: _decimal.c ctxmanager_restore_global
    @Exposed("__exit__($self, type, value, traceback, /)")
    public void __exit__(PyObject type, PyObject value, PyObject traceback) {
        DecimalModule.setcontext(global);
    }
}
