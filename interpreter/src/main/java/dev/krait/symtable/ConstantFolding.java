package dev.krait.symtable;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;

/**
 * What the compiler's constant folding makes of an expression. CPython makes its static checks
 * ({@code "is" with a literal}, {@code 'tuple' object is not callable}, ...) on the tree its AST
 * optimizer folded, so a check sees {@code -1}, {@code 'abc'[0]} and {@code (1, 2)} as
 * constants, and {@code 1/0} or {@code 2 ** 1000} (which are not folded) as operations. The
 * folding itself runs Python's operators on runtime objects, which this front-end package does
 * not know: the compiler, whose folder generates the code, implements this interface for the
 * checks ({@link StaticChecks#check}), so that a check and the generated code agree.
 *
 * <p>CPython: Python/ast_opt.c, before Python/compile.c check_is_arg, check_caller,
 * check_subscripter, check_index and compiler_assert look at the tree.
 */
@FunctionalInterface
public interface ConstantFolding {
    /** The constant {@code e} folds to, or null when it is not folded to a constant. */
    ConstantValue fold(Expr e);
}
