package dev.krait.symtable;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Operator;

/**
 * The "perhaps you missed a comma?" family of SyntaxWarnings: calling, subscripting or indexing
 * something whose type the compiler can see is wrong, and {@code is} with a literal. CPython
 * checks them on the tree after constant folding, so {@code -1}, {@code 1 + 1} and
 * {@code (1, 2)} count as constants here too.
 */
// CPython: Python/compile.c check_caller, check_subscripter, check_index, check_is_arg, infer_type
final class Warnings {
    private Warnings() {}

    /** CPython's check_is_arg: true unless the expression folds to a non-singleton constant. */
    static boolean isSingletonOrNotConstant(Expr e) {
        String type = foldedType(e);
        if (type == null) {
            return true;
        }
        return e instanceof Expr.Constant k && (k.value() instanceof ConstantValue.None
                || k.value() instanceof ConstantValue.Bool
                || k.value() instanceof ConstantValue.Ellipsis);
    }

    // CPython: Python/compile.c check_caller
    static void checkCaller(StaticChecks c, Expr e) {
        switch (e) {
            case Expr.Constant k -> notCallable(c, e);
            case Expr.Tuple t -> notCallable(c, e);
            case Expr.List l -> notCallable(c, e);
            case Expr.ListComp l -> notCallable(c, e);
            case Expr.Dict d -> notCallable(c, e);
            case Expr.DictComp d -> notCallable(c, e);
            case Expr.Set s -> notCallable(c, e);
            case Expr.SetComp s -> notCallable(c, e);
            case Expr.GeneratorExp g -> notCallable(c, e);
            case Expr.JoinedStr j -> notCallable(c, e);
            case Expr.FormattedValue f -> notCallable(c, e);
            default -> { }
        }
    }

    private static void notCallable(StaticChecks c, Expr e) {
        c.warn("'" + inferType(e) + "' object is not callable; perhaps you missed a comma?");
    }

    // CPython: Python/compile.c check_subscripter
    static void checkSubscripter(StaticChecks c, Expr e) {
        boolean warn = switch (e) {
            case Expr.Constant k -> {
                String type = inferType(e);
                yield type.equals("NoneType") || type.equals("ellipsis") || type.equals("int")
                        || type.equals("bool") || type.equals("float") || type.equals("complex");
            }
            case Expr.Set s -> true;
            case Expr.SetComp s -> true;
            case Expr.GeneratorExp g -> true;
            case Expr.Lambda l -> true;
            default -> false;
        };
        if (warn) {
            c.warn("'" + inferType(e) + "' object is not subscriptable; perhaps you missed a "
                    + "comma?");
        }
    }

    // CPython: Python/compile.c check_index
    static void checkIndex(StaticChecks c, Expr e, Expr index) {
        String indexType = inferType(index);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return;
        }
        boolean warn = switch (e) {
            case Expr.Constant k -> {
                String type = inferType(e);
                yield type.equals("str") || type.equals("bytes") || type.equals("tuple");
            }
            case Expr.Tuple t -> true;
            case Expr.List l -> true;
            case Expr.ListComp l -> true;
            case Expr.JoinedStr j -> true;
            case Expr.FormattedValue f -> true;
            default -> false;
        };
        if (warn) {
            c.warn(inferType(e) + " indices must be integers or slices, not " + indexType
                    + "; perhaps you missed a comma?");
        }
    }

    /** The Python type name of what the expression evaluates to, when the compiler can tell. */
    // CPython: Python/compile.c infer_type
    static String inferType(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.List l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set s -> "set";
            case Expr.SetComp s -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            default -> foldedType(e);
        };
    }

    /**
     * The type of the constant an expression folds to ({@code Python/ast_opt.c}), or
     * {@code null} when it does not fold. Folding of operators is approximated: numbers, strings
     * and bytes combine as Python would combine them, and tuples of constants are constants.
     */
    static String foldedType(Expr e) {
        return switch (e) {
            case Expr.Constant k -> constantType(k.value());
            case Expr.UnaryOp u -> {
                String operand = foldedType(u.operand());
                if (operand == null) {
                    yield null;
                }
                yield switch (u.op()) {
                    case Not -> "bool";
                    case Invert -> operand.equals("int") || operand.equals("bool") ? "int" : null;
                    default -> operand.equals("bool") ? "int" : isNumber(operand) ? operand
                            : null;
                };
            }
            case Expr.BinOp b -> binOpType(foldedType(b.left()), b.op(), foldedType(b.right()));
            case Expr.Tuple t -> {
                if (t.ctx() != ExprContext.Load) {
                    yield null;
                }
                for (Expr elt : t.elts()) {
                    if (foldedType(elt) == null) {
                        yield null;
                    }
                }
                yield "tuple";
            }
            default -> null;
        };
    }

    private static String binOpType(String left, Operator op, String right) {
        if (left == null || right == null) {
            return null;
        }
        if (isNumber(left) && isNumber(right)) {
            int rank = Math.max(rank(left), rank(right));
            if (op == Operator.Div && rank < 2) {
                return "float";
            }
            return switch (rank) {
                case 3 -> "complex";
                case 2 -> "float";
                default -> "int";
            };
        }
        boolean sequence = left.equals("str") || left.equals("bytes") || left.equals("tuple");
        if (op == Operator.Add && sequence && left.equals(right)) {
            return left;
        }
        if (op == Operator.Mult && sequence && (right.equals("int") || right.equals("bool"))) {
            return left;
        }
        if (op == Operator.Mod && (left.equals("str") || left.equals("bytes"))) {
            return left;
        }
        return null;
    }

    private static boolean isNumber(String type) {
        return rank(type) > 0;
    }

    private static int rank(String type) {
        return switch (type) {
            case "bool", "int" -> 1;
            case "float" -> 2;
            case "complex" -> 3;
            default -> 0;
        };
    }

    static String constantType(ConstantValue value) {
        return switch (value) {
            case ConstantValue.None n -> "NoneType";
            case ConstantValue.Ellipsis d -> "ellipsis";
            case ConstantValue.Bool b -> "bool";
            case ConstantValue.Int i -> "int";
            case ConstantValue.Float f -> "float";
            case ConstantValue.Imaginary i -> "complex";
            case ConstantValue.Complex z -> "complex";
            case ConstantValue.Tuple t -> "tuple";
            case ConstantValue.FrozenSet f -> "frozenset";
            case ConstantValue.Str s -> "str";
            case ConstantValue.Bytes b -> "bytes";
        };
    }
}
