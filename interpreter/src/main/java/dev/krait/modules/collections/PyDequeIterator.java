package dev.krait.modules.collections;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}: a position in a
 * deque, walking right or left, that fails with RuntimeError once the deque has been mutated
 * under it (its {@code state} changed).
 *
 * <p>CPython counterpart: Modules/_collectionsmodule.c {@code dequeiter_next},
 * {@code dequereviter_next}, {@code dequeiter_new}, {@code dequeiter_reduce}.
 */
public final class PyDequeIterator extends PyObject implements Iteration.JavaIterator {
    public static final PyType FORWARD = PyType.builtinFinal("_deque_iterator",
            PyDequeIterator.class, null).withModule("_collections");
    public static final PyType REVERSE = PyType.builtinFinal("_deque_reverse_iterator",
            PyDequeIterator.class, null).withModule("_collections");

    private final PyDeque deque;
    private final long state;
    /** Items not yet returned. */
    private int counter;
    /** The position of the next item. */
    private int index;

    PyDequeIterator(PyType kind, PyDeque deque) {
        super(kind);
        this.deque = deque;
        this.state = deque.state;
        this.counter = deque.size;
        this.index = kind == FORWARD ? 0 : deque.size - 1;
    }

    // CPython: Modules/_collectionsmodule.c dequeiter_new, dequereviter_new
    @Exposed(value = "__new__($type, deque, index=0, /)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject deque, PyObject index) {
        if (!(deque instanceof PyDeque d)) {
            throw PyExceptions.typeError(cls.getName() + "() argument 1 must be "
                    + "collections.deque, not " + deque.type().getName());
        }
        PyDequeIterator it = new PyDequeIterator(cls == REVERSE ? REVERSE : FORWARD, d);
        long n = index == null ? 0 : CArgs.asSsizeT(index);
        for (long i = 0; i < n && it.nextOrNull() != null; i++) {
            // consume n items
        }
        return it;
    }

    @Override
    public PyObject nextOrNull() {
        if (deque.state != state) {
            counter = 0;
            throw PyExceptions.runtimeError("deque mutated during iteration");
        }
        if (counter == 0) {
            return null;
        }
        PyObject item = deque.get(index);
        index += type() == FORWARD ? 1 : -1;
        counter--;
        return item;
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        PyObject v = nextOrNull();
        if (v == null) {
            throw PyExceptions.stopIteration();
        }
        return v;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return this;
    }

    @Exposed(value = "__length_hint__($self, /)",
            doc = "Private method returning an estimate of len(list(it)).",
            signature = Exposed.Signature.HIDDEN)
    public long __length_hint__() {
        return counter;
    }

    @Exposed(value = "__reduce__($self, /)", doc = "Return state information for pickling.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(type(), PyTuple.of(deque, PyInt.of(deque.size - counter)));
    }
}
