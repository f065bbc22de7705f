package dev.krait.objects;

import java.util.IdentityHashMap;
import java.util.function.Supplier;

/**
 * The abstract object protocol: what {@code f(x)}, {@code repr(x)}, {@code hash(x)},
 * {@code a < b} and {@code isinstance(x, c)} mean for any objects ({@code obj.attr} is
 * {@link Attributes}', {@code a + b} {@link Numbers}', {@code len(x)} and {@code x[k]}
 * {@link Containers}', {@code for x in y} {@link Iteration}'s), written once and used by the
 * evaluator, the builtins and the types alike. Each operation looks up the special
 * method on the type (never the instance), as the data model says, with fast paths for the
 * builtin types where that changes nothing a program can see.
 *
 * <p>CPython counterpart: Objects/abstract.c and Objects/object.c; Include/abstract.h names most
 * of these.
 */
public final class Ops {
    private Ops() {}

    // ---- identity ----------------------------------------------------------------------------

    /**
     * {@code id(o)}: stable for the object's life and distinct from every other live object's,
     * as CPython's addresses are (see {@link ObjectIds}).
     */
    public static long id(PyObject o) {
        return ObjectIds.of(o);
    }

    /** The address CPython prints in default reprs ({@code 0x7f...}): the object's id. */
    public static String addressOf(PyObject o) {
        return "0x" + Long.toHexString(id(o));
    }

    /**
     * A number derived from the JVM's identity hash, stable for the object's life: what
     * identity-based hashes start from. Unlike {@link #id} it is free to compute, and hashes may
     * collide anyway.
     */
    public static long identityNumber(PyObject o) {
        return 0x7f0000000000L + (System.identityHashCode(o) & 0xffffffffL) * 16;
    }

    /** object.__hash__: derived from identity, as CPython's _Py_HashPointer. */
    public static long identityHash(PyObject o) {
        long p = identityNumber(o);
        long h = (p >>> 4) | (p << 60);
        return h == -1 ? -2 : h;
    }

    // ---- truth, str, repr, hash ---------------------------------------------------------------

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        if (o instanceof PyInt i && o.type == PyInt.TYPE) {
            return i.signum() != 0;
        }
        PyType t = o.type;
        PyObject bool = t.lookupSlot(TypeSlot.BOOL);
        if (bool != null) {
            PyObject r = callDescriptor(bool, o);
            if (!(r instanceof PyBool b)) {
                throw PyExceptions.typeError("__bool__ should return bool, returned "
                        + r.type.getName());
            }
            return b == PyBool.TRUE;
        }
        PyObject len = t.lookupSlot(TypeSlot.LEN);
        if (len != null) {
            return Containers.lengthFromResult(callDescriptor(len, o)) != 0;
        }
        return true;
    }

    // CPython: Objects/object.c PyObject_Repr
    public static PyStr repr(PyObject o) {
        if (o instanceof PyStr s && o.type == PyStr.TYPE) {
            // the repr of a text without surrogate units has none: it quotes and escapes
            return s.isSimple() ? PyStr.ofNoSurrogates(s.__repr__()) : PyStr.of(s.__repr__());
        }
        PyObject m = o.type.lookupSlot(TypeSlot.REPR);
        PyObject r;
        Recursion.enter(Recursion.REPR);
        try {
            r = callDescriptor(m, o);
        } finally {
            Recursion.leave();
        }
        if (!(r instanceof PyStr s)) {
            throw PyExceptions.typeError("__repr__ returned non-string (type " + r.type.getName()
                    + ")");
        }
        return s;
    }

    // CPython: Objects/object.c PyObject_Str
    public static PyStr str(PyObject o) {
        if (o instanceof PyStr s && o.type == PyStr.TYPE) {
            return s;
        }
        if (o.type == PyInt.TYPE) {
            // int's str is its repr, and builtin int's methods cannot be replaced
            return (PyStr) ((PyInt) o).__repr__();
        }
        PyObject m = o.type.lookup("__str__");
        PyObject r;
        Recursion.enter(Recursion.STR);
        try {
            r = callDescriptor(m, o);
        } finally {
            Recursion.leave();
        }
        if (!(r instanceof PyStr s)) {
            throw PyExceptions.typeError("__str__ returned non-string (type " + r.type.getName()
                    + ")");
        }
        return s;
    }

    /**
     * {@code format(value, spec)}: {@code type(value).__format__(value, spec)}, which must return
     * a str; an exact str or int with an empty spec is answered directly, as CPython does.
     */
    // CPython: Objects/abstract.c PyObject_Format
    public static PyStr format(PyObject value, PyStr spec) {
        if (spec.length() == 0) {
            if (value.type == PyStr.TYPE) {
                return (PyStr) value;
            }
            if (value.type == PyInt.TYPE) {
                return str(value);
            }
        }
        PyObject m = value.type.lookup("__format__");
        if (m == null) {
            throw PyExceptions.typeError("Type " + value.type.getName()
                    + " doesn't define __format__");
        }
        PyObject r = callDescriptor(m, value, spec);
        if (!(r instanceof PyStr s)) {
            throw PyExceptions.typeError("__format__ must return a str, not "
                    + r.type.getName());
        }
        return s;
    }

    public static long hash(PyObject o) {
        if (o instanceof PyStr s) {
            if (o.type == PyStr.TYPE) {
                return s.hashValue();
            }
        } else if (o instanceof PyInt i && (o.type == PyInt.TYPE || o.type == PyBool.TYPE)) {
            return i.isSmall() && i.longValue() >= 0 && i.longValue() < IntMath.MODULUS
                    ? i.longValue() : IntMath.hash(i);
        }
        PyObject m = o.type.lookupSlot(TypeSlot.HASH);
        if (m == null || m == PyNone.NONE) {
            throw PyExceptions.typeError("unhashable type: '" + o.type.tpName() + "'");
        }
        PyObject r = callDescriptor(m, o);
        if (!(r instanceof PyInt i)) {
            throw PyExceptions.typeError("__hash__ method should return an integer");
        }
        if (i.isSmall()) {
            long h = i.longValue();
            return h == -1 ? -2 : h;
        }
        return IntMath.hash(i);
    }

    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> REPR_STACK =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** Runs a container's repr, showing {@code placeholder} for a container inside itself. */
    public static PyObject withReprGuard(PyObject self, String placeholder,
            Supplier<PyObject> body) {
        IdentityHashMap<PyObject, Boolean> stack = REPR_STACK.get();
        if (stack.containsKey(self)) {
            return PyStr.of(placeholder);
        }
        stack.put(self, Boolean.TRUE);
        try {
            return body.get();
        } finally {
            stack.remove(self);
        }
    }

    // ---- comparison --------------------------------------------------------------------------

    /** {@code a == b} as a Java boolean (identity implies equality, as containers assume). */
    public static boolean eqBool(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr x && b instanceof PyStr y && a.type == PyStr.TYPE
                && b.type == PyStr.TYPE) {
            return x.contentEquals(y);
        }
        if (a instanceof PyInt x && b instanceof PyInt y && a.type == PyInt.TYPE
                && b.type == PyInt.TYPE) {
            return PyInt.compare(x, y) == 0;
        }
        return isTrue(richCompare(a, b, CompareOp.EQ));
    }

    public static boolean lessThan(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && a.type == PyInt.TYPE
                && b.type == PyInt.TYPE) {
            return PyInt.compare(x, y) < 0;
        }
        if (a instanceof PyStr x && b instanceof PyStr y && a.type == PyStr.TYPE
                && b.type == PyStr.TYPE) {
            return x.compareTo(y) < 0;
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y && a.type == PyTuple.TYPE
                && b.type == PyTuple.TYPE) {
            return tupleLessThan(x.items, y.items);
        }
        return isTrue(richCompare(a, b, CompareOp.LT));
    }

    /**
     * {@code a < b} for exact tuples: {@link #compareSequences} with LT, without the tuple's
     * {@code __lt__} lookup and call, and the items' {@code <} asked as a truth value directly.
     */
    private static boolean tupleLessThan(PyObject[] a, PyObject[] b) {
        int i = 0;
        for (; i < a.length && i < b.length; i++) {
            if (!(a[i] == b[i] || eqBool(a[i], b[i]))) {
                break;
            }
        }
        if (i >= a.length || i >= b.length) {
            return a.length < b.length;
        }
        return lessThan(a[i], b[i]);
    }

    /**
     * {@code a op b}: tries the reflected method first when b's type is a proper subclass of
     * a's that overrides it, then a's, then b's reflected; {@code ==}/{@code !=} fall back to
     * identity. CPython: Objects/object.c do_richcompare.
     */
    public static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        // CPython: Objects/object.c PyObject_RichCompare
        PyObject exact = ExactArith.compare(a, b, op);
        if (exact != null) {
            return exact;
        }
        Recursion.enter(Recursion.COMPARE);
        try {
            return doRichCompare(a, b, op);
        } finally {
            Recursion.leave();
        }
    }

    private static PyObject doRichCompare(PyObject a, PyObject b, CompareOp op) {
        PyType ta = a.type;
        PyType tb = b.type;
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta) && tb.lookup(op.swapped().method) != null) {
            checkedReverse = true;
            PyObject r = callCompareSlot(tb.lookup(op.swapped().method), b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject m = ta.lookup(op.method);
        if (m != null) {
            PyObject r = callCompareSlot(m, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse) {
            PyObject rm = tb.lookup(op.swapped().method);
            if (rm != null) {
                PyObject r = callCompareSlot(rm, b, a);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        switch (op) {
            case EQ:
                return PyBool.of(a == b);
            case NE:
                return PyBool.of(a != b);
            default:
                throw PyExceptions.typeError("'" + op.symbol + "' not supported between instances"
                        + " of '" + ta.tpName() + "' and '" + tb.tpName() + "'");
        }
    }

    /**
     * Calls a comparison method found on the type. A method that cannot even be bound (a
     * property whose getter raises) counts as NotImplemented: the error of binding is dropped.
     * CPython: Objects/typeobject.c slot_tp_richcompare (lookup_maybe_method, PyErr_Clear)
     */
    private static PyObject callCompareSlot(PyObject descr, PyObject self, PyObject other) {
        if (descr instanceof PyFunction || descr instanceof PyMethodDescriptor) {
            return callDescriptor(descr, self, other);
        }
        PyObject bound;
        try {
            bound = bind(descr, self);
        } catch (PyException e) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return call(bound, new PyObject[] {other}, NO_KW);
    }

    /** Lexicographic comparison of two sequences, as list and tuple compare. */
    public static PyObject compareSequences(PyObject[] a, int na, PyObject[] b, int nb,
            CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && na != nb) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!(a[i] == b[i] || eqBool(a[i], b[i]))) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return PyBool.of(op.test(Integer.compare(na, nb)));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return richCompare(a[i], b[i], op);
    }

    // ---- calls -------------------------------------------------------------------------------

    private static final String[] NO_KW = null;

    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, NO_KW);
    }

    /** {@code callable(*args)} with the trailing {@code kwnames.length} args as keywords. */
    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        if (callable instanceof PyFunction f) {
            return f.call(args, kwnames);
        }
        if (callable instanceof PyBuiltinFunction b) {
            return b.call(args, kwnames);
        }
        if (callable instanceof PyMethod m) {
            return m.call(args, kwnames);
        }
        if (callable instanceof PyType t && t.type == PyType.TYPE) {
            return TypeMethods.callType(t, args, kwnames);
        }
        if (callable instanceof PyMethodDescriptor d) {
            return d.call(args, kwnames);
        }
        PyObject m = callable.type.lookupSlot(TypeSlot.CALL);
        if (m == null) {
            throw PyExceptions.typeError("'" + callable.type.getName()
                    + "' object is not callable");
        }
        // CPython: Objects/call.c _PyObject_MakeTpCall
        Recursion.enter(Recursion.CALL);
        try {
            return callDescriptorWith(m, callable, args, kwnames);
        } finally {
            Recursion.leave();
        }
    }

    public static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyType
                || o instanceof PyMethod || o.type.lookup("__call__") != null;
    }

    /**
     * Calls an attribute found on {@code self}'s type as if bound to {@code self}: functions and
     * method descriptors are called directly with {@code self} first, without a bound method
     * object; other descriptors are bound through {@code __get__} first.
     */
    public static PyObject callDescriptor(PyObject descr, PyObject self, PyObject... args) {
        return callDescriptorWith(descr, self, args, NO_KW);
    }

    public static PyObject callDescriptorWith(PyObject descr, PyObject self, PyObject[] args,
            String[] kwnames) {
        if (descr instanceof PyMethodDescriptor d) {
            return d.callWithSelf(self, args, kwnames);
        }
        if (descr instanceof PyFunction f) {
            return f.callWithSelf(self, args, kwnames);
        }
        PyObject bound = bind(descr, self);
        return call(bound, args, kwnames);
    }

    /** {@code descr.__get__(self, type(self))} when descr is a descriptor, else descr. */
    public static PyObject bind(PyObject descr, PyObject self) {
        if (descr instanceof Descriptor d) {
            return d.get(self, self.type);
        }
        PyObject get = descr.type.lookup("__get__");
        if (get != null) {
            return callDescriptor(get, descr, self, self.type);
        }
        return descr;
    }

    /** {@code obj.name(*args)} through normal attribute lookup. */
    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        return call(Attributes.getAttr(obj, name), args, NO_KW);
    }

    /** Calls special method {@code name} found on the type; AttributeError when missing. */
    public static PyObject callSpecial(PyObject self, String name, PyObject... args) {
        PyObject m = self.type.lookup(name);
        if (m == null) {
            throw PyExceptions.noAttribute(self, name);
        }
        return callDescriptor(m, self, args);
    }

    // ---- types -------------------------------------------------------------------------------

    /** {@code isinstance(obj, cls)} honouring {@code __instancecheck__} and tuples. */
    public static boolean isInstance(PyObject obj, PyObject cls) {
        if (cls instanceof PyType t && obj.type.isSubtypeOf(t)) {
            return true;
        }
        if (cls instanceof PyUnionType u) {
            cls = u.args();
        }
        if (cls instanceof PyTuple tuple) {
            // nested tuples recurse in Java (CPython: Objects/abstract.c
            // object_recursive_isinstance / object_issubclass)
            Recursion.enter(Recursion.INSTANCECHECK);
            try {
                for (PyObject c : tuple.items) {
                    if (isInstance(obj, c)) {
                        return true;
                    }
                }
                return false;
            } finally {
                Recursion.leave();
            }
        }
        if (cls instanceof PyType t && t.type == PyType.TYPE) {
            // CPython: Objects/abstract.c object_isinstance asks obj.__class__ too, which for
            // most objects is type(obj), already found not to be a subtype of t
            if (Attributes.classIsType(obj.type)) {
                return false;
            }
            PyObject klass = Attributes.lookupAttrOrNull(obj, "__class__");
            return klass instanceof PyType kt && kt != obj.type && kt.isSubtypeOf(t);
        }
        PyObject check = cls.type.lookup("__instancecheck__");
        if (check != null) {
            Recursion.enter(Recursion.INSTANCECHECK);
            try {
                return isTrue(callDescriptor(check, cls, obj));
            } finally {
                Recursion.leave();
            }
        }
        return AbstractClasses.isInstance(obj, cls);
    }

    /** {@code issubclass(derived, cls)} honouring {@code __subclasscheck__} and tuples. */
    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyUnionType u) {
            cls = u.args();
        }
        if (cls instanceof PyTuple tuple) {
            // nested tuples recurse in Java (CPython: Objects/abstract.c
            // object_recursive_isinstance / object_issubclass)
            Recursion.enter(Recursion.SUBCLASSCHECK);
            try {
                for (PyObject c : tuple.items) {
                    if (isSubclass(derived, c)) {
                        return true;
                    }
                }
                return false;
            } finally {
                Recursion.leave();
            }
        }
        if (cls instanceof PyType t && t.type == PyType.TYPE) {
            return derived instanceof PyType d ? d.isSubtypeOf(t)
                    : AbstractClasses.isSubclass(derived, cls);
        }
        PyObject check = cls.type.lookup("__subclasscheck__");
        if (check != null) {
            Recursion.enter(Recursion.SUBCLASSCHECK);
            try {
                return isTrue(callDescriptor(check, cls, derived));
            } finally {
                Recursion.leave();
            }
        }
        return AbstractClasses.isSubclass(derived, cls);
    }
}
