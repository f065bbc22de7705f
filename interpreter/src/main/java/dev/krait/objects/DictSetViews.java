package dev.krait.objects;

/**
 * The set operations of {@code dict_keys} and {@code dict_items} views (comparison as sets,
 * {@code - | ^ &}, {@code isdisjoint}), which {@code dict_values} lacks: the method class that
 * only those two view types list, over the algorithms in {@link PyDictView}.
 *
 * <p>CPython counterpart: Objects/dictobject.c {@code dictviews_as_number},
 * {@code dictview_richcompare}, {@code dictkeys_methods}.
 */
public final class DictSetViews {
    private DictSetViews() {}

    @Exposed("__contains__($self, key, /)")
    public static boolean __contains__(PyDictView self, PyObject key) {
        return self.__contains__(key);
    }

    @Exposed("__eq__($self, value, /)")
    public static PyObject __eq__(PyDictView self, PyObject other) {
        return self.compare(other, CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public static PyObject __ne__(PyDictView self, PyObject other) {
        return self.compare(other, CompareOp.NE);
    }

    @Exposed("__lt__($self, value, /)")
    public static PyObject __lt__(PyDictView self, PyObject other) {
        return self.compare(other, CompareOp.LT);
    }

    @Exposed("__le__($self, value, /)")
    public static PyObject __le__(PyDictView self, PyObject other) {
        return self.compare(other, CompareOp.LE);
    }

    @Exposed("__gt__($self, value, /)")
    public static PyObject __gt__(PyDictView self, PyObject other) {
        return self.compare(other, CompareOp.GT);
    }

    @Exposed("__ge__($self, value, /)")
    public static PyObject __ge__(PyDictView self, PyObject other) {
        return self.compare(other, CompareOp.GE);
    }

    @Exposed("__sub__($self, value, /)")
    public static PyObject __sub__(PyDictView self, PyObject other) {
        return PyDictView.sub(self, other);
    }

    @Exposed("__rsub__($self, value, /)")
    public static PyObject __rsub__(PyDictView self, PyObject other) {
        return PyDictView.sub(other, self);
    }

    @Exposed("__or__($self, value, /)")
    public static PyObject __or__(PyDictView self, PyObject other) {
        return PyDictView.or(self, other);
    }

    @Exposed("__ror__($self, value, /)")
    public static PyObject __ror__(PyDictView self, PyObject other) {
        return PyDictView.or(other, self);
    }

    @Exposed("__xor__($self, value, /)")
    public static PyObject __xor__(PyDictView self, PyObject other) {
        return PyDictView.xor(self, other);
    }

    @Exposed("__rxor__($self, value, /)")
    public static PyObject __rxor__(PyDictView self, PyObject other) {
        return PyDictView.xor(other, self);
    }

    @Exposed("__and__($self, value, /)")
    public static PyObject __and__(PyDictView self, PyObject other) {
        return PyDictView.and(self, other);
    }

    @Exposed("__rand__($self, value, /)")
    public static PyObject __rand__(PyDictView self, PyObject other) {
        return PyDictView.and(other, self);
    }

    @Exposed("isdisjoint($self, other, /)")
    public static boolean isdisjoint(PyDictView self, PyObject other) {
        return self.isdisjoint(other);
    }
}
