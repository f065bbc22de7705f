package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: the value of {@code int | str} (PEP 604). It holds its member types
 * flattened ({@code (int | str) | bytes} has three) and without repeats, with {@code None}
 * written as {@code NoneType}; {@code isinstance} and {@code issubclass} accept it as they
 * accept a tuple of types ({@link Ops#isInstance}). Programs cannot create one directly.
 *
 * <p>CPython counterpart: Objects/unionobject.c.
 */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE =
            PyType.builtinFinal("UnionType", PyUnionType.class, null).withModule("types");

    final PyTuple args;
    private PyTuple parameters;

    private PyUnionType(PyTuple args) {
        super(TYPE);
        this.args = args;
    }

    /** The member types, as {@code isinstance} reads them. */
    public PyTuple args() {
        return args;
    }

    // CPython: Objects/unionobject.c is_unionable
    private static boolean isUnionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias
                || o instanceof PyUnionType;
    }

    /**
     * {@code a | b} for types, aliases and unions: a union of both sides' members, repeats
     * dropped (generic aliases compare by equality, other members by identity); NotImplemented
     * when either side is something else.
     */
    // CPython: Objects/unionobject.c _Py_union_type_or
    public static PyObject or(PyObject self, PyObject other) {
        if (!isUnionable(self) || !isUnionable(other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject[] left = members(self);
        List<PyObject> merged = new ArrayList<>(List.of(left));
        for (PyObject arg : members(other)) {
            if (!contains(left, arg)) {
                merged.add(arg);
            }
        }
        if (merged.size() == left.length) {
            return self == PyNone.NONE ? PyNone.TYPE : self;
        }
        return new PyUnionType(PyTuple.ofList(merged));
    }

    // CPython: Objects/unionobject.c get_types
    private static PyObject[] members(PyObject o) {
        if (o == PyNone.NONE) {
            return new PyObject[] {PyNone.TYPE};
        }
        if (o instanceof PyUnionType u) {
            return u.args.items();
        }
        return new PyObject[] {o};
    }

    // CPython: Objects/unionobject.c is_same, contains
    private static boolean contains(PyObject[] items, PyObject obj) {
        for (PyObject item : items) {
            boolean same = item instanceof PyGenericAlias && obj instanceof PyGenericAlias
                    ? Ops.eqBool(item, obj) : item == obj;
            if (same) {
                return true;
            }
        }
        return false;
    }

    @Exposed.Getter("__args__")
    public PyObject getArgs() {
        return args;
    }

    @Exposed.Getter("__parameters__")
    public PyObject getParameters() {
        if (parameters == null) {
            parameters = TypeParameters.make(args);
        }
        return parameters;
    }

    /** {@code __module__} is the type's ("types"), which typing reads. */
    // CPython: Objects/unionobject.c union_getattro
    @Exposed("__getattribute__($self, name, /)")
    public PyObject __getattribute__(PyObject name) {
        String n = Attributes.attributeName(name);
        if (n.equals("__module__")) {
            return Attributes.getAttr(TYPE, n);
        }
        return Attributes.genericGetAttr(this, n);
    }

    // CPython: Objects/unionobject.c union_getitem
    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject item) {
        PyTuple newArgs = TypeParameters.substitute(this, args, (PyTuple) getParameters(), item);
        if (newArgs.size() == 0) {
            return new PyUnionType(newArgs);
        }
        PyObject res = newArgs.get(0);
        for (int i = 1; i < newArgs.size(); i++) {
            res = Numbers.binary(res, newArgs.get(i), BinaryOp.OR);
        }
        return res;
    }

    @Exposed("__or__($self, value, /)")
    public PyObject __or__(PyObject other) {
        return or(this, other);
    }

    @Exposed("__ror__($self, value, /)")
    public PyObject __ror__(PyObject other) {
        return or(other, this);
    }

    /** Equal when both have the same members, in any order. */
    // CPython: Objects/unionobject.c union_richcompare
    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PyUnionType u)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Ops.richCompare(memberSet(), u.memberSet(), CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject other) {
        if (!(other instanceof PyUnionType u)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Ops.richCompare(memberSet(), u.memberSet(), CompareOp.NE);
    }

    private PyObject memberSet() {
        return PySet.of(List.of(args.items()));
    }

    // CPython: Objects/unionobject.c union_hash
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        return Ops.hash(PyFrozenSet.of(args));
    }

    // CPython: Objects/unionobject.c union_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            PyObject p = args.get(i);
            sb.append(p == PyNone.TYPE ? "None" : TypeParameters.reprItem(p));
        }
        return sb.toString();
    }
}
