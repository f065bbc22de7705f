package dev.krait.nodes;

import dev.krait.objects.BinaryOp;
import dev.krait.objects.CompareOp;
import dev.krait.objects.ExactArith;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * Operators: constants, binary and unary operators, comparisons (chained), boolean operators and
 * conditional expressions. Binary operators on exact ints and floats take a fast path that
 * skips the special-method lookup; everything else goes through {@link Ops}, as CPython's
 * BINARY_OP does.
 */
public final class OpNodes {
    private OpNodes() {}

    public static final class Constant extends ExprNode {
        final PyObject value;

        public Constant(PyObject value, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return value;
        }
    }

    public static final class Binary extends ExprNode {
        final ExprNode left;
        final ExprNode right;
        final BinaryOp op;

        public Binary(ExprNode left, BinaryOp op, ExprNode right, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.left = left;
            this.op = op;
            this.right = right;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject a = left.eval(f);
            PyObject b = right.eval(f);
            try {
                return apply(a, b, op);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }

        static PyObject apply(PyObject a, PyObject b, BinaryOp op) {
            PyObject exact = ExactArith.binary(a, b, op);
            if (exact != null) {
                return exact;
            }
            if (op == BinaryOp.ADD && a.type() == PyStr.TYPE && b.type() == PyStr.TYPE) {
                return ((PyStr) a).__add__(b);
            }
            return Ops.binary(a, b, op);
        }
    }

    public static final class Unary extends ExprNode {
        final ExprNode operand;
        final dev.krait.ast.UnaryOp op;

        public Unary(dev.krait.ast.UnaryOp op, ExprNode operand, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.op = op;
            this.operand = operand;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = operand.eval(f);
            try {
                return switch (op) {
                    case Not -> PyBool.of(!Ops.isTrue(v));
                    case USub -> {
                        PyObject exact = ExactArith.negate(v);
                        yield exact != null ? exact : Ops.unary(v, "__neg__", "unary -");
                    }
                    case UAdd -> Ops.unary(v, "__pos__", "unary +");
                    case Invert -> Ops.unary(v, "__invert__", "unary ~");
                };
            } catch (PyException e) {
                throw trace(e, f);
            }
        }
    }

    /** {@code a and b}, {@code a or b}: the deciding operand itself is the result. */
    public static final class BoolOp extends ExprNode {
        final ExprNode[] values;
        final boolean isAnd;

        public BoolOp(boolean isAnd, ExprNode[] values, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.isAnd = isAnd;
            this.values = values;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = null;
            for (int i = 0; i < values.length; i++) {
                v = values[i].eval(f);
                if (i == values.length - 1) {
                    break;
                }
                boolean truth;
                try {
                    truth = Ops.isTrue(v);
                } catch (PyException e) {
                    throw trace(e, f);
                }
                if (truth != isAnd) {
                    return v;
                }
            }
            return v;
        }
    }

    public static final class IfExp extends ExprNode {
        final ExprNode test;
        final ExprNode body;
        final ExprNode orelse;

        public IfExp(ExprNode test, ExprNode body, ExprNode orelse, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return Truth.test(test, f) ? body.eval(f) : orelse.eval(f);
        }
    }

    /** Comparison operators in a chain ({@code a < b < c}), evaluating each operand once. */
    public static final class Compare extends ExprNode {
        final ExprNode left;
        final dev.krait.ast.CmpOp[] ops;
        final ExprNode[] comparators;

        public Compare(ExprNode left, dev.krait.ast.CmpOp[] ops, ExprNode[] comparators, int l,
                int c, int el, int ec) {
            super(l, c, el, ec);
            this.left = left;
            this.ops = ops;
            this.comparators = comparators;
            this.rich = new CompareOp[ops.length];
            for (int i = 0; i < ops.length; i++) {
                rich[i] = cmpOp(ops[i]);
            }
        }

        /** Per operator, the rich comparison it makes, or null for is, is not, in, not in. */
        private final CompareOp[] rich;

        @Override
        public PyObject eval(PyFrame f) {
            PyObject a = left.eval(f);
            PyObject result = PyBool.TRUE;
            for (int i = 0; i < ops.length; i++) {
                PyObject b = comparators[i].eval(f);
                try {
                    CompareOp cmp = rich[i];
                    if (cmp == null) {
                        result = membershipOrIdentity(a, ops[i], b);
                    } else {
                        PyObject exact = ExactArith.compare(a, b, cmp);
                        result = exact != null ? exact : Ops.richCompare(a, b, cmp);
                    }
                } catch (PyException e) {
                    throw trace(e, f);
                }
                if (i < ops.length - 1) {
                    boolean truth;
                    try {
                        truth = Ops.isTrue(result);
                    } catch (PyException e) {
                        throw trace(e, f);
                    }
                    if (!truth) {
                        return result;
                    }
                }
                a = b;
            }
            return result;
        }

        private static PyObject membershipOrIdentity(PyObject a, dev.krait.ast.CmpOp op,
                PyObject b) {
            return switch (op) {
                case Is -> PyBool.of(a == b);
                case IsNot -> PyBool.of(a != b);
                case In -> PyBool.of(Ops.contains(b, a));
                case NotIn -> PyBool.of(!Ops.contains(b, a));
                default -> throw new IllegalStateException(op.toString());
            };
        }

        private static CompareOp cmpOp(dev.krait.ast.CmpOp op) {
            return switch (op) {
                case Eq -> CompareOp.EQ;
                case NotEq -> CompareOp.NE;
                case Lt -> CompareOp.LT;
                case LtE -> CompareOp.LE;
                case Gt -> CompareOp.GT;
                case GtE -> CompareOp.GE;
                default -> null;
            };
        }
    }

    /** The walrus {@code (name := value)}. */
    public static final class NamedExpr extends ExprNode {
        final NameNodes.Target target;
        final ExprNode value;

        public NamedExpr(NameNodes.Target target, ExprNode value, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.target = target;
            this.value = value;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = value.eval(f);
            target.assign(f, v);
            return v;
        }
    }
}
