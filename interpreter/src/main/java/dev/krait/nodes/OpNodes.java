package dev.krait.nodes;

import dev.krait.objects.BinaryOp;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Containers;
import dev.krait.objects.ExactArith;
import dev.krait.objects.Numbers;
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

    /** A binary operator; local and constant operands are read in place ({@link Operand}). */
    public static final class Binary extends ExprNode {
        final ExprNode left;
        final ExprNode right;
        final BinaryOp op;
        private final PyObject leftConstant;
        private final int leftSlot;
        private final PyObject rightConstant;
        private final int rightSlot;

        public Binary(ExprNode left, BinaryOp op, ExprNode right, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.left = left;
            this.op = op;
            this.right = right;
            this.leftConstant = Operand.constantOf(left);
            this.leftSlot = Operand.slotOf(left);
            this.rightConstant = Operand.constantOf(right);
            this.rightSlot = Operand.slotOf(right);
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject a = Operand.read(left, leftConstant, leftSlot, f);
            PyObject b = Operand.read(right, rightConstant, rightSlot, f);
            try {
                return apply(a, b, op);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }

        /** {@code a op b}; the compiler folds constants with it too. */
        public static PyObject apply(PyObject a, PyObject b, BinaryOp op) {
            PyObject exact = ExactArith.binary(a, b, op);
            if (exact != null) {
                return exact;
            }
            if (op == BinaryOp.ADD && a.type() == PyStr.TYPE && b.type() == PyStr.TYPE) {
                return ((PyStr) a).__add__(b);
            }
            return Numbers.binary(a, b, op);
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
                return apply(op, v);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }

        /** {@code op v}; the compiler folds constants with it too. */
        public static PyObject apply(dev.krait.ast.UnaryOp op, PyObject v) {
            return switch (op) {
                case Not -> PyBool.of(!Ops.isTrue(v));
                case USub -> {
                    PyObject exact = ExactArith.negate(v);
                    yield exact != null ? exact : Numbers.unary(v, "__neg__", "unary -");
                }
                case UAdd -> Numbers.unary(v, "__pos__", "unary +");
                case Invert -> Numbers.unary(v, "__invert__", "unary ~");
            };
        }

        @Override
        public boolean isTrue(PyFrame f) {
            if (op != dev.krait.ast.UnaryOp.Not) {
                return super.isTrue(f);
            }
            return !truthOf(operand, f, this);
        }
    }

    /**
     * The truth of {@code e}'s value, an operand of {@code site} ({@code not}, {@code and},
     * {@code or}) in a test: a failing {@code __bool__} is reported at {@code site}, as when
     * the site evaluates the operand and asks its truth itself.
     */
    static boolean truthOf(ExprNode e, PyFrame f, Node site) {
        if (e instanceof CompareOne c) {
            return c.test(f, site);
        }
        PyObject v = e.eval(f);
        if (v == PyBool.TRUE) {
            return true;
        }
        if (v == PyBool.FALSE) {
            return false;
        }
        try {
            return Ops.isTrue(v);
        } catch (PyException x) {
            throw site.trace(x, f);
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

        /** As a test, each operand's truth in turn, without the deciding operand itself. */
        @Override
        public boolean isTrue(PyFrame f) {
            for (ExprNode value : values) {
                if (truthOf(value, f, this) != isAnd) {
                    return !isAnd;
                }
            }
            return isAnd;
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

    /**
     * The node for a comparison: {@link CompareOne} for a single operator, which most are,
     * otherwise the chain.
     */
    public static ExprNode compare(ExprNode left, dev.krait.ast.CmpOp[] ops,
            ExprNode[] comparators, int l, int c, int el, int ec) {
        return ops.length == 1 ? new CompareOne(left, ops, comparators, l, c, el, ec)
                : new Compare(left, ops, comparators, l, c, el, ec);
    }

    /** Comparison operators in a chain ({@code a < b < c}), evaluating each operand once. */
    public static sealed class Compare extends ExprNode permits CompareOne {
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
        final CompareOp[] rich;

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

        static PyObject membershipOrIdentity(PyObject a, dev.krait.ast.CmpOp op,
                PyObject b) {
            return switch (op) {
                case Is -> PyBool.of(a == b);
                case IsNot -> PyBool.of(a != b);
                case In -> PyBool.of(Containers.contains(b, a));
                case NotIn -> PyBool.of(!Containers.contains(b, a));
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

    /**
     * A comparison with one operator ({@code n < 2}, {@code x in s}, {@code op == PUSH}): no
     * loop over a chain, local and constant operands read in place ({@link Operand}), and, as
     * the test of an {@code if} or {@code while}, exact ints and floats compared, and
     * {@code is} and {@code in} decided, without making a bool. Everything else asks the
     * rich comparison protocol as {@link Compare} does.
     */
    static final class CompareOne extends Compare {
        private final ExprNode right;
        private final CompareOp cmp;
        private final dev.krait.ast.CmpOp op;
        private final PyObject leftConstant;
        private final int leftSlot;
        private final PyObject rightConstant;
        private final int rightSlot;

        CompareOne(ExprNode left, dev.krait.ast.CmpOp[] ops, ExprNode[] comparators, int l,
                int c, int el, int ec) {
            super(left, ops, comparators, l, c, el, ec);
            this.right = comparators[0];
            this.cmp = rich[0];
            this.op = ops[0];
            this.leftConstant = Operand.constantOf(left);
            this.leftSlot = Operand.slotOf(left);
            this.rightConstant = Operand.constantOf(right);
            this.rightSlot = Operand.slotOf(right);
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject a = Operand.read(left, leftConstant, leftSlot, f);
            PyObject b = Operand.read(right, rightConstant, rightSlot, f);
            try {
                if (cmp == null) {
                    return membershipOrIdentity(a, op, b);
                }
                PyObject exact = ExactArith.compare(a, b, cmp);
                return exact != null ? exact : Ops.richCompare(a, b, cmp);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }

        @Override
        public boolean isTrue(PyFrame f) {
            return test(f, this);
        }

        /**
         * The comparison's truth: a failing comparison is reported here, a failing
         * {@code __bool__} of its result at {@code site} (the node that asks the truth).
         */
        boolean test(PyFrame f, Node site) {
            PyObject a = Operand.read(left, leftConstant, leftSlot, f);
            PyObject b = Operand.read(right, rightConstant, rightSlot, f);
            PyObject r;
            try {
                CompareOp rc = cmp;
                if (rc == null) {
                    return switch (op) {
                        case Is -> a == b;
                        case IsNot -> a != b;
                        case In -> Containers.contains(b, a);
                        default -> !Containers.contains(b, a);
                    };
                }
                int exact = ExactArith.compareTruth(a, b, rc);
                if (exact >= 0) {
                    return exact != 0;
                }
                r = Ops.richCompare(a, b, rc);
            } catch (PyException e) {
                throw trace(e, f);
            }
            if (r == PyBool.TRUE || r == PyBool.FALSE) {
                return r == PyBool.TRUE;
            }
            try {
                return Ops.isTrue(r);
            } catch (PyException e) {
                throw site.trace(e, f);
            }
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
