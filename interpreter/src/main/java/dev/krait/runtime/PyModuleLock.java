package dev.krait.runtime;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;

/**
 * The import lock of one module name (see {@link ModuleLocks}, which keeps its state): what
 * importlib's {@code _get_module_lock} returns, so that importlib's own imports
 * ({@code importlib.import_module}, {@code reload}) and the interpreter's lock the same object.
 * It is re-entrant, owned by a thread, and {@code acquire} raises {@code _DeadlockError}
 * rather than wait for ever.
 *
 * <p>CPython counterpart: Lib/importlib/_bootstrap.py {@code _ModuleLock}.
 */
public final class PyModuleLock extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtinFinal("_ModuleLock", PyModuleLock.class,
            null).withModule("_frozen_importlib");

    private final ModuleLocks registry;
    final String name;
    /** The owning thread, how many times it holds the lock, how many threads wait for it. */
    Thread owner;
    int count;
    int waiters;

    PyModuleLock(ModuleLocks registry, String name) {
        super(TYPE);
        this.registry = registry;
        this.name = name;
    }

    /**
     * {@code _bootstrap._get_module_lock(name)}, which importlib is given in place of its own
     * so that it locks what the interpreter locks.
     */
    @Exposed(value = "_get_module_lock($type, name, /)", kind = Exposed.Kind.CLASS)
    public static PyObject _get_module_lock(PyType cls, PyStr name) {
        return ThreadState.current().interpreter.importer().moduleLocks().get(name.value());
    }

    @Exposed("acquire($self, /)")
    public boolean acquire() {
        if (!registry.tryAcquire(this)) {
            throw registry.deadlockError(this);
        }
        return true;
    }

    @Exposed("release($self, /)")
    public void release() {
        registry.release(this);
    }

    @Exposed.Getter("name")
    public String name() {
        return name;
    }

    // CPython: the id in decimal, as _ModuleLock.__repr__ formats it
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "_ModuleLock(" + Ops.repr(PyStr.of(name)).value() + ") at " + Ops.id(this);
    }
}
