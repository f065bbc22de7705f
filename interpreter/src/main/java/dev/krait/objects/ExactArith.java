package dev.krait.objects;

/**
 * Arithmetic and comparison on operands whose types are exactly {@code int} or {@code float},
 * done directly instead of looking up and calling the special methods. Only the exact types
 * qualify: a subclass (and {@code bool}) may override any of them, so it takes the full
 * protocol. For these types the full protocol would reach the same code anyway: {@code int}'s
 * and {@code float}'s own methods, with an int operand of a float operation converted as
 * {@code float.__radd__} converts it ("int too large to convert to float" included). In-place
 * operators share it, since neither type has {@code __iadd__} and friends. The same holds for
 * {@code +} of two exact strs or two exact bytes objects, which are concatenated directly, for
 * {@code *} of an exact str or tuple and an exact int (repeated directly), and for {@code %}
 * formatting with an exact str on the left.
 *
 * <p>CPython counterpart: the int and float slots that Python/ceval.c's BINARY_OP and
 * COMPARE_OP reach through {@code nb_add} and friends (and 3.11's specialised
 * BINARY_OP_ADD_INT, BINARY_OP_MULTIPLY_FLOAT, COMPARE_OP_INT_JUMP ...).
 */
public final class ExactArith {
    private ExactArith() {}

    /**
     * {@code a <op> b} when both are exact ints or floats (in any mix), {@code a + b} of two
     * exact strs or two exact bytes, {@code a * b} of an exact str or tuple and an exact int,
     * or {@code a % b} of an exact str and a builtin's instance; null otherwise, and
     * for the one operator this does not cover on such operands, {@code divmod}.
     */
    public static PyObject binary(PyObject a, PyObject b, BinaryOp op) {
        PyType ta = a.type;
        PyType tb = b.type;
        if (ta == PyInt.TYPE) {
            if (tb == PyInt.TYPE) {
                return ints((PyInt) a, (PyInt) b, op);
            }
            if (tb == PyFloat.TYPE) {
                return floats(((PyInt) a).doubleValue(), ((PyFloat) b).value, op);
            }
            if (op == BinaryOp.MUL) {
                return repeat(b, a);
            }
        } else if (ta == PyFloat.TYPE) {
            if (tb == PyFloat.TYPE) {
                return floats(((PyFloat) a).value, ((PyFloat) b).value, op);
            }
            if (tb == PyInt.TYPE) {
                return floats(((PyFloat) a).value, ((PyInt) b).doubleValue(), op);
            }
        } else if (ta == PyStr.TYPE) {
            if (op == BinaryOp.ADD && tb == PyStr.TYPE) {
                // CPython: BINARY_OP_ADD_UNICODE
                return ((PyStr) a).__add__(b);
            }
            if (op == BinaryOp.MUL && tb == PyInt.TYPE) {
                return repeat(a, b);
            }
            if (op == BinaryOp.MOD && tb.isBuiltin()) {
                // str % args: str's __mod__ always answers, and no builtin type is a subclass
                // of str whose __rmod__ would be tried first (CPython: unicode_mod)
                return ((PyStr) a).__mod__(b);
            }
        } else if (ta == PyBytes.TYPE && tb == PyBytes.TYPE && op == BinaryOp.ADD) {
            // CPython: bytes_concat, through sq_concat
            return ((PyBytes) a).__add__(b);
        } else if (ta == PyTuple.TYPE && tb == PyInt.TYPE && op == BinaryOp.MUL) {
            return repeat(a, b);
        }
        return null;
    }

    /**
     * {@code seq * n} or {@code n * seq} of an exact int and an exact str or tuple, else null.
     * CPython's int declines (its nb_multiply returns NotImplemented for a sequence) and the
     * sequence's sq_repeat answers, as str's and tuple's {@code __mul__} do here. Only immutable
     * sequences: this is also {@code seq *= n}, which for a list is its own {@code __imul__}.
     */
    // CPython: Objects/abstract.c PyNumber_Multiply, sequence_repeat
    private static PyObject repeat(PyObject seq, PyObject n) {
        PyType t = seq.type;
        if (t == PyStr.TYPE) {
            return ((PyStr) seq).__mul__(n);
        }
        if (t == PyTuple.TYPE) {
            return ((PyTuple) seq).__mul__(n);
        }
        return null;
    }

    private static PyObject ints(PyInt x, PyInt y, BinaryOp op) {
        return switch (op) {
            case ADD -> PyInt.add(x, y);
            case SUB -> PyInt.sub(x, y);
            case MUL -> PyInt.mul(x, y);
            case FLOORDIV -> PyInt.floorDiv(x, y);
            case MOD -> PyInt.mod(x, y);
            case TRUEDIV -> PyInt.trueDiv(x, y);
            case POW -> PyInt.pow(x, y);
            case LSHIFT -> IntMath.shiftLeft(x, y);
            case RSHIFT -> IntMath.shiftRight(x, y);
            case AND -> x.__and__(y);
            case OR -> x.__or__(y);
            case XOR -> x.__xor__(y);
            default -> null;
        };
    }

    private static PyObject floats(double x, double y, BinaryOp op) {
        return switch (op) {
            case ADD -> new PyFloat(x + y);
            case SUB -> new PyFloat(x - y);
            case MUL -> new PyFloat(x * y);
            case TRUEDIV -> FloatMath.div(x, y);
            case FLOORDIV -> FloatMath.floorDiv(x, y);
            case MOD -> FloatMath.mod(x, y);
            case POW -> FloatMath.pow(x, y);
            default -> null;
        };
    }

    /**
     * {@code a <op> b} for the six rich comparisons when both are exact ints or both exact
     * floats; null otherwise (an int against a float compares exactly in {@code float}'s own
     * methods, which the full protocol reaches).
     */
    public static PyObject compare(PyObject a, PyObject b, CompareOp op) {
        PyType ta = a.type;
        if (ta != b.type) {
            return null;
        }
        if (ta == PyInt.TYPE) {
            int c = PyInt.compare((PyInt) a, (PyInt) b);
            return PyBool.of(op.test(c));
        }
        if (ta == PyFloat.TYPE) {
            // IEEE comparisons: a NaN is unequal to everything and orders with nothing
            double x = ((PyFloat) a).value;
            double y = ((PyFloat) b).value;
            return PyBool.of(switch (op) {
                case LT -> x < y;
                case LE -> x <= y;
                case EQ -> x == y;
                case NE -> x != y;
                case GT -> x > y;
                case GE -> x >= y;
            });
        }
        return null;
    }

    /**
     * The truth of {@code a <op> b} when both are exact ints or both exact floats, without
     * making the bool: 1 for true, 0 for false, -1 for other operands (which then take
     * {@link #compare} and the full protocol).
     */
    public static int compareTruth(PyObject a, PyObject b, CompareOp op) {
        PyType ta = a.type;
        if (ta != b.type) {
            return -1;
        }
        boolean r;
        if (ta == PyInt.TYPE) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            int c = x.big == null && y.big == null ? Long.compare(x.value, y.value)
                    : PyInt.compare(x, y);
            r = op.test(c);
        } else if (ta == PyFloat.TYPE) {
            double x = ((PyFloat) a).value;
            double y = ((PyFloat) b).value;
            r = switch (op) {
                case LT -> x < y;
                case LE -> x <= y;
                case EQ -> x == y;
                case NE -> x != y;
                case GT -> x > y;
                case GE -> x >= y;
            };
        } else {
            return -1;
        }
        return r ? 1 : 0;
    }

    /** {@code -v} for an exact int or float; null otherwise. */
    public static PyObject negate(PyObject v) {
        if (v.type == PyInt.TYPE) {
            return ((PyInt) v).__neg__();
        }
        if (v.type == PyFloat.TYPE) {
            return new PyFloat(-((PyFloat) v).value);
        }
        return null;
    }
}
