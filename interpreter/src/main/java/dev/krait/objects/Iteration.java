package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The iterator protocol: {@code iter(x)}, the next item of an iterator (null at the end, so
 * loops written in Java raise no StopIteration), a whole iterable as a Java list, and
 * {@code operator.length_hint}.
 *
 * <p>CPython counterpart: Objects/abstract.c {@code PyObject_GetIter}, {@code PyIter_Next},
 * {@code PySequence_List}, {@code PyObject_LengthHint}.
 */
public final class Iteration {
    private Iteration() {}

    public static PyObject iter(PyObject o) {
        return iter(o, false);
    }

    static PyObject iter(PyObject o, boolean forIn) {
        PyObject m = o.type.lookupSlot(TypeSlot.ITER);
        if (m != null && m != PyNone.NONE) {
            PyObject it = Ops.callDescriptor(m, o);
            if (it.type.lookupSlot(TypeSlot.NEXT) == null) {
                throw PyExceptions.typeError("iter() returned non-iterator of type '"
                        + it.type.getName() + "'");
            }
            return it;
        }
        if (m == null && o.type.lookupSlot(TypeSlot.GETITEM) != null) {
            return new PySequenceIterator(o, PySequenceIterator.Kind.GETITEM);
        }
        if (forIn) {
            throw PyExceptions.typeError("argument of type '" + o.type.getName()
                    + "' is not iterable");
        }
        throw PyExceptions.typeError("'" + o.type.getName() + "' object is not iterable");
    }

    /** The next item of an iterator, or null when it is exhausted (StopIteration swallowed). */
    public static PyObject next(PyObject it) {
        if (it instanceof PySequenceIterator s) {
            return s.nextOrNull();
        }
        if (it instanceof PyDictIterator d) {
            return d.nextOrNull();
        }
        if (it instanceof JavaIterator j) {
            return j.nextOrNull();
        }
        PyObject m = it.type.lookupSlot(TypeSlot.NEXT);
        if (m == null) {
            throw PyExceptions.typeError("'" + it.type.getName() + "' object is not an iterator");
        }
        try {
            return Ops.callDescriptor(m, it);
        } catch (PyException e) {
            if (e.matches(PyExceptions.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * As {@link #next}, for a loop in a traced frame: the StopIteration that ends the iteration
     * is given to {@code stopped} before it is swallowed when the iterator really raised one
     * ({@link #stopWasRaised}), as CPython's FOR_ITER reports it to the trace function.
     */
    // CPython: Python/ceval.c FOR_ITER (call_exc_trace when tp_iternext set StopIteration)
    public static PyObject next(PyObject it, java.util.function.Consumer<PyBaseException> stopped) {
        if (it instanceof PyGenerator g) {
            PyObject v = g.nextOrNull();
            if (v == null) {
                PyObject rv = g.returnValueOrNone();
                if (rv != PyNone.NONE) {
                    stopped.accept(PyExceptions.stopIteration(rv).value);
                }
            }
            return v;
        }
        if (it instanceof PySequenceIterator || it instanceof PyDictIterator
                || it instanceof JavaIterator) {
            return next(it); // they end silently, with no value to report
        }
        PyObject m = it.type.lookupSlot(TypeSlot.NEXT);
        if (m == null) {
            return next(it); // its TypeError
        }
        try {
            return Ops.callDescriptor(m, it);
        } catch (PyException e) {
            if (e.matches(PyExceptions.StopIteration)) {
                if (stopWasRaised(it, e.value)) {
                    stopped.accept(e.value);
                }
                return null;
            }
            throw e;
        }
    }

    /**
     * Whether iterator {@code it}, which ended with StopIteration {@code stop} when asked for
     * its next item, would have raised that StopIteration in CPython -- what a trace function
     * is told of at FOR_ITER and at {@code yield from}'s SEND -- rather than ended silently, as
     * a C {@code tp_iternext} does by returning NULL with no exception set. It was raised when
     * {@code __next__} is written in Python (slot_tp_iternext calls it), by an async
     * generator's asend/athrow awaitable (which always sets one), and by any C iterator that
     * ends with a value (a coroutine's wrapper, through gen_iternext). Krait's own iterators
     * raise a StopIteration object where C ones return NULL, so the object alone cannot tell.
     */
    public static boolean stopWasRaised(PyObject it, PyBaseException stop) {
        if (!(it.type.lookupSlot(TypeSlot.NEXT) instanceof PyMethodDescriptor)
                || it instanceof PyAsyncGenAwaitable) {
            return true;
        }
        return stop instanceof PyStopIteration s && s.value != null && s.value != PyNone.NONE;
    }

    /** Implemented by iterators written in Java, so loops avoid StopIteration objects. */
    public interface JavaIterator {
        /** The next item, or null at the end. */
        PyObject nextOrNull();
    }

    /** All items of an iterable, as a new Java list. */
    public static List<PyObject> toList(PyObject iterable) {
        if (iterable instanceof PyList l && iterable.type == PyList.TYPE) {
            return new ArrayList<>(l.items);
        }
        if (iterable instanceof PyTuple t && iterable.type == PyTuple.TYPE) {
            return new ArrayList<>(List.of(t.items));
        }
        PyObject it = iter(iterable);
        // CPython: Objects/listobject.c list_extend presizes from the hint (whose errors show)
        long hint = lengthHint(iterable, 8);
        List<PyObject> out = new ArrayList<>((int) Math.min(hint, 1 << 16));
        for (PyObject v = next(it); v != null; v = next(it)) {
            out.add(v);
        }
        return out;
    }

    /**
     * {@code operator.length_hint(obj, dflt)}: Containers.len(obj) when it has one, else its
     * {@code __length_hint__}, else dflt. CPython: Objects/abstract.c PyObject_LengthHint.
     */
    public static long lengthHint(PyObject obj, long dflt) {
        PyType t = obj.type();
        if (t.lookup("__len__") != null) {
            try {
                return Containers.len(obj);
            } catch (PyException e) {
                if (!e.matches(PyExceptions.TypeError)) {
                    throw e;
                }
            }
        }
        PyObject hint = t.lookup("__length_hint__");
        if (hint == null) {
            return dflt;
        }
        PyObject r;
        try {
            r = Ops.callDescriptor(hint, obj);
        } catch (PyException e) {
            if (e.matches(PyExceptions.TypeError)) {
                return dflt;
            }
            throw e;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return dflt;
        }
        if (!(r instanceof PyInt i)) {
            throw PyExceptions.typeError("__length_hint__ must be an integer, not "
                    + r.type().getName());
        }
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        if (i.longValue() < 0) {
            throw PyExceptions.valueError("__length_hint__() should return >= 0");
        }
        return i.longValue();
    }
}
