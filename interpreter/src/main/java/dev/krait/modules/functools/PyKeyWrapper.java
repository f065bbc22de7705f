package dev.krait.modules.functools;

import dev.krait.objects.CompareOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code functools.KeyWrapper}: what {@code cmp_to_key(mycmp)} returns and what calling that
 * returns — a wrapper of one object whose comparisons ask {@code mycmp(a, b)} and compare its
 * answer with 0. Unwrapped (no {@code obj} yet), calling it wraps an object.
 *
 * <p>CPython counterpart: Modules/_functoolsmodule.c {@code keyobject_call},
 * {@code keyobject_richcompare}, {@code functools_cmp_to_key_impl}.
 */
public final class PyKeyWrapper extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("KeyWrapper", PyKeyWrapper.class, null)
            .withModule("functools");

    static {
        TYPE.setTypeAttribute("__hash__", PyNone.NONE);
    }

    private final PyObject cmp;
    private final PyObject object;

    PyKeyWrapper(PyObject cmp, PyObject object) {
        super(TYPE);
        this.cmp = cmp;
        this.object = object;
    }

    @Exposed("__call__($self, /, obj)")
    public PyObject __call__(PyObject obj) {
        return new PyKeyWrapper(cmp, obj);
    }

    @Exposed.Getter(value = "obj", doc = "Value wrapped by a key function.")
    public PyObject getObj() {
        if (object == null) {
            throw PyExceptions.attributeError("obj");
        }
        return object;
    }

    // CPython: Modules/_functoolsmodule.c keyobject_richcompare
    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyKeyWrapper o)) {
            throw PyExceptions.typeError("other argument must be K instance");
        }
        if (object == null || o.object == null) {
            throw PyExceptions.attributeError("object");
        }
        PyObject res = Ops.call(cmp, object, o.object);
        return Ops.richCompare(res, PyInt.of(0), op);
    }

    @Exposed("__lt__($self, value, /)")
    public PyObject __lt__(PyObject o) {
        return compare(o, CompareOp.LT);
    }

    @Exposed("__le__($self, value, /)")
    public PyObject __le__(PyObject o) {
        return compare(o, CompareOp.LE);
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject o) {
        return compare(o, CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject o) {
        return compare(o, CompareOp.NE);
    }

    @Exposed("__gt__($self, value, /)")
    public PyObject __gt__(PyObject o) {
        return compare(o, CompareOp.GT);
    }

    @Exposed("__ge__($self, value, /)")
    public PyObject __ge__(PyObject o) {
        return compare(o, CompareOp.GE);
    }

    /** {@code cmp_to_key(mycmp)}: the unwrapped key function. */
    static PyKeyWrapper keyFunction(PyObject mycmp) {
        return new PyKeyWrapper(mycmp, null);
    }
}
