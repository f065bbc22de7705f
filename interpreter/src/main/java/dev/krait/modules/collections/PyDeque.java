package dev.krait.modules.collections;

import dev.krait.modules.itertools.GenericAliases;
import dev.krait.objects.ArgParser;
import dev.krait.objects.CArgs;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.ObjectReduce;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code collections.deque}: a double-ended queue with O(1) appends and pops at both ends and an
 * optional maximum length (items fall off the other end). CPython keeps a linked list of
 * 64-item blocks; a growable ring buffer gives the same costs here with simpler indexing. The
 * {@code state} counter, bumped by every mutation, lets iterators and searches detect a deque
 * changed under them, as CPython's does.
 *
 * <p>CPython counterpart: Modules/_collectionsmodule.c {@code deque_*}.
 */
public class PyDeque extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin("deque", PyDeque.class, null,
            DequeSequence.class).withModule("collections");

    static {
        TYPE.setTypeAttribute("__hash__", PyNone.NONE);
    }

    /** The ring; its length is a power of two, so positions wrap by masking. */
    private PyObject[] buf = new PyObject[8];
    private int head;
    int size;
    /** The maximum length, or -1 for none. */
    long maxlen = -1;
    /** Bumped by every mutation (CPython's {@code deque->state}). */
    long state;

    PyDeque(PyType type) {
        super(type);
    }

    /** A new empty deque of the exact type with the given maximum length. */
    static PyDeque of(long maxlen) {
        PyDeque d = new PyDeque(TYPE);
        d.maxlen = maxlen;
        return d;
    }

    // ---- the ring ----------------------------------------------------------------------------

    /** Item {@code i} (0 = leftmost); the caller has checked the index. */
    final PyObject get(int i) {
        return buf[(head + i) & (buf.length - 1)];
    }

    final void set(int i, PyObject v) {
        buf[(head + i) & (buf.length - 1)] = v;
    }

    private void grow() {
        PyObject[] bigger = new PyObject[buf.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = get(i);
        }
        buf = bigger;
        head = 0;
    }

    final void pushRight(PyObject v) {
        if (size == buf.length) {
            grow();
        }
        buf[(head + size) & (buf.length - 1)] = v;
        size++;
    }

    final void pushLeft(PyObject v) {
        if (size == buf.length) {
            grow();
        }
        head = (head - 1) & (buf.length - 1);
        buf[head] = v;
        size++;
    }

    final PyObject takeRight() {
        int at = (head + size - 1) & (buf.length - 1);
        PyObject v = buf[at];
        buf[at] = null;
        size--;
        return v;
    }

    final PyObject takeLeft() {
        PyObject v = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        return v;
    }

    /** The items, leftmost first, as a new array. */
    final PyObject[] toArray() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) {
            out[i] = get(i);
        }
        return out;
    }

    final void clearAll() {
        Arrays.fill(buf, null);
        head = 0;
        size = 0;
        state++;
    }

    // ---- construction ------------------------------------------------------------------------

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyDeque(cls);
    }

    // CPython: Modules/_collectionsmodule.c deque_init
    @Exposed("__init__($self, /, iterable=(), maxlen=None)")
    public void __init__(PyObject[] args, String[] kwnames) {
        PyObject[] bound = ArgParser.bind("deque", args, kwnames, "iterable", "maxlen");
        long newMaxlen = -1;
        PyObject m = bound[1];
        if (m != null && m != PyNone.NONE) {
            newMaxlen = CArgs.intAsSsizeT(m);
            if (newMaxlen < 0) {
                throw PyExceptions.valueError("maxlen must be non-negative");
            }
        }
        maxlen = newMaxlen;
        if (size > 0) {
            clearAll();
        }
        if (bound[0] != null) {
            extend(bound[0]);
        }
    }

    @Exposed.Getter(value = "maxlen", doc = "maximum size of a deque or None if unbounded")
    public PyObject getMaxlen() {
        return maxlen < 0 ? PyNone.NONE : PyInt.of(maxlen);
    }

    // ---- the ends ----------------------------------------------------------------------------

    @Exposed(value = "append($self, x, /)", doc = "Add an element to the right side of the deque.",
            signature = Exposed.Signature.HIDDEN)
    public void append(PyObject x) {
        pushRight(x);
        state++;
        if (maxlen >= 0 && size > maxlen) {
            takeLeft();
        }
    }

    @Exposed(value = "appendleft($self, x, /)",
            doc = "Add an element to the left side of the deque.",
            signature = Exposed.Signature.HIDDEN)
    public void appendleft(PyObject x) {
        pushLeft(x);
        state++;
        if (maxlen >= 0 && size > maxlen) {
            takeRight();
        }
    }

    @Exposed(value = "pop($self, /)", doc = "Remove and return the rightmost element.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject pop() {
        if (size == 0) {
            throw PyExceptions.indexError("pop from an empty deque");
        }
        state++;
        return takeRight();
    }

    @Exposed(value = "popleft($self, /)", doc = "Remove and return the leftmost element.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject popleft() {
        if (size == 0) {
            throw PyExceptions.indexError("pop from an empty deque");
        }
        state++;
        return takeLeft();
    }

    // CPython: Modules/_collectionsmodule.c deque_extend
    @Exposed(value = "extend($self, iterable, /)",
            doc = "Extend the right side of the deque with elements from the iterable",
            signature = Exposed.Signature.HIDDEN)
    public void extend(PyObject iterable) {
        if (iterable == this) {
            iterable = new PyList(List.of(toArray()));
        }
        PyObject it = Iteration.iter(iterable);
        for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it)) {
            if (maxlen != 0) {
                append(v);
            }
        }
    }

    @Exposed(value = "extendleft($self, iterable, /)",
            doc = "Extend the left side of the deque with elements from the iterable",
            signature = Exposed.Signature.HIDDEN)
    public void extendleft(PyObject iterable) {
        if (iterable == this) {
            iterable = new PyList(List.of(toArray()));
        }
        PyObject it = Iteration.iter(iterable);
        for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it)) {
            if (maxlen != 0) {
                appendleft(v);
            }
        }
    }

    @Exposed(value = "clear($self, /)", doc = "Remove all elements from the deque.",
            signature = Exposed.Signature.HIDDEN)
    public void clear() {
        clearAll();
    }

    // CPython: Modules/_collectionsmodule.c deque_copy
    @Exposed(value = "copy($self, /)", doc = "Return a shallow copy of a deque.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject copy() {
        if (type() == TYPE) {
            PyDeque d = of(maxlen);
            for (int i = 0; i < size; i++) {
                d.pushRight(get(i));
            }
            return d;
        }
        PyObject result = maxlen < 0 ? Ops.call(type(), this)
                : Ops.call(type(), this, PyInt.of(maxlen));
        if (!(result instanceof PyDeque)) {
            throw PyExceptions.typeError(type().getName() + "() must return a deque, not "
                    + result.type().getName());
        }
        return result;
    }

    @Exposed(value = "__copy__($self, /)", doc = "Return a shallow copy of a deque.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __copy__() {
        return copy();
    }

    // ---- rotation ----------------------------------------------------------------------------

    // CPython: Modules/_collectionsmodule.c _deque_rotate
    @Exposed(value = "rotate($self, n=1, /)",
            doc = "Rotate the deque n steps to the right (default n=1).  If n is negative, "
                    + "rotates left.", signature = Exposed.Signature.HIDDEN)
    public void rotate(PyObject nObj) {
        long n = nObj == null ? 1 : CArgs.asSsizeT(nObj);
        rotateBy(n);
    }

    final void rotateBy(long n) {
        if (size <= 1) {
            return;
        }
        int halflen = size >> 1;
        if (n > halflen || n < -halflen) {
            n %= size;
            if (n > halflen) {
                n -= size;
            } else if (n < -halflen) {
                n += size;
            }
        }
        state++;
        for (; n > 0; n--) {
            pushLeft(takeRight());
        }
        for (; n < 0; n++) {
            pushRight(takeLeft());
        }
    }

    @Exposed(value = "reverse($self, /)", doc = "Reverse *IN PLACE*.",
            signature = Exposed.Signature.HIDDEN)
    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = get(i);
            set(i, get(j));
            set(j, t);
        }
        state++;
    }

    // ---- searching ---------------------------------------------------------------------------

    @Exposed(value = "count($self, value, /)", doc = "Return number of occurrences of value.",
            signature = Exposed.Signature.HIDDEN)
    public long count(PyObject v) {
        long start = state;
        long count = 0;
        for (int i = 0; i < size; i++) {
            PyObject item = get(i);
            if (item == v || Ops.eqBool(item, v)) {
                count++;
            }
            if (start != state) {
                throw PyExceptions.runtimeError("deque mutated during iteration");
            }
        }
        return count;
    }

    // CPython: Modules/_collectionsmodule.c deque_index
    @Exposed(value = "index($self, value, start=0, stop=sys.maxsize, /)",
            doc = "Return first index of value.\n\nRaises ValueError if the value is not "
                    + "present.", signature = Exposed.Signature.HIDDEN)
    public long index(PyObject v, PyObject startObj, PyObject stopObj) {
        long start = startObj == null ? 0 : CArgs.sliceIndexNotNone(startObj);
        long stop = stopObj == null ? Long.MAX_VALUE : CArgs.sliceIndexNotNone(stopObj);
        int n = size;
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + n);
        }
        stop = Math.min(stop, n);
        long st = state;
        for (long i = start; i < stop; i++) {
            PyObject item = get((int) i);
            if (item == v || Ops.eqBool(item, v)) {
                return i;
            }
            if (st != state) {
                throw PyExceptions.runtimeError("deque mutated during iteration");
            }
        }
        throw PyExceptions.valueError(Ops.repr(v).value() + " is not in deque");
    }

    // CPython: Modules/_collectionsmodule.c deque_insert
    @Exposed(value = "insert($self, index, value, /)",
            doc = "Insert value before index.", signature = Exposed.Signature.HIDDEN)
    public void insert(PyObject indexObj, PyObject value) {
        long index = CArgs.asSsizeT(indexObj);
        int n = size;
        if (maxlen == n) {
            throw PyExceptions.indexError("deque already at its maximum size");
        }
        if (index >= n) {
            append(value);
            return;
        }
        if (index <= -n || index == 0) {
            appendleft(value);
            return;
        }
        rotateBy(-index);
        if (index < 0) {
            append(value);
        } else {
            appendleft(value);
        }
        rotateBy(index);
    }

    // CPython: Modules/_collectionsmodule.c deque_remove
    @Exposed(value = "remove($self, value, /)", doc = "Remove first occurrence of value.",
            signature = Exposed.Signature.HIDDEN)
    public void remove(PyObject value) {
        long start = state;
        int n = size;
        int i = 0;
        for (; i < n; i++) {
            PyObject item = get(i);
            boolean eq = item == value || Ops.eqBool(item, value);
            if (start != state) {
                throw PyExceptions.indexError("deque mutated during iteration");
            }
            if (eq) {
                break;
            }
        }
        if (i == n) {
            throw PyExceptions.valueError(Ops.repr(value).value() + " is not in deque");
        }
        delAt(i);
    }

    /** Removes item {@code i} (checked by the caller). */
    final void delAt(int i) {
        for (int j = i; j < size - 1; j++) {
            set(j, get(j + 1));
        }
        takeRight();
        state++;
    }

    @Exposed("__contains__($self, key, /)")
    public boolean __contains__(PyObject v) {
        long start = state;
        for (int i = 0; i < size; i++) {
            PyObject item = get(i);
            boolean eq = item == v || Ops.eqBool(item, v);
            if (start != state) {
                throw PyExceptions.runtimeError("deque mutated during iteration");
            }
            if (eq) {
                return true;
            }
        }
        return false;
    }

    // ---- iteration, repr, comparison ---------------------------------------------------------

    @Exposed("__len__($self, /)")
    public long __len__() {
        return size;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return new PyDequeIterator(PyDequeIterator.FORWARD, this);
    }

    @Exposed(value = "__reversed__($self, /)",
            doc = "D.__reversed__() -- return a reverse iterator over the deque",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __reversed__() {
        return new PyDequeIterator(PyDequeIterator.REVERSE, this);
    }

    // CPython: Modules/_collectionsmodule.c deque_repr
    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        return Ops.withReprGuard(this, "[...]", () -> {
            String list = Ops.repr(new PyList(List.of(toArray()))).value();
            String name = type().getName();
            return PyStr.of(maxlen >= 0 ? name + "(" + list + ", maxlen=" + maxlen + ")"
                    : name + "(" + list + ")");
        });
    }

    // CPython: Modules/_collectionsmodule.c deque_richcompare
    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyDeque w)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            if (this == w) {
                return PyBool.of(op == CompareOp.EQ);
            }
            if (size != w.size) {
                return PyBool.of(op == CompareOp.NE);
            }
        }
        return Ops.compareSequences(toArray(), size, w.toArray(), w.size, op);
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject o) {
        return compare(o, CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject o) {
        return compare(o, CompareOp.NE);
    }

    @Exposed("__lt__($self, value, /)")
    public PyObject __lt__(PyObject o) {
        return compare(o, CompareOp.LT);
    }

    @Exposed("__le__($self, value, /)")
    public PyObject __le__(PyObject o) {
        return compare(o, CompareOp.LE);
    }

    @Exposed("__gt__($self, value, /)")
    public PyObject __gt__(PyObject o) {
        return compare(o, CompareOp.GT);
    }

    @Exposed("__ge__($self, value, /)")
    public PyObject __ge__(PyObject o) {
        return compare(o, CompareOp.GE);
    }

    // CPython: Modules/_collectionsmodule.c deque_reduce (the state names slots too, and the
    // iterator comes through the type's __iter__, which a subclass may override)
    @Exposed(value = "__reduce__($self, /)", doc = "Return state information for pickling.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        PyObject state = ObjectReduce.getState(this, false);
        PyObject it = Iteration.iter(this);
        if (maxlen < 0) {
            return PyTuple.of(type(), PyTuple.EMPTY, state, it);
        }
        return PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY, PyInt.of(maxlen)), state, it);
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            doc = "See PEP 585", signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return GenericAliases.of(cls, item);
    }

    /** All items as a Java list (for callers in this package). */
    final List<PyObject> toList() {
        return new ArrayList<>(Arrays.asList(toArray()));
    }
}
