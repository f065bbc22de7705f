package dev.krait.objects;

/**
 * {@code dict.keys()}, {@code values()} and {@code items()}: live views of a dict. A subclass
 * may iterate in another order (OrderedDict's {@code odict_keys}, ...) and inherit the rest.
 *
 * <p>CPython counterpart: Objects/dictobject.c ({@code dictview_*}).
 */
public class PyDictView extends PyObject {
    public static final PyType KEYS_TYPE =
            PyType.builtinFinal("dict_keys", PyDictView.class, null, DictSetViews.class);
    public static final PyType VALUES_TYPE =
            PyType.builtinFinal("dict_values", PyDictView.class, null);
    public static final PyType ITEMS_TYPE =
            PyType.builtinFinal("dict_items", PyDictView.class, null, DictSetViews.class);

    /** Which view. */
    public enum Kind { KEYS, VALUES, ITEMS }

    final PyDict dict;
    final Kind kind;

    public PyDictView(PyDict dict, Kind kind) {
        this(dict, kind, switch (kind) {
            case KEYS -> KEYS_TYPE;
            case VALUES -> VALUES_TYPE;
            case ITEMS -> ITEMS_TYPE;
        });
    }

    /** A view of a subclass's type, whose base is the type of the view of that kind. */
    protected PyDictView(PyDict dict, Kind kind, PyType type) {
        super(type);
        this.dict = dict;
        this.kind = kind;
    }

    @Exposed("__len__($self, /)")
    public long __len__() {
        return dict.size();
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return new PyDictIterator(dict, switch (kind) {
            case KEYS -> PyDictIterator.Kind.KEYS;
            case VALUES -> PyDictIterator.Kind.VALUES;
            case ITEMS -> PyDictIterator.Kind.ITEMS;
        });
    }

    // CPython: Objects/dictobject.c dictkeys_reversed, dictvalues_reversed, dictitems_reversed
    @Exposed("__reversed__($self, /)")
    public PyObject __reversed__() {
        return new PyDictIterator(dict, switch (kind) {
            case KEYS -> PyDictIterator.Kind.KEYS_REVERSED;
            case VALUES -> PyDictIterator.Kind.VALUES_REVERSED;
            case ITEMS -> PyDictIterator.Kind.ITEMS_REVERSED;
        });
    }

    @Exposed.Getter("mapping")
    public PyObject mapping() {
        return new PyMappingProxy(dict);
    }

    /** {@code in} for keys and items views (a values view searches by iterating). */
    boolean __contains__(PyObject key) {
        switch (kind) {
            case KEYS:
                return dict.containsKey(key);
            case ITEMS: {
                if (!(key instanceof PyTuple t) || t.size() != 2) {
                    return false;
                }
                PyObject v = dict.lookup(t.get(0));
                return v != null && (v == t.get(1) || Ops.eqBool(v, t.get(1)));
            }
            default:
                for (PyObject v : dict.valueList()) {
                    if (v == key || Ops.eqBool(v, key)) {
                        return true;
                    }
                }
                return false;
        }
    }

    // CPython: Objects/dictobject.c dictview_repr (named by the view's type)
    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        String name = type().getName();
        return Ops.withReprGuard(this, "...", () -> PyStr.of(name + "("
                + Ops.repr(new PyList(Iteration.toList(this))).value() + ")"));
    }

    // ---- the set operations of keys and items views ----------------------------------------

    private static boolean isSetView(PyObject o) {
        return o instanceof PyDictView v && v.kind != Kind.VALUES;
    }

    /** Whether every element of {@code a} is in {@code b}. */
    // CPython: Objects/dictobject.c all_contained_in
    private static boolean allContainedIn(PyObject a, PyObject b) {
        PyObject it = Iteration.iter(a);
        for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            if (!Containers.contains(b, x)) {
                return false;
            }
        }
        return true;
    }

    // CPython: Objects/dictobject.c dictview_richcompare
    PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof AnySet) && !isSetView(other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long lenSelf = dict.size();
        long lenOther = Containers.len(other);
        return PyBool.of(switch (op) {
            case EQ -> lenSelf == lenOther && allContainedIn(this, other);
            case NE -> !(lenSelf == lenOther && allContainedIn(this, other));
            case LT -> lenSelf < lenOther && allContainedIn(this, other);
            case LE -> lenSelf <= lenOther && allContainedIn(this, other);
            case GT -> lenSelf > lenOther && allContainedIn(other, this);
            case GE -> lenSelf >= lenOther && allContainedIn(other, this);
        });
    }

    /** A new set of a view's (or any iterable's) elements; a keys view adds its dict's keys. */
    // CPython: Objects/dictobject.c dictviews_to_set
    private static PySet toSet(PyObject o) {
        PySet result = new PySet();
        if (o instanceof PyDictView v && v.kind == Kind.KEYS && v.dict.type == PyDict.TYPE) {
            result.updateFrom(v.dict);
        } else {
            result.updateFrom(o);
        }
        return result;
    }

    // CPython: Objects/dictobject.c dictviews_sub
    static PyObject sub(PyObject a, PyObject b) {
        PySet result = toSet(a);
        Ops.callMethod(result, "difference_update", b);
        return result;
    }

    // CPython: Objects/dictobject.c dictviews_or
    static PyObject or(PyObject a, PyObject b) {
        PySet result = toSet(a);
        result.updateFrom(b);
        return result;
    }

    // CPython: Objects/dictobject.c dictviews_xor
    static PyObject xor(PyObject a, PyObject b) {
        if (a instanceof PyDictView x && x.kind == Kind.ITEMS && b instanceof PyDictView y
                && y.kind == Kind.ITEMS) {
            return itemsXor(x.dict, y.dict);
        }
        PySet result = toSet(a);
        Ops.callMethod(result, "symmetric_difference_update", b);
        return result;
    }

    /** The items in exactly one of two dicts (equal keys with unequal values are in neither). */
    // CPython: Objects/dictobject.c dictitems_xor
    private static PyObject itemsXor(PyDict d1, PyDict d2) {
        PyDict remaining = (PyDict) d1.copy();
        PySet result = new PySet();
        for (java.util.Map.Entry<PyObject, PyObject> e : d2.entryList()) {
            PyObject key = e.getKey();
            PyObject value1 = remaining.getItem(key);
            if (value1 != null && Ops.eqBool(value1, e.getValue())) {
                remaining.delItem(key);
            } else {
                result.add(PyTuple.of(key, e.getValue()));
            }
        }
        result.updateFrom(remaining.items());
        return result;
    }

    /** {@code view & other}, whichever side the view is on. */
    // CPython: Objects/dictobject.c _PyDictView_Intersect
    static PyObject and(PyObject a, PyObject b) {
        PyObject self = isSetView(a) ? a : b;
        PyObject other = self == a ? b : a;
        long lenSelf = ((PyDictView) self).dict.size();
        if (other.type == PySet.TYPE && lenSelf <= Containers.len(other)) {
            return Ops.callMethod(other, "intersection", self);
        }
        if (isSetView(other) && ((PyDictView) other).dict.size() > lenSelf) {
            PyObject t = other;
            other = self;
            self = t;
        }
        PyDictView view = (PyDictView) self;
        PySet result = new PySet();
        PyObject it = Iteration.iter(other);
        for (PyObject key = Iteration.next(it); key != null; key = Iteration.next(it)) {
            if (view.__contains__(key)) {
                result.add(key);
            }
        }
        return result;
    }

    // CPython: Objects/dictobject.c dictviews_isdisjoint
    boolean isdisjoint(PyObject other) {
        if (other == this) {
            return dict.size() == 0;
        }
        PyObject self = this;
        if (other instanceof AnySet || isSetView(other)) {
            if (Containers.len(other) > dict.size()) {
                self = other;
                other = this;
            }
        }
        PyObject it = Iteration.iter(other);
        for (PyObject item = Iteration.next(it); item != null; item = Iteration.next(it)) {
            if (Containers.contains(self, item)) {
                return false;
            }
        }
        return true;
    }
}
