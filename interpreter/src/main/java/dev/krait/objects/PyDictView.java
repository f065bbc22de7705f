package dev.krait.objects;

/**
 * {@code dict.keys()}, {@code values()} and {@code items()}: live views of a dict.
 *
 * <p>CPython counterpart: Objects/dictobject.c ({@code dictview_*}).
 */
public final class PyDictView extends PyObject {
    public static final PyType KEYS_TYPE =
            PyType.builtinFinal("dict_keys", PyDictView.class, null);

    /** Which view. */
    public enum Kind { KEYS, VALUES, ITEMS }

    final PyDict dict;
    final Kind kind;

    public PyDictView(PyDict dict, Kind kind) {
        super(KEYS_TYPE);
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

    @Exposed("__contains__($self, key, /)")
    public boolean __contains__(PyObject key) {
        switch (kind) {
            case KEYS:
                return dict.map.containsKey(key);
            case ITEMS: {
                if (!(key instanceof PyTuple t) || t.size() != 2) {
                    return false;
                }
                PyObject v = dict.map.get(t.get(0));
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

    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        String name = switch (kind) {
            case KEYS -> "dict_keys";
            case VALUES -> "dict_values";
            case ITEMS -> "dict_items";
        };
        return Ops.withReprGuard(this, "...", () -> PyStr.of(name + "("
                + Ops.repr(new PyList(Ops.toList(this))).value + ")"));
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (kind == Kind.VALUES) {
            return PyBool.of(this == other);
        }
        if (!(other instanceof PyDictView v) || v.kind == Kind.VALUES) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (v.dict.size() != dict.size()) {
            return PyBool.FALSE;
        }
        for (PyObject item : Ops.toList(this)) {
            if (!v.__contains__(item)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }
}
