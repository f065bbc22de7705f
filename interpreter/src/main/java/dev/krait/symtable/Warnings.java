package dev.krait.symtable;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Operator;

/**
 * The "perhaps you missed a comma?" family of SyntaxWarnings: calling, subscripting or indexing
 * something whose type the compiler can see is wrong, and {@code is} with a literal. CPython
 * checks them on the tree after constant folding, so an operand counts as a constant exactly when
 * the compiler folds it ({@link ConstantFolding}): {@code -1}, {@code 1 + 1}, {@code 'abc'[0]}
 * and {@code (1, 2)} do, {@code 1/0} and {@code 2 ** 1000} do not.
 */
// CPython: Python/compile.c check_caller, check_subscripter, check_index, check_is_arg, infer_type
final class Warnings {
    private Warnings() {}

    /** CPython's check_is_arg: true unless the expression folds to a non-singleton constant. */
    static boolean isSingletonOrNotConstant(StaticChecks c, Expr e) {
        ConstantValue v = c.folding.fold(e);
        return v == null || v instanceof ConstantValue.None || v instanceof ConstantValue.Bool
                || v instanceof ConstantValue.Ellipsis;
    }

    // CPython: Python/compile.c check_caller
    static void checkCaller(StaticChecks c, Expr e) {
        boolean warn = c.folding.fold(e) != null || switch (e) {
            case Expr.Tuple t -> true;
            case Expr.List l -> true;
            case Expr.ListComp l -> true;
            case Expr.Dict d -> true;
            case Expr.DictComp d -> true;
            case Expr.Set s -> true;
            case Expr.SetComp s -> true;
            case Expr.GeneratorExp g -> true;
            case Expr.JoinedStr j -> true;
            case Expr.FormattedValue f -> true;
            default -> false;
        };
        if (warn) {
            c.warn("'" + inferType(c, e) + "' object is not callable; perhaps you missed a comma?");
        }
    }

    /**
     * CPython's check_subscripter and check_index, for a subscript in Load context that is not
     * folded itself (a folded one is a constant by the time CPython's compiler sees it).
     */
    static void checkSubscript(StaticChecks c, Expr.Subscript e) {
        if (c.folding.fold(e) == null) {
            checkSubscripter(c, e.value());
            checkIndex(c, e.value(), e.slice());
        }
    }

    // CPython: Python/compile.c check_subscripter
    private static void checkSubscripter(StaticChecks c, Expr e) {
        ConstantValue v = c.folding.fold(e);
        boolean warn = v != null ? switch (v) {
            case ConstantValue.None n -> true;
            case ConstantValue.Ellipsis d -> true;
            case ConstantValue.Bool b -> true;
            case ConstantValue.Int i -> true;
            case ConstantValue.Float f -> true;
            case ConstantValue.Imaginary i -> true;
            case ConstantValue.Complex z -> true;
            case ConstantValue.FrozenSet f -> true;
            default -> false;
        } : switch (e) {
            case Expr.Set s -> true;
            case Expr.SetComp s -> true;
            case Expr.GeneratorExp g -> true;
            case Expr.Lambda l -> true;
            default -> false;
        };
        if (warn) {
            c.warn("'" + inferType(c, e) + "' object is not subscriptable; perhaps you missed a "
                    + "comma?");
        }
    }

    // CPython: Python/compile.c check_index
    private static void checkIndex(StaticChecks c, Expr e, Expr index) {
        String indexType = inferType(c, index);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return;
        }
        ConstantValue v = c.folding.fold(e);
        boolean warn = v != null ? v instanceof ConstantValue.Str
                || v instanceof ConstantValue.Bytes || v instanceof ConstantValue.Tuple
                : switch (e) {
                    case Expr.Tuple t -> true;
                    case Expr.List l -> true;
                    case Expr.ListComp l -> true;
                    case Expr.JoinedStr j -> true;
                    case Expr.FormattedValue f -> true;
                    default -> false;
                };
        if (warn) {
            c.warn(inferType(c, e) + " indices must be integers or slices, not " + indexType
                    + "; perhaps you missed a comma?");
        }
    }

    /**
     * Whether an assert's test is a non-empty tuple, as a display or folded: the assertion is
     * always true. CPython: Python/compile.c compiler_assert.
     */
    static boolean isNonEmptyTuple(StaticChecks c, Expr test) {
        if (test instanceof Expr.Tuple t && !t.elts().isEmpty()) {
            return true;
        }
        return c.folding.fold(test) instanceof ConstantValue.Tuple t && !t.items().isEmpty();
    }

    /** The Python type name of what the expression evaluates to, when the compiler can tell. */
    // CPython: Python/compile.c infer_type
    private static String inferType(StaticChecks c, Expr e) {
        ConstantValue v = c.folding.fold(e);
        if (v != null) {
            return constantType(v);
        }
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
            default -> null;
        };
    }

    private static String constantType(ConstantValue value) {
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
