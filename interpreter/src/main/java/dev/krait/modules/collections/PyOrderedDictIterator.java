package dev.krait.modules.collections;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.ObjectReduce;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code odict_iterator}: walks an OrderedDict's list of keys, either way, yielding keys,
 * values or items. A change of the list under it ({@code od_state}) raises "OrderedDict mutated
 * during iteration", a change of the dict's size alone "changed size", as CPython's does.
 *
 * <p>CPython's iterator keeps the next key and finds its node again at each step; this one
 * keeps the node, which is the same node while the list has not changed, and finds it again by
 * its key only when dict's own methods changed the OrderedDict's keys behind the list's back
 * ({@link PyOrderedDict#consistent}): then, as in CPython, a key gone from the dict is a
 * KeyError.
 *
 * <p>CPython counterpart: Objects/odictobject.c {@code odictiter_nextkey},
 * {@code odictiter_iternext}, {@code odictiter_reduce}.
 */
public final class PyOrderedDictIterator extends PyObject implements Iteration.JavaIterator {
    public static final PyType TYPE =
            PyType.builtinFinal("odict_iterator", PyOrderedDictIterator.class, null);

    /** What to yield (values and items look each value up in the dict) and which way. */
    static final int KEYS = 1;
    static final int VALUES = 2;
    static final int ITEMS = KEYS | VALUES;
    static final int REVERSED = 4;

    private final int kind;
    /** The OrderedDict, until the iteration ends. */
    private PyOrderedDict od;
    /** The node of the key to yield next; null at the end. */
    private PyOrderedDict.Node current;
    /** The dict's size at the start; -1 once a change of size was reported (for good). */
    private int size;
    private final long state;

    PyOrderedDictIterator(PyOrderedDict od, int kind) {
        super(TYPE);
        this.kind = kind;
        this.od = od;
        this.current = (kind & REVERSED) != 0 ? od.last() : od.first();
        this.size = od.size();
        this.state = od.state;
    }

    private PyOrderedDictIterator(PyOrderedDictIterator other) {
        super(TYPE);
        this.kind = other.kind;
        this.od = other.od;
        this.current = other.current;
        this.size = other.size;
        this.state = other.state;
    }

    // CPython: Objects/odictobject.c odictiter_nextkey
    private PyObject nextKey() {
        PyOrderedDict d = od;
        if (d == null) {
            return null;
        }
        PyOrderedDict.Node node = current;
        if (node == null) {
            od = null;
            return null;
        }
        if (d.state != state) {
            od = null;
            throw PyExceptions.runtimeError("OrderedDict mutated during iteration");
        }
        if (size != d.size()) {
            size = -1;
            throw PyExceptions.runtimeError("OrderedDict changed size during iteration");
        }
        if (!d.consistent()) {
            node = d.findNode(node.key);
            if (node == null) {
                PyObject key = current.key;
                current = null;
                throw PyExceptions.keyError(key);
            }
        }
        current = (kind & REVERSED) != 0 ? node.prev : node.next;
        return node.key;
    }

    // CPython: Objects/odictobject.c odictiter_iternext
    @Override
    public PyObject nextOrNull() {
        PyObject key = nextKey();
        if (key == null || (kind & VALUES) == 0) {
            return key;
        }
        PyObject value = od.getItem(key);
        if (value == null) {
            current = null;
            od = null;
            throw PyExceptions.keyError(key);
        }
        return (kind & KEYS) == 0 ? value : PyTuple.of(key, value);
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

    /** {@code iter(list_of_what_is_left)}, read from a copy so this iterator stays put. */
    // CPython: Objects/odictobject.c odictiter_reduce
    @Exposed(value = "__reduce__($self, /)", doc = "Return state information for pickling",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        PyOrderedDictIterator copy = new PyOrderedDictIterator(this);
        List<PyObject> rest = new ArrayList<>();
        for (PyObject v = copy.nextOrNull(); v != null; v = copy.nextOrNull()) {
            rest.add(v);
        }
        return PyTuple.of(ObjectReduce.builtin("iter"), PyTuple.of(new PyList(rest)));
    }
}
