package dev.krait.objects;

import java.util.Arrays;
import java.util.List;

/**
 * Python's {@code tuple}: an immutable array of objects.
 *
 * <p>CPython counterpart: Objects/tupleobject.c.
 */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class, null);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    final PyObject[] items;

    /** Takes ownership of {@code items}. */
    public PyTuple(PyObject[] items) {
        super(TYPE);
        this.items = items;
    }

    PyTuple(PyType type, PyObject[] items) {
        super(type);
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple ofList(List<PyObject> items) {
        return items.isEmpty() ? EMPTY : new PyTuple(items.toArray(new PyObject[0]));
    }

    public static PyTuple ofStrings(String[] names) {
        PyObject[] a = new PyObject[names.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = PyStr.of(names[i]);
        }
        return of(a);
    }

    public static PyTuple fromIterable(PyObject o) {
        if (o instanceof PyTuple t && t.type == TYPE) {
            return t;
        }
        return ofList(Iteration.toList(o));
    }

    public final int size() {
        return items.length;
    }

    public final PyObject get(int i) {
        return items[i];
    }

    /** The items; callers must not modify the array. */
    public final PyObject[] items() {
        return items;
    }

    @Exposed(value = "__new__($type, iterable=(), /)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        // CPython: tuple_new refuses keywords unless a subclass's own __init__ may take them.
        ArgParser.noKeywordsInNew("tuple", cls, TYPE, kwnames);
        PyObject iterable = ArgParser.atMostOne("tuple", args, kwnames);
        PyTuple t = iterable == null || iterable instanceof PyTuple e && e.items.length == 0
                ? EMPTY : fromIterable(iterable);
        return cls == TYPE ? t : new PyTuple(cls, t.items);
    }

    @Exposed("__len__($self, /)")
    public long __len__() {
        return items.length;
    }

    /** The tuple of the items [start:stop:step], the bounds already adjusted to the size. */
    final PyTuple slice(int start, int stop, int step) {
        int n = PySlice.length(start, stop, step);
        if (step == 1 && n == items.length && type == TYPE) {
            return this;
        }
        PyObject[] r = new PyObject[n];
        if (step == 1) {
            System.arraycopy(items, start, r, 0, n);
        } else {
            for (int i = 0, j = start; i < n; i++, j += step) {
                r[i] = items[j];
            }
        }
        return of(r);
    }

    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            int[] idx = s.indices(items.length);
            return slice(idx[0], idx[1], idx[2]);
        }
        int i = Numbers.indexForSequence(key, "tuple");
        if (i < 0) {
            i += items.length;
        }
        if (i < 0 || i >= items.length) {
            throw PyExceptions.indexError("tuple index out of range");
        }
        return items[i];
    }

    @Exposed("__contains__($self, key, /)")
    public boolean __contains__(PyObject v) {
        for (PyObject item : items) {
            if (item == v || Ops.eqBool(item, v)) {
                return true;
            }
        }
        return false;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return new PySequenceIterator(this, PySequenceIterator.Kind.TUPLE);
    }

    @Exposed("__add__($self, value, /)")
    public PyObject __add__(PyObject other) {
        if (!(other instanceof PyTuple t)) {
            throw PyExceptions.typeError("can only concatenate tuple (not \""
                    + other.type().getName() + "\") to tuple");
        }
        PyObject[] r = Arrays.copyOf(items, items.length + t.items.length);
        System.arraycopy(t.items, 0, r, items.length, t.items.length);
        return of(r);
    }

    @Exposed("__mul__($self, value, /)")
    public PyObject __mul__(PyObject n) {
        // CPython: Objects/abstract.c sequence_repeat
        long times = CArgs.asIndexSized(n, PyExceptions.OverflowError);
        if ((times == 1 || items.length == 0) && type == TYPE) {
            // CPython: tuple_repeat shares an exact tuple repeated once (tuples are immutable).
            return this;
        }
        if (times <= 0 || items.length == 0) {
            return EMPTY;
        }
        if (times > (Integer.MAX_VALUE - 8) / Math.max(1, items.length)) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        PyObject[] r = new PyObject[(int) (times * items.length)];
        for (int i = 0; i < times; i++) {
            System.arraycopy(items, 0, r, i * items.length, items.length);
        }
        return of(r);
    }

    @Exposed("__rmul__($self, value, /)")
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyTuple t)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Ops.compareSequences(items, items.length, t.items, t.items.length, op);
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

    /** CPython 3.11: Objects/tupleobject.c tuplehash (xxHash-based). */
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (PyObject item : items) {
            long lane = Ops.hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += items.length ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        if (items.length == 0) {
            return PyStr.of("()");
        }
        return Ops.withReprGuard(this, "(...)", () -> {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.repr(items[i]).value());
            }
            if (items.length == 1) {
                sb.append(',');
            }
            return PyStr.of(sb.append(')').toString());
        });
    }

    @Exposed("index($self, value, start=0, stop=sys.maxsize, /)")
    public long index(PyObject value, PyObject start, PyObject stop) {
        int a = Numbers.clampIndex(start, items.length);
        int b = stop == null ? items.length : Numbers.clampIndex(stop, items.length);
        for (int i = a; i < b; i++) {
            if (items[i] == value || Ops.eqBool(items[i], value)) {
                return i;
            }
        }
        throw PyExceptions.valueError("tuple.index(x): x not in tuple");
    }

    @Exposed("count($self, value, /)")
    public long count(PyObject value) {
        long n = 0;
        for (PyObject item : items) {
            if (item == value || Ops.eqBool(item, value)) {
                n++;
            }
        }
        return n;
    }

    @Exposed("__getnewargs__($self, /)")
    public PyObject __getnewargs__() {
        return of(of(items.clone()));
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            doc = "See PEP 585", signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
