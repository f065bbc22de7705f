package dev.krait.modules.itertools;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * What every itertools iterator shares: {@code __iter__} returning itself, {@code __next__} over
 * the type's own {@link #step}, and the Java fast path that loops use ({@link Iteration.JavaIterator})
 * — which must still call a Python subclass's overriding {@code __next__}, as CPython's
 * {@code tp_iternext} slot would.
 */
public abstract class IterBase extends PyObject implements Iteration.JavaIterator {
    IterBase(PyType type) {
        super(type);
    }

    /** The next item by this type's own rule, or null at the end. */
    abstract PyObject step();

    /** The builtin type this Java class implements (to detect overriding subclasses). */
    abstract PyType baseType();

    @Override
    public final PyObject nextOrNull() {
        PyType t = type();
        if (t != baseType()) {
            PyObject next = t.lookup("__next__");
            if (next != baseType().lookup("__next__")) {
                try {
                    return Ops.callDescriptor(next, this);
                } catch (PyException e) {
                    if (e.matches(PyExceptions.StopIteration)) {
                        return null;
                    }
                    throw e;
                }
            }
        }
        return step();
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        PyObject v = step();
        if (v == null) {
            throw PyExceptions.stopIteration();
        }
        return v;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return this;
    }

    // ---- helpers shared by the types' constructors and __setstate__ ---------------------------

    /** CPython's "state is not a tuple" check of the {@code __setstate__} methods. */
    static PyTuple stateTuple(PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw PyExceptions.typeError("state is not a tuple");
        }
        return t;
    }


    /** The pool of a combinatoric iterator: the iterable as a tuple. */
    static PyObject[] pool(PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            return t.items();
        }
        return Iteration.toList(iterable).toArray(new PyObject[0]);
    }
}
