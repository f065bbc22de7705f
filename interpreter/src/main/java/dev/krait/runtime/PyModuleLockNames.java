package dev.krait.runtime;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.util.TreeSet;

/**
 * {@code _bootstrap._module_locks} once importlib locks through the interpreter's
 * {@link ModuleLocks}: a read-only view of the module names that have a lock alive, so that
 * programs (and CPython's tests of lock lifetimes) that look at importlib's table see the locks
 * there are. CPython's table maps each name to a weak reference to its lock; here the lock
 * itself is the value.
 *
 * <p>CPython counterpart: Lib/importlib/_bootstrap.py {@code _module_locks}.
 */
public final class PyModuleLockNames extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("_module_locks", PyModuleLockNames.class,
            null).withModule("_frozen_importlib");

    private final ModuleLocks locks;

    PyModuleLockNames(ModuleLocks locks) {
        super(TYPE);
        this.locks = locks;
    }

    private PyList keys() {
        PyList l = new PyList();
        for (String n : new TreeSet<>(locks.names())) {
            l.append(PyStr.of(n));
        }
        return l;
    }

    @Exposed("__contains__($self, key, /)")
    public boolean __contains__(PyObject key) {
        return key instanceof PyStr s && locks.names().contains(s.value());
    }

    @Exposed("__len__($self, /)")
    public int __len__() {
        return locks.names().size();
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return Iteration.iter(keys());
    }

    @Exposed("get($self, key, default=None, /)")
    public PyObject get(PyObject key, PyObject dflt) {
        return __contains__(key) ? locks.get(((PyStr) key).value())
                : dflt == null ? PyNone.NONE : dflt;
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        StringBuilder sb = new StringBuilder("{");
        for (PyObject k : keys().items) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(Ops.repr(k).value()).append(": ")
                    .append(Ops.repr(locks.get(((PyStr) k).value())).value());
        }
        return sb.append('}').toString();
    }
}
