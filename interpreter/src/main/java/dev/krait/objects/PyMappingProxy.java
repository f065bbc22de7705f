package dev.krait.objects;

/**
 * {@code mappingproxy}: the read-only view of a class's namespace that {@code C.__dict__} gives.
 *
 * <p>CPython counterpart: Objects/descrobject.c ({@code mappingproxy_*}).
 */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE =
            PyType.builtinFinal("mappingproxy", PyMappingProxy.class, null);

    private final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        super(TYPE);
        this.mapping = mapping;
    }

    // CPython: Objects/descrobject.c mappingproxy_new and mappingproxy_check_mapping
    @Exposed(value = "__new__($type, mapping)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject mapping) {
        if (mapping.type().lookup("__getitem__") == null || mapping instanceof PyList
                || mapping instanceof PyTuple) {
            throw PyExceptions.typeError("mappingproxy() argument must be a mapping, not "
                    + mapping.type().getName());
        }
        return new PyMappingProxy(mapping);
    }

    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        return Containers.getItem(mapping, key);
    }

    @Exposed("__len__($self, /)")
    public long __len__() {
        return Containers.len(mapping);
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return Iteration.iter(mapping);
    }

    @Exposed("__contains__($self, key, /)")
    public boolean __contains__(PyObject key) {
        return Containers.contains(mapping, key);
    }

    @Exposed(value = "get($self, key, default=None, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject get(PyObject key, PyObject dflt) {
        return Ops.callMethod(mapping, "get", key, dflt);
    }

    @Exposed(value = "keys($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject keys() {
        return Ops.callMethod(mapping, "keys");
    }

    @Exposed(value = "values($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject values() {
        return Ops.callMethod(mapping, "values");
    }

    @Exposed(value = "items($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject items() {
        return Ops.callMethod(mapping, "items");
    }

    @Exposed(value = "copy($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject copy() {
        return Ops.callMethod(mapping, "copy");
    }

    @Exposed(value = "__reversed__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reversed__() {
        return Ops.callMethod(mapping, "__reversed__");
    }

    // CPython: Objects/descrobject.c mappingproxy_or
    @Exposed("__or__($self, value, /)")
    public PyObject __or__(PyObject other) {
        return orOf(this, other);
    }

    @Exposed("__ror__($self, value, /)")
    public PyObject __ror__(PyObject other) {
        return orOf(other, this);
    }

    private static PyObject orOf(PyObject left, PyObject right) {
        return Numbers.binary(left instanceof PyMappingProxy p ? p.mapping : left,
                right instanceof PyMappingProxy p ? p.mapping : right, BinaryOp.OR);
    }

    @Exposed("__ior__($self, value, /)")
    public PyObject __ior__(PyObject other) {
        throw PyExceptions.typeError("'|=' is not supported by mappingproxy; use '|' instead");
    }

    // CPython: Objects/descrobject.c mappingproxy_richcompare
    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        return Ops.richCompare(mapping, other, CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject other) {
        return Ops.richCompare(mapping, other, CompareOp.NE);
    }

    @Exposed("__lt__($self, value, /)")
    public PyObject __lt__(PyObject other) {
        return Ops.richCompare(mapping, other, CompareOp.LT);
    }

    @Exposed("__le__($self, value, /)")
    public PyObject __le__(PyObject other) {
        return Ops.richCompare(mapping, other, CompareOp.LE);
    }

    @Exposed("__gt__($self, value, /)")
    public PyObject __gt__(PyObject other) {
        return Ops.richCompare(mapping, other, CompareOp.GT);
    }

    @Exposed("__ge__($self, value, /)")
    public PyObject __ge__(PyObject other) {
        return Ops.richCompare(mapping, other, CompareOp.GE);
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "mappingproxy(" + Ops.repr(mapping) + ")";
    }

    // CPython: Objects/descrobject.c mappingproxy_str
    @Exposed("__str__($self, /)")
    public PyObject __str__() {
        return Ops.str(mapping);
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            doc = "See PEP 585", signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
