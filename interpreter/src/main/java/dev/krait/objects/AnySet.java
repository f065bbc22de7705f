package dev.krait.objects;

import dev.krait.hashing.DictTable;
import dev.krait.hashing.Equality;
import dev.krait.hashing.Hasher;
import dev.krait.hashing.SetAlgebra;
import dev.krait.hashing.SetTable;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What {@code set} and {@code frozenset} share: CPython gives both one layout
 * ({@code PySetObject}) and one set of functions, and tells them apart only where mutation or
 * hashing is concerned ({@code PyAnySet_Check} is "either"). Here the shared layout is this class
 * and the shared Python methods are its {@link Exposed} methods, which both types list as an
 * extra method class; {@link PySet} adds the mutating methods, {@link PyFrozenSet} the hash.
 *
 * <p>The table and the order of every step of every operation are {@link SetTable}'s and
 * {@link SetAlgebra}'s, ports of Objects/setobject.c, so that a set prints in CPython's order.
 * This class makes the choices CPython makes from the operands' types (a set operand goes in as a
 * table, an exact dict by its keys, anything else through its iterator), compares keys with
 * Python's {@code ==} and hashes them with Python's {@code hash()}.
 */
// CPython: Objects/setobject.c
public abstract class AnySet extends PyObject implements Weakrefable {
    /** Keys are compared with Python's {@code ==} (which may run Python code and throw). */
    static final Equality<PyObject> EQUALITY = Ops::eqBool;
    /** Keys from iterables are hashed with Python's {@code hash()}. */
    static final Hasher<PyObject> HASHER = Ops::hash;

    /** The keys; replaced wholesale only by {@code set.__init__}'s clear (in place otherwise). */
    final SetTable<PyObject> table = new SetTable<>(EQUALITY);
    /** A frozenset's hash once computed; -1 for sets and before ({@code so->hash}). */
    long hash = -1;

    AnySet(PyType type) {
        super(type);
        if (type.instancesHaveDict) {
            dict = PyDict.forInstance(type); // an instance of a class statement's subclass
        }
    }

    /** The number of elements. */
    public final int size() {
        return table.size();
    }

    /** The elements in iteration order (a snapshot). */
    public final PyObject[] toArray() {
        Object[] keys = table.toArray();
        PyObject[] result = new PyObject[keys.length];
        System.arraycopy(keys, 0, result, 0, keys.length);
        return result;
    }

    /** Whether the object is a set, a frozenset, or an instance of a subclass of either. */
    static boolean isAnySet(PyObject o) {
        return o instanceof AnySet;
    }

    private static boolean isExactAnySet(PyObject o) {
        return o.type == PySet.TYPE || o.type == PyFrozenSet.TYPE;
    }

    /** An empty set of this object's base type. */
    // CPython: Objects/setobject.c make_new_set_basetype
    final AnySet newOfBaseType() {
        return this instanceof PySet ? new PySet() : new PyFrozenSet();
    }

    /** A new set of this object's base type with the same elements ({@code set_copy}). */
    // CPython: Objects/setobject.c set_copy
    final AnySet copyOfBaseType() {
        AnySet result = newOfBaseType();
        result.table.update(table);
        return result;
    }

    /** The Python name of the base type, for messages ("set.update() takes ..."). */
    final String baseName() {
        return this instanceof PySet ? "set" : "frozenset";
    }

    static void noKeywords(String[] kwnames, String qualifiedName) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError(qualifiedName + "() takes no keyword arguments");
        }
    }

    /** A Java iterator over a Python iterable, for the table operations. */
    static Iterator<PyObject> iterate(PyObject iterable) {
        PyObject it = Iteration.iter(iterable);
        return new Iterator<>() {
            private PyObject pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    pending = Iteration.next(it);
                    done = pending == null;
                }
                return pending != null;
            }

            @Override
            public PyObject next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                PyObject v = pending;
                pending = null;
                return v;
            }
        };
    }

    /** Adds the elements of any iterable. */
    // CPython: Objects/setobject.c set_update_internal
    final void updateFrom(PyObject other) {
        if (other instanceof AnySet s) {
            table.update(s.table);
        } else if (other instanceof PyDict d && other.type == PyDict.TYPE) {
            // the hashes the dict keeps, as CPython's; a split dict's keys are exact strs,
            // whose hash is cached
            DictTable<PyObject, PyObject> m = d.combinedOrNull();
            if (m != null) {
                table.update(m);
                return;
            }
            table.reserveForDict(d.size());
            for (PyObject key : d.keyList()) {
                table.add(key, Ops.hash(key));
            }
        } else {
            table.update(iterate(other), HASHER);
        }
    }

    /**
     * Runs a lookup of {@code key}; when the key is an unhashable set, runs it again with a
     * frozenset of its elements, so that {@code {1} in {frozenset({1})}} holds.
     */
    // CPython: Objects/setobject.c set_contains, set_remove, set_discard
    final boolean withFrozenRetry(PyObject key, boolean discard) {
        try {
            long h = Ops.hash(key);
            return discard ? table.discard(key, h) : table.contains(key, h);
        } catch (PyException e) {
            if (!(key instanceof PySet s) || !e.matches(PyExceptions.TypeError)) {
                throw e;
            }
            PyFrozenSet frozen = new PyFrozenSet();
            frozen.table.update(s.table);
            long h = frozen.__hash__();
            return discard ? table.discard(frozen, h) : table.contains(frozen, h);
        }
    }

    private boolean containsNoRetry(PyObject key) {
        return table.contains(key, Ops.hash(key));
    }

    // ---------------------------------------------------------------- the operations

    /** {@code so & other} for any iterable other. */
    // CPython: Objects/setobject.c set_intersection
    final AnySet intersectionWith(PyObject other) {
        if (other == this) {
            return copyOfBaseType();
        }
        AnySet result = newOfBaseType();
        if (other instanceof AnySet s) {
            result.table.swapBodies(SetAlgebra.intersection(table, s.table));
        } else {
            result.table.swapBodies(SetAlgebra.intersection(table, iterate(other), HASHER));
        }
        return result;
    }

    /** {@code so - other} for any iterable other. */
    // CPython: Objects/setobject.c set_difference
    final AnySet differenceWith(PyObject other) {
        if (other instanceof AnySet s) {
            AnySet result = newOfBaseType();
            result.table.swapBodies(SetAlgebra.difference(table, s.table));
            return result;
        }
        if (other instanceof PyDict d && other.type == PyDict.TYPE
                && (table.size() >>> 2) <= d.size()) {
            AnySet result = newOfBaseType();
            for (int i = table.nextIndex(0); i >= 0; i = table.nextIndex(i + 1)) {
                PyObject key = table.keyAt(i);
                // read before the lookup: a key's __eq__ may clear or shrink this set
                long hash = table.hashAt(i);
                if (!d.containsKnownHash(key, hash)) {
                    result.table.add(key, hash);
                }
            }
            return result;
        }
        AnySet result = copyOfBaseType();
        result.differenceUpdate(other);
        return result;
    }

    /** Removes the elements of any iterable. */
    // CPython: Objects/setobject.c set_difference_update_internal
    final void differenceUpdate(PyObject other) {
        if (other == this) {
            table.clear();
        } else if (other instanceof AnySet s) {
            SetAlgebra.differenceUpdate(table, s.table);
        } else {
            SetAlgebra.differenceUpdate(table, iterate(other), HASHER);
        }
    }

    /** Toggles the elements of any iterable. */
    // CPython: Objects/setobject.c set_symmetric_difference_update
    final void symmetricDifferenceUpdate(PyObject other) {
        if (other == this) {
            table.clear();
        } else if (other instanceof PyDict d && other.type == PyDict.TYPE) {
            // the dict's own hashes (a split dict's keys are exact strs, whose hash is
            // cached), read first: a key's __eq__ may change the dict
            DictTable<PyObject, PyObject> m = d.combinedOrNull();
            List<PyObject> keys = d.keyList();
            long[] hashes = new long[keys.size()];
            for (int i = 0, at = m == null ? -1 : m.nextIndex(0); i < hashes.length; i++) {
                hashes[i] = m == null ? Ops.hash(keys.get(i)) : m.hashAt(at);
                at = m == null ? -1 : m.nextIndex(at + 1);
            }
            for (int i = 0; i < hashes.length; i++) {
                PyObject key = keys.get(i);
                if (!table.discard(key, hashes[i])) {
                    table.add(key, hashes[i]);
                }
            }
        } else if (other instanceof AnySet s) {
            SetAlgebra.symmetricDifferenceUpdate(table, s.table);
        } else {
            AnySet otherSet = newOfBaseType();
            otherSet.updateFrom(other);
            SetAlgebra.symmetricDifferenceUpdate(table, otherSet.table);
        }
    }

    /** {@code so ^ other}: a set of other's elements, toggled by so's. */
    // CPython: Objects/setobject.c set_symmetric_difference
    final AnySet symmetricDifferenceWith(PyObject other) {
        AnySet result = newOfBaseType();
        result.updateFrom(other);
        result.symmetricDifferenceUpdate(this);
        return result;
    }

    /** {@code so <= other} for another set. */
    // CPython: Objects/setobject.c set_issubset
    private boolean isSubsetOf(AnySet other) {
        return SetAlgebra.isSubset(table, other.table);
    }

    private boolean equalTo(AnySet other) {
        if (size() != other.size()) {
            return false;
        }
        if (hash != -1 && other.hash != -1 && hash != other.hash) {
            return false;
        }
        return isSubsetOf(other);
    }

    // ---------------------------------------------------------------- Python methods

    @Exposed("__len__($self, /)")
    public long __len__() {
        return table.size();
    }

    @Exposed(value = "__contains__($self, key, /)", signature = Exposed.Signature.HIDDEN)
    public boolean __contains__(PyObject key) {
        return withFrozenRetry(key, false);
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return new PySetIterator(this);
    }

    // CPython: Objects/setobject.c set_repr
    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        String name = type.getName();
        return Ops.withReprGuard(this, name + "(...)", () -> {
            if (table.size() == 0) {
                return PyStr.of(name + "()");
            }
            PyObject[] keys = toArray();
            StringBuilder sb = new StringBuilder();
            boolean exactSet = type == PySet.TYPE;
            if (!exactSet) {
                sb.append(name).append('(');
            }
            sb.append('{');
            for (int i = 0; i < keys.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.repr(keys[i]).value());
            }
            sb.append('}');
            if (!exactSet) {
                sb.append(')');
            }
            return PyStr.of(sb.toString());
        });
    }

    // CPython: Objects/setobject.c set_copy, frozenset_copy
    @Exposed(value = "copy($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject copy() {
        if (type == PyFrozenSet.TYPE) {
            return this;
        }
        return copyOfBaseType();
    }

    // CPython: Objects/setobject.c set_union
    @Exposed(value = "union($self, /, *others)", signature = Exposed.Signature.HIDDEN)
    public PyObject union(PyObject[] args, String[] kwnames) {
        noKeywords(kwnames, baseName() + ".union");
        AnySet result = copyOfBaseType();
        for (PyObject other : args) {
            if (other != this) {
                result.updateFrom(other);
            }
        }
        return result;
    }

    // CPython: Objects/setobject.c set_intersection_multi
    @Exposed(value = "intersection($self, /, *others)", signature = Exposed.Signature.HIDDEN)
    public PyObject intersection(PyObject[] args, String[] kwnames) {
        noKeywords(kwnames, baseName() + ".intersection");
        return intersectionOf(args);
    }

    final AnySet intersectionOf(PyObject[] others) {
        if (others.length == 0) {
            return copyOfBaseType();
        }
        AnySet result = this;
        for (PyObject other : others) {
            result = result.intersectionWith(other);
        }
        return result;
    }

    // CPython: Objects/setobject.c set_difference_multi
    @Exposed(value = "difference($self, /, *others)", signature = Exposed.Signature.HIDDEN)
    public PyObject difference(PyObject[] args, String[] kwnames) {
        noKeywords(kwnames, baseName() + ".difference");
        if (args.length == 0) {
            return copyOfBaseType();
        }
        AnySet result = differenceWith(args[0]);
        for (int i = 1; i < args.length; i++) {
            result.differenceUpdate(args[i]);
        }
        return result;
    }

    @Exposed(value = "symmetric_difference($self, other, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject symmetric_difference(PyObject other) {
        return symmetricDifferenceWith(other);
    }

    // CPython: Objects/setobject.c set_issubset
    @Exposed(value = "issubset($self, other, /)", signature = Exposed.Signature.HIDDEN)
    public boolean issubset(PyObject other) {
        if (other instanceof AnySet s) {
            return size() <= s.size() && isSubsetOf(s);
        }
        PySet tmp = new PySet();
        tmp.updateFrom(other);
        return size() <= tmp.size() && isSubsetOf(tmp);
    }

    // CPython: Objects/setobject.c set_issuperset
    @Exposed(value = "issuperset($self, other, /)", signature = Exposed.Signature.HIDDEN)
    public boolean issuperset(PyObject other) {
        if (other instanceof AnySet s) {
            return s.issubset(this);
        }
        PyObject it = Iteration.iter(other);
        for (PyObject key = Iteration.next(it); key != null; key = Iteration.next(it)) {
            if (!containsNoRetry(key)) {
                return false;
            }
        }
        return true;
    }

    // CPython: Objects/setobject.c set_isdisjoint
    @Exposed(value = "isdisjoint($self, other, /)", signature = Exposed.Signature.HIDDEN)
    public boolean isdisjoint(PyObject other) {
        if (other == this) {
            return size() == 0;
        }
        if (isExactAnySet(other)) {
            return SetAlgebra.isDisjoint(table, ((AnySet) other).table);
        }
        PyObject it = Iteration.iter(other);
        for (PyObject key = Iteration.next(it); key != null; key = Iteration.next(it)) {
            if (containsNoRetry(key)) {
                return false;
            }
        }
        return true;
    }

    // CPython: Objects/setobject.c set_reduce
    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        PyObject state;
        PyObject getstate = type.lookup("__getstate__");
        if (getstate != null) {
            state = Ops.callDescriptor(getstate, this);
        } else {
            PyDict d = getDict();
            state = d == null || d.size() == 0 ? PyNone.NONE : d;
        }
        PyList keys = new PyList(java.util.Arrays.asList(toArray()));
        return PyTuple.of(type, PyTuple.of(keys), state);
    }

    @Exposed(value = "__sizeof__($self, /)", signature = Exposed.Signature.HIDDEN)
    public long __sizeof__() {
        return table.sizeOf();
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            doc = "See PEP 585", signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }

    // ---------------------------------------------------------------- comparisons

    // CPython: Objects/setobject.c set_richcompare
    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof AnySet w)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(switch (op) {
            case EQ -> equalTo(w);
            case NE -> !equalTo(w);
            case LE -> issubset(w);
            case GE -> w.issubset(this);
            case LT -> size() < w.size() && issubset(w);
            case GT -> size() > w.size() && w.issubset(this);
        });
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

    // ---------------------------------------------------------------- operators

    // CPython: Objects/setobject.c set_or, set_and, set_sub, set_xor: both operands must be sets;
    // a reflected call (other op self) works on the left operand's base type.

    private static PyObject or(PyObject a, PyObject b) {
        if (!(a instanceof AnySet s) || !(b instanceof AnySet)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        AnySet result = s.copyOfBaseType();
        if (a != b) {
            result.updateFrom(b);
        }
        return result;
    }

    private static PyObject and(PyObject a, PyObject b) {
        if (!(a instanceof AnySet s) || !(b instanceof AnySet)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return s.intersectionWith(b);
    }

    private static PyObject sub(PyObject a, PyObject b) {
        if (!(a instanceof AnySet s) || !(b instanceof AnySet)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return s.differenceWith(b);
    }

    private static PyObject xor(PyObject a, PyObject b) {
        if (!(a instanceof AnySet s) || !(b instanceof AnySet)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return s.symmetricDifferenceWith(b);
    }

    @Exposed("__or__($self, value, /)")
    public PyObject __or__(PyObject other) {
        return or(this, other);
    }

    @Exposed("__ror__($self, value, /)")
    public PyObject __ror__(PyObject other) {
        return or(other, this);
    }

    @Exposed("__and__($self, value, /)")
    public PyObject __and__(PyObject other) {
        return and(this, other);
    }

    @Exposed("__rand__($self, value, /)")
    public PyObject __rand__(PyObject other) {
        return and(other, this);
    }

    @Exposed("__sub__($self, value, /)")
    public PyObject __sub__(PyObject other) {
        return sub(this, other);
    }

    @Exposed("__rsub__($self, value, /)")
    public PyObject __rsub__(PyObject other) {
        return sub(other, this);
    }

    @Exposed("__xor__($self, value, /)")
    public PyObject __xor__(PyObject other) {
        return xor(this, other);
    }

    @Exposed("__rxor__($self, value, /)")
    public PyObject __rxor__(PyObject other) {
        return xor(other, this);
    }
}
