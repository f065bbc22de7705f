package dev.krait.compiler;

import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Operator;
import dev.krait.nodes.OpNodes;
import dev.krait.objects.Containers;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFrozenSet;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import java.util.List;

/**
 * Folds the expressions CPython's compiler folds before it generates code: an operator whose
 * operands are constants becomes the constant it computes ({@code 2 ** 10}, {@code -1},
 * {@code ('a', 'b')}, {@code 'abc'[0]}), and the list or set of constants that {@code in}
 * tests or a {@code for} walks becomes a tuple or frozenset. The folded value is what the
 * code object holds in {@code co_consts}, as in CPython, and the operation no longer runs each
 * time the expression is evaluated.
 *
 * <p>Only builtin constants take part, so folding runs no code of the program's. An operation
 * that raises is left to raise at run time, and the sizes CPython refuses to fold (ints over
 * 128 bits from {@code *}, {@code **} and {@code <<}; strs and bytes over 4096 items, tuples
 * over 256 from {@code *}) are not folded either. The syntax tree itself is not changed:
 * {@code ast.parse} shows the unfolded tree, as CPython's does.
 *
 * <p>CPython: Python/ast_opt.c fold_binop, safe_multiply, safe_power, safe_lshift, safe_mod,
 * fold_unaryop, fold_tuple, fold_subscr, fold_iter.
 */
final class ConstantFolder {
    private ConstantFolder() {}

    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;
    /**
     * How deep the folder looks for constants below an operator. CPython folds bottom-up, in
     * a pass of its own; Krait's compiler asks top-down, so a bound keeps a long chain like
     * {@code x + 1 + 2 + ... + 1000} from being walked again at every level.
     */
    private static final int MAX_DEPTH = 24;

    /** The constant {@code e} folds to, or null when it is not one. */
    static PyObject fold(Expr e, int optimize) {
        return fold(e, optimize, MAX_DEPTH);
    }

    private static PyObject fold(Expr e, int optimize, int depth) {
        if (depth == 0) {
            return null;
        }
        try {
            return switch (e) {
                case Expr.Constant k -> Constants.of(k.value());
                // CPython: Python/ast_opt.c astfold_expr turns __debug__ into a constant first
                case Expr.Name n -> n.id().equals("__debug__") && n.ctx() == ExprContext.Load
                        ? PyBool.of(optimize <= 0) : null;
                case Expr.UnaryOp u -> {
                    PyObject v = fold(u.operand(), optimize, depth - 1);
                    yield v == null ? null : OpNodes.Unary.apply(u.op(), v);
                }
                case Expr.BinOp b -> binary(b, optimize, depth);
                case Expr.Tuple t -> t.ctx() == ExprContext.Load
                        ? tuple(t.elts(), optimize, depth) : null;
                case Expr.Subscript s -> {
                    if (s.ctx() != ExprContext.Load) {
                        yield null;
                    }
                    PyObject v = fold(s.value(), optimize, depth - 1);
                    PyObject i = v == null ? null : fold(s.slice(), optimize, depth - 1);
                    yield i == null ? null : Containers.getItem(v, i);
                }
                default -> null;
            };
        } catch (PyException raised) {
            // CPython: make_const clears the error; the operation raises when it runs
            return null;
        }
    }

    private static PyObject binary(Expr.BinOp b, int optimize, int depth) {
        if (b.op() == Operator.MatMult) {
            return null;
        }
        PyObject left = fold(b.left(), optimize, depth - 1);
        if (left == null) {
            return null;
        }
        PyObject right = fold(b.right(), optimize, depth - 1);
        if (right == null) {
            return null;
        }
        boolean safe = switch (b.op()) {
            case Mult -> safeMultiply(left, right);
            case Pow -> safePower(left, right);
            case LShift -> safeLeftShift(left, right);
            case Mod -> !(left instanceof PyStr || left instanceof PyBytes);
            default -> true;
        };
        return safe ? OpNodes.Binary.apply(left, right, ExpressionCompiler.binaryOp(b.op()))
                : null;
    }

    /** A tuple of the elements' constants, or null when one of them is not a constant. */
    private static PyObject tuple(List<Expr> elts, int optimize, int depth) {
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = fold(elts.get(i), optimize, depth - 1);
            if (items[i] == null) {
                return null;
            }
        }
        return new PyTuple(items);
    }

    /**
     * The constant that the iterable of a {@code for} or the right operand of {@code in}
     * folds to: a list of constants becomes a tuple, a set of constants a frozenset; null
     * otherwise. CPython: fold_iter.
     */
    static PyObject foldIterable(Expr e, int optimize) {
        try {
            if (e instanceof Expr.List list && !hasStarred(list.elts())) {
                return tuple(list.elts(), optimize, MAX_DEPTH);
            }
            if (e instanceof Expr.Set set && !hasStarred(set.elts())) {
                PyObject items = tuple(set.elts(), optimize, MAX_DEPTH);
                return items == null ? null : PyFrozenSet.of(items);
            }
        } catch (PyException unhashable) {
            return null;
        }
        return fold(e, optimize);
    }

    static boolean hasStarred(List<Expr> elts) {
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    // CPython: safe_multiply
    private static boolean safeMultiply(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            return a.signum() == 0 || b.signum() == 0 || bits(a) + bits(b) <= MAX_INT_SIZE;
        }
        if (v instanceof PyInt n) {
            return safeRepeat(n, w);
        }
        if (w instanceof PyInt n) {
            return safeRepeat(n, v);
        }
        return true;
    }

    private static boolean safeRepeat(PyInt count, PyObject seq) {
        long size;
        boolean collection = seq instanceof PyTuple || seq instanceof PyFrozenSet;
        if (seq instanceof PyTuple t) {
            size = t.size();
        } else if (seq instanceof PyFrozenSet f) {
            size = f.size();
        } else if (seq instanceof PyStr s) {
            size = s.length();
        } else if (seq instanceof PyBytes b) {
            size = b.array().length;
        } else {
            return true;
        }
        if (size == 0) {
            return true;
        }
        if (!count.isSmall()) {
            return false;
        }
        long n = count.longValue();
        if (n < 0 || n > (collection ? MAX_COLLECTION_SIZE : MAX_STR_SIZE) / size) {
            return false;
        }
        return !collection || n == 0 || items(seq, MAX_TOTAL_ITEMS / n) >= 0;
    }

    /**
     * What is left of {@code limit} after counting the items of {@code seq} and of the tuples
     * and frozensets nested in it, negative when they are more. CPython: check_complexity.
     */
    private static long items(PyObject seq, long limit) {
        if (seq instanceof PyTuple t) {
            limit -= t.size();
            for (int i = 0; limit >= 0 && i < t.size(); i++) {
                limit = items(t.get(i), limit);
            }
        } else if (seq instanceof PyFrozenSet f) {
            limit -= f.size();
            for (PyObject x : f.toArray()) {
                if (limit < 0) {
                    break;
                }
                limit = items(x, limit);
            }
        }
        return limit;
    }

    // CPython: safe_power
    private static boolean safePower(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b && a.signum() != 0 && b.signum() > 0) {
            return b.isSmall() && bits(a) <= MAX_INT_SIZE / b.longValue();
        }
        return true;
    }

    // CPython: safe_lshift
    private static boolean safeLeftShift(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b && a.signum() != 0 && b.signum() != 0) {
            if (b.signum() < 0) {
                return true; // a negative shift count raises ValueError when it runs
            }
            return b.isSmall() && b.longValue() <= MAX_INT_SIZE
                    && bits(a) <= MAX_INT_SIZE - b.longValue();
        }
        return true;
    }

    /** The number of bits of |i|. CPython: _PyLong_NumBits. */
    private static long bits(PyInt i) {
        return i.bigValue().abs().bitLength();
    }
}
