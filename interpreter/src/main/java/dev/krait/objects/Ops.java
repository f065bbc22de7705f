package dev.krait.objects;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Supplier;

/**
 * The abstract object protocol: what {@code a + b}, {@code f(x)}, {@code len(x)},
 * {@code repr(x)} and {@code for x in y} mean for any objects ({@code obj.attr} is
 * {@link Attributes}'), written once and used by the evaluator, the builtins and the types alike. Each operation looks up the special
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
            return lengthFromResult(callDescriptor(len, o)) != 0;
        }
        return true;
    }

    // CPython: Objects/object.c PyObject_Repr
    public static PyStr repr(PyObject o) {
        if (o instanceof PyStr s && o.type == PyStr.TYPE) {
            return PyStr.of(s.__repr__());
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

    // ---- numbers -----------------------------------------------------------------------------

    /**
     * {@code a op b}. CPython: Objects/abstract.c binary_op1 — the right operand's reflected
     * method goes first when its type is a subclass of the left's and overrides it.
     */
    public static PyObject binary(PyObject a, PyObject b, BinaryOp op) {
        PyObject r = binaryOrNotImplemented(a, b, op);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            throw unsupported(a, b, op.symbol);
        }
        return r;
    }

    static PyException unsupported(PyObject a, PyObject b, String symbol) {
        if (symbol.equals("+") && a instanceof PyStr && !(b instanceof PyStr)) {
            return PyExceptions.typeError("can only concatenate str (not \"" + b.type.tpName()
                    + "\") to str");
        }
        if (symbol.equals("*") || symbol.equals("*=")) {
            // Neither operand's __mul__ took the other: a builtin sequence would repeat itself
            // by an index (CPython: Objects/abstract.c PyNumber_Multiply, sequence_repeat).
            if (isRepeatable(a) && b.type.lookup("__index__") == null) {
                return cannotMultiply(b);
            }
            if (isRepeatable(b) && a.type.lookup("__index__") == null) {
                return cannotMultiply(a);
            }
        }
        return PyExceptions.typeError("unsupported operand type(s) for " + symbol + ": '"
                + a.type.tpName() + "' and '" + b.type.tpName() + "'");
    }

    /** Whether {@code o} is a builtin sequence with CPython's sq_repeat slot. */
    private static boolean isRepeatable(PyObject o) {
        if (o instanceof PyStr || o instanceof PyList || o instanceof PyTuple) {
            return true;
        }
        String base = TypeFactory.solidBase(o.type).getName();
        return base.equals("bytes") || base.equals("bytearray") || base.equals("deque")
                || base.equals("array");
    }

    private static PyException cannotMultiply(PyObject n) {
        return PyExceptions.typeError("can't multiply sequence by non-int of type '"
                + n.type.tpName() + "'");
    }

    /**
     * Whether {@code method}, found for {@code seq * n}, is a builtin sequence's repeat and
     * {@code n} cannot be its count. In CPython a sequence's {@code *} is its sq_repeat slot,
     * tried only after both operands' nb_multiply ({@code n.__rmul__} first), and it raises
     * "can't multiply sequence by non-int" for a count without {@code __index__}; Krait's repeat
     * methods raise at once for such a count, as CPython's {@code list.__mul__('x')} does, so
     * the operator leaves them out and ends with that error ({@link #unsupported}).
     */
    // CPython: Objects/abstract.c PyNumber_Multiply, PyNumber_InPlaceMultiply
    private static boolean repeatWithoutCount(PyObject method, PyObject seq, PyObject n) {
        return !(method instanceof PyFunction) && !(n instanceof PyInt) && isRepeatable(seq)
                && n.type.lookup("__index__") == null;
    }

    private static PyObject binaryOrNotImplemented(PyObject a, PyObject b, BinaryOp op) {
        PyObject exact = ExactArith.binary(a, b, op);
        if (exact != null) {
            return exact;
        }
        PyType ta = a.type;
        PyType tb = b.type;
        PyObject forward = ta.lookup(op.method);
        PyObject reflected = ta == tb ? null : tb.lookup(op.reflected);
        if (op == BinaryOp.MUL) {
            if (forward != null && repeatWithoutCount(forward, a, b)) {
                forward = null;
            }
            if (reflected != null && repeatWithoutCount(reflected, b, a)) {
                reflected = null;
            }
        }
        if (reflected != null && forward != null && tb.isSubtypeOf(ta)
                && reflected != ta.lookup(op.reflected)) {
            PyObject r = callDescriptor(reflected, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            reflected = null;
        }
        if (forward != null) {
            PyObject r = callDescriptor(forward, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (reflected != null) {
            return callDescriptor(reflected, b, a);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** {@code a op= b}: the in-place method if any, else the binary operation. */
    public static PyObject inplace(PyObject a, PyObject b, BinaryOp op) {
        PyObject exact = ExactArith.binary(a, b, op);
        if (exact != null) {
            return exact;
        }
        PyObject m = a.type.lookup(op.inplace);
        if (m != null && op == BinaryOp.MUL && repeatWithoutCount(m, a, b)) {
            m = null;
        }
        if (m != null) {
            PyObject r = callDescriptor(m, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject r = binaryOrNotImplemented(a, b, op);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            if (op == BinaryOp.ADD && a instanceof PyStr && !(b instanceof PyStr)) {
                throw unsupported(a, b, "+");
            }
            // CPython: Objects/abstract.c PyNumber_InPlaceMultiply falls back to sq_repeat too
            throw unsupported(a, b, op.inplaceSymbol());
        }
        return r;
    }

    /** {@code pow(a, b, mod)} with three arguments. */
    public static PyObject pow3(PyObject a, PyObject b, PyObject mod) {
        // CPython: Objects/abstract.c ternary_op. A builtin's __rpow__ stands for its C slot
        // called with the operands in order; three-argument pow never calls a class's
        // __rpow__ (typeobject.c slot_nb_power).
        PyType ta = a.type;
        PyType tb = b.type;
        PyObject slotv = ta.lookup("__pow__");
        PyObject slotw = null;
        if (tb != ta && tb.lookup("__rpow__") instanceof PyMethodDescriptor w) {
            slotw = w;
        }
        if (slotw != null && tb.isSubtypeOf(ta)) {
            PyObject r = callDescriptor(slotw, b, a, mod);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            slotw = null;
        }
        if (slotv != null) {
            PyObject r = callDescriptor(slotv, a, b, mod);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (slotw != null) {
            PyObject r = callDescriptor(slotw, b, a, mod);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyType tz = mod.type;
        if (tz != ta && tz != tb) {
            // The modulus's own slot: float's and complex's refuse a modulus outright.
            boolean realOperands = PyFloat.asDouble(a) != null && PyFloat.asDouble(b) != null;
            if (mod instanceof PyFloat && realOperands) {
                throw PyExceptions.typeError("pow() 3rd argument not allowed unless all "
                        + "arguments are integers");
            }
            if (mod instanceof PyComplex && (PyFloat.asDouble(a) != null || a instanceof PyComplex)
                    && (PyFloat.asDouble(b) != null || b instanceof PyComplex)) {
                throw PyExceptions.valueError("complex modulo");
            }
        }
        throw PyExceptions.typeError("unsupported operand type(s) for ** or pow(): '"
                + a.type.tpName() + "', '" + b.type.tpName() + "', '" + mod.type.tpName()
                + "'");
    }

    /** {@code -x}, {@code +x}, {@code ~x}, {@code abs(x)} by special method name. */
    public static PyObject unary(PyObject o, String method, String what) {
        PyObject m = o.type.lookup(method);
        if (m == null) {
            throw PyExceptions.typeError("bad operand type for " + what + ": '"
                    + o.type.tpName() + "'");
        }
        return callDescriptor(m, o);
    }

    /** {@code operator.index(o)}: the int an object stands for as an index. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject m = o.type.lookup("__index__");
        if (m == null) {
            throw PyExceptions.typeError("'" + o.type.tpName() + "' object cannot be interpreted "
                    + "as an integer");
        }
        PyObject r = callDescriptor(m, o);
        if (!(r instanceof PyInt i)) {
            throw PyExceptions.typeError("__index__ returned non-int (type " + r.type.getName()
                    + ")");
        }
        if (i.type != PyInt.TYPE) {
            // CPython: Objects/abstract.c _PyNumber_Index, then PyNumber_Index's exact copy.
            warnStrictIntSubclass("__index__", i);
            return PyInt.of(i.bigValue());
        }
        return i;
    }

    /** The DeprecationWarning for {@code __int__} or {@code __index__} returning a bool etc. */
    static void warnStrictIntSubclass(String method, PyObject result) {
        dev.krait.runtime.WarningsMachinery.warn(PyStr.of(method + " returned non-int (type "
                + result.type.getName() + ").  The ability to return an instance of a strict "
                + "subclass of int is deprecated, and may be removed in a future version of "
                + "Python."), PyExceptions.DeprecationWarning, 1, null);
    }

    /** A sequence index as a Java int (huge values become out of range, not overflow). */
    public static int indexForSequence(PyObject key, String what) {
        if (!(key instanceof PyInt) && key.type.lookup("__index__") == null) {
            throw PyExceptions.typeError(what + " indices must be integers or slices, not "
                    + key.type.getName());
        }
        PyInt i = index(key);
        if (!i.isSmall()) {
            throw PyExceptions.indexError("cannot fit '" + key.type.getName()
                    + "' into an index-sized integer");
        }
        // Beyond a Java int but within Py_ssize_t: simply out of range for any sequence Krait
        // can hold (clamped so that adding the length keeps it out of range).
        long v = i.longValue();
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE
                : v < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) v;
    }

    public static PyInt indexForSlice(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        if (o.type.lookup("__index__") == null) {
            throw PyExceptions.typeError("slice indices must be integers or None or have an "
                    + "__index__ method");
        }
        return index(o);
    }

    /** An optional start/end argument clamped into [0, n] (negative counts from the end). */
    public static int clampIndex(PyObject o, int n) {
        PyInt i = indexForSlice(o);
        long v = i.isSmall() ? i.longValue() : (i.signum() < 0 ? Long.MIN_VALUE / 2
                : Long.MAX_VALUE / 2);
        if (v < 0) {
            v += n;
            if (v < 0) {
                v = 0;
            }
        } else if (v > n) {
            v = n;
        }
        return (int) v;
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

    // ---- containers --------------------------------------------------------------------------

    static long lengthFromResult(PyObject r) {
        if (!(r instanceof PyInt) && r.type.lookup("__index__") == null) {
            throw PyExceptions.typeError("'" + r.type.getName() + "' object cannot be interpreted "
                    + "as an integer");
        }
        PyInt i = index(r);
        if (i.signum() < 0) {
            throw PyExceptions.valueError("__len__() should return >= 0");
        }
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    public static long len(PyObject o) {
        if (o instanceof PyList l && o.type == PyList.TYPE) {
            return l.size();
        }
        if (o instanceof PyTuple t && o.type == PyTuple.TYPE) {
            return t.size();
        }
        if (o instanceof PyStr s && o.type == PyStr.TYPE) {
            return s.length();
        }
        PyObject m = o.type.lookupSlot(TypeSlot.LEN);
        if (m == null) {
            throw PyExceptions.typeError("object of type '" + o.type.getName()
                    + "' has no len()");
        }
        return lengthFromResult(callDescriptor(m, o));
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        // exact builtin sequences indexed by an int: their own __getitem__, without the lookup
        if (key instanceof PyInt) {
            if (o.type == PyList.TYPE) {
                return ((PyList) o).__getitem__(key);
            }
            if (o.type == PyTuple.TYPE) {
                return ((PyTuple) o).__getitem__(key);
            }
        }
        if (o instanceof PyDict d && o.type == PyDict.TYPE) {
            PyObject v = d.getItem(key);
            if (v == null) {
                throw PyExceptions.keyError(key);
            }
            return v;
        }
        PyObject m = o.type.lookupSlot(TypeSlot.GETITEM);
        if (m == null) {
            if (o instanceof PyType t) {
                if (t == PyType.TYPE) {
                    return PyGenericAlias.of(t, key);
                }
                PyObject cg = Attributes.lookupAttrOrNull(t, "__class_getitem__");
                if (cg != null) {
                    return call(cg, key);
                }
                throw PyExceptions.typeError("type '" + t.getName()
                        + "' is not subscriptable");
            }
            throw PyExceptions.typeError("'" + o.type.getName()
                    + "' object is not subscriptable");
        }
        return callDescriptor(m, o, key);
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        if (o instanceof PyDict d && o.type == PyDict.TYPE) {
            d.setItem(key, value);
            return;
        }
        if (o.type == PyList.TYPE && key instanceof PyInt) {
            ((PyList) o).__setitem__(key, value);
            return;
        }
        PyObject m = o.type.lookupSlot(TypeSlot.SETITEM);
        if (m == null) {
            throw PyExceptions.typeError("'" + o.type.getName()
                    + "' object does not support item assignment");
        }
        callDescriptor(m, o, key, value);
    }

    public static void delItem(PyObject o, PyObject key) {
        if (o.type == PyList.TYPE && key instanceof PyInt) {
            // an exact list by an int: its own __delitem__, without the lookup by name
            ((PyList) o).__delitem__(key);
            return;
        }
        PyObject m = o.type.lookup("__delitem__");
        if (m == null) {
            // CPython: Objects/abstract.c PyObject_DelItem: an index on a type with sequence
            // slots (every class, and builtins with len/contains/getitem) reaches
            // PySequence_DelItem, whose message differs.
            boolean sequence = !o.type.isBuiltin() || o.type.lookup("__len__") != null
                    || o.type.lookup("__contains__") != null
                    || o.type.lookup("__getitem__") != null;
            boolean index = key instanceof PyInt || key.type.lookup("__index__") != null;
            throw PyExceptions.typeError("'" + o.type.getName() + (sequence && index
                    ? "' object doesn't support item deletion"
                    : "' object does not support item deletion"));
        }
        callDescriptor(m, o, key);
    }

    /** {@code x in container}. */
    public static boolean contains(PyObject container, PyObject x) {
        PyObject m = container.type.lookupSlot(TypeSlot.CONTAINS);
        if (m != null) {
            return isTrue(callDescriptor(m, container, x));
        }
        PyObject it = iter(container, true);
        for (PyObject v = next(it); v != null; v = next(it)) {
            if (v == x || eqBool(v, x)) {
                return true;
            }
        }
        return false;
    }

    // ---- iteration ---------------------------------------------------------------------------

    public static PyObject iter(PyObject o) {
        return iter(o, false);
    }

    private static PyObject iter(PyObject o, boolean forIn) {
        PyObject m = o.type.lookupSlot(TypeSlot.ITER);
        if (m != null && m != PyNone.NONE) {
            PyObject it = callDescriptor(m, o);
            if (it.type.lookupSlot(TypeSlot.NEXT) == null) {
                throw PyExceptions.typeError("iter() returned non-iterator of type '"
                        + it.type.getName() + "'");
            }
            return it;
        }
        if (m == null && o.type.lookupSlot(TypeSlot.GETITEM) != null) {
            return new PySequenceIterator(o, PySequenceIterator.Kind.GETITEM);
        }
        if (forIn) {
            throw PyExceptions.typeError("argument of type '" + o.type.getName()
                    + "' is not iterable");
        }
        throw PyExceptions.typeError("'" + o.type.getName() + "' object is not iterable");
    }

    /** The next item of an iterator, or null when it is exhausted (StopIteration swallowed). */
    public static PyObject next(PyObject it) {
        if (it instanceof PySequenceIterator s) {
            return s.nextOrNull();
        }
        if (it instanceof PyDictIterator d) {
            return d.nextOrNull();
        }
        if (it instanceof JavaIterator j) {
            return j.nextOrNull();
        }
        PyObject m = it.type.lookupSlot(TypeSlot.NEXT);
        if (m == null) {
            throw PyExceptions.typeError("'" + it.type.getName() + "' object is not an iterator");
        }
        try {
            return callDescriptor(m, it);
        } catch (PyException e) {
            if (e.matches(PyExceptions.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** Implemented by iterators written in Java, so loops avoid StopIteration objects. */
    public interface JavaIterator {
        /** The next item, or null at the end. */
        PyObject nextOrNull();
    }

    /** All items of an iterable, as a new Java list. */
    public static List<PyObject> toList(PyObject iterable) {
        if (iterable instanceof PyList l && iterable.type == PyList.TYPE) {
            return new ArrayList<>(l.items);
        }
        if (iterable instanceof PyTuple t && iterable.type == PyTuple.TYPE) {
            return new ArrayList<>(List.of(t.items));
        }
        PyObject it = iter(iterable);
        // CPython: Objects/listobject.c list_extend presizes from the hint (whose errors show)
        long hint = lengthHint(iterable, 8);
        List<PyObject> out = new ArrayList<>((int) Math.min(hint, 1 << 16));
        for (PyObject v = next(it); v != null; v = next(it)) {
            out.add(v);
        }
        return out;
    }

    /**
     * {@code operator.length_hint(obj, dflt)}: len(obj) when it has one, else its
     * {@code __length_hint__}, else dflt. CPython: Objects/abstract.c PyObject_LengthHint.
     */
    public static long lengthHint(PyObject obj, long dflt) {
        PyType t = obj.type();
        if (t.lookup("__len__") != null) {
            try {
                return Ops.len(obj);
            } catch (PyException e) {
                if (!e.matches(PyExceptions.TypeError)) {
                    throw e;
                }
            }
        }
        PyObject hint = t.lookup("__length_hint__");
        if (hint == null) {
            return dflt;
        }
        PyObject r;
        try {
            r = Ops.callDescriptor(hint, obj);
        } catch (PyException e) {
            if (e.matches(PyExceptions.TypeError)) {
                return dflt;
            }
            throw e;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return dflt;
        }
        if (!(r instanceof PyInt i)) {
            throw PyExceptions.typeError("__length_hint__ must be an integer, not "
                    + r.type().getName());
        }
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        if (i.longValue() < 0) {
            throw PyExceptions.valueError("__length_hint__() should return >= 0");
        }
        return i.longValue();
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
