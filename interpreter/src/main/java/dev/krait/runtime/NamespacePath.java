package dev.krait.runtime;

import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * A namespace package's {@code __path__}: its portions (one folder per {@code sys.path}
 * entry that holds the package's name), read like a list.
 *
 * <p>CPython counterpart: Lib/importlib/_bootstrap_external.py {@code _NamespacePath}
 * (without the recomputation when the parent's path changes).
 */
public final class NamespacePath extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("_NamespacePath",
            NamespacePath.class, null).withModule("_frozen_importlib_external");

    private final PyList portions;

    NamespacePath(PyList portions) {
        super(TYPE);
        this.portions = portions;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return Iteration.iter(portions);
    }

    @Exposed("__getitem__($self, index, /)")
    public PyObject __getitem__(PyObject index) {
        return Containers.getItem(portions, index);
    }

    @Exposed("__setitem__($self, index, path, /)")
    public void __setitem__(PyObject index, PyObject path) {
        Containers.setItem(portions, index, path);
    }

    @Exposed("__len__($self, /)")
    public long __len__() {
        return portions.size();
    }

    @Exposed("__contains__($self, item, /)")
    public boolean __contains__(PyObject item) {
        return Containers.contains(portions, item);
    }

    @Exposed("append($self, item, /)")
    public void append(PyObject item) {
        portions.append(item);
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "_NamespacePath(" + Ops.repr(portions).value() + ")";
    }
}
