package dev.krait.objects;

import java.util.List;

/**
 * {@code types.GenericAlias}: a class with type arguments, {@code list[int]} (PEP 585). It
 * stands in for its origin class — calling it makes an instance of the origin, and attributes
 * other than its own are read from the origin — while remembering the arguments for
 * annotations and {@code typing}. Builtin containers make one from their
 * {@code __class_getitem__} (see {@link #classGetItem}).
 *
 * <p>CPython counterpart: Objects/genericaliasobject.c.
 */
public class PyGenericAlias extends PyObject implements Weakrefable {
    public static final PyType TYPE =
            PyType.builtin("GenericAlias", PyGenericAlias.class, null).withModule("types");
    /** The iterator that {@code *list[int]} unpacks: it yields the starred alias once. */
    public static final PyType ITERATOR_TYPE =
            PyType.builtinFinal("generic_alias_iterator", AliasIterator.class, null);

    /** The names read from the alias itself; every other attribute comes from the origin. */
    private static final List<String> OWN_ATTRIBUTES = List.of("__class__", "__origin__",
            "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
            "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");

    final PyObject origin;
    final PyTuple args;
    /** {@code *tuple[int]}: an unpacked alias, as in a star expression. */
    final boolean starred;
    private PyTuple parameters;

    PyGenericAlias(PyType type, PyObject origin, PyObject args, boolean starred) {
        super(type);
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
        this.starred = starred;
    }

    /** {@code origin[args]}: what {@code __class_getitem__} of a builtin generic returns. */
    // CPython: Objects/genericaliasobject.c Py_GenericAlias
    public static PyGenericAlias of(PyObject origin, PyObject args) {
        return new PyGenericAlias(TYPE, origin, args, false);
    }

    /** The shared body of the builtin containers' {@code __class_getitem__}. */
    public static PyObject classGetItem(PyType cls, PyObject item) {
        return of(cls, item);
    }

    // CPython: Objects/genericaliasobject.c ga_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (nkw > 0) {
            throw PyExceptions.typeError("GenericAlias() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyExceptions.typeError("GenericAlias expected 2 arguments, got "
                    + args.length);
        }
        return new PyGenericAlias(cls, args[0], args[1], false);
    }

    public PyObject origin() {
        return origin;
    }

    public PyTuple args() {
        return args;
    }

    // ---- attributes -------------------------------------------------------------------------

    // CPython: Objects/genericaliasobject.c ga_getattro
    @Exposed("__getattribute__($self, name, /)")
    public PyObject __getattribute__(PyObject name) {
        String n = Attributes.attributeName(name);
        if (!OWN_ATTRIBUTES.contains(n)) {
            return Attributes.getAttr(origin, n);
        }
        return Attributes.genericGetAttr(this, n);
    }

    @Exposed.Getter("__origin__")
    public PyObject getOrigin() {
        return origin;
    }

    @Exposed.Getter("__args__")
    public PyObject getArgs() {
        return args;
    }

    @Exposed.Getter("__unpacked__")
    public boolean getUnpacked() {
        return starred;
    }

    @Exposed.Getter("__parameters__")
    public PyObject getParameters() {
        if (parameters == null) {
            parameters = TypeParameters.make(args);
        }
        return parameters;
    }

    @Exposed.Getter("__typing_unpacked_tuple_args__")
    public PyObject getUnpackedTupleArgs() {
        return starred && origin == PyTuple.TYPE ? args : PyNone.NONE;
    }

    // CPython: Objects/genericaliasobject.c ga_dir
    @Exposed(value = "__dir__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __dir__() {
        List<PyObject> names = Iteration.toList(Ops.call(ObjectReduce.builtin("dir"), origin));
        PyList dir = new PyList(names);
        for (String own : OWN_ATTRIBUTES) {
            PyStr s = PyStr.of(own);
            if (!Containers.contains(dir, s)) {
                dir.items.add(s);
            }
        }
        return dir;
    }

    // ---- behaving as the origin ----------------------------------------------------------------

    /** Makes an instance of the origin and records this alias on it as {@code __orig_class__}. */
    // CPython: Objects/genericaliasobject.c ga_call
    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] callArgs, String[] kwnames) {
        PyObject obj = Ops.call(origin, callArgs, kwnames);
        try {
            Attributes.setAttr(obj, "__orig_class__", this);
        } catch (PyException e) {
            if (!e.matches(PyExceptions.AttributeError) && !e.matches(PyExceptions.TypeError)) {
                throw e;
            }
        }
        return obj;
    }

    @Exposed(value = "__mro_entries__($self, bases, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __mro_entries__(PyObject bases) {
        return PyTuple.of(origin);
    }

    @Exposed(value = "__instancecheck__($self, instance, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __instancecheck__(PyObject instance) {
        throw PyExceptions.typeError("isinstance() argument 2 cannot be a parameterized generic");
    }

    @Exposed(value = "__subclasscheck__($self, subclass, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __subclasscheck__(PyObject subclass) {
        throw PyExceptions.typeError("issubclass() argument 2 cannot be a parameterized generic");
    }

    // CPython: Objects/genericaliasobject.c ga_getitem
    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject item) {
        PyTuple newArgs = TypeParameters.substitute(this, args, (PyTuple) getParameters(), item);
        return new PyGenericAlias(TYPE, origin, newArgs, starred);
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return new AliasIterator(this);
    }

    @Exposed("__or__($self, value, /)")
    public PyObject __or__(PyObject other) {
        return PyUnionType.or(this, other);
    }

    @Exposed("__ror__($self, value, /)")
    public PyObject __ror__(PyObject other) {
        return PyUnionType.or(other, this);
    }

    // ---- comparison, hashing, repr ------------------------------------------------------------

    // CPython: Objects/genericaliasobject.c ga_richcompare
    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PyGenericAlias b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (starred != b.starred || !Ops.eqBool(origin, b.origin)) {
            return PyBool.FALSE;
        }
        return Ops.richCompare(args, b.args, CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject other) {
        PyObject eq = __eq__(other);
        return eq == PyNotImplemented.NOT_IMPLEMENTED ? eq : PyBool.of(eq != PyBool.TRUE);
    }

    @Exposed("__hash__($self, /)")
    public long __hash__() {
        return Ops.hash(origin) ^ Ops.hash(args);
    }

    // CPython: Objects/genericaliasobject.c ga_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        StringBuilder sb = new StringBuilder();
        if (starred) {
            sb.append('*');
        }
        sb.append(TypeParameters.reprItem(origin)).append('[');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(TypeParameters.reprItem(args.get(i)));
        }
        if (args.size() == 0) {
            sb.append("()");
        }
        return sb.append(']').toString();
    }

    // CPython: Objects/genericaliasobject.c ga_reduce
    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        if (starred) {
            PyObject it = of(origin, args).__iter__();
            return PyTuple.of(ObjectReduce.builtin("next"), PyTuple.of(it));
        }
        return PyTuple.of(type(), PyTuple.of(origin, args));
    }

    /** The iterator of a generic alias: yields it starred, once. */
    // CPython: Objects/genericaliasobject.c ga_iternext
    public static final class AliasIterator extends PyObject implements Iteration.JavaIterator {
        private PyGenericAlias alias;

        AliasIterator(PyGenericAlias alias) {
            super(ITERATOR_TYPE);
            this.alias = alias;
        }

        @Override
        public PyObject nextOrNull() {
            if (alias == null) {
                return null;
            }
            PyObject r = new PyGenericAlias(TYPE, alias.origin, alias.args, true);
            alias = null;
            return r;
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

        @Exposed("__reduce__($self, /)")
        public PyObject __reduce__() {
            return PyTuple.of(ObjectReduce.builtin("iter"),
                    alias == null ? PyTuple.of(PyTuple.EMPTY) : PyTuple.of(alias));
        }
    }
}
