package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code list}: a growable array of objects.
 *
 * <p>CPython counterpart: Objects/listobject.c.
 */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyList.class, null);

    static {
        // CPython: PyObject_HashNotImplemented, seen from Python as __hash__ = None.
        TYPE.setTypeAttribute("__hash__", PyNone.NONE);
    }

    /** The items; CPython's ob_item. Modified in place by the list's methods. */
    public final ArrayList<PyObject> items;

    public PyList() {
        super(TYPE);
        this.items = new ArrayList<>();
    }

    /** Takes ownership of {@code items} when it is an ArrayList. */
    public PyList(List<PyObject> items) {
        super(TYPE);
        this.items = items instanceof ArrayList<PyObject> a ? a : new ArrayList<>(items);
    }

    PyList(PyType type) {
        super(type);
        this.items = new ArrayList<>();
    }

    public final int size() {
        return items.size();
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return cls == TYPE ? new PyList() : new PyList(cls);
    }

    @Exposed(value = "__init__($self, iterable=(), /)", signature = Exposed.Signature.CLASS)
    public void __init__(PyObject[] args, String[] kwnames) {
        // CPython: list___init__ refuses keywords unless a subclass's own __new__ took them.
        if (type == TYPE || type.lookup("__new__") == TYPE.lookup("__new__")) {
            ArgParser.noKeywords("list", kwnames);
        }
        PyObject iterable = ArgParser.atMostOne("list", args, kwnames);
        items.clear();
        if (iterable != null) {
            items.addAll(Iteration.toList(iterable));
        }
    }

    @Exposed("__len__($self, /)")
    public long __len__() {
        return items.size();
    }

    @Exposed("append($self, object, /)")
    public void append(PyObject o) {
        items.add(o);
    }

    @Exposed("extend($self, iterable, /)")
    public void extend(PyObject iterable) {
        if (iterable == this) {
            items.addAll(new ArrayList<>(items));
        } else {
            items.addAll(Iteration.toList(iterable));
        }
    }

    @Exposed("insert($self, index, object, /)")
    public void insert(PyObject index, PyObject o) {
        long i = CArgs.asSsizeT(index);
        int n = items.size();
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        items.add((int) Math.min(i, n), o);
    }

    @Exposed("pop($self, index=-1, /)")
    public PyObject pop(PyObject index) {
        if (items.isEmpty()) {
            throw PyExceptions.indexError("pop from empty list");
        }
        int n = items.size();
        long i = CArgs.asSsizeT(index);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyExceptions.indexError("pop index out of range");
        }
        return items.remove((int) i);
    }

    @Exposed("remove($self, value, /)")
    public void remove(PyObject value) {
        for (int i = 0; i < items.size(); i++) {
            PyObject item = items.get(i);
            if (item == value || Ops.eqBool(item, value)) {
                items.remove(i);
                return;
            }
        }
        throw PyExceptions.valueError("list.remove(x): x not in list");
    }

    @Exposed("index($self, value, start=0, stop=sys.maxsize, /)")
    public long index(PyObject value, PyObject start, PyObject stop) {
        int a = Numbers.clampIndex(start, items.size());
        int b = stop == null ? items.size() : Numbers.clampIndex(stop, items.size());
        for (int i = a; i < b && i < items.size(); i++) {
            PyObject item = items.get(i);
            if (item == value || Ops.eqBool(item, value)) {
                return i;
            }
        }
        throw PyExceptions.valueError(Ops.repr(value) + " is not in list");
    }

    @Exposed("count($self, value, /)")
    public long count(PyObject value) {
        long n = 0;
        for (int i = 0; i < items.size(); i++) {
            PyObject item = items.get(i);
            if (item == value || Ops.eqBool(item, value)) {
                n++;
            }
        }
        return n;
    }

    @Exposed("clear($self, /)")
    public void clear() {
        if (!items.isEmpty()) {
            // Clearing an empty list changes nothing, not even for a sort in progress (ListSort).
            items.clear();
        }
    }

    @Exposed("copy($self, /)")
    public PyObject copy() {
        return new PyList(new ArrayList<>(items));
    }

    @Exposed("reverse($self, /)")
    public void reverse() {
        java.util.Collections.reverse(items);
    }

    @Exposed("sort($self, /, *, key=None, reverse=False)")
    public void sort(PyObject key, PyObject reverse) {
        ListSort.sort(this, key, reverse != null && cInt(reverse) != 0);
    }

    @Exposed(value = "__getitem__($self, key, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PyInt k && k.isSmall()) {
            // the common case first: an int index (an int subclass is not asked __index__)
            long i = k.longValue();
            int n = items.size();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PyExceptions.indexError("list index out of range");
            }
            return items.get((int) i);
        }
        if (key instanceof PySlice s) {
            int[] idx = s.indices(items::size);
            return slice(idx[0], idx[1], idx[2]);
        }
        int i = Numbers.indexForSequence(key, "list");
        int n = items.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyExceptions.indexError("list index out of range");
        }
        return items.get(i);
    }

    /** A new list of the items [start:stop:step], the bounds already adjusted to the size. */
    final PyList slice(int start, int stop, int step) {
        int n = PySlice.length(start, stop, step);
        if (step == 1) {
            return new PyList(new ArrayList<>(items.subList(start, start + n)));
        }
        ArrayList<PyObject> r = new ArrayList<>(n);
        for (int i = 0, j = start; i < n; i++, j += step) {
            r.add(items.get(j));
        }
        return new PyList(r);
    }

    @Exposed("__setitem__($self, key, value, /)")
    public void __setitem__(PyObject key, PyObject value) {
        if (key instanceof PyInt k && k.isSmall()) {
            long i = k.longValue();
            int n = items.size();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PyExceptions.indexError("list assignment index out of range");
            }
            items.set((int) i, value);
            return;
        }
        if (key instanceof PySlice s) {
            ListSlices.assign(this, s, value);
            return;
        }
        int i = Numbers.indexForSequence(key, "list");
        int n = items.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyExceptions.indexError("list assignment index out of range");
        }
        items.set(i, value);
    }

    @Exposed("__delitem__($self, key, /)")
    public void __delitem__(PyObject key) {
        if (key instanceof PySlice s) {
            ListSlices.delete(this, s);
            return;
        }
        int i = Numbers.indexForSequence(key, "list");
        int n = items.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyExceptions.indexError("list assignment index out of range");
        }
        items.remove(i);
    }

    @Exposed("__contains__($self, key, /)")
    public boolean __contains__(PyObject v) {
        for (int i = 0; i < items.size(); i++) {
            PyObject item = items.get(i);
            if (item == v || Ops.eqBool(item, v)) {
                return true;
            }
        }
        return false;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return new PySequenceIterator(this, PySequenceIterator.Kind.LIST);
    }

    /** Argument Clinic's {@code bool(accept={int})}: an int through {@code __index__}. */
    // CPython: Objects/longobject.c _PyLong_AsInt
    private static int cInt(PyObject o) {
        if (o instanceof PyBool b) {
            return b == PyBool.TRUE ? 1 : 0;
        }
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw PyExceptions.typeError("'" + o.type().getName()
                    + "' object cannot be interpreted as an integer");
        }
        PyInt i = Numbers.index(o);
        if (!i.isSmall() || i.longValue() != (int) i.longValue()) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    @Exposed("__reversed__($self, /)")
    public PyObject __reversed__() {
        return new PySequenceIterator(this, PySequenceIterator.Kind.LIST_REVERSED);
    }

    @Exposed("__add__($self, value, /)")
    public PyObject __add__(PyObject other) {
        if (!(other instanceof PyList l)) {
            throw PyExceptions.typeError("can only concatenate list (not \""
                    + other.type().getName() + "\") to list");
        }
        ArrayList<PyObject> r = new ArrayList<>(items.size() + l.items.size());
        r.addAll(items);
        r.addAll(l.items);
        return new PyList(r);
    }

    @Exposed("__iadd__($self, value, /)")
    public PyObject __iadd__(PyObject other) {
        extend(other);
        return this;
    }

    @Exposed("__mul__($self, value, /)")
    public PyObject __mul__(PyObject n) {
        // CPython: Objects/abstract.c sequence_repeat
        long times = CArgs.asIndexSized(n, PyExceptions.OverflowError);
        if (times <= 0 || items.isEmpty()) {
            return new PyList();
        }
        if (times > (Integer.MAX_VALUE - 8) / items.size()) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        // CPython: Objects/listobject.c list_repeat fills the new items with one copy loop (one
        // item: the same reference everywhere), not an append per repetition
        PyObject[] unit = items.toArray(new PyObject[0]);
        int total = (int) (times * unit.length);
        PyObject[] all = new PyObject[total];
        if (unit.length == 1) {
            java.util.Arrays.fill(all, unit[0]);
        } else {
            System.arraycopy(unit, 0, all, 0, unit.length);
            for (int done = unit.length; done < total; done += Math.min(done, total - done)) {
                System.arraycopy(all, 0, all, done, Math.min(done, total - done));
            }
        }
        return new PyList(new ArrayList<>(java.util.Arrays.asList(all)));
    }

    @Exposed("__rmul__($self, value, /)")
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @Exposed("__imul__($self, value, /)")
    public PyObject __imul__(PyObject n) {
        PyList r = (PyList) __mul__(n);
        items.clear();
        items.addAll(r.items);
        return this;
    }

    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyList l)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        // Lexicographic, reading both lists as they are after each item comparison, which may
        // change them. CPython: Objects/listobject.c list_richcompare
        ArrayList<PyObject> v = items;
        ArrayList<PyObject> w = l.items;
        if ((op == CompareOp.EQ || op == CompareOp.NE) && v.size() != w.size()) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < v.size() && i < w.size(); i++) {
            PyObject x = v.get(i);
            PyObject y = w.get(i);
            if (!(x == y || Ops.eqBool(x, y))) {
                break;
            }
        }
        if (i >= v.size() || i >= w.size()) {
            return PyBool.of(op.test(Integer.compare(v.size(), w.size())));
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            return PyBool.of(op == CompareOp.NE);
        }
        return Ops.richCompare(v.get(i), w.get(i), op);
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

    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        if (items.isEmpty()) {
            return PyStr.of("[]");
        }
        return Ops.withReprGuard(this, "[...]", () -> {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.repr(items.get(i)).value());
            }
            return PyStr.of(sb.append(']').toString());
        });
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            doc = "See PEP 585", signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
