package dev.krait.objects;

import dev.krait.hashing.SetAlgebra;
import java.util.List;

/**
 * Python's {@code set}: the mutable half of {@link AnySet}, with the methods that change a set
 * in place. A set is unhashable ({@code __hash__} is None, as CPython's
 * {@code PyObject_HashNotImplemented} shows it), which is why {@code x in s}, {@code discard} and
 * {@code remove} retry a set argument as a frozenset.
 *
 * <p>CPython counterpart: Objects/setobject.c ({@code PySet_Type}, {@code set_methods}).
 */
public class PySet extends AnySet {
    public static final PyType TYPE = PyType.builtin("set", PySet.class, null, AnySet.class);

    static {
        TYPE.setTypeAttribute("__hash__", PyNone.NONE);
    }

    /** An empty set. */
    public PySet() {
        super(TYPE);
    }

    PySet(PyType type) {
        super(type);
    }

    /** A set of the given elements, added in order (a set display {@code {a, b}}). */
    public static PySet of(List<PyObject> elements) {
        PySet s = new PySet();
        for (PyObject e : elements) {
            s.add(e);
        }
        return s;
    }

    // CPython: Objects/setobject.c set_new (the elements come in __init__)
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return cls == TYPE ? new PySet() : new PySet(cls);
    }

    // CPython: Objects/setobject.c set_init
    @Exposed("__init__($self, /, *args, **kwargs)")
    public void __init__(PyObject[] args, String[] kwnames) {
        noKeywords(kwnames, "set");
        if (args.length > 1) {
            throw PyExceptions.typeError(type.getName() + " expected at most 1 argument, got "
                    + args.length);
        }
        if (table.fill() > 0) {
            table.clear();
        }
        if (args.length == 1) {
            updateFrom(args[0]);
        }
    }

    // CPython: Objects/setobject.c set_add
    @Exposed(value = "add($self, object, /)", signature = Exposed.Signature.HIDDEN)
    public void add(PyObject key) {
        table.add(key, Ops.hash(key));
    }

    @Exposed(value = "clear($self, /)", signature = Exposed.Signature.HIDDEN)
    public void clear() {
        table.clear();
    }

    @Exposed(value = "discard($self, object, /)", signature = Exposed.Signature.HIDDEN)
    public void discard(PyObject key) {
        withFrozenRetry(key, true);
    }

    @Exposed(value = "remove($self, object, /)", signature = Exposed.Signature.HIDDEN)
    public void remove(PyObject key) {
        if (!withFrozenRetry(key, true)) {
            throw PyExceptions.keyError(key);
        }
    }

    // CPython: Objects/setobject.c set_pop
    @Exposed(value = "pop($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject pop() {
        PyObject key = table.pop();
        if (key == null) {
            throw PyExceptions.keyError(PyStr.of("pop from an empty set"));
        }
        return key;
    }

    // CPython: Objects/setobject.c set_update
    @Exposed(value = "update($self, /, *others)", signature = Exposed.Signature.HIDDEN)
    public void update(PyObject[] args, String[] kwnames) {
        noKeywords(kwnames, "set.update");
        for (PyObject other : args) {
            updateFrom(other);
        }
    }

    // CPython: Objects/setobject.c set_intersection_update_multi
    @Exposed(value = "intersection_update($self, /, *others)", signature = Exposed.Signature.HIDDEN)
    public void intersection_update(PyObject[] args, String[] kwnames) {
        noKeywords(kwnames, "set.intersection_update");
        AnySet result = intersectionOf(args);
        if (result != this) {
            table.swapBodies(result.table);
        }
    }

    // CPython: Objects/setobject.c set_difference_update
    @Exposed(value = "difference_update($self, /, *others)", signature = Exposed.Signature.HIDDEN)
    public void difference_update(PyObject[] args, String[] kwnames) {
        noKeywords(kwnames, "set.difference_update");
        for (PyObject other : args) {
            differenceUpdate(other);
        }
    }

    @Exposed(value = "symmetric_difference_update($self, other, /)",
            signature = Exposed.Signature.HIDDEN)
    public void symmetric_difference_update(PyObject other) {
        symmetricDifferenceUpdate(other);
    }

    // CPython: Objects/setobject.c set_ior, set_iand, set_isub, set_ixor: sets only, else
    // NotImplemented so that the binary operator (and its TypeError) is tried.

    @Exposed("__ior__($self, value, /)")
    public PyObject __ior__(PyObject other) {
        if (!isAnySet(other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        updateFrom(other);
        return this;
    }

    @Exposed("__iand__($self, value, /)")
    public PyObject __iand__(PyObject other) {
        if (!isAnySet(other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        table.swapBodies(intersectionWith(other).table);
        return this;
    }

    @Exposed("__isub__($self, value, /)")
    public PyObject __isub__(PyObject other) {
        if (!isAnySet(other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        differenceUpdate(other);
        return this;
    }

    @Exposed("__ixor__($self, value, /)")
    public PyObject __ixor__(PyObject other) {
        if (!isAnySet(other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        symmetricDifferenceUpdate(other);
        return this;
    }
}
