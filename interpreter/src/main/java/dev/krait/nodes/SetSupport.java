package dev.krait.nodes;

import dev.krait.objects.BinaryOp;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFrozenSet;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySet;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Making sets for set displays and comprehensions. CPython's BUILD_SET and SET_ADD make an exact
 * set whatever {@code builtins.set} is bound to, so these build a {@link PySet} directly, adding
 * the elements in order (the order decides the table layout, hence what {@code print} shows).
 *
 * <p>A display of more than two constants is different in CPython: the compiler folds it into a
 * frozenset constant, rebuilt once more when constants are merged, and the set is made by
 * updating an empty set from it, which sizes and fills the table differently from adding the
 * elements one by one: {@code print({20, 4, 40, 60, 99})} shows {@code {99, 4, 20, 40, 60}} where
 * adding them in turn gives {@code {99, 4, 40, 20, 60}}. {@link #constantElements} recognises
 * such displays, including the elements CPython's AST optimizer folds ({@code -1},
 * {@code 2**61}, tuples of constants).
 */
final class SetSupport {
    private SetSupport() {}

    // CPython: Python/ceval.c BUILD_SET
    static PyObject newSet(List<PyObject> values) {
        return PySet.of(values);
    }

    /** A set display whose elements are a folded constant: {@code BUILD_SET 0; SET_UPDATE}. */
    // CPython: Python/ceval.c SET_UPDATE
    static PyObject newSet(PyFrozenSet constant) {
        PySet result = new PySet();
        result.update(new PyObject[] {constant}, null);
        return result;
    }

    /**
     * The frozenset constant CPython compiles a set display to, or null when it builds the set
     * element by element (two or fewer elements, or one that does not fold to a constant).
     */
    // CPython: Python/compile.c starunpack_helper, merge_consts_recursive
    static PyFrozenSet constantElements(ExprNode[] items) {
        if (items.length <= 2) {
            return null;
        }
        List<PyObject> values = new ArrayList<>(items.length);
        for (ExprNode item : items) {
            PyObject v = folded(item);
            if (v == null) {
                return null;
            }
            values.add(v);
        }
        PyFrozenSet first = PyFrozenSet.of(new PyList(values));
        return PyFrozenSet.of(new PyList(List.of(first.toArray())));
    }

    /** The constant CPython's AST optimizer turns a node into, or null if it stays an operation. */
    // CPython: Python/ast_opt.c fold_unaryop, fold_binop, fold_tuple
    static PyObject folded(ExprNode node) {
        try {
            if (node instanceof OpNodes.Constant c) {
                return c.value;
            }
            if (node instanceof OpNodes.Unary u) {
                PyObject v = folded(u.operand);
                return v == null ? null : switch (u.op) {
                    case Not -> PyBool.of(!Ops.isTrue(v));
                    case USub -> Numbers.unary(v, "__neg__", "unary -");
                    case UAdd -> Numbers.unary(v, "__pos__", "unary +");
                    case Invert -> Numbers.unary(v, "__invert__", "unary ~");
                };
            }
            if (node instanceof OpNodes.Binary b) {
                PyObject l = folded(b.left);
                PyObject r = l == null ? null : folded(b.right);
                return r == null || !safe(l, r, b.op) ? null : Numbers.binary(l, r, b.op);
            }
            if (node instanceof CollectionNodes.TupleDisplay t && !t.star) {
                PyObject[] values = new PyObject[t.items.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = folded(t.items[i]);
                    if (values[i] == null) {
                        return null;
                    }
                }
                return PyTuple.of(values);
            }
            return null;
        } catch (PyException e) {
            return null; // the operation raises at run time instead
        }
    }

    private static final int MAX_INT_BITS = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;

    /**
     * Whether CPython folds {@code l op r}: no huge results, no str formatting. (Krait has no
     * bytes constants yet; CPython treats them as strs here.)
     */
    // CPython: Python/ast_opt.c safe_multiply, safe_power, safe_lshift, safe_mod
    private static boolean safe(PyObject l, PyObject r, BinaryOp op) {
        return switch (op) {
            case MATMUL, DIVMOD -> false;
            case MOD -> !(l instanceof PyStr);
            case MUL -> safeMultiply(l, r) && safeMultiply(r, l);
            case POW -> safePower(l, r);
            case LSHIFT -> safeLshift(l, r);
            default -> true;
        };
    }

    private static boolean safePower(PyObject l, PyObject r) {
        if (!(l instanceof PyInt a) || !(r instanceof PyInt b) || a.signum() == 0
                || b.signum() <= 0) {
            return true;
        }
        return b.bigValue().bitLength() <= 31 && bits(a) <= MAX_INT_BITS / b.bigValue().intValue();
    }

    private static boolean safeLshift(PyObject l, PyObject r) {
        if (!(l instanceof PyInt a) || !(r instanceof PyInt b) || a.signum() == 0
                || b.signum() == 0) {
            return true;
        }
        if (b.signum() < 0 || b.bigValue().bitLength() > 31) {
            return false;
        }
        int shift = b.bigValue().intValue();
        return shift <= MAX_INT_BITS && bits(a) <= MAX_INT_BITS - shift;
    }

    private static boolean safeMultiply(PyObject l, PyObject r) {
        if (!(l instanceof PyInt n)) {
            return true;
        }
        if (r instanceof PyInt m) {
            return n.signum() == 0 || m.signum() == 0 || bits(n) + bits(m) <= MAX_INT_BITS;
        }
        long size;
        int limit;
        if (r instanceof PyTuple t) {
            size = t.size();
            limit = MAX_COLLECTION_SIZE;
        } else if (r instanceof PyFrozenSet f) {
            size = f.size();
            limit = MAX_COLLECTION_SIZE;
        } else if (r instanceof PyStr s) {
            size = s.length();
            limit = MAX_STR_SIZE;
        } else {
            return true;
        }
        if (size == 0) {
            return true;
        }
        long count = n.bigValue().bitLength() < 63 ? n.bigValue().longValue() : Long.MAX_VALUE;
        return count >= 0 && count <= limit / size;
    }

    private static long bits(PyInt i) {
        return i.bigValue().abs().bitLength();
    }
}
