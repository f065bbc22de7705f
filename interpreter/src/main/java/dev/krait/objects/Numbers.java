package dev.krait.objects;

/**
 * The number protocol: what {@code a + b}, {@code a += b}, {@code pow(a, b, m)}, {@code -a} and
 * {@code operator.index(a)} mean for any objects. The left operand's method goes first, the
 * right operand's reflected one when the left's returns NotImplemented (or first, when the
 * right's type is a subclass that overrides it); a sequence's repeat joins {@code *} as CPython's
 * sq_repeat slot does.
 *
 * <p>CPython counterpart: Objects/abstract.c, the {@code PyNumber_*} functions and
 * {@code PyNumber_Index}.
 */
public final class Numbers {
    private Numbers() {}

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
            boolean repeats = symbol.equals("*=") ? repeatsInPlace(a)
                    : sequenceSlot(a, BinaryOp.MUL);
            if (repeats && b.type.lookup("__index__") == null) {
                return cannotMultiply(b);
            }
            // In place, the right operand repeats only when the left's type has no sequence
            // methods at all (PyNumber_InPlaceMultiply tests tp_as_sequence, which every class
            // a program defines has): 2 *= [1] repeats, a Point *= [1] is unsupported.
            boolean leftIsSequence = symbol.equals("*=") && hasSequenceMethods(a.type);
            if (!leftIsSequence && sequenceSlot(b, BinaryOp.MUL)
                    && a.type.lookup("__index__") == null) {
                return cannotMultiply(a);
            }
        }
        String message = "unsupported operand type(s) for " + symbol + ": '" + a.type.tpName()
                + "' and '" + b.type.tpName() + "'";
        // Python 2's "print >> stream, x" (CPython: Objects/abstract.c binary_op, not in-place)
        if (symbol.equals(">>") && a instanceof PyBuiltinFunction f
                && f.type == PyBuiltinFunction.TYPE && f.name().equals("print")) {
            message += ". Did you mean \"print(<message>, file=<output_stream>)\"?";
        }
        return PyExceptions.typeError(message);
    }

    /**
     * Whether CPython's type has sequence methods (tp_as_sequence): every class a program
     * defines, and the builtins with a length or membership test; int, float and None have
     * none. PyNumber_InPlaceMultiply lets the right operand repeat only for the latter.
     */
    private static boolean hasSequenceMethods(PyType t) {
        return !t.isBuiltin() || t.lookup("__len__") != null || t.lookup("__contains__") != null;
    }

    /** Whether {@code o} is a builtin sequence (or an instance of a subclass of one). */
    private static boolean isSequence(PyObject o) {
        if (o instanceof PyStr || o instanceof PyList || o instanceof PyTuple) {
            return true;
        }
        String base = TypeFactory.solidBase(o.type).getName();
        return base.equals("bytes") || base.equals("bytearray") || base.equals("deque")
                || base.equals("array");
    }

    /**
     * Whether a class defines {@code op}'s method or its reflection in Python. CPython then
     * gives the class the generic number slot (slot_nb_add, slot_nb_multiply), which calls
     * whatever {@code __add__}/{@code __mul__} the class finds, an inherited builtin one
     * included, and typeobject.c's slotdefs clear its sq_concat/sq_repeat.
     */
    private static boolean numberSlotInPython(PyType t, BinaryOp op) {
        return !t.isBuiltin() && (t.lookup(op.method) instanceof PyFunction
                || t.lookup(op.reflected) instanceof PyFunction);
    }

    /**
     * Whether {@code o}'s {@code +} ({@code op} ADD) or {@code *} (MUL) is CPython's sequence
     * slot, sq_concat or sq_repeat, which abstract.c tries only after both operands' number
     * methods: a builtin sequence, or a subclass that leaves both methods alone.
     */
    private static boolean sequenceSlot(PyObject o, BinaryOp op) {
        return isSequence(o) && !numberSlotInPython(o.type, op);
    }

    /**
     * Whether {@code seq *= n} ends in a repeat slot: sq_inplace_repeat, which only a Python
     * {@code __imul__} clears, or else sq_repeat (CPython: Objects/abstract.c
     * PyNumber_InPlaceMultiply).
     */
    private static boolean repeatsInPlace(PyObject seq) {
        PyObject imul = seq.type.lookup("__imul__");
        return sequenceSlot(seq, BinaryOp.MUL)
                || isSequence(seq) && imul != null && !(imul instanceof PyFunction);
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
        return !(method instanceof PyFunction) && !(n instanceof PyInt)
                && sequenceSlot(seq, BinaryOp.MUL) && n.type.lookup("__index__") == null;
    }

    private static PyObject binaryOrNotImplemented(PyObject a, PyObject b, BinaryOp op) {
        return binaryOrNotImplemented(a, b, op, false);
    }

    /**
     * binary_op1, or for {@code inPlace} the part of binary_iop1 after the in-place method:
     * there a builtin sequence on the right repeats only when the left operand's type has no
     * sequence methods (CPython: Objects/abstract.c PyNumber_InPlaceMultiply).
     */
    private static PyObject binaryOrNotImplemented(PyObject a, PyObject b, BinaryOp op,
            boolean inPlace) {
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
            if (reflected != null && (repeatWithoutCount(reflected, b, a)
                    || inPlace && !(reflected instanceof PyFunction)
                        && sequenceSlot(b, BinaryOp.MUL) && hasSequenceMethods(ta))) {
                reflected = null;
            }
        }
        // A builtin sequence's repeat and concatenation are CPython's sq_repeat and sq_concat
        // slots, tried only after both operands' number methods: the other operand's __rmul__
        // or __radd__ goes first ("a" * n calls type(n).__rmul__, and [1] + v calls
        // type(v).__radd__, and the sequence answers only if that returns NotImplemented).
        // CPython: Objects/abstract.c PyNumber_Multiply, PyNumber_Add
        boolean reflectedFirst = reflected != null && forward != null
                && ((op == BinaryOp.MUL || op == BinaryOp.ADD)
                    && !(forward instanceof PyFunction) && sequenceSlot(a, op)
                    || tb.isSubtypeOf(ta) && reflected != ta.lookup(op.reflected));
        return callInOrder(forward, reflected, reflectedFirst, a, b);
    }

    /**
     * binary_op1's calls once the two methods are chosen: {@code reflected(b, a)} first when
     * {@code reflectedFirst}, then {@code forward(a, b)}, then the reflected one if not tried
     * yet; the first answer other than NotImplemented wins. Either method may be null.
     * CPython: Objects/abstract.c binary_op1
     */
    private static PyObject callInOrder(PyObject forward, PyObject reflected,
            boolean reflectedFirst, PyObject a, PyObject b) {
        if (reflected != null && reflectedFirst) {
            PyObject r = Ops.callDescriptor(reflected, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            reflected = null;
        }
        if (forward != null) {
            PyObject r = Ops.callDescriptor(forward, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return reflected == null ? PyNotImplemented.NOT_IMPLEMENTED
                : Ops.callDescriptor(reflected, b, a);
    }

    /**
     * For {@code seq += v} and {@code seq *= n} on a builtin sequence, whose {@code __iadd__}
     * and {@code __imul__} are CPython's sq_inplace_concat and sq_inplace_repeat: the number
     * methods PyNumber_InPlaceAdd and PyNumber_InPlaceMultiply try before those slots, in
     * binary_op1's order. A class that defines the operation's method or its reflection in
     * Python has the generic number slot, which calls its {@code __add__}/{@code __mul__}
     * even when that is the inherited builtin one (so {@code seq} is then not changed in
     * place); otherwise only the other operand's reflected method is tried (not another
     * builtin sequence's, which CPython never tries when the left operand is a sequence).
     * NotImplemented when none gives an answer. An exact int's multiplication never takes a
     * sequence, so it is not called. CPython: Objects/abstract.c binary_iop1
     */
    private static PyObject numberBeforeSequence(PyObject a, PyObject b, BinaryOp op) {
        PyType ta = a.type;
        PyType tb = b.type;
        if (numberSlotInPython(ta, op)) {
            return binaryOrNotImplemented(a, b, op);
        }
        PyObject reflected = ta == tb || tb == PyInt.TYPE ? null : tb.lookup(op.reflected);
        if (reflected != null && (!(reflected instanceof PyFunction) && sequenceSlot(b, op)
                || op == BinaryOp.MUL && repeatWithoutCount(reflected, b, a))) {
            reflected = null;
        }
        return callInOrder(null, reflected, false, a, b);
    }

    /** {@code a op= b}: the in-place method if any, else the binary operation. */
    public static PyObject inplace(PyObject a, PyObject b, BinaryOp op) {
        PyObject exact = ExactArith.binary(a, b, op);
        if (exact != null) {
            return exact;
        }
        PyObject m = a.type.lookup(op.inplace);
        if (m != null && op == BinaryOp.MUL && !(m instanceof PyFunction) && !(b instanceof PyInt)
                && repeatsInPlace(a) && b.type.lookup("__index__") == null) {
            m = null; // the repeat slot's "can't multiply sequence" comes last (unsupported)
        }
        // A subclass of list, bytearray or deque gets the builtin's in-place concatenation
        // as its number slot too (typeobject.c update_one_slot copies the sq_inplace_concat
        // wrapper into nb_inplace_add), so there it goes first; the in-place repeat has
        // another signature and is never copied.
        if (m != null && (op == BinaryOp.MUL || op == BinaryOp.ADD && a.type.isBuiltin())
                && !(m instanceof PyFunction) && isSequence(a)) {
            PyObject r = numberBeforeSequence(a, b, op);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (m != null) {
            PyObject r = Ops.callDescriptor(m, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject r = binaryOrNotImplemented(a, b, op, true);
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
            PyObject r = Ops.callDescriptor(slotw, b, a, mod);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            slotw = null;
        }
        if (slotv != null) {
            PyObject r = Ops.callDescriptor(slotv, a, b, mod);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (slotw != null) {
            PyObject r = Ops.callDescriptor(slotw, b, a, mod);
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
        return Ops.callDescriptor(m, o);
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
        PyObject r = Ops.callDescriptor(m, o);
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
}
